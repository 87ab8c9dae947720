#!/usr/bin/env python3
"""gen29.py - probe round 29 (issue #4): what a breach of a law firm, an insurer's claims department and a property
manager / estate agent leaks, each system's own export layout. Parties in the US, Japan and the UK and two European
drivers, each in 1-4 items.

  Law firm   a deposition transcript (25 numbered lines a page, page headers, an appearances page with counsel, Q. / A.,
             the witness's address, birth date and injuries read into the record), a complaint with its caption
             (plaintiff v. a company "and DOES 1 through 10"), a privilege log CSV (Author / Recipients / CC as
             "Last, First <e-mail>" lists), a conflict-check database export (parties by role), an engagement letter, a
             personal-injury client intake form (docx table), a HIPAA authorisation PDF, a Japanese 訴状 with its
             当事者目録, a 答弁書, a 委任状, a 内容証明 通知書 (20 characters a line), a 法律相談 申込 mail
  Insurer    an ACORD-like automobile loss notice (insured, driver with licence, injured claimant, VIN, plate), adjuster
             notes (timestamped prose), a subrogation demand letter, a claim payments export (payees' bank accounts), a
             事故受付票 xlsx (契約者, 運転者 with 免許証番号, 相手方, 負傷状況), a 交通事故証明書 (OCR text: 甲 / 乙 with 和暦 birth
             dates), a 示談書 (傷害, 振込先), a UK RTA Claims Notification Form (NI number, injury), a French constat amiable
             (a German driver B)
  Property   a rent roll xlsx under title rows, a tenant ledger CSV under a tenant block, a US lease application PDF
             (applicant, co-applicant, SSN, licence, employer, emergency contact), a tenant screening report (masked SSN,
             address history), a notice to pay rent or quit, a work-order export (tenant phones, access notes), a
             建物賃貸借契約書 (貸主, 借主, 同居人, 連帯保証人), a 重要事項説明書 (登記 甲区 名義人, 宅地建物取引士), an 入居申込書
             xlsx form, a 賃貸仲介 顧客管理 CSV, a UK tenancy deposit protection export, a UK tenant referencing report
  Look-alikes  a deposition word index (page:line references), a docket sheet of companies, a subrogation complaint
             against JOHN DOE 1-10 (unsigned draft), a fleet policy schedule (VINs, plates, policy numbers), a 不動産 登記
             物件一覧 (不動産番号, 地番, 家屋番号: a company's), a 訴状 記入例 (甲野 太郎 / 乙山 花子), a 賃貸住宅標準契約書 ひな形,
             an ACORD loss notice field guide, a blank HIPAA authorisation, a rent survey (buildings named after
             presidents), a claims statistics sheet (injury types counted), a unit make-ready schedule, a research memo with
             case citations

    python3 bench/probes/gen29.py OUT [--seed N]      (tuning seed 29; check seed 2929, measured once before and once after)

Truth conventions (as the earlier rounds; the round's paragraph in README.md): a party (plaintiff, defendant, witness,
client, insured, driver, claimant, payee, tenant, applicant, co-applicant, 貸主 / 借主, 同居人, 連帯保証人, 通知人 /
被通知人, an emergency contact) is a truth person with their own values; counsel (an attorney, 代理人弁護士), a judge, a
court reporter, an adjuster, a property manager, a 宅地建物取引士 and a vendor named in their role are PERSON_NAME of the
item and no truth person, and their firm's address, phone and e-mail are optional; a pleading fiction (JOHN DOE 1-10, DOES
1 through 10, ABC CORPORATIONS) is no person: where no one else is named it is a PERSON_NAME decoy; a court's sample
parties (甲野 太郎, 乙山 花子) are placeholders (decoys for the number types, optional PERSON_NAME / POSTAL_ADDRESS); an
internal number (a case, docket, matter, Bates, policy, claim, report, payment or WO number, a bar or 宅建士 登録番号, a
照会記録簿番号, a VIN, a plate, a parcel number, a 不動産番号 or 家屋番号, a transcript's page and line numbers) has no code:
neither a type nor a decoy where people are listed, and a decoy for the number codes it could be taken for where no one is;
a witness's address and birth date read into the record count as written; an injury, a diagnosis, a treatment, a
disability or an access need (a wheelchair, home oxygen) is HEALTH_INFO (sensitive); a let property's address is its
tenants' address where a record gives it per tenancy (a deposit record, a ledger's tenant block, a notice to quit) and
optional where it heads a list (a rent roll's building, a contract's 物件 所在地); a masked SSN or account (XXX-XX-1234,
ending 4412) has no code; a GBR passport and a DE / FR driving licence have no code.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, jn, kn, csv_text, xlsx, docx, pdf, JP_GIVEN  # noqa: E402
from gen9 import jp_dl_number, eu_person  # noqa: E402
from gen12s import eml  # noqa: E402

SENSITIVE = {"HEALTH_INFO", "BIOMETRIC", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CREDENTIAL"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
STATES = {"WA": "Washington", "CO": "Colorado", "AZ": "Arizona", "OH": "Ohio", "NC": "North Carolina", "CA": "California",
          "MA": "Massachusetts", "GA": "Georgia", "OR": "Oregon"}
INJ_EN = [("a torn rotator cuff in my right shoulder", "a concussion"),
          ("a herniated disc at L4-L5", "numbness down my left leg"),
          ("a fractured left ankle", "a sprained wrist")]
INJ_JA = ["頸椎捻挫及び腰部挫傷", "右手関節骨折", "左膝半月板損傷", "頸椎捻挫（むち打ち症）"]
FIRM = ("Hartwell & Boyce LLP", "1201 Third Avenue, Suite 4000", "Seattle, WA 98101", "(206) 624-3300")
ATTYS = [("Jane R. Whitmore", "jwhitmore", "38211"), ("Daniel K. Osei", "dosei", "45092"), ("Laura M. Fitch", "lfitch", "51870")]
JA_ATTYS = ["小野寺 恭子", "高見 浩二", "大河内 潤"]
ADJ = ["Karen Marsh", "Trent Albee", "Monique Dardis"]
PM = ("Cascade Residential Management", "(503) 226-4180")
WOMEN = {"Priya", "Heather", "Tamika", "Ngozi", "Rosa", "Yolanda", "Bianca", "Colleen", "Shauna", "Imani", "Delia", "Kristen"}
BUILDING = ("Cedar Court Apartments", "1840 NE Glisan St", "Portland, OR 97232")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=29)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe29legal")
    R = W.rnd
    seen_ja = set()

    def jp():
        for _ in range(300):
            p = W.jp_person()
            if p.name in seen_ja:
                W.people.remove(p)
                continue
            seen_ja.add(p.name)
            p.dl = jp_dl_number(R)
            return p
        raise RuntimeError("no fresh name")

    def us():
        p = W.us_person()
        p.middle = R.choice(["Allen", "Marie", "J.", "Lee", "Anne", "R.", "James", "Louise"])
        return p

    def uk():
        return W.uk_person()

    def kin_of(p, q, rel_addr=True):
        """q takes p's family name (and address): a relative."""
        q.family, q.kana_family = p.family, p.kana_family
        q.name = f"{q.family} {q.given}"
        while q.name in seen_ja:  # a relative takes another given name (sex kept) where the family's name is taken
            g = R.choice([x for x in JP_GIVEN if x[3] == q.sex_ja])
            q.given, q.kana_given, q.name = g[0], g[1], f"{q.family} {g[0]}"
        seen_ja.add(q.name)
        if rel_addr:
            q.zip, q.addr_ja = p.zip, p.addr_ja

    def add(d, p, *pairs, sensitive=False):
        for t, v in pairs:
            d.add(p, t, v)
        if sensitive or any(t in SENSITIVE for t, _ in pairs):
            d.sensitive(p)

    def put(d, text, enc="utf-8"):
        W.write_text(d, text, enc)

    def put_bytes(d, b):
        with open(W.path(d), "wb") as f:
            f.write(b)

    def mdy(x):
        return f"{x.month:02d}/{x.day:02d}/{x.year}"

    def long_date(x):
        return f"{MONTHS[x.month - 1]} {x.day}, {x.year}"

    def ymd(x, sep="/"):
        return f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"

    def ja_date(x):
        return f"{x.year}年{x.month}月{x.day}日"

    def ua(p):
        return f"{p.street}, {p.city}, {p.state} {p.zip}"

    def spoken_addr(p):
        return f"{p.street}, {p.city}, {STATES.get(p.state, p.state)} {p.zip}"

    def other_us_addr():
        return (f"{R.randint(100, 9899)} {R.choice(['Fremont Ave N', 'SE Division St', 'Juniper Ln', 'Ridgeway Dr', 'Bancroft Way'])}",
                R.choice([("Beaverton", "OR", "97005"), ("Vancouver", "WA", "98661"), ("Gresham", "OR", "97030")]))

    J = [jp() for _ in range(15)]
    U = [us() for _ in range(23)]
    K = [uk() for _ in range(7)]
    E = [eu_person(W, "FR"), eu_person(W, "DE")]
    kin_of(J[5], J[6])            # 運転者 = 契約者's son, same household
    kin_of(J[9], J[11])           # 同居人 = 借主's spouse
    kin_of(J[9], J[10], False)    # 連帯保証人 = 借主's parent, elsewhere
    U[6].last = U[5].last         # the insured's son drives
    U[6].name = f"{U[6].first} {U[6].last}"
    U[6].street, U[6].city, U[6].state, U[6].zip = U[5].street, U[5].city, U[5].state, U[5].zip
    for p in (U[10], U[11], U[12], U[13], U[14], U[15], U[21], U[22]):
        p.unit = str(R.choice([1, 2, 3])) + f"{R.randint(1, 18):02d}"
    units = {p.unit for p in (U[10], U[11], U[12], U[13], U[14], U[15], U[21], U[22])}
    while len(units) < 8:  # distinct units
        for p in (U[11], U[12], U[13], U[14], U[15], U[21], U[22]):
            p.unit = str(R.choice([1, 2, 3])) + f"{R.randint(1, 18):02d}"
        units = {p.unit for p in (U[10], U[11], U[12], U[13], U[14], U[15], U[21], U[22])}

    def bldg_addr(p):
        return f"{BUILDING[1]}, Apt {p.unit}, {BUILDING[2]}"

    # ================================================================== LAW FIRM
    # deposition transcript
    w = U[0]
    inj = R.choice(INJ_EN)
    atty, atty2 = R.sample(ATTYS, 2)
    case_no = f"2:26-cv-0{R.randint(1000, 9999)}-{R.choice(['RSM', 'JLR', 'TL', 'KKE'])}"
    d = W.doc(f"hartwell-boyce/matters/{w.last.lower()}-v-harborview/depositions/{w.last}_{w.first}_depo_vol1.txt", "txt", "en")
    reporter = R.choice(["Sheila M. Brandt, CCR No. 2471", "Denise Okada, CCR No. 3308"])
    cover = ["UNITED STATES DISTRICT COURT", "WESTERN DISTRICT OF WASHINGTON AT SEATTLE", "",
             f"{w.first.upper()} {w.last.upper()}, an individual,", "          Plaintiff,", "     v.                        No. " + case_no,
             "HARBORVIEW PROPERTY MANAGEMENT, LLC,", "          Defendant.", "",
             f"VIDEOTAPED DEPOSITION UPON ORAL EXAMINATION OF {w.first.upper()} {w.middle.rstrip('.').upper()} {w.last.upper()}", "",
             "Taken at 1201 Third Avenue, Suite 4000", "Seattle, Washington", "", "DATE TAKEN: October 7, 2026", "TIME: 9:32 a.m.",
             "", f"REPORTED BY: {reporter}"]
    appear = ["A P P E A R A N C E S", "", "For the Plaintiff:", f"     {atty[0].upper()}", f"     {FIRM[0]}", f"     {FIRM[1]}", f"     {FIRM[2]}",
              f"     {FIRM[3]}", f"     {atty[1]}@hartwellboyce.example.com", "", "For the Defendant:", f"     {atty2[0].upper()}",
              "     Lindell Pratt Roe PLLC", "     999 Third Avenue, Suite 2600", "     Seattle, WA 98104", "     (206) 381-7700", "",
              "Also Present:", "     Gavin Rourke, videographer", "", "", "", "", "", ""]
    mr = "MS." if atty[0].split()[0] in ("Jane", "Laura") else "MR."
    mr2 = "MS." if atty2[0].split()[0] in ("Jane", "Laura") else "MR."
    dep = [f"            {w.first.upper()} {w.last.upper()},", "   having been first duly sworn, testified as follows:", "",
           "                 EXAMINATION", f"BY {mr2} {atty2[0].split()[-1].upper()}:",
           "     Q.   Good morning. Would you state your full name", "for the record, please?",
           f"     A.   {w.first} {w.middle} {w.last}.",
           "     Q.   And what is your current residential address?",
           f"     A.   {spoken_addr(w)}.",
           "     Q.   How long have you lived there?", f"     A.   Since {R.choice(['2019', '2021', '2022'])}.",
           "     Q.   What is your date of birth?", f"     A.   {long_date(w.dob)}.",
           "     Q.   Have you ever been deposed before?", "     A.   No.",
           "     Q.   Are you taking any medication today that would", "affect your ability to understand my questions?",
           "     A.   No.", "     Q.   On March 3rd of 2026 you were at the Cedar Court", "Apartments on Glisan Street; is that right?",
           "     A.   Yes. I was visiting my sister in unit 214.", "     Q.   And tell me what happened.",
           "     A.   I went down the back stairs around 7:15 and the", "light was out. I missed the second step and fell.",
           "     Q.   What injuries did you sustain in the fall?", f"     A.   I had {inj[0]} and {inj[1]}.",
           "     Q.   Who treated you?", "     A.   I went to the ER at Swedish First Hill that", "night, then Dr. Patel at Evergreen Orthopedics.",
           "     Q.   Did you have surgery?", f"     A.   Yes, on {R.choice(['April 14', 'May 2', 'June 9'])}. Then twelve weeks of", "physical therapy.",
           "     Q.   Are you still treating?", "     A.   I see the therapist once a week.",
           f"          {mr2} {atty2[0].split()[-1].upper()}: Let's mark this as Exhibit 14.", "          (Exhibit 14 marked.)",
           "     Q.   This is a photograph produced as HVPM-000412.", "Do you recognize it?", "     A.   That's the stairway.",
           f"          {mr} {atty[0].split()[-1].upper()}: Objection, foundation.", "     Q.   You can answer.", "     A.   Yes, it's the back stairs.",
           "     Q.   Had you used those stairs before that night?", "     A.   Maybe 10 or 12 times."]
    pages = [cover + [""] * (25 - len(cover)), appear]
    for i in range(0, len(dep), 25):
        chunk = dep[i:i + 25]
        pages.append(chunk + [""] * (25 - len(chunk)))
    out = []
    for n, pg in enumerate(pages, 1):
        out.append(f"{' ' * 60}Page {n}")
        for ln, s in enumerate(pg[:25], 1):
            out.append(f"{ln:>2}   {s}".rstrip())
        out.append("")
        out.append(f"          SEATTLE DEPOSITION REPORTERS  (206) 622-6875  www.seadepo.example.com")
        out.append("\f")
    add(d, w, ("PERSON_NAME", f"{w.first} {w.middle} {w.last}"), ("POSTAL_ADDRESS", spoken_addr(w)), ("DATE_OF_BIRTH", long_date(w.dob)),
        ("HEALTH_INFO", f"{inj[0]} and {inj[1]}"))
    d.opt_type("PHONE_NUMBER")
    d.opt_type("EMAIL_ADDRESS")
    put(d, "\n".join(out))

    # personal-injury client intake (docx table)
    d = W.doc(f"hartwell-boyce/intake/PI_intake_{w.last}_{w.first}.docx", "docx", "en")
    tbl = [["Client name", f"{w.first} {w.middle} {w.last}"], ["Date of birth", mdy(w.dob)], ["SSN", w.ssn],
           ["Home address", ua(w)], ["Cell phone", w.phone_nat], ["Email", w.email],
           ["Date of incident", "03/03/2026"], ["Location", "Cedar Court Apartments, rear stairway"],
           ["Injuries / treatment", f"{inj[0].replace('my ', '').capitalize()}; {inj[1]}. ER Swedish First Hill, ortho Dr. Patel, PT weekly."],
           ["Health insurance", "Premera Blue Cross PPO"], ["Referred by", "Google search"], ["Intake by", "M. Ruiz (paralegal)"]]
    add(d, w, ("PERSON_NAME", f"{w.first} {w.middle} {w.last}"), ("DATE_OF_BIRTH", mdy(w.dob)), ("US_SSN", w.ssn), ("POSTAL_ADDRESS", ua(w)),
        ("PHONE_NUMBER", w.phone_nat), ("EMAIL_ADDRESS", w.email), ("HEALTH_INFO", inj[0]))
    docx(W.path(d), ["HARTWELL & BOYCE LLP", "Personal Injury - New Client Intake", "PRIVILEGED & CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION"], table=tbl)

    # HIPAA authorisation (PDF)
    d = W.doc(f"hartwell-boyce/matters/{w.last.lower()}-v-harborview/records-requests/HIPAA_auth_evergreen_ortho.pdf", "pdf", "en")
    lines = ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "(45 C.F.R. 164.508)", "",
             f"Patient name: {w.first} {w.last}", f"Date of birth: {mdy(w.dob)}", f"Address: {ua(w)}", f"Phone: {w.phone_nat}",
             f"Medical record no.: EO-{R.randint(100000, 999999)}", "",
             "I authorize: Evergreen Orthopedics & Sports Medicine, 1101 Madison St, Seattle, WA 98104",
             f"to release to: {FIRM[0]}, {FIRM[1]}, {FIRM[2]}",
             f"Information to be released: all records of treatment for {inj[0].replace('my ', '')} and {inj[1]},",
             "including imaging, operative reports and physical therapy notes, 03/03/2026 to present.",
             "Purpose: litigation.", "This authorization expires one year from the date signed.", "",
             f"Signature of patient: /s/ {w.first} {w.last}        Date: 09/18/2026"]
    add(d, w, ("PERSON_NAME", f"{w.first} {w.last}"), ("DATE_OF_BIRTH", mdy(w.dob)), ("POSTAL_ADDRESS", ua(w)), ("PHONE_NUMBER", w.phone_nat),
        ("HEALTH_INFO", inj[0]))
    pdf(W.path(d), [lines])

    # complaint with caption (docx)
    pl = U[1]
    inj1 = R.choice(INJ_EN)
    d = W.doc(f"hartwell-boyce/matters/{pl.last.lower()}-v-harborview/pleadings/complaint_filed.docx", "docx", "en")
    cno = f"26-2-{R.randint(10000, 29999)}-{R.randint(1, 9)} SEA"
    paras = [f"{atty[0]}, WSBA No. {atty[2]}", FIRM[0], FIRM[1], FIRM[2], f"Telephone: {FIRM[3]}", f"Email: {atty[1]}@hartwellboyce.example.com",
             "Attorneys for Plaintiff", "",
             "SUPERIOR COURT OF THE STATE OF WASHINGTON IN AND FOR KING COUNTY", "",
             f"{pl.first.upper()} {pl.last.upper()}, an individual,", "Plaintiff,", "v.",
             "HARBORVIEW PROPERTY MANAGEMENT, LLC, a Washington limited liability company; and DOES 1 through 10, inclusive,",
             "Defendants.", f"No. {cno}", "COMPLAINT FOR DAMAGES (PREMISES LIABILITY)", "",
             "I. PARTIES",
             f"1.1 Plaintiff {pl.first} {pl.last} is, and at all relevant times was, an individual residing in King County, Washington.",
             "1.2 Defendant Harborview Property Management, LLC manages the Cedar Court Apartments, 1840 NE Glisan St.",
             "1.3 The true names and capacities of Defendants DOES 1 through 10 are unknown to Plaintiff, who sues them by such fictitious names.",
             "II. FACTS",
             "2.1 On March 3, 2026, Plaintiff fell on the unlit rear stairway of the Cedar Court Apartments.",
             f"2.2 As a direct result, Plaintiff suffered {inj1[0].replace('my ', 'her ' if pl.first in WOMEN else 'his ')}, "
             "underwent surgery and has incurred medical expenses in excess of $84,000.",
             "III. CLAIMS FOR RELIEF", "3.1 Negligence. ...", "",
             f"DATED this 20th day of October, 2026.", f"{FIRM[0]}", f"By: /s/ {atty[0]}", f"{atty[0]}, WSBA No. {atty[2]}"]
    add(d, pl, ("PERSON_NAME", f"{pl.first} {pl.last}"), ("HEALTH_INFO", inj1[0]))
    d.opt_type("EMAIL_ADDRESS")
    d.opt_type("PHONE_NUMBER")
    d.opt_type("POSTAL_ADDRESS")
    docx(W.path(d), paras)

    # engagement letter (docx)
    d = W.doc(f"hartwell-boyce/matters/{pl.last.lower()}-v-harborview/engagement_letter.docx", "docx", "en")
    sal = "Ms." if pl.first in WOMEN else "Mr."
    paras = [FIRM[0], f"{FIRM[1]} | {FIRM[2]} | {FIRM[3]}", "", "September 22, 2026", "",
             "PRIVILEGED AND CONFIDENTIAL", "Via e-mail: " + pl.email + " and U.S. Mail", "",
             f"{pl.first} {pl.last}", pl.street, f"{pl.city}, {pl.state} {pl.zip}", "",
             f"Re: Engagement of {FIRM[0]} - {pl.last} v. Harborview Property Management, LLC", "",
             f"Dear {sal} {pl.last}:", "",
             "Thank you for selecting our firm to represent you in your claim arising from your fall at the Cedar Court "
             "Apartments on March 3, 2026. This letter sets out the terms of our engagement.",
             "Our fee will be contingent: 33⅓% of any recovery before suit is filed and 40% thereafter. You will not owe "
             "attorneys' fees if there is no recovery. Costs advanced will be reimbursed from any recovery.",
             "Please sign and return a copy of this letter.", "", "Very truly yours,", "", atty[0], "", "AGREED AND ACCEPTED:",
             f"______________________  {pl.first} {pl.last}    Date: ________"]
    add(d, pl, ("PERSON_NAME", f"{pl.first} {pl.last}"), ("EMAIL_ADDRESS", pl.email), ("POSTAL_ADDRESS", f"{pl.street}, {pl.city}, {pl.state} {pl.zip}"))
    d.opt_type("PHONE_NUMBER")
    docx(W.path(d), paras)

    # privilege log (CSV)
    d = W.doc(f"hartwell-boyce/matters/{pl.last.lower()}-v-harborview/discovery/HVPM_privilege_log_v2.csv", "csv", "en")
    cli = [U[2], U[3], U[4]]
    for p in cli:
        p.work = f"{p.first[0].lower()}{p.last.lower()}@harborviewpm.example.com"

    def ent(p):
        return f"{p.last}, {p.first} <{p.work}>"

    def att(a):
        return f"{a[0].split()[-1]}, {a[0].split()[0]} (Esq.) <{a[1]}@lindellpratt.example.com>"
    rows = [["Log No.", "Bates Begin", "Bates End", "Date", "Doc Type", "Author", "Recipient(s)", "CC", "Privilege Asserted", "Description"]]
    for i in range(9):
        a = cli[i % 3]
        rest = [x for x in cli if x is not a]
        to = "; ".join([att(atty2)] + ([ent(R.choice(rest))] if R.random() < 0.5 else []))
        cc = ent(R.choice(rest)) if R.random() < 0.6 else ""
        if i % 3 == 2:
            a_s, to = att(atty2), ent(a)
        else:
            a_s = ent(a)
        b = 400 + 7 * i
        rows.append([f"PRIV-{i + 1:04d}", f"HVPM-{b:06d}", f"HVPM-{b + R.randint(0, 6):06d}", f"0{R.randint(3, 9)}/{R.randint(10, 28)}/2026",
                     R.choice(["Email", "Email w/ attachment", "Memo"]), a_s, to, cc, R.choice(["AC", "AC; WP", "WP"]),
                     R.choice(["Email requesting legal advice re: stairway lighting repairs", "Email providing information at direction of counsel re: incident",
                               "Memo re: insurance tender and litigation hold", "Draft response to tenant notice prepared at request of counsel"])])
    for p in cli:
        add(d, p, ("PERSON_NAME", f"{p.last}, {p.first}"), ("EMAIL_ADDRESS", p.work))
    put(d, csv_text(rows))

    # conflict-check database export
    d = W.doc("hartwell-boyce/admin/conflicts/conflict_search_export_20260921.csv", "csv", "en")
    rows = [["Matter No", "Matter Name", "Party Name", "Party Role", "Relationship", "Opened", "Resp Atty", "Status"]]
    mno = f"{R.randint(10000, 19999)}-{R.randint(1, 9):03d}"
    rows += [[mno, f"{pl.last} v. Harborview", f"{pl.last}, {pl.first}", "Client", "Plaintiff", "09/22/2026", atty[0].split()[-1], "Open"],
             [mno, f"{pl.last} v. Harborview", "Harborview Property Management, LLC", "Adverse", "Defendant", "09/22/2026", atty[0].split()[-1], "Open"],
             [mno, f"{pl.last} v. Harborview", f"{U[2].last}, {U[2].first}", "Adverse - Related", "Property manager (employee of adverse)", "09/22/2026",
              atty[0].split()[-1], "Open"]]
    m2 = f"{R.randint(10000, 19999)}-{R.randint(1, 9):03d}"
    rows += [[m2, f"Estate of {U[19].last}", f"{U[19].last}, {U[19].first} {U[19].middle}", "Client", "Personal representative", "02/11/2025", atty2[0].split()[-1], "Closed"],
             [m2, f"Estate of {U[19].last}", f"{U[20].last}, {U[20].first}", "Adverse", "Beneficiary (contesting)", "02/11/2025", atty2[0].split()[-1], "Closed"],
             [m2, f"Estate of {U[19].last}", "Pacific Crest Bank, N.A.", "Related", "Trustee", "02/11/2025", atty2[0].split()[-1], "Closed"],
             [f"{R.randint(10000, 19999)}-001", f"{U[8].last} adv. Keystone Mutual", f"{U[8].last}, {U[8].first}", "Client", "Defendant (subrogation)",
              "11/02/2026", atty[0].split()[-1], "Pending conflict review"],
             [f"{R.randint(10000, 19999)}-001", "Keystone Mutual - general", "Keystone Mutual Insurance Company", "Client", "Insurer", "01/05/2022",
              atty2[0].split()[-1], "Open"]]
    add(d, pl, ("PERSON_NAME", f"{pl.last}, {pl.first}"))
    add(d, U[2], ("PERSON_NAME", f"{U[2].last}, {U[2].first}"))
    add(d, U[19], ("PERSON_NAME", f"{U[19].last}, {U[19].first} {U[19].middle}"))
    add(d, U[20], ("PERSON_NAME", f"{U[20].last}, {U[20].first}"))
    add(d, U[8], ("PERSON_NAME", f"{U[8].last}, {U[8].first}"))
    put(d, csv_text(rows))

    # Japanese 訴状 with 当事者目録 (docx)
    gen, hik = J[0], J[1]
    ja_atty = R.choice(JA_ATTYS)
    inj_ja = R.choice(INJ_JA)
    jiken = f"令和8年(ワ)第{R.randint(1000, 29999)}号"
    d = W.doc(f"minato-sogo-law/事件/{gen.family}_損害賠償/訴状_{gen.family}.docx", "docx", "ja")
    paras = ["訴　　　　状", "令和8年10月20日", "東京地方裁判所民事部　御中", f"原告訴訟代理人弁護士　{ja_atty}", "",
             "当事者の表示　別紙当事者目録記載のとおり", "", "損害賠償請求事件", "訴訟物の価額　金520万円", "貼用印紙額　金3万2000円", "",
             "第1　請求の趣旨", "1　被告は、原告に対し、金520万円及びこれに対する令和7年6月14日から支払済みまで年3分の割合による金員を支払え。",
             "2　訴訟費用は被告の負担とする。", "との判決並びに仮執行の宣言を求める。", "",
             "第2　請求の原因", "1　当事者", f"原告は、肩書地に居住する者である。被告は、肩書地において大型犬（秋田犬）を飼育する者である。",
             "2　本件事故", f"令和7年6月14日午後6時ころ、原告が被告宅前の路上を歩行していたところ、被告が散歩させていた犬に右前腕を咬まれて転倒し、{inj_ja}の傷害を負った。",
             "3　損害", "治療費　金86万4210円、休業損害　金132万円、慰謝料　金280万円、弁護士費用　金21万5790円", "",
             "証拠方法　甲第1号証　診断書", "", "当　事　者　目　録", "",
             f"〒{gen.zip}", gen.addr_ja, f"原　　告　　{jn(gen)}", "",
             "〒105-0001　東京都港区虎ノ門3丁目8番21号　虎ノ門33森ビル6階", "みなと総合法律事務所（送達場所）",
             "電　話　03-5405-7731", "ＦＡＸ　03-5405-7732", f"上記原告訴訟代理人弁護士　{ja_atty}", "",
             f"〒{hik.zip}", hik.addr_ja, f"被　　告　　{jn(hik)}"]
    add(d, gen, ("PERSON_NAME", jn(gen)), ("POSTAL_ADDRESS", gen.addr_ja), ("HEALTH_INFO", inj_ja))
    add(d, hik, ("PERSON_NAME", jn(hik)), ("POSTAL_ADDRESS", hik.addr_ja))
    d.opt_type("PHONE_NUMBER")
    docx(W.path(d), paras)

    # 答弁書 (text)
    d = W.doc(f"minato-sogo-law/事件/{gen.family}_損害賠償/相手方提出/答弁書.txt", "txt", "ja")
    def_atty = R.choice([x for x in JA_ATTYS if x != ja_atty])
    txt = f"""{jiken}　損害賠償請求事件
原　告　{jn(gen)}
被　告　{jn(hik)}

答　　弁　　書

令和8年11月18日

東京地方裁判所民事第27部　御中

〒100-0005　東京都千代田区丸の内2丁目2番3号　丸の内仲通りビル9階
丸の内中央法律事務所（送達場所）
電話　03-3214-5521　ＦＡＸ　03-3214-5522
被告訴訟代理人弁護士　{def_atty}

第1　請求の趣旨に対する答弁
1　原告の請求を棄却する。
2　訴訟費用は原告の負担とする。
との判決を求める。

第2　請求の原因に対する認否
1　同1（当事者）は認める。
2　同2（本件事故）のうち、原告が転倒したことは認め、その余は否認する。原告が{inj_ja}の傷害を負ったことは不知。
3　同3（損害）は争う。

第3　被告の主張
本件犬は当時リードにつながれており、原告が自ら犬に手を伸ばしたものである。

以上
"""
    add(d, gen, ("PERSON_NAME", jn(gen)), ("HEALTH_INFO", inj_ja))
    add(d, hik, ("PERSON_NAME", jn(hik)))
    d.opt_type("PHONE_NUMBER")
    d.opt_type("POSTAL_ADDRESS")
    put(d, txt)

    # 委任状 (docx)
    d = W.doc(f"minato-sogo-law/事件/{gen.family}_損害賠償/委任状_{gen.family}.docx", "docx", "ja")
    paras = ["委　　任　　状", "", "令和8年9月30日", "", f"住　所　〒{gen.zip}　{gen.addr_ja}", f"委任者　{jn(gen)}　　㊞",
             f"生年月日　{gen.wareki_dob()}", f"電話番号　{gen.phone_nat}", "",
             "私は、次の弁護士を代理人と定め、下記の事項を委任します。", "",
             f"受任者　弁護士　{ja_atty}（第二東京弁護士会所属　登録番号{R.randint(30000, 59999)}）",
             "東京都港区虎ノ門3丁目8番21号　みなと総合法律事務所", "", "記", "",
             f"1　{jn(hik)}を相手方とする損害賠償請求事件（令和7年6月14日の咬傷事故）に関する一切の件",
             "2　反訴の提起、訴えの取下げ、和解、請求の放棄及び認諾", "3　復代理人の選任", "以上"]
    add(d, gen, ("PERSON_NAME", jn(gen)), ("POSTAL_ADDRESS", gen.addr_ja), ("DATE_OF_BIRTH", gen.wareki_dob()), ("PHONE_NUMBER", gen.phone_nat))
    add(d, hik, ("PERSON_NAME", jn(hik)))
    docx(W.path(d), paras)

    # 内容証明 通知書 (20 characters a line)
    a, b = J[2], J[3]
    body = (f"通知書　冠省　私は、貴殿との間で令和5年4月1日付で締結した建物賃貸借契約に基づき、貴殿に対し敷金として金24万円を預託して"
            f"おりましたが、令和8年8月31日に同契約は終了し、同日物件を明け渡しました。しかるに、貴殿は現在に至るまで敷金を返還しません。"
            f"つきましては、本書面到達後14日以内に、上記敷金全額を通知人にお支払いください。期限内にお支払いのない場合は、法的手続をとります。草々")
    lines = [body[i:i + 20] for i in range(0, len(body), 20)]
    d = W.doc(f"minato-sogo-law/内容証明/控_{a.family}_敷金返還.txt", "txt", "ja")
    txt = "\n".join(lines) + f"""

令和8年10月2日

　　　　　〒{a.zip}
　　　　　{a.addr_ja}
　　　　　通知人　{jn(a)}
　　　　　（電話　{a.phone_nat}）

　　　　　〒{b.zip}
　　　　　{b.addr_ja}
　　　　　被通知人　{jn(b)}　殿
"""
    add(d, a, ("PERSON_NAME", jn(a)), ("POSTAL_ADDRESS", a.addr_ja), ("PHONE_NUMBER", a.phone_nat))
    add(d, b, ("PERSON_NAME", jn(b)), ("POSTAL_ADDRESS", b.addr_ja))
    put(d, txt)

    # 法律相談 申込 mail (web form)
    c = J[4]
    d = W.doc(f"minato-sogo-law/mail/inbox/法律相談申込_{c.kana_family}.eml", "eml", "ja")
    cond = R.choice(["適応障害と診断され、現在休職中です", "うつ病と診断され、心療内科に通院しています", "不眠と動悸が続き、医師から休養を勧められています"])
    body = f"""以下の内容でお問い合わせがありました。

【お名前】{jn(c)}
【フリガナ】{kn(c)}
【電話番号】{c.phone_nat}
【メールアドレス】{c.email}
【ご住所】〒{c.zip} {c.addr_ja}
【ご相談分野】労働問題（パワハラ・残業代）
【相手方】株式会社東洋精機（勤務先）
【ご相談内容】
上司から毎日のように大声で叱責され、{cond}。
残業代も月40時間分ほど未払いです。会社に請求できるか相談したいです。
【ご希望の相談方法】来所（平日夜）

--
みなと総合法律事務所 ウェブサイト 問い合わせフォーム
"""
    add(d, c, ("PERSON_NAME", jn(c)), ("PHONE_NUMBER", c.phone_nat), ("EMAIL_ADDRESS", c.email), ("POSTAL_ADDRESS", c.addr_ja), ("HEALTH_INFO", cond))
    m = eml("みなと総合法律事務所 <form@minato-law.example.jp>", "soudan@minato-law.example.jp", f"【法律相談申込】{jn(c)}様", body, "2026-10-08 21:14")
    put_bytes(d, m.as_bytes())

    # ================================================================== INSURER
    ins, drv, clm = U[5], U[6], U[7]
    claim = f"26-AU-0{R.randint(400000, 499999)}"
    vin = "4S4BTAFC" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))
    neck = R.choice(["neck and lower back pain", "pain in neck and left shoulder, headache"])
    d = W.doc(f"keystone-mutual/claims/auto/{claim}/ACORD2_loss_notice.txt", "txt", "en")
    txt = f"""AUTOMOBILE LOSS NOTICE                                   DATE (MM/DD/YYYY): 10/13/2026
AGENCY: Pioneer Insurance Agency, 880 SW Columbia St, Portland, OR 97201   PHONE (A/C, No, Ext): (503) 241-6610
CARRIER: Keystone Mutual Insurance Company          NAIC CODE: 24112
POLICY NUMBER: PAU {R.randint(1000000, 9999999)} {R.randint(10, 99)}          LINE OF BUSINESS: PERSONAL AUTO
DATE OF LOSS AND TIME: 10/12/2026  05:40 PM       CLAIM NUMBER: {claim}

INSURED
NAME OF INSURED (First, Middle, Last): {ins.first} {ins.middle} {ins.last}
INSURED'S MAILING ADDRESS: {ua(ins)}
DATE OF BIRTH: {mdy(ins.dob)}          FEIN (if applicable):
PRIMARY PHONE #: {ins.phone_nat}   [X] HOME  [ ] BUS  [ ] CELL
PRIMARY E-MAIL ADDRESS: {ins.email}

LOSS
LOCATION OF LOSS: I-5 NB near exit 299A, Portland, OR
DESCRIPTION OF ACCIDENT: Insured vehicle rear-ended other vehicle in stop-and-go traffic.

INSURED VEHICLE
VEH #: 1   YEAR: 2021   MAKE: SUBARU   MODEL: OUTBACK   V.I.N.: {vin}
PLATE NUMBER: {R.randint(100, 999)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}   STATE: OR
DRIVER'S NAME AND ADDRESS: [X] SAME AS OWNER ADDRESS   {drv.first} {drv.last}
RELATIONSHIP TO INSURED: {'DAUGHTER' if drv.first in WOMEN else 'SON'}     DATE OF BIRTH: {mdy(drv.dob)}
DRIVER'S LICENSE NUMBER: {drv.dl}     STATE: {drv.state}
PURPOSE OF USE: PERSONAL     USED WITH PERMISSION? [X] YES [ ] NO

OTHER VEHICLE / PROPERTY DAMAGED
OWNER'S NAME AND ADDRESS: {clm.first} {clm.last}, {ua(clm)}
PHONE: {clm.phone_nat}
YEAR: 2019  MAKE: HONDA  MODEL: CIVIC   V.I.N.: 2HGFC2F5{R.randint(10 ** 8, 10 ** 9 - 1)}

INJURED
NAME & ADDRESS: {clm.first} {clm.last} (driver of other vehicle)   PHONE: {clm.phone_nat}
AGE: {2026 - clm.dob.year}   EXTENT OF INJURY: {neck}; transported by ambulance to Legacy Emanuel ER

REPORTED BY: {ins.first} {ins.last}          REPORTED TO: {R.choice(['J. Ferris', 'T. Nguyen'])} (agent)
"""
    add(d, ins, ("PERSON_NAME", f"{ins.first} {ins.middle} {ins.last}"), ("POSTAL_ADDRESS", ua(ins)), ("DATE_OF_BIRTH", mdy(ins.dob)),
        ("PHONE_NUMBER", ins.phone_nat), ("EMAIL_ADDRESS", ins.email))
    add(d, drv, ("PERSON_NAME", f"{drv.first} {drv.last}"), ("DATE_OF_BIRTH", mdy(drv.dob)), ("US_DRIVERS_LICENSE", drv.dl))
    add(d, clm, ("PERSON_NAME", f"{clm.first} {clm.last}"), ("POSTAL_ADDRESS", ua(clm)), ("PHONE_NUMBER", clm.phone_nat), ("HEALTH_INFO", neck))
    put(d, txt)

    # adjuster notes
    adj = R.choice(ADJ)
    ini = (adj.split()[0][0] + adj.split()[1]).upper()[:6]
    d = W.doc(f"keystone-mutual/claims/auto/{claim}/claim_notes_export.txt", "txt", "en")
    dx = R.choice(["cervical strain and lumbar sprain", "whiplash (cervical strain), post-traumatic headaches"])
    txt = f"""CLAIM NOTES - {claim}      Insured: {ins.last.upper()}, {ins.first.upper()}      Loss: 10/12/2026      Adjuster: {adj}
------------------------------------------------------------------------------------------------
10/13/2026 09:12  {ini}  FNOL rec'd from agent. Insd {ins.first} {ins.last} reports their vehicle rear-ended clmt veh on I-5 NB.
                  Insd's {'daughter' if drv.first in WOMEN else 'son'} {drv.first} {drv.last} (DOB {mdy(drv.dob)}) was driving with permission; listed driver on policy.
10/13/2026 11:40  {ini}  1st contact w/ clmt {clm.first} {clm.last} at {clm.phone_nat}. Clmt went to Legacy Emanuel ER by ambulance,
                  dx {dx}. F/U with chiropractor 2x/wk. Clmt not represented at this time.
10/14/2026 14:05  {ini}  R/S taken from insd driver. Liability 100% on insd. Coverage confirmed, no lapse.
10/20/2026 16:22  {ini}  Clmt emailed ER bill and chiro ledger from {clm.email}. Med specials to date $4,310.
10/28/2026 10:03  {ini}  BI reserve set $12,500. PD paid to Rose City Collision. Diary 30 days.
"""
    add(d, ins, ("PERSON_NAME", f"{ins.first} {ins.last}"))
    add(d, drv, ("PERSON_NAME", f"{drv.first} {drv.last}"), ("DATE_OF_BIRTH", mdy(drv.dob)))
    add(d, clm, ("PERSON_NAME", f"{clm.first} {clm.last}"), ("PHONE_NUMBER", clm.phone_nat), ("EMAIL_ADDRESS", clm.email), ("HEALTH_INFO", dx))
    put(d, txt)

    # subrogation demand letter (docx)
    tf, hi = U[8], U[9]
    hclaim = f"26-HO-0{R.randint(100000, 199999)}"
    frac = R.choice(["a fractured right wrist", "a broken left forearm", "a torn ACL in the left knee"])
    d = W.doc(f"keystone-mutual/subrogation/demands/demand_{tf.last}_{hclaim}.docx", "docx", "en")
    paras = ["KEYSTONE MUTUAL INSURANCE COMPANY", "Subrogation Recovery Unit | PO Box 4410, Harrisburg, PA 17111 | (800) 555-0144", "",
             "November 2, 2026", "", "CERTIFIED MAIL - RETURN RECEIPT REQUESTED", "",
             f"{tf.first} {tf.last}", tf.street, f"{tf.city}, {tf.state} {tf.zip}", "",
             f"Re:  Our Insured: {hi.first} {hi.last}", f"     Our Claim No.: {hclaim}", "     Date of Loss: 07/19/2026", "",
             f"Dear {tf.first} {tf.last}:", "",
             f"On July 19, 2026 our insured, {hi.first} {hi.last}, was knocked down by your unleashed dog on the sidewalk in front of your home "
             f"and suffered {frac}. Under the medical payments coverage of the policy we have paid $8,412.66 for the emergency room visit, "
             "surgery and follow-up care, and we are subrogated to our insured's rights to that amount.",
             "Please forward this letter to your homeowner's insurer or remit $8,412.66 within 30 days.", "", "Sincerely,", "",
             f"{R.choice(ADJ)}", "Subrogation Specialist"]
    add(d, tf, ("PERSON_NAME", f"{tf.first} {tf.last}"), ("POSTAL_ADDRESS", f"{tf.street}, {tf.city}, {tf.state} {tf.zip}"))
    add(d, hi, ("PERSON_NAME", f"{hi.first} {hi.last}"), ("HEALTH_INFO", frac))
    d.opt_type("PHONE_NUMBER")
    docx(W.path(d), paras)

    # claim payments export
    d = W.doc("keystone-mutual/finance/claim_payments_2026-10.csv", "csv", "en")
    rows = [["PAYMENT_ID", "CLAIM_NO", "PAYEE_NAME", "PAYEE_TYPE", "PAYEE_ADDRESS", "PAY_METHOD", "BANK_ROUTING", "BANK_ACCOUNT", "AMOUNT", "ISSUE_DATE"]]
    for p, typ, meth in [(clm, "CLAIMANT", "ACH"), (hi, "INSURED", "ACH"), (ins, "INSURED", "CHECK")]:
        acct = f"{R.randint(10 ** 9, 10 ** 10 - 1)}" if meth == "ACH" else ""
        rows.append([f"P{R.randint(10 ** 7, 10 ** 8 - 1)}", claim if p is not hi else hclaim, f"{p.first} {p.last}", typ, ua(p), meth,
                     R.choice(["123000220", "325070760", "121000358"]) if acct else "", acct, f"{R.randint(300, 9000)}.{R.randint(10, 99)}", "10/2{}/2026".format(R.randint(0, 9))])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", ua(p)))
        if acct:
            add(d, p, ("BANK_ACCOUNT", acct))
    rows.append([f"P{R.randint(10 ** 7, 10 ** 8 - 1)}", claim, "Rose City Collision Inc", "VENDOR", "2240 NE Sandy Blvd, Portland, OR 97232", "CHECK", "", "", "6120.55", "10/28/2026"])
    rows.append([f"P{R.randint(10 ** 7, 10 ** 8 - 1)}", claim, "Legacy Emanuel Medical Center", "PROVIDER", "2801 N Gantenbein Ave, Portland, OR 97227", "EFT",
                 "123000220", "4471002219", "2864.00", "10/29/2026"])
    d.opt_type("POSTAL_ADDRESS")
    put(d, csv_text(rows))

    # 事故受付票 (xlsx)
    kei, unt, aite = J[5], J[6], J[7]
    inj_a = R.choice(INJ_JA)
    d = W.doc(f"toyo-sonpo/事故受付/事故受付票_{kei.family}_2026100{R.randint(1, 9)}.xlsx", "xlsx", "ja")
    rows = [["事故受付票（自動車）"], [],
            ["受付番号", f"AC-2026-10-{R.randint(1000, 9999):06d}", "受付日時", "2026/10/03 18:42"],
            ["証券番号", f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}-01", "保険種類", "総合自動車保険"],
            ["契約者氏名", jn(kei), "契約者生年月日", ymd(kei.dob)],
            ["契約者住所", f"〒{kei.zip} {kei.addr_ja}"],
            ["契約者電話", kei.phone_nat],
            ["運転者氏名", jn(unt), "続柄", "長男" if unt.sex_ja == "男" else "長女"],
            ["運転者生年月日", ymd(unt.dob), "運転免許証番号", unt.dl],
            ["事故日時", "2026/10/03 17:20", "事故場所", "神奈川県横浜市西区みなとみらい3丁目交差点"],
            ["事故状況", "赤信号で停車中の相手方車両に後方から追突。"],
            ["相手方氏名", jn(aite), "相手方電話", aite.phone_nat],
            ["負傷状況", f"相手方運転者：{inj_a}（救急搬送、全治3週間の見込み）。当方運転者：けがなし。"],
            ["受付担当", R.choice(["丸山 由紀", "石田 亮"])]]
    add(d, kei, ("PERSON_NAME", jn(kei)), ("DATE_OF_BIRTH", ymd(kei.dob)), ("POSTAL_ADDRESS", kei.addr_ja), ("PHONE_NUMBER", kei.phone_nat))
    add(d, unt, ("PERSON_NAME", jn(unt)), ("DATE_OF_BIRTH", ymd(unt.dob)), ("JP_DRIVERS_LICENSE", unt.dl))
    add(d, aite, ("PERSON_NAME", jn(aite)), ("PHONE_NUMBER", aite.phone_nat), ("HEALTH_INFO", inj_a))
    xlsx(W.path(d), {"受付票": rows})

    # 交通事故証明書 (OCR text)
    d = W.doc(f"toyo-sonpo/事故受付/交通事故証明書_{kei.family}.txt", "txt", "ja")
    txt = f"""交 通 事 故 証 明 書
                                    照会記録簿番号 第 {R.randint(10000, 99999)} 号
発生日時  令和 8年10月 3日  午後 5時20分ころ
発生場所  横浜市西区みなとみらい3丁目1番地先
甲  住 所  {unt.addr_ja}
    氏 名  {jn(unt)}
    生年月日 {unt.wareki_dob()}
    車両番号 横浜 330 た {R.randint(10, 99)}-{R.randint(10, 99)}
    自賠責保険 東洋損保 証明書番号 {R.randint(10 ** 9, 10 ** 10 - 1)}
    事故時の状態 運転  人身・物件の別 人身
乙  住 所  {aite.addr_ja}
    氏 名  {jn(aite)}
    生年月日 {aite.wareki_dob()}
    車両番号 横浜 500 ぬ {R.randint(10, 99)}-{R.randint(10, 99)}
    事故時の状態 運転  人身・物件の別 人身
事故類型  車両相互  追突  その他
上記の事項を確認したことを証明します。
令和 8年10月21日   自動車安全運転センター 神奈川県事務所長
"""
    add(d, unt, ("PERSON_NAME", jn(unt)), ("POSTAL_ADDRESS", unt.addr_ja), ("DATE_OF_BIRTH", unt.wareki_dob()))
    add(d, aite, ("PERSON_NAME", jn(aite)), ("POSTAL_ADDRESS", aite.addr_ja), ("DATE_OF_BIRTH", aite.wareki_dob()))
    put(d, txt)

    # 示談書 (docx)
    d = W.doc(f"toyo-sonpo/示談/示談書_{aite.family}.docx", "docx", "ja")
    acct = f"{R.randint(0, 9999999):07d}"
    paras = ["示　談　書", "",
             f"被害者　{jn(aite)}（以下「甲」という。）と加害者　{jn(unt)}（以下「乙」という。）は、"
             "令和8年10月3日午後5時20分ころ横浜市西区みなとみらい3丁目1番地先で発生した交通事故について、次のとおり示談した。",
             f"第1条　乙は甲に対し、本件事故により甲が被った{inj_a}の傷害に関する損害賠償金として、既払金を除き金68万3200円の支払義務があることを認める。",
             f"第2条　乙の加入する東洋損保株式会社は、前条の金員を令和8年12月10日限り、甲の指定する下記口座に振り込んで支払う。",
             f"　　振込先　横浜銀行 みなとみらい支店 普通預金 口座番号{acct} 名義 {kn(aite, '　')}",
             "第3条　甲及び乙は、本示談書に定めるほか、本件事故に関し何らの債権債務がないことを相互に確認する。", "",
             "令和8年11月25日", "",
             f"甲　住所　{aite.addr_ja}", f"　　氏名　{jn(aite)}　㊞", "",
             f"乙　住所　{unt.addr_ja}", f"　　氏名　{jn(unt)}　㊞"]
    add(d, aite, ("PERSON_NAME", jn(aite)), ("POSTAL_ADDRESS", aite.addr_ja), ("HEALTH_INFO", inj_a), ("BANK_ACCOUNT", acct))
    add(d, unt, ("PERSON_NAME", jn(unt)), ("POSTAL_ADDRESS", unt.addr_ja))
    docx(W.path(d), paras)

    # UK RTA Claims Notification Form
    cl, dfn = K[5], K[6]
    d = W.doc(f"keystone-mutual/uk-motor/portal/CNF_{cl.last.upper()}_{R.randint(10 ** 6, 10 ** 7 - 1)}.txt", "txt", "en")
    sol = R.choice(["Ms Harriet Quayle", "Mr Owen Lattimer"])
    uk_inj = R.choice(["Whiplash-type injury to neck and upper back; soreness in left shoulder. Attended A&E at Leeds General Infirmary.",
                       "Neck and lower back pain; bruising to chest from seatbelt. Seen by GP two days later, prescribed naproxen."])
    txt = f"""RTA CLAIMS NOTIFICATION FORM (CNF)                          Application ID: RTA-{R.randint(10 ** 7, 10 ** 8 - 1)}
Claimant's legal representative: Ainsworth Solicitors LLP, 18 Park Row, Leeds LS1 5JA   Contact: {sol}
Defendant's insurer: Keystone Mutual Insurance (UK) Ltd    Policy number: KMUK/{R.randint(10 ** 6, 10 ** 7 - 1)}

1. CLAIMANT DETAILS
1.1 Title: {R.choice(['Mr', 'Ms', 'Mrs'])}
1.2 First name: {cl.first}
1.3 Surname: {cl.last}
1.4 Address: {cl.addr}
1.5 Date of birth: {cl.dob.strftime('%d/%m/%Y')}
1.6 National Insurance Number: {cl.nino}
1.7 Occupation: {R.choice(['Warehouse supervisor', 'Teaching assistant', 'Nurse'])}

2. ACCIDENT DETAILS
2.1 Date and time: 21/09/2026 08:15
2.2 Location: A65 Kirkstall Road, Leeds
2.3 Description: Claimant's vehicle was stationary at lights when struck from behind by the defendant's vehicle.

3. INJURY DETAILS
3.1 Description of injury: {uk_inj}
3.2 Time off work: 6 days

4. DEFENDANT DETAILS
4.1 Defendant's name: {dfn.first} {dfn.last}
4.2 Defendant's address: {dfn.addr}
4.3 Vehicle registration: {R.choice(['YK', 'LS', 'BD'])}{R.randint(15, 25)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}
"""
    add(d, cl, ("PERSON_NAME", f"{cl.first} {cl.last}"), ("POSTAL_ADDRESS", cl.addr), ("DATE_OF_BIRTH", cl.dob.strftime('%d/%m/%Y')), ("UK_NINO", cl.nino),
        ("HEALTH_INFO", uk_inj))
    add(d, dfn, ("PERSON_NAME", f"{dfn.first} {dfn.last}"), ("POSTAL_ADDRESS", dfn.addr))
    put(d, txt)

    # French constat amiable (text of a scan), driver B German
    a, b = E
    d = W.doc(f"assurances-rhone/sinistres/constat_amiable_{a.last.lower()}.txt", "txt", "fr")
    txt = f"""CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE
1. Date de l'accident : 18/10/2026   Heure : 14h10
2. Lieu : Lyon 2e, quai Perrache
3. Blessé(s) même léger(s) : [X] oui  [ ] non

VÉHICULE A
6. Assuré / souscripteur
   Nom : {a.last.upper()}    Prénom : {a.first}
   Adresse : {a.street}
   Code postal : {a.plz}   Pays : France
   Tél. ou e-mail : {a.phone_nat}
8. Société d'assurance : Assurances du Rhône   N° de contrat : AR-{R.randint(10 ** 6, 10 ** 7 - 1)}
9. Conducteur
   Nom : {a.last.upper()}    Prénom : {a.first}
   Date de naissance : {a.dob.strftime('%d/%m/%Y')}
   Adresse : {a.street}, {a.plz} {a.city}
   Permis de conduire n° : {R.randint(10 ** 11, 10 ** 12 - 1)}   Catégorie : B   Valable jusqu'au : 2033

VÉHICULE B
6. Assuré / souscripteur
   Nom : {b.last.upper()}    Prénom : {b.first}
   Adresse : {b.street}, {b.plz} {b.city}, Allemagne
9. Conducteur
   Nom : {b.last.upper()}    Prénom : {b.first}
   Date de naissance : {b.dob.strftime('%d/%m/%Y')}
   Permis de conduire n° : B{R.randint(10 ** 8, 10 ** 9 - 1)}X   Catégorie : B
   Immatriculation : {R.choice(['M', 'B', 'K'])}-{R.choice(['AB', 'KL', 'XY'])} {R.randint(100, 9999)}

14. Mes observations (B) : le conducteur B se plaint de douleurs cervicales, transporté aux urgences de l'hôpital Édouard-Herriot.
"""
    add(d, a, ("PERSON_NAME", f"{a.last.upper()} {a.first}"), ("POSTAL_ADDRESS", f"{a.street}, {a.plz} {a.city}"), ("PHONE_NUMBER", a.phone_nat),
        ("DATE_OF_BIRTH", a.dob.strftime('%d/%m/%Y')))
    add(d, b, ("PERSON_NAME", f"{b.last.upper()} {b.first}"), ("POSTAL_ADDRESS", f"{b.street}, {b.plz} {b.city}"), ("DATE_OF_BIRTH", b.dob.strftime('%d/%m/%Y')),
        ("HEALTH_INFO", "douleurs cervicales"))
    put(d, txt)

    # ================================================================== PROPERTY
    ten = [U[10], U[11], U[12], U[13], U[14], U[15], U[21], U[22]]
    # rent roll
    d = W.doc("cascade-residential/reports/rent_roll_cedar_court_2026-10-31.xlsx", "xlsx", "en")
    rows = [[f"{BUILDING[0]} - Rent Roll"], [f"{BUILDING[1]}, {BUILDING[2]}"], ["As of 10/31/2026"], [],
            ["Unit", "Tenant", "Status", "Move-In", "Lease Expires", "Market Rent", "Actual Rent", "Deposit", "Phone", "Email", "Balance"]]
    for p in sorted(ten, key=lambda q: q.unit):
        mi = dt.date(R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28))
        rows.append([p.unit, f"{p.last}, {p.first}", "Current", mdy(mi), mdy(dt.date(2027, mi.month, mi.day)), "1,695.00",
                     f"{R.randint(1400, 1700)}.00", "1,000.00", p.phone_nat, p.email, f"{R.choice([0, 0, 0, 1695, 240])}.00"])
        add(d, p, ("PERSON_NAME", f"{p.last}, {p.first}"), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email))
    rows.insert(7, ["115", "VACANT", "Vacant-Unrented", "", "", "1,650.00", "", "", "", "", "0.00"])
    d.opt_type("POSTAL_ADDRESS")
    xlsx(W.path(d), {"Rent Roll": rows})

    # tenant ledger
    t0 = U[10]
    d = W.doc(f"cascade-residential/ledgers/tenant_ledger_{t0.last}_{t0.unit}.csv", "csv", "en")
    acct = f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
    rows = [["Tenant Ledger"], [f"Tenant: {t0.first} {t0.last}"], [f"Unit: {BUILDING[0]} - {t0.unit}"], [f"Address: {bldg_addr(t0)}"],
            [f"Phone: {t0.phone_nat}"], [f"Autopay: checking, routing 323070380, account {acct}"], [],
            ["Date", "Payer", "Description", "Charges", "Payments", "Balance", "Reference"]]
    bal = 0
    for mth in range(6, 11):
        bal += 1695
        rows.append([f"{mth:02d}/01/2026", "", "Rent", "1695.00", "", f"{bal}.00", ""])
        bal -= 1695
        rows.append([f"{mth:02d}/03/2026", f"{t0.first} {t0.last}", "Payment - ACH", "", "1695.00", f"{bal}.00", f"ACH{R.randint(10 ** 6, 10 ** 7 - 1)}"])
    add(d, t0, ("PERSON_NAME", f"{t0.first} {t0.last}"), ("POSTAL_ADDRESS", bldg_addr(t0)), ("PHONE_NUMBER", t0.phone_nat), ("BANK_ACCOUNT", acct))
    put(d, csv_text(rows))

    # notice to pay rent or quit
    t4 = U[14]
    d = W.doc(f"cascade-residential/notices/72hr_notice_{t4.unit}_{t4.last}.docx", "docx", "en")
    paras = ["72-HOUR NOTICE OF NONPAYMENT OF RENT", "(ORS 90.394)", "",
             f"TO: {t4.first} {t4.last} and all other occupants", f"{BUILDING[1]}, Apt {t4.unit}", BUILDING[2], "",
             "Your rent of $1,695.00 for the month of October 2026 was due on October 1, 2026 and has not been paid. "
             "Unless you pay the full amount within 72 hours of delivery of this notice, your rental agreement will be terminated.",
             "", f"Landlord/Agent: {PM[0]}", f"Phone: {PM[1]}", "Date of delivery: 10/09/2026   Method: first-class mail and attached to door",
             "Served by: " + R.choice(["R. Delacroix, Community Manager", "P. Huang, Assistant Manager"])]
    add(d, t4, ("PERSON_NAME", f"{t4.first} {t4.last}"), ("POSTAL_ADDRESS", bldg_addr(t4)))
    d.opt_type("PHONE_NUMBER")
    docx(W.path(d), paras)

    # work orders export
    d = W.doc("cascade-residential/maintenance/work_orders_export_oct2026.csv", "csv", "en")
    rows = [["WO Number", "Created", "Property", "Unit", "Tenant", "Tenant Phone", "Permission to Enter", "Pets", "Priority", "Category", "Description",
             "Vendor", "Vendor Phone", "Status"]]
    hnote = R.choice(["Tenant uses a wheelchair; grab bar in the shower has pulled out of the wall.",
                      "Tenant is on home oxygen - call before any power shutoff. Breaker trips when the AC runs."])
    wos = [(U[11], "Leak under kitchen sink, cabinet floor soft.", "Plumbing", "Rip City Plumbing", "(503) 287-4410"),
           (U[12], hnote, "General", "In-house", ""),
           (U[13], "Smoke detector chirping in hallway.", "Life Safety", "In-house", ""),
           (U[21], "Dishwasher not draining.", "Appliance", "Westside Appliance Repair", "(503) 646-2290"),
           (U[11], "Follow-up: replace cabinet floor panel.", "Carpentry", "In-house", "")]
    for i, (p, desc, cat, ven, vph) in enumerate(wos):
        rows.append([f"WO-{R.randint(10000, 99999)}", f"10/{R.randint(1, 30):02d}/2026", BUILDING[0], p.unit, f"{p.first} {p.last}", p.phone_nat,
                     R.choice(["Yes", "No - call first"]), R.choice(["None", "Cat", "Dog"]), R.choice(["Normal", "Urgent"]), cat, desc, ven, vph, "Completed"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("PHONE_NUMBER", p.phone_nat))
    add(d, U[12], ("HEALTH_INFO", hnote))
    put(d, csv_text(rows))

    # lease application (PDF)
    ap_, co, ec = U[16], U[17], U[18]
    d = W.doc(f"cascade-residential/applications/rental_application_{ap_.last}.pdf", "pdf", "en")
    prev_st, (pc, pst, pz) = other_us_addr()
    lines = ["CASCADE RESIDENTIAL MANAGEMENT - RENTAL APPLICATION", f"Property: {BUILDING[0]}, Unit 118    Desired move-in: 12/01/2026", "",
             "APPLICANT", f"Full name: {ap_.first} {ap_.middle} {ap_.last}", f"Date of birth: {mdy(ap_.dob)}    SSN: {ap_.ssn}",
             f"Driver's license #: {ap_.dl}   State: {ap_.state}", f"Current address: {ua(ap_)}", f"Cell: {ap_.phone_nat}    Email: {ap_.email}",
             f"Employer: {R.choice(['Providence Health', 'Intel Corp', 'Nike Inc'])}   Position: Analyst   Monthly income: $6,200",
             "Current landlord: Fairmont Property Group   Phone: (503) 555-0181", "",
             "CO-APPLICANT", f"Full name: {co.first} {co.last}", f"Date of birth: {mdy(co.dob)}    SSN: {co.ssn}",
             f"Previous address: {prev_st}, {pc}, {pst} {pz}", f"Cell: {co.phone_nat}", "",
             "EMERGENCY CONTACT", f"Name: {ec.first} {ec.last}    Relationship: Sister    Phone: {ec.phone_nat}", "",
             "I authorize Cascade Residential Management to obtain a consumer credit report and verify the information above.",
             f"Applicant signature: /s/ {ap_.first} {ap_.last}   Date: 10/22/2026"]
    add(d, ap_, ("PERSON_NAME", f"{ap_.first} {ap_.middle} {ap_.last}"), ("DATE_OF_BIRTH", mdy(ap_.dob)), ("US_SSN", ap_.ssn), ("US_DRIVERS_LICENSE", ap_.dl),
        ("POSTAL_ADDRESS", ua(ap_)), ("PHONE_NUMBER", ap_.phone_nat), ("EMAIL_ADDRESS", ap_.email))
    add(d, co, ("PERSON_NAME", f"{co.first} {co.last}"), ("DATE_OF_BIRTH", mdy(co.dob)), ("US_SSN", co.ssn), ("POSTAL_ADDRESS", f"{prev_st}, {pc}, {pst} {pz}"),
        ("PHONE_NUMBER", co.phone_nat))
    add(d, ec, ("PERSON_NAME", f"{ec.first} {ec.last}"), ("PHONE_NUMBER", ec.phone_nat))
    pdf(W.path(d), [lines])

    # tenant screening report
    d = W.doc(f"cascade-residential/applications/screening_{ap_.last}_{R.randint(10000, 99999)}.txt", "txt", "en")
    p2st, (p2c, p2s, p2z) = other_us_addr()
    txt = f"""RESIDENT SCREENING REPORT                    Report ID: RS-{R.randint(10 ** 6, 10 ** 7 - 1)}   Ordered: 10/23/2026
Requested by: Cascade Residential Management (Property: {BUILDING[0]})

APPLICANT
Name:           {ap_.last.upper()}, {ap_.first.upper()} {ap_.middle.rstrip('.').upper()}
SSN:            XXX-XX-{ap_.ssn[-4:]}
Date of Birth:  {mdy(ap_.dob)}

ADDRESS HISTORY
  {ua(ap_).upper()}                   Reported 2022-2026
  {p2st.upper()}, {p2c.upper()}, {p2s} {p2z}        Reported 2017-2022

CREDIT SUMMARY   Score: {R.randint(640, 800)}   Open tradelines: 7   Collections: 0   Past due: $0
EVICTION SEARCH  No records found (searched OR, WA: 1990-present)
CRIMINAL SEARCH  No records found
RECOMMENDATION   ACCEPT
"""
    add(d, ap_, ("PERSON_NAME", f"{ap_.last.upper()}, {ap_.first.upper()} {ap_.middle.rstrip('.').upper()}"), ("DATE_OF_BIRTH", mdy(ap_.dob)),
        ("POSTAL_ADDRESS", ua(ap_).upper()), ("POSTAL_ADDRESS", f"{p2st}, {p2c}, {p2s} {p2z}"))
    put(d, txt)

    # 建物賃貸借契約書 (docx, table)
    kasi, kari, hosho, doukyo = J[8], J[9], J[10], J[11]
    bukken = ("グランメゾン錦", "愛知県名古屋市中区錦2丁目14番8号", "302")
    d = W.doc(f"nishiki-fudosan/契約/賃貸借契約書_{bukken[0]}{bukken[2]}_{kari.family}.docx", "docx", "ja")
    tbl = [["(1) 賃貸借の目的物", f"名称 {bukken[0]} {bukken[2]}号室　所在地 {bukken[1]}　家屋番号 錦二丁目{R.randint(100, 999)}番{R.randint(1, 30)}の{bukken[2]}"],
           ["(2) 契約期間", "令和8年11月1日から令和10年10月31日まで（2年間）"],
           ["(3) 賃料等", "賃料 月額98,000円　共益費 5,000円　敷金 196,000円"],
           ["(5) 貸主", f"住所 〒{kasi.zip} {kasi.addr_ja}　氏名 {jn(kasi)}"],
           ["管理業者", "株式会社錦不動産管理　名古屋市中区栄3-5-12　電話 052-262-4410　賃貸住宅管理業者登録番号 国土交通大臣(02)第004187号"],
           ["(6) 借主", f"住所 〒{kari.zip} {kari.addr_ja}　氏名 {jn(kari)}　生年月日 {ja_date(kari.dob)}　電話 {kari.phone_nat}"],
           ["同居人", f"{jn(doukyo)}（{'夫' if doukyo.sex_ja == '男' else '妻'}）　生年月日 {ja_date(doukyo.dob)}"],
           ["(7) 連帯保証人", f"住所 〒{hosho.zip} {hosho.addr_ja}　氏名 {jn(hosho)}　生年月日 {ja_date(hosho.dob)}　電話 {hosho.phone_nat}　続柄 {'父' if hosho.sex_ja == '男' else '母'}　勤務先 {R.choice(['中部電機株式会社', '自営業（飲食店）'])}　極度額 金2,352,000円"]]
    add(d, kasi, ("PERSON_NAME", jn(kasi)), ("POSTAL_ADDRESS", kasi.addr_ja))
    add(d, kari, ("PERSON_NAME", jn(kari)), ("POSTAL_ADDRESS", kari.addr_ja), ("DATE_OF_BIRTH", ja_date(kari.dob)), ("PHONE_NUMBER", kari.phone_nat))
    add(d, doukyo, ("PERSON_NAME", jn(doukyo)), ("DATE_OF_BIRTH", ja_date(doukyo.dob)))
    add(d, hosho, ("PERSON_NAME", jn(hosho)), ("POSTAL_ADDRESS", hosho.addr_ja), ("DATE_OF_BIRTH", ja_date(hosho.dob)), ("PHONE_NUMBER", hosho.phone_nat))
    docx(W.path(d), ["建物賃貸借契約書", "貸主（甲）と借主（乙）は、頭書(1)記載の賃貸借の目的物について、以下の条項により賃貸借契約を締結した。"], table=tbl)

    # 重要事項説明書 (text)
    d = W.doc(f"nishiki-fudosan/契約/重要事項説明書_{bukken[0]}{bukken[2]}.txt", "txt", "ja")
    takken = R.choice(["水野 聡子", "安藤 大樹"])
    txt = f"""重要事項説明書（建物の貸借）
{kari.family} {kari.given} 様
下記の不動産について、宅地建物取引業法第35条の規定に基づき、次のとおり説明します。
令和8年10月24日
宅地建物取引業者　商号　株式会社錦不動産　免許証番号　愛知県知事(5)第18244号
主たる事務所　名古屋市中区栄3-5-12　電話 052-262-4400
説明をする宅地建物取引士　氏名 {takken}　登録番号 （愛知）第0{R.randint(10000, 99999)}号

建物の表示
名称 {bukken[0]}　部屋番号 {bukken[2]}
所在地 {bukken[1]}
家屋番号 錦二丁目{R.randint(100, 999)}番{R.randint(1, 30)}の{bukken[2]}　不動産番号 {R.randint(10 ** 12, 10 ** 13 - 1)}

I 対象となる建物に直接関係する事項
1 登記記録に記録された事項
  所有権に関する事項（表題部）　所有者の住所 {kasi.addr_ja}
  名義人（甲区）　氏名 {jn(kasi)}　住所 {kasi.addr_ja}
  所有権にかかる権利に関する事項（甲区）　なし
  所有権以外の権利に関する事項（乙区）　抵当権設定　令和2年7月3日受付第{R.randint(10000, 99999)}号　債権額 金8,600万円　抵当権者 株式会社中京銀行
"""
    add(d, kari, ("PERSON_NAME", f"{kari.family} {kari.given}"))
    add(d, kasi, ("PERSON_NAME", jn(kasi)), ("POSTAL_ADDRESS", kasi.addr_ja))
    d.opt_type("PHONE_NUMBER")
    put(d, txt)

    # 入居申込書 (xlsx form)
    d = W.doc(f"nishiki-fudosan/申込/入居申込書_{kari.family}.xlsx", "xlsx", "ja")
    rows = [["入居申込書", "", "", "申込日", "2026/10/12"], [], ["物件名", f"{bukken[0]} {bukken[2]}号室", "", "希望入居日", "2026/11/01"],
            ["【申込者】"], ["氏名", jn(kari), "", "フリガナ", kn(kari)], ["生年月日", ymd(kari.dob), "", "性別", kari.sex_ja],
            ["現住所", f"〒{kari.zip} {kari.addr_ja}"], ["携帯電話", kari.phone_nat, "", "メール", kari.email],
            ["勤務先", R.choice(["株式会社トヨダ精工", "名古屋市立病院"]), "", "年収", "520万円"],
            ["【同居人】"], ["氏名", jn(doukyo), "", "続柄", "夫" if doukyo.sex_ja == "男" else "妻"], ["生年月日", ymd(doukyo.dob)],
            ["【連帯保証人】"], ["氏名", jn(hosho), "", "続柄", "父" if hosho.sex_ja == "男" else "母"], ["電話", hosho.phone_nat], ["受付担当", R.choice(["水野", "安藤"])]]
    add(d, kari, ("PERSON_NAME", jn(kari)), ("DATE_OF_BIRTH", ymd(kari.dob)), ("POSTAL_ADDRESS", kari.addr_ja), ("PHONE_NUMBER", kari.phone_nat),
        ("EMAIL_ADDRESS", kari.email))
    add(d, doukyo, ("PERSON_NAME", jn(doukyo)), ("DATE_OF_BIRTH", ymd(doukyo.dob)))
    add(d, hosho, ("PERSON_NAME", jn(hosho)), ("PHONE_NUMBER", hosho.phone_nat))
    xlsx(W.path(d), {"申込書": rows})

    # 賃貸仲介 顧客管理 CSV
    d = W.doc("nishiki-fudosan/顧客管理/顧客一覧_export_20261031.csv", "csv", "ja")
    rows = [["顧客ID", "登録日", "氏名", "フリガナ", "電話番号", "メールアドレス", "現住所", "希望エリア", "希望賃料", "勤務先", "ステータス", "担当者"]]
    for p in [J[12], J[13], kari, J[14]]:
        rows.append([f"C{R.randint(10 ** 5, 10 ** 6 - 1)}", f"2026/{R.randint(7, 10):02d}/{R.randint(1, 28):02d}", jn(p), kn(p), p.phone_nat, p.email,
                     p.addr_ja, R.choice(["栄・錦", "名駅", "千種"]), f"{R.randint(6, 12)}万円以下", R.choice(["会社員", "公務員", "自営業"]),
                     R.choice(["内見予約", "申込済", "追客中"]), R.choice(["水野", "安藤"])])
        add(d, p, ("PERSON_NAME", jn(p)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", p.addr_ja))
    put(d, "\ufeff" + csv_text(rows))

    # UK tenancy deposit protection export
    d = W.doc("northgate-lettings/deposits/tds_protected_deposits_export.csv", "csv", "en")
    rows = [["Deposit ID", "Protected Date", "Tenancy Start", "Property Address", "Property Postcode", "Lead Tenant Title", "Lead Tenant First Name",
             "Lead Tenant Surname", "Lead Tenant Email", "Lead Tenant Mobile", "Joint Tenant Name", "Joint Tenant Email", "Landlord", "Deposit Amount"]]
    props = [("Flat 2, 41 Headingley Lane", "Leeds", "LS6 1BN"), ("27 Cardigan Road", "Leeds", "LS6 3AE"), ("9 Brudenell Grove", "Leeds", "LS6 1HR"),
             ("Flat 11, 3 Wellington Place", "Leeds", "LS1 4AP")]
    for (st, town, pc), (lead, joint) in zip(props, [(K[0], K[1]), (K[2], None), (K[3], None), (K[4], None)]):
        rows.append([f"DPC{R.randint(10 ** 6, 10 ** 7 - 1)}", f"{R.randint(1, 28):02d}/0{R.randint(1, 9)}/2026", f"{R.randint(1, 28):02d}/0{R.randint(1, 9)}/2026",
                     f"{st}, {town}", pc, R.choice(["Mr", "Ms", "Miss"]), lead.first, lead.last, lead.email, lead.phone_nat,
                     f"{joint.first} {joint.last}" if joint else "", joint.email if joint else "", R.choice(["Northgate Estates Ltd", "Kirkgate Property Holdings Ltd"]),
                     f"£{R.randint(8, 16) * 100}.00"])
        add(d, lead, ("PERSON_NAME", f"{lead.first} {lead.last}"), ("EMAIL_ADDRESS", lead.email), ("PHONE_NUMBER", lead.phone_nat),
            ("POSTAL_ADDRESS", f"{st}, {town}, {pc}"))
        lead.let = f"{st}, {town} {pc}"
        if joint:
            add(d, joint, ("PERSON_NAME", f"{joint.first} {joint.last}"), ("EMAIL_ADDRESS", joint.email), ("POSTAL_ADDRESS", f"{st}, {town}, {pc}"))
    put(d, csv_text(rows))

    # UK tenant referencing report (docx)
    k = K[0]
    d = W.doc(f"northgate-lettings/referencing/reference_report_{k.last}.docx", "docx", "en")
    tbl = [["Applicant", f"{k.first} {k.last}"], ["Date of birth", k.dob.strftime("%d %B %Y")], ["Current address", k.addr],
           ["Mobile", k.phone_nat], ["Email", k.email], ["Proposed property", k.let], ["Employer", R.choice(["Leeds Teaching Hospitals NHS Trust", "Arla Foods UK"])],
           ["Annual salary", f"£{R.randint(24, 48)},000"], ["Right to rent", f"British passport no. {R.randint(100000000, 999999999)} seen 14/08/2026"],
           ["Previous landlord reference", "Satisfactory - rent paid on time"], ["Outcome", "Accepted"]]
    add(d, k, ("PERSON_NAME", f"{k.first} {k.last}"), ("DATE_OF_BIRTH", k.dob.strftime("%d %B %Y")), ("POSTAL_ADDRESS", k.addr), ("PHONE_NUMBER", k.phone_nat),
        ("EMAIL_ADDRESS", k.email))
    docx(W.path(d), ["Northgate Lettings - Tenant Reference Report", f"Reference no. NGL-{R.randint(10000, 99999)}"], table=tbl)

    # ================================================================== look-alikes
    def decoy(path, writer, desc, codes, opt=(), lang="en"):
        dd = W.doc(path, path.rsplit(".", 1)[1], lang)
        writer(dd)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    idx = ["WORD INDEX", ""]
    for word in ["$8,412.66", "$84,000", "10", "12", "14", "1840", "2021", "2026", "214", "7:15", "9:32", "accident", "ambulance", "answer",
                 "apartments", "back", "exhibit", "fell", "foundation", "Glisan", "HVPM-000412", "light", "March", "objection", "photograph",
                 "stairs", "stairway", "step", "therapist", "unit"]:
        refs = " ".join(f"{R.randint(3, 48)}:{R.randint(1, 25)}" for _ in range(R.randint(1, 4)))
        idx.append(f"{word} [{R.randint(1, 6)}]  {refs}")
    decoy("hartwell-boyce/matters/depo-index/word_index_vol1.txt", lambda dd: put(dd, "\n".join(idx) + "\n"),
          "deposition word index (page:line references, years, amounts)", ["PHONE_NUMBER", "DATE_OF_BIRTH", "PERSON_NAME"])

    dk = [["Docket No", "Date Filed", "#", "Docket Text"]]
    for i, txt_ in enumerate(["COMPLAINT against Harborview Property Management, LLC (Receipt # AWAWDC-8841273) filed by Keystone Mutual Insurance Company.",
                              "CORPORATE DISCLOSURE STATEMENT by Keystone Mutual Insurance Company.", "ANSWER to Complaint by Harborview Property Management, LLC.",
                              "STIPULATED PROTECTIVE ORDER. Signed by the Court.", "MINUTE ORDER setting trial date 9/14/2027.",
                              "NOTICE of Appearance by Lindell Pratt Roe PLLC on behalf of Harborview Property Management, LLC."]):
        dk.append([case_no, f"{R.randint(6, 10):02d}/{R.randint(1, 28):02d}/2026", str(i + 1), txt_])
    decoy("hartwell-boyce/dockets/docket_report_keystone_v_harborview.csv", lambda dd: put(dd, csv_text(dk)), "docket report (case numbers, companies only)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    doe = ["[ATTORNEY NAME] (Bar No. [______])", "[FIRM]", "Attorneys for Plaintiff", "",
           "SUPERIOR COURT OF THE STATE OF WASHINGTON IN AND FOR KING COUNTY", "",
           "KEYSTONE MUTUAL INSURANCE COMPANY, a Pennsylvania corporation, as subrogee of its insured,", "Plaintiff,", "v.",
           "JOHN DOE 1-10, individuals; and ABC CORPORATIONS 1-5,", "Defendants.", "No. ____________", "COMPLAINT FOR SUBROGATION (DRAFT)", "",
           "1. Defendants JOHN DOE 1-10 are persons whose identities are presently unknown and who caused or contributed to the water loss "
           "at the insured premises on or about August 2, 2026.", "2. Plaintiff will amend this complaint when their true names are ascertained."]
    decoy("keystone-mutual/subrogation/templates/complaint_doe_defendants_DRAFT.docx", lambda dd: docx(W.path(dd), doe),
          "subrogation complaint draft against JOHN DOE 1-10 (pleading fiction, no person)", ["PERSON_NAME", "PHONE_NUMBER"])

    fleet = [["Policy No", "Veh #", "Year", "Make", "Model", "VIN", "Plate", "Garaging ZIP", "Radius", "Comp Ded", "Coll Ded"]]
    pol = f"CA {R.randint(1000000, 9999999)}"
    for i in range(10):
        mk = R.choice([("FORD", "TRANSIT 250"), ("LINCOLN", "NAVIGATOR"), ("CHEVROLET", "EXPRESS 2500"), ("RAM", "PROMASTER"), ("TOYOTA", "TACOMA")])
        fleet.append([pol, str(i + 1), str(R.randint(2018, 2026)), mk[0], mk[1],
                      "1FT" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(14)),
                      f"{R.randint(100, 999)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}", f"972{R.randint(10, 99)}",
                      "50 mi", "1000", "1000"])
    decoy("keystone-mutual/commercial/fleet_schedule_rip_city_plumbing.csv", lambda dd: put(dd, csv_text(fleet)),
          "fleet policy schedule (VINs, plates, policy numbers; LINCOLN NAVIGATOR)", ["PERSON_NAME", "US_DRIVERS_LICENSE", "PHONE_NUMBER", "BANK_ACCOUNT"])

    reg = [["不動産番号", "種別", "所在", "地番・家屋番号", "地目・種類", "地積・床面積", "所有者", "取得日"]]
    for i in range(8):
        reg.append([f"{R.randint(10 ** 12, 10 ** 13 - 1)}", R.choice(["土地", "建物"]), R.choice(["名古屋市中区錦二丁目", "名古屋市中区栄三丁目", "名古屋市東区泉一丁目"]),
                    f"{R.randint(100, 999)}番{R.randint(1, 30)}", R.choice(["宅地", "共同住宅", "店舗・事務所"]), f"{R.randint(80, 2400)}.{R.randint(10, 99)}㎡",
                    R.choice(["株式会社錦不動産", "錦アセット合同会社"]), f"{R.randint(2008, 2024)}/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}"])
    decoy("nishiki-fudosan/資産管理/所有物件_登記一覧.csv", lambda dd: put_bytes(dd, csv_text(reg).encode("cp932")),
          "登記 物件一覧 (13-digit 不動産番号, 地番, a company's)", ["JP_MY_NUMBER", "PHONE_NUMBER", "BANK_ACCOUNT", "PERSON_NAME"], ("POSTAL_ADDRESS",), lang="ja")

    kin = ["訴状（記入例）", "", "令和　年　月　日", "○○地方裁判所　御中", "",
           "〒100-0013　東京都千代田区霞が関1丁目1番1号", "原　告　甲野　太郎　㊞", "電話　03-0000-0000", "",
           "〒100-0013　東京都千代田区霞が関1丁目1番2号", "被　告　乙山　花子", "", "貸金返還請求事件",
           "※ 原告・被告の住所は住民票のとおり正確に記載してください。電話番号は日中連絡のとれる番号を記載してください。"]
    decoy("minato-sogo-law/書式/訴状_記入例.txt", lambda dd: put(dd, "\n".join(kin) + "\n"), "訴状 記入例 (甲野 太郎, 乙山 花子, 03-0000-0000)",
          ["PHONE_NUMBER", "DATE_OF_BIRTH"], ("PERSON_NAME", "POSTAL_ADDRESS"), lang="ja")

    hina = ["賃貸住宅標準契約書（ひな形）", "", "(5) 貸主及び管理業者", "貸主　住所 〒＿＿＿＿＿＿　氏名 ＿＿＿＿＿＿＿＿　電話番号 ＿＿＿＿＿＿",
            "(6) 借主及び同居人", "借主　氏名 ＿＿＿＿＿＿＿＿　生年月日 　　年　　月　　日", "同居人　氏名 ＿＿＿＿＿＿　続柄 ＿＿＿　生年月日 　　年　　月　　日",
            "(7) 連帯保証人", "住所 ＿＿＿＿＿＿＿＿＿＿＿＿　氏名 ＿＿＿＿＿＿＿＿　電話番号 ＿＿＿＿＿＿　極度額 ＿＿＿＿＿円",
            "賃料振込先　金融機関名 ＿＿＿＿＿＿　預金種別 普通・当座　口座番号 ＿＿＿＿＿＿＿　口座名義人 ＿＿＿＿＿＿"]
    decoy("nishiki-fudosan/書式/賃貸住宅標準契約書_ひな形.docx", lambda dd: docx(W.path(dd), hina), "賃貸住宅標準契約書 ひな形 (blank fields)",
          ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "BANK_ACCOUNT", "POSTAL_ADDRESS"], lang="ja")

    guide = ["ACORD 2 AUTOMOBILE LOSS NOTICE - FIELD INSTRUCTIONS", "",
             "NAME OF INSURED (First, Middle, Last): Enter the named insured as it appears on the policy.",
             "DATE OF BIRTH: Enter the insured's date of birth (MM/DD/YYYY).",
             "DRIVER'S LICENSE NUMBER / STATE: Enter the license number of the driver at the time of loss.",
             "EXTENT OF INJURY: Describe each injury (for example: fracture, laceration, whiplash) and where the injured person was taken.",
             "PHONE (A/C, No, Ext): area code, number and extension.", "V.I.N.: the 17-character vehicle identification number."]
    decoy("keystone-mutual/training/ACORD2_field_guide.txt", lambda dd: put(dd, "\n".join(guide) + "\n"), "ACORD loss notice field guide (labels, no values)",
          ["PERSON_NAME", "DATE_OF_BIRTH", "US_DRIVERS_LICENSE", "HEALTH_INFO", "PHONE_NUMBER"])

    blank = ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "(45 C.F.R. 164.508)", "", "Patient name: ______________________________",
             "Date of birth: ____/____/________", "Address: ____________________________________", "Phone: (____) ____-______", "",
             "Information to be released: [ ] all records  [ ] records of treatment for: ______________________",
             "[ ] HIV/AIDS  [ ] mental health  [ ] substance use disorder (42 C.F.R. Part 2) - initial to include: ____",
             "Purpose: [ ] litigation  [ ] insurance  [ ] at the request of the individual", "Signature of patient: ____________________  Date: ________"]
    decoy("hartwell-boyce/forms/HIPAA_authorization_blank.pdf", lambda dd: pdf(W.path(dd), [blank]), "blank HIPAA authorisation",
          ["PERSON_NAME", "DATE_OF_BIRTH", "HEALTH_INFO", "PHONE_NUMBER"])

    comps = [["Property", "Address", "Year Built", "Units", "1BR Rent", "2BR Rent", "Occupancy", "Leasing Office"]]
    for nm in ["The Madison at Pearl", "Jefferson Square", "Lincoln Court Apartments", "The Wilson", "Cedar Court Apartments", "Hawthorne Lofts"]:
        comps.append([nm, f"{R.randint(100, 2999)} NW {R.choice(['Everett', 'Flanders', 'Glisan', 'Hoyt'])} St, Portland, OR 972{R.randint(0, 3):02d}",
                      str(R.randint(1962, 2022)), str(R.randint(24, 310)), f"{R.randint(1350, 1900)}", f"{R.randint(1700, 2500)}", f"{R.randint(88, 98)}%",
                      f"(503) {R.randint(220, 990)}-{R.randint(1000, 9999)}"])
    decoy("cascade-residential/reports/rent_survey_pearl_district.xlsx", lambda dd: xlsx(W.path(dd), {"Comps": comps}),
          "rent survey (buildings named after presidents, leasing offices)", ["PERSON_NAME"], ("POSTAL_ADDRESS", "PHONE_NUMBER"))

    stats = [["Injury type", "Claims", "Avg. BI reserve", "Avg. days open"]]
    for inj_t in ["Whiplash / cervical strain", "Lumbar sprain", "Fracture (upper extremity)", "Fracture (lower extremity)", "Concussion / TBI",
                  "Laceration", "Dog bite"]:
        stats.append([inj_t, str(R.randint(4, 90)), f"${R.randint(4, 60)},{R.randint(100, 999)}", str(R.randint(40, 400))])
    decoy("keystone-mutual/reports/bi_claims_by_injury_Q3_2026.xlsx", lambda dd: xlsx(W.path(dd), {"Q3": stats}),
          "claims statistics by injury type (no person)", ["HEALTH_INFO", "PERSON_NAME"])

    mr_ = [["Unit", "Move-Out", "Paint", "Carpet", "Clean", "Ready Date", "Notes"]]
    for i in range(8):
        mr_.append([f"{R.choice([1, 2, 3])}{R.randint(1, 18):02d}", f"10/{R.randint(1, 28):02d}/2026", R.choice(["Full", "Touch-up"]),
                    R.choice(["Replace", "Shampoo"]), "Yes", f"11/{R.randint(1, 28):02d}/2026", R.choice(["", "Blinds in BR2", "Disposal jammed"])])
    decoy("cascade-residential/maintenance/make_ready_schedule.csv", lambda dd: put(dd, csv_text(mr_)), "unit make-ready schedule (units, dates)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    memo = ["MEMORANDUM - ATTORNEY WORK PRODUCT", "Re: Landlord duty to light common stairways (Washington)", "",
            "Washington imposes on landlords a duty of reasonable care for common areas. See RCW 59.18.060(1); Iwai v. State, 129 Wn.2d 84, "
            "915 P.2d 1089 (1996). The duty extends to lighting. Tincani v. Inland Empire Zoological Soc'y, 124 Wn.2d 121, 875 P.2d 621 (1994) "
            "(invitee standard). Cf. Hymas v. UAP Distribution, Inc., 167 Wn. App. 136, 272 P.3d 889 (2012).",
            "Comparative fault under RCW 4.22.005 reduces, but does not bar, recovery."]
    decoy("hartwell-boyce/research/memo_stairway_lighting.txt", lambda dd: put(dd, "\n".join(memo) + "\n"), "research memo with case citations",
          ["PHONE_NUMBER", "DATE_OF_BIRTH", "US_DRIVERS_LICENSE"], ("PERSON_NAME",))

    W.finish()


if __name__ == "__main__":
    main()
