#!/usr/bin/env python3
"""gen19.py - probe set 19 for leakscope: the machine-to-machine interchange files that a breach of a finance, payroll /
HR-benefits or health-IT system leaks, each in its real layout (fixed-width records, EDI segments, HL7 v2 pipes, ISO
20022 / C-CDA XML, FHIR JSON, SWIFT blocks), with people of the US, the UK, Germany, France and Japan, each in 1-3 items.

  Payments  NACHA ACH files (94-character records: a PPD payroll file with an addenda record, a WEB consumer-debit
            file; 6 entry detail = RDFI routing + check digit, DFI account, individual id, individual name), a UK BACS
            Standard 18 file (VOL1 / HDR1 / UHL1 labels, 100-character records: sort code + account + account name),
            SWIFT MT103 (:50K: ordering customer /IBAN, name, address; :59: beneficiary) and MT940 (:25: account,
            :86: narrative with a counterparty), ISO 20022 pain.001 (creditors with PstlAdr), camt.053 (a person's
            statement: Ownr, RltdPties), pain.008 direct debits and a pain.009 mandate, an OFX bank statement
            (BANKID / ACCTID, no name), a positive-pay check issue file, a card switch log (full PANs, track-1 data,
            masked PANs side by side)
  Payroll   an ADP-style payroll export CSV (direct-deposit routing / account columns), a Workday-style worker
            payment-election JSON, IRS FIRE (Pub 1220) 1099 "B" records (750 characters: TIN type, payee TIN, name,
            address), a 全銀協 口座振替 file (120-byte Shift_JIS records)
  Health    X12 834 benefit enrollment (INS / REF*0F / NM1*IL ... 34 SSN / PER / N3 / N4 / DMG, a dependant) and X12
            837P claim (NM1*IL, DMG, HI diagnosis codes; a rendering provider), both in an EDI zip, HL7 v2 ADT^A01
            (PID-3/5/7/11/13/19, NK1 next of kin, PV1 attending doctor, DG1) and ORU^R01 (OBX results), SS-MIX2 style
            Japanese HL7 (PID-5 kanji ~ kana, DG1 / OBX in Japanese), a FHIR R4 Bundle (Patient + Condition), a C-CDA
            excerpt (recordTarget, problem entry), a レセプト電算 (UKE) file (IR / RE / HO / SY records, Shift_JIS)
  Look-alikes  the same formats with only company parties (a CCD vendor-payment ACH file, a corporate MT103, a
            company camt.053, a BACS supplier run, a 1099-NEC file whose payees are businesses with EINs), record
            layout and companion-guide documents with placeholders, an ICD-10 code list, a 傷病名マスター extract,
            a FHIR ValueSet, an HL7 test message (MSH-11 = T, ZZTEST^PATIENT), an X12 999 acknowledgment, a card BIN /
            masked-PAN settlement summary

    python3 bench/probes/gen19.py OUT [--seed N]      (tuning seed 19; check seed 2020, measured once before and once after)

Truth conventions (besides README's): a firm's own identifiers (company ID / EIN, immediate origin, ODFI and bank
routing numbers, BICs, SEPA creditor identifiers, NPIs, payer TINs) have no PII type; a firm's own account or IBAN (an
ACH originator's, a corporate debtor's, a supplier's in a CCD or BACS run) is optional BANK_ACCOUNT / IBAN (the 全銀
header's payer account was left out the same way), a person's account in an entry record is BANK_ACCOUNT of that
person; a routing number or sort code alone is no BANK_ACCOUNT. A name in capitals in a payment record ("MARCUS
OKAFOR", "PEMBERTON O", "WHITAKER/HEATHER") is PERSON_NAME. Trace, batch, ISA / GS / ST control, claim control,
check, reference, RRN and member numbers, MRNs and auth codes have no type (decoys where shaped like phones, SSNs or
cards). A diagnosis code or a result of a named patient (X12 HI, HL7 DG1 / OBX, FHIR Condition, C-CDA problem, UKE SY)
is HEALTH_INFO of the patient; a code list, a master file or a ValueSet without a person is none. An HL7 message whose
MSH-11 processing id is T (test) with a ZZTEST patient: the patient's name, birth date, address and codes are optional,
its number types decoys (as a 記入例's placeholders). A 1099 payee with TIN type 1 (EIN) is a business: no US_SSN, no
PERSON_NAME. A masked PAN is no CREDIT_CARD; a full PAN in a log or in track data is. A next of kin (NK1) or
dependant (834 INS*N) with a phone or SSN is a truth person; an attending or rendering doctor is PERSON_NAME of the
item, no truth person; a clinic's, payer's or bank's own phone and address are optional. An account, IBAN or card
with no name in its item (an OFX statement, an MT940 account) counts for the item, no truth person.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import luhn_number  # noqa: E402
from gen12s import fix_status, half_kana  # noqa: E402
from gen9 import eu_person  # noqa: E402
from enlib import iban, routing  # noqa: E402

US_BANKS = ["JPMORGAN CHASE BANK", "WELLS FARGO BANK", "BANK OF AMERICA", "US BANK NA", "PNC BANK"]


def fx(s, n, right=False, fill=" "):
    """A fixed-width field: cut to n characters, padded (numbers right-justified with zeros)."""
    s = str(s)[:n]
    return s.rjust(n, fill) if right else s.ljust(n, fill)


def nacha(company, company_id, odfi, sec, desc, eff, entries, R, service="220"):
    """A NACHA file: 1 file header, 5 batch header, 6 entries (with 7 addenda), 8 batch control, 9 file control, padded
    to a block of ten 94-character records. entries: (tx code, routing, account, amount cents, ind id, name, addenda)."""
    recs = ["101" + " " + odfi + "0" + fx(company_id, 10) + "2603051200A094101" + fx("FIRST NATIONAL BANK", 23)
            + fx(company, 23) + fx("", 8)]
    recs.append("5" + service + fx(company, 16) + fx("", 20) + fx(company_id, 10) + sec + fx(desc, 10) + fx("MAR 05", 6)
                + eff + "   " + "1" + odfi[:8] + "0000001")
    n, hash_, total = 0, 0, 0
    for seq, (tx, rt, acct, amt, ind, name, add) in enumerate(entries, 1):
        trace = odfi[:8] + f"{seq:07d}"
        recs.append("6" + tx + rt + fx(acct, 17) + fx(amt, 10, True, "0") + fx(ind, 15) + fx(name, 22) + "  "
                    + ("1" if add else "0") + trace)
        n += 1
        hash_ += int(rt[:8])
        total += amt
        if add:
            recs.append("705" + fx(add, 80) + "0001" + f"{seq:07d}")
            n += 1
    debit = total if service == "225" else 0
    credit = total if service != "225" else 0
    recs.append("8" + service + f"{n:06d}" + f"{hash_ % 10**10:010d}" + f"{debit:012d}" + f"{credit:012d}" + fx(company_id, 10)
                + fx("", 19) + fx("", 6) + odfi[:8] + "0000001")
    blocks = (len(recs) + 1 + 9) // 10
    recs.append("9" + "000001" + f"{blocks:06d}" + f"{n:08d}" + f"{hash_ % 10**10:010d}" + f"{debit:012d}" + f"{credit:012d}" + fx("", 39))
    while len(recs) % 10:
        recs.append("9" * 94)
    for r in recs:
        assert len(r) == 94, (len(r), r)
    return "\n".join(recs) + "\n"


def bacs18(user_sort, user_acct, user_name, rows, R):
    """A BACS Standard 18 file: VOL1 / HDR1 / HDR2 / UHL1 labels (80 characters), 100-character data records, EOF / UTL1
    trailers. rows: (sort code, account, amount pence, reference, account name)."""
    sun = f"{R.randint(100000, 999999)}"
    recs = [fx("VOL1" + fx("173922", 6) + " " + fx("", 20) + fx("", 6) + fx(sun, 6), 79) + "1",
            fx("HDR1" + fx(f"A{sun}S  1{sun}", 17) + "00010001       26064 260640000000000000", 80),
            fx("HDR2F0200000100", 80),
            fx("UHL1 26064999999    000000001 DAILY  001", 80)]
    total = 0
    for sc, acct, amt, ref, name in rows:
        total += amt
        recs.append(sc + acct + "0" + "99" + user_sort + user_acct + "    " + fx(amt, 11, True, "0") + fx(user_name, 18) + fx(ref, 18)
                    + fx(name, 18))
    recs.append(user_sort + user_acct + "0" + "17" + user_sort + user_acct + "    " + fx(total, 11, True, "0") + fx(user_name, 18)
                + fx("CONTRA", 18) + fx(user_name, 18))
    recs += [fx("EOF1" + fx(f"A{sun}S  1{sun}", 17) + "00010001       26064 260640000000000000", 80),
             fx("UTL1" + fx(total, 13, True, "0") + fx(total, 13, True, "0") + fx(len(rows), 7, True, "0") + fx(1, 7, True, "0"), 80)]
    for r in recs:
        assert len(r) in (80, 100), (len(r), r)
    return "\r\n".join(recs) + "\r\n"


def fire_b(year, tin_type, tin, acct_no, amount, name1, name2, addr, city, st, zip_, seq):
    """An IRS FIRE (Pub 1220) payee "B" record, 750 characters."""
    r = ("B" + str(year) + " " + fx(name1.replace(" ", "")[:4].upper(), 4) + tin_type + tin + fx(acct_no, 20) + fx("", 4) + fx("", 10)
         + fx(amount, 12, True, "0") + "0" * 12 * 15 + fx("", 1) + fx(name1, 40) + fx(name2, 40) + fx(addr, 40) + fx("", 40)
         + fx(city, 40) + st + fx(zip_, 9) + " " + fx(seq, 8, True, "0"))
    r = fx(r, 748) + "\r\n"
    assert len(r) == 750, len(r)
    return r


def fire_a(year, ein, payer, addr, city, st, zip_, phone, seq, kind="A"):
    """An IRS FIRE payer "A" record (payer TIN at 12, name at 53, address at 134, city at 174, phone at 225)."""
    r = ("A" + str(year) + " " + fx("", 5) + ein + fx(payer.replace(" ", "")[:4], 4) + " " + fx(kind, 2) + fx("17", 18) + fx("", 6) + " "
         + fx(payer, 40) + fx("", 40) + "0" + fx(addr, 40) + fx(city, 40) + st + fx(zip_, 9) + fx(phone, 15))
    r = fx(r, 499) + fx(seq, 8, True, "0")
    return fx(r, 748) + "\r\n"


def x12(segments, newline=True, date="260301", ctrl="000000905", gs="BE", sender="SPONSOR01", receiver="CARRIER01", version="005010X220A1"):
    isa = (f"ISA*00*          *00*          *ZZ*{fx(sender, 15)}*ZZ*{fx(receiver, 15)}*{date}*1200*^*00501*{ctrl}*0*P*:")
    segs = [isa, f"GS*{gs}*{sender}*{receiver}*20{date}*1200*{int(ctrl)}*X*{version}"] + segments + [f"GE*1*{int(ctrl)}", f"IEA*1*{ctrl}"]
    return ("~\n" if newline else "~").join(segs) + "~\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=19)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe19")
    R = W.rnd

    def put(d, p, pairs):
        for t, v in pairs:
            d.add(p, t, v)

    def wtext(d, s, enc="utf-8", nl=""):
        W.write_text(d, s, enc)

    def wbytes(d, b):
        with open(W.path(d), "wb") as f:
            f.write(b)

    U = [W.us_person() for _ in range(20)]
    K = [W.uk_person() for _ in range(6)]
    E = [eu_person(W, cc) for cc in ("DE", "FR", "DE", "FR", "DE", "FR")]
    for p in E:
        if p.region == "DE" and p.e164[3:6] in ("151", "160", "171", "176"):
            sub = f"{R.randint(10000000, 99999999)}"
            pre = "151" if p.e164[3:6] in ("151", "160") else "176"
            p.phone_nat, p.e164 = f"+49 {pre} {sub}", f"+49{pre}{sub}"
    J = [W.jp_person() for _ in range(8)]
    for p in U:
        p.rt, p.acct = routing(R), f"{R.randint(10**8, 10**12 - 1)}"
    for p in K:
        p.sort = f"{R.randint(10, 99)}{R.randint(10, 99)}{R.randint(10, 99)}"

    def up(p):
        return f"{p.first} {p.last}".upper()

    def d8(x):
        return x.strftime("%Y%m%d")

    # ===================================================================================== NACHA PPD payroll (+ ADP export)
    pay = U[0:4]
    d = W.doc("Treasury/ACH/outbound/PAYROLL_PPD_20260305.ach", "text", "en")
    ents = []
    for k, p in enumerate(pay):
        add = f"PAYROLL 03/05/26 EMP {40210 + k} NET PAY" if k == 2 else None
        ents.append(("22" if k != 1 else "32", p.rt, p.acct, R.randint(180000, 520000), f"EMP{40210 + k}", up(p), add))
        put(d, p, [("PERSON_NAME", up(p)), ("BANK_ACCOUNT", p.acct)])
    wtext(d, nacha("HARBORVIEW MFG", "1841234567", "07100001", "PPD", "PAYROLL", "260305", ents, R))
    d.opt_type("BANK_ACCOUNT")
    d.decoy("trace numbers, company id 1841234567, batch and entry hash", ["PHONE_NUMBER", "US_SSN"])

    d = W.doc("HR/Payroll/ADP/PR_EXPORT_CoHMV_20260305.csv", "csv", "en")
    rows = [["Co Code", "Batch ID", "File #", "Last Name", "First Name", "Tax ID (SSN)", "Home Address Line 1", "Home City",
             "Home State", "Home Zip", "Pay Date", "DD Routing #1", "DD Account #1", "DD Type #1", "Net Pay"]]
    for k, p in enumerate(pay):
        rows.append(["HMV", "PR0305", f"{40210 + k:06d}", p.last, p.first, p.ssn, p.street, p.city, p.state, p.zip, "03/05/2026",
                     p.rt, p.acct, "Checking" if k != 1 else "Savings", f"{R.randint(1800, 5200)}.{R.randint(10, 99)}"])
        put(d, p, [("PERSON_NAME", p.name), ("US_SSN", p.ssn), ("POSTAL_ADDRESS", us_addr(p)), ("BANK_ACCOUNT", p.acct)])
    wtext(d, csv_text(rows))

    # ===================================================================================== NACHA WEB consumer debits
    deb = U[4:6]
    d = W.doc("Lending/ACH/LOANPMT_WEB_20260306.txt", "text", "en")
    ents = []
    for k, p in enumerate(deb):
        nm = f"{p.last} {p.first}".upper()
        ents.append(("27", p.rt, p.acct, R.randint(25000, 90000), f"LN{R.randint(10**8, 10**9 - 1)}", nm, None))
        put(d, p, [("PERSON_NAME", nm), ("BANK_ACCOUNT", p.acct)])
    wtext(d, nacha("SUMMIT LENDING", "9876543210", "06100015", "WEB", "LOAN PMT", "260306", ents, R, service="225"))
    d.decoy("loan numbers as individual ids, trace numbers", ["PHONE_NUMBER", "US_SSN"])

    # ===================================================================================== X12 834 + 837 in an EDI zip
    zp = "EDI/outbound_20260301.zip"
    W.container(zp, "zip")
    sub, dep, sub2 = U[6], U[7], U[8]
    dep.last = sub.last
    dep.name = f"{dep.first} {dep.last}"
    dep.street, dep.city, dep.state, dep.zip = sub.street, sub.city, sub.state, sub.zip
    segs = ["ST*834*0001*005010X220A1", "BGN*00*12456*20260301*1200****2", "REF*38*GRP00412", "DTP*007*D8*20260301",
            "N1*P5*HARBORVIEW MANUFACTURING INC*FI*841234567", "N1*IN*BLUE RIDGE HEALTH PLAN*FI*620987654"]

    def ph(p):
        return p.e164[2:]
    segs += ["INS*Y*18*021*28*A***FT", f"REF*0F*{sub.ssn.replace('-', '')}", "REF*1L*GRP00412", "DTP*356*D8*20260101",
             f"NM1*IL*1*{sub.last.upper()}*{sub.first.upper()}****34*{sub.ssn.replace('-', '')}",
             f"PER*IP**HP*{ph(sub)}*EM*{sub.email}", f"N3*{sub.street.upper()}", f"N4*{sub.city.upper()}*{sub.state}*{sub.zip}",
             f"DMG*D8*{d8(sub.dob)}*M", "HD*021**HLT*PPO*FAM", "DTP*348*D8*20260101",
             "INS*N*01*021*28*A", f"REF*0F*{sub.ssn.replace('-', '')}", "DTP*356*D8*20260101",
             f"NM1*IL*1*{dep.last.upper()}*{dep.first.upper()}****34*{dep.ssn.replace('-', '')}",
             f"DMG*D8*{d8(dep.dob)}*F", "HD*021**HLT*PPO*FAM",
             "INS*Y*18*021*28*A***FT", f"REF*0F*{sub2.ssn.replace('-', '')}", "DTP*356*D8*20260101",
             f"NM1*IL*1*{sub2.last.upper()}*{sub2.first.upper()}****34*{sub2.ssn.replace('-', '')}",
             f"PER*IP**HP*{ph(sub2)}", f"N3*{sub2.street.upper()}", f"N4*{sub2.city.upper()}*{sub2.state}*{sub2.zip}",
             f"DMG*D8*{d8(sub2.dob)}*F", "HD*021**HLT*HMO*EMP"]
    segs.append(f"SE*{len(segs) + 1}*0001")
    e834 = x12(segs)
    d = W.doc(f"{zp}!/834_HARBORVIEW_20260301.edi", "text", "en")
    put(d, sub, [("PERSON_NAME", f"{sub.last.upper()} {sub.first.upper()}"), ("US_SSN", sub.ssn), ("PHONE_NUMBER", ph(sub)),
                 ("EMAIL_ADDRESS", sub.email), ("POSTAL_ADDRESS", f"{sub.street} {sub.city} {sub.state} {sub.zip}"),
                 ("DATE_OF_BIRTH", d8(sub.dob))])
    put(d, dep, [("PERSON_NAME", f"{dep.last.upper()} {dep.first.upper()}"), ("US_SSN", dep.ssn), ("DATE_OF_BIRTH", d8(dep.dob))])
    put(d, sub2, [("PERSON_NAME", f"{sub2.last.upper()} {sub2.first.upper()}"), ("US_SSN", sub2.ssn), ("PHONE_NUMBER", ph(sub2)),
                  ("POSTAL_ADDRESS", f"{sub2.street} {sub2.city} {sub2.state} {sub2.zip}"), ("DATE_OF_BIRTH", d8(sub2.dob))])
    d.decoy("sponsor and carrier EINs (FI), ISA / GS control numbers", ["PHONE_NUMBER"])

    pt = U[9]
    pt.member = f"W{R.randint(10**8, 10**9 - 1)}"
    pcn = f"PCN{R.randint(10**9, 10**10 - 1)}"
    dx = R.choice([("E119", "type 2 diabetes"), ("J4530", "asthma"), ("F329", "major depressive disorder"), ("M5416", "lumbar radiculopathy")])
    segs = ["ST*837*0001*005010X222A1", f"BHT*0019*00*{R.randint(10**5, 10**6)}*20260303*1015*CH",
            "NM1*41*2*VALLEY FAMILY MEDICINE*****46*TGJ23", "PER*IC*BILLING OFFICE*TE*6025550199",
            "NM1*40*2*BLUE RIDGE HEALTH PLAN*****46*66783JJT", "HL*1**20*1", "NM1*85*2*VALLEY FAMILY MEDICINE*****XX*1234567893",
            "N3*400 CLINIC WAY", "N4*PHOENIX*AZ*850140000", "REF*EI*861234567", "HL*2*1*22*0", "SBR*P*18*GRP00412******CI",
            f"NM1*IL*1*{pt.last.upper()}*{pt.first.upper()}****MI*{pt.member}", f"N3*{pt.street.upper()}",
            f"N4*{pt.city.upper()}*{pt.state}*{pt.zip}", f"DMG*D8*{d8(pt.dob)}*M", "NM1*PR*2*BLUE RIDGE HEALTH PLAN*****PI*60054",
            f"CLM*{pcn}*185***11:B:1*Y*A*Y*Y", f"HI*ABK:{dx[0]}*ABF:Z7901", "NM1*82*1*PATEL*RAJ****XX*1487654321", "PRV*PE*PXC*207Q00000X",
            "LX*1", "SV1*HC:99214*185*UN*1***1", "DTP*472*D8*20260303"]
    segs.append(f"SE*{len(segs) + 1}*0001")
    e837 = x12(segs, newline=False, date="260303", ctrl="000001207", gs="HC", sender="VFM0412", receiver="BRHP", version="005010X222A1")
    d = W.doc(f"{zp}!/837P_VFM_20260303.x12", "text", "en")
    put(d, pt, [("PERSON_NAME", f"{pt.last.upper()} {pt.first.upper()}"), ("POSTAL_ADDRESS", f"{pt.street} {pt.city} {pt.state} {pt.zip}"),
                ("DATE_OF_BIRTH", d8(pt.dob)), ("HEALTH_INFO", f"{dx[0]} ({dx[1]})")])
    d.opt_type("PHONE_NUMBER")  # the billing office's
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("claim control number, NPI 1234567893, EIN 861234567, procedure code", ["US_SSN"])
    with zipfile.ZipFile(W.path_for(zp), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("834_HARBORVIEW_20260301.edi", e834)
        z.writestr("837P_VFM_20260303.x12", e837)

    # ===================================================================================== HL7 v2 ADT^A01 and ORU^R01
    a, nk, b = U[10], U[11], U[12]
    nk.last = a.last
    nk.name = f"{nk.first} {nk.last}"
    ssn = a.ssn
    dg = R.choice([("J18.9", "Pneumonia, unspecified organism"), ("I21.4", "Non-ST elevation myocardial infarction"),
                   ("K35.80", "Unspecified acute appendicitis")])
    d = W.doc("Interfaces/HL7/inbound/ADT_A01_20260305_101500.hl7", "hl7", "en")
    msg = "\r".join([
        "MSH|^~\\&|EPIC|VALLEYMED|RHAPSODY|HIE|20260305101500||ADT^A01^ADT_A01|MSG0004821|P|2.5.1",
        "EVN|A01|20260305101500",
        f"PID|1||MRN{R.randint(10**6, 10**7)}^^^VMC^MR||{a.last.upper()}^{a.first.upper()}^J||{d8(a.dob)}|M|||"
        f"{a.street}^^{a.city}^{a.state}^{a.zip}^USA^H||^PRN^PH^^1^{a.e164[2:5]}^{a.e164[5:]}|||M||ACCT{R.randint(10**6, 10**7)}^^^VMC^AN|{ssn}",
        f"NK1|1|{nk.last.upper()}^{nk.first.upper()}|SPO^Spouse^HL70063||^PRN^PH^^1^{nk.e164[2:5]}^{nk.e164[5:]}",
        "PV1|1|I|3N^301^A^VMC||||1487654321^PATEL^RAJ^^^DR|||MED||||ADM|||||||||||||||||||||||||20260305101500",
        f"DG1|1||{dg[0]}^{dg[1]}^I10||20260305|A"]) + "\r"
    wtext(d, msg)
    put(d, a, [("PERSON_NAME", f"{a.last.upper()} {a.first.upper()}"), ("DATE_OF_BIRTH", d8(a.dob)), ("POSTAL_ADDRESS", us_addr(a)),
               ("PHONE_NUMBER", a.phone_nat), ("US_SSN", ssn), ("HEALTH_INFO", f"{dg[0]} {dg[1]}")])
    put(d, nk, [("PERSON_NAME", f"{nk.last.upper()} {nk.first.upper()}"), ("PHONE_NUMBER", nk.phone_nat)])
    d.decoy("MRN, account number, message control id", ["US_SSN"])

    d = W.doc("Interfaces/HL7/inbound/ORU_R01_LAB_20260304.hl7", "hl7", "en")
    msg = "\r".join([
        "MSH|^~\\&|SUNQUEST|VMC_LAB|EPIC|VALLEYMED|20260304091200||ORU^R01^ORU_R01|LAB7781203|P|2.5.1",
        f"PID|1||MRN{R.randint(10**6, 10**7)}^^^VMC^MR||{b.last.upper()}^{b.first.upper()}||{d8(b.dob)}|F|||"
        f"{b.street}^^{b.city}^{b.state}^{b.zip}^USA^H||({b.e164[2:5]}){b.e164[5:8]}-{b.e164[8:]}",
        f"OBR|1|ORD{R.randint(10**5, 10**6)}|LAB{R.randint(10**5, 10**6)}|4548-4^Hemoglobin A1c^LN|||20260304083000",
        "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||8.1|%|4.0-5.6|H|||F",
        "OBX|2|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||182|mg/dL|70-99|H|||F",
        "NTE|1||Result consistent with poorly controlled diabetes."]) + "\r"
    wtext(d, msg)
    put(d, b, [("PERSON_NAME", f"{b.last.upper()} {b.first.upper()}"), ("DATE_OF_BIRTH", d8(b.dob)), ("POSTAL_ADDRESS", us_addr(b)),
               ("PHONE_NUMBER", b.phone_nat), ("HEALTH_INFO", "Hemoglobin A1c 8.1 % H; poorly controlled diabetes")])

    # ===================================================================================== SS-MIX2 style Japanese HL7
    j, j2 = J[0], J[1]
    d = W.doc("連携/HL7/SS-MIX2/ADT_A04_0000123456.hl7", "hl7", "ja")
    msg = "\r".join([
        "MSH|^~\\&|HIS|KISARAGI_HOSP|SSMIX2|KISARAGI_HOSP|20260305094500||ADT^A04^ADT_A01|ADT00912|P|2.5||||||~ISO IR87||ISO 2022-1994",
        "EVN||20260305094500",
        f"PID|0001||{R.randint(10**9, 10**10)}^^^^PI||{j.family}^{j.given}^^^^^L^I~{j.kana_family}^{j.kana_given}^^^^^L^P||{d8(j.dob)}|"
        f"{'M' if j.sex_ja == '男' else 'F'}|||^^{j.addr_ja}^^{j.zip.replace('-', '')}^JPN^H||^PRN^PH^^^^^^^^^{j.phone_nat}",
        "PV1|0001|O|01^^^^^C||||110^鈴木^一郎^^^^^^^L^^^^^I||||01",
        f"DG1|1||20051234^急性胃腸炎^MDCDX2||20260305|F"]) + "\r"
    wtext(d, msg)
    put(d, j, [("PERSON_NAME", jn(j)), ("PERSON_NAME", kn(j)), ("DATE_OF_BIRTH", d8(j.dob)), ("POSTAL_ADDRESS", j.addr_ja),
               ("PHONE_NUMBER", j.phone_nat), ("HEALTH_INFO", "急性胃腸炎")])

    d = W.doc("連携/HL7/SS-MIX2/OML_OUL_検体検査_0000123457.hl7", "hl7", "ja")
    msg = "\r".join([
        "MSH|^~\\&|LAB|KISARAGI_HOSP|SSMIX2|KISARAGI_HOSP|20260306101000||OUL^R22^OUL_R22|LAB00413|P|2.5||||||~ISO IR87||ISO 2022-1994",
        f"PID|0001||{R.randint(10**9, 10**10)}^^^^PI||{j2.family}^{j2.given}^^^^^L^I~{j2.kana_family}^{j2.kana_given}^^^^^L^P||{d8(j2.dob)}|"
        f"{'M' if j2.sex_ja == '男' else 'F'}",
        "SPM|1|||023^血液^JHSS0001",
        "OBR|1|||3D045000001920402^HbA1c（NGSP）^JC10",
        "OBX|1|NM|3D045000001920402^HbA1c（NGSP）^JC10||7.9|%^^ISO+|4.6-6.2|H|||F",
        "OBX|2|NM|3F015000002327101^LDLコレステロール^JC10||168|mg/dL^^ISO+|70-139|H|||F"]) + "\r"
    wtext(d, msg)
    put(d, j2, [("PERSON_NAME", jn(j2)), ("PERSON_NAME", kn(j2)), ("DATE_OF_BIRTH", d8(j2.dob)), ("HEALTH_INFO", "HbA1c 7.9 % H")])

    # ===================================================================================== FHIR R4 bundle
    f = U[13]
    d = W.doc("Interfaces/FHIR/export/Bundle-patient-everything-7741.json", "json", "en")
    cond = R.choice([("44054006", "Diabetes mellitus type 2"), ("195967001", "Asthma"), ("35489007", "Depressive disorder")])
    pid = f"{R.randint(10**7, 10**8):x}-7741"
    bundle = {"resourceType": "Bundle", "id": "everything-7741", "type": "searchset", "total": 2, "entry": [
        {"fullUrl": f"https://fhir.valleymed.example.org/r4/Patient/{pid}", "resource": {
            "resourceType": "Patient", "id": pid,
            "identifier": [{"system": "http://hospital.example.org/mrn", "value": f"MRN{R.randint(10**6, 10**7)}"},
                           {"system": "http://hl7.org/fhir/sid/us-ssn", "value": f.ssn.replace("-", "")}],
            "name": [{"use": "official", "family": f.last, "given": [f.first]}],
            "telecom": [{"system": "phone", "value": f.phone_nat, "use": "mobile"}, {"system": "email", "value": f.email}],
            "gender": "female", "birthDate": f.dob.isoformat(),
            "address": [{"use": "home", "line": [f.street], "city": f.city, "state": f.state, "postalCode": f.zip, "country": "US"}]}},
        {"fullUrl": f"https://fhir.valleymed.example.org/r4/Condition/c-{pid}", "resource": {
            "resourceType": "Condition", "id": f"c-{pid}", "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": cond[0], "display": cond[1]}], "text": cond[1]},
            "subject": {"reference": f"Patient/{pid}"}, "onsetDateTime": "2021-06-14"}}]}
    wtext(d, json.dumps(bundle, indent=2))
    put(d, f, [("PERSON_NAME", f.name), ("US_SSN", f.ssn), ("PHONE_NUMBER", f.phone_nat), ("EMAIL_ADDRESS", f.email),
               ("DATE_OF_BIRTH", f.dob.isoformat()), ("POSTAL_ADDRESS", us_addr(f)), ("HEALTH_INFO", cond[1])])

    # ===================================================================================== C-CDA excerpt
    c = U[14]
    d = W.doc("Interfaces/CDA/CCD_summary_of_care_20260302.xml", "xml", "en")
    cda = ('<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
           '<realmCode code="US"/><typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>'
           '<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/><id root="2.16.840.1.113883.19.5.99999.1" extension="CCD7741"/>'
           '<code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/><title>Summary of Care</title>'
           '<effectiveTime value="20260302101500-0700"/><recordTarget><patientRole>'
           f'<id extension="{R.randint(10**6, 10**7)}" root="2.16.840.1.113883.19.5.99999.2"/>'
           f'<addr use="HP"><streetAddressLine>{c.street}</streetAddressLine><city>{c.city}</city><state>{c.state}</state>'
           f'<postalCode>{c.zip}</postalCode><country>US</country></addr><telecom value="tel:{c.phone_intl.replace(" ", "")}" use="HP"/>'
           f'<patient><name use="L"><given>{c.first}</given><family>{c.last}</family></name>'
           '<administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/>'
           f'<birthTime value="{d8(c.dob)}"/></patient></patientRole></recordTarget>'
           '<component><structuredBody><component><section><templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>'
           '<code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem List"/><title>Problems</title>'
           '<entry><act classCode="ACT" moodCode="EVN"><entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">'
           '<code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>'
           '<value xsi:type="CD" code="I10" codeSystem="2.16.840.1.113883.6.90" displayName="Essential (primary) hypertension"/>'
           '</observation></entryRelationship></act></entry></section></component></structuredBody></component></ClinicalDocument>\n')
    wtext(d, cda)
    put(d, c, [("PERSON_NAME", c.name), ("POSTAL_ADDRESS", us_addr(c)), ("PHONE_NUMBER", c.phone_intl), ("DATE_OF_BIRTH", d8(c.dob)),
               ("HEALTH_INFO", "I10 Essential (primary) hypertension")])

    # ===================================================================================== SWIFT MT103 / MT940
    o, bn = E[0], K[0]
    d = W.doc("Treasury/SWIFT/out/MT103_20260305_0017.fin", "text", "en")
    mt = (f"{{1:F01DEUTDEFFAXXX{R.randint(10**9, 10**10)}}}{{2:I103BARCGB22XXXXN}}{{3:{{108:MT103REF0017}}}}{{4:\n"
          f":20:REF2603050017\n:23B:CRED\n:32A:260305EUR2450,00\n:50K:/{o.iban}\n{o.name.upper()}\n{o.street.upper()}\n{o.plz} {o.city.upper()}\n"
          f":52A:DEUTDEFF\n:57A:BARCGB22\n:59:/{bn.iban}\n{bn.name.upper()}\n{bn.addr_lines[0].upper()}\n{bn.addr_lines[1].upper()} {bn.addr_lines[2]}\n"
          ":70:RENT MARCH 2026\n:71A:SHA\n-}")
    wtext(d, mt)
    put(d, o, [("PERSON_NAME", o.name.upper()), ("IBAN", o.iban), ("POSTAL_ADDRESS", f"{o.street} {o.plz} {o.city}")])
    put(d, bn, [("PERSON_NAME", bn.name.upper()), ("IBAN", bn.iban), ("POSTAL_ADDRESS", bn.addr)])

    st = K[1]
    st.iban2 = st.iban
    cp = E[5]
    d = W.doc("Treasury/SWIFT/in/MT940_statement_20260306.sta", "text", "en")
    mt = (f"{{1:F01BARCGB22AXXX{R.randint(10**9, 10**10)}}}{{2:O9400600260306BARCGB22AXXX}}{{4:\n:20:STMT260306\n:25:{st.iban}\n:28C:00061/001\n"
          ":60F:C260305GBP4821,55\n:61:2603060306D950,00NTRFNONREF//TRF8841\n"
          f":86:/EREF/NOTPROVIDED/BENM//NAME/{cp.name.upper()}/IBAN/{cp.iban}/REMI/DEPOSIT FLAT 3\n"
          ":61:2603060306C2650,00NTRFPAYROLL//BGC7712\n:86:/ORDP//NAME/HARBORVIEW UK LTD/REMI/SALARY MAR\n:62F:C260306GBP6521,55\n-}")
    wtext(d, mt)
    d.add(None, "IBAN", st.iban)
    put(d, cp, [("PERSON_NAME", cp.name.upper()), ("IBAN", cp.iban)])

    # ===================================================================================== ISO 20022 pain.001 / camt.053 / pain.008 / pain.009
    def pstl(p):
        street, no = p.street.rsplit(" ", 1) if p.region == "DE" else (p.street.split(" ", 1)[1], p.street.split(" ", 1)[0])
        return (f"<PstlAdr><StrtNm>{xesc(street)}</StrtNm><BldgNb>{no}</BldgNb><PstCd>{p.plz}</PstCd><TwnNm>{xesc(p.city)}</TwnNm>"
                f"<Ctry>{p.region}</Ctry></PstlAdr>")
    cr = [E[1], E[2]]
    d = W.doc("Treasury/ISO20022/pain.001_REFUNDS_20260305.xml", "xml", "en")
    tx = ""
    for q in cr:
        tx += (f"<CdtTrfTxInf><PmtId><EndToEndId>RFD-{R.randint(100000, 999999)}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">"
               f"{R.randint(40, 900)}.{R.randint(10, 99)}</InstdAmt></Amt><Cdtr><Nm>{xesc(q.name)}</Nm>{pstl(q)}</Cdtr>"
               f"<CdtrAcct><Id><IBAN>{q.iban}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Erstattung Bestellung {R.randint(10**6, 10**7)}</Ustrd></RmtInf></CdtTrfTxInf>")
        put(d, q, [("PERSON_NAME", q.name), ("IBAN", q.iban), ("POSTAL_ADDRESS", q.addr)])
    wtext(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>'
             "<GrpHdr><MsgId>RFD-20260305-01</MsgId><CreDtTm>2026-03-05T10:00:00</CreDtTm><NbOfTxs>2</NbOfTxs><InitgPty><Nm>Kisaragi Europe GmbH</Nm></InitgPty></GrpHdr>"
             "<PmtInf><PmtInfId>RFD-2603</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt><Dt>2026-03-05</Dt></ReqdExctnDt><Dbtr><Nm>Kisaragi Europe GmbH</Nm></Dbtr>"
             f"<DbtrAcct><Id><IBAN>{iban(R, 'DE')}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>{tx}"
             "</PmtInf></CstmrCdtTrfInitn></Document>\n")
    d.opt_type("IBAN")

    ow, ctp = E[3], K[2]
    d = W.doc("Treasury/ISO20022/camt.053_statement_20260306.xml", "xml", "en")
    wtext(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>'
             "<GrpHdr><MsgId>STMT20260306</MsgId><CreDtTm>2026-03-06T06:00:00</CreDtTm></GrpHdr><Stmt><Id>STMT-0306</Id>"
             f"<Acct><Id><IBAN>{ow.iban}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>{xesc(ow.name)}</Nm>{pstl(ow)}</Ownr></Acct>"
             "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">2310.44</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-05</Dt></Dt></Bal>"
             "<Ntry><Amt Ccy=\"EUR\">850.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-06</Dt></BookgDt>"
             f"<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>{xesc(ctp.name)}</Nm></Cdtr><CdtrAcct><Id><IBAN>{ctp.iban}</IBAN></Id></CdtrAcct></RltdPties>"
             "<RmtInf><Ustrd>Miete Maerz</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
             "<Ntry><Amt Ccy=\"EUR\">3120.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-06</Dt></BookgDt>"
             "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Kisaragi Europe GmbH</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Gehalt 03/2026</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
             "</Stmt></BkToCstmrStmt></Document>\n")
    put(d, ow, [("PERSON_NAME", ow.name), ("IBAN", ow.iban), ("POSTAL_ADDRESS", ow.addr)])
    put(d, ctp, [("PERSON_NAME", ctp.name), ("IBAN", ctp.iban)])

    dd = [E[4], E[5]]
    d = W.doc("Treasury/ISO20022/pain.008_SDD_CORE_20260310.xml", "xml", "en")
    tx = ""
    for q in dd:
        mid = f"MND-{R.randint(10**6, 10**7)}"
        tx += (f"<DrctDbtTxInf><PmtId><EndToEndId>SDD-{R.randint(10**5, 10**6)}</EndToEndId></PmtId><InstdAmt Ccy=\"EUR\">49.90</InstdAmt>"
               f"<DrctDbtTx><MndtRltdInf><MndtId>{mid}</MndtId><DtOfSgntr>2025-11-02</DtOfSgntr></MndtRltdInf></DrctDbtTx>"
               f"<DbtrAgt><FinInstnId><BICFI>{'BNPAFRPPXXX' if q.region == 'FR' else 'DEUTDEFFXXX'}</BICFI></FinInstnId></DbtrAgt>"
               f"<Dbtr><Nm>{xesc(q.name)}</Nm></Dbtr><DbtrAcct><Id><IBAN>{q.iban}</IBAN></Id></DbtrAcct>"
               "<RmtInf><Ustrd>Abo Fitness 03/2026</Ustrd></RmtInf></DrctDbtTxInf>")
        put(d, q, [("PERSON_NAME", q.name), ("IBAN", q.iban)])
    wtext(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"><CstmrDrctDbtInitn>'
             "<GrpHdr><MsgId>SDD-20260310</MsgId><CreDtTm>2026-03-06T09:00:00</CreDtTm><NbOfTxs>2</NbOfTxs><InitgPty><Nm>FitWerk Studios GmbH</Nm></InitgPty></GrpHdr>"
             "<PmtInf><PmtInfId>SDD-0310</PmtInfId><PmtMtd>DD</PmtMtd><PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm><SeqTp>RCUR</SeqTp></PmtTpInf>"
             f"<ReqdColltnDt>2026-03-10</ReqdColltnDt><Cdtr><Nm>FitWerk Studios GmbH</Nm></Cdtr><CdtrAcct><Id><IBAN>{iban(R, 'DE')}</IBAN></Id></CdtrAcct>"
             "<CdtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></CdtrAgt><CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id>"
             f"<SchmeNm><Prtry>SEPA</Prtry></SchmeNm></Othr></PrvtId></Id></CdtrSchmeId>{tx}</PmtInf></CstmrDrctDbtInitn></Document>\n")
    d.opt_type("IBAN")
    d.decoy("SEPA creditor identifier DE98ZZZ09999999999, mandate ids", ["PHONE_NUMBER"])

    md = E[1]
    d = W.doc("Treasury/ISO20022/pain.009_mandate_MND-new.xml", "xml", "en")
    wtext(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.009.001.07"><MndtInitnReq>'
             f"<GrpHdr><MsgId>MND-{R.randint(10**6, 10**7)}</MsgId><CreDtTm>2026-03-02T14:11:00</CreDtTm></GrpHdr><Mndt>"
             f"<MndtReqId>REQ-{R.randint(10**5, 10**6)}</MndtReqId><Tp><SvcLvl><Cd>SEPA</Cd></SvcLvl><LclInstrm><Cd>CORE</Cd></LclInstrm></Tp>"
             "<Ocrncs><SeqTp>RCUR</SeqTp><FrstColltnDt>2026-04-01</FrstColltnDt></Ocrncs>"
             "<Cdtr><Nm>Stadtwerke Nordhafen GmbH</Nm></Cdtr><CdtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></CdtrAgt>"
             f"<Dbtr><Nm>{xesc(md.name)}</Nm>{pstl(md)}<CtctDtls><PhneNb>{md.phone_nat}</PhneNb><EmailAdr>{md.email}</EmailAdr></CtctDtls></Dbtr>"
             f"<DbtrAcct><Id><IBAN>{md.iban}</IBAN></Id></DbtrAcct></Mndt></MndtInitnReq></Document>\n")
    put(d, md, [("PERSON_NAME", md.name), ("POSTAL_ADDRESS", md.addr), ("PHONE_NUMBER", md.phone_nat), ("EMAIL_ADDRESS", md.email), ("IBAN", md.iban)])

    # ===================================================================================== BACS Standard 18
    bk = K[3:6]
    d = W.doc("Treasury/BACS/SUBMISSION_260306.txt", "text", "en")
    rows = []
    for q in bk:
        nm = f"{q.last.upper()} {q.first[0]}"
        rows.append((q.sort, q.acct, R.randint(150000, 420000), f"SAL MAR26 {R.randint(1000, 9999)}", nm))
        put(d, q, [("PERSON_NAME", nm), ("BANK_ACCOUNT", q.acct)])
    wtext(d, bacs18("401276", "71234567", "HARBORVIEW UK LTD", rows, R))
    d.opt_type("BANK_ACCOUNT")
    d.decoy("service user number, sort codes alone, HDR labels", ["PHONE_NUMBER"])

    # ===================================================================================== IRS FIRE 1099 B records
    ps = [U[15], U[16]]
    d = W.doc("Tax/FIRE/1099MISC_TY2025_ORIG.txt", "text", "en")
    t = fx("T2025 " + fx("", 5) + "841234567" + fx("", 10) + fx("HARBORVIEW MANUFACTURING INC", 80), 748) + "\r\n"
    body = t + fire_a(2025, "841234567", "HARBORVIEW MANUFACTURING INC", "1200 INDUSTRIAL PKWY", "EVERETT", "WA", "98203", "4255550100", 2)
    for k, q in enumerate(ps):
        body += fire_b(2025, "2", q.ssn.replace("-", ""), f"V{R.randint(10**5, 10**6)}", R.randint(120000, 900000), f"{q.first} {q.last}".upper(),
                       "", q.street.upper(), q.city.upper(), q.state, q.zip, 3 + k)
        put(d, q, [("PERSON_NAME", f"{q.first} {q.last}".upper()), ("US_SSN", q.ssn), ("POSTAL_ADDRESS", us_addr(q))])
    body += fx("C" + f"{len(ps):08d}", 748) + "\r\n" + fx("F" + "00000001", 748) + "\r\n"
    wtext(d, body)
    d.opt_type("PHONE_NUMBER")  # the payer's
    d.decoy("payer EIN 841234567, record sequence numbers", ["PHONE_NUMBER"])

    # ===================================================================================== OFX, positive pay, card switch log
    ox = U[17]
    d = W.doc("Customers/exports/stmt_20260306.qfx", "ofx", "en")
    wtext(d, "OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\n"
             "OLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20260306120000"
             "<LANGUAGE>ENG<FI><ORG>Cascade Federal<FID>10898</FI><INTU.BID>10898</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>1"
             f"<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>{ox.rt}<ACCTID>{ox.acct}<ACCTTYPE>CHECKING</BANKACCTFROM>"
             "<BANKTRANLIST><DTSTART>20260201<DTEND>20260306<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20260302<TRNAMT>-84.12<FITID>2026030201"
             "<NAME>SAFEWAY #1442<MEMO>POS PURCHASE</STMTTRN><STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20260305<TRNAMT>2411.50<FITID>2026030502"
             "<NAME>HARBORVIEW MFG PAYROLL<MEMO>DIRECT DEP</STMTTRN></BANKTRANLIST><LEDGERBAL><BALAMT>3120.77<DTASOF>20260306</LEDGERBAL>"
             "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n")
    d.add(None, "BANK_ACCOUNT", ox.acct)

    pp = [U[18], U[19]]
    d = W.doc("Treasury/PositivePay/ISSUE_20260306.csv", "csv", "en")
    rows = [["Account Number", "Check Number", "Issue Date", "Amount", "Payee Name", "Void"]]
    for q in pp:
        rows.append(["000771234567", f"{R.randint(10000, 99999)}", "03/06/2026", f"{R.randint(50, 900)}.{R.randint(10, 99)}", q.name.upper(), "N"])
        put(d, q, [("PERSON_NAME", q.name.upper())])
    rows.append(["000771234567", f"{R.randint(10000, 99999)}", "03/06/2026", "1840.00", "PUGET SOUND ENERGY", "N"])
    wtext(d, csv_text(rows))
    d.opt_type("BANK_ACCOUNT")  # the firm's own account

    ch = [U[1], K[1]]
    d = W.doc("Payments/switch/auth_20260305.log", "log", "en")
    lines = []
    for k, q in enumerate(ch):
        card = q.card if q.region == "US" else luhn_number(R, "4", 16)
        q.pan = card
        nm = f"{q.last.upper()}/{q.first.upper()}"
        lines.append(f"2026-03-05T10:{22 + k}:31Z AUTH term=T00{42 + k} mid=4455667788{k} pan={card} exp=0428 amt={R.randint(10, 300)}.{R.randint(10, 99)} "
                     f"auth=A{R.randint(10000, 99999)} rrn=6064{R.randint(10**7, 10**8)} resp=00")
        lines.append(f"2026-03-05T10:{22 + k}:31Z TRACK1 %B{card}^{nm}^2804101000000000000000000000000?")
        put(d, q, [("CREDIT_CARD", card), ("PERSON_NAME", nm)])
        lines.append(f"2026-03-05T10:{22 + k}:32Z SETTLE pan={card[:6]}******{card[-4:]} amt=OK batch=0305{k:02d}")
    wtext(d, "\n".join(lines) + "\n")
    d.decoy("masked PANs, RRNs, merchant and terminal ids", ["PHONE_NUMBER"])

    # ===================================================================================== Workday payment election JSON
    w = U[7]
    w.rt, w.acct = routing(R), f"{R.randint(10**8, 10**11)}"
    d = W.doc("HR/Workday/integrations/Worker_Payment_Elections_20260301.json", "json", "en")
    wtext(d, json.dumps({"Report_Entry": [{"Employee_ID": f"{R.randint(10**5, 10**6)}", "Legal_Name": w.name,
                                          "National_ID": w.ssn, "National_ID_Type": "USA-SSN",
                                          "Payment_Elections": [{"Order": 1, "Payment_Type": "Direct Deposit", "Bank_Name": R.choice(US_BANKS),
                                                                 "Routing_Transit_Number": w.rt, "Account_Number": w.acct, "Account_Type": "DDA",
                                                                 "Distribution": "Balance"}]}]}, indent=2))
    put(d, w, [("PERSON_NAME", w.name), ("US_SSN", w.ssn), ("BANK_ACCOUNT", w.acct)])

    # ===================================================================================== レセプト電算 (UKE)
    rz = [J[2], J[3]]
    d = W.doc("医事/レセプト/RECEIPTC_202602.UKE", "text", "ja")

    def hoken(R):
        base = f"06{R.choice(['13', '27', '14'])}{R.randint(100, 999)}"
        s, mul = 0, 2
        for ch_ in reversed(base):
            v = int(ch_) * mul
            s += v // 10 + v % 10
            mul = 1 if mul == 2 else 2
        return base + str((10 - s % 10) % 10)

    def gdob(x):
        if x >= dt.date(1989, 1, 8):
            return f"4{x.year - 1988:02d}{x.month:02d}{x.day:02d}"
        return f"3{x.year - 1925:02d}{x.month:02d}{x.day:02d}"
    lines = ["IR,1,13,1,1312345,,医療法人　きさらぎ会　如月クリニック,202602,00,0355550123"]
    sy = [("8841234", "", "01"), ("0000999", "急性気管支炎", ""), ("4280001", "", "")]
    for k, q in enumerate(rz):
        ins, kigo, bango = hoken(R), f"{R.randint(100, 999)}", f"{R.randint(1000, 9999)}"
        lines.append(f"RE,{k + 1},1112,202602,{q.family}　{q.given},{1 if q.sex_ja == '男' else 2},{gdob(q.dob)},,,,,,,{R.randint(10**6, 10**7)},,,,,,,,,,")
        lines.append(f"HO,{ins},{kigo},{bango},2,{R.randint(300, 900)},,,,,")
        code, name, main_ = sy[k]
        lines.append(f"SY,{code},20260203,1,,{name},{main_},")
        if k == 0:
            lines.append("SY,8830052,20260210,1,,,,")
        lines.append("SI,11,1,111000110,,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,")
        put(d, q, [("PERSON_NAME", f"{q.family}　{q.given}"), ("DATE_OF_BIRTH", gdob(q.dob)), ("JP_HEALTH_INSURANCE", f"{kigo} {bango}"),
                   ("HEALTH_INFO", name or f"傷病名コード {code}")])
    lines.append("GO,2,1800,99")
    wbytes(d, ("\r\n".join(lines) + "\r\n\x1a").encode("cp932"))
    d.opt_type("PHONE_NUMBER")  # the clinic's

    # ===================================================================================== 全銀 口座振替 (kind 91)
    from gen14 import zengin, BANKS, BRANCHES
    kf = J[4:8]
    d = W.doc("経理/口座振替/KOFURI_202603_請求.dat", "text", "ja")
    rows = []
    for q in kf:
        acct = f"{R.randint(1000000, 9999999)}"
        rows.append((R.choice(BANKS), R.choice(BRANCHES), acct, half_kana(kn(q)), R.randint(3000, 30000)))
        put(d, q, [("PERSON_NAME", half_kana(kn(q))), ("BANK_ACCOUNT", acct)])
    wbytes(d, zengin("91", "ｷｻﾗｷﾞｶﾞｽ(ｶ", "0327", rows, R))

    # ===================================================================================== look-alikes
    d = W.doc("Treasury/ACH/outbound/VENDOR_CCD_20260305.ach", "text", "en")
    vend = [("ACME INDUSTRIAL SUPPLY", "INV88123"), ("PACIFIC STEEL CORP", "INV44120"), ("NORTHWEST LOGISTICS LLC", "INV90017")]
    ents = [("22", routing(R), f"{R.randint(10**8, 10**10)}", R.randint(10**5, 10**7), inv, nm, "INV PAYMENT REMITTANCE " + inv) for nm, inv in vend]
    wtext(d, nacha("HARBORVIEW MFG", "1841234567", "07100001", "CCD", "VENDOR PMT", "260305", ents, R))
    d.opt_type("BANK_ACCOUNT")  # firms' accounts
    d.decoy("CCD vendor payments: companies, invoice numbers, trace numbers", ["PERSON_NAME", "PHONE_NUMBER", "US_SSN"])

    d = W.doc("Treasury/ACH/docs/NACHA_record_layouts.txt", "text", "en")
    wtext(d, "NACHA FILE FORMAT - ENTRY DETAIL RECORD (6)\nPos  Len  Field                       Example\n"
             "01   1    Record Type Code            6\n02   2    Transaction Code            22\n04   8    Receiving DFI Identification 07100001\n"
             "12   1    Check Digit                 3\n13   17   DFI Account Number          123456789\n30   10   Amount                      0000150000\n"
             "40   15   Individual Identification   EMP00001\n55   22   Individual Name             JOHN DOE\n77   2    Discretionary Data\n"
             "79   1    Addenda Record Indicator    0\n80   15   Trace Number                071000010000001\n\n"
             "Example record:\n622071000013123456789        0000150000EMP00001       JOHN DOE                0071000010000001\n")
    d.decoy("record layout with a JOHN DOE example", ["BANK_ACCOUNT", "PHONE_NUMBER", "US_SSN"])
    d.opt_type("PERSON_NAME")

    d = W.doc("EDI/docs/834_Companion_Guide_v3.2.txt", "text", "en")
    wtext(d, "HARBORVIEW 834 COMPANION GUIDE v3.2\n\nLoop 2100A Member Name\nNM1 Member Name\n  NM101 Entity Identifier Code  IL Insured or Subscriber\n"
             "  NM103 Member Last Name\n  NM104 Member First Name\n  NM108 Identification Code Qualifier  34 Social Security Number\n  NM109 Member Identifier\n"
             "DMG Member Demographics  DMG02 Birth Date CCYYMMDD\n\nExample:\nNM1*IL*1*DOE*JOHN****34*123456789~\nPER*IP**HP*8005551212~\n"
             "N3*123 MAIN STREET~\nN4*ANYTOWN*PA*17000~\nDMG*D8*19700101*M~\n")
    d.decoy("companion guide example (DOE JOHN, 123456789, 8005551212)", ["US_SSN", "PHONE_NUMBER", "HEALTH_INFO", "BANK_ACCOUNT"])
    for tpe in ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"):
        d.opt_type(tpe)

    d = W.doc("Reference/ICD10CM_codes_2026_excerpt.csv", "csv", "en")
    rows = [["code", "short_description", "long_description"], ["E119", "Type 2 diabetes mellitus w/o complications", "Type 2 diabetes mellitus without complications"],
            ["I10", "Essential (primary) hypertension", "Essential (primary) hypertension"], ["J189", "Pneumonia, unspecified organism", "Pneumonia, unspecified organism"],
            ["F329", "Major depressive disorder, single episode, unsp", "Major depressive disorder, single episode, unspecified"],
            ["M5416", "Radiculopathy, lumbar region", "Radiculopathy, lumbar region"]]
    wtext(d, csv_text(rows))
    d.decoy("ICD-10-CM code list, no person", ["HEALTH_INFO", "PERSON_NAME"])

    d = W.doc("医事/マスター/傷病名マスター_抜粋.csv", "csv", "ja")
    rows = [["傷病名コード", "傷病名", "ICD10", "カナ名称"], ["8841234", "2型糖尿病", "E119", "ﾆｶﾞﾀﾄｳﾆｮｳﾋﾞｮｳ"], ["4280001", "高血圧症", "I10", "ｺｳｹﾂｱﾂｼｮｳ"],
            ["8830052", "急性胃腸炎", "K529", "ｷｭｳｾｲｲﾁｮｳｴﾝ"], ["0000999", "未コード化傷病名", "", "ﾐｺｰﾄﾞｶｼｮｳﾋﾞｮｳﾒｲ"]]
    wtext(d, "\ufeff" + csv_text(rows))
    d.decoy("傷病名マスター: codes and names of diseases, no person", ["HEALTH_INFO", "PERSON_NAME"])

    d = W.doc("Interfaces/FHIR/terminology/ValueSet-problem-list.json", "json", "en")
    wtext(d, json.dumps({"resourceType": "ValueSet", "id": "problem-list", "status": "active", "name": "ProblemList",
                         "compose": {"include": [{"system": "http://snomed.info/sct", "concept": [
                             {"code": "44054006", "display": "Diabetes mellitus type 2"}, {"code": "195967001", "display": "Asthma"},
                             {"code": "35489007", "display": "Depressive disorder"}, {"code": "38341003", "display": "Hypertensive disorder"}]}]}}, indent=2))
    d.decoy("FHIR ValueSet of conditions, no patient", ["HEALTH_INFO", "PERSON_NAME"])

    d = W.doc("Interfaces/HL7/test/ADT_A01_interface_test.hl7", "hl7", "en")
    wtext(d, "\r".join(["MSH|^~\\&|EPIC|VALLEYMED|RHAPSODY|HIE|20260301080000||ADT^A01^ADT_A01|TEST0001|T|2.5.1",
                        "EVN|A01|20260301080000",
                        "PID|1||TEST0000001^^^VMC^MR||ZZTEST^PATIENT^ONE||19000101|U|||123 TEST ST^^TESTVILLE^WA^98000^USA^H||^PRN^PH^^1^555^5550100|||U||TESTACCT^^^VMC^AN|999-99-9999",
                        "PV1|1|I|TEST^000^A^VMC",
                        "DG1|1||Z00.00^Encounter for general adult medical exam^I10||20260301|A"]) + "\r")
    d.decoy("HL7 test message (MSH-11 T, ZZTEST patient, 999-99-9999, 555-0100)", ["US_SSN", "US_ITIN", "PHONE_NUMBER"])
    for tpe in ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "HEALTH_INFO"):
        d.opt_type(tpe)

    d = W.doc("Treasury/SWIFT/out/MT103_20260305_0018.fin", "text", "en")
    wtext(d, f"{{1:F01DEUTDEFFAXXX{R.randint(10**9, 10**10)}}}{{2:I103CHASUS33XXXXN}}{{4:\n:20:REF2603050018\n:23B:CRED\n:32A:260305USD184500,00\n"
             f":50K:/{iban(R, 'DE')}\nKISARAGI EUROPE GMBH\nKOENIGSALLEE 92\n40212 DUESSELDORF\n:52A:DEUTDEFF\n:57A:CHASUS33\n"
             ":59:/000771234567\nHARBORVIEW MANUFACTURING INC\n1200 INDUSTRIAL PKWY\nEVERETT WA 98203\n:70:INV 2026-0412 TOOLING\n:71A:OUR\n-}")
    d.opt_type("IBAN")
    d.opt_type("BANK_ACCOUNT")
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("MT103 between two firms", ["PERSON_NAME", "PHONE_NUMBER"])

    d = W.doc("Treasury/ISO20022/camt.053_corporate_20260306.xml", "xml", "en")
    wtext(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>'
             "<GrpHdr><MsgId>CORP20260306</MsgId><CreDtTm>2026-03-06T06:00:00</CreDtTm></GrpHdr><Stmt><Id>CORP-0306</Id>"
             f"<Acct><Id><IBAN>{iban(R, 'DE')}</IBAN></Id><Ccy>EUR</Ccy><Ownr><Nm>Kisaragi Europe GmbH</Nm></Ownr></Acct>"
             "<Ntry><Amt Ccy=\"EUR\">12840.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-06</Dt></BookgDt>"
             f"<NtryDtls><TxDtls><Refs><EndToEndId>INV-2026-0412</EndToEndId></Refs><RltdPties><Cdtr><Nm>Stahlhandel Rhein GmbH</Nm></Cdtr><CdtrAcct><Id><IBAN>{iban(R, 'DE')}</IBAN></Id></CdtrAcct></RltdPties>"
             "<RmtInf><Ustrd>Rechnung 2026-0412</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
             "<Ntry><Amt Ccy=\"EUR\">4410.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2026-03-06</Dt></BookgDt>"
             "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Logistique Moreau SAS</Nm></Dbtr></RltdPties><RmtInf><Ustrd>Facture F-88213</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>"
             "</Stmt></BkToCstmrStmt></Document>\n")
    d.opt_type("IBAN")
    d.decoy("company statement: firms as owner and counterparties (Logistique Moreau SAS)", ["PERSON_NAME", "PHONE_NUMBER"])

    d = W.doc("Treasury/BACS/SUPPLIERS_260306.txt", "text", "en")
    rows = [(f"{R.randint(100000, 999999)}", f"{R.randint(10**7, 10**8 - 1)}", R.randint(10**5, 10**7), f"INV {R.randint(10**4, 10**5)}", nm)
            for nm in ("PENNINE FASTENERS LT", "CLYDE PACKAGING", "SEVERN TOOLING LTD")]
    wtext(d, bacs18("401276", "71234567", "HARBORVIEW UK LTD", [(a_, b_, c_, d_, e_[:18]) for a_, b_, c_, d_, e_ in rows], R))
    d.opt_type("BANK_ACCOUNT")
    d.decoy("BACS supplier run: companies only", ["PERSON_NAME", "PHONE_NUMBER"])

    d = W.doc("Tax/FIRE/1099NEC_TY2025_VENDORS.txt", "text", "en")
    body = t.replace("T2025", "T2025") + fire_a(2025, "841234567", "HARBORVIEW MANUFACTURING INC", "1200 INDUSTRIAL PKWY", "EVERETT", "WA", "98203", "4255550100", 2, kind="N")
    for k, (nm, ein) in enumerate([("CASCADE MACHINE WORKS LLC", f"9{R.randint(1, 8)}{R.randint(1000000, 9999999)}"),
                                   ("RAINIER ELECTRIC INC", f"{R.randint(20, 88)}{R.randint(1000000, 9999999)}")]):
        body += fire_b(2025, "1", ein, f"V{R.randint(10**5, 10**6)}", R.randint(10**5, 10**7), nm, "", "PO BOX 4410", "TACOMA", "WA", "98401", 3 + k)
    body += fx("C" + "00000002", 748) + "\r\n" + fx("F" + "00000001", 748) + "\r\n"
    wtext(d, body)
    d.opt_type("POSTAL_ADDRESS")
    d.opt_type("PHONE_NUMBER")
    d.decoy("1099-NEC for businesses: EINs as payee TINs (type 1)", ["US_SSN", "PERSON_NAME"])

    d = W.doc("EDI/inbound/999_ACK_000001207.edi", "text", "en")
    wtext(d, x12(["ST*999*0001*005010X231A1", "AK1*HC*1207*005010X222A1", "AK2*837*0001*005010X222A1", "IK5*A", "AK9*A*1*1*1", "SE*6*0001"],
                 date="260303", ctrl="000004412", gs="FA", sender="BRHP", receiver="VFM0412", version="005010X231A1"))
    d.decoy("X12 999 acknowledgment: control numbers only", ["PERSON_NAME", "PHONE_NUMBER", "US_SSN", "HEALTH_INFO"])

    d = W.doc("Payments/switch/settlement_summary_20260305.csv", "csv", "en")
    rows = [["batch", "terminal", "bin", "pan_masked", "brand", "count", "amount", "rrn"]]
    for k in range(4):
        c_ = luhn_number(R, R.choice(["4", "51", "6011"]), 16)
        rows.append([f"0305{k:02d}", f"T00{40 + k}", c_[:6], f"{c_[:6]}******{c_[-4:]}", R.choice(["VISA", "MC", "DISC"]), str(R.randint(10, 400)),
                     f"{R.randint(1000, 90000)}.{R.randint(10, 99)}", f"6064{R.randint(10**7, 10**8)}"])
    wtext(d, csv_text(rows))
    d.decoy("settlement summary: BINs, masked PANs, RRNs", ["CREDIT_CARD", "PHONE_NUMBER", "PERSON_NAME"])

    d = W.doc("Interfaces/HL7/docs/PID_segment_spec.txt", "text", "en")
    wtext(d, "PID - Patient Identification Segment (HL7 v2.5.1)\nSEQ  LEN  DT   OPT  ELEMENT NAME\n3    250  CX   R    Patient Identifier List\n"
             "5    250  XPN  R    Patient Name\n7    26   TS   O    Date/Time of Birth\n11   250  XAD  O    Patient Address\n13   250  XTN  O    Phone Number - Home\n"
             "19   16   ST   B    SSN Number - Patient\n\nExample: PID|1||12345^^^HOSP^MR||DOE^JANE||19800101|F|||123 MAIN ST^^ANYTOWN^ST^12345\n")
    d.decoy("HL7 PID segment specification with a DOE^JANE example", ["US_SSN", "PHONE_NUMBER", "HEALTH_INFO"])
    for tpe in ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"):
        d.opt_type(tpe)

    W.finish()
    fix_status(args.out, W)


if __name__ == "__main__":
    main()
