#!/usr/bin/env python3
"""gen31.py - probe round 31 (issue #4): "education and staffing": what a breach of a university / school and of a
recruiting / staffing agency leaks, each system's own export layout. Parties in the US, Japan and the UK, two EU people
and three international students, each in 1-4 items.

  University / school (US)  a Banner-like SIS extract (SPRIDEN_ / SPBPERS_ / SPRADDR_ / SPRTELE_ columns, the phone split
               into PHONE_AREA and PHONE_NUMBER, BIRTH_DATE as DD-MON-YYYY), a Slate admissions export (Parent 1 First /
               Last / Email / Mobile), a financial-aid ISIR summary (student and parent SSNs and birth dates, CCYYMMDD), a
               satisfactory-academic-progress appeal mail (a hospital stay for depression), a disability resource centre
               intake record (docx: primary / secondary disability, medication), a Canvas gradebook export ("Last, First",
               SIS Login ID, the Points Possible row, the Test Student), a residence-hall roster xlsx under title rows
               (emergency contact and phone, a medical single), an official transcript PDF, a SEVIS I-20 batch export
               (Country of Citizenship, Passport Number: a Japanese and a Korean passport), a K-12 IEP (docx: disability
               category, parent / guardian); UK: a UCAS-like applicant export (Personal ID, Forenames, Fee Status, a
               disability code)
  University / school (JP)  学籍簿 xlsx under title rows (学籍番号, 保証人 氏名 / 住所 / 電話), 成績一覧 CSV (Shift_JIS, 担当教員),
               日本学生支援機構 奨学金 申請者一覧 xlsx (申請者 / 生計維持者 の個人番号, 振込口座), 留学生 在籍管理名簿 CSV (在留カード番号,
               旅券番号 of a Vietnamese and a Chinese student), 学生相談室 相談記録 docx (取扱注意 header; パニック障害で通院),
               入試 出願者データ CSV (保護者氏名 / 保護者電話), 中学校 保健調査票 xlsx (食物アレルギー, エピペン; 保護者)
  Staffing (US / UK)  a Greenhouse candidates export (Candidate Name, Recruiter, Coordinator), a Workday onboarding report
               xlsx (Legal Name - First Name, National ID / National ID Type USA-SSN as nine digits), a Lever opportunities
               JSON (emails / phones arrays, owner), a background-check report PDF (masked SSN, a licence number in the MVR,
               address history), an E-Verify case log (Document Type / Document Number: a U.S. passport, a driver's
               licence), a placement / timesheet export (DD Routing / DD Account), reference-check notes (the referee's
               contact, a candidate's chemotherapy), a résumé docx; UK: an agency worker registration xlsx (NI number,
               right-to-work document, sort code and account)
  Staffing (JP)  派遣元管理台帳 xlsx under title rows (基礎年金番号), JIS 履歴書 docx (満 N 歳, 学歴・職歴), 職務経歴書 Markdown,
               派遣スタッフ 登録情報 CSV (Shift_JIS: 健康状態, 振込先 口座番号), マイナンバー 収集台帳 xlsx (本人 / 配偶者), 外国人雇用
               在留カード 確認記録 CSV, 転職エージェント 候補者一覧 CSV (担当CA)
  Look-alikes  a course catalogue (instructors with office phones and e-mails, CRNs, a pathophysiology course on diabetes
               and cancer), a 時間割 (担当教員, 精神保健学), a room list (halls named after people, extensions), a job posting
               with the recruiter's contact and a benefits paragraph (medical, EAP for mental health), a 履歴書 記入例 (山田 太郎,
               090-0000-0000), a résumé template (JOHN DOE, 555-0100), a salary survey, a student-ID numbering guide (学籍番号
               体系, Banner ID ranges), the I-9 list of acceptable documents, a financial-aid award letter template with merge
               fields, a 奨学金 募集要項 (マイナンバー提出), a ハローワーク 求人票 (求人番号, 事業所番号, 加入保険)

    python3 bench/probes/gen31.py OUT [--seed N]      (tuning seed 31; check seed 3131, measured once before and once after)

Truth conventions (as the earlier rounds; the round's paragraph in README.md): a student, an applicant, a candidate, a
temp / 派遣スタッフ, a parent, a guardian / 保証人 / 生計維持者, an emergency contact, a spouse in a マイナンバー ledger and a
referee giving their own contact are truth people with their own values; staff named in their role (a recruiter, a
coordinator, an instructor / 担当教員, an advisor, a counsellor, a 担当CA, an approver, an investigator) are PERSON_NAME of the
item and no truth person, and the institution's own address, phone and hotline are optional; a student ID, Banner ID,
学籍番号, 受験番号, SEVIS ID, 在留カード番号, E-Verify case number, requisition, assignment or candidate id has no code (neither a
type nor a decoy where people are listed, a decoy for the number types where no one is); a foreign passport (Korean,
Vietnamese, Chinese, British) has no code, a Japanese passport is JP_PASSPORT and a U.S. one US_PASSPORT; an identity
document's number is typed by the document its row names; a masked SSN (XXX-XX-1234) has no code; the phone split into an
area and a number column is the person's PHONE_NUMBER; a disability, a diagnosis, a medication, an allergy, a hospital stay,
a treatment and a health condition recorded for a temp are HEALTH_INFO (a UCAS "no known disability" is not); a grade, a
GPA, pay and bill rates, salary and SAI have no code; a 基礎年金番号 is JP_PENSION_NUMBER; placeholders (山田 太郎, JOHN DOE,
090-0000-0000, {{FirstName}}) are decoys for the number types and optional for PERSON_NAME / DATE_OF_BIRTH /
POSTAL_ADDRESS / EMAIL_ADDRESS; a 取扱注意 header is JP_CHUI.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, P, jn, kn, csv_text, xlsx, docx, pdf, my_number, JP_GIVEN  # noqa: E402
from gen9 import eu_person  # noqa: E402
from gen12s import eml, half_kana, jp_pension  # noqa: E402
from gen_ids22 import jp_passport  # noqa: E402
from enlib import routing  # noqa: E402

SENSITIVE = {"HEALTH_INFO", "BIOMETRIC", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CREDENTIAL"}
MON3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
UNI = ("Whitmore State University", "1900 Commerce St, Tacoma, WA 98402", "(253) 555-0100", "wsu.example.edu")
AGENCY = ("Summit Talent Partners", "summittalent.example.com")
JUNI = ("東都学院大学", "toto-gakuin.example.ac.jp")
JAGENCY = "日本総合スタッフ株式会社"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=31)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe31education")
    R = W.rnd
    seen_ja = set()

    def jp(young=None):
        for _ in range(300):
            p = W.jp_person()
            if p.name in seen_ja:
                W.people.remove(p)
                continue
            seen_ja.add(p.name)
            if young:
                p.dob = dt.date(R.randint(*young), R.randint(1, 12), R.randint(1, 28))
            return p
        raise RuntimeError("no fresh name")

    def us(young=None):
        p = W.us_person()
        p.middle = R.choice(["Allen", "Marie", "J.", "Lee", "Anne", "R.", "James", "Louise"])
        if young:
            p.dob = dt.date(R.randint(*young), R.randint(1, 12), R.randint(1, 28))
        return p

    def kin_of(p, q, same_addr=True):
        q.family, q.kana_family = p.family, p.kana_family
        q.name = f"{q.family} {q.given}"
        while q.name in seen_ja:
            g = R.choice([x for x in JP_GIVEN if x[3] == q.sex_ja])
            q.given, q.kana_given, q.name = g[0], g[1], f"{q.family} {g[0]}"
        seen_ja.add(q.name)
        if same_addr:
            q.zip, q.addr_ja = p.zip, p.addr_ja

    def us_kin(p, q, same_addr=True):
        q.last = p.last
        q.name = f"{q.first} {q.last}"
        q.email = f"{q.first.lower()}.{q.last.lower()}{R.randint(10, 99)}@example.net"
        if same_addr:
            q.street, q.city, q.state, q.zip = p.street, p.city, p.state, p.zip

    def foreigner(cc, first, last, email_dom="example.com"):
        dob = dt.date(R.randint(2000, 2006), R.randint(1, 12), R.randint(1, 28))
        mob = f"{R.choice(['80', '90', '70'])}{R.randint(10 ** 7, 10 ** 8 - 1)}"
        p = P(id=W._pid(), region=cc, first=first, last=last, dob=dob, name=f"{first} {last}",
              phone_nat=f"0{mob[:2]}-{mob[2:6]}-{mob[6:]}", e164=f"+81{mob}",
              email=f"{first.split()[0].lower()}.{last.lower()}{R.randint(1, 99)}@{email_dom}", juris=["JP"])
        W._init(p)
        return p

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

    def ymd(x, sep="-"):
        return f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"

    def ja_date(x):
        return f"{x.year}年{x.month}月{x.day}日"

    def ua(p):
        return f"{p.street}, {p.city}, {p.state} {p.zip}"

    def age(x, on=dt.date(2026, 11, 1)):
        return on.year - x.year - ((on.month, on.day) < (x.month, x.day))

    def sid():
        return f"A00{R.randint(400000, 499999)}"

    def jacct():
        return f"{R.randint(1000000, 9999999)}"

    def wsu_mail(p):
        return f"{p.first[0].lower()}{p.last.lower()}{R.randint(1, 9)}@{UNI[3]}"

    U = [us((2001, 2007)) for _ in range(7)]                       # U0-U6 students / applicants
    U += [us((1962, 1978)) for _ in range(4)]                      # U7-U10 parents and an emergency contact
    U += [us((1965, 1980))]                                         # U11 emergency contact
    U += [us((2012, 2015)), us((1975, 1988))]                       # U12 child (IEP), U13 parent
    U += [us((1975, 2000)) for _ in range(6)]                      # U14-U19 candidates, temps, referee
    J = [jp((2004, 2007)) for _ in range(4)]                        # J0-J3 students
    J += [jp((1962, 1975)), jp((1962, 1975))]                      # J4 保証人 of J0, J5 生計維持者 of J1
    J += [jp((2007, 2008)), jp((1994, 2002)), jp((1968, 1980))]    # J6, J7 applicants, J8 保護者 of J6
    J += [jp((2011, 2013)), jp((1975, 1988))]                       # J9 pupil, J10 保護者
    J += [jp((1970, 2002)) for _ in range(7)]                      # J11-J17 staffing
    K = [W.uk_person() for _ in range(3)]
    E = [eu_person(W, "FR"), eu_person(W, "DE")]
    N = [foreigner("VN", "Van An", "NGUYEN", "example.vn"), foreigner("CN", "Yutong", "ZHANG", "example.cn"),
         foreigner("KR", "Minji", "PARK", "example.kr")]
    N[2].juris = ["US-WA"]
    kin_of(J[0], J[4], False)
    kin_of(J[1], J[5])
    kin_of(J[6], J[8])
    kin_of(J[9], J[10])
    kin_of(J[12], J[17])
    us_kin(U[5], U[7])
    us_kin(U[0], U[8])
    us_kin(U[1], U[9])
    us_kin(U[3], U[10], False)
    us_kin(U[12], U[13])
    K[0].dob = dt.date(R.randint(2005, 2007), R.randint(1, 12), R.randint(1, 28))
    E[0].dob = dt.date(R.randint(2005, 2007), R.randint(1, 12), R.randint(1, 28))
    for p in U[0:5]:
        p.sid, p.umail = sid(), wsu_mail(p)

    # ================================================================== UNIVERSITY (US)
    # Banner-like SIS extract
    d = W.doc("whitmore-state/registrar/banner/extracts/SZRSTDN_ACTIVE_202640.csv", "csv", "en")
    rows = [["SPRIDEN_ID", "SPRIDEN_LAST_NAME", "SPRIDEN_FIRST_NAME", "SPRIDEN_MI", "SPBPERS_BIRTH_DATE", "SPBPERS_SSN", "SPBPERS_SEX",
             "SPRADDR_STREET_LINE1", "SPRADDR_CITY", "SPRADDR_STAT_CODE", "SPRADDR_ZIP", "SPRTELE_PHONE_AREA", "SPRTELE_PHONE_NUMBER",
             "GOREMAL_EMAIL_ADDRESS", "SGBSTDN_LEVL_CODE", "SGBSTDN_MAJR_CODE_1", "SHRLGPA_GPA"]]
    for p in U[0:5]:
        ac, num = p.e164[2:5], p.e164[5:]
        bd = f"{p.dob.day:02d}-{MON3[p.dob.month - 1]}-{p.dob.year}"
        rows.append([p.sid, p.last.upper(), p.first.upper(), p.middle[0], bd, p.ssn.replace("-", ""), R.choice("MF"), p.street.upper(), p.city.upper(),
                     p.state, p.zip, ac, num, p.umail, "UG", R.choice(["BIOL", "CSCI", "NURS", "BUSA", "PSYC"]), f"{R.uniform(2.1, 3.98):.2f}"])
        add(d, p, ("PERSON_NAME", f"{p.first.upper()} {p.last.upper()}"), ("DATE_OF_BIRTH", bd), ("US_SSN", p.ssn.replace("-", "")),
            ("POSTAL_ADDRESS", p.street.upper()), ("PHONE_NUMBER", ac + num), ("EMAIL_ADDRESS", p.umail))
    put(d, csv_text(rows))

    # Slate admissions export
    d = W.doc("whitmore-state/admissions/slate/exports/fall2027_ea_applicants_20261030.csv", "csv", "en")
    rows = [["Ref", "First", "Last", "Preferred", "Birthdate", "Email", "Mobile", "Street", "City", "Region", "Postal", "Country", "Citizenship",
             "Parent 1 First", "Parent 1 Last", "Parent 1 Email", "Parent 1 Mobile", "Round", "Decision"]]
    for p, par in ((U[5], U[7]), (U[6], None)):
        rows.append([f"{R.randint(10 ** 8, 10 ** 9 - 1)}", p.first, p.last, "", ymd(p.dob), p.email, p.phone_nat, p.street, p.city, p.state, p.zip,
                     "United States", "US Citizen", par.first if par else "", par.last if par else "", par.email if par else "",
                     par.phone_nat if par else "", "Early Action", R.choice(["Admit", "Defer", "Pending"])])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", ymd(p.dob)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat),
            ("POSTAL_ADDRESS", p.street))
        if par:
            add(d, par, ("PERSON_NAME", f"{par.first} {par.last}"), ("EMAIL_ADDRESS", par.email), ("PHONE_NUMBER", par.phone_nat))
    put(d, csv_text(rows))

    # financial-aid ISIR summary
    d = W.doc("whitmore-state/financial-aid/isir/2027-28/isir_summary_batch_1104.csv", "csv", "en")
    rows = [["Student ID", "Award Year", "Student SSN", "Student Last Name", "Student First Name", "Student DOB", "Parent 1 SSN",
             "Parent 1 Last Name", "Parent 1 First Name", "Parent 1 DOB", "SAI", "Pell Eligible", "Dependency Status", "Verification Group"]]
    for p, par in ((U[0], U[8]), (U[1], U[9])):
        rows.append([p.sid, "2027-28", p.ssn.replace("-", ""), p.last.upper(), p.first.upper(), p.dob.strftime("%Y%m%d"), par.ssn.replace("-", ""),
                     par.last.upper(), par.first.upper(), par.dob.strftime("%Y%m%d"), str(R.randint(-1500, 9000)), R.choice(["Y", "N"]), "D",
                     R.choice(["V1", "V4", ""])])
        add(d, p, ("PERSON_NAME", f"{p.first.upper()} {p.last.upper()}"), ("US_SSN", p.ssn.replace("-", "")), ("DATE_OF_BIRTH", p.dob.strftime("%Y%m%d")))
        add(d, par, ("PERSON_NAME", f"{par.first.upper()} {par.last.upper()}"), ("US_SSN", par.ssn.replace("-", "")),
            ("DATE_OF_BIRTH", par.dob.strftime("%Y%m%d")))
    put(d, csv_text(rows))

    # SAP appeal mail
    p = U[1]
    adv = R.choice(["Dana Whitfield", "Marcus Lee"])
    d = W.doc(f"whitmore-state/financial-aid/mail/sap_appeals/{p.last.lower()}_{p.sid}.eml", "eml", "en")
    body = f"""Dear Financial Aid Appeals Committee,

I am writing to appeal the suspension of my financial aid for not meeting Satisfactory Academic Progress in Spring 2026.

In late February I was hospitalized for twelve days after a severe depressive episode, and I withdrew from two classes.
Since then I have been seeing a psychiatrist every two weeks and I am taking sertraline. My doctor's letter is attached.
This fall I am taking 12 credits and meeting with my academic advisor, {adv}, every month.

Thank you for considering my appeal.

{p.first} {p.middle} {p.last}
Student ID: {p.sid}
{p.phone_nat}
"""
    add(d, p, ("PERSON_NAME", f"{p.first} {p.middle} {p.last}"), ("EMAIL_ADDRESS", p.umail), ("PHONE_NUMBER", p.phone_nat),
        ("HEALTH_INFO", "hospitalized for twelve days after a severe depressive episode"))
    put_bytes(d, eml(f"{p.first} {p.last} <{p.umail}>", f"Financial Aid Appeals <finaid-appeals@{UNI[3]}>", "SAP appeal - Spring 2026", body,
                     "2026-09-08 22:41", tz=-7).as_bytes())

    # DRC intake record (docx)
    p = U[2]
    d = W.doc(f"whitmore-state/disability-resource-center/intake/{p.sid}_{p.last}_intake.docx", "docx", "en")
    tbl = [["Student name", f"{p.first} {p.last}"], ["Student ID", p.sid], ["Date of birth", mdy(p.dob)], ["Phone", p.phone_nat],
           ["Email", p.umail], ["Primary disability", "ADHD, combined presentation"], ["Secondary disability", "Generalized anxiety disorder"],
           ["Current medication", "Methylphenidate ER 36 mg daily"], ["Documentation", "Psychoeducational evaluation, 2024"],
           ["Approved accommodations", "Extended time (1.5x) on exams; reduced-distraction testing room; note-taking support"],
           ["Access specialist", R.choice(["Kim Osei", "Laura Beckett"])]]
    add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.umail),
        ("HEALTH_INFO", "ADHD, combined presentation"))
    docx(W.path(d), ["Whitmore State University - Disability Resource Center", "Student Intake Record"], table=tbl)

    # Canvas gradebook export
    d = W.doc("whitmore-state/canvas/exports/2026-10-30T1412_Grades-BIOL_221_01.csv", "csv", "en")
    rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Lab 1 (81234)", "Lab 2 (81235)", "Midterm 1 (81240)",
             "Current Score", "Unposted Current Score", "Final Score"],
            ["    Points Possible", "", "", "", "", "10.00", "10.00", "100.00", "(read only)", "(read only)", "(read only)"]]
    for p in (U[0], U[2], U[3]):
        rows.append([f"{p.last}, {p.first}", str(R.randint(10000, 99999)), p.sid, p.umail, "BIOL 221 01", f"{R.randint(5, 10)}.00",
                     f"{R.randint(5, 10)}.00", f"{R.randint(55, 99)}.00", f"{R.uniform(60, 98):.2f}", f"{R.uniform(60, 98):.2f}", f"{R.uniform(60, 98):.2f}"])
        add(d, p, ("PERSON_NAME", f"{p.last}, {p.first}"), ("EMAIL_ADDRESS", p.umail))
    rows.append(["Student, Test", str(R.randint(10000, 99999)), "", "", "BIOL 221 01", "", "", "", "", "", ""])
    put(d, csv_text(rows))

    # residence-hall roster (xlsx)
    d = W.doc("whitmore-state/housing/rosters/Fall2026_Halvorsen_Hall_roster.xlsx", "xlsx", "en")
    rows = [["Whitmore State University - Housing & Residence Life"], ["Hall roster: Halvorsen Hall   Term: Fall 2026   Run: 10/28/2026"], [],
            ["Room", "Bed", "Student ID", "Last Name", "First Name", "Cell Phone", "Email", "Emergency Contact", "Relationship", "Emergency Phone",
             "Meal Plan", "Notes"]]
    for p, ec, rel in ((U[3], U[10], "Mother"), (U[4], U[11], "Aunt")):
        note = "" if p is U[3] else "Medical single - type 1 diabetes, insulin pump (DRC approved)"
        rows.append([f"{R.randint(1, 4)}{R.randint(10, 40)}", R.choice("AB"), p.sid, p.last, p.first, p.phone_nat, p.umail, f"{ec.first} {ec.last}", rel,
                     ec.phone_nat, R.choice(["Gold 14", "Silver 10"]), note])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.umail))
        add(d, ec, ("PERSON_NAME", f"{ec.first} {ec.last}"), ("PHONE_NUMBER", ec.phone_nat))
    add(d, U[4], ("HEALTH_INFO", "type 1 diabetes, insulin pump"))
    xlsx(W.path(d), {"Roster": rows})

    # official transcript (PDF)
    p = U[4]
    d = W.doc(f"whitmore-state/registrar/transcripts/official/{p.sid}_{p.last}.pdf", "pdf", "en")
    pg = ["WHITMORE STATE UNIVERSITY - OFFICE OF THE REGISTRAR", "OFFICIAL ACADEMIC TRANSCRIPT", "",
          f"Name: {p.last}, {p.first} {p.middle}", f"Student ID: {p.sid}     Date of Birth: {mdy(p.dob)}", f"Address: {ua(p)}", "",
          "Fall 2025", "  BIOL 121  Intro to Cell Biology       5.0  A-", "  CHEM 141  General Chemistry I         5.0  B+",
          "  ENGL 101  Composition                 5.0  A", "Spring 2026", "  BIOL 122  Intro to Organismal Bio    5.0  B",
          "  MATH 151  Calculus I                  5.0  B+", "", "Cumulative GPA: 3.41    Credits earned: 25.0",
          f"Issued 10/30/2026. This transcript is not valid without the Registrar's seal. {UNI[1]}"]
    add(d, p, ("PERSON_NAME", f"{p.last}, {p.first} {p.middle}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("POSTAL_ADDRESS", ua(p)))
    d.opt_type("PHONE_NUMBER")
    pdf(W.path(d), [pg])

    # SEVIS I-20 batch export
    J[15].pp = jp_passport(R)
    N[2].pp = f"M{R.randint(10 ** 7, 10 ** 8 - 1)}"
    for p in (J[15], N[2]):
        p.us_addr = f"{R.randint(100, 3999)} {R.choice(['N Proctor St', 'S Union Ave', 'Pacific Ave'])}, Tacoma, WA 984{R.randint(0, 4)}{R.randint(1, 9)}"
        p.us_phone = f"(253) {R.randint(201, 989)}-{R.randint(1000, 9999)}"
    d = W.doc("whitmore-state/international-office/sevis/batch/I20_update_20261015.csv", "csv", "en")
    rows = [["SEVIS ID", "Surname/Primary Name", "Given Name", "Birth Date", "Gender", "Country of Birth", "Country of Citizenship", "Passport Number",
             "Email", "U.S. Phone", "U.S. Address", "Program Start", "Program End", "DSO"]]
    for p, ctry, given, fam in ((J[15], "JAPAN", J[15].romaji.split()[0], J[15].romaji.split()[1]), (N[2], "SOUTH KOREA", N[2].first, N[2].last)):
        em = p.email if p is N[2] else f"{given.lower()}.{fam.lower()}@example.jp"
        p.sev_email = em
        rows.append([f"N00{R.randint(10 ** 7, 10 ** 8 - 1)}", fam.upper(), given.upper(), ymd(p.dob), R.choice("MF"), ctry, ctry, p.pp, em, p.us_phone,
                     p.us_addr, "2026-08-20", "2030-06-12", R.choice(["Ruth Abernathy", "Tom Quintero"])])
        add(d, p, ("PERSON_NAME", f"{given.upper()} {fam.upper()}"), ("DATE_OF_BIRTH", ymd(p.dob)), ("EMAIL_ADDRESS", em),
            ("POSTAL_ADDRESS", p.us_addr))
        d.add(None, "PHONE_NUMBER", p.us_phone)   # a U.S. number the person's other items do not give
    add(d, J[15], ("JP_PASSPORT", J[15].pp))
    put(d, csv_text(rows))

    # K-12 IEP (docx)
    ch, par = U[12], U[13]
    d = W.doc(f"tacoma-unified-sd/special-education/iep/2026-27/IEP_{ch.last}_{ch.first}.docx", "docx", "en")
    tbl = [["Student", f"{ch.first} {ch.last}"], ["Date of birth", mdy(ch.dob)], ["Grade", str(2026 - ch.dob.year - 6)], ["School", "Lincoln Heights Elementary"],
           ["Parent/Guardian", f"{par.first} {par.last}"], ["Parent phone", par.phone_nat], ["Parent email", par.email], ["Home address", ua(par)],
           ["Eligibility category", "Other Health Impairment (ADHD); Specific Learning Disability (reading)"],
           ["Present levels", "Reads at a 2nd-grade level; attention difficulties documented by his pediatrician; takes guanfacine at home."],
           ["Case manager", R.choice(["Ms. Carla Jennings", "Mr. Ben Ortiz"])]]
    add(d, ch, ("PERSON_NAME", f"{ch.first} {ch.last}"), ("DATE_OF_BIRTH", mdy(ch.dob)), ("POSTAL_ADDRESS", ua(par)),
        ("HEALTH_INFO", "Other Health Impairment (ADHD)"))
    add(d, par, ("PERSON_NAME", f"{par.first} {par.last}"), ("PHONE_NUMBER", par.phone_nat), ("EMAIL_ADDRESS", par.email), ("POSTAL_ADDRESS", ua(par)))
    docx(W.path(d), ["Tacoma Unified School District - Individualized Education Program (IEP)", "Annual review: 10/14/2026"], table=tbl)

    # UK: UCAS-like applicant export
    d = W.doc("northbridge-university/admissions/ucas/applicants_2027_entry_extract.csv", "csv", "en")
    rows = [["Personal ID", "Application Code", "Title", "Forenames", "Surname", "Date of Birth", "Email", "Telephone", "Address Line 1",
             "Address Line 2", "Postcode", "Country", "Fee Status", "Nationality", "Disability"]]
    fr = E[0]
    rows.append([f"{R.randint(10 ** 9, 10 ** 10 - 1)}", "C100", "Mx", K[0].first, K[0].last, K[0].dob.strftime("%d/%m/%Y"), K[0].email, K[0].phone_nat,
                 K[0].addr_lines[0], K[0].addr_lines[1], K[0].addr_lines[2], "United Kingdom", "Home", "UK national",
                 "Mental health condition, such as depression, schizophrenia or anxiety disorder"])
    rows.append([f"{R.randint(10 ** 9, 10 ** 10 - 1)}", "L100", "Ms" if fr.first in ("Camille", "Élodie", "Inès") else "Mr", fr.first, fr.last,
                 fr.dob.strftime("%d/%m/%Y"), fr.email, fr.phone_nat, fr.street, f"{fr.plz} {fr.city}", "", "France", "Overseas", "French",
                 "No disability"])
    add(d, K[0], ("PERSON_NAME", f"{K[0].first} {K[0].last}"), ("DATE_OF_BIRTH", K[0].dob.strftime("%d/%m/%Y")), ("EMAIL_ADDRESS", K[0].email),
        ("PHONE_NUMBER", K[0].phone_nat), ("POSTAL_ADDRESS", K[0].addr_lines[0]), ("HEALTH_INFO", "Mental health condition"))
    add(d, fr, ("PERSON_NAME", f"{fr.first} {fr.last}"), ("DATE_OF_BIRTH", fr.dob.strftime("%d/%m/%Y")), ("EMAIL_ADDRESS", fr.email),
        ("PHONE_NUMBER", fr.phone_nat), ("POSTAL_ADDRESS", fr.street))
    put(d, csv_text(rows))

    # ================================================================== UNIVERSITY / SCHOOL (JP)
    for i, p in enumerate(J[0:4]):
        p.gno = f"26E{R.randint(1000, 1450)}"
        p.umail = f"e{p.gno.lower()}@st.{JUNI[1]}"
    # 学籍簿 (xlsx)
    d = W.doc(f"{JUNI[0]}/教務課/学籍/学籍簿_2026年度_経済学部.xlsx", "xlsx", "ja")
    rows = [[f"{JUNI[0]}　学籍簿（2026年度入学　経済学部）"], ["出力日：2026/10/20", "", "", "出力者：教務課"], [],
            ["学籍番号", "氏名", "フリガナ", "性別", "生年月日", "現住所", "電話番号", "大学メール", "保証人氏名", "続柄", "保証人住所", "保証人電話"]]
    for p in J[0:4]:
        g = {0: J[4], 1: J[5]}.get(J.index(p))
        rows.append([p.gno, jn(p, "　"), kn(p, "　"), p.sex_ja, ymd(p.dob, "/"), f"〒{p.zip} {p.addr_ja}", p.phone_nat, p.umail,
                     jn(g, "　") if g else "（届出未提出）", ("父" if g.sex_ja == "男" else "母") if g else "", f"〒{g.zip} {g.addr_ja}" if g else "",
                     g.phone_nat if g else ""])
        add(d, p, ("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.umail))
        if g:
            add(d, g, ("PERSON_NAME", jn(g, "　")), ("POSTAL_ADDRESS", g.addr_ja), ("PHONE_NUMBER", g.phone_nat))
    xlsx(W.path(d), {"学籍簿": rows})

    # 成績一覧 (Shift_JIS CSV)
    d = W.doc(f"{JUNI[0]}/教務課/成績/2026前期_成績一覧_経済学部1年.csv", "csv", "ja")
    rows = [["学籍番号", "氏名", "科目コード", "科目名", "担当教員", "評価", "単位"]]
    for p in J[0:4]:
        for code, subj, t in R.sample([("EC101", "ミクロ経済学入門", "大野 健一"), ("EC102", "統計学基礎", "松井 沙織"), ("LA110", "英語IA", "ブラウン, J."),
                                       ("EC120", "簿記原理", "高田 誠")], 2):
            rows.append([p.gno, jn(p), code, subj, t, R.choice(["秀", "優", "良", "可", "不可"]), "2"])
        add(d, p, ("PERSON_NAME", jn(p)))
    put_bytes(d, csv_text(rows).encode("cp932"))

    # JASSO 奨学金 申請者一覧 (xlsx)
    d = W.doc(f"{JUNI[0]}/学生支援課/奨学金/日本学生支援機構_貸与_申請者一覧_2026秋.xlsx", "xlsx", "ja")
    rows = [["日本学生支援機構奨学金（貸与型）申請者一覧", "", "", "", "学生支援課"], [],
            ["受付番号", "学籍番号", "申請者氏名", "生年月日", "申請者個人番号", "生計維持者1 氏名", "続柄", "生計維持者1 個人番号", "世帯年収（万円）",
             "振込先金融機関", "支店", "種目", "口座番号"]]
    J[1].mn, J[5].mn, J[2].mn = my_number(R, ""), my_number(R, ""), my_number(R, "")
    J[1].acct, J[2].acct = jacct(), jacct()
    for p, g in ((J[1], J[5]), (J[2], None)):
        rows.append([f"R8-{R.randint(1000, 9999)}", p.gno, jn(p), ja_date(p.dob), p.mn, jn(g) if g else "（独立生計者）", ("父" if g.sex_ja == "男" else "母") if g else "",
                     g.mn if g else "", str(R.randint(250, 680)), R.choice(["ゆうちょ銀行", "みずほ銀行", "横浜銀行"]), R.choice(["〇一八店", "渋谷支店", "本店営業部"]),
                     "普通", p.acct])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ja_date(p.dob)), ("JP_MY_NUMBER", p.mn), ("BANK_ACCOUNT", p.acct))
        if g:
            add(d, g, ("PERSON_NAME", jn(g)), ("JP_MY_NUMBER", g.mn))
    xlsx(W.path(d), {"申請者": rows})

    # 留学生 在籍管理名簿 (CSV)
    d = W.doc(f"{JUNI[0]}/国際交流センター/留学生在籍管理名簿_2026後期.csv", "csv", "ja")
    rows = [["学籍番号", "国籍", "氏名（英字）", "生年月日", "在留カード番号", "在留資格", "在留期間満了日", "旅券番号", "資格外活動許可", "携帯電話", "メール"]]
    N[0].rc = f"{R.choice(['AB', 'CD', 'EF'])}{R.randint(10 ** 7, 10 ** 8 - 1)}{R.choice(['FA', 'GB', 'HC'])}"
    N[1].rc = f"{R.choice(['AB', 'CD', 'EF'])}{R.randint(10 ** 7, 10 ** 8 - 1)}{R.choice(['FA', 'GB', 'HC'])}"
    N[0].pp = f"C{R.randint(10 ** 6, 10 ** 7 - 1)}"
    N[1].pp = f"E{R.randint(10 ** 7, 10 ** 8 - 1)}"
    for p, ctry in ((N[0], "ベトナム"), (N[1], "中国")):
        rows.append([f"25R{R.randint(100, 999)}", ctry, f"{p.last} {p.first.upper()}", ymd(p.dob, "/"), p.rc, "留学", f"2028/0{R.randint(1, 9)}/{R.randint(10, 28)}",
                     p.pp, "有（週28時間以内）", p.phone_nat, p.email])
        add(d, p, ("PERSON_NAME", f"{p.last} {p.first.upper()}"), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email))
    put(d, csv_text(rows))

    # 学生相談室 相談記録 (docx, 取扱注意)
    p = J[3]
    d = W.doc(f"{JUNI[0]}/学生相談室/相談記録/2026/{p.gno}_相談記録.docx", "docx", "ja")
    tbl = [["学籍番号", p.gno], ["氏名", jn(p)], ["学部・学年", "経済学部 1年"], ["連絡先", p.phone_nat], ["相談日", "2026年10月9日（第3回）"],
           ["主訴", "授業中に動悸と息苦しさが起きる。5月からパニック障害で心療内科に通院中、抗不安薬を服用。"],
           ["経過・対応", "試験は別室受験を希望。保健管理センターと連携し、担当教員へ配慮依頼を行う。"], ["担当カウンセラー", R.choice(["臨床心理士 井口", "公認心理師 森田"])]]
    add(d, p, ("PERSON_NAME", jn(p)), ("PHONE_NUMBER", p.phone_nat), ("HEALTH_INFO", "パニック障害で心療内科に通院中"))
    d.mark("JP_CHUI")
    docx(W.path(d), [f"{JUNI[0]} 学生相談室", "相談記録票"], header="取扱注意", table=tbl)

    # 入試 出願者データ (CSV)
    d = W.doc(f"{JUNI[0]}/入試課/出願データ/2027一般選抜_出願者_20261101.csv", "csv", "ja")
    rows = [["受験番号", "氏名", "フリガナ", "生年月日", "性別", "出身高校", "郵便番号", "住所", "電話番号", "メールアドレス", "保護者氏名", "保護者電話", "入試区分"]]
    for p, g, kind in ((J[6], J[8], "一般選抜（前期）"), (J[7], None, "社会人選抜")):
        rows.append([f"{R.randint(10000, 39999)}", jn(p), kn(p), ymd(p.dob, "/"), p.sex_ja, R.choice(["県立浦和高等学校", "私立栄光学園高等学校", "都立西高等学校"]),
                     p.zip, p.addr_ja, p.phone_nat, p.email, jn(g) if g else "", g.phone_nat if g else "", kind])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email))
        if g:
            add(d, g, ("PERSON_NAME", jn(g)), ("PHONE_NUMBER", g.phone_nat))
    put(d, csv_text(rows))

    # 中学校 保健調査票 (xlsx)
    c, g = J[9], J[10]
    d = W.doc(f"市立桜ヶ丘中学校/保健室/保健調査票_2026_{c.family}.xlsx", "xlsx", "ja")
    rows = [["令和8年度　保健調査票", "", "市立桜ヶ丘中学校"], [], ["生徒氏名", jn(c), "ふりがな", kn(c)], ["生年月日", ja_date(c.dob), "学年・組", "2年3組"],
            ["住所", f"〒{c.zip} {c.addr_ja}"], ["保護者氏名", jn(g), "緊急連絡先", g.phone_nat], ["保護者メール", g.email],
            ["アレルギー", "食物アレルギー（卵・えび）。アナフィラキシー既往あり、エピペン所持"], ["既往歴", "小児喘息（小学3年まで）"], ["かかりつけ医", "さくら小児科クリニック"]]
    add(d, c, ("PERSON_NAME", jn(c)), ("DATE_OF_BIRTH", ja_date(c.dob)), ("POSTAL_ADDRESS", c.addr_ja), ("HEALTH_INFO", "食物アレルギー（卵・えび）"))
    add(d, g, ("PERSON_NAME", jn(g)), ("PHONE_NUMBER", g.phone_nat), ("EMAIL_ADDRESS", g.email))
    xlsx(W.path(d), {"保健調査票": rows})

    # ================================================================== STAFFING (US / UK)
    recruiters = ["Alyssa Moreno", "Jordan Pike", "Sam Whitcomb"]
    cands = [U[14], U[15], U[16], U[17], E[1]]
    # Greenhouse candidates export
    d = W.doc("summit-talent/greenhouse/exports/candidates_export_2026-10-31.csv", "csv", "en")
    rows = [["Candidate ID", "Candidate Name", "Email", "Phone", "Location", "Job", "Job ID", "Current Stage", "Source", "Recruiter", "Coordinator",
             "Application Date", "Status"]]
    for p in cands:
        loc = f"{p.city}, {p.state}" if hasattr(p, "state") else f"{p.city}, Germany"
        rows.append([str(R.randint(10 ** 8, 10 ** 9 - 1)), f"{p.first} {p.last}", p.email, p.phone_nat, loc,
                     R.choice(["Warehouse Supervisor", "Senior Accountant", "RN - Med/Surg (Travel)", "Data Engineer"]), str(R.randint(4000000, 4999999)),
                     R.choice(["Application Review", "Phone Screen", "Offer", "Hired"]), R.choice(["LinkedIn", "Indeed", "Referral", "Company website"]),
                     R.choice(recruiters), R.choice(["Tess Hammond", "Ravi Patel"]), f"2026-{R.randint(8, 10):02d}-{R.randint(1, 28):02d}", "Active"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat))
    put(d, csv_text(rows))

    # Workday onboarding report (xlsx)
    d = W.doc("summit-talent/workday/reports/Onboarding_Ready_for_Hire_2026-11-02.xlsx", "xlsx", "en")
    rows = [["Onboarding - Ready for Hire"], ["Run by: Tess Hammond   11/02/2026 07:14 AM"], [],
            ["Candidate", "Legal Name - First Name", "Legal Name - Last Name", "Date of Birth", "National ID", "National ID Type", "Home Address - Full",
             "Personal Email", "Home Phone", "Job Requisition", "Hire Date"]]
    for p in (U[15], U[16]):
        rows.append([f"{p.first} {p.last} (C{R.randint(100000, 999999)})", p.first, p.last, mdy(p.dob), p.ssn.replace("-", ""), "USA-SSN",
                     f"{p.street}\n{p.city}, {p.state} {p.zip}\nUnited States of America", p.email, p.phone_nat,
                     f"R-2026-0{R.randint(1000, 9999)} {R.choice(['Warehouse Supervisor', 'Senior Accountant'])}", "11/16/2026"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("US_SSN", p.ssn.replace("-", "")), ("POSTAL_ADDRESS", p.street),
            ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat))
    xlsx(W.path(d), {"Ready for Hire": rows})

    # Lever opportunities JSON
    d = W.doc("summit-talent/lever/export/opportunities_page_3.json", "json", "en")
    recs = []
    for p in (U[17], U[18], E[1]):
        loc = f"{p.city}, {p.state}" if hasattr(p, "state") else f"{p.city}, Germany"
        ph = p.phone_intl if hasattr(p, "phone_intl") else p.phone_nat
        owner = R.choice(recruiters)
        recs.append({"id": f"{R.randint(10 ** 7, 10 ** 8 - 1):x}-{R.randint(1000, 9999)}-4{R.randint(100, 999)}", "name": f"{p.first} {p.last}",
                     "headline": R.choice(["Senior Data Engineer at Fabrikam", "Staff Accountant", "Travel RN, Med/Surg"]),
                     "stage": R.choice(["applicant-new", "recruiter-screen", "on-site", "offer"]), "location": loc,
                     "emails": [p.email], "phones": [{"type": "mobile", "value": ph}],
                     "links": [f"https://www.linkedin.com/in/{p.first.lower()}-{p.last.lower()}-{R.randint(100, 999)}"],
                     "tags": ["Referral", "2026 Q4"], "sources": ["LinkedIn"], "origin": "sourced",
                     "owner": {"name": owner, "email": f"{owner.split()[0].lower()}@{AGENCY[1]}"}, "createdAt": 1793000000000 + R.randint(0, 10 ** 9)})
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", ph))
    put(d, json.dumps({"data": recs, "hasNext": False}, indent=2, ensure_ascii=False) + "\n")

    # background-check report (PDF)
    p = U[16]
    prev = f"{R.randint(100, 9899)} {R.choice(['Fremont Ave N', 'SE Division St', 'Juniper Ln'])}, {R.choice(['Spokane, WA 99201', 'Boise, ID 83702'])}"
    d = W.doc(f"summit-talent/background-checks/2026/{p.last}_{p.first}_report_{R.randint(10 ** 5, 10 ** 6 - 1)}.pdf", "pdf", "en")
    pg = ["BACKGROUND SCREENING REPORT - CONSUMER REPORT (FCRA)", f"Requested by: {AGENCY[0]}    Package: Standard + MVR    Completed: 10/29/2026", "",
          f"Candidate: {p.first} {p.middle} {p.last}", f"Date of Birth: {mdy(p.dob)}     SSN: XXX-XX-{p.ssn[-4:]}", f"Email: {p.email}", "",
          "SSN TRACE - ADDRESS HISTORY", f"  {ua(p)}   (03/2022 - present)", f"  {prev}   (06/2017 - 02/2022)", "",
          "COUNTY CRIMINAL SEARCH (7 years): Pierce County, WA - CLEAR", "NATIONAL SEX OFFENDER REGISTRY - CLEAR", "",
          "MOTOR VEHICLE REPORT", f"  License Number: {p.dl}    State: {p.state}    Class: C    Status: VALID    Expires: 0{R.randint(1, 9)}/2029",
          "  Violations: 05/2024 Speeding 11-15 over (paid)", "", "Adjudication: ELIGIBLE"]
    add(d, p, ("PERSON_NAME", f"{p.first} {p.middle} {p.last}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", ua(p)),
        ("US_DRIVERS_LICENSE", p.dl))
    pdf(W.path(d), [pg])

    # E-Verify case log
    d = W.doc("summit-talent/compliance/e-verify/case_log_2026Q4.csv", "csv", "en")
    rows = [["Case Number", "Case Created", "Employee Last Name", "Employee First Name", "SSN", "Date of Birth", "Citizenship Status", "Document Type",
             "Document Number", "Document Expiration", "Case Result", "Created By"]]
    U[15].pp = f"{R.randint(500000000, 599999999)}"
    U[18].pp = f"{R.choice('ACEFGHJKLMN')}{R.randint(10 ** 7, 10 ** 8 - 1)}"
    for p, kind, num, code in ((U[15], "U.S. Passport", U[15].pp, "US_PASSPORT"), (U[16], f"Driver's License ({U[16].state})", U[16].dl, "US_DRIVERS_LICENSE"),
                               (U[18], "U.S. Passport", U[18].pp, "US_PASSPORT")):
        rows.append([f"2026{R.randint(300, 330)}{R.randint(10 ** 6, 10 ** 7 - 1)}{R.choice(['AB', 'QX', 'LT'])}", f"11/0{R.randint(1, 4)}/2026", p.last, p.first,
                     p.ssn, mdy(p.dob), "A citizen of the United States", kind, num, f"0{R.randint(1, 9)}/1{R.randint(0, 9)}/203{R.randint(0, 5)}",
                     "Employment Authorized", "THAMMOND"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("US_SSN", p.ssn), ("DATE_OF_BIRTH", mdy(p.dob)), (code, num))
    put(d, csv_text(rows))

    # placement / timesheet export
    d = W.doc("summit-talent/payroll/timesheets/approved_timesheets_we_2026-10-25.csv", "csv", "en")
    rows = [["Assignment ID", "Associate ID", "Associate Name", "Client", "Job Title", "Week Ending", "Reg Hours", "OT Hours", "Pay Rate", "Bill Rate",
             "Pay Method", "DD Routing", "DD Account", "Approver"]]
    for p in (U[15], U[18]):
        p.acct = f"{R.randint(10, 99)}{R.randint(10 ** 7, 10 ** 8 - 1)}"
        rows.append([f"ASN-{R.randint(10 ** 5, 10 ** 6 - 1)}", f"{R.randint(100000, 999999)}", f"{p.last}, {p.first}",
                     R.choice(["Pacific Cold Storage LLC", "MultiCare Tacoma General", "Brightline Logistics"]), R.choice(["Warehouse Supervisor", "Travel RN"]),
                     "10/25/2026", "40.00", f"{R.randint(0, 12)}.00", f"{R.randint(24, 68)}.50", f"{R.randint(36, 99)}.75", "Direct Deposit", routing(R), p.acct,
                     R.choice(["Greg Lindholm", "Patrice Okoro"])])
        add(d, p, ("PERSON_NAME", f"{p.last}, {p.first}"), ("BANK_ACCOUNT", p.acct))
    put(d, csv_text(rows))

    # reference-check notes
    c, ref = U[17], U[19]
    d = W.doc(f"summit-talent/reference-checks/{c.last}_{c.first}_refcheck.txt", "txt", "en")
    txt = f"""REFERENCE CHECK - {c.first} {c.last} (Candidate ID {R.randint(10 ** 8, 10 ** 9 - 1)})
Position: Senior Accountant (client: Brightline Logistics)      Checked by: {R.choice(recruiters)}      Date: 10/27/2026

Reference: {ref.first} {ref.last}, Controller, Fabrikam Northwest (former manager, 2019-2025)
Phone: {ref.phone_nat}      Email: {ref.email}

Q: Dates and title confirmed?  A: Yes, staff accountant then senior accountant.
Q: Strengths?  A: Very accurate, owned the month-end close, trained two new hires.
Q: Attendance / reliability?  A: Excellent. She was out for about three months in 2024 for chemotherapy (breast cancer) and
still closed Q3 remotely. No issues since she came back.
Q: Would you rehire?  A: Without hesitation.
"""
    add(d, c, ("PERSON_NAME", f"{c.first} {c.last}"), ("HEALTH_INFO", "out for about three months in 2024 for chemotherapy (breast cancer)"))
    add(d, ref, ("PERSON_NAME", f"{ref.first} {ref.last}"), ("PHONE_NUMBER", ref.phone_nat), ("EMAIL_ADDRESS", ref.email))
    put(d, txt)

    # résumé (docx)
    p = U[18]
    d = W.doc(f"summit-talent/resumes/{p.first}_{p.last}_Resume_2026.docx", "docx", "en")
    paras = [f"{p.first.upper()} {p.last.upper()}", f"{ua(p)}  |  {p.phone_nat}  |  {p.email}", "", "PROFESSIONAL SUMMARY",
             "Registered nurse with eight years in medical-surgical and telemetry units; compact-state licence.", "", "EXPERIENCE",
             "MultiCare Tacoma General - Staff RN, Med/Surg (2020 - present)", "St. Joseph Medical Center - RN, Telemetry (2017 - 2020)", "",
             "EDUCATION", "BSN, University of Washington Tacoma, 2017", "", "REFERENCES", "Available on request"]
    add(d, p, ("PERSON_NAME", f"{p.first.upper()} {p.last.upper()}"), ("POSTAL_ADDRESS", ua(p)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email))
    docx(W.path(d), paras)

    # UK agency worker registration (xlsx)
    d = W.doc("summit-talent/uk/registrations/agency_workers_register_Leeds_Oct2026.xlsx", "xlsx", "en")
    rows = [["Summit Talent Partners UK Ltd - Agency Worker Register (Leeds branch)"], [],
            ["Worker ID", "Title", "First Name", "Surname", "DOB", "NI Number", "Right to Work Doc", "Doc Number", "Doc Expiry", "Mobile", "Email", "Address",
             "Postcode", "Sort Code", "Account Number", "Consultant"]]
    for p in K:
        rows.append([f"LDS{R.randint(10000, 99999)}", R.choice(["Mr", "Ms", "Mx"]), p.first, p.last, p.dob.strftime("%d/%m/%Y"), p.nino, "British passport",
                     f"{R.randint(100000000, 999999999)}", f"{R.randint(1, 28):02d}/0{R.randint(1, 9)}/203{R.randint(0, 5)}", p.phone_nat, p.email,
                     f"{p.addr_lines[0]}, {p.addr_lines[1]}", p.addr_lines[2], f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}", p.acct,
                     R.choice(["Hannah Drury", "Kieran Walsh"])])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", p.dob.strftime("%d/%m/%Y")), ("UK_NINO", p.nino), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", p.addr_lines[0]), ("BANK_ACCOUNT", p.acct))
    xlsx(W.path(d), {"Register": rows})

    # ================================================================== STAFFING (JP)
    # 派遣元管理台帳 (xlsx)
    d = W.doc(f"{JAGENCY}/派遣事業部/管理台帳/派遣元管理台帳_2026年10月.xlsx", "xlsx", "ja")
    rows = [["派遣元管理台帳", "", "", "", f"{JAGENCY}（派13-123456）"], ["作成日：2026年10月31日", "", "", "", "派遣元責任者：人材事業部 部長 岡本 修"], [],
            ["派遣労働者氏名", "性別", "生年月日", "無期／有期", "派遣先名称", "就業場所", "業務内容", "派遣期間", "健康保険", "厚生年金", "雇用保険", "基礎年金番号",
             "派遣先責任者"]]
    for p in J[11:14]:
        p.pension = jp_pension(R)
        rows.append([jn(p, "　"), p.sex_ja, ja_date(p.dob), R.choice(["有期", "無期"]), R.choice(["株式会社東洋精機", "三和物流株式会社", "中部電装株式会社"]),
                     R.choice(["本社 経理部", "川崎物流センター", "名古屋工場"]), R.choice(["一般事務（5号）", "物流管理", "製造ライン検査"]),
                     "2026/10/01～2027/03/31", "加入", "加入", "加入", p.pension, R.choice(["総務部 課長 小林 剛", "人事課 主任 竹内 由美"])])
        add(d, p, ("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", ja_date(p.dob)), ("JP_PENSION_NUMBER", p.pension))
    xlsx(W.path(d), {"台帳": rows})

    # JIS 履歴書 (docx)
    p = J[14]
    d = W.doc(f"{JAGENCY}/登録センター/応募書類/履歴書_{p.family}{p.given}.docx", "docx", "ja")
    tbl = [["ふりがな", f"{p.kana_family}　{p.kana_given}"], ["氏名", jn(p, "　")], ["生年月日", f"{p.wareki_dob()}生（満 {age(p.dob)} 歳）"],
           ["現住所", f"〒{p.zip}　{p.addr_ja}"], ["電話", p.phone_nat], ["E-mail", p.email], ["連絡先", "同上"],
           ["年", "月", "学歴・職歴"], [str(p.dob.year + 18), "4", "東都学院大学 経済学部 入学"], [str(p.dob.year + 22), "3", "東都学院大学 経済学部 卒業"],
           [str(p.dob.year + 22), "4", "三和物流株式会社 入社（経理部）"], ["", "", "現在に至る"], ["免許・資格", "普通自動車第一種運転免許、日商簿記検定2級"],
           ["本人希望記入欄", "貴社の規定に従います。"]]
    add(d, p, ("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", p.wareki_dob()), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
        ("EMAIL_ADDRESS", p.email))
    docx(W.path(d), ["履　歴　書", "2026年10月20日現在"], table=tbl)

    # 職務経歴書 (Markdown)
    d = W.doc(f"{JAGENCY}/登録センター/応募書類/職務経歴書_{p.family}{p.given}.md", "md", "ja")
    txt = f"""# 職務経歴書

2026年10月20日現在
氏名：{jn(p)}
連絡先：{p.email}

## 職務要約
大学卒業後、三和物流株式会社の経理部で月次・年次決算、売掛金管理を担当。

## 職務経歴
| 期間 | 会社 | 業務 |
|---|---|---|
| {p.dob.year + 22}年4月～現在 | 三和物流株式会社 | 経理（月次決算、連結パッケージ作成） |

## 資格
日商簿記検定2級
"""
    add(d, p, ("PERSON_NAME", jn(p)), ("EMAIL_ADDRESS", p.email))
    put(d, txt)

    # 派遣スタッフ 登録情報 (Shift_JIS CSV)
    d = W.doc(f"{JAGENCY}/登録センター/スタッフ登録情報_20261031.csv", "csv", "ja")
    rows = [["スタッフコード", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "携帯電話", "メールアドレス", "最寄駅", "希望職種", "健康状態", "振込先銀行", "支店",
             "口座番号"]]
    for p in (J[11], J[13], J[14], J[16]):
        p.acct = jacct()
        health = "腰椎椎間板ヘルニアの既往あり（重量物不可）" if p is J[16] else "良好"
        rows.append([f"S{R.randint(100000, 999999)}", jn(p), kn(p), ymd(p.dob, "/"), p.zip, p.addr_ja, p.phone_nat, p.email,
                     R.choice(["渋谷", "横浜", "博多", "仙台"]), R.choice(["一般事務", "経理", "軽作業", "コールセンター"]), health,
                     R.choice(["みずほ銀行", "三井住友銀行", "ゆうちょ銀行"]), R.choice(["渋谷支店", "横浜駅前支店", "〇一八店"]), p.acct])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email), ("BANK_ACCOUNT", p.acct))
    add(d, J[16], ("HEALTH_INFO", "腰椎椎間板ヘルニアの既往あり（重量物不可）"))
    put_bytes(d, csv_text(rows).encode("cp932"))

    # マイナンバー 収集台帳 (xlsx)
    d = W.doc(f"{JAGENCY}/総務部/マイナンバー/個人番号収集台帳_派遣スタッフ_2026.xlsx", "xlsx", "ja")
    rows = [["特定個人情報　個人番号収集台帳（派遣スタッフ）"], [], ["スタッフコード", "氏名", "続柄", "生年月日", "個人番号", "番号確認書類", "身元確認書類", "収集日", "収集者"]]
    for p, rel, who in ((J[12], "本人", J[12]), (J[17], "配偶者", J[12]), (J[13], "本人", J[13])):
        p.mn = my_number(R, "")
        rows.append([f"S{R.randint(100000, 999999)}", jn(p), rel, ja_date(p.dob), p.mn, R.choice(["マイナンバーカード", "通知カード"]),
                     R.choice(["マイナンバーカード", "運転免許証（写）"]), f"2026/10/{R.randint(1, 28):02d}", "総務 佐野"])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ja_date(p.dob)), ("JP_MY_NUMBER", p.mn))
    xlsx(W.path(d), {"収集台帳": rows})

    # 外国人雇用 在留カード確認記録 (CSV)
    p = N[0]
    d = W.doc(f"{JAGENCY}/総務部/外国人雇用/在留カード確認記録_2026年10月.csv", "csv", "ja")
    rows = [["確認日", "氏名（在留カード記載）", "国籍・地域", "生年月日", "在留カード番号", "在留資格", "在留期間満了日", "資格外活動許可", "就労制限", "確認者"],
            ["2026/10/05", f"{p.last} {p.first.upper()}", "ベトナム", ymd(p.dob, "/"), p.rc, "留学", "2028/03/31", "有", "週28時間以内", "総務 佐野"]]
    add(d, p, ("PERSON_NAME", f"{p.last} {p.first.upper()}"), ("DATE_OF_BIRTH", ymd(p.dob, "/")))
    put(d, csv_text(rows))

    # 転職エージェント 候補者一覧 (CSV)
    d = W.doc(f"{JAGENCY}/人材紹介事業部/候補者DB/候補者一覧_エクスポート_20261030.csv", "csv", "ja")
    rows = [["候補者ID", "氏名", "フリガナ", "生年月日", "年齢", "電話番号", "メールアドレス", "現職", "現年収", "希望年収", "担当CA", "メモ"]]
    for p in (J[15], J[7]):
        rows.append([f"C-{R.randint(10 ** 5, 10 ** 6 - 1)}", jn(p), kn(p), ymd(p.dob, "/"), str(age(p.dob)), p.phone_nat, p.email,
                     R.choice(["大学院生（米国留学中）", "株式会社エヌ・ティ・システム SE", "社会人学生"]), f"{R.randint(300, 700)}万円", f"{R.randint(450, 900)}万円",
                     R.choice(["CA 宮本", "CA 石井"]), R.choice(["英語ビジネスレベル", "土日面談希望"])])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email))
    put(d, csv_text(rows))

    # ================================================================== look-alikes
    def decoy(path, writer, desc, codes, opt=(), lang="en"):
        dd = W.doc(path, path.rsplit(".", 1)[1], lang)
        writer(dd)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    cat = ["WHITMORE STATE UNIVERSITY - COURSE CATALOGUE 2026-27 (excerpt)", ""]
    for crs, title, ins in [("BIOL 221", "Human Anatomy and Physiology I", "Dr. Helen Whitaker"), ("NURS 310", "Pathophysiology: diabetes, cancer and heart failure", "Dr. Omar Castellanos"),
                            ("PSYC 250", "Abnormal Psychology: depression, anxiety and schizophrenia", "Dr. Priya Lindqvist"), ("CSCI 142", "Programming I", "Prof. Caleb Fairbanks")]:
        last = ins.split()[-1]
        cat += [f"{crs}  {title}  (5 cr)   CRN {R.randint(40000, 49999)}", f"  Instructor: {ins}   Office: {last} Hall {R.randint(100, 399)}   "
                f"Phone: (253) 555-0{R.randint(100, 199)}   {last.lower()}@{UNI[3]}", "  Prerequisite: none.  Meets MWF 09:30-10:20.", ""]
    decoy("whitmore-state/catalog/course_catalogue_2026-27_excerpt.pdf", lambda dd: pdf(W.path(dd), [cat]),
          "course catalogue (instructors' office phones and e-mails, CRNs, courses on diseases)", ["DATE_OF_BIRTH", "US_SSN", "BANK_ACCOUNT", "HEALTH_INFO"],
          ("PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS", "POSTAL_ADDRESS"))

    tt = [["2026年度後期　経済学部 時間割"], [], ["曜日", "時限", "科目名", "担当教員", "教室"]]
    for day in "月火水木金":
        for per in (1, 2, 3):
            tt.append([day, f"{per}限（{['9:00-10:30', '10:40-12:10', '13:00-14:30'][per - 1]}）", R.choice(["ミクロ経済学", "精神保健学", "臨床心理学入門",
                                                                                                           "統計学基礎", "簿記原理"]),
                       R.choice(["大野 健一", "松井 沙織", "高田 誠", "ブラウン, J."]), f"{R.choice(['A', 'B'])}棟{R.randint(101, 405)}"])
    decoy(f"{JUNI[0]}/教務課/時間割/2026後期_時間割_経済学部.xlsx", lambda dd: xlsx(W.path(dd), {"時間割": tt}),
          "時間割 (担当教員, 教室, 精神保健学)", ["DATE_OF_BIRTH", "PHONE_NUMBER", "HEALTH_INFO", "JP_MY_NUMBER"], ("PERSON_NAME",), lang="ja")

    rl = [["Building", "Room", "Capacity", "Type", "AV", "Phone Ext"]]
    for b in ["Whitaker Hall", "Okafor Science Center", "Halvorsen Hall", "McAllister Library", "Delgado Student Union"]:
        for _ in range(3):
            rl.append([b, f"{R.randint(1, 4)}{R.randint(10, 60)}", str(R.choice([24, 40, 60, 120])), R.choice(["Classroom", "Lab", "Seminar"]),
                       R.choice(["Projector", "Projector + lecture capture", ""]), f"x{R.randint(3000, 3999)}"])
    decoy("whitmore-state/facilities/classroom_inventory_2026.csv", lambda dd: put(dd, csv_text(rl)), "room list (buildings named after people, extensions)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    jp_ = ["# Travel RN - Med/Surg (13 weeks) - Tacoma, WA", "", f"Req ID: R-2026-0{R.randint(1000, 9999)}   Posted: 10/21/2026", "",
           "Pay: $2,380 - $2,640 per week. Benefits from day one: medical, dental and vision insurance; an Employee Assistance Program for mental",
           "health and counselling; 401(k) with match; licence reimbursement.", "",
           "Requirements: active WA or compact RN licence, BLS and ACLS, two years of acute care.", "",
           f"Questions? Contact your recruiter Alyssa Moreno at (253) 555-0147 or alyssa@{AGENCY[1]}.", "",
           "Summit Talent Partners is an equal opportunity employer. Applicants with disabilities may request a reasonable accommodation."]
    decoy("summit-talent/website/jobs/travel-rn-med-surg-tacoma.md", lambda dd: put(dd, "\n".join(jp_) + "\n"),
          "job posting (recruiter's contact, benefits: medical, mental health EAP)", ["HEALTH_INFO", "DATE_OF_BIRTH", "US_SSN", "BANK_ACCOUNT"],
          ("PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"))

    kr = [["ふりがな", "やまだ　たろう"], ["氏名", "山田　太郎"], ["生年月日", "平成10年4月1日生（満 28 歳）"], ["現住所", "〒100-0001　東京都千代田区千代田1-1"],
          ["電話", "090-0000-0000"], ["E-mail", "taro.yamada@example.com"], ["年", "月", "学歴・職歴"], ["2017", "4", "○○大学 △△学部 入学"],
          ["免許・資格", "普通自動車第一種運転免許"], ["個人番号", "記入しないでください"]]
    decoy(f"{JAGENCY}/登録センター/書式/履歴書_記入例.docx", lambda dd: docx(W.path(dd), ["履　歴　書（記入例）"], table=kr),
          "履歴書 記入例 (山田 太郎, 090-0000-0000)", ["PHONE_NUMBER", "JP_MY_NUMBER", "BANK_ACCOUNT", "JP_DRIVERS_LICENSE"],
          ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "EMAIL_ADDRESS"), lang="ja")

    rt = ["JOHN DOE", "123 Main Street, Anytown, ST 12345  |  (555) 555-0100  |  john.doe@email.com", "", "SUMMARY",
          "Results-driven professional with [X] years of experience in [field].", "", "EXPERIENCE", "Company Name - Job Title (20XX - Present)",
          "  - Achievement with a measurable result", "", "EDUCATION", "Degree, University Name, Year", "", "References available upon request."]
    decoy("summit-talent/candidate-resources/resume_template_chronological.txt", lambda dd: put(dd, "\n".join(rt) + "\n"),
          "résumé template (JOHN DOE, 555-0100)", ["PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH"], ("PERSON_NAME", "POSTAL_ADDRESS", "EMAIL_ADDRESS"))

    ss = [["2026 Puget Sound Salary Survey - Staffing Benchmarks"], [], ["Job Title", "Region", "Incumbents", "P25", "Median", "P75", "Bill Markup"]]
    for jt in ["Warehouse Supervisor", "Senior Accountant", "Travel RN - Med/Surg", "Data Engineer", "Administrative Assistant"]:
        m = R.randint(45, 150) * 1000
        ss.append([jt, R.choice(["Seattle-Tacoma", "Olympia"]), str(R.randint(12, 400)), f"${int(m * .85):,}", f"${m:,}", f"${int(m * 1.18):,}",
                   f"{R.randint(28, 65)}%"])
    decoy("summit-talent/market-data/salary_survey_2026.xlsx", lambda dd: xlsx(W.path(dd), {"Benchmarks": ss}), "salary survey (titles, percentiles)",
          ["PERSON_NAME", "BANK_ACCOUNT", "DATE_OF_BIRTH", "US_SSN"])

    idg = [f"{JUNI[0]} 学籍番号の体系（教務システム移行用）", "", "形式：入学年度下2桁＋学部記号＋連番4桁（例：26E0001）",
           "2026年度入学 経済学部 26E0001～26E1450、法学部 26L0001～26L0980", "留学生：25R001～25R999", "",
           "Whitmore State University (partner) Banner ID ranges: A00400000 - A00499999 (students), A00900000 - A00999999 (employees).",
           "SSNs have not been used as student identifiers since 2004; the SIS keeps them only for 1098-T and financial aid.", "",
           "旧システムの学生番号（10桁：2026031001 など）は2027年3月で廃止。"]
    decoy(f"{JUNI[0]}/情報システム課/移行/学籍番号体系.txt", lambda dd: put(dd, "\n".join(idg) + "\n"), "student ID numbering guide (ranges, no students)",
          ["JP_MY_NUMBER", "US_SSN", "BANK_ACCOUNT", "PHONE_NUMBER", "DATE_OF_BIRTH", "PERSON_NAME"], lang="ja")

    i9 = ["FORM I-9 - LISTS OF ACCEPTABLE DOCUMENTS (desk reference)", "", "LIST A - identity and employment authorization:",
          "  1. U.S. Passport or U.S. Passport Card", "  2. Permanent Resident Card (Form I-551)", "  3. Employment Authorization Document (Form I-766)", "",
          "LIST B - identity: Driver's license or ID card issued by a State; school ID card with a photograph; voter's registration card.",
          "LIST C - employment authorization: a Social Security Account Number card (unrestricted); certified birth certificate.", "",
          "Section 2 example: Document Title: U.S. Passport   Issuing Authority: U.S. Dept. of State   Document Number: 000000000   Expiration: MM/DD/YYYY",
          "E-Verify case numbers look like 2026123456789AB. Close every case within 10 federal working days."]
    decoy("summit-talent/compliance/e-verify/I-9_acceptable_documents.txt", lambda dd: put(dd, "\n".join(i9) + "\n"),
          "I-9 list of acceptable documents (no employee)", ["US_PASSPORT", "US_DRIVERS_LICENSE", "US_SSN", "PERSON_NAME", "DATE_OF_BIRTH"])

    al = ["Dear {{FirstName}} {{LastName}},", "", "Student ID: {{StudentID}}        Award Year 2027-28", "",
          "Congratulations! Based on your FAFSA, you are offered the following aid:", "  Federal Pell Grant ................ {{PELL_AMT}}",
          "  Washington College Grant ........... {{WCG_AMT}}", "  Federal Direct Subsidized Loan ..... {{DL_SUB_AMT}}", "",
          "Estimated cost of attendance: tuition $11,840; housing and food $13,200; books $900.",
          "To receive refunds faster, enroll in direct deposit in the student portal (routing and account number of your own checking account).", "",
          f"Office of Financial Aid  |  {UNI[2]}  |  finaid@{UNI[3]}"]
    decoy("whitmore-state/financial-aid/templates/award_letter_2027-28_merge.docx", lambda dd: docx(W.path(dd), al),
          "award letter template (merge fields, cost of attendance)", ["BANK_ACCOUNT", "US_SSN", "DATE_OF_BIRTH", "PERSON_NAME"],
          ("PHONE_NUMBER", "EMAIL_ADDRESS"))

    jg = ["日本学生支援機構　貸与奨学金（第一種・第二種）　学内募集要項", "", "1. 申込資格：本学学部生で、家計基準・学力基準を満たす者",
          "2. 提出書類：スカラネット入力下書き、確認書兼個人信用情報の取扱いに関する同意書、マイナンバー（個人番号）提出書",
          "   ※本人および生計維持者（父母等）のマイナンバーの提出が必要です。個人番号は申込書に記入せず、専用封筒で機構へ直接送付してください。",
          "3. 振込口座：本人名義の普通預金口座（ゆうちょ銀行は振替口座不可）", "4. 家計基準の目安：4人世帯 給与所得者 年収 747万円以下（第一種）", "",
          "問い合わせ先：学生支援課 奨学金係　TEL 03-5555-0231（平日9:00～17:00）"]
    decoy(f"{JUNI[0]}/学生支援課/奨学金/2026秋_貸与奨学金_募集要項.txt", lambda dd: put(dd, "\n".join(jg) + "\n"), "奨学金 募集要項 (マイナンバー提出, 振込口座)",
          ["JP_MY_NUMBER", "BANK_ACCOUNT", "PERSON_NAME", "DATE_OF_BIRTH"], ("PHONE_NUMBER",), lang="ja")

    hw = ["求人票（一般・フルタイム）　ハローワーク渋谷", f"求人番号　13010-{R.randint(10 ** 7, 10 ** 8 - 1)}　　受付年月日　2026年10月15日",
          f"事業所番号　1301-{R.randint(100000, 999999)}-{R.randint(0, 9)}　　事業所名　{JAGENCY}", "所在地　〒150-0043　東京都渋谷区道玄坂1丁目10番8号",
          "職種　一般事務（派遣）　　年齢　不問　　学歴　不問", "賃金　時給 1,650円～1,900円　　通勤手当　実費支給", "加入保険等　雇用　労災　健康　厚生", "",
          "選考方法　書類選考、面接（履歴書・職務経歴書を郵送）", "担当者　人事部　採用担当　田中", "電話番号　03-5555-0188"]
    decoy(f"{JAGENCY}/人事部/採用/ハローワーク求人票_一般事務.txt", lambda dd: put(dd, "\n".join(hw) + "\n"), "ハローワーク 求人票 (求人番号, 事業所番号, 加入保険)",
          ["JP_MY_NUMBER", "DATE_OF_BIRTH", "BANK_ACCOUNT", "JP_HEALTH_INSURANCE", "JP_PENSION_NUMBER"], ("PERSON_NAME", "PHONE_NUMBER", "POSTAL_ADDRESS"), lang="ja")

    W.finish()


if __name__ == "__main__":
    main()
