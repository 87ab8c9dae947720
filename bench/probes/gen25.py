#!/usr/bin/env python3
"""gen25.py - probe round 25 (issue #4): what e-discovery productions and scanned (OCR'd) paper hold, each kind with
look-alikes. People of a US company (Harborline Logistics), its UK office and its Japanese subsidiary, and the outside
parties of a litigation, each in 1-3 items.

  Load files  Concordance / Relativity .dat (þ text qualifier U+00FE, DC4 U+0014 field separator, ® U+00AE for an
              in-field newline; BEGBATES / ENDBATES / CUSTODIAN / FROM / TO / CC / BCC / SUBJECT / DATESENT / FILENAME;
              one UTF-8 with a BOM, one in Windows-1252 with Relativity's spaced field names), extracted text
              TEXT/VOL001/ABC0000123.txt (an e-mail, a letter, a Japanese mail) with the Bates number at the foot
  Logs        a privilege log (CSV and xlsx: Doc ID, Date, Author, Recipients, CC, Privilege Type, Description), a
              redaction log, a custodian list (xlsx), a chain-of-custody form, a legal-hold notice mail and its
              acknowledgement list
  OCR         OCR text of scanned paper (SCAN_….txt beside the scan's name) and a searchable PDF whose text layer is
              OCR text: a fax cover sheet, a W-4, an I-9, a doctor's note, a handwritten-style intake form, a letter
  Exhibits    an exhibit list, an Outlook-style printed e-mail (From / Sent / To / Cc / Subject block, "Page 1 of 2", a
              Bates footer) and a mail thread printed to PDF with several headers, a deposition exhibit (a letter)
  Look-alikes an image cross-reference (.opt), Bates ranges and control numbers (ABC0001234, PROD-000123,
              DOJ-ABC-00001234), a production cover letter naming only firms and Bates ranges, a load-file field-mapping
              spec, an ESI protocol, a blank chain-of-custody form, a privilege log of firms only, a native-only load
              file (Bates, hashes, file names), OCR'd boilerplate (a statute, a W-4's instructions), a hash list (MD5 /
              SHA-1 of produced files), docket entries

    python3 bench/probes/gen25.py OUT [--seed N]      (tuning seed 25; check seed 2525, measured once before and once after)

Truth conventions as the earlier sets (gen_docs23, gen18, gen17): a person's name, labelled birth date, phone, e-mail
and address are their types; a custodian, author or recipient named in a load file or a log is PERSON_NAME of that
item and their e-mail EMAIL_ADDRESS; a person written only as an e-mail address has no PERSON_NAME there; counsel
named only by role and family name or by initial and family name ("J. Marsh, Esq.") is no truth person; a diagnosis,
treatment or medical leave reason of a named person is HEALTH_INFO and makes them sensitive; a fax number is a
PHONE_NUMBER (the office's fax on a cover sheet adds nothing to the item's types); Bates numbers, control numbers,
hashes, docket and case numbers are no type; an organisation's own address or phone (a firm's letterhead, the SSA's
number in a form's instructions, a clinic's) is optional; a protective-order designation stamped on a produced page
("CONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER") is optional CORP_CONFIDENTIAL. OCR noise: O/0 and l/1 swaps, doubled spaces and form boxes (| and _) are
written in labels and prose only; a value the truth counts is written whole (spaces around its dashes and a line
break inside an address are allowed: a reader still sees the value), so every counted value could fairly be read.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, docx, pdf, xlsx  # noqa: E402
from enlib import PeopleMaker, MONTHS  # noqa: E402
from gen12s import eml  # noqa: E402

FIRST = ["Gregory", "Danielle", "Martin", "Priya", "Colin", "Rebecca", "Howard", "Yvonne", "Stuart", "Lydia", "Vincent",
         "Monique", "Clifford", "Rachel", "Desmond", "Imogen", "Franklin", "Sabrina", "Ambrose", "Theresa", "Wallace",
         "Corinne", "Leopold", "Naomi", "Ronald", "Bridget", "Silas", "Kendra", "Emmett", "Gwendolyn", "Jasper", "Paloma",
         "Lucian", "Henrietta", "Garrett", "Ottilie", "Spencer", "Lucinda", "Barnaby", "Francesca"]
LAST = ["Prescott", "Underwood", "Castellano", "Brennan", "Mirza", "Halvorsen", "Oduya", "Whitaker", "Lamontagne",
        "Greaves", "Villanueva", "Stroud", "Beaumont", "Kavanagh", "Okafor", "Rutherford", "Sandoval", "Huxley",
        "Cormier", "Fitzgerald", "Delgado", "Ashworth", "Petrakis", "Van Houten", "Maddox", "Quigley", "Salazar",
        "Lindqvist", "Nwachukwu", "Harrington", "Bellamy", "Trujillo", "Wainwright", "Kessler", "Ferraro", "Blakely",
        "Montague", "Oyelaran", "Dempsey", "Iverson"]
US_PLACES = [("Long Beach", "CA", "908"), ("Tacoma", "WA", "984"), ("Columbus", "OH", "432"), ("Memphis", "TN", "381"),
             ("Reno", "NV", "895"), ("Charleston", "SC", "294"), ("Wichita", "KS", "672"), ("Baton Rouge", "LA", "708"),
             ("Stockton", "CA", "952"), ("Des Moines", "IA", "503"), ("Harrisburg", "PA", "171"), ("Newark", "NJ", "071")]
UK_PLACES = [("Park Row", "Leeds", "LS1 5HD"), ("Corporation Street", "Birmingham", "B2 4LP"),
             ("Grey Street", "Newcastle upon Tyne", "NE1 6EE"), ("Bridge Street", "Warrington", "WA1 2RW"),
             ("King Street", "Aberdeen", "AB24 5AA")]
EU_PLACES = [("Baggot Street", "Dublin", "D02 X285", "IE")]
STREETS = {"US": ["Bayshore Dr", "Cypress Ln", "W Maple St", "Commerce Way", "Lincoln Ave", "Ridgecrest Rd",
                  "Magnolia Ct", "N 4th St", "Sterling Pkwy", "Willow Bend Dr"]}
CORP = "harborline.example.com"
JP_CORP = "harborline.example.co.jp"
FIRMS = ["Lockwood & Marsh LLP", "Vance Ortega PC", "Baptiste Legal Group", "Carrow Whitby LLP", "Stanhope & Reade LLP"]
SUBJECTS = ["Q3 carrier rates", "Port of Long Beach delays", "RE: fuel surcharge schedule", "Warehouse lease renewal",
            "FW: customer complaint - Dock 7", "Driver overtime audit", "RE: contract amendment #4", "Board deck draft"]
TITLES = ["VP Operations", "Dispatch Manager", "Controller", "Fleet Safety Director", "HR Business Partner",
          "Account Executive", "Logistics Analyst", "Terminal Manager"]
LEAVE = ["back surgery", "treatment for breast cancer", "a stress-related illness", "a cardiac procedure"]
DIAG = ["acute bronchitis", "a lumbar strain", "influenza A", "a migraine disorder"]
ALLERGY = ["Penicillin", "Sulfa drugs", "Latex", "Codeine"]

DAT_FIELDS = ["BEGBATES", "ENDBATES", "BEGATTACH", "ENDATTACH", "CUSTODIAN", "FROM", "TO", "CC", "BCC", "SUBJECT",
              "DATESENT", "FILENAME", "TEXTPATH"]


def dat_line(values):
    """One Concordance record: þ qualifies each field, DC4 parts them, ® stands for a newline inside a field."""
    return "\x14".join("\u00fe" + str(v).replace("\r\n", "\u00ae").replace("\n", "\u00ae") + "\u00fe" for v in values) + "\r\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=25)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe25ediscovery")
    R = W.rnd
    PM = PeopleMaker(W, FIRST, LAST, US_PLACES, UK_PLACES, EU_PLACES, STREETS)

    def staff(region="US"):
        """A Harborline employee: a corporate mailbox."""
        p = PM.person(region)
        local = R.choice([f"{p.first[0]}{p.last}", f"{p.first}.{p.last}"]).lower().replace(" ", "")
        p.email = f"{local}@{CORP}"
        return p

    def jp():
        p = W.jp_person()
        giv, fam = p.romaji.split(" ")
        p.first, p.last = giv, fam.title()
        p.email = f"{giv[0].lower()}.{fam.lower()}@{JP_CORP}"
        return p

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
        for f in forms:
            p.names_seen.add(f)

    def nm(p):
        return f"{p.first} {p.last}"

    def last_first(p):
        return f"{p.last}, {p.first}"

    def dob_us(p):
        return f"{p.dob.month:02d}/{p.dob.day:02d}/{p.dob.year}"

    def bates(prefix, n, width=7):
        return f"{prefix}{n:0{width}d}"

    def csv_str(rows):
        b = io.StringIO()
        csv.writer(b, lineterminator="\r\n").writerows(rows)
        return b.getvalue()

    def sent(day, hh, mm):
        d_ = dt.date(2025, 3, day)
        return f"{d_.strftime('%A')}, March {day}, 2025 {hh}:{mm:02d} {'AM' if hh < 12 else 'PM'}"

    def ocr(s, rate=0.5):
        """OCR noise in a label or prose: O/0 and l/1 swaps, a doubled space."""
        out = []
        for ch in s:
            r = R.random()
            if ch == "O" and r < rate:
                out.append("0")
            elif ch == "o" and r < rate * 0.3:
                out.append("0")
            elif ch == "l" and r < rate:
                out.append("1")
            elif ch == "I" and r < rate * 0.5:
                out.append("l")
            elif ch == " " and r < rate * 0.4:
                out.append("  ")
            else:
                out.append(ch)
        return "".join(out)

    def spaced_ssn(s):
        return s.replace("-", " - ")

    vol = f"VOL00{R.randint(1, 3)}"
    prefix = R.choice(["HBL", "ABC", "HLX"])
    bn = R.randint(1200, 4000)

    # ================================================================== load files
    # 1. Concordance .dat (UTF-8, BOM): custodians, senders and recipients of produced mail
    cust = [staff() for _ in range(3)] + [jp()]
    ext1, ext2 = us(), uk()
    d = W.doc(f"production/{prefix}_PROD001/DATA/{prefix}_PROD001.dat", "dat", "en")
    lines = [dat_line(DAT_FIELDS)]
    rows_people = []
    for i in range(6):
        c = cust[i % len(cust)]
        frm = c if i % 2 == 0 else R.choice([x for x in cust if x is not c])
        to = [x for x in cust if x is not frm][:R.randint(1, 2)]
        cc = [ext1] if i == 1 else ([ext2] if i == 4 else [])
        beg = bn + i * 7
        pages = R.randint(1, 6)
        fstyle = i % 3
        frm_s = (f"{nm(frm)} <{frm.email}>" if fstyle == 0 else frm.email if fstyle == 1 else f"{last_first(frm)} [{frm.email}]")
        subj = R.choice(SUBJECTS)
        if i == 2:
            subj = f"{subj}\nsee attached"
        lines.append(dat_line([bates(prefix, beg), bates(prefix, beg + pages - 1), bates(prefix, beg), bates(prefix, beg + pages - 1),
                               last_first(c), frm_s, "; ".join(f"{nm(x)} <{x.email}>" for x in to),
                               "; ".join(f"{nm(x)} <{x.email}>" for x in cc), "", subj,
                               f"03/{R.randint(2, 28):02d}/2025", f"{subj.splitlines()[0].replace(':', '_')}.msg",
                               f"TEXT\\{vol}\\{bates(prefix, beg)}.txt"]))
        add(d, c, [("PERSON_NAME", last_first(c))])
        if fstyle == 1:
            add(d, frm, [("EMAIL_ADDRESS", frm.email)])
        else:
            add(d, frm, [("PERSON_NAME", nm(frm) if fstyle == 0 else last_first(frm)), ("EMAIL_ADDRESS", frm.email)])
        for x in to + cc:
            add(d, x, [("PERSON_NAME", nm(x)), ("EMAIL_ADDRESS", x.email)])
    with open(W.path(d), "w", encoding="utf-8-sig", newline="") as f:
        f.write("".join(lines))
    for c in cust:
        names(c, nm(c))

    # 2. Relativity export .dat in Windows-1252 with spaced field names; one row's custodian is a shared mailbox
    a, b, c = staff(), staff(), us()
    d = W.doc(f"production/DOJ_{vol}/DATA/DOJ_{vol}_export.dat", "dat", "en")
    hdr = ["Control Number", "End Control", "Custodian", "Author", "Email From", "Email To", "Email CC", "File Name",
           "Date Created", "Extracted Text"]
    n0 = R.randint(10000, 90000)
    rows = [[f"DOJ-HBL-{n0:08d}", f"DOJ-HBL-{n0 + 3:08d}", last_first(a), nm(a), f"{nm(a)} <{a.email}>",
             f"{nm(c)} <{c.email}>", "", "Rate_proposal_v3.docx", "02/11/2025", f"TEXT\\DOJ-HBL-{n0:08d}.txt"],
            [f"DOJ-HBL-{n0 + 4:08d}", f"DOJ-HBL-{n0 + 9:08d}", last_first(b), nm(b), f"{b.email}", f"{nm(a)} <{a.email}>",
             "", "Overtime_audit.xlsx", "02/19/2025", f"TEXT\\DOJ-HBL-{n0 + 4:08d}.txt"],
            [f"DOJ-HBL-{n0 + 10:08d}", f"DOJ-HBL-{n0 + 10:08d}", "Accounts Payable (shared)", "", "ap@" + CORP, "",
             "", "Invoice_88120.pdf", "02/20/2025", f"TEXT\\DOJ-HBL-{n0 + 10:08d}.txt"]]
    with open(W.path(d), "w", encoding="cp1252", newline="") as f:
        f.write(dat_line(hdr) + "".join(dat_line(r) for r in rows))
    add(d, a, [("PERSON_NAME", nm(a)), ("EMAIL_ADDRESS", a.email)])
    add(d, b, [("PERSON_NAME", nm(b)), ("EMAIL_ADDRESS", b.email)])
    add(d, c, [("PERSON_NAME", nm(c)), ("EMAIL_ADDRESS", c.email)])
    d.opt_type("EMAIL_ADDRESS")  # ap@ is a team mailbox

    # 3-5. extracted text: a produced e-mail, a letter, a Japanese mail, each with its Bates number at the foot
    snd, rcp = cust[0], ext1
    d = W.doc(f"production/{prefix}_PROD001/TEXT/{vol}/{bates(prefix, bn)}.txt", "txt", "en")
    text = (f"From: {nm(snd)} <{snd.email}>\nSent: {sent(R.randint(3, 27), 10, R.randint(0, 59))}\nTo: {nm(rcp)} <{rcp.email}>\n"
            f"Subject: {R.choice(SUBJECTS)}\n\n{rcp.first},\n\nAttached are the revised lane rates. Call me on my cell if the "
            f"Tacoma numbers look off.\n\nThanks,\n{snd.first}\n\n{nm(snd)} | {R.choice(TITLES)}\nHarborline Logistics\n"
            f"Mobile: {snd.phone}\n\n\n\n{bates(prefix, bn)}\n")
    put(d, text)
    add(d, snd, [("PERSON_NAME", nm(snd)), ("EMAIL_ADDRESS", snd.email), ("PHONE_NUMBER", snd.phone)])
    add(d, rcp, [("PERSON_NAME", nm(rcp)), ("EMAIL_ADDRESS", rcp.email)])

    lt = us()
    d = W.doc(f"production/{prefix}_PROD001/TEXT/{vol}/{bates(prefix, bn + 7)}.txt", "txt", "en")
    street, rest = lt.addr.split(", ", 1)
    text = (f"HARBORLINE LOGISTICS, INC.\n2200 Pier Access Road, Long Beach, CA 90802\n\nMarch 12, 2025\n\n{nm(lt)}\n{street}\n"
            f"{rest}\n\nRe: Termination of Independent Contractor Agreement\n\nDear {lt.first} {lt.last}:\n\nThis letter confirms "
            f"that your contractor agreement ends on March 31, 2025. Your final settlement will be mailed to the address above.\n\n"
            f"Sincerely,\n\nHuman Resources\n\n\n\n\n{prefix} {bn + 7:07d}\nCONFIDENTIAL - SUBJECT TO PROTECTIVE ORDER\n")
    put(d, text)
    add(d, lt, [("PERSON_NAME", nm(lt)), ("POSTAL_ADDRESS", lt.addr)])
    d.mark_opt("CORP_CONFIDENTIAL")  # a protective-order designation stamped at the foot
    names(lt, nm(lt))

    j = cust[3]
    d = W.doc(f"production/{prefix}_PROD001/TEXT/{vol}/{bates(prefix, bn + 21)}.txt", "txt", "ja")
    text = (f"差出人: {j.family} {j.given} <{j.email}>\n送信日時: 2025年3月{R.randint(2, 28)}日 9:{R.randint(10, 59)}\n"
            f"宛先: {nm(cust[0])} <{cust[0].email}>\n件名: 横浜倉庫の契約更新について\n\n{cust[0].last}様\n\n"
            "お世話になっております。横浜倉庫の賃貸借契約の件、添付の通り更新案をお送りします。\n\n"
            f"━━━━━━━━━━━━━━\nハーバーライン・ジャパン株式会社 物流企画部\n{j.family} {j.given}\n携帯: {j.phone_nat}\n"
            f"Email: {j.email}\n━━━━━━━━━━━━━━\n\n\n{bates(prefix, bn + 21)}\n")
    put(d, text)
    add(d, j, [("PERSON_NAME", f"{j.family} {j.given}"), ("PHONE_NUMBER", j.phone_nat), ("EMAIL_ADDRESS", j.email)])
    add(d, cust[0], [("EMAIL_ADDRESS", cust[0].email), ("PERSON_NAME", nm(cust[0]))])

    # decoys: the image cross-reference, a field-mapping spec, a native-only load file, the production cover letter
    d = W.doc(f"production/{prefix}_PROD001/DATA/{prefix}_PROD001.opt", "opt", "en")
    optl = []
    for i in range(24):
        optl.append(f"{bates(prefix, bn + i)},{prefix}_PROD001,IMAGES\\{vol}\\0001\\{bates(prefix, bn + i)}.tif,"
                    f"{'Y' if i % 4 == 0 else ''},,,{4 if i % 4 == 0 else ''}")
    put(d, "\r\n".join(optl) + "\r\n")
    d.decoy("Opticon image cross-reference (Bates, volume, image path)", ["US_DRIVERS_LICENSE", "US_PASSPORT", "PHONE_NUMBER", "PERSON_NAME"])

    d = W.doc("production/specs/load_file_field_mapping.md", "md", "en")
    put(d, "# Load file specification - Harborline productions\n\nDelimiters: field separator ASCII 020 (DC4), text qualifier "
           "ASCII 254 (þ), newline in a field ASCII 174 (®), multi-value ';'.\n\n| Field | Type | Description |\n|---|---|---|\n"
           "| BEGBATES | Text | First Bates number of the document (e.g. HBL0000001) |\n| ENDBATES | Text | Last Bates number |\n"
           "| CUSTODIAN | Text | Custodian name, Last, First |\n| FROM | Text | Sender name and e-mail address |\n"
           "| TO / CC / BCC | Multi | Recipients, separated by ; |\n| DATESENT | Date | MM/DD/YYYY |\n"
           "| MD5HASH | Text | MD5 of the native file |\n| TEXTPATH | Text | Relative path to the extracted text |\n")
    d.decoy("load-file field-mapping spec", ["PERSON_NAME", "EMAIL_ADDRESS"])

    d = W.doc(f"production/{prefix}_PROD002/DATA/{prefix}_PROD002_natives.dat", "dat", "en")
    nl = [dat_line(["BEGBATES", "ENDBATES", "FILENAME", "MD5HASH", "FILESIZE", "NATIVEPATH"])]
    for i in range(8):
        bb = bates(prefix, bn + 400 + i)
        nl.append(dat_line([bb, bb, R.choice(["rates_2025.xlsx", "lane_map.vsd", "fuel_index.csv", "tariff_schedule.pdf"]),
                            "".join(R.choice("0123456789abcdef") for _ in range(32)), str(R.randint(20000, 9000000)),
                            f"NATIVES\\{vol}\\{bb}.xlsx"]))
    with open(W.path(d), "w", encoding="utf-8-sig", newline="") as f:
        f.write("".join(nl))
    d.decoy("native-only load file (Bates, file names, MD5, sizes)", ["PERSON_NAME", "PHONE_NUMBER", "CREDENTIAL", "BANK_ACCOUNT"])

    d = W.doc(f"production/{prefix}_PROD001/cover_letter.txt", "txt", "en")
    f1, f2 = R.sample(FIRMS, 2)
    put(d, f"{f1.upper()}\n1100 Ocean Boulevard, Suite 900\nLong Beach, CA 90802\n\nMarch 28, 2025\n\nVIA SECURE FILE TRANSFER\n\n"
           f"{f2}\n\nRe: Harborline Logistics, Inc. v. Pacific Crest Freight Co., Case No. 2:24-cv-0{R.randint(1000, 9999)}\n\n"
           f"Counsel:\n\nEnclosed please find Defendant's production volume {prefix}_PROD001, Bates-numbered {bates(prefix, bn)} "
           f"through {bates(prefix, bn + 699)}, and DOJ-HBL-{n0:08d} through DOJ-HBL-{n0 + 10:08d}. The documents are "
           "designated CONFIDENTIAL under the Stipulated Protective Order. Load files are in Concordance (.dat) and Opticon "
           "(.opt) format. Password to follow under separate cover.\n\nVery truly yours,\n\n" + f1 + "\n")
    d.decoy("production cover letter naming firms and Bates ranges", ["PERSON_NAME", "US_DRIVERS_LICENSE", "PHONE_NUMBER", "BANK_ACCOUNT"])
    d.opt_type("POSTAL_ADDRESS")  # the firm's own address

    d = W.doc("production/hash_list_PROD001.csv", "csv", "en")
    hr = [["BEGBATES", "MD5", "SHA1"]]
    for i in range(10):
        hr.append([bates(prefix, bn + i * 7), "".join(R.choice("0123456789abcdef") for _ in range(32)),
                   "".join(R.choice("0123456789abcdef") for _ in range(40))])
    put(d, csv_str(hr))
    d.decoy("hash list of produced files", ["CREDENTIAL", "PHONE_NUMBER", "BANK_ACCOUNT", "US_PASSPORT"])

    d = W.doc("production/PROD_index.txt", "txt", "en")
    put(d, "PRODUCTION INDEX\n\n" + "\n".join(
        f"PROD-{k:06d} - PROD-{k + R.randint(5, 60):06d}   {desc}" for k, desc in
        [(R.randint(100, 900), "Vendor invoices 2024"), (R.randint(1000, 4000), "Fleet maintenance records"),
         (R.randint(5000, 9000), "Board minutes (redacted)"), (R.randint(10000, 20000), "Rate sheets")]) +
        f"\n\nDOJ-ABC-{R.randint(1000000, 9999999):08d} through DOJ-ABC-{R.randint(10000000, 19999999):08d}: second request materials\n")
    d.decoy("Bates ranges and control numbers", ["US_PASSPORT", "US_DRIVERS_LICENSE", "PHONE_NUMBER", "BANK_ACCOUNT", "PERSON_NAME"])

    # ================================================================== logs
    # 6. privilege log (CSV): authors and recipients by name, counsel by initial and family name, one medical-leave entry
    pa, pb, pc, leave_p = staff(), staff(), staff("GB"), staff()
    counsel = R.choice(["J. Marsh", "R. Whitby", "T. Ortega"])
    leave = R.choice(LEAVE)
    d = W.doc("legal/privilege/privilege_log_PROD001.csv", "csv", "en")
    rows = [["Doc ID", "Date", "Author", "Recipients", "CC", "Privilege Type", "Description"],
            [bates(prefix, bn + 30), "01/14/2025", f"{counsel}, Esq.", nm(pa), nm(pb), "Attorney-Client",
             "Email from outside counsel re: driver classification"],
            [bates(prefix, bn + 44), "01/22/2025", nm(pa), f"{counsel}, Esq.", f"{nm(pc)}", "Attorney-Client; Work Product",
             "Email requesting legal advice re: overtime audit"],
            [bates(prefix, bn + 58), "02/03/2025", nm(pb), f"{counsel}, Esq.; {nm(pa)}", "", "Attorney-Client",
             f"Memo re: {nm(leave_p)}'s FMLA leave for {leave}"],
            [bates(prefix, bn + 61), "02/05/2025", f"{counsel}, Esq.", "Harborline Legal Department", "", "Work Product",
             "Draft response to EEOC charge"]]
    put(d, csv_str(rows))
    for p in (pa, pb, pc):
        add(d, p, [("PERSON_NAME", nm(p))])
        names(p, nm(p))
    add(d, leave_p, [("PERSON_NAME", nm(leave_p)), ("HEALTH_INFO", leave)], sensitive=True)
    names(leave_p, nm(leave_p))
    d.opt_person_name(counsel)

    # 7. privilege log (xlsx): "Last, First <e-mail>" cells, a Japanese author
    qa, qb, qj = staff(), uk(), jp()
    d = W.doc("legal/privilege/Priv_Log_Volume2.xlsx", "xlsx", "en")
    rows = [["Harborline v. Pacific Crest - Privilege Log (Volume 2)"], [],
            ["Priv ID", "Doc Date", "Author", "Recipient(s)", "Copyee(s)", "Basis", "Subject Matter"],
            ["PRIV-0101", "2025-01-09", f"{last_first(qa)} <{qa.email}>", f"{counsel}, Esq.", "", "AC",
             "Request for legal advice regarding carrier contract"],
            ["PRIV-0102", "2025-01-17", f"{qj.last}, {qj.first} <{qj.email}>", f"{last_first(qa)} <{qa.email}>",
             f"{counsel}, Esq.", "AC/WP", "Forwarding counsel's advice re: Japan customs audit"],
            ["PRIV-0103", "2025-02-02", f"{counsel}, Esq.", f"{last_first(qb)} <{qb.email}>", "", "AC",
             "Advice re: UK subsidiary employment claim"]]
    xlsx(W.path(d), {"Privilege Log": rows})
    add(d, qa, [("PERSON_NAME", last_first(qa)), ("EMAIL_ADDRESS", qa.email)])
    add(d, qb, [("PERSON_NAME", last_first(qb)), ("EMAIL_ADDRESS", qb.email)])
    add(d, qj, [("PERSON_NAME", f"{qj.last}, {qj.first}"), ("EMAIL_ADDRESS", qj.email)])

    # decoy: a privilege log of firms and departments only
    d = W.doc("legal/privilege/privilege_log_firms_only.csv", "csv", "en")
    put(d, csv_str([["Doc ID", "Date", "Author", "Recipients", "Privilege Type", "Description"],
                    [f"PROD-{R.randint(100, 999):06d}", "11/02/2024", FIRMS[0], "Harborline Legal Department", "Attorney-Client",
                     "Memorandum re: antitrust exposure"],
                    [f"PROD-{R.randint(1000, 1999):06d}", "11/19/2024", FIRMS[2], FIRMS[0], "Work Product",
                     "Joint defense communication re: expert retention"],
                    [f"PROD-{R.randint(2000, 2999):06d}", "12/03/2024", "Office of General Counsel", FIRMS[1], "Attorney-Client",
                     "Litigation hold instructions"]]))
    d.decoy("privilege log naming only firms and departments", ["PERSON_NAME"])

    # 8. redaction log: the reviewers by name; no redacted values
    r1, r2 = us(), us()
    d = W.doc("legal/privilege/redaction_log.csv", "csv", "en")
    rr = [["Bates", "Page", "Redaction Type", "Reason", "Reviewer", "QC Reviewer"]]
    for i in range(5):
        rr.append([bates(prefix, bn + 100 + i * 3), str(R.randint(1, 4)), R.choice(["PII", "Privilege", "Non-responsive"]),
                   R.choice(["SSN", "Home address", "Medical information", "Attorney-client communication", "Bank account number"]),
                   nm(r1), nm(r2)])
    put(d, csv_str(rr))
    add(d, r1, [("PERSON_NAME", nm(r1))])
    add(d, r2, [("PERSON_NAME", nm(r2))])
    names(r1, nm(r1)), names(r2, nm(r2))

    # 9. custodian list (xlsx): name, title, e-mail, phone, collection date
    cl = [staff(), staff(), staff("GB"), jp(), staff()]
    d = W.doc("legal/hold/Custodian_List.xlsx", "xlsx", "en")
    rows = [["Custodian Name", "Title", "Email", "Phone", "Location", "Collection Date", "Data Sources"]]
    for p in cl:
        ph = p.phone_intl if hasattr(p, "romaji") else p.phone
        rows.append([last_first(p), R.choice(TITLES), p.email, ph, "Yokohama" if hasattr(p, "romaji") else
                     ("Leeds" if p.region == "GB" else "Long Beach"), f"0{R.randint(1, 9)}/{R.randint(10, 28)}/2025",
                     "Exchange mailbox; OneDrive; laptop image"])
        add(d, p, [("PERSON_NAME", last_first(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", ph)])
    xlsx(W.path(d), {"Custodians": rows})

    # 10. legal-hold notice mail and its acknowledgement list
    gc = staff()
    hold = cl[:3] + [cust[1]]
    d = W.doc("legal/hold/Legal_Hold_Notice_Pacific_Crest.eml", "eml", "en")
    body = ("PRIVILEGED & CONFIDENTIAL - LEGAL HOLD NOTICE\n\nYou are receiving this notice because you may have documents "
            "relevant to Harborline Logistics, Inc. v. Pacific Crest Freight Co. Do not delete, discard or alter any e-mail, file "
            "or record about carrier rates, driver overtime or the Dock 7 complaint, including on personal devices.\n\n"
            "Please acknowledge this notice by replying \"I acknowledge\" within five business days.\n\n"
            f"{nm(gc)}\nGeneral Counsel\nHarborline Logistics, Inc.\nDirect: {gc.phone}\n")
    m = eml(f"{nm(gc)} <{gc.email}>", ", ".join(f"{nm(p)} <{p.email}>" for p in hold), "LEGAL HOLD NOTICE - Do Not Destroy Documents",
            body, "2025-01-06 08:30", tz=-8)
    with open(W.path(d), "wb") as f:
        f.write(bytes(m))
    add(d, gc, [("PERSON_NAME", nm(gc)), ("EMAIL_ADDRESS", gc.email), ("PHONE_NUMBER", gc.phone)])
    for p in hold:
        add(d, p, [("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email)])

    d = W.doc("legal/hold/hold_acknowledgements.csv", "csv", "en")
    ar = [["Custodian", "Email", "Department", "Notice Sent", "Acknowledged On", "Reminder Sent"]]
    for p in hold:
        ar.append([nm(p), p.email, R.choice(["Operations", "Finance", "Dispatch", "HR", "Sales"]), "01/06/2025",
                   R.choice(["01/07/2025", "01/09/2025", ""]), R.choice(["", "01/13/2025"])])
        add(d, p, [("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email)])
    put(d, csv_str(ar))

    # 11. chain-of-custody form (filled; UK forensic examiner hands a laptop image to a US analyst)
    ex, an = uk(), us()
    d = W.doc("forensics/coc/Chain_of_Custody_EV-0042.txt", "txt", "en")
    text = ("EVIDENCE CHAIN OF CUSTODY FORM\nCase: Harborline v. Pacific Crest      Evidence Item #: EV-0042\n"
            f"Description: Dell Latitude 7440 laptop, S/N {R.choice('BCDFGH')}{R.randint(1000000, 9999999)}, custodian {last_first(cl[0])}\n"
            f"Image hash (SHA-256): {''.join(R.choice('0123456789abcdef') for _ in range(64))}\n\n"
            f"Collected by:   {nm(ex)}, Forensic Examiner      Phone: {ex.phone}\nDate/Time:      01/21/2025 14:05\n"
            f"Signature:      /s/ {nm(ex)}\n\n"
            f"Received by:    {nm(an)}, Analyst                  Email: {an.email}\nDate/Time:      01/23/2025 09:40\n"
            f"Signature:      /s/ {nm(an)}\n\nPurpose of transfer: imaging verification\n")
    put(d, text)
    add(d, ex, [("PERSON_NAME", nm(ex)), ("PHONE_NUMBER", ex.phone)])
    add(d, an, [("PERSON_NAME", nm(an)), ("EMAIL_ADDRESS", an.email)])
    add(d, cl[0], [("PERSON_NAME", last_first(cl[0]))])

    # decoy: blank chain-of-custody form
    d = W.doc("forensics/coc/Chain_of_Custody_BLANK.txt", "txt", "en")
    put(d, "EVIDENCE CHAIN OF CUSTODY FORM\nCase: ____________________      Evidence Item #: ________\nDescription: "
           "______________________________\n\nCollected by: ______________________   Phone: ______________\n"
           "Date/Time: ____/____/______ ____:____\nSignature: ______________________\n\nReceived by: ______________________   "
           "Email: ______________\nDate/Time: ____/____/______ ____:____\nSignature: ______________________\n")
    d.decoy("blank chain-of-custody form", ["PERSON_NAME", "PHONE_NUMBER", "EMAIL_ADDRESS"])

    # ================================================================== OCR of scanned paper
    # 12. fax cover sheet (OCR text beside the scan's name)
    fx_to, fx_from = us(), us()
    office_fax = f"({R.choice(['562', '253', '614'])}) {R.randint(201, 989)}-{R.randint(1000, 9999)}"
    d = W.doc("scans/SCAN_20250114_0003.txt", "txt", "en")
    text = (f"{ocr('FACSIMILE TRANSMITTAL SHEET')}\n\n{ocr('To:')}  {nm(fx_to)}          {ocr('From:')}  {nm(fx_from)}\n"
            f"{ocr('Fax:')}  {office_fax}        {ocr('Phone:')}  {fx_from.phone}\n{ocr('Phone:')}  {fx_to.phone}\n"
            f"{ocr('Pages (including cover):')}  4\n{ocr('Date:')}  01/14/2025\nRE:  {ocr('Signed lease addendum - Dock 7')}\n\n"
            "[ ] Urgent   [X] For Review   [ ] Please Comment   [ ] Please Reply\n\n"
            f"{ocr('CONFIDENTIALITY NOTICE: The information in this facsimile is intended only for the recipient named above.')}\n")
    put(d, text)
    add(d, fx_to, [("PERSON_NAME", nm(fx_to)), ("PHONE_NUMBER", fx_to.phone)])
    add(d, fx_from, [("PERSON_NAME", nm(fx_from)), ("PHONE_NUMBER", fx_from.phone)])

    # 13. W-4 (OCR)
    w4 = us()
    st4, rest4 = w4.addr.split(", ", 1)
    d = W.doc("scans/HR/SCAN_W4_0117.txt", "txt", "en")
    text = (f"Form W-4   {ocr('Employee’s Withholding Certificate')}   {ocr('OMB No. 1545-0074')}   2025\n"
            f"{ocr('Step 1:')}  (a) {ocr('First name and middle initial')}  |  {ocr('Last name')}  |  (b) {ocr('Social security number')}\n"
            f"{ocr('Enter')}   |  {w4.first}  |  {w4.last}  |  {spaced_ssn(w4.ssn)}\n{ocr('Personal')}  |  {ocr('Address')}\n"
            f"{ocr('Information')} |  {st4}\n    |  {ocr('City or town, state, and ZIP code')}\n    |  {rest4}\n"
            f"(c) [X] {ocr('Single or Married filing separately')}   [ ] {ocr('Married filing jointly')}\n"
            f"{ocr('Step 5:')}  {ocr('Employee’s signature')} ____{w4.first[0]}. {w4.last}_____   {ocr('Date')} 01/17/2025\n")
    put(d, text)
    add(d, w4, [("PERSON_NAME", f"{w4.first}  |  {w4.last}"), ("US_SSN", spaced_ssn(w4.ssn)), ("POSTAL_ADDRESS", w4.addr)])
    names(w4, nm(w4))

    # 14. I-9 section 1 (OCR), with e-mail and phone
    i9 = us()
    st9, rest9 = i9.addr.split(", ", 1)
    d = W.doc("scans/HR/SCAN_I9_0117.txt", "txt", "en")
    text = (f"{ocr('Employment Eligibility Verification')}\n{ocr('Section 1. Employee Information and Attestation')}\n"
            f"{ocr('Last Name (Family Name)')}   {ocr('First Name (Given Name)')}   {ocr('Middle Initial')}\n"
            f"{i9.last.upper()}   {i9.first.upper()}   {R.choice('ABCDEJKLMR')}\n"
            f"{ocr('Address (Street Number and Name)')}   {ocr('Apt. Number')}   {ocr('City or Town')}   {ocr('State')}   {ocr('ZIP Code')}\n"
            f"{st9}  {rest9}\n"
            f"{ocr('Date of Birth (mm/dd/yyyy)')}  {ocr('U.S. Social Security Number')}  {ocr('Employee’s Email Address')}  {ocr('Telephone Number')}\n"
            f"{dob_us(i9)}   {spaced_ssn(i9.ssn)}   {i9.email}   {i9.phone}\n"
            f"[X] 1. {ocr('A citizen of the United States')}\n")
    put(d, text)
    add(d, i9, [("PERSON_NAME", f"{i9.last.upper()}   {i9.first.upper()}"), ("POSTAL_ADDRESS", i9.addr), ("DATE_OF_BIRTH", dob_us(i9)),
                ("US_SSN", spaced_ssn(i9.ssn)), ("EMAIL_ADDRESS", i9.email), ("PHONE_NUMBER", i9.phone)])

    # 15. doctor's note (OCR)
    pt = us()
    diag = R.choice(DIAG)
    dr = R.choice(["Dr. A. Kwan", "Dr. M. Feld", "Dr. S. Batra"])
    d = W.doc("scans/HR/SCAN_0122_drnote.txt", "txt", "en")
    text = (f"{ocr('BAYSIDE FAMILY MEDICAL CLINIC')}\n{ocr('4410 Atlantic Ave, Long Beach, CA 90807   Tel (562) 4O2-1188')}\n\n"
            f"{ocr('Date:')} 01/22/2025\n\n{ocr('To Whom It May Concern:')}\n\n{ocr('Patient:')}  {nm(pt)}     {ocr('DOB:')}  {dob_us(pt)}\n\n"
            f"{ocr('The above patient was seen in my office today and is being treated for')} {diag}. "
            f"{ocr('Please excuse from work from 01/22/2025 through 01/27/2025.')}\n\n____{dr}____\n{ocr('Physician signature')}\n")
    put(d, text)
    add(d, pt, [("PERSON_NAME", nm(pt)), ("DATE_OF_BIRTH", dob_us(pt)), ("HEALTH_INFO", diag)], sensitive=True)
    names(pt, nm(pt))
    d.opt_type("PHONE_NUMBER"), d.opt_type("POSTAL_ADDRESS"), d.opt_person_name(dr)

    # 16. handwritten-style intake form (OCR): broken address wrap, boxes, spaced dashes
    ip = us()
    ist, irest = ip.addr.split(", ", 1)
    allergy = R.choice(ALLERGY)
    reason = R.choice(["lower back pain after a lifting injury at work", "recurring headaches and dizziness", "knee pain after a fall from a loading dock"])
    d = W.doc("scans/claims/SCAN_0203_intake.txt", "txt", "en")
    text = (f"{ocr('NEW PATIENT INTAKE FORM')}     {ocr('(please print)')}\n"
            f"{ocr('Name:')} __{ip.first}__{ip.last}________   {ocr('D0B:')} _{dob_us(ip)}_\n"
            f"{ocr('Address:')} |{ist},\n{irest}|\n"
            f"{ocr('Phone:')} _{ip.phone}_    {ocr('Email:')} _{ip.email}_\n"
            f"{ocr('Allergies:')} | {allergy} |\n{ocr('Reason for visit:')} {reason}\n"
            f"{ocr('Employer / Workers Comp claim?')}  [X] Yes  [ ] No   {ocr('Employer:')} Harborline Logistics\n")
    put(d, text)
    add(d, ip, [("PERSON_NAME", f"{ip.first}__{ip.last}"), ("DATE_OF_BIRTH", dob_us(ip)), ("POSTAL_ADDRESS", ip.addr),
                ("PHONE_NUMBER", ip.phone), ("EMAIL_ADDRESS", ip.email), ("HEALTH_INFO", reason)], sensitive=True)

    # 17. searchable PDF of a scanned letter (text layer OCR'd): a worker's complaint, address wrapped, signed
    wl = us()
    wst, wrest = wl.addr.split(", ", 1)
    d = W.doc("scans/SCAN_20250210_0011.pdf", "pdf", "en")
    pdf(W.path(d), [[wl.name, wst, wrest, f"{ocr('Tel:')} {wl.phone}", "", "February 10, 2025", "",
                     ocr("Harborline Logistics, Inc. - Human Resources"), "", ocr("Re: Complaint about unpaid overtime, Dock 7"), "",
                     ocr("I worked 52 hours a week from October to December and was paid for 40. I have kept my time sheets."),
                     ocr("Please call me at the number above."), "", ocr("Sincerely,"), f"{wl.name}", "", f"{prefix}{bn + 230:07d}"]])
    add(d, wl, [("PERSON_NAME", wl.name), ("POSTAL_ADDRESS", wl.addr), ("PHONE_NUMBER", wl.phone)])

    # 18. searchable PDF of a scanned UK sick-note letter
    ukp = staff("GB")
    d = W.doc("scans/UK/SCAN_LDS_0305.pdf", "pdf", "en")
    fit = R.choice(["Lumbar disc prolapse", "Anxiety and depression", "Post-operative recovery (hip replacement)"])
    pdf(W.path(d), [[ocr("Statement of Fitness for Work"), "", f"{ocr('Patient name:')}  {nm(ukp)}",
                     f"{ocr('Date of birth:')}  {ukp.dob.day:02d}/{ukp.dob.month:02d}/{ukp.dob.year}",
                     f"{ocr('I assessed your case on:')} 05/03/2025", f"{ocr('because of the following condition(s):')}  {fit}",
                     ocr("and advise that you are not fit for work"), ocr("This will be the case for 4 weeks"), "",
                     f"{ocr('Doctor’s signature')} ________", f"{prefix} {bn + 260:07d}"]])
    add(d, ukp, [("PERSON_NAME", nm(ukp)), ("DATE_OF_BIRTH", f"{ukp.dob.day:02d}/{ukp.dob.month:02d}/{ukp.dob.year}"),
                 ("HEALTH_INFO", fit)], sensitive=True)
    names(ukp, nm(ukp))

    # decoys: OCR'd statute, a W-4's instructions, an I-9's instructions
    d = W.doc("scans/ref/SCAN_statute_0001.txt", "txt", "en")
    put(d, ocr("29 U.S.C. § 2612 - Leave requirement\n(a) In general.\n(1) Entitlement to leave. Subject to section 2613 of this title, "
               "an eligible employee shall be entitled to a total of 12 workweeks of leave during any 12-month period for one or "
               "more of the following: (A) Because of the birth of a son or daughter of the employee and in order to care for such "
               "son or daughter. (D) Because of a serious health condition that makes the employee unable to perform the functions "
               "of the position of such employee.\n", 0.3))
    d.decoy("OCR'd statute text", ["PERSON_NAME", "HEALTH_INFO", "DATE_OF_BIRTH"])
    d = W.doc("scans/ref/SCAN_W4_instructions.txt", "txt", "en")
    put(d, ocr("General Instructions\nStep 1(a). Enter your first name, middle initial, last name and address. Step 1(b). Enter "
               "your social security number (SSN). If you do not have an SSN, apply at SSA.gov or call 800-772-1213.\n"
               "Your withholding will be figured as if you are single if you do not give your employer a Form W-4.\n"
               "Cat. No. 10220Q   Form W-4 (2025)   OMB No. 1545-0074\n", 0.3))
    d.decoy("OCR'd form instructions", ["PERSON_NAME", "US_SSN", "POSTAL_ADDRESS"])
    d.opt_type("PHONE_NUMBER")  # the SSA's own number
    d = W.doc("scans/ref/SCAN_I9_blank.txt", "txt", "en")
    put(d, ocr("Employment Eligibility Verification\nSection 1. Employee Information and Attestation\n"
               "Last Name (Family Name) ________  First Name (Given Name) ________  Middle Initial __\n"
               "Date of Birth (mm/dd/yyyy) ___/___/_____   U.S. Social Security Number |_|_|_|-|_|_|-|_|_|_|_|\n"
               "Employee's Email Address ______________   Employee's Telephone Number (___) ___-____\n", 0.3))
    d.decoy("blank I-9 scanned", ["PERSON_NAME", "US_SSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS"])

    # ================================================================== exhibits and printed mail
    # 19. exhibit list (docx table): descriptions name the authors; the witness column names the deponent
    e1, e2, dep = cust[2], staff(), us()
    d = W.doc("legal/depositions/Exhibit_List_Depo.docx", "docx", "en")
    tbl = [["Exhibit No.", "Bates Range", "Description", "Witness"],
           ["Ex. 14", f"{bates(prefix, bn + 14)} - {bates(prefix, bn + 16)}", f"Email from {nm(e1)} to {nm(e2)} dated 03/04/2025", nm(dep)],
           ["Ex. 15", f"{bates(prefix, bn + 230)}", f"Letter from {nm(wl)} to Human Resources", nm(dep)],
           ["Ex. 16", f"DOJ-HBL-{n0:08d} - DOJ-HBL-{n0 + 3:08d}", "Rate proposal v3", nm(dep)]]
    docx(W.path(d), ["UNITED STATES DISTRICT COURT", "CENTRAL DISTRICT OF CALIFORNIA", "",
                     f"EXHIBIT LIST - DEPOSITION OF {nm(dep).upper()}", "Harborline Logistics, Inc. v. Pacific Crest Freight Co."],
         table=tbl)
    for p in (e1, e2, dep, wl):
        add(d, p, [("PERSON_NAME", nm(p))])
    names(dep, nm(dep), nm(dep).upper()), names(e2, nm(e2))

    # 20. Outlook-style printed e-mail (PDF, two pages, Bates footer)
    s1, t1, c1 = staff(), staff(), uk()
    d = W.doc(f"production/{prefix}_PROD001/IMAGES_PDF/{bates(prefix, bn + 14)}.pdf", "pdf", "en")
    pdf(W.path(d), [
        [nm(s1), "", f"From:      {nm(s1)} <{s1.email}>", f"Sent:      {sent(4, 16, 12)}", f"To:        {nm(t1)} <{t1.email}>",
         f"Cc:        {nm(c1)} <{c1.email}>", f"Subject:   {R.choice(SUBJECTS)}", "",
         f"{t1.first},", "Can you pull the overtime numbers for Dock 7 before Friday? Legal wants them.", "",
         f"{s1.first}", "", "Page 1 of 2", f"{bates(prefix, bn + 14)}"],
        [f"{nm(s1)} | {R.choice(TITLES)} | Harborline Logistics", f"Direct: {s1.phone}", "", "Page 2 of 2", f"{bates(prefix, bn + 15)}"]])
    add(d, s1, [("PERSON_NAME", nm(s1)), ("EMAIL_ADDRESS", s1.email), ("PHONE_NUMBER", s1.phone)])
    add(d, t1, [("PERSON_NAME", nm(t1)), ("EMAIL_ADDRESS", t1.email)])
    add(d, c1, [("PERSON_NAME", nm(c1)), ("EMAIL_ADDRESS", c1.email)])

    # 21. a mail thread printed to PDF: three headers, quoted replies
    m1, m2, m3 = staff(), us(), staff("GB")
    d = W.doc(f"production/{prefix}_PROD001/IMAGES_PDF/{bates(prefix, bn + 40)}.pdf", "pdf", "en")
    pdf(W.path(d), [
        [f"From: {nm(m2)} <{m2.email}>", f"Sent: {sent(11, 9, 5)}", f"To: {nm(m1)} <{m1.email}>", f"Subject: RE: Dock 7 incident",
         "", "Thanks. I'll send the photos tonight. My cell is " + m2.phone + ".", "",
         "-----Original Message-----", f"From: {nm(m1)} <{m1.email}>", f"Sent: {sent(10, 17, 40)}", f"To: {nm(m2)} <{m2.email}>",
         f"Cc: {nm(m3)} <{m3.email}>", "Subject: Dock 7 incident", "", "Please send what you have.", "", f"{bates(prefix, bn + 40)}"],
        ["-----Original Message-----", f"From: {nm(m3)} <{m3.email}>", f"Sent: {sent(10, 15, 2)}", f"To: {nm(m1)} <{m1.email}>",
         "Subject: Dock 7 incident", "", "A contractor reported a near miss at Dock 7 this morning.", "",
         f"{nm(m3)}", f"Tel: {m3.phone}", "", f"{bates(prefix, bn + 41)}"]])
    add(d, m1, [("PERSON_NAME", nm(m1)), ("EMAIL_ADDRESS", m1.email)])
    add(d, m2, [("PERSON_NAME", nm(m2)), ("EMAIL_ADDRESS", m2.email), ("PHONE_NUMBER", m2.phone)])
    add(d, m3, [("PERSON_NAME", nm(m3)), ("EMAIL_ADDRESS", m3.email), ("PHONE_NUMBER", m3.phone)])

    # 22. deposition exhibit: a stamped letter from a driver with a home address and birth date (txt of the PDF's text)
    dx = us()
    d = W.doc("legal/depositions/exhibits/Depo_Ex_17.txt", "txt", "en")
    text = (f"EXHIBIT\n17\nWIT: {dx.last.upper()}\nDATE: 4/2/25\n\n{nm(dx)}\n{dx.addr}\n\nMarch 1, 2025\n\nTo Harborline Dispatch:\n\n"
            f"I am writing about the accident on February 20. My date of birth is {dob_us(dx)} and my CDL is on file. "
            "I was not given the rest break the logs show.\n\n" + f"{nm(dx)}\n\n{bates(prefix, bn + 299)}\n")
    put(d, text)
    add(d, dx, [("PERSON_NAME", nm(dx)), ("POSTAL_ADDRESS", dx.addr), ("DATE_OF_BIRTH", dob_us(dx))])
    names(dx, nm(dx))

    # decoys: docket entries, an ESI protocol, an exhibit list naming firms and documents only
    d = W.doc("legal/docket/docket_2-24-cv.txt", "txt", "en")
    de = []
    for k in range(1, 7):
        de.append(f"{k * R.randint(3, 9):>3}  {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/2025  "
                  + R.choice(["MOTION to Compel Production of Documents filed by Defendant", "ORDER granting Stipulated Protective Order",
                              "NOTICE of Appearance by counsel for Plaintiff", "MINUTES of Scheduling Conference",
                              "STIPULATION re ESI Protocol", "DECLARATION in support of Motion to Compel"])
                  + f" (Attachments: # 1 Exhibit A) (dkt) (Entered: {R.randint(1, 12):02d}/{R.randint(1, 28):02d}/2025)")
    put(d, "Case 2:24-cv-0" + str(R.randint(1000, 9999)) + "  Docket Report\n\n" + "\n".join(de) + "\n")
    d.decoy("docket entries", ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"])
    d = W.doc("legal/esi/ESI_Protocol.txt", "txt", "en")
    put(d, "[PROPOSED] STIPULATED ORDER REGARDING DISCOVERY OF ELECTRONICALLY STORED INFORMATION\n\n1. Production format. The "
           "parties shall produce ESI as single-page Group IV TIFF images with a Concordance-delimited .dat load file and an Opticon "
           ".opt image cross-reference. Each page shall bear a unique Bates number (e.g. ABC0000001).\n2. Metadata fields. BEGBATES, "
           "ENDBATES, CUSTODIAN, FROM, TO, CC, BCC, SUBJECT, DATESENT, FILENAME, MD5HASH.\n3. Privilege logs shall identify the "
           "author, recipients, date and privilege asserted for each document withheld.\n4. Personally identifiable information "
           "(social security numbers, dates of birth, financial account numbers) may be redacted.\n")
    d.decoy("ESI protocol", ["PERSON_NAME", "US_SSN", "DATE_OF_BIRTH", "BANK_ACCOUNT"])
    d = W.doc("legal/depositions/Exhibit_Index_Corporate.csv", "csv", "en")
    put(d, csv_str([["Exhibit", "Bates Range", "Description", "Produced By"],
                    ["Ex. 1", f"PROD-{R.randint(100, 900):06d} - PROD-{R.randint(901, 990):06d}", "Master Services Agreement", FIRMS[0]],
                    ["Ex. 2", f"DOJ-ABC-{R.randint(1000000, 9999999):08d}", "Pacific Crest Freight Co. tariff schedule", FIRMS[1]],
                    ["Ex. 3", f"{prefix}{R.randint(1, 999999):07d}", "Harborline Logistics board resolution", FIRMS[0]]]))
    d.decoy("exhibit index naming firms and documents only", ["PERSON_NAME", "US_PASSPORT", "US_DRIVERS_LICENSE"])

    # ================================================================== more of each kind
    # 23. extracted text of a produced e-mail about a workplace injury (HEALTH_INFO of a named driver)
    hs, hr_, inj = staff(), staff(), us()
    injury = R.choice(["a fractured right ankle", "a torn meniscus", "a concussion", "second-degree burns to his left hand"])
    d = W.doc(f"production/{prefix}_PROD001/TEXT/{vol}/{bates(prefix, bn + 35)}.txt", "txt", "en")
    text = (f"From: {nm(hs)} <{hs.email}>\nSent: {sent(R.randint(3, 27), 7, R.randint(0, 59))}\nTo: {nm(hr_)} <{hr_.email}>\n"
            f"Subject: Dock 7 injury - {nm(inj)}\n\n{hr_.first},\n\n{nm(inj)} was taken to St. Mary's last night with {injury} "
            f"after the forklift incident. He will be out at least three weeks. His home number is {inj.phone} if you need to "
            f"reach him about the workers' comp paperwork.\n\n{hs.first}\n\n\n{bates(prefix, bn + 35)}\n")
    put(d, text)
    add(d, hs, [("PERSON_NAME", nm(hs)), ("EMAIL_ADDRESS", hs.email)])
    add(d, hr_, [("PERSON_NAME", nm(hr_)), ("EMAIL_ADDRESS", hr_.email)])
    add(d, inj, [("PERSON_NAME", nm(inj)), ("PHONE_NUMBER", inj.phone), ("HEALTH_INFO", injury)], sensitive=True)

    # 24. a metadata overlay as CSV (a Relativity export opened in Excel)
    o1, o2, o3 = staff(), staff(), us()
    d = W.doc(f"production/{prefix}_PROD003/metadata_overlay.csv", "csv", "en")
    ov = [["BegBates", "EndBates", "Custodian", "From", "To", "Subject", "DateSent"]]
    for i, (f_, t_) in enumerate([(o1, o2), (o2, o3), (o1, o3)]):
        ov.append([bates(prefix, bn + 800 + i * 4), bates(prefix, bn + 803 + i * 4), last_first(f_), f"{nm(f_)} <{f_.email}>",
                   f"{t_.email}", R.choice(SUBJECTS), f"2025-02-{R.randint(10, 28)}"])
    put(d, csv_str(ov))
    add(d, o1, [("PERSON_NAME", last_first(o1)), ("EMAIL_ADDRESS", o1.email)])
    add(d, o2, [("PERSON_NAME", last_first(o2)), ("EMAIL_ADDRESS", o2.email)])
    add(d, o3, [("EMAIL_ADDRESS", o3.email)])

    # 25. custodian interview notes (docx): personal devices and a personal mailbox
    ci = cl[4]
    pmail = f"{ci.first.lower()}{R.randint(10, 99)}@example.net"
    d = W.doc(f"legal/hold/interviews/Custodian_Interview_{ci.last.replace(' ', '')}.docx", "docx", "en")
    docx(W.path(d), ["CUSTODIAN INTERVIEW - PRIVILEGED & CONFIDENTIAL / ATTORNEY WORK PRODUCT", "",
                     f"Custodian: {nm(ci)}", f"Title: {R.choice(TITLES)}", f"Work e-mail: {ci.email}",
                     f"Personal e-mail used for work: {pmail}", f"Mobile (personal iPhone, used for texts with dispatch): {ci.phone}",
                     "Data sources: Exchange mailbox, OneDrive, Teams chats, personal iPhone (iMessage)",
                     "Notes: keeps paper rate sheets in the Dock 7 office; no auto-delete rules."])
    add(d, ci, [("PERSON_NAME", nm(ci)), ("EMAIL_ADDRESS", ci.email), ("EMAIL_ADDRESS", pmail), ("PHONE_NUMBER", ci.phone)])

    # 26. a handwritten witness statement (OCR text): address wrapped, phone with doubled spaces
    ws = us()
    wst2, wrest2 = ws.addr.split(", ", 1)
    d = W.doc("scans/claims/SCAN_0211_witness.txt", "txt", "en")
    text = (f"{ocr('WITNESS STATEMENT')}\n{ocr('Name:')}  {nm(ws)}\n{ocr('Address:')}  {wst2}\n        {wrest2}\n"
            f"{ocr('Phone:')}  {ws.phone}\n{ocr('Date of incident:')}  02/10/2025\n\n"
            f"{ocr('I was loading trailer 4411 at Dock 7 when the forklift backed into the rack. Nobody was hurt where I was standing.')}\n\n"
            f"{ocr('Signed:')} ___{nm(ws)}___\n")
    put(d, text)
    add(d, ws, [("PERSON_NAME", nm(ws)), ("POSTAL_ADDRESS", ws.addr), ("PHONE_NUMBER", ws.phone)])

    # 27. a searchable PDF of a second fax cover
    fa, fb = us(), staff()
    d = W.doc("scans/SCAN_20250302_0019.pdf", "pdf", "en")
    pdf(W.path(d), [[ocr("F A X"), "", f"{ocr('To:')}  {nm(fa)}", f"{ocr('Fax:')}  {fa.phone}", f"{ocr('From:')}  {nm(fb)}",
                     f"{ocr('Phone:')}  {fb.phone}", f"{ocr('Pages:')}  3", f"RE:  {ocr('Signed settlement release')}", "",
                     ocr("Please sign page 3 and fax it back to me today."), ""]])
    add(d, fa, [("PERSON_NAME", nm(fa)), ("PHONE_NUMBER", fa.phone)])
    add(d, fb, [("PERSON_NAME", nm(fb)), ("PHONE_NUMBER", fb.phone)])

    # decoys: a fax cover template, a load file of departments, a produced tariff with a Bates footer, a volume transmittal
    d = W.doc("scans/ref/fax_cover_template.txt", "txt", "en")
    put(d, ocr("HARBORLINE LOGISTICS, INC.\nFACSIMILE\nTo: ____________________   From: ____________________\n"
               "Fax: (___) ___-____   Phone: (___) ___-____\nPages: ____   RE: ____________________\n"
               "Main office: 2200 Pier Access Road, Long Beach, CA 90802\n", 0.3))
    d.decoy("fax cover template", ["PERSON_NAME", "PHONE_NUMBER"])
    d.opt_type("POSTAL_ADDRESS")  # the company's own office
    d = W.doc(f"production/{prefix}_PROD003/DATA/{prefix}_PROD003_shared.dat", "dat", "en")
    sl = [dat_line(["BEGBATES", "ENDBATES", "CUSTODIAN", "FILENAME", "DATECREATED", "FILEEXT"])]
    for i, cu in enumerate(["Dispatch Shared Drive", "Finance - Accounts Payable", "Fleet Maintenance SharePoint", "Legal Department"]):
        sl.append(dat_line([bates(prefix, bn + 900 + i), bates(prefix, bn + 900 + i), cu,
                            R.choice(["rates.xlsx", "lane_plan.docx", "pm_schedule.csv"]), f"0{R.randint(1, 9)}/1{R.randint(0, 9)}/2024", "xlsx"]))
    with open(W.path(d), "w", encoding="utf-8-sig", newline="") as f:
        f.write("".join(sl))
    d.decoy("load file whose custodians are departments and shares", ["PERSON_NAME"])
    d = W.doc(f"production/{prefix}_PROD001/TEXT/{vol}/{bates(prefix, bn + 500)}.txt", "txt", "en")
    put(d, "HARBORLINE LOGISTICS TARIFF SCHEDULE 2025\n\nLane          Base rate   Fuel surcharge\nLGB-PHX       $2.41/mi    18.5%\n"
           "LGB-SLC       $2.63/mi    18.5%\nTAC-BOI       $2.88/mi    17.9%\n\nRates effective 01/01/2025. Accessorials per Schedule B.\n\n\n\n"
           f"{bates(prefix, bn + 500)}\nCONFIDENTIAL\n")
    d.decoy("produced tariff with a Bates footer", ["PERSON_NAME", "US_DRIVERS_LICENSE", "PHONE_NUMBER"])
    d.mark_opt("CORP_CONFIDENTIAL")
    d = W.doc("production/transmittal_VOL.txt", "txt", "en")
    put(d, f"PRODUCTION TRANSMITTAL\nVolume: {prefix}_PROD001\nMedia: encrypted USB drive, S/N {R.randint(10**9, 10**10 - 1)}\n"
           f"Bates range: {bates(prefix, bn)} - {bates(prefix, bn + 699)}\nDocuments: 212   Pages: 700   Natives: 14\n"
           "Encryption: AES-256; password provided separately by telephone\nLoad files: .dat (Concordance), .opt (Opticon), .lfp\n")
    d.decoy("production transmittal (media serial, Bates range)", ["PERSON_NAME", "BANK_ACCOUNT", "PHONE_NUMBER", "CREDENTIAL"])

    W.finish()


if __name__ == "__main__":
    main()
