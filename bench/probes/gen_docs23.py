#!/usr/bin/env python3
"""gen_docs23.py - English documents of kinds the other probe sets leave out, each with look-alikes: résumés and CVs
(a contact block at the top, referees with phones, "References available on request"), court filings (a caption
"NAME, Plaintiff, v. ...", an attorney's signature block) and deposition transcripts ("Q. Please state your name for
the record." / "A. ..."), police incident reports (Reporting party / Suspect / Victim blocks with DOB and DL#) and a UK
witness statement, mortgage and rental applications (Form 1003-like Borrower / Co-Borrower tables with SSNs, employer
and years at the address), student records under FERPA (a roster with Student ID, guardians and IEP / health notes, a
cumulative record), immigration and travel documents (a passport data page "Surname / Given names", a visa
application's answers, an APIS-style passenger manifest with DOC NO / NAT / DOB columns, a hotel guest registration),
life-insurance beneficiary designations, performance reviews and disciplinary letters, Form 1040 text ("Your first name
and middle initial", spouse's SSN, dependents, direct deposit), wills and probate notices. txt, md, csv, docx, html, eml
and pdf. Decoys: a résumé template with placeholders, a job posting, a court calendar of case numbers, a caption naming
only companies, law-firm boilerplate with statute citations, a blank incident report form, a blank 1003, lender
instructions, a class schedule with course codes, a FERPA notice, a SPECIMEN passport page, a flight schedule, an
insurer's beneficiary leaflet, a review template, 1040 instructions, a will template and a statute text.
Tuning seed 23, check seed 2323.

    python3 bench/probes/gen_docs23.py OUT [--seed N]

Truth conventions as the other sets (gen_ids22, gen17): a person's name, labelled birth date, phone, e-mail and
address are their types; a person named only by role and family name (an officer, a judge, "MS. ARCHER" asking the
questions) is no truth person; an expiry or issue date is no type; a US passport number is US_PASSPORT, a Japanese one
JP_PASSPORT; BANK_ACCOUNT only for a number a bank word labels; an injury, diagnosis, disability or IEP / 504 plan of a
named person is HEALTH_INFO and makes them sensitive; people with no e-mail or phone are matched by the name forms the
files write (names_seen lists each: "HOLLIS, TERRENCE J", "WHITLOCK / EVELYN MARGARET").
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, docx, pdf, xesc  # noqa: E402
from enlib import PeopleMaker, routing, MONTHS  # noqa: E402
from gen12s import eml  # noqa: E402

FIRST = ["Evelyn", "Terrence", "Marisol", "Duncan", "Ingrid", "Cedric", "Leticia", "Rowan", "Beatrice", "Malcolm",
         "Serena", "Everett", "Nadia", "Lionel", "Harriet", "Tobias", "Camille", "Philippa", "Augustine", "Josephine",
         "Winston", "Marguerite", "Dominic", "Esther", "Reginald", "Lorraine", "Quentin", "Maribel", "Fergus", "Odette",
         "Bernard", "Celeste", "Ignatius", "Rosalind", "Thaddeus", "Vivienne", "Cornelius", "Anneliese", "Jerome", "Sunita"]
LAST = ["Whitlock", "Fairweather", "Quintana", "Hollis", "Dolan", "Wexler", "Pembroke", "Lockhart", "Sorensen",
        "Adebayo", "Kilpatrick", "Mendoza", "Thornbury", "Galloway", "Hendricks", "Pryce", "Delacroix", "Yilmaz",
        "Castillo", "Marsh", "Ferreira", "Okoro", "Vance", "Lindgren", "Abernethy", "Carmichael", "Baptiste", "Radcliffe",
        "Szymanski", "Nakashima", "Holloway", "Esposito", "Dunleavy", "Achterberg", "Mwangi", "Reyes", "Blackburn",
        "Tremaine", "Ashby", "Kowalski"]
US_PLACES = [("Dayton", "OH", "454"), ("Spokane", "WA", "992"), ("Albuquerque", "NM", "871"), ("Tulsa", "OK", "741"),
             ("Madison", "WI", "537"), ("Savannah", "GA", "314"), ("Fresno", "CA", "937"), ("Omaha", "NE", "681"),
             ("Providence", "RI", "029"), ("Boise", "ID", "837"), ("Knoxville", "TN", "379"), ("Eugene", "OR", "974")]
UK_PLACES = [("Clarendon Road", "Watford", "WD17 1JJ"), ("London Road", "Sheffield", "S2 4LA"),
             ("Gloucester Place", "Brighton", "BN1 4AA"), ("Queen Street", "Glasgow", "G1 3DX"),
             ("Northgate", "Chester", "CH1 2HT"), ("St Mary's Road", "Southampton", "SO14 0AT")]
EU_PLACES = [("Merrion Road", "Dublin", "D04 K7W2", "IE"), ("Lower Main Street", "Letterkenny", "F92 X2TC", "IE")]
STREETS = {"US": ["Orchard Lane", "Birchwood Dr", "S Grand Ave", "Kensington Ct", "Riverside Pkwy", "Hawthorne St",
                  "Meadowlark Rd", "E 9th Ave", "Larkspur Way", "Quail Run Dr"]}
EMPLOYERS = ["Brightwater Dental Group", "Tri-County Logistics", "Meridian Credit Union", "Summit Ridge Elementary",
             "Cobalt Analytics LLC", "Harbor Point Hospital", "Northfield Public Library", "Pinecrest Realty"]
TITLES = ["Operations Manager", "Staff Accountant", "Registered Nurse", "Software Engineer", "Branch Supervisor",
          "Logistics Coordinator", "Paralegal", "Field Technician"]
INJURY = ["a herniated disc at L4-L5", "a fractured left wrist", "a concussion and whiplash", "a torn rotator cuff"]
HEALTH_SCHOOL = ["IEP: specific learning disability (dyslexia); extended time on tests", "504 plan: ADHD, preferential seating",
                 "Severe peanut allergy - EpiPen in nurse's office", "Type 1 diabetes; glucose checks before lunch",
                 "Asthma - inhaler kept in classroom", "IEP: speech and language impairment; weekly speech therapy"]
VICTIM_INJ = ["a laceration to the left forearm", "bruising to the face and a broken nose", "a sprained ankle",
              "minor abrasions to both hands"]
MED_ABSENCE = ["recovery from knee surgery", "treatment for depression", "chemotherapy appointments", "a hernia operation"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe23docs")
    R = W.rnd
    PM = PeopleMaker(W, FIRST, LAST, US_PLACES, UK_PLACES, EU_PLACES, STREETS)

    def us():
        return PM.person("US")

    def uk():
        return PM.person("GB")

    def put(d, text, enc="utf-8"):
        W.write_text(d, text, enc)

    def add(d, p, pairs, sensitive=False):
        for t, v in pairs:
            d.add(p, t, v)
        if sensitive:
            d.sensitive(p)

    def names(p, *forms):
        """Name forms the files write that the truth should match too (a person with no e-mail or phone)."""
        for f in forms:
            p.names_seen.add(f)

    def mi():
        return R.choice("ABCDEFGHJKLMNPRSTW")

    def dob_us(p):
        return f"{p.dob.month:02d}/{p.dob.day:02d}/{p.dob.year}"

    def dob_long(p):
        return f"{MONTHS[p.dob.month - 1]} {p.dob.day}, {p.dob.year}"

    def dob_mrz(p):
        return f"{p.dob.day:02d} {MONTHS[p.dob.month - 1][:3].upper()} {p.dob.year}"

    def dob_uk(p):
        return f"{p.dob.day:02d}/{p.dob.month:02d}/{p.dob.year}"

    def street_city(p):
        street, rest = p.addr.split(", ", 1)
        if rest.startswith(("Apt", "Suite", "Unit")):
            unit, rest = rest.split(", ", 1)
            street = f"{street}, {unit}"
        return street, rest

    def us_passport():
        return f"{R.randint(500000000, 599999999)}" if R.random() < 0.6 else f"{R.choice('ACEFGHJKLMNPRSTUVWXYZ')}{R.randint(10000000, 99999999)}"

    def us_dl(st):
        return {"WA": f"WDL{R.choice('ABCDEFGHJK')}{R.randint(10, 99)}{R.choice('MNPQRS')}{R.randint(100, 999)}{R.choice('BCDFG')}{R.randint(1, 9)}",
                "CA": f"{R.choice('ABCDEFGNY')}{R.randint(1000000, 9999999)}",
                "OH": f"{R.choice('ST')}{R.choice('ABCDEFGH')}{R.randint(100000, 999999)}"}.get(st, f"{R.choice('ABDFHKMSW')}{R.randint(1000000, 9999999)}")

    def csv_str(rows):
        b = io.StringIO()
        csv.writer(b, lineterminator="\r\n").writerows(rows)
        return b.getvalue()

    # ================================================================== résumés and CVs
    # 1. US résumé as docx: contact block, experience, references with phones
    p = us()
    refs = [us(), us()]
    street, cityline = street_city(p)
    d = W.doc(f"hr/recruiting/candidates/{p.last}_{p.first}_Resume.docx", "docx", "en")
    paras = [p.name.upper(), f"{street}, {cityline}", f"{p.phone} | {p.email}", "",
             "PROFESSIONAL SUMMARY", f"{R.choice(TITLES)} with {R.randint(4, 15)} years of experience in scheduling, vendor management and reporting.",
             "", "EXPERIENCE", f"{R.choice(TITLES)}, {R.choice(EMPLOYERS)} — {R.randint(2016, 2020)} to present",
             "• Cut month-end close from 9 to 5 days; trained 6 new hires.", f"{R.choice(TITLES)}, {R.choice(EMPLOYERS)} — 2011 to 2016",
             "", "EDUCATION", f"B.S. Business Administration, University of {R.choice(['Dayton', 'Oregon', 'Nebraska', 'Tennessee'])}, 2010",
             "", "REFERENCES"]
    for r in refs:
        paras.append(f"{r.name}, {R.choice(TITLES)}, {R.choice(EMPLOYERS)} — {r.phone}")
        add(d, r, [("PERSON_NAME", r.name), ("PHONE_NUMBER", r.phone)])
    docx(W.path(d), paras)
    add(d, p, [("PERSON_NAME", p.name.upper()), ("POSTAL_ADDRESS", f"{street}, {cityline}"), ("PHONE_NUMBER", p.phone),
               ("EMAIL_ADDRESS", p.email)])
    names(p, p.name)

    # 2. UK CV as txt: "Curriculum Vitae", personal details with a date of birth and NI number, "References available"
    p = uk()
    d = W.doc(f"hr/recruiting/cvs/CV_{p.first}_{p.last}.txt", "txt", "en")
    style = R.randint(0, 1)
    head = (f"CURRICULUM VITAE\n\n{p.first} {p.last}\n{p.addr}\nMobile: {p.phone}\nEmail: {p.email}\n" if style == 0 else
            f"{p.first} {p.last}\nCurriculum Vitae\n\nAddress: {p.addr}\nTel: {p.phone}  |  E-mail: {p.email}\n")
    text = (head + f"Date of birth: {dob_uk(p)}\nNational Insurance No: {p.nino[:2]} {p.nino[2:4]} {p.nino[4:6]} {p.nino[6:8]} {p.nino[8]}\n\n"
            "PERSONAL PROFILE\nA conscientious and organised administrator with experience in busy NHS and council offices.\n\n"
            f"EMPLOYMENT HISTORY\n2019 - present  Office Administrator, {R.choice(['Watford Borough Council', 'Sheffield Teaching Hospitals', 'Brighton Housing Trust'])}\n"
            "2015 - 2019     Receptionist, Parkside Surgery\n\nEDUCATION\nBA (Hons) English, University of Leeds, 2:1\n\n"
            "REFERENCES\nReferences available on request.\n")
    put(d, text)
    add(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone),
               ("EMAIL_ADDRESS", p.email), ("DATE_OF_BIRTH", dob_uk(p)),
               ("UK_NINO", f"{p.nino[:2]} {p.nino[2:4]} {p.nino[4:6]} {p.nino[6:8]} {p.nino[8]}")])

    # 3. Markdown résumé (a developer's README-style CV), one referee by name and e-mail
    p = us()
    ref = us()
    d = W.doc(f"hr/recruiting/candidates/{p.first.lower()}-{p.last.lower()}-cv.md", "md", "en")
    text = (f"# {p.name}\n\n{p.addr.split(', ', 1)[1] if R.random() < 0.5 else p.addr} · {p.phone} · [{p.email}](mailto:{p.email})\n\n"
            "## Experience\n\n### Senior Data Engineer — Cobalt Analytics LLC (2021–present)\n- Built the claims ingestion pipeline (Spark, Airflow).\n\n"
            "### Data Analyst — Meridian Credit Union (2017–2021)\n- Owned the loan-risk dashboards.\n\n## Skills\n\nPython, SQL, Scala, dbt, Terraform\n\n"
            f"## References\n\n- {ref.name} (former manager) — {ref.email}\n")
    put(d, text)
    addr_written = p.addr.split(', ', 1)[1] if f"{p.addr.split(', ', 1)[1]} ·" in text and p.addr not in text else p.addr
    add(d, p, [("PERSON_NAME", p.name), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email)])
    if addr_written == p.addr:
        d.add(p, "POSTAL_ADDRESS", p.addr)
    add(d, ref, [("PERSON_NAME", ref.name), ("EMAIL_ADDRESS", ref.email)])

    # 4. a reference-check mail about a candidate: the referee answers with the candidate's name and her own phone
    cand, referee = us(), us()
    d = W.doc(f"hr/recruiting/mail/reference_check_{cand.last.lower()}.eml", "eml", "en")
    body = (f"Hi,\n\nThanks for reaching out. I supervised {cand.name} for three years at {R.choice(EMPLOYERS)} and would "
            f"hire {R.choice(['her', 'him', 'them'])} again without hesitation. Happy to talk - my direct line is {referee.phone}.\n\n"
            f"Best regards,\n{referee.name}\n{R.choice(TITLES)}\n")
    m = eml(f"{referee.name} <{referee.email}>", "Talent Acquisition <recruiting@pinecrest-realty.example.com>",
            f"RE: Reference request - {cand.name}", body, "2026-10-12 09:41", tz=-5)
    with open(W.path(d), "wb") as f:
        f.write(bytes(m))
    add(d, cand, [("PERSON_NAME", cand.name)])
    add(d, referee, [("PERSON_NAME", referee.name), ("PHONE_NUMBER", referee.phone), ("EMAIL_ADDRESS", referee.email)])

    # decoys: a résumé template with placeholders, a job posting
    d = W.doc("hr/recruiting/templates/resume_template.docx", "docx", "en")
    docx(W.path(d), ["[YOUR NAME]", "[Street Address], [City], [State] [ZIP]", "[Phone] | [Email]", "",
                     "PROFESSIONAL SUMMARY", "Two or three sentences about your strengths. Replace this text with your own.",
                     "EXPERIENCE", "[Job Title], [Company] — [Start year] to [End year]", "REFERENCES", "References available upon request."])
    d.decoy("résumé template with placeholders", ["PERSON_NAME", "POSTAL_ADDRESS", "PHONE_NUMBER"])
    d = W.doc("hr/recruiting/postings/ops_manager_posting.txt", "txt", "en")
    put(d, "JOB POSTING - Operations Manager (Req. 2026-0417)\nLocation: Spokane, WA (hybrid)\nSalary range: $78,000 - $92,000\n"
           "Responsibilities: vendor scheduling, month-end reporting, training new coordinators.\nTo apply, send a résumé and "
           "three professional references through the careers portal. Equal Opportunity Employer.\n")
    d.decoy("job posting", ["PERSON_NAME", "POSTAL_ADDRESS"])

    # ================================================================== court filings and depositions
    # 5. complaint caption and attorney signature block (docx)
    pl = us()
    atty = us()
    company = R.choice(["HARBORLINE LOGISTICS, INC.", "CASCADE PROPERTY MANAGEMENT LLC", "NORTHSTAR FITNESS CLUBS, INC."])
    st, cl = street_city(pl)
    d = W.doc(f"legal/litigation/{pl.last.lower()}_v_{company.split()[0].lower()}/complaint.docx", "docx", "en")
    paras = ["UNITED STATES DISTRICT COURT", f"FOR THE DISTRICT OF {R.choice(['OREGON', 'NEW MEXICO', 'NEBRASKA'])}", "",
             f"{pl.name.upper()},", "Plaintiff,", "v.", f"{company},", "Defendant.", "",
             f"Case No. {R.randint(1, 6)}:26-cv-{R.randint(100, 2999):05d}", "COMPLAINT FOR DAMAGES AND DEMAND FOR JURY TRIAL", "",
             f"1. Plaintiff {pl.name} is an individual residing at {st}, {cl}.",
             f"2. Defendant {company.title()} is a corporation doing business in this District.",
             "3. This Court has jurisdiction under 28 U.S.C. § 1331 and 42 U.S.C. § 2000e-5(f)(3).", "",
             "Respectfully submitted,", f"/s/ {atty.name}", f"{atty.name}, Bar No. {R.randint(10000, 99999)}",
             f"{R.choice(['Lockwood & Marsh LLP', 'Vance Ortega PC', 'Baptiste Legal Group'])}", f"Tel: {atty.phone}",
             f"Email: {atty.email}", "Attorney for Plaintiff"]
    docx(W.path(d), paras)
    add(d, pl, [("PERSON_NAME", pl.name.upper()), ("POSTAL_ADDRESS", f"{st}, {cl}")])
    names(pl, pl.name)
    add(d, atty, [("PERSON_NAME", atty.name), ("PHONE_NUMBER", atty.phone), ("EMAIL_ADDRESS", atty.email)])

    # 6. deposition transcript (txt): name for the record, birth date, address, injury
    dep = us()
    st, cl = street_city(dep)
    inj = R.choice(INJURY)
    q_atty = R.choice(["MS. ARCHER", "MR. KLINE", "MS. OYELOWO"])
    d = W.doc(f"legal/litigation/depositions/depo_{dep.last.lower()}_2026-09-{R.randint(10, 28)}.txt", "txt", "en")
    text = (f"                    DEPOSITION OF {dep.name.upper()}\n                    Taken {MONTHS[8]} {R.randint(2, 28)}, 2026\n\n"
            f"   {R.randint(1, 9)}            EXAMINATION\n"
            f"   2   BY {q_atty}:\n"
            "   3       Q.  Please state your name for the record.\n"
            f"   4       A.  {dep.name}.\n"
            "   5       Q.  And what is your date of birth?\n"
            f"   6       A.  {dob_long(dep)}.\n"
            "   7       Q.  Where do you currently reside?\n"
            f"   8       A.  {st}, {cl}.\n"
            "   9       Q.  Were you treated for any injuries after the collision?\n"
            f"  10       A.  Yes. The MRI showed {inj}, and I was off work for six weeks.\n"
            "  11       Q.  Have you ever been convicted of a felony?\n"
            "  12       A.  No.\n")
    put(d, text)
    add(d, dep, [("PERSON_NAME", dep.name), ("DATE_OF_BIRTH", dob_long(dep)), ("POSTAL_ADDRESS", f"{st}, {cl}"),
                 ("HEALTH_INFO", inj)], sensitive=True)
    names(dep, dep.name.upper())

    # 7. a family-court petition (md): petitioner and respondent with birth dates
    a, b = us(), us()
    d = W.doc(f"legal/family/petition_{a.last.lower()}.md", "md", "en")
    text = (f"## IN THE CIRCUIT COURT OF {R.choice(['KNOX', 'DOUGLAS', 'ADA'])} COUNTY\n\n**IN RE THE MARRIAGE OF**\n\n"
            f"**{a.name.upper()}**, Petitioner,\n\nand\n\n**{b.name.upper()}**, Respondent.\n\n"
            f"No. 26-DR-{R.randint(100, 999)}\n\n### PETITION FOR DISSOLUTION OF MARRIAGE\n\n"
            f"1. Petitioner, {a.name}, born {dob_long(a)}, resides at {a.addr}.\n"
            f"2. Respondent, {b.name}, born {dob_long(b)}, may be served at {b.addr}.\n"
            "3. The parties were married on June 14, 2009 and separated on March 2, 2026.\n")
    put(d, text)
    add(d, a, [("PERSON_NAME", a.name), ("DATE_OF_BIRTH", dob_long(a)), ("POSTAL_ADDRESS", a.addr)])
    add(d, b, [("PERSON_NAME", b.name), ("DATE_OF_BIRTH", dob_long(b)), ("POSTAL_ADDRESS", b.addr)])
    names(a, a.name.upper()), names(b, b.name.upper())

    # decoys: a court calendar, a caption naming only companies, law-firm boilerplate with citations
    d = W.doc("legal/litigation/calendar/dept12_calendar.txt", "txt", "en")
    rows = [f"{h}:{mm:02d} AM  {R.randint(1, 6)}:2{R.randint(4, 6)}-cv-{R.randint(100, 2999):05d}  {kind}" for h, mm, kind in
            [(9, 0, "Motion to compel"), (9, 30, "Scheduling conference"), (10, 15, "Status conference"), (11, 0, "Motion for summary judgment")]]
    put(d, "DEPARTMENT 12 - CIVIL LAW AND MOTION CALENDAR\nCourtroom 4B, 2nd Floor\n\n" + "\n".join(rows) +
        "\n\nParties appearing remotely must check in 15 minutes early.\n")
    d.decoy("court calendar of case numbers", ["PERSON_NAME", "US_PASSPORT", "PHONE_NUMBER"])
    d = W.doc("legal/litigation/corporate/caption_bayview.txt", "txt", "en")
    put(d, "SUPERIOR COURT OF THE STATE OF CALIFORNIA\nCOUNTY OF FRESNO\n\nBAYVIEW FREIGHT COMPANY, a Delaware corporation,\n"
           "          Plaintiff,\n     v.\nSUMMIT RIDGE HOLDINGS, LLC; and DOES 1 through 20, inclusive,\n          Defendants.\n\n"
           f"Case No. 26CECG0{R.randint(1000, 9999)}\nSTIPULATED PROTECTIVE ORDER\n")
    d.decoy("case caption naming only companies and Doe defendants", ["PERSON_NAME"])
    d = W.doc("legal/templates/firm_boilerplate.txt", "txt", "en")
    put(d, "PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION\n\nThis memorandum summarises discovery obligations under "
           "Fed. R. Civ. P. 26(b)(1) and 34, and the work-product doctrine (Hickman v. Taylor, 329 U.S. 495 (1947)). "
           "Claims under 42 U.S.C. § 1983 must be filed within the state's personal-injury limitations period. "
           "See also Cal. Civ. Proc. Code § 2025.220(a)(1).\n")
    d.decoy("law-firm boilerplate with statute and case citations", ["PERSON_NAME", "DATE_OF_BIRTH"])

    # ================================================================== police and incident reports
    # 8. US incident report (txt): reporting party, suspect (DL#), victim with injuries
    rp, sus, vic = us(), us(), us()
    sus_mi = mi()
    dl_st = R.choice(["WA", "CA", "OH"])
    dl = us_dl(dl_st)
    vinj = R.choice(VICTIM_INJ)
    d = W.doc(f"police/reports/IR-2026-{R.randint(10000, 99999)}.txt", "txt", "en")
    text = (f"{R.choice(['SPOKANE', 'BOISE', 'EUGENE'])} POLICE DEPARTMENT - INCIDENT REPORT\nCase #: 26-{R.randint(100000, 999999)}   "
            f"Offense: Assault 4th Degree   Date/Time: 10/{R.randint(10, 28)}/2026 2215 hrs\n\n"
            f"REPORTING PARTY\nName: {rp.name}   DOB: {dob_us(rp)}\nAddress: {rp.addr}\nPhone: {rp.phone}\n\n"
            f"SUSPECT\nName: {sus.last.upper()}, {sus.first.upper()} {sus_mi}   DOB: {dob_us(sus)}   Sex: M   Hgt: 5'11\"   Wgt: 185\n"
            f"DL#: {dl} ({dl_st})\nAddress: {sus.addr}\n\n"
            f"VICTIM\nName: {vic.name}   DOB: {dob_us(vic)}\nInjuries: {vinj}; treated at scene by medics and released.\n\n"
            f"NARRATIVE\nOn the above date I, Ofc. {R.choice(['K. Brandt', 'T. Ruiz', 'M. Osei'])} #{R.randint(1000, 9999)}, responded to "
            f"a disturbance. The RP stated the suspect struck the victim during an argument outside the bar.\n")
    put(d, text)
    add(d, rp, [("PERSON_NAME", rp.name), ("DATE_OF_BIRTH", dob_us(rp)), ("POSTAL_ADDRESS", rp.addr), ("PHONE_NUMBER", rp.phone)])
    add(d, sus, [("PERSON_NAME", f"{sus.last.upper()}, {sus.first.upper()} {sus_mi}"), ("DATE_OF_BIRTH", dob_us(sus)),
                 ("US_DRIVERS_LICENSE", dl), ("POSTAL_ADDRESS", sus.addr)])
    names(sus, f"{sus.first} {sus_mi} {sus.last}", sus.name)
    add(d, vic, [("PERSON_NAME", vic.name), ("DATE_OF_BIRTH", dob_us(vic)), ("HEALTH_INFO", vinj)], sensitive=True)

    # 9. UK witness statement (docx)
    w = uk()
    d = W.doc(f"police/uk/MG11_{w.last}.docx", "docx", "en")
    paras = ["WITNESS STATEMENT", "(Criminal Procedure Rules, r 16.2; Criminal Justice Act 1967, s. 9)", "",
             f"Statement of: {w.first} {w.last.upper()}", "Age if under 18: Over 18", f"Occupation: {R.choice(['Retail assistant', 'Bus driver', 'Nurse'])}",
             "", f"I live at {w.addr} and can be contacted on {w.phone}.",
             "On Saturday evening I was waiting at the bus stop when I saw two men arguing outside the shop. One of them pushed the "
             "other into the road.", "", "Signature: ........................   Date: 02/11/2026"]
    docx(W.path(d), paras, header="RESTRICTED (when complete)")
    add(d, w, [("PERSON_NAME", f"{w.first} {w.last.upper()}"), ("POSTAL_ADDRESS", w.addr), ("PHONE_NUMBER", w.phone)])
    d.opt_type("PERSON_NAME")

    # 10. traffic collision exchange of information (html): two drivers with licences and insurers
    d1, d2 = us(), us()
    l1, l2 = us_dl(d1.juris[0][3:]), us_dl(d2.juris[0][3:])
    d = W.doc(f"claims/auto/collision_exchange_{d1.last.lower()}.html", "html", "en")
    rows = ""
    for dr, ln in ((d1, l1), (d2, l2)):
        rows += (f"<tr><td>{xesc(dr.name)}</td><td>{xesc(dr.addr)}</td><td>{xesc(dr.phone)}</td><td>{ln}</td>"
                 f"<td>{R.choice(['State Farm', 'Progressive', 'GEICO'])} policy {R.randint(10 ** 8, 10 ** 9 - 1)}</td></tr>\n")
        add(d, dr, [("PERSON_NAME", dr.name), ("POSTAL_ADDRESS", dr.addr), ("PHONE_NUMBER", dr.phone), ("US_DRIVERS_LICENSE", ln)])
    put(d, "<html><head><title>Collision report - exchange of information</title></head><body>\n<h1>Traffic Collision Report</h1>\n"
           f"<p>Location: Riverside Pkwy at E 9th Ave. Date: 09/{R.randint(10, 28)}/2026</p>\n<table border=\"1\">\n"
           "<tr><th>Driver</th><th>Address</th><th>Phone</th><th>Driver License No.</th><th>Insurance</th></tr>\n" + rows +
           "</table>\n</body></html>\n")

    # decoy: a blank incident report form and a crime statistics bulletin
    d = W.doc("police/forms/incident_report_blank.txt", "txt", "en")
    put(d, "INCIDENT REPORT\nCase #: ____________   Offense: ____________\n\nREPORTING PARTY\nName: ____________________   DOB: __/__/____\n"
           "Address: ________________________________\nPhone: (___) ___-____\n\nSUSPECT\nName (Last, First MI): ____________________\n"
           "DL#: ____________  State: __\n\nVICTIM\nName: ____________________   DOB: __/__/____\nInjuries: ____________\n")
    d.decoy("blank incident report form", ["PERSON_NAME", "DATE_OF_BIRTH", "US_DRIVERS_LICENSE", "PHONE_NUMBER", "POSTAL_ADDRESS"])
    d = W.doc("police/stats/monthly_bulletin.md", "md", "en")
    put(d, "# Monthly Crime Bulletin - October 2026\n\n| Offense | Reports | Cleared |\n|---|---|---|\n| Burglary | 41 | 9 |\n"
           "| Assault 4th Degree | 63 | 38 |\n| Vehicle prowl | 112 | 4 |\n\nReport a non-emergency at the front desk, 1100 W Mallon Ave.\n")
    d.decoy("crime statistics bulletin", ["PERSON_NAME", "HEALTH_INFO"])

    # ================================================================== mortgage and rental applications
    # 11. Uniform Residential Loan Application (docx form table): borrower and co-borrower
    bo, co = us(), us()
    co.last = bo.last if R.random() < 0.5 else co.last
    co.name = f"{co.first} {co.last}"
    co.addr = bo.addr
    emp = R.choice(EMPLOYERS)
    acct = f"{R.randint(10 ** 8, 10 ** 10 - 1)}"
    d = W.doc(f"lending/applications/URLA_{bo.last}_{R.randint(1000, 9999)}.docx", "docx", "en")
    table = [["Section 1a. Personal Information", "Borrower", "Co-Borrower"],
             ["Name (First, Middle, Last, Suffix)", bo.name, co.name],
             ["Social Security Number", bo.ssn, co.ssn],
             ["Date of Birth (mm/dd/yyyy)", dob_us(bo), dob_us(co)],
             ["Citizenship", "U.S. Citizen", "U.S. Citizen"],
             ["Current Address", bo.addr, "Same as Borrower"],
             ["How long at current address?", f"{R.randint(1, 12)} Years {R.randint(0, 11)} Months", f"{R.randint(1, 12)} Years"],
             ["Cell Phone", bo.phone, co.phone],
             ["Email", bo.email, co.email],
             ["Employer or Business Name", emp, R.choice(EMPLOYERS)],
             ["Gross Monthly Income", f"${R.randint(4, 12)},{R.randint(100, 999)}", f"${R.randint(2, 9)},{R.randint(100, 999)}"]]
    docx(W.path(d), ["Uniform Residential Loan Application", "Lender Loan No. " + str(R.randint(10 ** 9, 10 ** 10 - 1)),
                     "Section 2a. Assets - Bank Accounts: Checking, " + R.choice(["Chase", "Wells Fargo", "US Bank"]) +
                     f", Account Number {acct}, Cash or Market Value $18,420.00"], table=table)
    add(d, bo, [("PERSON_NAME", bo.name), ("US_SSN", bo.ssn), ("DATE_OF_BIRTH", dob_us(bo)), ("POSTAL_ADDRESS", bo.addr),
                ("PHONE_NUMBER", bo.phone), ("EMAIL_ADDRESS", bo.email), ("BANK_ACCOUNT", acct)])
    add(d, co, [("PERSON_NAME", co.name), ("US_SSN", co.ssn), ("DATE_OF_BIRTH", dob_us(co)), ("PHONE_NUMBER", co.phone),
                ("EMAIL_ADDRESS", co.email)])

    # 12. rental application (txt) with a previous landlord as a reference
    ap_, ll = us(), us()
    d = W.doc(f"property/rentals/applications/rental_app_{ap_.last.lower()}.txt", "txt", "en")
    text = (f"RENTAL APPLICATION - Unit 4B, 220 Larkspur Way\n\nApplicant: {ap_.name}\nSSN: {ap_.ssn}\nDate of birth: {dob_us(ap_)}\n"
            f"Current address: {ap_.addr}\nYears at this address: {R.randint(1, 9)}\nMonthly rent: ${R.randint(9, 24)}00\n"
            f"Phone: {ap_.phone}\n\nPresent landlord: {ll.name}   Landlord phone: {ll.phone}\n"
            f"Employer: {R.choice(EMPLOYERS)}   Position: {R.choice(TITLES)}   Monthly income: ${R.randint(3, 9)},{R.randint(100, 999)}\n\n"
            "I authorize verification of the above information and a consumer credit report.\n")
    put(d, text)
    add(d, ap_, [("PERSON_NAME", ap_.name), ("US_SSN", ap_.ssn), ("DATE_OF_BIRTH", dob_us(ap_)), ("POSTAL_ADDRESS", ap_.addr),
                 ("PHONE_NUMBER", ap_.phone)])
    add(d, ll, [("PERSON_NAME", ll.name), ("PHONE_NUMBER", ll.phone)])

    # 13. verification of employment (pdf) for the loan
    vo = us()
    d = W.doc(f"lending/verifications/VOE_{vo.last}.pdf", "pdf", "en")
    lines = ["REQUEST FOR VERIFICATION OF EMPLOYMENT", "", f"Applicant: {vo.name}", f"Social Security No.: {vo.ssn}",
             f"Employer: {R.choice(EMPLOYERS)}", f"Position: {R.choice(TITLES)}   Date of employment: 03/2018",
             f"Base pay: ${R.randint(48, 120)},000 per year", "", "I have applied for a mortgage loan and authorize this verification.",
             f"Signature of applicant: {vo.name}"]
    pdf(W.path(d), [lines])
    add(d, vo, [("PERSON_NAME", vo.name), ("US_SSN", vo.ssn)])
    names(vo, vo.name)

    # decoys: a blank 1003, lender instructions
    d = W.doc("lending/forms/URLA_blank.docx", "docx", "en")
    docx(W.path(d), ["Uniform Residential Loan Application", "To be completed by the Borrower."],
         table=[["Section 1a. Personal Information", "Borrower", "Co-Borrower"], ["Name (First, Middle, Last, Suffix)", "", ""],
                ["Social Security Number", "___-__-____", "___-__-____"], ["Date of Birth (mm/dd/yyyy)", "__/__/____", "__/__/____"],
                ["Current Address", "", ""], ["How long at current address?", "___ Years ___ Months", "___ Years ___ Months"],
                ["Cell Phone", "(___) ___-____", "(___) ___-____"]])
    d.decoy("blank Form 1003", ["PERSON_NAME", "US_SSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "POSTAL_ADDRESS"])
    d = W.doc("lending/forms/instructions.txt", "txt", "en")
    put(d, "Instructions for Section 1a: enter the Borrower's Social Security Number (SSN) or ITIN. If the Borrower has lived at the "
           "current address less than 2 years, list former addresses. Loan amounts above $766,550 are jumbo loans. "
           "Questions: call the Loan Servicing Center, Monday-Friday 8-5.\n")
    d.decoy("lender form instructions", ["US_SSN", "US_ITIN", "PERSON_NAME"])

    # ================================================================== student records (FERPA)
    # 14. class roster CSV with guardians and health notes
    studs = [us() for _ in range(3)]
    gds = [us() for _ in range(3)]
    d = W.doc(f"school/rosters/grade{R.randint(3, 8)}_homeroom_{R.choice(['Marsh', 'Vance', 'Reyes'])}.csv", "csv", "en")
    rows = [["Student ID", "Last Name", "First Name", "Grade", "DOB", "Guardian Name", "Guardian Phone", "Notes"]]
    for s, g in zip(studs, gds):
        s.last = g.last
        s.name = f"{s.first} {s.last}"
        s.dob = dt.date(R.randint(2012, 2016), R.randint(1, 12), R.randint(1, 28))
        note = R.choice(HEALTH_SCHOOL) if s is not studs[2] else ""
        rows.append([f"S{R.randint(100000, 999999)}", s.last, s.first, str(R.randint(3, 8)), dob_us(s), g.name, g.phone, note])
        add(d, s, [("PERSON_NAME", s.name), ("DATE_OF_BIRTH", dob_us(s))])
        if note:
            add(d, s, [("HEALTH_INFO", note)], sensitive=True)
        names(s, f"{s.last}, {s.first}")
        add(d, g, [("PERSON_NAME", g.name), ("PHONE_NUMBER", g.phone)])
    put(d, csv_str(rows))

    # 15. cumulative record (docx): a student, the parents, an IEP
    s, par = us(), us()
    s.last = par.last
    s.name = f"{s.first} {s.last}"
    s.dob = dt.date(R.randint(2009, 2013), R.randint(1, 12), R.randint(1, 28))
    iep = R.choice(HEALTH_SCHOOL[:2] + HEALTH_SCHOOL[5:])
    d = W.doc(f"school/records/cumulative_{s.last.lower()}_{s.first.lower()}.docx", "docx", "en")
    docx(W.path(d), ["STUDENT CUMULATIVE RECORD", "Confidential student record - protected under FERPA (20 U.S.C. § 1232g)"],
         table=[["Student", f"{s.last}, {s.first} {mi()}."], ["Student ID", f"{R.randint(10 ** 7, 10 ** 8 - 1)}"],
                ["Date of Birth", dob_long(s)], ["Parent/Guardian", par.name], ["Home Address", par.addr],
                ["Parent phone", par.phone], ["Parent e-mail", par.email], ["Special Education", iep]])
    add(d, s, [("PERSON_NAME", f"{s.last}, {s.first}"), ("DATE_OF_BIRTH", dob_long(s)), ("HEALTH_INFO", iep)], sensitive=True)
    names(s, s.name)
    add(d, par, [("PERSON_NAME", par.name), ("POSTAL_ADDRESS", par.addr), ("PHONE_NUMBER", par.phone), ("EMAIL_ADDRESS", par.email)])

    # 16. a counsellor's mail to a parent about a student (UK school)
    st_, pa = uk(), uk()
    st_.last = pa.last
    st_.name = f"{st_.first} {st_.last}"
    d = W.doc(f"school/pastoral/mail_{pa.last.lower()}.eml", "eml", "en")
    body = (f"Dear {R.choice(['Mrs', 'Mr', 'Ms'])} {pa.last},\n\nFollowing our meeting, {st_.first} will have a reduced timetable "
            f"while {R.choice(['he', 'she'])} recovers from glandular fever. Her EHCP review is on 18 November.\n\n"
            f"Kind regards,\nPastoral Team, {R.choice(['Northgate Academy', 'St Mary’s High School'])}\n")
    m = eml("Pastoral Team <pastoral@northgate-academy.example.co.uk>", f"{pa.name} <{pa.email}>",
            f"{st_.name} - timetable", body, "2026-10-20 15:02", tz=0)
    with open(W.path(d), "wb") as f:
        f.write(bytes(m))
    add(d, st_, [("PERSON_NAME", st_.name), ("HEALTH_INFO", "recovers from glandular fever")], sensitive=True)
    add(d, pa, [("PERSON_NAME", pa.name), ("EMAIL_ADDRESS", pa.email)])

    # decoys: a class schedule, a FERPA directory-information notice
    d = W.doc("school/schedules/fall_2026_schedule.csv", "csv", "en")
    put(d, csv_str([["Course", "Section", "Title", "Room", "Days", "Time"], ["MATH 201", "02", "Pre-Algebra", "114", "MWF", "09:00-09:50"],
                    ["ENGL 110", "01", "Reading Workshop", "208", "TTh", "10:00-11:15"], ["SCI 150", "03", "Earth Science Lab", "Lab B", "F", "13:00-14:50"],
                    ["PE 100", "05", "Physical Education", "Gym", "MWF", "14:00-14:50"]]))
    d.decoy("class schedule with course codes", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"])
    d = W.doc("school/policies/ferpa_notice.txt", "txt", "en")
    put(d, "ANNUAL NOTIFICATION OF RIGHTS UNDER FERPA\nParents and eligible students have the right to inspect the student's education "
           "records within 45 days. Directory information (name, grade level, dates of attendance) may be disclosed unless a parent "
           "objects in writing. Health records and IEPs are never directory information. Contact the Registrar, Room 101.\n")
    d.decoy("FERPA notice", ["PERSON_NAME", "HEALTH_INFO", "DATE_OF_BIRTH"])

    # ================================================================== immigration and travel
    # 17. US passport data page as text (OCR of a scan kept as text)
    pp = us()
    mid = R.choice(FIRST)
    ppno = us_passport()
    d = W.doc(f"travel/documents/passport_{pp.last.lower()}.txt", "txt", "en")
    text = (f"PASSPORT   Type P   Code of Issuing State USA   Passport No. {ppno}\n"
            f"Surname / Given names: {pp.last.upper()} / {pp.first.upper()} {mid.upper()}\n"
            f"Nationality: UNITED STATES OF AMERICA\nDate of birth: {dob_mrz(pp)}\nPlace of birth: {R.choice(['OHIO', 'GEORGIA', 'OREGON'])}, U.S.A.\n"
            f"Sex: {R.choice('FM')}\nDate of issue: 12 APR 2022   Date of expiration: 11 APR 2032\nAuthority: United States Department of State\n")
    put(d, text)
    add(d, pp, [("PERSON_NAME", f"{pp.last.upper()} / {pp.first.upper()} {mid.upper()}"), ("DATE_OF_BIRTH", dob_mrz(pp)),
                ("US_PASSPORT", ppno)])
    names(pp, f"{pp.first} {mid} {pp.last}", pp.name)

    # 18. a Japanese traveller's passport page, romanised (the brief's "SASAKI / YOKO" style)
    jp = W.jp_person()
    jno = f"{R.choice(['TK', 'TR', 'TZ', 'MZ'])}{R.randint(1000000, 9999999)}"
    fam, giv = jp.romaji.split()[1], jp.romaji.split()[0].upper()
    d = W.doc(f"travel/documents/passport_scan_{fam.lower()}.txt", "txt", "en")
    put(d, f"Passport / Passeport   JAPAN\nPassport No.: {jno}\nSurname: {fam}\nGiven name: {giv}\nNationality: JAPAN\n"
           f"Date of birth: {jp.dob.day:02d} {MONTHS[jp.dob.month - 1][:3].upper()} {jp.dob.year}\nSex: {'F' if jp.sex_ja == '女' else 'M'}\n")
    add(d, jp, [("PERSON_NAME", f"{fam} / {giv}"), ("JP_PASSPORT", jno),
                ("DATE_OF_BIRTH", f"{jp.dob.day:02d} {MONTHS[jp.dob.month - 1][:3].upper()} {jp.dob.year}")])
    names(jp, f"{giv} {fam}")

    # 19. a visa application's answers (txt export of an online form), with a contact person in the destination country
    va, ctc = us(), uk()
    vno = us_passport()
    d = W.doc(f"travel/visa/visa_application_{va.last.lower()}.txt", "txt", "en")
    put(d, "ONLINE VISA APPLICATION - SUMMARY OF ANSWERS\n\n"
           f"Surnames: {va.last.upper()}\nGiven Names: {va.first.upper()}\nDate of Birth: {dob_mrz(va)}\nNationality: UNITED STATES\n"
           f"Passport Number: {vno}\nHome Address: {va.addr}\nPrimary Phone Number: {va.phone}\nEmail Address: {va.email}\n"
           f"Purpose of Trip: Business (conference)\nContact Person in the United Kingdom: {ctc.name}, {ctc.phone}\n"
           "Have you ever been refused a visa? No\n")
    add(d, va, [("PERSON_NAME", f"{va.last.upper()} / {va.first.upper()}"), ("DATE_OF_BIRTH", dob_mrz(va)), ("US_PASSPORT", vno),
                ("POSTAL_ADDRESS", va.addr), ("PHONE_NUMBER", va.phone), ("EMAIL_ADDRESS", va.email)])
    add(d, ctc, [("PERSON_NAME", ctc.name), ("PHONE_NUMBER", ctc.phone)])

    # 20. APIS-style passenger manifest (csv)
    pax = [us() for _ in range(3)]
    jpax = W.jp_person()
    d = W.doc(f"travel/charter/apis_manifest_{R.randint(100, 999)}.csv", "csv", "en")
    rows = [["SEQ", "SURNAME", "GIVEN NAME", "DOB", "SEX", "NAT", "DOC TYPE", "DOC NO", "DOC EXP", "CTRY RES"]]
    for i, x in enumerate(pax + [jpax], 1):
        if x is jpax:
            sn, gn, no, nat = jpax.romaji.split()[1], jpax.romaji.split()[0].upper(), f"TK{R.randint(1000000, 9999999)}", "JPN"
            typ = "JP_PASSPORT"
        else:
            sn, gn, no, nat, typ = x.last.upper(), x.first.upper(), us_passport(), "USA", "US_PASSPORT"
        dd = f"{x.dob.year}{x.dob.month:02d}{x.dob.day:02d}" if R.random() < 0.5 else f"{x.dob.day:02d}{MONTHS[x.dob.month - 1][:3].upper()}{x.dob.year % 100:02d}"
        rows.append([str(i), sn, gn, dd, R.choice("MF"), nat, "P", no, "20310412", nat])
        add(d, x, [("PERSON_NAME", f"{sn}, {gn}"), ("DATE_OF_BIRTH", dd), (typ, no)])
        names(x, f"{gn} {sn}")
    put(d, csv_str(rows))

    # 21. hotel guest registration (html)
    g = us()
    gdl = us_dl(g.juris[0][3:])
    d = W.doc(f"hospitality/registrations/guest_{R.randint(10000, 99999)}.html", "html", "en")
    put(d, "<html><body><h2>Guest Registration Card</h2><dl>\n"
           f"<dt>Guest Name</dt><dd>{xesc(g.name)}</dd>\n<dt>Home Address</dt><dd>{xesc(g.addr)}</dd>\n"
           f"<dt>Telephone</dt><dd>{xesc(g.phone)}</dd>\n<dt>E-mail</dt><dd>{xesc(g.email)}</dd>\n"
           f"<dt>ID Type</dt><dd>Driver License ({g.juris[0][3:]})</dd>\n<dt>ID Number</dt><dd>{gdl}</dd>\n"
           f"<dt>Arrival</dt><dd>10/{R.randint(10, 28)}/2026</dd><dt>Room</dt><dd>{R.randint(2, 9)}{R.randint(10, 40)}</dd>\n"
           "<dt>Card on file</dt><dd>VISA ending 4417</dd></dl></body></html>\n")
    add(d, g, [("PERSON_NAME", g.name), ("POSTAL_ADDRESS", g.addr), ("PHONE_NUMBER", g.phone), ("EMAIL_ADDRESS", g.email),
               ("US_DRIVERS_LICENSE", gdl)])

    # decoys: a SPECIMEN passport page, a flight schedule
    d = W.doc("travel/reference/specimen_passport.txt", "txt", "en")
    put(d, "SPECIMEN - NOT A VALID TRAVEL DOCUMENT\nPASSPORT   Type P   Code USA   Passport No. 963545637\n"
           "Surname / Given names: TRAVELER / HAPPY\nDate of birth: 01 JAN 1981\nPlace of birth: WASHINGTON, D.C., U.S.A.\n"
           "(Image from the Department of State's public specimen page.)\n")
    d.decoy("SPECIMEN passport page", ["PERSON_NAME", "DATE_OF_BIRTH", "US_PASSPORT"])
    d = W.doc("travel/reference/flight_schedule.csv", "csv", "en")
    put(d, csv_str([["FLIGHT", "FROM", "TO", "DEP", "ARR", "AIRCRAFT", "SEATS"], ["UA 1523", "BOI", "DEN", "06:10", "08:55", "B737-800", "166"],
                    ["AS 2291", "GEG", "SEA", "07:45", "08:50", "E175", "76"], ["DL 4410", "OMA", "MSP", "11:20", "12:55", "CRJ-900", "76"]]))
    d.decoy("flight schedule", ["PERSON_NAME", "US_PASSPORT", "DATE_OF_BIRTH"])

    # ================================================================== life insurance beneficiaries
    ins, b1, b2 = us(), us(), us()
    b1.last = ins.last
    b1.name = f"{b1.first} {b1.last}"
    b2.last = ins.last
    b2.name = f"{b2.first} {b2.last}"
    b2.dob = dt.date(R.randint(2003, 2012), R.randint(1, 12), R.randint(1, 28))
    d = W.doc(f"insurance/life/beneficiary_designation_{ins.last.lower()}.docx", "docx", "en")
    docx(W.path(d), ["CHANGE OF BENEFICIARY DESIGNATION", f"Policy number: LF-{R.randint(10 ** 6, 10 ** 7 - 1)}",
                     f"Insured: {ins.name}   Date of birth: {dob_us(ins)}   SSN: {ins.ssn}", f"Address: {ins.addr}", ""],
         table=[["Type", "Full name", "Relationship", "Date of birth", "SSN", "Share"],
                ["Primary", b1.name, "Spouse", dob_us(b1), b1.ssn, "100%"],
                ["Contingent", b2.name, R.choice(["Daughter", "Son"]), dob_us(b2), "", "100%"]])
    add(d, ins, [("PERSON_NAME", ins.name), ("DATE_OF_BIRTH", dob_us(ins)), ("US_SSN", ins.ssn), ("POSTAL_ADDRESS", ins.addr)])
    add(d, b1, [("PERSON_NAME", b1.name), ("DATE_OF_BIRTH", dob_us(b1)), ("US_SSN", b1.ssn)])
    add(d, b2, [("PERSON_NAME", b2.name), ("DATE_OF_BIRTH", dob_us(b2))])
    d = W.doc("insurance/life/beneficiary_leaflet.txt", "txt", "en")
    put(d, "Naming a beneficiary\nA primary beneficiary receives the death benefit; a contingent beneficiary receives it if no primary "
           "beneficiary survives the insured. Give each beneficiary's full name, relationship, date of birth and Social Security "
           "number. Shares must total 100%. Minors need a custodian under the Uniform Transfers to Minors Act.\n")
    d.decoy("insurer's leaflet on naming beneficiaries", ["PERSON_NAME", "US_SSN", "DATE_OF_BIRTH"])

    # ================================================================== performance reviews and disciplinary letters
    emp_, mgr = us(), us()
    d = W.doc(f"hr/reviews/2026/{emp_.last}_{emp_.first}_annual_review.docx", "docx", "en")
    docx(W.path(d), ["ANNUAL PERFORMANCE REVIEW 2026", f"Employee: {emp_.name}", f"Employee ID: E{R.randint(10000, 99999)}",
                     f"Position: {R.choice(TITLES)}", f"Reviewer: {mgr.name}", "Overall rating: 2 - Needs Improvement",
                     f"{emp_.first} missed three project deadlines this year. Attendance was affected by {R.choice(MED_ABSENCE)}, which "
                     "HR has accommodated; goals for 2027 were adjusted accordingly.", "Employee comments: I disagree with the rating."])
    add(d, emp_, [("PERSON_NAME", emp_.name), ("HEALTH_INFO", "attendance affected by medical treatment")], sensitive=True)
    d.opt_person_name(mgr.name)
    emp2 = uk()
    absn = R.choice(MED_ABSENCE)
    d = W.doc(f"hr/disciplinary/final_warning_{emp2.last.lower()}.eml", "eml", "en")
    body = (f"{emp2.first} {emp2.last}\n{emp2.addr.replace(', ', chr(10))}\n\nDear {R.choice(['Mr', 'Ms'])} {emp2.last},\n\n"
            "FINAL WRITTEN WARNING\n\nFurther to the disciplinary hearing on 14 October, I confirm that you are issued a final written "
            "warning for unauthorised absence. Absences related to your " + absn + " have been disregarded.\n\n"
            "You have the right to appeal within 5 working days.\n\nYours sincerely,\nHR Business Partner\n")
    m = eml("HR <hr@clarendon-print.example.co.uk>", f"{emp2.first} {emp2.last} <{emp2.email}>", "Outcome of disciplinary hearing",
            body, "2026-10-16 11:20", tz=0)
    with open(W.path(d), "wb") as f:
        f.write(bytes(m))
    add(d, emp2, [("PERSON_NAME", f"{emp2.first} {emp2.last}"), ("POSTAL_ADDRESS", emp2.addr.replace(", ", "\n")),
                  ("EMAIL_ADDRESS", emp2.email), ("HEALTH_INFO", absn)], sensitive=True)
    d = W.doc("hr/reviews/templates/review_form.txt", "txt", "en")
    put(d, "ANNUAL PERFORMANCE REVIEW\nEmployee: ______________   Employee ID: ______\nReviewer: ______________\n"
           "Ratings: 1 Unsatisfactory, 2 Needs Improvement, 3 Meets Expectations, 4 Exceeds, 5 Outstanding\n"
           "Do not record medical details in this form; refer health matters to Occupational Health.\n")
    d.decoy("performance review template", ["PERSON_NAME", "HEALTH_INFO"])

    # ================================================================== tax return text (Form 1040)
    tp, sp, dep_ = us(), us(), us()
    sp.last = dep_.last = tp.last
    sp.name, dep_.name = f"{sp.first} {sp.last}", f"{dep_.first} {dep_.last}"
    dep_.dob = dt.date(R.randint(2010, 2018), R.randint(1, 12), R.randint(1, 28))
    tmi, smi = mi(), mi()
    st, cl = street_city(tp)
    city, stzip = cl.rsplit(", ", 1)
    rt, ac = routing(R), f"{R.randint(10 ** 8, 10 ** 11 - 1)}"
    d = W.doc(f"tax/2025/{tp.last}_1040_2025.pdf", "pdf", "en")
    lines = ["Form 1040 U.S. Individual Income Tax Return 2025", "Filing Status: Married filing jointly",
             f"Your first name and middle initial: {tp.first.upper()} {tmi}    Last name: {tp.last.upper()}    Your social security number: {tp.ssn}",
             f"If joint return, spouse's first name and middle initial: {sp.first.upper()} {smi}    Last name: {sp.last.upper()}",
             f"Spouse's social security number: {sp.ssn}",
             f"Home address (number and street): {st.upper()}",
             f"City, town, or post office: {city.upper()}    State: {stzip.split()[0]}    ZIP code: {stzip.split()[1]}",
             "Dependents: (1) First name  Last name   (2) Social security number   (3) Relationship",
             f"            {dep_.first.upper()}  {dep_.last.upper()}   {dep_.ssn}   Child",
             "1a Total amount from Form(s) W-2, box 1 ... 84,215.",
             f"35b Routing number: {rt}   35c Type: Checking   35d Account number: {ac}",
             f"Your occupation: {R.choice(TITLES)}    Spouse's occupation: Teacher"]
    pdf(W.path(d), [lines])
    add(d, tp, [("PERSON_NAME", f"{tp.first.upper()} {tmi} {tp.last.upper()}"), ("US_SSN", tp.ssn),
                ("POSTAL_ADDRESS", f"{st.upper()}, {city.upper()}"), ("BANK_ACCOUNT", ac)])
    add(d, sp, [("PERSON_NAME", f"{sp.first.upper()} {smi} {sp.last.upper()}"), ("US_SSN", sp.ssn)])
    add(d, dep_, [("PERSON_NAME", f"{dep_.first.upper()} {dep_.last.upper()}"), ("US_SSN", dep_.ssn)])
    names(tp, tp.name), names(sp, sp.name), names(dep_, dep_.name)
    d = W.doc("tax/reference/1040_instructions_excerpt.txt", "txt", "en")
    put(d, "Name and address. Enter your first name and middle initial and last name. If you are married filing jointly, enter your "
           "spouse's name and social security number (SSN). Line 35b: the routing number is 9 digits; the first two digits must be "
           "01 through 12 or 21 through 32. Line 35d: the account number can be up to 17 characters.\n")
    d.decoy("Form 1040 instructions", ["PERSON_NAME", "US_SSN", "BANK_ACCOUNT"])

    # ================================================================== wills and probate
    t, k1, k2 = us(), us(), us()
    k1.last = t.last
    k1.name = f"{k1.first} {k1.last}"
    tmid = mi()
    d = W.doc(f"legal/estates/{t.last.lower()}/last_will.txt", "txt", "en")
    put(d, f"LAST WILL AND TESTAMENT\nOF\n{t.first.upper()} {tmid}. {t.last.upper()}\n\n"
           f"I, {t.first} {tmid}. {t.last}, of {t.addr}, being of sound mind, declare this to be my Last Will and Testament.\n\n"
           f"ARTICLE I. I give my residence and its contents to my {R.choice(['daughter', 'son'])}, {k1.name}.\n"
           f"ARTICLE II. I give the sum of $10,000 to my friend {k2.name}, of {k2.addr.split(', ', 1)[1]}.\n"
           f"ARTICLE III. I appoint {k1.name} as Executor of this Will.\n\n"
           f"Signed this 3rd day of May, 2024.\n/s/ {t.first} {tmid}. {t.last}\n")
    add(d, t, [("PERSON_NAME", f"{t.first} {tmid}. {t.last}"), ("POSTAL_ADDRESS", t.addr)])
    names(t, t.name, f"{t.first.upper()} {tmid}. {t.last.upper()}")
    add(d, k1, [("PERSON_NAME", k1.name)])
    add(d, k2, [("PERSON_NAME", k2.name)])
    dec, prep = us(), us()
    d = W.doc(f"legal/estates/notices/notice_to_creditors_{dec.last.lower()}.html", "html", "en")
    put(d, f"<html><body><h3>NOTICE TO CREDITORS</h3><p>IN THE {R.choice(['DISTRICT', 'PROBATE', 'SUPERIOR'])} COURT OF "
           f"{R.choice(['ADA', 'DOUGLAS', 'LANE'])} COUNTY</p>\n<p>In the Matter of the Estate of {xesc(dec.name.upper())}, Deceased. "
           f"Case No. CV01-26-{R.randint(10000, 99999)}</p>\n<p>NOTICE IS HEREBY GIVEN that {xesc(prep.name)} has been appointed "
           "Personal Representative of the above-named decedent. All persons having claims against the decedent or the estate are "
           f"required to present their claims within four months of the first publication of this Notice.</p>\n"
           f"<p>{xesc(prep.name)}, Personal Representative<br>c/o {xesc(prep.addr)}<br>{xesc(prep.phone)}</p>\n</body></html>\n")
    add(d, dec, [("PERSON_NAME", dec.name.upper())])
    names(dec, dec.name)
    add(d, prep, [("PERSON_NAME", prep.name), ("POSTAL_ADDRESS", prep.addr), ("PHONE_NUMBER", prep.phone)])
    d = W.doc("legal/estates/templates/simple_will_template.txt", "txt", "en")
    put(d, "LAST WILL AND TESTAMENT OF [FULL NAME]\n\nI, [FULL NAME], of [CITY], [STATE], declare this to be my Will.\n"
           "ARTICLE I. I give all my property to my spouse, [SPOUSE NAME], if my spouse survives me.\n"
           "ARTICLE II. I appoint [EXECUTOR NAME] as Executor.\nSigned this ___ day of ________, 20__.\n")
    d.decoy("will template with placeholders", ["PERSON_NAME", "POSTAL_ADDRESS"])
    d = W.doc("legal/estates/reference/intestate_succession.txt", "txt", "en")
    put(d, "Ohio Rev. Code § 2105.06 (Statute of descent and distribution). If there is no will, the estate passes first to the surviving "
           "spouse and children of the decedent. Section 2107.03 requires a will to be signed at the end by the testator and attested "
           "by two competent witnesses. Probate forms 4.0 and 4.1 are filed with the Probate Court.\n")
    d.decoy("statute text on wills and succession", ["PERSON_NAME", "DATE_OF_BIRTH"])

    # ================================================================== second variants of each kind
    # 22. UK CV (docx) with referees under "Referees"
    p = uk()
    refs = [uk(), uk()]
    d = W.doc(f"hr/recruiting/cvs/{p.last}_{p.first}_CV_2026.docx", "docx", "en")
    paras = [f"{p.first} {p.last}", p.addr, f"{p.phone}  •  {p.email}", "", "Profile",
             "Chartered accountant (ACCA) with eight years in audit and management accounts.", "", "Career history",
             "2020 - present  Management Accountant, Clarendon Print Ltd", "2016 - 2020  Audit Senior, Pryce & Co", "", "Referees"]
    for r in refs:
        paras.append(f"{r.first} {r.last}, {R.choice(['Finance Director', 'Audit Partner', 'Head of Finance'])}, tel. {r.phone}, {r.email}")
        add(d, r, [("PERSON_NAME", f"{r.first} {r.last}"), ("PHONE_NUMBER", r.phone), ("EMAIL_ADDRESS", r.email)])
    docx(W.path(d), paras)
    add(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email)])

    # 23. a sample résumé with the usual placeholder person (decoy)
    d = W.doc("hr/recruiting/templates/sample_resume.txt", "txt", "en")
    put(d, "SAMPLE RESUME\n\nJane Doe\n123 Main Street, Anytown, ST 12345\n(555) 555-0100 | jane.doe@email.example\n\n"
           "OBJECTIVE\nTo obtain a position where I can use my skills.\n\nREFERENCES\nAvailable upon request.\n")
    d.decoy("sample résumé with placeholder person", ["PERSON_NAME", "POSTAL_ADDRESS", "PHONE_NUMBER"])
    d.opt_type("EMAIL_ADDRESS")

    # 24. examination under oath for an insurance claim (txt): name spelled for the record
    eu = us()
    st, cl = street_city(eu)
    d = W.doc(f"claims/euo/EUO_{eu.last.lower()}_transcript.txt", "txt", "en")
    put(d, f"EXAMINATION UNDER OATH OF {eu.name.upper()}\nClaim No. HO-{R.randint(10 ** 6, 10 ** 7 - 1)}\n\n"
           "MR. KLINE: Could you state your full name and spell your last name for the court reporter?\n"
           f"THE WITNESS: My name is {eu.name}. {'-'.join(eu.last.upper())}.\n"
           "MR. KLINE: What is your date of birth?\n"
           f"THE WITNESS: {dob_us(eu)}.\n"
           "MR. KLINE: And the best phone number to reach you?\n"
           f"THE WITNESS: {eu.phone}.\n"
           "MR. KLINE: Where were you living on the date of the fire?\n"
           f"THE WITNESS: {st}, {cl}.\n")
    add(d, eu, [("PERSON_NAME", eu.name), ("DATE_OF_BIRTH", dob_us(eu)), ("PHONE_NUMBER", eu.phone), ("POSTAL_ADDRESS", f"{st}, {cl}")])

    # 25. UK crime report (html): victim and informant
    vi, inf = uk(), uk()
    d = W.doc(f"police/uk/crime_report_{R.randint(100000, 999999)}.html", "html", "en")
    put(d, "<html><body><h2>Crime Report</h2><table>\n"
           f"<tr><td>Crime reference</td><td>CR/{R.randint(10000, 99999)}/26</td></tr>\n<tr><td>Offence</td><td>Burglary dwelling</td></tr>\n"
           f"<tr><td>Victim</td><td>{xesc(vi.first)} {xesc(vi.last.upper())}</td></tr>\n<tr><td>Victim DOB</td><td>{dob_uk(vi)}</td></tr>\n"
           f"<tr><td>Victim address</td><td>{xesc(vi.addr)}</td></tr>\n<tr><td>Informant</td><td>{xesc(inf.name)} (neighbour), {xesc(inf.phone)}</td></tr>\n"
           "<tr><td>Suspect</td><td>Unknown male, 20-30, dark hoodie</td></tr>\n</table></body></html>\n")
    add(d, vi, [("PERSON_NAME", f"{vi.first} {vi.last.upper()}"), ("DATE_OF_BIRTH", dob_uk(vi)), ("POSTAL_ADDRESS", vi.addr)])
    names(vi, vi.name)
    add(d, inf, [("PERSON_NAME", inf.name), ("PHONE_NUMBER", inf.phone)])

    # 26. UK tenancy agreement (txt): two tenants, a landlord company
    t1, t2 = uk(), uk()
    d = W.doc(f"property/tenancies/AST_{t1.last.lower()}.txt", "txt", "en")
    put(d, "ASSURED SHORTHOLD TENANCY AGREEMENT\n\nThe Landlord: Radcliffe Lettings Ltd (company no. 08812345)\n"
           f"The Tenant(s): {t1.name} and {t2.name}\nThe Property: Flat 3, 41 Northgate, Chester CH1 2HT\n"
           f"Tenant contact: {t1.name}, {t1.phone}, {t1.email}; {t2.name}, {t2.phone}\n"
           "The Term: 12 months from 1 November 2026. The Rent: £1,150 per calendar month.\n")
    add(d, t1, [("PERSON_NAME", t1.name), ("PHONE_NUMBER", t1.phone), ("EMAIL_ADDRESS", t1.email), ("POSTAL_ADDRESS", "Flat 3, 41 Northgate, Chester CH1 2HT")])
    add(d, t2, [("PERSON_NAME", t2.name), ("PHONE_NUMBER", t2.phone), ("POSTAL_ADDRESS", "Flat 3, 41 Northgate, Chester CH1 2HT")])

    # 27. IEP meeting notes (md): the student and a parent; the case manager named by role
    s, par = us(), us()
    s.last = par.last
    s.name = f"{s.first} {s.last}"
    s.dob = dt.date(R.randint(2011, 2015), R.randint(1, 12), R.randint(1, 28))
    d = W.doc(f"school/sped/iep_meeting_{s.last.lower()}.md", "md", "en")
    put(d, f"# IEP Annual Review - {s.name}\n\n- **Student DOB:** {dob_us(s)}\n- **Grade:** {R.randint(4, 9)}\n"
           f"- **Attendees:** {par.name} (mother), case manager, school psychologist\n- **Parent phone:** {par.phone}\n\n"
           "## Present levels\nReading fluency at 2nd-grade level; diagnosis of dyslexia confirmed by the 2025 evaluation.\n\n"
           "## Services\n- 45 min/week resource room\n- Extended time (1.5x) on assessments\n")
    add(d, s, [("PERSON_NAME", s.name), ("DATE_OF_BIRTH", dob_us(s)), ("HEALTH_INFO", "diagnosis of dyslexia")], sensitive=True)
    add(d, par, [("PERSON_NAME", par.name), ("PHONE_NUMBER", par.phone)])

    # 28. I-130 petition answers (txt): USCIS "Family Name (Last Name)" / "Given Name (First Name)"
    pet, ben = us(), W.jp_person()
    bfam, bgiv = ben.romaji.split()[1].title(), ben.romaji.split()[0]
    anum = f"A{R.randint(10 ** 8, 10 ** 9 - 1)}"
    d = W.doc(f"immigration/cases/{pet.last.lower()}/I-130_answers.txt", "txt", "en")
    put(d, "Form I-130, Petition for Alien Relative - answers\n\nPart 2. Information About You (Petitioner)\n"
           f"4.a. Family Name (Last Name): {pet.last}\n4.b. Given Name (First Name): {pet.first}\n4.c. Middle Name: {mi()}\n"
           f"8. Date of Birth (mm/dd/yyyy): {dob_us(pet)}\n11. U.S. Social Security Number: {pet.ssn.replace('-', '')}\n"
           f"Daytime Telephone Number: {pet.phone}\n\nPart 4. Information About Beneficiary\n"
           f"1. Alien Registration Number (A-Number): {anum}\n4.a. Family Name (Last Name): {bfam}\n4.b. Given Name (First Name): {bgiv}\n"
           f"9. Date of Birth (mm/dd/yyyy): {ben.dob.month:02d}/{ben.dob.day:02d}/{ben.dob.year}\n")
    add(d, pet, [("PERSON_NAME", f"{pet.last} / {pet.first}"), ("DATE_OF_BIRTH", dob_us(pet)), ("US_SSN", pet.ssn.replace('-', '')),
                 ("PHONE_NUMBER", pet.phone)])
    add(d, ben, [("PERSON_NAME", f"{bfam} / {bgiv}"), ("DATE_OF_BIRTH", f"{ben.dob.month:02d}/{ben.dob.day:02d}/{ben.dob.year}")])
    names(ben, f"{bgiv} {bfam}")

    # 29. hotel in-house guest list (csv)
    gl = [us(), uk()]
    d = W.doc(f"hospitality/reports/inhouse_{R.randint(1000, 9999)}.csv", "csv", "en")
    rows = [["Room", "Guest Name", "Arrival", "Departure", "Phone", "Email", "Company"]]
    for x in gl:
        rows.append([f"{R.randint(2, 9)}{R.randint(10, 40)}", f"{x.last}, {x.first}", "10/21/2026", "10/24/2026", x.phone, x.email,
                     R.choice(["Cobalt Analytics", "", "Meridian CU"])])
        add(d, x, [("PERSON_NAME", f"{x.last}, {x.first}"), ("PHONE_NUMBER", x.phone), ("EMAIL_ADDRESS", x.email)])
    put(d, csv_str(rows))

    # 30. life insurance claimant's statement (txt): cause of death, claimant's SSN and phone
    dcd, clm = us(), us()
    clm.last = dcd.last
    clm.name = f"{clm.first} {clm.last}"
    cause = R.choice(["acute myocardial infarction", "metastatic pancreatic cancer", "complications of COPD"])
    d = W.doc(f"insurance/life/claims/claimant_statement_{dcd.last.lower()}.txt", "txt", "en")
    put(d, "CLAIMANT'S STATEMENT - LIFE INSURANCE\n\nPart A - Deceased Insured\n"
           f"Full name of insured: {dcd.name}\nDate of birth: {dob_us(dcd)}\nDate of death: 08/{R.randint(10, 28)}/2026\n"
           f"Cause of death: {cause}\n\nPart B - Claimant\nName: {clm.name}\nRelationship to insured: Spouse\n"
           f"SSN: {clm.ssn}\nPhone: {clm.phone}\nMailing address: {clm.addr}\n")
    add(d, dcd, [("PERSON_NAME", dcd.name), ("DATE_OF_BIRTH", dob_us(dcd)), ("HEALTH_INFO", cause)], sensitive=True)
    add(d, clm, [("PERSON_NAME", clm.name), ("US_SSN", clm.ssn), ("PHONE_NUMBER", clm.phone), ("POSTAL_ADDRESS", clm.addr)])

    # 31. performance improvement plan (txt)
    e3 = us()
    d = W.doc(f"hr/pip/PIP_{e3.last}_{e3.first}.txt", "txt", "en")
    put(d, f"PERFORMANCE IMPROVEMENT PLAN\n\nTo: {e3.name}\nFrom: Director of Operations\nDate: October 5, 2026\n\n"
           f"{e3.first}, this plan sets out the improvements required over the next 60 days: close tickets within the 48-hour SLA "
           "and attend every stand-up. Failure to meet these expectations may result in termination.\n"
           f"Personal e-mail on file: {e3.email}\n")
    add(d, e3, [("PERSON_NAME", e3.name), ("EMAIL_ADDRESS", e3.email)])

    # 32. tax software summary (txt): "Taxpayer: LAST, FIRST M" with a spouse's ITIN
    tx, sx = us(), us()
    sx.last = tx.last
    sx.name = f"{sx.first} {sx.last}"
    m1, m2 = mi(), mi()
    sx.itin = f"9{R.randint(0, 99):02d}-{R.choice([70, 71, 78, 80, 83, 90, 92, 94])}-{R.randint(1, 9999):04d}"
    d = W.doc(f"tax/2025/{tx.last.lower()}_return_summary.txt", "txt", "en")
    put(d, "2025 FEDERAL RETURN SUMMARY (Form 1040)\n\n"
           f"Taxpayer: {tx.last.upper()}, {tx.first.upper()} {m1}      SSN: {tx.ssn}\n"
           f"Spouse:   {sx.last.upper()}, {sx.first.upper()} {m2}      ITIN: {sx.itin}\n"
           f"Address:  {tx.addr}\nFiling status: Married Filing Jointly\nAGI: $97,310   Refund: $2,114\n")
    add(d, tx, [("PERSON_NAME", f"{tx.last.upper()}, {tx.first.upper()} {m1}"), ("US_SSN", tx.ssn), ("POSTAL_ADDRESS", tx.addr)])
    names(tx, tx.name, f"{tx.first} {m1} {tx.last}")
    add(d, sx, [("PERSON_NAME", f"{sx.last.upper()}, {sx.first.upper()} {m2}"), ("US_ITIN", sx.itin)])
    names(sx, sx.name, f"{sx.first} {m2} {sx.last}")

    # 33. petition for probate (docx): heirs in a table
    dec2, pt, h1 = us(), us(), us()
    pt.last = h1.last = dec2.last
    pt.name, h1.name = f"{pt.first} {pt.last}", f"{h1.first} {h1.last}"
    d = W.doc(f"legal/estates/{dec2.last.lower()}/petition_for_probate.docx", "docx", "en")
    docx(W.path(d), ["PETITION FOR PROBATE OF WILL AND APPOINTMENT OF EXECUTOR", f"Estate of {dec2.name}, deceased",
                     f"Petitioner {pt.name} states that the decedent died on 07/{R.randint(10, 28)}/2026, domiciled in this county.",
                     "The names, relationships and addresses of the heirs are:"],
         table=[["Name", "Relationship", "Address"], [pt.name, "Son", pt.addr], [h1.name, "Daughter", h1.addr]])
    add(d, dec2, [("PERSON_NAME", dec2.name)])
    add(d, pt, [("PERSON_NAME", pt.name), ("POSTAL_ADDRESS", pt.addr)])
    add(d, h1, [("PERSON_NAME", h1.name), ("POSTAL_ADDRESS", h1.addr)])

    # more decoys: a specimen manifest, a visa fee table, a specimen beneficiary form, an IEP form's instructions
    d = W.doc("travel/reference/apis_manifest_SPECIMEN.csv", "csv", "en")
    put(d, csv_str([["SEQ", "SURNAME", "GIVEN NAME", "DOB", "SEX", "NAT", "DOC TYPE", "DOC NO", "DOC EXP"],
                    ["1", "SPECIMEN", "SPECIMEN", "19700101", "X", "XXX", "P", "000000000", "20300101"]]))
    d.decoy("APIS manifest specimen row", ["PERSON_NAME", "DATE_OF_BIRTH", "US_PASSPORT"])
    d = W.doc("travel/visa/visa_fees.md", "md", "en")
    put(d, "# Visa fees (2026)\n\n| Visa | Fee | Processing |\n|---|---|---|\n| Standard visitor (6 months) | £127 | 15 working days |\n"
           "| Electronic Travel Authorisation | £16 | 3 working days |\n| Transit | £70 | 15 working days |\n\nPassport must be valid for the whole stay.\n")
    d.decoy("visa fee table", ["PERSON_NAME", "US_PASSPORT", "DATE_OF_BIRTH"])
    d = W.doc("school/sped/iep_form_instructions.txt", "txt", "en")
    put(d, "Completing the IEP form: Section 1 records the student's name, student ID and date of birth. Section 3 (present levels) "
           "should describe the disability category - e.g. specific learning disability, autism, other health impairment - "
           "and its effect on progress. Parents receive a copy within 10 school days.\n")
    d.decoy("IEP form instructions", ["PERSON_NAME", "HEALTH_INFO", "DATE_OF_BIRTH"])

    W.finish()


if __name__ == "__main__":
    main()
