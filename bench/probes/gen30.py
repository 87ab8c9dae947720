#!/usr/bin/env python3
"""gen30.py - probe round 30 (issue #4): what a breach of a retail bank, a consumer lender / mortgage broker and a
brokerage / wealth manager leaks, each system's own export layout. Parties in the US, Japan and the UK and two EU
customers, each in 1-4 items.

  Retail bank  a CIP / KYC onboarding export (JSON Lines: legalName parts, dateOfBirth, taxId, idDocument type / number /
               issuer, address), a core-banking customer master CSV (CIF_NO, TAX_ID, BIRTH_DT yyyymmdd, DDA_ACCT_NO), a
               contact-centre call transcript (the caller reads out a card number and an account number, DOB as a
               security answer), a safe-deposit box access log, a SAR narrative (subject, counterparties and their
               accounts at other banks), an AML alert export, a Fedwire / SWIFT outgoing wire log (originator and
               beneficiary accounts, ABA, BIC, IBAN), an e-statement notice mail (masked account); JP: 普通預金 口座開設申込書
               (docx form table: 本人確認書類 運転免許証 and its number, 勤務先, the account assigned), 取引時確認記録 CSV
               (Shift_JIS, 犯収法: 確認書類の種類と番号: 運転免許証, 日本国旅券, マイナンバーカード with no number recorded),
               振込依頼書 (OCR text of a paper slip: 依頼人, 受取人 with 支店 / 普通 / 口座番号 / 半角カナ名義), 反社チェック 結果一覧
               xlsx
  Lender       a URLA-1003-like loan application (PDF: borrower and co-borrower, SSN, DOB, employer, income), a tri-merge
               credit report extract (tradelines with masked account numbers, inquiries, previous addresses), loan
               servicing notes (timestamped, hardship with a health reason), a broker's pipeline xlsx, a credit-card
               application JSON, credit-card collections notes (a treatment); JP: 住宅ローン申込書 xlsx (申込人, 連帯債務者,
               連帯保証人, 勤務先, 年収), 団体信用生命保険 申込書兼告知書 (告知: a condition and its medication), 消費者金融 督促
               交渉記録 (入院); UK: an affordability assessment (NI number, income and outgoings, a vulnerability note, sort
               code and account), an FCA complaints log xlsx (DISP categories, a bereavement and its effect on health)
  Brokerage    a brokerage account statement (PDF: holdings by CUSIP), a beneficiary designation form (beneficiaries
               with DOB, SSN, relationship, share), a UK stocks & shares ISA statement (NI number, ISINs), a wealth
               manager's client onboarding XML of a German client (IBAN, passport), a SWIFT MT103 from a UK client to a
               French payee (IBANs), JP: 証券総合口座 開設申込書 (個人番号, 出金先口座), NISA 顧客一覧 CSV
  Look-alikes  an ABA routing / SWIFT BIC directory, a 金融機関・支店コード一覧, a secondary-market loan tape (loan numbers,
               MERS MINs), a securities master (CUSIPs, ISINs, SEDOLs; issuers named after families), a mortgage rate
               sheet, an amortisation schedule, a 住宅ローン申込書 記入例 (山田 太郎 / 花子), a URLA sample (JOHN Q. SAMPLE,
               123-45-6789), a payment gateway developer doc (test cards, the test bank account), a BIN fraud summary with
               masked PANs, a 住宅ローン brochure with a フリーダイヤル, a fee schedule, an AML typology training deck

    python3 bench/probes/gen30.py OUT [--seed N]      (tuning seed 30; check seed 3030, measured once before and once after)

Truth conventions (as the earlier rounds; the round's paragraph in README.md): a customer, an applicant, a borrower and
co-borrower, a 連帯債務者 / 連帯保証人, a remitter, a payee or beneficiary (of a wire or of an account), a SAR subject and
his counterparties, a box renter, a complainant and a person screened in a 反社チェック are truth people with their own
values; bank staff named in their role (an agent, a loan officer, an investigator, a 担当者, an adviser) are PERSON_NAME of
the item and no truth person, and the institution's own address, phone, branch and hotline are optional; a customer's own
full account number (a DDA number, 口座番号, a brokerage or ISA account number, a UK sort code with its account) is
BANK_ACCOUNT; a masked number (****1234, XXXX-XXXX-XXXX-4821, 453201******1234) has no code; a routing number, a BIC, a
branch number or 店番 alone, a CIF, customer, loan, MERS MIN, alert, case, box, confirmation or IMAD number, a CUSIP / ISIN /
SEDOL and a credit score have no code: neither a type nor a decoy where people are listed, and a decoy for the number
codes they could be taken for where no one is; employer and income have no code; an ID document's number is typed by
the issuing state (US DL -> US_DRIVERS_LICENSE, a US passport -> US_PASSPORT, 運転免許証 -> JP_DRIVERS_LICENSE, 日本国旅券 ->
JP_PASSPORT; a German passport has no code); a マイナンバーカード named with no number gives no JP_MY_NUMBER, a 個人番号
written on a brokerage application is JP_MY_NUMBER; a health reason for hardship, a 告知 condition, a treatment and a
bereavement's effect on health are HEALTH_INFO (sensitive, as a bank account is); a 反社チェック result is no type;
placeholders (山田 太郎, JOHN Q. SAMPLE, 123-45-6789, 03-0000-0000, Jenny Rosen) are decoys for the number types and optional
for PERSON_NAME / DATE_OF_BIRTH / POSTAL_ADDRESS; published test card numbers are optional CREDIT_CARD (the earlier
rounds' rule) and the gateway's documented test bank account is a decoy; a "- CONFIDENTIAL" line under a form's title is
an optional CORP_CONFIDENTIAL.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, jn, kn, csv_text, xlsx, docx, pdf, luhn_number, JP_GIVEN  # noqa: E402
from gen9 import jp_dl_number, eu_person  # noqa: E402
from gen12s import eml, half_kana  # noqa: E402
from gen_ids22 import jp_passport, us_passport  # noqa: E402
from enlib import routing, iban  # noqa: E402

SENSITIVE = {"HEALTH_INFO", "BIOMETRIC", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CREDENTIAL"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]
WOMEN = {"Priya", "Heather", "Tamika", "Ngozi", "Rosa", "Yolanda", "Bianca", "Colleen", "Shauna", "Imani", "Delia", "Kristen",
         "Amelia", "Isla", "Poppy", "Freya", "Niamh"}
EMPLOYERS = ["Providence Health & Services", "Boeing Commercial Airplanes", "Fred Meyer Stores", "Intel Corporation",
             "Multnomah County", "Nike, Inc.", "Kaiser Permanente", "Daimler Truck North America"]
JA_EMPLOYERS = ["株式会社東洋精機", "三和物流株式会社", "医療法人社団 青葉会", "さいたま市役所", "株式会社エヌ・ティ・システム", "中部電装株式会社"]
BANK = ("Cascade Summit Bank, N.A.", "1300 SW Fifth Ave, Portland, OR 97201", "(800) 555-0199")
JBANK = ("東都中央銀行", "0397")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=30)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe30finance")
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
        p.acct = f"{R.randint(10, 99)}{R.randint(10 ** 7, 10 ** 8 - 1)}"
        return p

    def kin_of(p, q, rel_addr=True):
        q.family, q.kana_family = p.family, p.kana_family
        q.name = f"{q.family} {q.given}"
        while q.name in seen_ja:
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

    def ymd(x, sep="-"):
        return f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"

    def ja_date(x):
        return f"{x.year}年{x.month}月{x.day}日"

    def ua(p):
        return f"{p.street}, {p.city}, {p.state} {p.zip}"

    def jacct():
        return f"{R.randint(1000000, 9999999)}"

    def branch():
        return R.choice([("101", "本店営業部"), ("215", "渋谷支店"), ("318", "横浜支店"), ("402", "梅田支店"), ("527", "名駅前支店")])

    J = [jp() for _ in range(16)]
    U = [us() for _ in range(21)]
    K = [W.uk_person() for _ in range(6)]
    E = [eu_person(W, "FR"), eu_person(W, "DE")]
    kin_of(J[4], J[5])           # 連帯債務者 = 申込人's spouse, same household
    kin_of(J[4], J[6], False)    # 連帯保証人 = 申込人's parent, elsewhere
    U[6].last = U[5].last         # co-borrower: the borrower's spouse
    U[6].name = f"{U[6].first} {U[6].last}"
    U[6].street, U[6].city, U[6].state, U[6].zip = U[5].street, U[5].city, U[5].state, U[5].zip
    for p in (U[19], U[20]):      # beneficiaries: the owner's spouse and child
        p.last = U[18].last
        p.name = f"{p.first} {p.last}"
    U[20].dob = dt.date(R.randint(1996, 2004), R.randint(1, 12), R.randint(1, 28))

    # ================================================================== RETAIL BANK (US)
    # CIP / KYC onboarding export (JSON Lines)
    d = W.doc("cascade-summit/onboarding/exports/cip_verifications_2026-10.jsonl", "jsonl", "en")
    lines = []
    for i, p in enumerate(U[0:3]):
        if i == 1:
            doc_ = {"type": "PASSPORT", "number": us_passport(R), "issuer": "USA", "expirationDate": f"20{R.randint(28, 35)}-0{R.randint(1, 9)}-1{R.randint(0, 9)}"}
            p.pp = doc_["number"]
            typ = ("US_PASSPORT", p.pp)
        else:
            doc_ = {"type": "DRIVERS_LICENSE", "number": p.dl, "issuer": p.state, "expirationDate": f"20{R.randint(28, 33)}-0{R.randint(1, 9)}-2{R.randint(0, 8)}"}
            typ = ("US_DRIVERS_LICENSE", p.dl)
        rec = {"applicationId": f"APP-{R.randint(10 ** 7, 10 ** 8 - 1)}", "channel": R.choice(["WEB", "MOBILE", "BRANCH"]),
               "legalName": {"first": p.first, "middle": p.middle.rstrip("."), "last": p.last},
               "dateOfBirth": ymd(p.dob), "taxId": {"type": "SSN", "value": p.ssn.replace("-", "")},
               "idDocument": doc_, "address": {"line1": p.street, "city": p.city, "state": p.state, "postalCode": p.zip},
               "phone": {"number": "+1" + p.e164[2:], "type": "MOBILE"}, "email": p.email,
               "checks": {"ofac": "NO_MATCH", "identity": "PASS", "score": R.randint(700, 990)}, "decision": "APPROVED"}
        lines.append(json.dumps(rec))
        add(d, p, ("PERSON_NAME", f"{p.first} {p.middle.rstrip('.')} {p.last}"), ("DATE_OF_BIRTH", ymd(p.dob)), ("US_SSN", p.ssn.replace("-", "")),
            typ, ("POSTAL_ADDRESS", p.street), ("PHONE_NUMBER", "+1" + p.e164[2:]), ("EMAIL_ADDRESS", p.email))
    put(d, "\n".join(lines) + "\n")

    # core-banking customer master (CSV)
    d = W.doc("cascade-summit/core/extracts/CIF_CUSTOMER_MASTER_20261031.csv", "csv", "en")
    rows = [["CIF_NO", "LAST_NM", "FIRST_NM", "MID_NM", "TAX_ID", "BIRTH_DT", "ADDR1", "CITY", "ST", "ZIP", "HOME_PHONE", "EMAIL_ADDR", "DDA_ACCT_NO",
             "OPEN_DT", "BR_NO", "OFFICER"]]
    for p in U[0:5]:
        rows.append([f"{R.randint(10 ** 8, 10 ** 9 - 1)}", p.last.upper(), p.first.upper(), p.middle[0], p.ssn.replace("-", ""), p.dob.strftime("%Y%m%d"),
                     p.street.upper(), p.city.upper(), p.state, p.zip, p.phone_nat, p.email, p.acct, f"2026{R.randint(1, 10):02d}{R.randint(10, 28)}",
                     f"0{R.randint(10, 45)}", R.choice(["MTORRES", "KLIANG", "BWEBB"])])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("US_SSN", p.ssn.replace("-", "")), ("DATE_OF_BIRTH", p.dob.strftime("%Y%m%d")),
            ("POSTAL_ADDRESS", p.street.upper()), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email), ("BANK_ACCOUNT", p.acct))
    put(d, csv_text(rows))

    # contact-centre call transcript
    c = U[0]
    agent = R.choice(["Marisol", "Devon", "Aaron", "Keisha"])
    d = W.doc(f"cascade-summit/contact-center/transcripts/2026-10-19/call_{R.randint(10 ** 6, 10 ** 7 - 1)}.txt", "txt", "en")
    cg = f"{c.card[:4]} {c.card[4:10]} {c.card[10:]}" if len(c.card) == 15 else " ".join(c.card[i:i + 4] for i in range(0, 16, 4))
    txt = f"""Call ID: {R.randint(10 ** 9, 10 ** 10 - 1)}   Queue: CARD SERVICES   ANI: {c.phone_nat}   Start: 2026-10-19 14:22:07   Duration: 00:07:41
Speech analytics transcript (auto-generated; confidence 0.91)

[00:00:03] AGENT: Thank you for calling Cascade Summit Bank, my name is {agent}. Who am I speaking with?
[00:00:07] CUSTOMER: Hi, this is {c.first} {c.last}.
[00:00:10] AGENT: Thanks, {c.first}. For verification, can I have your date of birth?
[00:00:14] CUSTOMER: {MONTHS[c.dob.month - 1]} {c.dob.day}, {c.dob.year}.
[00:00:19] AGENT: And the card number you're calling about?
[00:00:22] CUSTOMER: Sure, it's {cg}.
[00:00:31] AGENT: Thank you. I see a decline at a gas station this morning. Do you have the checking account number handy too?
[00:00:37] CUSTOMER: Yeah, the checking is {c.acct}.
[00:00:44] AGENT: Perfect. It looks like our fraud system held the transaction. I've released it now.
[00:01:02] CUSTOMER: Great. Can you also update my email? It's {c.email}.
[00:01:10] AGENT: Done. Anything else today?
[00:01:12] CUSTOMER: No, that's all. Thanks.
"""
    add(d, c, ("PERSON_NAME", f"{c.first} {c.last}"), ("DATE_OF_BIRTH", f"{MONTHS[c.dob.month - 1]} {c.dob.day}, {c.dob.year}"), ("CREDIT_CARD", cg),
        ("BANK_ACCOUNT", c.acct), ("EMAIL_ADDRESS", c.email), ("PHONE_NUMBER", c.phone_nat))
    put(d, txt)

    # e-statement notice mail (masked account)
    c = U[3]
    d = W.doc(f"cascade-summit/mail/outbound/estatement_{c.last.lower()}.eml", "eml", "en")
    body = (f"Dear {c.first} {c.last},\n\nYour October statement for Everyday Checking account ending ****{c.acct[-4:]} is now available in "
            "online banking.\n\nIf you did not sign up for e-statements, call us at 1-800-555-0199.\n\nCascade Summit Bank, N.A. Member FDIC\n")
    add(d, c, ("PERSON_NAME", f"{c.first} {c.last}"), ("EMAIL_ADDRESS", c.email))
    d.opt_type("PHONE_NUMBER")
    d.decoy("masked account ****1234 (no code)", ["BANK_ACCOUNT", "CREDIT_CARD"])
    put_bytes(d, eml("Cascade Summit Bank <alerts@cascadesummit.example.com>", f"{c.first} {c.last} <{c.email}>", "Your statement is ready", body,
                     "2026-11-02 06:10", tz=-8).as_bytes())

    # safe-deposit box access log
    d = W.doc("cascade-summit/branches/br014/safe_deposit_access_log_2026Q3.csv", "csv", "en")
    rows = [["Box No", "Size", "Renter", "Co-Renter / Deputy", "Access Date", "Time In", "Time Out", "Person Entering", "ID Verified", "Attendant"]]
    renters = [(U[2], U[3]), (U[4], None)]
    for i in range(6):
        a, b = renters[i % 2]
        who = a if (b is None or R.random() < 0.6) else b
        rows.append([f"{R.choice([3, 5, 10])}{R.randint(10, 99)}" if i < 2 else rows[(i % 2) + 1][0], R.choice(["3x5", "5x10"]) if i < 2 else rows[(i % 2) + 1][1],
                     f"{a.last}, {a.first}", f"{b.last}, {b.first}" if b else "", f"{R.randint(7, 9):02d}/{R.randint(1, 28):02d}/2026",
                     f"{R.randint(9, 15)}:{R.randint(10, 59)}", f"{R.randint(15, 16)}:{R.randint(10, 59)}", f"{who.first} {who.last}",
                     f"DL ****{who.dl[-4:]}", R.choice(["T. Hsu", "R. Allard"])])
    for a, b in renters:
        add(d, a, ("PERSON_NAME", f"{a.last}, {a.first}"))
        if b:
            add(d, b, ("PERSON_NAME", f"{b.last}, {b.first}"))
    d.decoy("box numbers, masked licence numbers", ["US_DRIVERS_LICENSE", "BANK_ACCOUNT"])
    put(d, csv_text(rows))

    # SAR narrative
    s, c1, c2 = U[11], U[12], U[13]
    c1.bank, c2.bank = ("Evergreen Federal Credit Union", routing(R)), ("Pacific Northern Bank", routing(R))
    c1.ext, c2.ext = f"{R.randint(10 ** 9, 10 ** 10 - 1)}", f"{R.randint(10 ** 10, 10 ** 11 - 1)}"
    d = W.doc(f"cascade-summit/bsa-aml/sar/2026/SAR_{R.randint(1000, 9999)}_{s.last}_narrative.txt", "txt", "en")
    txt = f"""FinCEN SAR - Part V Narrative                     Internal case: AML-2026-{R.randint(1000, 9999)}     Prepared by: {R.choice(['D. Kessler', 'A. Moreno'])}, BSA Investigator

Subject: {s.first} {s.middle} {s.last}, DOB {mdy(s.dob)}, SSN {s.ssn}, {ua(s)}, phone {s.phone_nat}.
Occupation per CIP: self-employed (auto detailing). Relationship since 2023. Accounts: checking {s.acct}; savings {s.acct[:-3]}{R.randint(100, 999)}.

Cascade Summit Bank is filing this report on suspected structuring and funnel-account activity. Between 07/01/2026 and
09/30/2026 the subject made 41 cash deposits of $8,500 to $9,800 at six branches in the Portland area, totalling $371,240.
Within one or two days of each deposit, funds were sent by Zelle and ACH to two counterparties:
  - {c1.first} {c1.last}, account {c1.ext} at {c1.bank[0]} (RTN {c1.bank[1]}), 14 transfers, $126,300;
  - {c2.first} {c2.last}, account {c2.ext} at {c2.bank[0]} (RTN {c2.bank[1]}), 9 transfers, $88,950.
{c1.first} {c1.last} resides at {ua(c1)}. Open-source searches found no business relationship between the subject and
either counterparty. When asked about the source of the cash on 09/12/2026 the subject said it was "from the business" and
ended the call. The bank has closed the accounts. No law enforcement contact to date.
"""
    add(d, s, ("PERSON_NAME", f"{s.first} {s.middle} {s.last}"), ("DATE_OF_BIRTH", mdy(s.dob)), ("US_SSN", s.ssn), ("POSTAL_ADDRESS", ua(s)),
        ("PHONE_NUMBER", s.phone_nat), ("BANK_ACCOUNT", s.acct))
    add(d, c1, ("PERSON_NAME", f"{c1.first} {c1.last}"), ("BANK_ACCOUNT", c1.ext), ("POSTAL_ADDRESS", ua(c1)))
    add(d, c2, ("PERSON_NAME", f"{c2.first} {c2.last}"), ("BANK_ACCOUNT", c2.ext))
    put(d, txt)

    # AML alert export
    d = W.doc("cascade-summit/bsa-aml/alerts/alert_queue_export_20261015.csv", "csv", "en")
    rows = [["Alert ID", "Scenario", "Score", "Customer Name", "Customer Acct", "Counterparty Name", "Counterparty Acct", "Counterparty RTN", "Amount",
             "Txn Date", "Status", "Assigned To"]]
    rows.append([f"ALR-{R.randint(10 ** 6, 10 ** 7 - 1)}", "CASH_STRUCTURING", "87", f"{s.last.upper()}, {s.first.upper()}", s.acct, "", "", "",
                 "9,640.00", "08/14/2026", "ESCALATED", "DKESSLER"])
    rows.append([f"ALR-{R.randint(10 ** 6, 10 ** 7 - 1)}", "RAPID_MOVEMENT", "74", f"{s.last.upper()}, {s.first.upper()}", s.acct,
                 f"{c1.last.upper()}, {c1.first.upper()}", c1.ext, c1.bank[1], "9,100.00", "08/15/2026", "ESCALATED", "DKESSLER"])
    q = U[14]
    rows.append([f"ALR-{R.randint(10 ** 6, 10 ** 7 - 1)}", "HIGH_RISK_GEO_WIRE", "52", f"{q.last.upper()}, {q.first.upper()}", q.acct, "", "", "",
                 "24,000.00", "10/02/2026", "CLOSED - NO SAR", "AMORENO"])
    add(d, s, ("PERSON_NAME", f"{s.last.upper()}, {s.first.upper()}"), ("BANK_ACCOUNT", s.acct))
    add(d, c1, ("PERSON_NAME", f"{c1.last.upper()}, {c1.first.upper()}"), ("BANK_ACCOUNT", c1.ext))
    add(d, q, ("PERSON_NAME", f"{q.last.upper()}, {q.first.upper()}"), ("BANK_ACCOUNT", q.acct))
    put(d, csv_text(rows))

    # outgoing wire log (Fedwire / SWIFT)
    o1, fr, o2, b2 = U[15], E[0], U[16], U[17]
    b2.bank = routing(R)
    b2.ext = f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
    d = W.doc("cascade-summit/wire-room/outgoing_wires_2026-10-21.csv", "csv", "en")
    rows = [["IMAD", "Type", "Orig Name", "Orig Address", "Orig Acct", "Bene Name", "Bene Address", "Bene Acct / IBAN", "Bene Bank ABA", "Bene Bank BIC",
             "Amount", "Currency", "OBI", "Released By"]]
    rows.append([f"20261021{R.choice(['QMGFT015', 'QMGFT022'])}{R.randint(100000, 999999)}", "SWIFT MT103", f"{o1.first} {o1.last}", ua(o1), o1.acct,
                 f"{fr.first} {fr.last}", fr.addr + ", France", fr.iban, "", R.choice(["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP"]), "18,500.00", "EUR",
                 "Apartment deposit - rue Oberkampf", "JPARK"])
    rows.append([f"20261021{R.choice(['QMGFT015', 'QMGFT022'])}{R.randint(100000, 999999)}", "FEDWIRE", f"{o2.first} {o2.last}", ua(o2), o2.acct,
                 f"{b2.first} {b2.last}", ua(b2), b2.ext, b2.bank, "", "42,000.00", "USD", "Down payment 2216 Harbor View Dr", "JPARK"])
    add(d, o1, ("PERSON_NAME", f"{o1.first} {o1.last}"), ("POSTAL_ADDRESS", ua(o1)), ("BANK_ACCOUNT", o1.acct))
    add(d, fr, ("PERSON_NAME", f"{fr.first} {fr.last}"), ("POSTAL_ADDRESS", fr.addr), ("IBAN", fr.iban))
    add(d, o2, ("PERSON_NAME", f"{o2.first} {o2.last}"), ("POSTAL_ADDRESS", ua(o2)), ("BANK_ACCOUNT", o2.acct))
    add(d, b2, ("PERSON_NAME", f"{b2.first} {b2.last}"), ("POSTAL_ADDRESS", ua(b2)), ("BANK_ACCOUNT", b2.ext))
    put(d, csv_text(rows))

    # ================================================================== RETAIL BANK (JP)
    # 普通預金 口座開設申込書 (docx form table)
    a = J[0]
    br = branch()
    a.acct = jacct()
    d = W.doc(f"東都中央銀行/{br[1]}/口座開設/申込書_{a.family}{a.given}.docx", "docx", "ja")
    tbl = [["お名前", jn(a, "　")], ["フリガナ", kn(a, "　")], ["生年月日", f"{a.wareki_dob()}（{ja_date(a.dob)}）"], ["ご住所", f"〒{a.zip}　{a.addr_ja}"],
           ["電話番号（携帯）", a.phone_nat], ["メールアドレス", a.email], ["ご職業", "会社員"], ["勤務先", R.choice(JA_EMPLOYERS)],
           ["お取引の目的", "生計費決済、給与受取"], ["本人確認書類", "運転免許証"], ["免許証番号", a.dl],
           ["店番・口座番号（銀行記入欄）", f"{br[0]}-普通-{a.acct}"], ["受付者", R.choice(["窓口 佐野", "窓口 長谷川"])]]
    add(d, a, ("PERSON_NAME", jn(a, "　")), ("DATE_OF_BIRTH", a.wareki_dob()), ("POSTAL_ADDRESS", a.addr_ja), ("PHONE_NUMBER", a.phone_nat),
        ("EMAIL_ADDRESS", a.email), ("JP_DRIVERS_LICENSE", a.dl), ("BANK_ACCOUNT", a.acct))
    docx(W.path(d), [f"{JBANK[0]}　普通預金口座開設申込書", "お客さま記入欄"], table=tbl)

    # 取引時確認記録 (Shift_JIS CSV)
    d = W.doc("東都中央銀行/コンプライアンス/犯収法/取引時確認記録_202610.csv", "csv", "ja")
    rows = [["確認記録番号", "確認日", "取引種別", "顧客氏名", "フリガナ", "生年月日", "住居", "確認書類の名称", "確認書類の記号番号", "取引目的", "職業",
             "確認方法", "確認者"]]
    kinds = [("運転免許証", lambda p: p.dl, "JP_DRIVERS_LICENSE"), ("日本国旅券", lambda p: p.pp, "JP_PASSPORT"),
             ("マイナンバーカード（個人番号カード）", lambda p: "（記録不可）", None), ("運転免許証", lambda p: p.dl, None)]
    J[1].pp = jp_passport(R)
    for i, p in enumerate([J[0], J[1], J[2], J[3]]):
        kind, num, code = kinds[i]
        code = code or ("JP_DRIVERS_LICENSE" if i == 3 else None)
        rows.append([f"KK{R.randint(10 ** 6, 10 ** 7 - 1)}", f"2026/10/{R.randint(1, 28):02d}", R.choice(["口座開設", "200万円超現金取引", "口座開設"]),
                     jn(p), kn(p), ymd(p.dob, "/"), f"〒{p.zip} {p.addr_ja}", kind, num(p), R.choice(["生計費決済", "給与受取", "貯蓄・資産運用"]),
                     R.choice(["会社員", "公務員", "自営業", "パート"]), R.choice(["対面（原本提示）", "eKYC（ホ方式）"]), R.choice(["佐野", "長谷川", "三浦"])])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja))
        if code:
            add(d, p, (code, num(p)))
    d.decoy("マイナンバーカード named, its number not recorded", ["JP_MY_NUMBER"])
    put_bytes(d, csv_text(rows).encode("cp932"))

    # 振込依頼書 (OCR text of a paper slip)
    a, b = J[7], J[8]
    b.acct = jacct()
    bbr = R.choice([("みずほ銀行", "新宿中央支店"), ("三井住友銀行", "神戸営業部"), ("りそな銀行", "大宮支店"), ("ゆうちょ銀行", "〇一八店")])
    d = W.doc(f"東都中央銀行/{branch()[1]}/為替/振込依頼書_スキャン_20261015_{R.randint(100, 999)}.txt", "txt", "ja")
    txt = f"""振込依頼書（兼手数料受取書）　　　　　　　　　　{JBANK[0]}
依頼日　2026年10月15日
お受取人
　金融機関名　{bbr[0]}　　支店名　{bbr[1]}
　預金種目　1.普通　2.当座　　（1）
　口座番号　{b.acct}
　フリガナ　{half_kana(kn(b))}
　お受取人名　{jn(b)}　様
金額　￥1,280,000
ご依頼人
　フリガナ　{kn(a)}
　お名前　{jn(a)}
　ご住所　〒{a.zip}　{a.addr_ja}
　電話番号　{a.phone_nat}
手数料　￥770　　取扱店　{branch()[1]}　　受付番号　{R.randint(100000, 999999)}
"""
    add(d, a, ("PERSON_NAME", jn(a)), ("POSTAL_ADDRESS", a.addr_ja), ("PHONE_NUMBER", a.phone_nat))
    add(d, b, ("PERSON_NAME", jn(b)), ("BANK_ACCOUNT", b.acct))
    put(d, txt)

    # 反社チェック 結果一覧 (xlsx)
    d = W.doc("東都中央銀行/コンプライアンス/反社チェック/照会結果一覧_2026年10月.xlsx", "xlsx", "ja")
    rows = [["反社会的勢力 照会結果一覧（2026年10月分）"], ["照会元：融資部・営業推進部", "", "", "", "作成：コンプライアンス統括部"], [],
            ["No.", "氏名", "フリガナ", "生年月日", "住所", "照会日", "照会区分", "結果", "備考"]]
    scr = [J[0], J[4], J[9], J[10], J[11], J[12]]
    for i, p in enumerate(scr, 1):
        res = "該当なし" if i != 4 else "要確認（同姓同名・生年月日不一致）"
        rows.append([str(i), jn(p), kn(p), ymd(p.dob, "/"), f"{p.addr_ja}", f"2026/10/{R.randint(1, 28):02d}",
                     R.choice(["新規口座", "住宅ローン", "カードローン"]), res, "" if i != 4 else "警察照会不要と判断"])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja))
    xlsx(W.path(d), {"照会結果": rows})

    # ================================================================== LENDER (US)
    bo, co = U[5], U[6]
    loan_no = f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
    min_ = f"100{R.randint(10 ** 4, 10 ** 5 - 1)}{R.randint(10 ** 9, 10 ** 10 - 1)}"
    emp_b, emp_c = R.sample(EMPLOYERS, 2)
    inc_b, inc_c = R.randint(6, 14) * 1000 + R.randint(0, 9) * 100, R.randint(3, 9) * 1000 + R.randint(0, 9) * 100
    prev = (f"{R.randint(100, 9899)} {R.choice(['Fremont Ave N', 'SE Division St', 'Juniper Ln'])}", "Beaverton, OR 97005")
    d = W.doc(f"keystone-home-lending/loans/{loan_no}/URLA_1003_{bo.last}.pdf", "pdf", "en")
    pages = [["Uniform Residential Loan Application", f"Lender Loan No./Universal Loan Identifier: {loan_no}    MIN: {min_}", "",
              "Section 1: Borrower Information", f"1a. Name (First, Middle, Last, Suffix): {bo.first} {bo.middle} {bo.last}",
              f"Social Security Number: {bo.ssn}     Date of Birth (mm/dd/yyyy): {mdy(bo.dob)}     Citizenship: U.S. Citizen",
              "Type of Credit: I am applying for joint credit.", f"List Name(s) of Other Borrower(s) Applying for this Loan: {co.first} {co.last}",
              "Marital Status: Married     Dependents: 2", f"Home Phone: {bo.phone_nat}     Email: {bo.email}",
              f"Current Address: {ua(bo)}    How Long at Current Address? 3 Years 4 Months   Housing: Rent ($2,150/month)",
              f"Former Address: {prev[0]}, {prev[1]}",
              f"1b. Current Employment: {emp_b}     Position or Title: {R.choice(['Registered Nurse', 'Engineer II', 'Store Manager'])}",
              f"Start Date: 0{R.randint(1, 9)}/15/20{R.randint(12, 21)}     Gross Monthly Income: Base ${inc_b:,}.00", "",
              "Section 1: Borrower Information (Additional Borrower)", f"1a. Name (First, Middle, Last, Suffix): {co.first} {co.middle} {co.last}",
              f"Social Security Number: {co.ssn}     Date of Birth (mm/dd/yyyy): {mdy(co.dob)}", f"Cell Phone: {co.phone_nat}     Email: {co.email}",
              f"1b. Current Employment: {emp_c}     Gross Monthly Income: Base ${inc_c:,}.00", "",
              "Section 4: Loan and Property Information", "Loan Amount: $412,000    Loan Purpose: Purchase",
              f"Property Address: 2216 Harbor View Dr, Vancouver, WA 98661", "",
              "Loan Originator: Keystone Home Lending LLC   NMLS ID: 184732   Loan Originator: Rebecca Tran   NMLS ID: 1529904   Phone: (360) 555-0188"]]
    add(d, bo, ("PERSON_NAME", f"{bo.first} {bo.middle} {bo.last}"), ("US_SSN", bo.ssn), ("DATE_OF_BIRTH", mdy(bo.dob)), ("PHONE_NUMBER", bo.phone_nat),
        ("EMAIL_ADDRESS", bo.email), ("POSTAL_ADDRESS", ua(bo)))
    add(d, co, ("PERSON_NAME", f"{co.first} {co.middle} {co.last}"), ("US_SSN", co.ssn), ("DATE_OF_BIRTH", mdy(co.dob)), ("PHONE_NUMBER", co.phone_nat),
        ("EMAIL_ADDRESS", co.email))
    pdf(W.path(d), pages)

    # tri-merge credit report extract
    d = W.doc(f"keystone-home-lending/loans/{loan_no}/credit/trimerge_{bo.last}_{R.randint(1000, 9999)}.txt", "txt", "en")
    trades = []
    for cred in R.sample(["CAPITAL ONE", "CHASE CARD", "SYNCB/AMAZON", "TOYOTA MOTOR CREDIT", "NAVIENT", "DISCOVER BANK", "WELLS FARGO HOME MTG"], 5):
        trades.append(f"{cred:<22} XXXX{R.randint(1000, 9999)}  {R.choice(['REV', 'INST', 'MTG'])}  OPENED {R.randint(1, 12):02d}/{R.randint(2008, 2024)}  "
                      f"BAL ${R.randint(0, 29000):>6,}  PMT ${R.randint(25, 900):>4}  {R.choice(['CURRENT', 'CURRENT', 'CURR WAS 30'])}")
    txt = f"""MERGED INFILE CREDIT REPORT - EQ / EX / TU               Report #: {R.randint(10 ** 7, 10 ** 8 - 1)}   Date: 10/03/2026
Requested by: Keystone Home Lending LLC   Loan #: {loan_no}

APPLICANT: {bo.last.upper()}, {bo.first.upper()} {bo.middle[0]}        SSN: {bo.ssn}        DOB: {mdy(bo.dob)}
CURRENT ADDRESS: {bo.street.upper()}, {bo.city.upper()}, {bo.state} {bo.zip}         REPORTED: 06/2023
PREVIOUS ADDRESS: {prev[0].upper()}, {prev[1].upper()}       REPORTED: 02/2019
EMPLOYER: {emp_b.upper()}

SCORES:  EQUIFAX BEACON 5.0  {R.randint(640, 800)}   EXPERIAN FICO II  {R.randint(640, 800)}   TRANSUNION CLASSIC 04  {R.randint(640, 800)}

TRADELINES
{chr(10).join(trades)}

INQUIRIES
10/03/2026  KEYSTONE HOME LENDING      MTG
07/22/2026  SYNCB/LOWES                REV
"""
    add(d, bo, ("PERSON_NAME", f"{bo.last.upper()}, {bo.first.upper()} {bo.middle[0]}"), ("US_SSN", bo.ssn), ("DATE_OF_BIRTH", mdy(bo.dob)),
        ("POSTAL_ADDRESS", f"{bo.street.upper()}, {bo.city.upper()}, {bo.state} {bo.zip}"))
    d.decoy("masked tradeline account numbers XXXX1234, report and loan numbers", ["BANK_ACCOUNT", "CREDIT_CARD"])
    put(d, txt)

    # servicing notes with a hardship (health)
    d = W.doc(f"keystone-home-lending/servicing/notes/loan_{R.randint(10 ** 9, 10 ** 10 - 1)}_comments.txt", "txt", "en")
    cond = R.choice(["was diagnosed with multiple sclerosis and is on short-term disability", "had a stroke in August and is in outpatient rehab",
                     "is undergoing dialysis three times a week and cut her hours"])
    rep = R.choice(["KBOYD", "LNGUYEN", "SFARR"])
    txt = f"""LOAN COMMENTS - {bo.last.upper()}, {bo.first.upper()} / {co.last.upper()}, {co.first.upper()}     Investor: FNMA     Status: 60 DPD
2026-09-04 10:12 {rep}  OB call to B1 {bo.phone_nat}, LVM to return call re: Aug pmt.
2026-09-09 15:40 {rep}  IB call from B2 {co.first} {co.last} on cell {co.phone_nat}. Verified. B2 states B1 {cond}.
                      Household income down approx 40%. Requested hardship package; e-mailed to {co.email}.
2026-09-22 09:05 {rep}  Rec'd hardship letter and physician statement. Submitted for forbearance review.
2026-10-01 13:27 {rep}  Forbearance approved 6 mos. Advised B2 of terms. Credit reporting per CARES guidance N/A.
"""
    add(d, bo, ("PERSON_NAME", f"{bo.last.upper()}, {bo.first.upper()}"), ("PHONE_NUMBER", bo.phone_nat), ("HEALTH_INFO", cond))
    add(d, co, ("PERSON_NAME", f"{co.first} {co.last}"), ("PHONE_NUMBER", co.phone_nat), ("EMAIL_ADDRESS", co.email))
    put(d, txt)

    # broker pipeline (xlsx)
    d = W.doc("keystone-home-lending/pipeline/LO_pipeline_Tran_2026-10.xlsx", "xlsx", "en")
    rows = [["Keystone Home Lending - Loan Officer Pipeline"], ["LO: Rebecca Tran   Branch: Vancouver WA   Run date: 10/30/2026"], [],
            ["Loan #", "Borrower", "Phone", "Email", "Purpose", "Loan Amt", "Rate", "Lock Exp", "FICO", "Stage"]]
    for p in (bo, U[7], U[8], U[9]):
        rows.append([f"{R.randint(10 ** 9, 10 ** 10 - 1)}", f"{p.first} {p.last}", p.phone_nat, p.email, R.choice(["Purchase", "Rate/Term Refi", "Cash-Out"]),
                     f"${R.randint(180, 780)},000", f"{R.choice(['6.125', '6.375', '6.750', '6.990'])}%", f"11/{R.randint(1, 28):02d}/2026",
                     str(R.randint(640, 810)), R.choice(["Processing", "Underwriting", "Clear to Close", "Application"])])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email))
    xlsx(W.path(d), {"Pipeline": rows})

    # credit card application (JSON)
    p = U[9]
    d = W.doc(f"cascade-summit/cards/applications/2026/10/app_{R.randint(10 ** 8, 10 ** 9 - 1)}.json", "json", "en")
    rec = {"product": "CASH_REWARDS_VISA", "submittedAt": "2026-10-11T19:42:10Z",
           "applicant": {"firstName": p.first, "lastName": p.last, "dob": mdy(p.dob), "ssn": p.ssn, "mobilePhone": p.phone_nat, "email": p.email,
                         "residence": {"street": p.street, "city": p.city, "state": p.state, "zip": p.zip, "housingStatus": "RENT", "monthlyPayment": 1875},
                         "employment": {"status": "EMPLOYED", "employer": R.choice(EMPLOYERS), "annualIncome": R.randint(48, 160) * 1000}},
           "decision": {"result": "APPROVED", "creditLimit": 7500, "reasonCodes": []}}
    add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("US_SSN", p.ssn), ("PHONE_NUMBER", p.phone_nat),
        ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", p.street))
    put(d, json.dumps(rec, indent=2))

    # card collections notes (treatment)
    p = U[10]
    d = W.doc(f"cascade-summit/collections/card/notes_{p.last.upper()}_{R.randint(1000, 9999)}.txt", "txt", "en")
    tr = R.choice(["is going through chemotherapy for breast cancer", "was hospitalized for heart surgery in September",
                   "has been in treatment for alcohol use disorder since July"])
    txt = f"""ACCOUNT: XXXX-XXXX-XXXX-{p.card[-4:]}   CARDHOLDER: {p.first} {p.middle} {p.last}   DAYS PAST DUE: 94   BALANCE: $6,412.90
10/02/2026 11:31 AM  Agent 4471  Called {p.phone_nat} (home). Spoke with cardholder. Cardholder {tr}, out of work since August.
10/02/2026 11:38 AM  Agent 4471  Offered hardship plan: APR 0%, 60 months, $107/mo. Cardholder accepted. Letter sent to {ua(p)}.
10/16/2026 09:02 AM  SYSTEM      First plan payment received via ACH.
"""
    add(d, p, ("PERSON_NAME", f"{p.first} {p.middle} {p.last}"), ("PHONE_NUMBER", p.phone_nat), ("POSTAL_ADDRESS", ua(p)), ("HEALTH_INFO", tr))
    d.decoy("masked card number", ["CREDIT_CARD"])
    put(d, txt)

    # ================================================================== LENDER (JP)
    a, sp, gu = J[4], J[5], J[6]
    emp_a, emp_s, emp_g = R.sample(JA_EMPLOYERS, 3)
    d = W.doc(f"東都中央銀行/ローンセンター/住宅ローン/申込書_{a.family}{a.given}.xlsx", "xlsx", "ja")
    rows = [[f"{JBANK[0]}　住宅ローン借入申込書"], ["申込日", "2026年9月28日", "", "受付番号", f"HL-{R.randint(10 ** 5, 10 ** 6 - 1)}"], [],
            ["【申込人】"], ["お名前", jn(a), "フリガナ", kn(a)], ["生年月日", ja_date(a.dob), "性別", a.sex_ja],
            ["ご住所", f"〒{a.zip} {a.addr_ja}"], ["携帯電話", a.phone_nat, "メール", a.email],
            ["勤務先", emp_a, "勤続年数", f"{R.randint(3, 20)}年"], ["年収（税込）", f"{R.randint(450, 980)}万円"], [],
            ["【連帯債務者】"], ["お名前", jn(sp), "続柄", "配偶者"], ["生年月日", ja_date(sp.dob)], ["勤務先", emp_s, "年収", f"{R.randint(200, 600)}万円"],
            ["携帯電話", sp.phone_nat], [],
            ["【連帯保証人】"], ["お名前", jn(gu), "続柄", "父" if gu.sex_ja == "男" else "母"], ["生年月日", ja_date(gu.dob)],
            ["ご住所", f"〒{gu.zip} {gu.addr_ja}"], ["電話", gu.phone_nat], [],
            ["【物件】"], ["所在地", "埼玉県川口市栄町3丁目7番地12"], ["借入希望額", "4,280万円", "返済期間", "35年"]]
    add(d, a, ("PERSON_NAME", jn(a)), ("DATE_OF_BIRTH", ja_date(a.dob)), ("POSTAL_ADDRESS", a.addr_ja), ("PHONE_NUMBER", a.phone_nat), ("EMAIL_ADDRESS", a.email))
    add(d, sp, ("PERSON_NAME", jn(sp)), ("DATE_OF_BIRTH", ja_date(sp.dob)), ("PHONE_NUMBER", sp.phone_nat))
    add(d, gu, ("PERSON_NAME", jn(gu)), ("DATE_OF_BIRTH", ja_date(gu.dob)), ("POSTAL_ADDRESS", gu.addr_ja), ("PHONE_NUMBER", gu.phone_nat))
    xlsx(W.path(d), {"申込書": rows})

    # 団体信用生命保険 申込書兼告知書 (docx)
    d = W.doc(f"東都中央銀行/ローンセンター/住宅ローン/団信告知書_{a.family}{a.given}.docx", "docx", "ja")
    cond_ja = R.choice(["高血圧症のため2023年から降圧剤を服用中", "2型糖尿病で月1回通院、内服治療中", "2024年に胃がんの手術を受け、現在経過観察中"])
    tbl = [["被保険者氏名", jn(a)], ["生年月日", a.wareki_dob()], ["住所", f"〒{a.zip} {a.addr_ja}"],
           ["告知1　最近3か月以内に医師の治療・投薬を受けたことがありますか", "はい"],
           ["告知内容（病名・治療内容・期間）", cond_ja], ["告知2　過去3年以内の手術・2週間以上の入院", "いいえ"], ["告知日", "2026年9月28日"]]
    add(d, a, ("PERSON_NAME", jn(a)), ("DATE_OF_BIRTH", a.wareki_dob()), ("POSTAL_ADDRESS", a.addr_ja), ("HEALTH_INFO", cond_ja))
    docx(W.path(d), ["団体信用生命保険　申込書兼告知書", "（被保険者ご本人が記入してください）"], table=tbl)

    # 消費者金融 督促 交渉記録
    p = J[15]
    d = W.doc(f"ひまわりクレジット/債権管理/交渉履歴/{p.family}{p.given}_交渉記録.txt", "txt", "ja")
    hosp = R.choice(["心筋梗塞で10月初めまで入院していた", "うつ病で休職中、傷病手当金で生活している", "腰椎椎間板ヘルニアの手術で1か月入院した"])
    txt = f"""顧客番号：{R.randint(10 ** 7, 10 ** 8 - 1)}　　契約番号：CL-{R.randint(10 ** 6, 10 ** 7 - 1)}
顧客氏名：{jn(p)}（{kn(p)}）　　生年月日：{ymd(p.dob, '/')}
住所：〒{p.zip} {p.addr_ja}
勤務先：{R.choice(JA_EMPLOYERS)}（在籍確認済）
延滞日数：67日　　残高：482,310円

2026/10/05 10:12　架電（携帯 {p.phone_nat}）不通、留守電にメッセージ。
2026/10/07 18:40　本人より入電。{hosp}とのこと。収入減少のため分割変更を希望。
2026/10/08 11:05　返済計画変更を提案、月額8,000円で合意。書面を自宅へ郵送。
担当：債権管理課 {R.choice(['田村', '小林', '大西'])}
"""
    add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat), ("HEALTH_INFO", hosp))
    put(d, txt)

    # ================================================================== LENDER (UK)
    k = K[0]
    sort = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
    d = W.doc(f"northbridge-lending/underwriting/affordability/AA_{k.last}_{R.randint(10000, 99999)}.docx", "docx", "en")
    vul = R.choice(["Customer disclosed she is having treatment for breast cancer and may need a payment holiday",
                    "Customer disclosed he has bipolar disorder and asked for letters rather than calls",
                    "Customer mentioned recent hospital admission for a heart condition"])
    tbl = [["Applicant", f"{k.first} {k.last}"], ["Date of birth", k.dob.strftime("%d/%m/%Y")], ["Address", k.addr],
           ["National Insurance number", k.nino], ["Mobile", k.phone_nat], ["Email", k.email],
           ["Employment", f"{R.choice(['NHS Leeds Teaching Hospitals', 'Arup', 'Tesco Stores Ltd'])}, permanent, 6 years"],
           ["Net monthly income", f"£{R.randint(18, 38) * 100:,}"], ["Rent / mortgage", f"£{R.randint(6, 13) * 100}"],
           ["Credit commitments (CRA)", "£214 (1 card, 1 car finance)"], ["Disposable income after stress test", f"£{R.randint(1, 6) * 100}"],
           ["Repayment account", f"Sort code {sort}  Account {k.acct}"],
           ["Vulnerability", vul], ["Decision", "Accepted - £6,500 over 48 months, APR 14.9%"], ["Underwriter", "P. Gallacher"]]
    add(d, k, ("PERSON_NAME", f"{k.first} {k.last}"), ("DATE_OF_BIRTH", k.dob.strftime("%d/%m/%Y")), ("POSTAL_ADDRESS", k.addr), ("UK_NINO", k.nino),
        ("PHONE_NUMBER", k.phone_nat), ("EMAIL_ADDRESS", k.email), ("BANK_ACCOUNT", k.acct), ("HEALTH_INFO", vul))
    d.mark_opt("CORP_CONFIDENTIAL")  # "Personal loan application - CONFIDENTIAL" under the title: a company's marking, if one
    docx(W.path(d), ["Northbridge Lending Ltd - Affordability Assessment", "Personal loan application - CONFIDENTIAL"], table=tbl)

    # FCA complaints log (xlsx)
    d = W.doc("northbridge-lending/compliance/complaints/FCA_complaints_log_H2_2026.xlsx", "xlsx", "en")
    rows = [["Northbridge Lending Ltd - Complaints register (DISP 1.10)"], [],
            ["Ref", "Received", "Complainant", "Contact", "Email", "Product", "DISP category", "Summary", "Outcome", "FOS ref"]]
    bere = R.choice(["Complainant's husband died in July; she says the collection calls made her anxiety and depression worse",
                     "Complainant says repeated calls after his wife's death triggered panic attacks; he is under his GP"])
    for i, kk in enumerate(K[1:4]):
        summ = bere if i == 1 else R.choice(["Early settlement figure quoted incorrectly", "Arrears fee applied after payment date moved",
                                             "Affordability check said to be inadequate"])
        rows.append([f"NBL-C-{R.randint(10000, 99999)}", f"{R.randint(1, 28):02d}/{R.randint(7, 10):02d}/2026", f"{kk.first} {kk.last}", kk.phone_nat, kk.email,
                     "Personal loan", R.choice(["Arrears related", "Charges", "Advising, selling and arranging"]), summ,
                     R.choice(["Upheld", "Not upheld", "Open"]), f"PNX-{R.randint(1000000, 9999999)}" if i == 0 else ""])
        add(d, kk, ("PERSON_NAME", f"{kk.first} {kk.last}"), ("PHONE_NUMBER", kk.phone_nat), ("EMAIL_ADDRESS", kk.email))
        if i == 1:
            add(d, kk, ("HEALTH_INFO", bere))
    xlsx(W.path(d), {"Register": rows})

    # ================================================================== BROKERAGE / WEALTH
    ow, sp_, ch = U[18], U[19], U[20]
    ow.brok = f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    d = W.doc(f"granite-peak-wealth/statements/2026-09/{ow.last}_{ow.brok}_stmt.pdf", "pdf", "en")
    hold = []
    for sym, cus, name in R.sample([("AAPL", "037833100", "APPLE INC"), ("MSFT", "594918104", "MICROSOFT CORP"), ("VTI", "922908769", "VANGUARD TOTAL STK MKT ETF"),
                                    ("JNJ", "478160104", "JOHNSON & JOHNSON"), ("BND", "921937835", "VANGUARD TOTAL BOND MKT ETF")], 4):
        hold.append(f"{sym:<6} {cus}  {name:<28} {R.randint(10, 900):>5} sh   ${R.randint(2000, 90000):>7,}.{R.randint(10, 99)}")
    pages = [["Granite Peak Wealth Partners   Member FINRA/SIPC", "Account Statement   September 1 - September 30, 2026", "",
              f"{ow.first.upper()} {ow.middle[0]} {ow.last.upper()}", ow.street.upper(), f"{ow.city.upper()} {ow.state} {ow.zip}", "",
              f"Account Number: {ow.brok}     Account Type: Individual TOD", f"Your Advisor: {R.choice(['Gregory Hale, CFP', 'Naomi Stirling, CFA'])}   (888) 555-0142", "",
              "HOLDINGS", "Symbol CUSIP      Description                  Quantity       Market Value"] + hold +
             ["", "Total account value: see summary.", "Beneficiaries on file: 2 (Transfer on Death)"]]
    add(d, ow, ("PERSON_NAME", f"{ow.first.upper()} {ow.middle[0]} {ow.last.upper()}"), ("POSTAL_ADDRESS", f"{ow.street.upper()}, {ow.city.upper()} {ow.state} {ow.zip}"),
        ("BANK_ACCOUNT", ow.brok))
    d.opt_type("PHONE_NUMBER")
    pdf(W.path(d), pages)

    # beneficiary designation (docx table)
    d = W.doc(f"granite-peak-wealth/forms/TOD_beneficiary_designation_{ow.last}.docx", "docx", "en")
    share = R.choice([(50, 50), (60, 40), (70, 30)])
    tbl = [["Account owner", f"{ow.first} {ow.middle} {ow.last}"], ["Account number", ow.brok], ["Owner SSN", ow.ssn], ["Owner date of birth", mdy(ow.dob)],
           ["Primary beneficiary 1", f"{sp_.first} {sp_.last}"], ["Relationship", "Spouse"], ["Date of birth", mdy(sp_.dob)], ["SSN", sp_.ssn], ["Share", f"{share[0]}%"],
           ["Primary beneficiary 2", f"{ch.first} {ch.last}"], ["Relationship", "Child"], ["Date of birth", mdy(ch.dob)], ["SSN", ch.ssn], ["Share", f"{share[1]}%"],
           ["Owner signature", f"/s/ {ow.first} {ow.last}   10/04/2026"]]
    add(d, ow, ("PERSON_NAME", f"{ow.first} {ow.middle} {ow.last}"), ("BANK_ACCOUNT", ow.brok), ("US_SSN", ow.ssn), ("DATE_OF_BIRTH", mdy(ow.dob)))
    add(d, sp_, ("PERSON_NAME", f"{sp_.first} {sp_.last}"), ("DATE_OF_BIRTH", mdy(sp_.dob)), ("US_SSN", sp_.ssn))
    add(d, ch, ("PERSON_NAME", f"{ch.first} {ch.last}"), ("DATE_OF_BIRTH", mdy(ch.dob)), ("US_SSN", ch.ssn))
    docx(W.path(d), ["GRANITE PEAK WEALTH PARTNERS", "Transfer on Death (TOD) Beneficiary Designation"], table=tbl)

    # UK stocks & shares ISA statement (PDF)
    k = K[4]
    isa = f"ISA{R.randint(10 ** 6, 10 ** 7 - 1)}"
    d = W.doc(f"albion-wealth/client-statements/2026Q3/{k.last}_{isa}.pdf", "pdf", "en")
    pages = [["Albion Wealth Management LLP - Stocks & Shares ISA valuation", "Period 1 July 2026 to 30 September 2026", "",
              f"{'Mrs' if k.first in WOMEN else 'Mr'} {k.first} {k.last}"] + k.addr_lines +
             ["", f"Client account: {isa}     National Insurance number: {k.nino}", "",
              "ISIN           Holding                                Units      Value (GBP)",
              f"GB00B4PQW151   Vanguard LifeStrategy 60% Equity A Acc   {R.randint(100, 900)}     {R.randint(5000, 40000):,}.{R.randint(10, 99)}",
              f"GB0002875804   British American Tobacco plc             {R.randint(100, 900)}     {R.randint(2000, 9000):,}.{R.randint(10, 99)}",
              f"IE00B3RBWM25   Vanguard FTSE All-World UCITS ETF        {R.randint(10, 90)}      {R.randint(2000, 9000):,}.{R.randint(10, 99)}", "",
              "Your adviser: Charlotte Emsley, Chartered Financial Planner   0113 496 0520"]]
    add(d, k, ("PERSON_NAME", f"{k.first} {k.last}"), ("POSTAL_ADDRESS", k.addr), ("UK_NINO", k.nino))
    d.opt_type("PHONE_NUMBER")
    pdf(W.path(d), pages)

    # wealth client onboarding XML (German client)
    de = E[1]
    d = W.doc(f"albion-wealth/onboarding/exports/client_{R.randint(10 ** 5, 10 ** 6 - 1)}.xml", "xml", "en")
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<ClientOnboarding xmlns="urn:albion:onboarding:v3" status="APPROVED">
  <Client>
    <Title>{'Frau' if de.first in ('Lena', 'Sabine', 'Katrin') else 'Herr'}</Title>
    <GivenName>{de.first}</GivenName>
    <FamilyName>{de.last}</FamilyName>
    <BirthDate>{ymd(de.dob)}</BirthDate>
    <Nationality>DE</Nationality>
    <TaxResidency country="DE"/>
    <Address><Street>{de.street}</Street><PostCode>{de.plz}</PostCode><City>{de.city}</City><Country>DE</Country></Address>
    <Phone>{de.phone_nat}</Phone>
    <Email>{de.email}</Email>
    <IdentityDocument type="PASSPORT" issuingState="DEU" number="C{R.randint(10 ** 7, 10 ** 8 - 1)}F"/>
    <SettlementAccount><IBAN>{de.iban}</IBAN><BIC>{R.choice(['COBADEFFXXX', 'DEUTDEFFXXX', 'BYLADEM1001'])}</BIC></SettlementAccount>
    <SourceOfWealth>Sale of business interest (2024)</SourceOfWealth>
    <PEP>false</PEP>
  </Client>
  <RiskRating>MEDIUM</RiskRating>
</ClientOnboarding>
"""
    add(d, de, ("PERSON_NAME", f"{de.first} {de.last}"), ("DATE_OF_BIRTH", ymd(de.dob)), ("POSTAL_ADDRESS", de.street), ("PHONE_NUMBER", de.phone_nat),
        ("EMAIL_ADDRESS", de.email), ("IBAN", de.iban))
    d.decoy("German passport number (no code)", ["US_PASSPORT", "JP_PASSPORT"])
    put(d, xml)

    # SWIFT MT103 from a UK client to a French payee
    k = K[5]
    d = W.doc(f"albion-wealth/payments/swift/out/MT103_{R.randint(10 ** 6, 10 ** 7 - 1)}.fin", "fin", "en")
    txt = f"""{{1:F01ALBNGB2LAXXX0000000000}}{{2:I103{R.choice(['BNPAFRPPXXXX', 'SOGEFRPPXXXX'])}N}}{{4:
:20:ALB{R.randint(10 ** 8, 10 ** 9 - 1)}
:23B:CRED
:32A:261022EUR42500,00
:50K:/{k.iban}
{k.first.upper()} {k.last.upper()}
{k.addr_lines[0].upper()}
{k.addr_lines[1].upper()} {k.addr_lines[2]}
:59:/{fr.iban}
{fr.first.upper()} {fr.last.upper()}
{fr.street.upper()}
{fr.plz} {fr.city.upper()}
:70:LOYER ET DEPOT DE GARANTIE
:71A:SHA
-}}
"""
    add(d, k, ("PERSON_NAME", f"{k.first.upper()} {k.last.upper()}"), ("IBAN", k.iban), ("POSTAL_ADDRESS", k.addr_lines[0].upper()))
    add(d, fr, ("PERSON_NAME", f"{fr.first.upper()} {fr.last.upper()}"), ("IBAN", fr.iban), ("POSTAL_ADDRESS", fr.street.upper()))
    put(d, txt)

    # JP 証券総合口座 開設申込書 (docx)
    a = J[13]
    a.mn = __import__("probelib").my_number(R, "")
    a.acct = jacct()
    d = W.doc(f"東都証券/口座開設/{R.randint(10 ** 5, 10 ** 6 - 1)}_{a.family}{a.given}_申込書.docx", "docx", "ja")
    tbl = [["お名前", jn(a)], ["フリガナ", kn(a)], ["生年月日", ja_date(a.dob)], ["ご住所", f"〒{a.zip}　{a.addr_ja}"], ["電話番号", a.phone_nat],
           ["メールアドレス", a.email], ["個人番号（マイナンバー）", a.mn], ["特定口座", "開設する（源泉徴収あり）"], ["NISA口座", "開設する"],
           ["ご職業", "会社員"], ["勤務先", R.choice(JA_EMPLOYERS)], ["内部者登録", "該当しない"],
           ["出金先口座", f"{R.choice(['みずほ銀行', '三菱UFJ銀行', '東都中央銀行'])}　{branch()[1]}　普通　{a.acct}"],
           ["投資経験", "株式 5年以上、投資信託 3年"], ["金融資産", "1,000万円～3,000万円"]]
    add(d, a, ("PERSON_NAME", jn(a)), ("DATE_OF_BIRTH", ja_date(a.dob)), ("POSTAL_ADDRESS", a.addr_ja), ("PHONE_NUMBER", a.phone_nat),
        ("EMAIL_ADDRESS", a.email), ("JP_MY_NUMBER", a.mn), ("BANK_ACCOUNT", a.acct))
    docx(W.path(d), ["東都証券株式会社　総合取引口座開設申込書", "（特定口座・NISA口座同時申込）"], table=tbl)

    # NISA 顧客一覧 CSV
    d = W.doc("東都証券/営業管理/NISA顧客一覧_20261031.csv", "csv", "ja")
    rows = [["顧客コード", "氏名", "氏名カナ", "生年月日", "郵便番号", "住所", "電話番号", "出金先銀行", "出金先支店", "口座種別", "出金先口座番号", "担当者"]]
    J[14].acct = jacct()
    for p in (J[13], J[14]):
        rows.append([f"{R.randint(100, 999)}-{R.randint(100000, 999999)}", jn(p), half_kana(kn(p)), ymd(p.dob, "/"), p.zip, p.addr_ja, p.phone_nat,
                     R.choice(["みずほ銀行", "東都中央銀行"]), branch()[1], "普通", p.acct, R.choice(["営業一課 村田", "営業二課 小池"])])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("BANK_ACCOUNT", p.acct))
    put_bytes(d, csv_text(rows).encode("utf-8-sig"))

    # ================================================================== look-alikes
    def decoy(path, writer, desc, codes, opt=(), lang="en"):
        dd = W.doc(path, path.rsplit(".", 1)[1], lang)
        writer(dd)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    rt = [["Routing Number", "Institution", "City", "State", "SWIFT/BIC", "Customer Service"]]
    for nm, city, st, bic in [("Cascade Summit Bank, N.A.", "Portland", "OR", "CSBKUS66"), ("Evergreen Federal Credit Union", "Tacoma", "WA", ""),
                              ("Pacific Northern Bank", "Seattle", "WA", "PNBKUS6S"), ("Morgan Valley Savings Bank", "Boise", "ID", ""),
                              ("Wells Fargo Bank, N.A.", "Sioux Falls", "SD", "WFBIUS6S"), ("JPMorgan Chase Bank, N.A.", "Columbus", "OH", "CHASUS33")]:
        rt.append([routing(R), nm, city, st, bic, f"1-800-{R.randint(200, 989)}-{R.randint(1000, 9999)}"])
    decoy("cascade-summit/wire-room/reference/routing_bic_directory.csv", lambda dd: put(dd, csv_text(rt)),
          "ABA routing / SWIFT BIC directory (institutions only)", ["BANK_ACCOUNT", "PERSON_NAME"], ("PHONE_NUMBER",))

    bc = [["金融機関コード", "金融機関名", "支店コード", "支店名", "所在地", "電話番号"]]
    for code, nm in [("0397", "東都中央銀行"), ("0001", "みずほ銀行"), ("0009", "三井住友銀行")]:
        for _ in range(3):
            bc.append([code, nm, f"{R.randint(100, 899)}", R.choice(["本店営業部", "渋谷支店", "新宿中央支店", "横浜駅前支店", "大宮支店", "梅田支店"]),
                       R.choice(["東京都渋谷区道玄坂1丁目2番3号", "神奈川県横浜市西区高島2丁目1番1号", "大阪府大阪市北区梅田3丁目1番1号"]),
                       f"0{R.choice(['3', '45', '6'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}" if R.random() < 0.5 else f"03-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"])
    decoy("東都中央銀行/事務/金融機関支店コード一覧.csv", lambda dd: put_bytes(dd, csv_text(bc).encode("cp932")),
          "金融機関・支店コード一覧 (branches only)", ["BANK_ACCOUNT", "PERSON_NAME", "JP_MY_NUMBER"], ("PHONE_NUMBER", "POSTAL_ADDRESS"), lang="ja")

    tape = [["Loan Number", "MERS MIN", "Pool", "Note Rate", "Orig UPB", "Current UPB", "LTV", "DTI", "FICO", "Property State", "Occupancy", "Next Due"]]
    for _ in range(10):
        tape.append([f"{R.randint(10 ** 9, 10 ** 10 - 1)}", f"100{R.randint(10 ** 4, 10 ** 5 - 1)}{R.randint(10 ** 9, 10 ** 10 - 1)}", f"FN {R.choice(['MA5123', 'CB7781', 'FS4410'])}",
                     f"{R.choice(['6.125', '6.500', '6.875', '7.000'])}", f"{R.randint(150, 760)}000.00", f"{R.randint(140, 750)}123.45", f"{R.randint(55, 97)}",
                     f"{R.randint(18, 45)}", str(R.randint(640, 820)), R.choice(["WA", "OR", "ID"]), R.choice(["Primary", "Investment"]), f"12/01/2026"])
    decoy("keystone-home-lending/secondary/loan_tape_FNMA_delivery_202611.csv", lambda dd: put(dd, csv_text(tape)),
          "loan tape (loan numbers, MERS MINs, no borrowers)", ["BANK_ACCOUNT", "CREDIT_CARD", "US_SSN", "PHONE_NUMBER", "JP_MY_NUMBER", "DATE_OF_BIRTH"])

    sec = [["CUSIP", "ISIN", "SEDOL", "Issuer", "Description", "Coupon", "Maturity"]]
    for cus, isin, sedol, iss, desc in [("478160104", "US4781601046", "2475833", "Johnson & Johnson", "COM"),
                                        ("617446448", "US6174464486", "2262314", "Morgan Stanley", "COM NEW"),
                                        ("808513105", "US8085131055", "2779397", "Charles Schwab Corp", "COM"),
                                        ("002824100", "US0028241000", "2002305", "Abbott Laboratories", "COM"),
                                        ("912828ZQ6", "US912828ZQ64", "BMTRB48", "United States Treasury", "NOTE")]:
        sec.append([cus, isin, sedol, iss, desc, "" if desc != "NOTE" else "0.250", "" if desc != "NOTE" else "05/15/2030"])
    decoy("granite-peak-wealth/reference/security_master_extract.csv", lambda dd: put(dd, csv_text(sec)),
          "security master (CUSIP / ISIN / SEDOL; issuers named after families)", ["IBAN", "BANK_ACCOUNT", "CREDIT_CARD", "PERSON_NAME", "DATE_OF_BIRTH"])

    rs = ["KEYSTONE HOME LENDING - WHOLESALE RATE SHEET", "Effective 10/28/2026 9:00 AM PT   Lock desk: (360) 555-0170", "",
          "30 YR FIXED CONFORMING      15-day    30-day    45-day", "   6.250                   (0.875)   (0.750)   (0.625)",
          "   6.500                   (1.625)   (1.500)   (1.375)", "LLPA GRID: FICO 740-759 / LTV 75.01-80.00: 0.250", "",
          "Rates subject to change without notice. For licensed mortgage professionals only. NMLS 184732."]
    decoy("keystone-home-lending/pricing/rate_sheet_20261028.pdf", lambda dd: pdf(W.path(dd), [rs]), "rate sheet (rates, lock periods, NMLS id)",
          ["DATE_OF_BIRTH", "BANK_ACCOUNT", "PERSON_NAME"], ("PHONE_NUMBER",))

    am = [["Payment No", "Payment Date", "Payment", "Principal", "Interest", "Balance"]]
    bal = 412000.0
    for n in range(1, 25):
        i_ = round(bal * 0.065 / 12, 2)
        pr = round(2604.12 - i_, 2)
        bal = round(bal - pr, 2)
        am.append([str(n), f"{(n % 12) + 1:02d}/01/{2026 + (n // 12)}", "2,604.12", f"{pr:,.2f}", f"{i_:,.2f}", f"{bal:,.2f}"])
    decoy("keystone-home-lending/tools/amortization_412000_6.5_30yr.csv", lambda dd: put(dd, csv_text(am)), "amortisation schedule",
          ["DATE_OF_BIRTH", "BANK_ACCOUNT", "PHONE_NUMBER"])

    kr = [["住宅ローン借入申込書（記入例）"], [], ["お名前", "山田　太郎", "フリガナ", "ヤマダ　タロウ"], ["生年月日", "1985年4月1日"],
          ["ご住所", "〒100-0001 東京都千代田区千代田1-1"], ["携帯電話", "090-0000-0000"], ["勤務先", "○○株式会社", "年収", "600万円"],
          ["【連帯債務者】"], ["お名前", "山田　花子", "続柄", "配偶者"], ["返済用口座", "普通　1234567"], ["運転免許証番号", "123456789012"]]
    decoy("東都中央銀行/ローンセンター/書式/住宅ローン申込書_記入例.xlsx", lambda dd: xlsx(W.path(dd), {"記入例": kr}),
          "住宅ローン申込書 記入例 (山田 太郎 / 花子, 090-0000-0000, 1234567)", ["PHONE_NUMBER", "BANK_ACCOUNT", "JP_DRIVERS_LICENSE", "JP_MY_NUMBER"],
          ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"), lang="ja")

    us_s = ["UNIFORM RESIDENTIAL LOAN APPLICATION - COMPLETED SAMPLE (for training only)", "",
            "1a. Name (First, Middle, Last, Suffix): JOHN Q. SAMPLE", "Social Security Number: 123-45-6789     Date of Birth: 01/01/1980",
            "Current Address: 123 Any Street, Anytown, ST 00000", "Home Phone: (555) 555-0100", "Employer: ACME CORPORATION   Gross Monthly Income: $5,000.00",
            "Lender Loan No.: 0000000000     MIN: 100000000000000000"]
    decoy("keystone-home-lending/training/URLA_completed_sample.txt", lambda dd: put(dd, "\n".join(us_s) + "\n"),
          "URLA sample (JOHN Q. SAMPLE, 123-45-6789, 555-0100)", ["US_SSN", "PHONE_NUMBER", "BANK_ACCOUNT"], ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"))

    gw = ["# Payments gateway - sandbox testing", "", "Use these test card numbers in the sandbox only:", "",
          "| Brand | Number | CVC | Expiry |", "|---|---|---|---|", "| Visa | 4242 4242 4242 4242 | any 3 digits | any future date |",
          "| Visa (debit) | 4000 0566 5566 5556 | any | any |", "| Mastercard | 5555 5555 5555 4444 | any | any |", "| Amex | 3782 822463 10005 | any 4 | any |", "",
          "ACH test bank account: routing number 110000000, account number 000123456789.", "",
          "Example customer object: `{\"name\": \"Jenny Rosen\", \"email\": \"jenny.rosen@example.com\"}`", "",
          "Never use real card data in the sandbox."]
    decoy("cascade-summit/it/dev-docs/payments_gateway_sandbox.md", lambda dd: put(dd, "\n".join(gw) + "\n"),
          "payment gateway doc: test cards, the test bank account, Jenny Rosen", ["BANK_ACCOUNT", "US_SSN", "PHONE_NUMBER"],
          ("CREDIT_CARD", "PERSON_NAME", "EMAIL_ADDRESS"))

    bin_ = [["BIN", "Masked PAN", "Fraud Type", "Txn Count", "Gross Loss", "Merchant Category"]]
    for _ in range(8):
        b6 = R.choice(["453201", "455673", "542418", "601100"])
        bin_.append([b6, f"{b6}******{R.randint(1000, 9999)}", R.choice(["CNP", "Counterfeit", "Lost/Stolen", "ATO"]), str(R.randint(1, 40)),
                     f"${R.randint(100, 9000):,}.00", R.choice(["5411", "5542", "5999", "4829"])])
    decoy("cascade-summit/fraud/reports/bin_fraud_summary_2026Q3.csv", lambda dd: put(dd, csv_text(bin_)), "BIN fraud summary with masked PANs",
          ["CREDIT_CARD", "BANK_ACCOUNT", "PERSON_NAME"])

    br_ = [f"{JBANK[0]}の住宅ローン「すまいプラス」", "", "変動金利型　年0.485％（2026年11月適用）", "全期間固定型　年1.820％",
           "団体信用生命保険料　無料（がん保障特約は年0.1％上乗せ）", "お借入期間　1年以上35年以内　お借入額　50万円以上1億円以内",
           "お申込いただける方：お借入時の年齢が満18歳以上満65歳未満の方", "", "ご相談・お問い合わせ　住宅ローンセンター",
           "フリーダイヤル　0120-397-115（平日9:00～17:00）", "取扱期間：2026年11月1日～2027年3月31日"]
    decoy("東都中央銀行/商品企画/パンフレット/住宅ローンすまいプラス_2026秋.txt", lambda dd: put(dd, "\n".join(br_) + "\n"),
          "住宅ローン brochure (rates, フリーダイヤル)", ["PERSON_NAME", "DATE_OF_BIRTH", "BANK_ACCOUNT"], ("PHONE_NUMBER",), lang="ja")

    fee = ["CASCADE SUMMIT BANK - SCHEDULE OF FEES (effective November 1, 2026)", "", "Domestic wire, outgoing .................. $30.00",
           "International wire, outgoing ............. $45.00", "Incoming wire .............................. $15.00",
           "Returned item / NSF ........................ $35.00 (max 3 per day)", "Stop payment ............................... $32.00",
           "Safe deposit box 3x5 / 5x10 annual .......... $60.00 / $140.00", "Our routing number: 123006800   SWIFT: CSBKUS66",
           "Questions? 1-800-555-0199, Monday-Saturday."]
    decoy("cascade-summit/marketing/fee_schedule_2026-11.pdf", lambda dd: pdf(W.path(dd), [fee]), "fee schedule (routing number, BIC, hotline)",
          ["BANK_ACCOUNT", "DATE_OF_BIRTH", "PERSON_NAME"], ("PHONE_NUMBER",))

    aml = ["AML Typologies - Q4 Training", "", "Case study 1: Structuring", "Customer A deposits $9,500 in cash at three branches on three consecutive days and "
           "wires $27,000 to Customer B the next morning. Neither customer has a business that generates cash.", "",
           "Case study 2: Funnel account", "Deposits in several states into one account, rapid withdrawals in another state.", "",
           "Red flags: round amounts just under $10,000; customer asks about the reporting threshold; third parties making deposits.",
           "Escalate to BSA Officer via the alert queue within 2 business days."]
    decoy("cascade-summit/bsa-aml/training/typologies_Q4_2026.txt", lambda dd: put(dd, "\n".join(aml) + "\n"), "AML training text (Customer A / B)",
          ["PERSON_NAME", "BANK_ACCOUNT", "DATE_OF_BIRTH"])

    W.finish()


if __name__ == "__main__":
    main()
