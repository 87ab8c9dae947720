#!/usr/bin/env python3
"""gen16.py - probe set 16 for leakscope: personnel-security and defense-contractor documents, the files a defense
contractor breach (Mitsubishi Electric 2020 style) leaks: personal data of cleared staff, their relatives, visitors
and foreign contacts, mixed with classification markings, each in the layout that trade really uses.

  US        SF-86 (e-QIP archival copy) excerpts as a CUI-bannered PDF and as a docx form table (name, other names,
            SSN, place and date of birth, passport, addresses, references with phones, spouse and relatives with
            birth dates and citizenship, foreign contacts, alcohol / mental-health answers), a cleared-personnel
            roster xlsx (SSN last four only, clearance level column), a DISS subject export CSV (full SSNs), a visit
            authorization request (VAR) letter, a VAR received by mail, a DD 254 style text, a badge access log CSV,
            a badge issuance log (driver's licences), a lobby visitor log, a foreign national visitor list (passport
            numbers), a defensive foreign travel briefing acknowledgment (PDF), a foreign travel debrief, an
            insider-threat incident report (CUI, health and financial issues), an adverse information report mail
            (CUI), a security violation report (CUI), a fitness-for-duty referral (CUI)
  UK        a Security Check (SC) questionnaire with OFFICIAL-SENSITIVE PERSONAL headers, a cleared staff register
            (NINO, BPSS / CTC / SC / DV), DV referees
  JP        特定秘密の取扱いの業務 適性評価 質問票 (docx and PDF: 本人, 本籍, 家族・同居人 with 生年月日・国籍・住所, 犯罪歴,
            薬物, 精神疾患, 飲酒, 信用状態), 適性評価 結果通知, 秘密取扱者名簿 xlsx (取扱注意 header code, 取扱区分 column),
            入門許可申請書, 来訪者名簿 CSV, 構内入門証 発行台帳 (運転免許証番号), 防衛装備庁 出張報告書 with a 注意 stamp,
            社員の海外渡航届 (旅券番号, 緊急連絡先), 渡航者一覧 (Shift_JIS), 秘密保全 誓約書 (PDF), 保全教育 受講記録,
            mails (適性評価 日程, 外国人来訪者 事前申請)
  Look-alikes: a training deck listing clearance levels, a VAR procedure memo, a blank SF-86 page, a VAR template, an
            insider-threat indicators page, a parts list (NSNs, CAGE codes), an org chart with titles only, a vetting
            levels guide (UK), 適性評価制度の概要, a blank 質問票, 秘密区分 表示要領, 入門許可申請書 記入例, 組織図,
            部品表

    python3 bench/probes/gen16.py OUT [--seed N]      (tuning seed 16; check seed 1717, measured once before and once after)

Truth conventions (besides README's):
  * a clearance level as a value of a person's record (a roster's Clearance column, "Clearance: SECRET" in a VAR's
    visitor block, "Facility clearance required: SECRET" on a DD 254, 取扱区分 特定秘密 in a 名簿) says what the
    person or facility may hold, not how the document is classified: no marking (a decoy for the code it imitates).
    Only banners, header/footer lines, stamps and portion marks mark the document;
  * SF-86s, incident reports and HR papers under a CUI banner are US_CUI; OFFICIAL-SENSITIVE PERSONAL is
    UK_OFFICIAL_SENSITIVE; a 取扱注意 header code or a 注意 stamp is JP_CHUI;
  * DEFENSE_RELATED is optional on every item (personnel-security papers of a defense contractor sit between the
    contract's "defense content" and ordinary HR) but for the DD 254, which is a defense contract document and has
    no classification marking (there it is required);
  * an SSN shown as its last four digits (XXX-XX-1234) is no US_SSN; a place of birth, a citizenship, a clearance
    level or an investigation type is no PII type; a UK (GBR) or other non-US, non-JP passport number is no PII type
    (US_PASSPORT optional beside it);
  * a relative, spouse, reference, foreign contact or referee named in a questionnaire is a truth person (matched by
    phone or e-mail when given, else by name); a security officer, host, interviewer or signer named in their role
    is PERSON_NAME of the item but no truth person, and their office phone and mailbox are optional;
  * a mental-health, alcohol-treatment or drug-treatment answer, a diagnosis or medication in an incident report is
    HEALTH_INFO of its person; "no" answers, financial difficulties, arrests and 犯罪歴 are none (no contract type);
  * e-mail senders and recipients that are role mailboxes are optional EMAIL_ADDRESS.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from gen12s import eml, fix_status, pdf_ja  # noqa: E402
from gen12m import docx_x, xlsx_hf, pdf_x, page  # noqa: E402
from gen9 import jp_dl_number  # noqa: E402

CO = "Harrow Ridge Systems, Inc."
CO_DOM = "harrowridge.example.com"
CO_JA = "東邦電機工業株式会社"
CO_JA_DOM = "toho-denki.example.co.jp"
UK_CO = "Caledon Marine Systems Ltd"



def jp_passport(R):
    return R.choice(["TR", "TK", "TZ", "MU"]) + f"{R.randint(1000000, 9999999)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe16")
    R = W.rnd




    def lf(p):
        return f"{p.last.upper()}, {p.first}"




    def ud(d):
        return d.strftime("%m/%d/%Y")

    def ymd(d):
        return d.strftime("%Y/%m/%d")

    def jd(d):
        return f"{d.year}年{d.month}月{d.day}日"

    def relative(p, born_from, born_to, same_family=True):
        """A relative of p: the family name when same_family, p's address; a birth date in range."""
        for _ in range(200):
            c = {"JP": W.jp_person, "US": W.us_person, "GB": W.uk_person}[p.region]()
            if same_family:
                if p.region == "JP":
                    if any(getattr(q, "family", None) == p.family and q.given == c.given for q in W.people if q is not c):
                        continue  # an unused person has no documents and is left out of the truth
                    c.family, c.kana_family = p.family, p.kana_family
                    c.name, c.zip, c.addr_ja = f"{c.family} {c.given}", p.zip, p.addr_ja
                else:
                    if any(getattr(q, "last", None) == p.last and q.first == c.first for q in W.people if q is not c):
                        continue
                    c.last, c.name = p.last, f"{c.first} {p.last}"
                    if p.region == "US":
                        c.street, c.city, c.state, c.zip, c.juris = p.street, p.city, p.state, p.zip, p.juris
                    else:
                        c.addr, c.addr_lines = p.addr, p.addr_lines
            c.dob = dt.date(R.randint(born_from, born_to), R.randint(1, 12), R.randint(1, 28))
            return c
        raise RuntimeError("no relative")

    def role_opt(d):
        for t in ("EMAIL_ADDRESS", "PHONE_NUMBER"):
            d.opt_type(t)

    def all_def_opt(d):
        d.mark_opt("DEFENSE_RELATED")

    FSO = "Karen Whitcombe"       # facility security officer: named in her role, no truth person
    FSO_PHONE = "(425) 882-4410"
    SEC_MAIL = f"security@{CO_DOM}"

    # =========================================================================== US: SF-86 (PDF, CUI banner)
    a = W.us_person()
    sp = relative(a, 1970, 1990, same_family=True)
    mo = relative(a, 1940, 1955)
    fa = relative(a, 1938, 1953)
    ref1, ref2 = W.us_person(), W.us_person()
    fc = W.jp_person()
    d = W.doc(f"Security/eQIP/SF86_archival_{a.last}.pdf", "pdf", "en")
    other = f"{a.first} {R.choice(['Reyes', 'Dunmore', 'Kaplan'])}"
    lines1 = [
        "Standard Form 86 - Revised November 2016 - OMB No. 3206-0005",
        "QUESTIONNAIRE FOR NATIONAL SECURITY POSITIONS - e-QIP ARCHIVAL COPY",
        "Section 1 - Full Name",
        f"  Last name: {a.last.upper()}   First name: {a.first.upper()}   Middle name: {R.choice(['JAMES', 'LEE', 'ANN', 'MARIE'])}",
        "Section 2 - Date of Birth",
        f"  Date of birth: {ud(a.dob)}",
        "Section 3 - Place of Birth",
        f"  City: {R.choice(['Spokane', 'Dayton', 'Fresno'])}   State: {R.choice(['WA', 'OH', 'CA'])}   Country: United States",
        "Section 4 - Social Security Number",
        f"  SSN: {a.ssn}",
        "Section 5 - Other Names Used",
        f"  Other name #1: {other}   From: 06/2004  To: 08/2011   Reason: Name before marriage",
        "Section 7 - Your Contact Information",
        f"  Home telephone number: {a.phone_nat}   Personal e-mail: {a.email}",
        "Section 8 - U.S. Passport Information",
        f"  U.S. passport number: {a.passport}   Issue date: 05/12/2019   Expiration date: 05/11/2029",
        "Section 9 - Citizenship",
        "  I am a U.S. citizen or national by birth in the U.S. or U.S. territory/commonwealth.",
        "Section 11 - Where You Have Lived",
        f"  From: 08/2015  To: Present   Address: {us_addr(a)}",
    ]
    lines2 = [
        "Section 16 - People Who Know You Well",
        f"  Reference #1: {un(ref1)}   Telephone: {ref1.phone_nat}   E-mail: {ref1.email}",
        f"  Reference #2: {un(ref2)}   Telephone: {ref2.phone_nat}",
        "Section 17 - Marital/Relationship Status",
        f"  Spouse: {sp.last}, {sp.first}   Date of birth: {ud(sp.dob)}   Place of birth: Boise, ID   Citizenship: United States",
        "Section 18 - Relatives",
        f"  Mother: {mo.last}, {mo.first}   Date of birth: {ud(mo.dob)}   Citizenship: United States   Address: {us_addr(mo)}",
        f"  Father: {fa.last}, {fa.first}   Date of birth: {ud(fa.dob)}   Citizenship: United States   Deceased: No",
        "Section 19 - Foreign Contacts",
        "  Do you have, or have you had, close and/or continuing contact with a foreign national within the last seven years? YES",
        f"  Name: {fc.romaji}   Citizenship: Japan   Nature of contact: professional (supplier engineer)   Telephone: {fc.phone_intl}",
        "Section 21 - Psychological and Emotional Health",
        "  21A-21E: No",
        "Section 24 - Use of Alcohol",
        "  Have you EVER voluntarily sought counseling or treatment as a result of your use of alcohol? YES",
        "  Completed a 12-week outpatient alcohol treatment program at Evergreen Recovery Center, 02/2019 - 05/2019.",
        "Section 26 - Financial Record: delinquent credit card debt of $14,200, repayment plan since 2023.",
    ]
    cui_block = ["Controlled by: Harrow Ridge Systems Security Office", "CUI Category: PRVCY", "LDC: FEDCON"]
    pdf(W.path(d), [lines1, lines2 + [""] + cui_block], banner="CUI")
    d.mark("US_CUI")
    all_def_opt(d)
    add_all(d, a, [("PERSON_NAME", f"{a.last.upper()} {a.first.upper()}"), ("DATE_OF_BIRTH", ud(a.dob)), ("US_SSN", a.ssn),
                   ("PHONE_NUMBER", a.phone_nat), ("EMAIL_ADDRESS", a.email), ("US_PASSPORT", a.passport),
                   ("POSTAL_ADDRESS", us_addr(a)), ("HEALTH_INFO", "outpatient alcohol treatment program")])
    d.types.add("PERSON_NAME")
    add_all(d, ref1, [("PERSON_NAME", un(ref1)), ("PHONE_NUMBER", ref1.phone_nat), ("EMAIL_ADDRESS", ref1.email)])
    add_all(d, ref2, [("PERSON_NAME", un(ref2)), ("PHONE_NUMBER", ref2.phone_nat)])
    add_all(d, sp, [("PERSON_NAME", f"{sp.last}, {sp.first}"), ("DATE_OF_BIRTH", ud(sp.dob))])
    add_all(d, mo, [("PERSON_NAME", f"{mo.last}, {mo.first}"), ("DATE_OF_BIRTH", ud(mo.dob)), ("POSTAL_ADDRESS", us_addr(mo))])
    add_all(d, fa, [("PERSON_NAME", f"{fa.last}, {fa.first}"), ("DATE_OF_BIRTH", ud(fa.dob))])
    add_all(d, fc, [("PERSON_NAME", fc.romaji), ("PHONE_NUMBER", fc.phone_intl)])
    sf86_a = a

    # =========================================================================== US: SF-86 (docx form table, no marking)
    b = W.us_person()
    sp2 = relative(b, 1972, 1992)
    ch = relative(b, 2008, 2016)
    fc2 = W.uk_person()
    ref3 = W.us_person()
    d = W.doc(f"Security/eQIP/eQIP_{b.last}_{b.first}_sections_1-21.docx", "docx", "en")
    docx(W.path(d), ["e-QIP - Questionnaire for National Security Positions (SF 86)", f"Request ID: {R.randint(10000000, 99999999)}   Agency: DCSA   Status: Submitted"], table=[
        ["Section", "Field", "Response"],
        ["1", "Full name (Last, First Middle)", f"{b.last}, {b.first} {R.choice(['R.', 'T.', 'M.'])}"],
        ["2", "Date of birth", b.dob.strftime("%B %d, %Y")],
        ["3", "Place of birth", f"{R.choice(['Akron', 'Tulsa', 'Reno'])}, {R.choice(['OH', 'OK', 'NV'])}, USA"],
        ["4", "Social Security Number", b.ssn],
        ["5", "Other names used", "None"],
        ["7", "Mobile telephone", b.phone_nat],
        ["7", "E-mail address", b.email],
        ["8", "U.S. passport book number", b.passport],
        ["11", "Current residence", us_addr(b)],
        ["16", "Person who knows you well", f"{un(ref3)}, tel. {ref3.phone_nat}"],
        ["17", "Spouse / cohabitant", f"{un(sp2)}, born {ud(sp2.dob)}, citizenship USA"],
        ["18", "Relative (child)", f"{un(ch)}, born {ud(ch.dob)}, citizenship USA"],
        ["19", "Foreign contact", f"{un(fc2)}, citizenship United Kingdom, e-mail {fc2.email}, contact: former colleague, quarterly"],
        ["21", "Mental health counseling (last 7 years)", "Yes - counseling for generalized anxiety disorder, 2020-2022, no hospitalization"],
        ["22", "Police record", "Yes - 2012 citation, disorderly conduct, dismissed"],
        ["23", "Illegal use of drugs", "No"],
    ])
    all_def_opt(d)
    add_all(d, b, [("PERSON_NAME", f"{b.last}, {b.first}"), ("DATE_OF_BIRTH", b.dob.strftime("%B %d, %Y")), ("US_SSN", b.ssn),
                   ("PHONE_NUMBER", b.phone_nat), ("EMAIL_ADDRESS", b.email), ("US_PASSPORT", b.passport), ("POSTAL_ADDRESS", us_addr(b)),
                   ("HEALTH_INFO", "counseling for generalized anxiety disorder")])
    add_all(d, ref3, [("PERSON_NAME", un(ref3)), ("PHONE_NUMBER", ref3.phone_nat)])
    add_all(d, sp2, [("PERSON_NAME", un(sp2)), ("DATE_OF_BIRTH", ud(sp2.dob))])
    add_all(d, ch, [("PERSON_NAME", un(ch)), ("DATE_OF_BIRTH", ud(ch.dob))])
    add_all(d, fc2, [("PERSON_NAME", un(fc2)), ("EMAIL_ADDRESS", fc2.email)])
    sf86_b = b

    # =========================================================================== US: cleared personnel roster (xlsx, last 4)
    staff = [W.us_person() for _ in range(6)]
    d = W.doc("Security/Clearances/Cleared_Personnel_Roster_2026Q3.xlsx", "xlsx", "en")
    levels = ["SECRET", "TOP SECRET", "SECRET", "TS/SCI", "SECRET", "CONFIDENTIAL"]
    rows = [["Harrow Ridge Systems - Cleared Personnel Roster (FSO working copy)"], [],
            ["Last Name", "First Name", "SSN (last 4)", "Clearance", "Investigation", "Investigation Date", "Eligibility Date", "Program", "Work E-mail"]]
    for q, lv in zip(staff, levels):
        rows.append([q.last, q.first, f"XXX-XX-{q.ssn[-4:]}", lv, "T5" if "TOP" in lv or "TS" in lv else "T3",
                     ud(dt.date(R.randint(2019, 2024), R.randint(1, 12), R.randint(1, 28))), ud(dt.date(R.randint(2020, 2025), R.randint(1, 12), R.randint(1, 28))),
                     R.choice(["SABLE CREST", "IRON LANTERN", "Overhead"]), q.email])
        add_all(d, q, [("PERSON_NAME", f"{q.first} {q.last}"), ("EMAIL_ADDRESS", q.email)])
    xlsx(W.path(d), {"Roster": rows})
    all_def_opt(d)
    d.decoy("clearance levels in a roster column (no banner); SSN last four", ["US_SECRET", "US_TOP_SECRET", "US_CONFIDENTIAL", "US_SSN"])
    roster = staff

    # =========================================================================== US: DISS subject export (CSV, full SSNs)
    diss = roster[:4]
    d = W.doc("Security/Clearances/DISS_subject_export_20261002.csv", "csv", "en")
    rows = [["SUBJECT_LAST", "SUBJECT_FIRST", "SSN", "DOB", "POB_CITY", "POB_STATE", "CITIZENSHIP", "ELIGIBILITY", "ELIG_DATE", "CE_ENROLLED", "ACCESS"]]
    for q, lv in zip(diss, levels):
        rows.append([q.last.upper(), q.first.upper(), q.ssn.replace("-", ""), q.dob.strftime("%Y%m%d"), R.choice(["DAYTON", "FRESNO", "MOBILE", "SALEM"]),
                     R.choice(["OH", "CA", "AL", "OR"]), "US", lv, "2025-03-14", "Y", "SECRET" if lv == "SECRET" else "TOP SECRET"])
        add_all(d, q, [("PERSON_NAME", f"{q.first.upper()} {q.last.upper()}"), ("US_SSN", q.ssn.replace("-", "")), ("DATE_OF_BIRTH", q.dob.strftime("%Y%m%d"))])
    W.write_text(d, csv_text(rows))
    all_def_opt(d)
    d.decoy("eligibility and access levels in columns", ["US_SECRET", "US_TOP_SECRET"])

    # =========================================================================== US: VAR letter (docx)
    vis = [W.us_person(), W.us_person()]
    d = W.doc("Security/VAR/VAR_outgoing_NAVAIR_PMA201_2026-11-03.docx", "docx", "en")
    paras = [CO, "Security Office, 1800 Harbor Point Pkwy, Everett, WA 98203", "", "October 20, 2026", "",
             "MEMORANDUM FOR: Security Manager, NAVAIR PMA-201, Patuxent River, MD",
             "SUBJECT: Visit Authorization Request (VAR) - Program review, 3-4 November 2026", "",
             "1. The following employees of Harrow Ridge Systems (CAGE 7H2K4) request access to classified information up to SECRET in support of contract N00019-25-C-0417.",
             "2. Visitor information:"]
    for i, q in enumerate(vis, 1):
        paras += [f"   Visitor {i}: {q.first} {q.last}", f"   Date of birth: {ud(q.dob)}   Place of birth: {R.choice(['Tacoma, WA', 'Austin, TX', 'Mesa, AZ'])}",
                  f"   SSN: {q.ssn}   Citizenship: U.S.", f"   Clearance: {R.choice(['SECRET', 'TOP SECRET'])} (DCSA CAS, eligibility 2024)   Position: Systems Engineer"]
        add_all(d, q, [("PERSON_NAME", f"{q.first} {q.last}"), ("DATE_OF_BIRTH", ud(q.dob)), ("US_SSN", q.ssn)])
    paras += ["3. Point of contact for this request is the undersigned at (425) 882-4410.", "", f"{FSO}", "Facility Security Officer"]
    docx(W.path(d), paras)
    role_opt(d)
    d.opt_type("POSTAL_ADDRESS")  # the firm's
    all_def_opt(d)
    d.decoy("clearance levels in a visitor block", ["US_SECRET", "US_TOP_SECRET"])

    # =========================================================================== US: VAR received by mail
    v = W.uk_person()
    v2 = W.us_person()
    d = W.doc("Security/VAR/incoming/RE_VAR_Kestrel_Dynamics_visit.eml", "eml", "en")
    m = eml(f"Security Kestrel Dynamics <fso@kestrel-dyn.example.com>", f"Security Office <{SEC_MAIL}>",
            "VAR - Kestrel Dynamics visit to Harrow Ridge, 18 Nov 2026",
            "Good afternoon,\n\nPlease accept this visit authorization request for the following personnel:\n\n"
            f"Name: {v2.last.upper()}, {v2.first}\nDOB: {v2.dob.strftime('%d %b %Y').upper()}\nPOB: Columbus, OH\nSSN: {v2.ssn}\n"
            f"Citizenship: USA\nPCL: SECRET, granted 2023-06-11\nCell: {v2.phone_nat}\n\n"
            f"Name: {v.last.upper()}, {v.first}\nDOB: {v.dob.strftime('%d %b %Y').upper()}\nPOB: Leeds, United Kingdom\n"
            f"Citizenship: GBR (passport {R.randint(100000000, 999999999)})\nPCL: UK SC, assurance provided via UK NSA\n\n"
            "Purpose: interface control working group. Dates: 18-19 Nov 2026. Level of access: up to SECRET.\n\n"
            "Regards,\nT. Hollis\nFacility Security Officer, Kestrel Dynamics\n(703) 555-0148\n", "2026-10-28 15:40", tz=-5)
    W.write_text(d, m.as_string())
    add_all(d, v2, [("PERSON_NAME", f"{v2.last.upper()}, {v2.first}"), ("DATE_OF_BIRTH", v2.dob.strftime('%d %b %Y').upper()), ("US_SSN", v2.ssn),
                    ("PHONE_NUMBER", v2.phone_nat)])
    add_all(d, v, [("PERSON_NAME", f"{v.last.upper()}, {v.first}"), ("DATE_OF_BIRTH", v.dob.strftime('%d %b %Y').upper())])
    role_opt(d)
    d.opt_type("US_PASSPORT")  # the GBR passport
    all_def_opt(d)
    d.decoy("personnel clearance levels in the body", ["US_SECRET", "UK_SECRET"])

    # =========================================================================== US: DD 254 style text (DEFENSE_RELATED)
    d = W.doc("Contracts/N00019-25-C-0417/DD254_N00019-25-C-0417_rev2.txt", "text", "en")
    W.write_text(d, "DEPARTMENT OF DEFENSE\nCONTRACT SECURITY CLASSIFICATION SPECIFICATION (DD FORM 254)\n"
                    "(The requirements of the National Industrial Security Program apply to all security aspects of this effort.)\n\n"
                    "1. CLEARANCE AND SAFEGUARDING\n   a. LEVEL OF FACILITY SECURITY CLEARANCE (FCL) REQUIRED: SECRET\n"
                    "   b. LEVEL OF SAFEGUARDING FOR CLASSIFIED INFORMATION/MATERIAL REQUIRED AT CONTRACTOR FACILITY: SECRET\n"
                    "2. THIS SPECIFICATION IS FOR: a. PRIME CONTRACT NUMBER N00019-25-C-0417\n"
                    "4. IS THIS A FOLLOW-ON CONTRACT? NO\n"
                    f"6. CONTRACTOR: {CO}, 1800 Harbor Point Pkwy, Everett, WA 98203   CAGE CODE: 7H2K4\n"
                    "   COGNIZANT SECURITY OFFICE: DCSA Field Office Seattle\n"
                    "10. CONTRACTOR WILL REQUIRE ACCESS TO: COMSEC INFORMATION: YES  FOREIGN GOVERNMENT INFORMATION: NO  CUI: YES\n"
                    "11. IN PERFORMING THIS CONTRACT, THE CONTRACTOR WILL: HAVE ACCESS TO CLASSIFIED INFORMATION ONLY AT ANOTHER CONTRACTOR'S FACILITY OR A GOVERNMENT ACTIVITY: YES\n"
                    "13. SECURITY GUIDANCE: Classification guidance per the SABLE CREST Security Classification Guide dated 12 March 2025.\n"
                    "16. CERTIFICATION AND SIGNATURE\n"
                    f"   Contractor FSO: {FSO}, (425) 882-4410, {SEC_MAIL}\n"
                    "   Government COR: LCDR Miguel Ostrander, NAVAIR PMA-201, (301) 757-2210\n")
    d.mark("DEFENSE_RELATED")
    d.types.add("PERSON_NAME")
    role_opt(d)
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("facility clearance and safeguarding levels (SECRET) as field values", ["US_SECRET"])

    # =========================================================================== US: badge access log (CSV)
    d = W.doc("Security/Badge/lenel_access_export_2026-10-14.csv", "csv", "en")
    rows = [["Timestamp", "Panel", "Reader", "Badge", "Cardholder", "Event", "Area"]]
    for q in roster[:5] + [sf86_a]:
        for _ in range(2):
            rows.append([f"2026-10-14 {R.randint(6, 18):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", "PNL-03", R.choice(["B2-CLSD-AREA-IN", "B2-LOBBY-TURN-1", "B1-SCIF-DOOR"]),
                         f"{R.randint(100000, 999999)}", f"{q.last}, {q.first}", R.choice(["Access Granted", "Access Granted", "Invalid PIN"]),
                         R.choice(["Closed Area 2", "Lobby", "SCIF"])])
        d.add(q, "PERSON_NAME", f"{q.last}, {q.first}")
    W.write_text(d, csv_text(rows))
    all_def_opt(d)
    d.decoy("badge numbers and panel ids", ["PHONE_NUMBER", "US_SSN"])

    # =========================================================================== US: badge issuance log (xlsx, DL)
    bi = [W.us_person() for _ in range(3)]
    d = W.doc("Security/Badge/Badge_Issuance_Log_Oct2026.xlsx", "xlsx", "en")
    rows = [["Date", "Badge #", "Name", "Company", "ID Type", "ID Number", "ID State", "US Person", "Escort Req.", "Issued By"]]
    for q in bi:
        rows.append(["2026-10-0" + str(R.randint(1, 9)), f"V-{R.randint(1000, 9999)}", un(q), R.choice(["Kestrel Dynamics", "Northfield Systems", "Self"]),
                     "Driver License", q.dl, q.state, "Y", "Y", "K. Whitcombe"])
        add_all(d, q, [("PERSON_NAME", un(q)), ("US_DRIVERS_LICENSE", q.dl)])
    xlsx(W.path(d), {"Log": rows})
    all_def_opt(d)

    # =========================================================================== US: foreign national visitor list (xlsx)
    fn = [W.jp_person(), W.jp_person(), W.uk_person()]
    d = W.doc("Security/Visitors/Foreign_National_Visitors_FY27_Q1.xlsx", "xlsx", "en")
    rows = [["Foreign National Visit Log - TCP reviewed"], ["Name (Surname, Given)", "Nationality", "Passport No.", "Date of Birth", "Employer", "Host", "Visit Dates", "TCP Briefed"]]
    for q in fn:
        if q.region == "JP":
            ppn = jp_passport(R)
            nm = f"{q.romaji.split()[1]}, {q.romaji.split()[0]}"
            rows.append([nm, "JPN", ppn, q.dob.strftime("%d-%b-%Y"), "Toho Denki Kogyo", "D. Pruitt", "2026-10-06 to 2026-10-09", "Yes"])
            add_all(d, q, [("PERSON_NAME", nm), ("JP_PASSPORT", ppn), ("DATE_OF_BIRTH", q.dob.strftime("%d-%b-%Y"))])
        else:
            nm = f"{q.last}, {q.first}"
            rows.append([nm, "GBR", f"{R.randint(100000000, 999999999)}", q.dob.strftime("%d-%b-%Y"), UK_CO, "D. Pruitt", "2026-10-20 to 2026-10-21", "Yes"])
            add_all(d, q, [("PERSON_NAME", nm), ("DATE_OF_BIRTH", q.dob.strftime("%d-%b-%Y"))])
    xlsx(W.path(d), {"FN Visits": rows})
    d.opt_type("US_PASSPORT")
    all_def_opt(d)

    # =========================================================================== US: foreign travel briefing acknowledgment (PDF)
    t = roster[1]
    d = W.doc(f"Security/Briefings/Foreign_Travel_Briefing_Ack_{t.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["HARROW RIDGE SYSTEMS - DEFENSIVE FOREIGN TRAVEL SECURITY BRIEFING ACKNOWLEDGMENT",
                     f"Traveler: {un(t)}        Employee ID: E{R.randint(10000, 99999)}",
                     f"Passport number: {t.passport}   Passport type: Tourist (blue)",
                     "Destination(s): Tokyo, Japan; Seoul, Republic of Korea   Dates of travel: 11/08/2026 - 11/19/2026",
                     f"Contact number while abroad: {t.phone_nat}",
                     "I acknowledge that I received the defensive foreign travel briefing, that I must report any contact with",
                     "foreign intelligence services, and that I will complete a post-travel debrief within 5 business days.",
                     f"Signature: /s/ {un(t)}    Date: 10/30/2026",
                     f"Briefed by: {FSO}, FSO"]])
    add_all(d, t, [("PERSON_NAME", un(t)), ("US_PASSPORT", t.passport), ("PHONE_NUMBER", t.phone_nat)])
    all_def_opt(d)

    # =========================================================================== US: foreign travel debrief (docx)
    t2 = roster[3]
    c1 = W.jp_person()
    d = W.doc(f"Security/Briefings/Post_Travel_Debrief_{t2.last}.docx", "docx", "en")
    docx(W.path(d), ["POST-TRAVEL SECURITY DEBRIEF", f"Traveler: {t2.first} {t2.last}", "Countries visited: Japan (Tokyo, Nagoya)",
                     "Were you approached by anyone seeking information on your work? Yes - see below.",
                     f"Contact: {c1.romaji}, stated employer Shinsei Trading, business card phone {c1.phone_intl}, e-mail {c1.email}. "
                     "Asked repeatedly about radar test schedules at a dinner on 11/12; I declined to discuss.",
                     "Any unusual incidents (luggage searched, devices taken)? No.",
                     f"Debriefed by: {FSO}   Date: 11/21/2026"])
    add_all(d, t2, [("PERSON_NAME", f"{t2.first} {t2.last}")])
    add_all(d, c1, [("PERSON_NAME", c1.romaji), ("PHONE_NUMBER", c1.phone_intl), ("EMAIL_ADDRESS", c1.email)])
    all_def_opt(d)

    # =========================================================================== US: insider-threat incident report (docx, CUI)
    s = roster[2]
    rep = W.us_person()
    d = W.doc("Security/InsiderThreat/ITP_Case_2026-017_Initial_Report.docx", "docx", "en")
    docx_x(W.path(d), [
        "INSIDER THREAT PROGRAM - INITIAL INCIDENT REPORT", "Case number: ITP-2026-017   Date opened: 09/22/2026",
        f"Subject: {s.first} {s.last}   Position: Test Engineer II   Clearance: SECRET   Work e-mail: {s.email}",
        f"Home address: {us_addr(s)}   Mobile: {s.phone_nat}",
        f"Reported by: {rep.first} {rep.last} (co-worker), {rep.phone_nat}",
        "Summary: Subject disclosed to a supervisor significant financial difficulties, including a Chapter 7 bankruptcy filing and wage garnishment.",
        "Subject stated that he has been treated for major depressive disorder since March 2026 and takes sertraline 100 mg daily.",
        "Subject printed 212 pages from the SABLE CREST program share on 09/19/2026 outside normal working hours.",
        "Action: referred to DCSA via NISS; EAP referral offered; access to Closed Area 2 suspended pending review."],
        header=["CUI"], footer=["CUI", "Controlled by: Harrow Ridge Systems ITP | CUI Category: PRVCY | POC: ITP Senior Official"])
    d.mark("US_CUI")
    all_def_opt(d)
    add_all(d, s, [("PERSON_NAME", f"{s.first} {s.last}"), ("EMAIL_ADDRESS", s.email), ("POSTAL_ADDRESS", us_addr(s)), ("PHONE_NUMBER", s.phone_nat),
                   ("HEALTH_INFO", "treated for major depressive disorder; sertraline")])
    add_all(d, rep, [("PERSON_NAME", f"{rep.first} {rep.last}"), ("PHONE_NUMBER", rep.phone_nat)])
    d.decoy("a personnel clearance level in the body", ["US_SECRET"])

    # =========================================================================== US: adverse information report (eml, CUI)
    s2 = roster[4]
    d = W.doc(f"Security/Reports/Adverse_Information_{s2.last}.eml", "eml", "en")
    m = eml(f"Karen Whitcombe <kwhitcombe@{CO_DOM}>", "DCSA NISS Submissions <niss-intake@dcsa.example.mil>",
            f"Adverse Information Report - {s2.last.upper()}",
            "CUI\n\n"
            f"Subject: {s2.first} {s2.last}\nSSN: {s2.ssn}\nDate of birth: {ud(s2.dob)}\n"
            f"Home address: {us_addr(s2)}\n\n"
            "On 10/04/2026 the subject was arrested for driving under the influence in Snohomish County. The subject self-reported on 10/06/2026 "
            "and has enrolled in an inpatient alcohol rehabilitation program (Lakeside Recovery, 28 days).\n\n"
            f"{FSO}\nFacility Security Officer, {CO}\n{FSO_PHONE}\n\n"
            "CUI\nControlled by: Harrow Ridge Systems Security Office\nCUI Category: PRVCY\nPOC: FSO\n", "2026-10-07 09:12", tz=-7)
    W.write_text(d, m.as_string())
    d.mark("US_CUI")
    all_def_opt(d)
    role_opt(d)
    add_all(d, s2, [("PERSON_NAME", f"{s2.first} {s2.last}"), ("US_SSN", s2.ssn), ("DATE_OF_BIRTH", ud(s2.dob)), ("POSTAL_ADDRESS", us_addr(s2)),
                    ("HEALTH_INFO", "inpatient alcohol rehabilitation program")])

    # =========================================================================== US: security violation report (PDF, CUI)
    s3 = roster[0]
    d = W.doc("Security/Reports/Security_Violation_SV-2026-04.pdf", "pdf", "en")
    pdf(W.path(d), [["SECURITY VIOLATION / INFRACTION REPORT  SV-2026-04",
                     f"Individual responsible: {s3.first} {s3.last}    Badge: {R.randint(100000, 999999)}",
                     "Description: On 08/27/2026 a classified working paper marked SECRET was found unsecured on a desk in",
                     "Closed Area 2 after close of business. No evidence of compromise. Culpability: negligence.",
                     "Corrective action: retraining completed 09/03/2026; written reprimand placed in the security file.",
                     f"Inquiry official: {FSO}"]], banner="CUI")
    d.mark("US_CUI")
    all_def_opt(d)
    d.add(s3, "PERSON_NAME", f"{s3.first} {s3.last}")
    d.decoy("SECRET in the inquiry's prose", ["US_SECRET"])

    # =========================================================================== US: fitness-for-duty referral (docx, CUI)
    f1 = W.us_person()
    d = W.doc(f"HR/Medical/FFD_Referral_{f1.last}.docx", "docx", "en")
    docx_x(W.path(d), ["FITNESS-FOR-DUTY EVALUATION REFERRAL (PSYCHOLOGICAL)",
                       f"Employee: {f1.first} {f1.last}   DOB: {ud(f1.dob)}   Phone: {f1.phone_nat}",
                       "Reason for referral: reported panic attacks and a diagnosis of post-traumatic stress disorder (PTSD); currently prescribed prazosin.",
                       "Requested by: Security Office and HR Business Partner", "Evaluating provider: Cascade Occupational Psychology, Dr. Helen Ruiz"],
           header=["CUI//SP-PRVCY"], footer=["CUI//SP-PRVCY"])
    d.mark("US_CUI")
    all_def_opt(d)
    add_all(d, f1, [("PERSON_NAME", f"{f1.first} {f1.last}"), ("DATE_OF_BIRTH", ud(f1.dob)), ("PHONE_NUMBER", f1.phone_nat),
                    ("HEALTH_INFO", "post-traumatic stress disorder (PTSD); prazosin")])

    # =========================================================================== US: lobby visitor log (CSV)
    lv = [W.us_person() for _ in range(3)]
    d = W.doc("Security/Visitors/lobby_visitor_log_2026-10.csv", "csv", "en")
    rows = [["Date", "Time In", "Time Out", "Visitor Name", "Company", "US Citizen", "Phone", "Host", "Badge"]]
    for q in lv:
        rows.append([f"10/{R.randint(10, 28)}/2026", f"{R.randint(7, 11)}:{R.randint(10, 59)}", f"{R.randint(13, 17)}:{R.randint(10, 59)}", un(q),
                     R.choice(["Northfield Systems", "Meridian Photonics", "Otis Elevator"]), "Y", q.phone_nat, "D. Pruitt", f"V-{R.randint(1000, 9999)}"])
        add_all(d, q, [("PERSON_NAME", un(q)), ("PHONE_NUMBER", q.phone_nat)])
    W.write_text(d, csv_text(rows))
    all_def_opt(d)

    # =========================================================================== UK: SC questionnaire (docx, OFFICIAL-SENSITIVE PERSONAL)
    u = W.uk_person()
    up = relative(u, 1962, 1995, same_family=False)
    d = W.doc(f"UK/Vetting/SC_Questionnaire_{u.last}.docx", "docx", "en")
    docx_x(W.path(d), ["SECURITY QUESTIONNAIRE (SECURITY CHECK)", "Part 1 - Personal details"],
           header=["OFFICIAL-SENSITIVE PERSONAL"], footer=["OFFICIAL-SENSITIVE PERSONAL"],
           table=[["Surname", u.last], ["Forenames", u.first], ["Previous names", "None"], ["Date of birth", u.dob.strftime("%d/%m/%Y")],
                  ["Town and country of birth", "Sheffield, United Kingdom"], ["National Insurance number", u.nino],
                  ["Current address", u.addr], ["Telephone", u.phone_nat], ["Email", u.email],
                  ["Partner's full name", f"{up.first} {up.last}"], ["Partner's date of birth", up.dob.strftime("%d/%m/%Y")],
                  ["Partner's nationality", "Irish"],
                  ["Have you ever been treated for a mental health condition?", "Yes - bipolar disorder, stable on lithium since 2019"]])
    d.mark("UK_OFFICIAL_SENSITIVE")
    all_def_opt(d)
    add_all(d, u, [("PERSON_NAME", f"{u.first} {u.last}"), ("DATE_OF_BIRTH", u.dob.strftime("%d/%m/%Y")), ("UK_NINO", u.nino),
                   ("POSTAL_ADDRESS", u.addr), ("PHONE_NUMBER", u.phone_nat), ("EMAIL_ADDRESS", u.email), ("HEALTH_INFO", "bipolar disorder, lithium")])
    add_all(d, up, [("PERSON_NAME", f"{up.first} {up.last}"), ("DATE_OF_BIRTH", up.dob.strftime("%d/%m/%Y"))])

    # =========================================================================== UK: cleared staff register (CSV)
    uks = [W.uk_person() for _ in range(4)]
    d = W.doc("UK/Vetting/cleared_staff_register.csv", "csv", "en")
    rows = [["Employee", "NI Number", "Clearance", "Granted", "Review Due", "Sponsor", "Email"]]
    for q in uks:
        rows.append([f"{q.first} {q.last}", q.nino, R.choice(["BPSS", "CTC", "SC", "DV", "SC"]), f"{R.randint(1, 28):02d}/0{R.randint(1, 9)}/2024",
                     f"{R.randint(1, 28):02d}/0{R.randint(1, 9)}/2031", "MOD DE&S", q.email])
        add_all(d, q, [("PERSON_NAME", f"{q.first} {q.last}"), ("UK_NINO", q.nino), ("EMAIL_ADDRESS", q.email)])
    W.write_text(d, csv_text(rows))
    all_def_opt(d)

    # =========================================================================== UK: DV referees (xlsx)
    dv = uks[0]
    refs = [W.uk_person(), W.uk_person()]
    d = W.doc(f"UK/Vetting/DV_referees_{dv.last}.xlsx", "xlsx", "en")
    rows = [[f"Developed Vetting - character referees for {dv.first} {dv.last}"], ["Referee", "Relationship", "Known since", "Telephone", "Email", "Address"]]
    for q in refs:
        rows.append([f"{q.first} {q.last}", R.choice(["Friend", "Former manager", "Neighbour"]), str(R.randint(2005, 2015)), q.phone_nat, q.email, q.addr])
        add_all(d, q, [("PERSON_NAME", f"{q.first} {q.last}"), ("PHONE_NUMBER", q.phone_nat), ("EMAIL_ADDRESS", q.email), ("POSTAL_ADDRESS", q.addr)])
    xlsx(W.path(d), {"Referees": rows})
    d.add(dv, "PERSON_NAME", f"{dv.first} {dv.last}")
    all_def_opt(d)

    # =========================================================================== JP: 適性評価 質問票 (docx)
    j = W.jp_person()
    jsp = relative(j, 1965, 1995, same_family=True)
    jfa = relative(j, 1935, 1960)
    jinlaw = W.jp_person()
    jinlaw.name, jinlaw.juris = "王 麗華", ["CN"]
    d = W.doc(f"人事/適性評価/質問票_{j.family}{j.given}.docx", "docx", "ja")
    honseki = R.choice(["静岡県浜松市中区", "新潟県長岡市", "熊本県熊本市中央区"])
    docx_x(W.path(d), ["特定秘密の取扱いの業務に関する適性評価のための質問票", "１　あなた自身について"],
           header=["取扱注意"],
           table=[["氏名", jn(j, "　"), "フリガナ", kn(j, "　")],
                  ["生年月日", j.wareki_dob(), "性別", j.sex_ja],
                  ["本籍", honseki, "国籍", "日本"],
                  ["現住所", ja_addr(j), "電話番号", j.phone_nat],
                  ["２　家族及び同居人", "", "", ""],
                  ["続柄", "氏名", "生年月日", "国籍・住所"],
                  ["配偶者", jn(jsp, "　"), ymd(jsp.dob), "日本・同上"],
                  ["父", jn(jfa, "　"), ymd(jfa.dob), f"日本・{ja_addr(jfa)}"],
                  ["配偶者の母", "ワン・リーファ（王 麗華）", "1958/04/02", "中華人民共和国・遼寧省大連市"],
                  ["３　犯罪及び懲戒の経歴", "なし", "", ""],
                  ["４　情報の取扱いに係る非違の経歴", "なし", "", ""],
                  ["５　薬物の濫用及び影響", "なし", "", ""],
                  ["６　精神疾患", "あり（令和3年にうつ病と診断され、3か月休職。現在も月1回通院し服薬中）", "", ""],
                  ["７　飲酒についての節度", "問題なし", "", ""],
                  ["８　信用状態その他の経済的な状況", "住宅ローン残高 2,800万円。延滞なし。", "", ""]])
    d.mark("JP_CHUI")
    all_def_opt(d)
    add_all(d, j, [("PERSON_NAME", jn(j, "　")), ("DATE_OF_BIRTH", j.wareki_dob()), ("POSTAL_ADDRESS", ja_addr(j)), ("PHONE_NUMBER", j.phone_nat),
                   ("HEALTH_INFO", "うつ病と診断され、3か月休職。通院し服薬中")])
    add_all(d, jsp, [("PERSON_NAME", jn(jsp, "　")), ("DATE_OF_BIRTH", ymd(jsp.dob))])
    add_all(d, jfa, [("PERSON_NAME", jn(jfa, "　")), ("DATE_OF_BIRTH", ymd(jfa.dob)), ("POSTAL_ADDRESS", ja_addr(jfa))])
    add_all(d, jinlaw, [("PERSON_NAME", "王 麗華"), ("PERSON_NAME", "ワン・リーファ"), ("DATE_OF_BIRTH", "1958/04/02")])
    tekisei_a = j

    # =========================================================================== JP: 適性評価 質問票 (PDF)
    k = W.jp_person()
    kmo = relative(k, 1940, 1962)
    kch = relative(k, 2000, 2012)
    d = W.doc(f"人事/適性評価/質問票_{k.family}_scan.pdf", "pdf", "ja")
    pdf_ja(W.path(d), [[
        "適性評価のための質問票（特定秘密の保護に関する法律第12条）",
        f"氏名　{jn(k, '　')}（{kn(k, '　')}）",
        f"生年月日　{jd(k.dob)}　　本籍　{R.choice(['北海道札幌市', '岡山県倉敷市', '長野県松本市'])}",
        f"住所　{ja_addr(k)}",
        f"連絡先　{k.phone_nat}　　メール　{k.email}",
        "家族・同居人",
        f"　母　{jn(kmo, '　')}　{jd(kmo.dob)}生　日本国籍　住所：{ja_addr(kmo)}",
        f"　長男　{jn(kch, '　')}　{jd(kch.dob)}生　日本国籍　同居",
        "犯罪及び懲戒の経歴　平成28年 道路交通法違反（罰金）",
        "薬物の濫用及び影響　なし",
        "精神疾患　なし",
        "飲酒についての節度　平成30年にアルコール依存症で入院治療（２か月）。以後断酒を継続。",
        "信用状態　消費者金融からの借入 120万円（返済中）",
    ]])
    all_def_opt(d)
    add_all(d, k, [("PERSON_NAME", jn(k, "　")), ("DATE_OF_BIRTH", jd(k.dob)), ("POSTAL_ADDRESS", ja_addr(k)), ("PHONE_NUMBER", k.phone_nat),
                   ("EMAIL_ADDRESS", k.email), ("HEALTH_INFO", "アルコール依存症で入院治療")])
    add_all(d, kmo, [("PERSON_NAME", jn(kmo, "　")), ("DATE_OF_BIRTH", jd(kmo.dob)), ("POSTAL_ADDRESS", ja_addr(kmo))])
    add_all(d, kch, [("PERSON_NAME", jn(kch, "　")), ("DATE_OF_BIRTH", jd(kch.dob))])

    # =========================================================================== JP: 適性評価 結果通知 (docx)
    d = W.doc(f"人事/適性評価/適性評価結果通知書_{tekisei_a.family}.docx", "docx", "ja")
    docx(W.path(d), ["適性評価の結果等について（通知）", f"{jn(tekisei_a)}　殿", "防衛装備庁長官",
                     "特定秘密の保護に関する法律第13条第1項の規定により、あなたについて実施した適性評価の結果を下記のとおり通知します。", "記",
                     "１　評価実施日　令和8年9月30日",
                     "２　結果　特定秘密の取扱いの業務を行った場合にこれを漏らすおそれがないと認められた。",
                     "３　有効期間　評価実施日から5年"])
    d.add(tekisei_a, "PERSON_NAME", jn(tekisei_a))
    all_def_opt(d)
    d.decoy("特定秘密 in the notice's prose", ["JP_TOKUTEI_HIMITSU"])

    # =========================================================================== JP: 秘密取扱者名簿 (xlsx, 取扱注意 header code)
    hs = [W.jp_person() for _ in range(6)]
    d = W.doc("防衛事業/保全/秘密取扱者名簿_R8.xlsx", "xlsx", "ja")
    rows = [["秘密取扱者名簿（令和8年10月1日現在）"], ["No.", "所属", "社員番号", "氏名", "生年月日", "取扱区分", "適性評価実施日", "有効期限", "誓約書"]]
    for i, q in enumerate(hs, 1):
        rows.append([i, R.choice(["防衛システム事業本部 誘導システム部", "防衛システム事業本部 通信部", "品質保証部"]), f"T{R.randint(100000, 999999)}",
                     jn(q), ymd(q.dob), R.choice(["特定秘密", "秘", "注意", "特定秘密"]), "2025/06/12", "2030/06/11", "済"])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("DATE_OF_BIRTH", ymd(q.dob))])
    xlsx_hf(W.path(d), {"名簿": rows}, header="&C取扱注意")
    d.mark("JP_CHUI")
    all_def_opt(d)
    d.decoy("取扱区分 values in a column (特定秘密, 秘)", ["JP_TOKUTEI_HIMITSU", "JP_HI"])
    himitsu = hs

    # =========================================================================== JP: 防衛装備庁 出張報告書 (docx, 注意 stamp)
    tv = himitsu[:2]
    d = W.doc("防衛事業/出張報告/出張報告書_防衛装備庁_20261015.docx", "docx", "ja")
    docx_x(W.path(d), ["出張報告書", "報告日：令和8年10月16日",
                       f"出張者：{jn(tv[0])}（誘導システム部）、{jn(tv[1])}（通信部）",
                       "出張先：防衛装備庁 プロジェクト管理部（市ヶ谷）", "日時：令和8年10月15日 13:30～16:00",
                       "目的：○○誘導弾 改善型 研究試作 第2回 設計審査（PDR）",
                       "概要：シーカー部の性能要求事項の確認、試験日程の調整。次回は令和9年1月予定。",
                       "先方出席者：防衛装備庁 ○○課 事務官 2名"],
           header=["注意"], footer=["注意"])
    d.mark("JP_CHUI")
    all_def_opt(d)
    for q in tv:
        d.add(q, "PERSON_NAME", jn(q))

    # =========================================================================== JP: 入門許可申請書 (docx)
    iv = [W.jp_person(), W.jp_person()]
    uv = W.us_person()
    d = W.doc("総務/入門管理/入門許可申請書_岐阜試験場_20261105.docx", "docx", "ja")
    rows = [["区分", "氏名", "生年月日", "国籍", "住所", "所属", "身分証明書"]]
    for q in iv:
        ppn = jp_passport(R)
        rows.append(["来訪者", jn(q), jd(q.dob), "日本", ja_addr(q), CO_JA, f"旅券 {ppn}"])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("DATE_OF_BIRTH", jd(q.dob)), ("POSTAL_ADDRESS", ja_addr(q)), ("JP_PASSPORT", ppn)])
    rows.append(["来訪者", f"{uv.last.upper()} {uv.first.upper()}", jd(uv.dob), "米国", us_addr(uv), CO, f"旅券 {uv.passport}"])
    add_all(d, uv, [("PERSON_NAME", f"{uv.last.upper()} {uv.first.upper()}"), ("DATE_OF_BIRTH", jd(uv.dob)), ("POSTAL_ADDRESS", us_addr(uv)),
                    ("US_PASSPORT", uv.passport)])
    docx(W.path(d), ["入門許可申請書", "航空自衛隊 岐阜基地 基地業務群司令 殿", f"申請者：{CO_JA} 防衛システム事業本部 保全管理課長",
                     "下記の者の入門を許可願います。", "目的：試験立会い　期間：令和8年11月5日～11月7日", "車両：なし"], table=rows)
    all_def_opt(d)

    # =========================================================================== JP: 来訪者名簿 (CSV)
    rv = [W.jp_person() for _ in range(4)]
    d = W.doc("総務/入門管理/来訪者名簿_2026年10月.csv", "csv", "ja")
    rows = [["日付", "氏名", "会社名", "電話番号", "入館時刻", "退館時刻", "面会者", "入館証番号"]]
    for q in rv:
        rows.append([f"2026/10/{R.randint(10, 28)}", jn(q), R.choice(["三叉工業株式会社", "青嶺システムズ", "白陽電機"]), q.phone_nat,
                     f"{R.randint(8, 11)}:{R.randint(10, 59)}", f"{R.randint(13, 18)}:{R.randint(10, 59)}", "保全管理課 長谷部", f"G-{R.randint(100, 999)}"])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("PHONE_NUMBER", q.phone_nat)])
    W.write_text(d, "\ufeff" + csv_text(rows))
    all_def_opt(d)

    # =========================================================================== JP: 構内入門証 発行台帳 (xlsx, 運転免許証番号)
    gv = [W.jp_person() for _ in range(3)]
    d = W.doc("総務/入門管理/構内入門証発行台帳_R8.xlsx", "xlsx", "ja")
    rows = [["入門証番号", "氏名", "会社名", "本人確認書類", "書類番号", "車両番号", "発行日", "返却日"]]
    for q in gv:
        dl = jp_dl_number(R)
        rows.append([f"P-{R.randint(1000, 9999)}", jn(q), R.choice(["三叉工業株式会社", "青嶺システムズ"]), "運転免許証", dl,
                     f"岐阜 500 さ {R.randint(10, 99)}-{R.randint(10, 99)}", "2026/10/01", "2026/10/31"])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("JP_DRIVERS_LICENSE", dl)])
    xlsx(W.path(d), {"台帳": rows})
    all_def_opt(d)

    # =========================================================================== JP: 海外渡航届 (xlsx)
    o = himitsu[2]
    oem = relative(o, 1965, 1995, same_family=True)
    d = W.doc(f"人事/海外渡航/海外渡航届_{o.family}.xlsx", "xlsx", "ja")
    ppn = jp_passport(R)
    xlsx(W.path(d), {"届出": [["海外渡航届（私事渡航）"], ["提出日", "2026/10/20"], ["氏名", jn(o)], ["氏名（ローマ字）", o.romaji],
                                ["所属", "防衛システム事業本部"], ["生年月日", ymd(o.dob)], ["旅券番号", ppn], ["有効期限", "2031/03/14"],
                                ["渡航先", "台湾（台北）"], ["期間", "2026/12/27～2027/01/03"], ["渡航中の連絡先", o.phone_nat],
                                ["緊急連絡先（氏名・続柄）", f"{jn(oem)}（妻）"], ["緊急連絡先（電話）", oem.phone_nat],
                                ["秘密取扱者", "該当（特定秘密）"], ["事前保全教育", "受講済"]]})
    all_def_opt(d)
    add_all(d, o, [("PERSON_NAME", jn(o)), ("DATE_OF_BIRTH", ymd(o.dob)), ("JP_PASSPORT", ppn), ("PHONE_NUMBER", o.phone_nat)])
    add_all(d, oem, [("PERSON_NAME", jn(oem)), ("PHONE_NUMBER", oem.phone_nat)])
    d.decoy("秘密取扱者 該当（特定秘密） as a field value", ["JP_TOKUTEI_HIMITSU"])

    # =========================================================================== JP: 渡航者一覧 (Shift_JIS CSV)
    tl = himitsu[3:6]
    d = W.doc("人事/海外渡航/渡航者一覧_2026下期.csv", "csv", "ja")
    rows = [["社員番号", "氏名", "ローマ字", "旅券番号", "旅券有効期限", "渡航先", "出発日", "帰国日", "用務"]]
    for q in tl:
        ppn = jp_passport(R)
        rows.append([f"T{R.randint(100000, 999999)}", jn(q), q.romaji, ppn, f"20{R.randint(28, 35)}/0{R.randint(1, 9)}/1{R.randint(0, 9)}",
                     R.choice(["米国", "英国", "オーストラリア"]), "2026/11/08", "2026/11/19", R.choice(["技術会議", "展示会", "試験立会い"])])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("JP_PASSPORT", ppn)])
    W.write_text(d, csv_text(rows), encoding="cp932")
    all_def_opt(d)

    # =========================================================================== JP: 秘密保全 誓約書 (PDF)
    sw = W.jp_person()
    d = W.doc(f"防衛事業/保全/誓約書_{sw.family}.pdf", "pdf", "ja")
    pdf_ja(W.path(d), [["誓　約　書", f"{CO_JA}　代表取締役社長　殿",
                        "私は、貴社の防衛関連業務に従事するにあたり、業務上知り得た秘密を在職中及び退職後においても",
                        "漏えいしないことを誓約いたします。",
                        "令和8年10月1日",
                        f"住所　{ja_addr(sw)}", f"氏名　{jn(sw, '　')}　㊞", f"生年月日　{sw.wareki_dob()}"]])
    all_def_opt(d)
    add_all(d, sw, [("PERSON_NAME", jn(sw, "　")), ("POSTAL_ADDRESS", ja_addr(sw)), ("DATE_OF_BIRTH", sw.wareki_dob())])

    # =========================================================================== JP: 保全教育 受講記録 (xlsx)
    d = W.doc("防衛事業/保全/保全教育_受講記録_2026.xlsx", "xlsx", "ja")
    rows = [["実施日", "講習名", "所属", "氏名", "理解度テスト", "備考"]]
    for q in himitsu[:4]:
        rows.append(["2026/09/10", "秘密保全教育（年次）", "防衛システム事業本部", jn(q), R.choice(["90", "85", "100"]), ""])
        d.add(q, "PERSON_NAME", jn(q))
    xlsx(W.path(d), {"受講記録": rows})
    all_def_opt(d)

    # =========================================================================== JP: mail 適性評価 日程
    em = k
    d = W.doc(f"mail/適性評価_面接日程のご連絡_{em.family}.eml", "eml", "ja")
    m = eml(f"保全管理課 <hozen@{CO_JA_DOM}>", f"{jn(em)} <{em.email}>", "【取扱注意】適性評価 面接日程のご連絡",
            f"{jn(em)} 様\n\n保全管理課の長谷部です。\n特定秘密の取扱いの業務に係る適性評価について、質問票のご提出ありがとうございました。\n"
            "面接を以下の日程で実施します。\n\n日時：10月23日（金）14:00～15:00\n場所：本社 7階 保全面談室\n"
            f"ご本人確認のため、当日はご連絡先（{em.phone_nat}）にお電話する場合があります。\n\n"
            f"--\n{CO_JA} 防衛システム事業本部 保全管理課\n長谷部 修　内線 4410\n", "2026-10-19 10:05")
    W.write_text(d, m.as_string())
    all_def_opt(d)
    role_opt(d)
    add_all(d, em, [("PERSON_NAME", jn(em)), ("EMAIL_ADDRESS", em.email), ("PHONE_NUMBER", em.phone_nat)])
    d.mark("JP_CHUI")  # 【取扱注意】 at the head of the subject line

    # =========================================================================== JP/EN: 外国人来訪者 事前申請 (eml with CSV attachment)
    fv = [W.us_person(), W.uk_person()]
    d = W.doc("mail/外国人来訪者_事前申請_Harrow.eml", "eml", "ja")
    att = csv_text([["Name", "Nationality", "Passport No.", "Date of Birth", "Company"],
                    [un(fv[0]), "USA", fv[0].passport, ud(fv[0].dob), CO],
                    [un(fv[1]), "GBR", f"{R.randint(100000000, 999999999)}", fv[1].dob.strftime("%d/%m/%Y"), UK_CO]])
    m = eml(f"Security Office <{SEC_MAIL}>", f"保全管理課 <hozen@{CO_JA_DOM}>", "Advance notice: foreign national visitors / 外国人来訪者 事前申請",
            "保全管理課 御中\n\nPlease find attached the visitor details for the joint review at your Gifu site (Nov 5-7).\n"
            "添付の来訪者情報にて入門手続きをお願いいたします。\n\nBest regards,\nKaren Whitcombe\nFSO, Harrow Ridge Systems\n",
            "2026-10-22 08:30", tz=-7, attachments=[("visitors_Nov2026.csv", att.encode("utf-8"), "text/csv")])
    W.write_text(d, m.as_string())
    all_def_opt(d)
    role_opt(d)
    d.types.add("PERSON_NAME")
    da = W.doc("mail/外国人来訪者_事前申請_Harrow.eml!/visitors_Nov2026.csv", "csv", "en")
    add_all(da, fv[0], [("PERSON_NAME", un(fv[0])), ("US_PASSPORT", fv[0].passport), ("DATE_OF_BIRTH", ud(fv[0].dob))])
    add_all(da, fv[1], [("PERSON_NAME", un(fv[1])), ("DATE_OF_BIRTH", fv[1].dob.strftime("%d/%m/%Y"))])
    all_def_opt(da)

    # =========================================================================== look-alikes
    d = W.doc("Security/Training/Annual_Security_Refresher_2026.pptx", "pptx", "en")
    pptx(W.path(d), [[("Annual Security Refresher 2026", "title"), ("Classification levels: TOP SECRET - SECRET - CONFIDENTIAL", "body"),
                      ("Personnel clearance is not the same as need-to-know", "body")],
                     [("Reporting requirements (SEAD 3)", "title"), ("Foreign travel, foreign contacts, arrests, financial problems, alcohol or drug treatment", "body"),
                      ("Report to the FSO within 72 hours", "body")]])
    all_def_opt(d)
    d.decoy("a training deck listing classification levels and reportable events", ["US_TOP_SECRET", "US_SECRET", "US_CONFIDENTIAL", "HEALTH_INFO", "PERSON_NAME"])

    d = W.doc("Security/Policy/SOP-07_Visit_Authorization_Requests.docx", "docx", "en")
    docx(W.path(d), ["SOP-07 Visit Authorization Requests (VAR)", "1. Purpose. This procedure describes how outgoing and incoming visits involving access to classified information are requested.",
                     "2. An outgoing VAR lists for each visitor: full name, date and place of birth, citizenship, SSN (or DISS person ID), clearance level and date.",
                     "3. VARs are sent through DISS at least 10 working days before the visit; a VAR by e-mail must be encrypted.",
                     "4. Visits by foreign nationals require a Technology Control Plan review and passport details.",
                     "5. Retain VAR records for 2 years (NISPOM 32 CFR 117.16)."])
    all_def_opt(d)
    d.decoy("a VAR procedure naming the data fields without values", ["PERSON_NAME", "DATE_OF_BIRTH", "US_SSN", "US_SECRET"])

    d = W.doc("Security/Forms/SF86_Section18_blank.pdf", "pdf", "en")
    pdf(W.path(d), [["Section 18 - Relatives", "Relative type: [ ] Mother [ ] Father [ ] Stepmother [ ] Child [ ] Sibling",
                     "Name: Last ____________ First ____________ Middle ______", "Date of birth (mm/dd/yyyy): ___/___/______",
                     "Place of birth: City ________ State ____ Country ________", "Citizenship: ____________",
                     "Current address: ________________________________", "Is this relative deceased? [ ] Yes [ ] No"]])
    all_def_opt(d)
    d.decoy("a blank SF-86 page", ["PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"])

    d = W.doc("Security/Templates/VAR_template.docx", "docx", "en")
    docx(W.path(d), ["[COMPANY LETTERHEAD]", "MEMORANDUM FOR: [Security Manager, Receiving Activity]", "SUBJECT: Visit Authorization Request - [Purpose]",
                     "Visitor: [Full Name]   Date of birth: [MM/DD/YYYY]   Place of birth: [City, State]",
                     "SSN: XXX-XX-XXXX   Citizenship: [U.S.]   Clearance: [Level] / [Date]", "POC: [FSO name], [phone]"])
    all_def_opt(d)
    d.decoy("a VAR template with placeholders", ["PERSON_NAME", "DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER"])

    d = W.doc("Security/InsiderThreat/potential_risk_indicators.html", "html", "en")
    W.write_text(d, "<html><head><meta charset='utf-8'><title>Insider Threat - Potential Risk Indicators</title></head><body>"
                    "<h1>Potential Risk Indicators (PRIs)</h1><ul><li>Unexplained affluence or excessive debt</li>"
                    "<li>Alcohol or drug abuse, untreated mental health conditions that impair judgment</li>"
                    "<li>Unreported foreign contacts or foreign travel</li><li>Attempts to access classified information without need-to-know</li></ul>"
                    "<p>Most people who seek help for depression, anxiety or alcohol use keep their clearance: seeking help is not a reason for denial.</p>"
                    "<p>Report concerns to the Insider Threat Program: itp@harrowridge.example.com</p></body></html>")
    all_def_opt(d)
    d.opt_type("EMAIL_ADDRESS")
    d.decoy("risk indicators naming conditions of no person", ["HEALTH_INFO", "PERSON_NAME"])

    d = W.doc("Engineering/BOM/SABLE_CREST_seeker_BOM_rev C.csv", "csv", "en")
    rows = [["Item", "Part Number", "NSN", "CAGE", "Description", "Qty", "Unit"]]
    for i in range(1, 9):
        rows.append([i, f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}", f"5{R.randint(100, 999)}-01-{R.randint(100, 999)}-{R.randint(1000, 9999)}",
                     R.choice(["7H2K4", "0VGU1", "81349", "1DRR5"]), R.choice(["CONNECTOR, RECEPTACLE", "GIMBAL ASSY", "RADOME", "SCREW, CAP", "GASKET"]),
                     R.randint(1, 24), "EA"])
    W.write_text(d, csv_text(rows))
    all_def_opt(d)
    d.decoy("a parts list: SSN-shaped part numbers, NSNs", ["US_SSN", "PHONE_NUMBER", "PERSON_NAME"])

    d = W.doc("Engineering/Org/Program_Office_Org_Chart.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Org": [["Function", "Reports to", "Location"], ["Program Manager", "VP Defense Programs", "Everett"],
                             ["Deputy Program Manager", "Program Manager", "Everett"], ["Chief Engineer", "Program Manager", "Everett"],
                             ["Facility Security Officer", "Director of Security", "Everett"], ["ISSM", "Facility Security Officer", "Everett"],
                             ["Subcontracts Manager", "Program Manager", "Tucson"]]})
    all_def_opt(d)
    d.decoy("an org chart with titles only", ["PERSON_NAME"])

    d = W.doc("UK/Policy/National_Security_Vetting_levels.txt", "text", "en")
    W.write_text(d, "National Security Vetting - which level do I need?\n\n"
                    "BPSS: the Baseline Personnel Security Standard, for access to OFFICIAL assets.\n"
                    "CTC: Counter-Terrorist Check.\nSC: Security Check, for frequent access to SECRET assets and occasional access to TOP SECRET assets.\n"
                    "DV: Developed Vetting, for frequent access to TOP SECRET assets. DV includes an interview and referee checks.\n"
                    "You will be asked about your partner, parents and any time spent abroad, and about your finances and health.\n")
    all_def_opt(d)
    d.decoy("vetting levels naming SECRET / TOP SECRET assets in prose", ["UK_SECRET", "UK_TOP_SECRET", "US_SECRET", "US_TOP_SECRET", "HEALTH_INFO"])

    d = W.doc("人事/適性評価/適性評価制度の概要.html", "html", "ja")
    W.write_text(d, "<html><head><meta charset='utf-8'><title>適性評価制度の概要</title></head><body><h1>適性評価制度の概要</h1>"
                    "<p>特定秘密の取扱いの業務を行う者は、適性評価において特定秘密を漏らすおそれがないと認められた者に限られます。</p>"
                    "<h2>評価事項</h2><ol><li>特定有害活動及びテロリズムとの関係に関する事項（家族及び同居人の氏名、生年月日、国籍及び住所を含む）</li>"
                    "<li>犯罪及び懲戒の経歴</li><li>情報の取扱いに係る非違の経歴</li><li>薬物の濫用及び影響</li><li>精神疾患</li>"
                    "<li>飲酒についての節度</li><li>信用状態その他の経済的な状況</li></ol>"
                    "<p>評価の結果は本人に通知されます。うつ病などで通院していることのみをもって不適とされるものではありません。</p></body></html>")
    all_def_opt(d)
    d.decoy("an explanation of 適性評価 naming its items (精神疾患, うつ病) of no person", ["HEALTH_INFO", "PERSON_NAME", "JP_TOKUTEI_HIMITSU"])

    d = W.doc("人事/適性評価/様式/質問票_様式_空欄.docx", "docx", "ja")
    docx(W.path(d), ["特定秘密の取扱いの業務に関する適性評価のための質問票（様式）"], table=[
        ["氏名", "", "フリガナ", ""], ["生年月日", "昭和・平成　　年　　月　　日", "性別", "男・女"], ["本籍", "", "国籍", ""],
        ["現住所", "〒", "電話番号", ""], ["続柄", "氏名", "生年月日", "国籍・住所"], ["", "", "", ""],
        ["精神疾患", "あり・なし", "", ""], ["飲酒についての節度", "", "", ""]])
    all_def_opt(d)
    d.decoy("a blank 質問票", ["PERSON_NAME", "DATE_OF_BIRTH", "HEALTH_INFO", "PHONE_NUMBER", "POSTAL_ADDRESS"])

    d = W.doc("防衛事業/保全/秘密区分の表示要領.docx", "docx", "ja")
    docx(W.path(d), ["秘密区分の表示要領（社内教育資料）", "文書の秘密区分は、表紙及び各ページの上部中央及び下部中央に表示する。"], table=[
        ["区分", "表示", "例"], ["特定秘密", "特定秘密", "赤字で上下に表示"], ["極秘", "極秘", "（現在は使用しない）"],
        ["秘", "秘", "上下中央"], ["注意", "注意", "取扱上注意を要する文書"]])
    all_def_opt(d)
    d.decoy("a table of marking words", ["JP_TOKUTEI_HIMITSU", "JP_GOKUHI", "JP_HI", "JP_CHUI"])

    d = W.doc("総務/入門管理/様式/入門許可申請書_記入例.docx", "docx", "ja")
    docx(W.path(d), ["入門許可申請書【記入例】", "※太枠内をご記入ください。"], table=[
        ["区分", "氏名", "生年月日", "国籍", "住所", "所属", "身分証明書"],
        ["来訪者", "山田　太郎", "昭和55年1月1日", "日本", "〒100-0001 東京都千代田区千代田1-1", "〇〇株式会社", "旅券 TK1234567"]])
    all_def_opt(d)
    for t_ in ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"):
        d.opt_type(t_)
    d.decoy("記入例 placeholders (山田 太郎, 旅券 TK1234567)", ["JP_PASSPORT", "PHONE_NUMBER"])

    d = W.doc("総務/組織図_防衛システム事業本部.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"組織図": [["部署", "役職", "上位"], ["防衛システム事業本部", "本部長", "社長"], ["誘導システム部", "部長", "本部長"],
                                ["通信部", "部長", "本部長"], ["保全管理課", "課長", "本部長"], ["品質保証部", "部長", "社長"]]})
    all_def_opt(d)
    d.decoy("an org chart with titles only", ["PERSON_NAME"])

    d = W.doc("防衛事業/部品表/部品表_誘導装置_改B.csv", "csv", "ja")
    rows = [["番号", "部品番号", "品名", "数量", "メーカー", "図番"]]
    for i in range(1, 8):
        rows.append([i, f"090-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}", R.choice(["コネクタ", "ジャイロ", "レドーム", "ねじ", "ガスケット"]), R.randint(1, 12),
                     R.choice(["白陽電機", "三叉工業"]), f"{R.randint(1000, 9999)} {R.randint(1000, 9999)} {R.randint(1000, 9999)}"])
    W.write_text(d, "\ufeff" + csv_text(rows))
    all_def_opt(d)
    d.decoy("a parts list: 090-shaped part numbers, 12-digit drawing numbers", ["PHONE_NUMBER", "JP_MY_NUMBER", "PERSON_NAME"])

    W.finish()
    fix_status(args.out, W)


if __name__ == "__main__":
    main()
