#!/usr/bin/env python3
"""make_acme_leak.py - build leakscope's bundled example leak set "acme-leak".

    python3 examples/make_acme_leak.py [--out DIR]

Writes DIR/files/... (default DIR = examples/acme-leak next to this script) and DIR/truth.json,
the ground truth in the shape read by shared/tools/score.py.

Everything is fake: the company "ACME Aero Systems" / 株式会社アクメ航空, its people and its
customers are invented; e-mail domains are example.com / example.jp; card numbers are the public
test numbers of the card schemes; SSNs and マイナンバー are made up (valid in form only).

Standard library only and deterministic: a fixed seed, fixed zip entry timestamps and no clock,
so running it again gives byte-identical files (with the same Python/zlib build: the deflate
output of the embedded zip/docx members comes from zlib).
"""
from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import os
import random
import re
import shutil
import unicodedata
import zipfile
from xml.sax.saxutils import escape as xml_escape

SEED = 20240305
ZIP_TIME = (2024, 3, 1, 9, 0, 0)          # every zip/docx entry gets this timestamp
FILE_MTIME = 1709283600                    # 2024-03-01T09:00:00Z, set on the written files
GENERATOR = "examples/make_acme_leak.py v1"
SENSITIVE = {"BANK_ACCOUNT", "BIOMETRIC", "CREDENTIAL", "CREDIT_CARD", "HEALTH_INFO", "IBAN"}

US = "acme-aero.example.com"
JP = "acme-aero.example.jp"


# ------------------------------------------------------------------------------------------------
# identifier helpers
def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def my_number_check(first11: str) -> int:
    """マイナンバー check digit: weights 6,5,4,3,2,7,6,5,4,3,2 over the first 11 digits (left to right)."""
    weights = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(d) * w for d, w in zip(first11, weights)) % 11
    return 0 if r <= 1 else 11 - r


def my_number(first11: str) -> str:
    return first11 + str(my_number_check(first11))


def my_number_ok(n: str) -> bool:
    n = re.sub(r"\D", "", unicodedata.normalize("NFKC", n))
    return len(n) == 12 and int(n[11]) == my_number_check(n[:11])


def group4(n: str) -> str:
    return " ".join(n[i:i + 4] for i in range(0, len(n), 4))


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def e164(written: str, region: str) -> str:
    s = unicodedata.normalize("NFKC", written)
    digits = re.sub(r"\D", "", s)
    if s.strip().startswith("+"):
        return "+" + digits
    if region == "JP":
        assert digits.startswith("0"), written
        return "+81" + digits[1:]
    assert len(digits) == 10, written
    return "+1" + digits


def ssn_ok(ssn: str) -> bool:
    a, g, s = ssn.split("-")
    if a in ("000", "666") or a.startswith("9") or g == "00" or s == "0000":
        return False
    return ssn not in ("078-05-1120", "219-09-9999", "457-55-5462")


# ------------------------------------------------------------------------------------------------
# people
PEOPLE: dict[str, dict] = {}


def person(pid, name, region, role, jurisdictions):
    PEOPLE[pid] = {"id": pid, "name": name, "region": region, "role": role,
                   "jurisdictions": list(jurisdictions)}
    return pid


# US staff (HR/staff_roster.csv)
US_STAFF = [
    # id, name, email, phone, ssn, dob, address, state
    ("P01", "Emily Carter", f"emily.carter@{US}", "(206) 632-4417", "531-42-7719", "1986-04-12",
     "4718 Fremont Ave N, Seattle, WA 98103", "WA"),
    ("P02", "Marcus Johnson", f"marcus.johnson@{US}", "(512) 474-2283", "452-18-3306", "1979-11-03",
     "2207 Elmwood Dr, Austin, TX 78705", "TX"),
    ("P03", "Priya Natarajan", f"priya.natarajan@{US}", "(408) 736-5190", "609-27-4481", "1991-07-25",
     "845 Lakewood Ct, Sunnyvale, CA 94087", "CA"),
    ("P04", "Daniel Reyes", f"daniel.reyes@{US}", "(703) 920-6634", "228-64-9012", "1975-02-18",
     "3318 N Harrison St, Arlington, VA 22207", "VA"),
    ("P05", "Sarah O'Connell", f"sarah.oconnell@{US}", "(617) 354-7728", "018-36-5547", "1988-09-30",
     "55 Larchwood Rd, Cambridge, MA 02138", "MA"),
    ("P06", "Kevin Tran", f"kevin.tran@{US}", "(303) 825-1196", "521-73-0864", "1983-12-07",
     "1642 Ogden St, Denver, CO 80218", "CO"),
    ("P07", "Laura Mitchell", f"laura.mitchell@{US}", "(312) 782-3350", "327-59-1148", "1969-05-22",
     "2950 W Palmer Sq, Chicago, IL 60647", "IL"),
    ("P08", "James Whitaker", f"james.whitaker@{US}", "(425) 883-9021", "535-08-6627", "1994-01-14",
     "16011 NE 36th Pl, Redmond, WA 98052", "WA"),
]
for pid, name, *_rest, st in US_STAFF:
    person(pid, name, "US", "employee", [f"US-{st}"])
USP = {r[0]: r for r in US_STAFF}

# Japanese staff (HR/社員名簿.csv)
JP_STAFF = [
    # id, 社員番号, 氏名, フリガナ, メール, 電話番号, 生年月日, 住所
    ("P11", "A1001", "佐々木\u3000健太", "ササキ\u3000ケンタ", f"k.sasaki@{JP}", "090-3318-4527", "1982/06/14",
     "〒213-0012 神奈川県川崎市高津区坂戸3丁目2番1号"),
    ("P12", "A1002", "高橋\u3000美咲", "タカハシ\u3000ミサキ", f"m.takahashi@{JP}", "080-5521-7734", "1990/02/03",
     "〒330-0854 埼玉県さいたま市大宮区桜木町1丁目7番5号 パークハイツ大宮 305号室"),
    ("P13", "A1003", "伊藤\u3000大輔", "イトウ\u3000ダイスケ", f"d.ito@{JP}", "070-4219-8863", "1977/10/21",
     "〒460-0003 愛知県名古屋市中区錦2丁目14番20号"),
    ("P14", "A1004", "渡辺\u3000真由美", "ワタナベ\u3000マユミ", f"m.watanabe@{JP}", "090-7742-1058", "1985/08/09",
     "〒651-0087 兵庫県神戸市中央区御幸通8丁目1番6号 メゾン三宮 702号室"),
    ("P15", "A1005", "中村\u3000翔", "ナカムラ\u3000ショウ", f"s.nakamura@{JP}", "080-2964-3310", "1996/12/01",
     "〒812-0011 福岡県福岡市博多区博多駅前3丁目25番21号"),
    ("P16", "A1006", "小川\u3000恵理", "オガワ\u3000エリ", f"e.ogawa@{JP}", "070-8831-2906", "1988/03/27",
     "〒150-0002 東京都渋谷区渋谷2丁目21番1号 渋谷コート 1104号室"),
]
for row in JP_STAFF:
    person(row[0], row[2].replace("\u3000", " "), "JP", "employee", ["JP"])
JPP = {r[0]: r for r in JP_STAFF}

# customers
person("P21", "Robert Hayes", "US", "customer", ["US-OR"])
person("P22", "Angela Brooks", "US", "customer", ["US-OR"])
person("P23", "Thomas Nguyen", "US", "customer", ["US-CA"])
person("P24", "Maria Gonzalez", "US", "customer", ["US-FL"])
person("P25", "山本 彩", "JP", "customer", ["JP"])
# former staff (only in the 2022 backup)
person("P31", "Gregory Paulson", "US", "employee", ["US-WA"])
person("P32", "Hannah Lee", "US", "employee", ["US-OR"])
# government programme contact
person("P41", "Karen Whitfield", "US", "gov", ["US-OH"])


# ------------------------------------------------------------------------------------------------
# documents
DOCS: list[dict] = []
FILES: dict[str, bytes] = {}     # top-level files to write (path -> bytes)


def add_doc(path, data: bytes, fmt, language, people=None, evidence=(), extra_pii=(), markings=(),
            markings_optional=(), decoys=(), status="OK", status_accept=(), note=None, write=True):
    """people: {pid: [elements]}; evidence: [(pid or None, TYPE, value)]; decoys: [(desc, [codes])]."""
    people = people or {}
    pii = set(extra_pii)
    for els in people.values():
        pii |= set(els)
    for pid, typ, _v in evidence:
        assert pid is None or typ in people[pid], (path, pid, typ)
    d = {"path": path, "format": fmt, "status": status}
    if status_accept:
        d["status_accept"] = list(status_accept)
    d.update({
        "language": language,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size_bytes": len(data),
        "pii_types": sorted(pii),
        "markings": sorted(markings),
    })
    if markings_optional:
        d["markings_optional"] = sorted(markings_optional)
    d["decoys"] = [x[0] for x in decoys]
    d["decoy_detail"] = [{"desc": x[0], "codes": sorted(x[1])} for x in decoys]
    d["people"] = sorted(people)
    d["person_elements"] = {pid: sorted(set(els)) for pid, els in sorted(people.items())}
    d["evidence"] = [{"type": t, "person": p, "value": v} for p, t, v in evidence]
    if note:
        d["note"] = note
    d["ocr"] = False
    d["heldout_only"] = False
    DOCS.append(d)
    if write:
        FILES[path] = data
    return data


def csv_bytes(rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    return buf.getvalue().encode("utf-8")


def zip_bytes(entries) -> bytes:
    """entries: [(name, bytes, compress_type)] - fixed timestamps and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = comp
            zi.create_system = 3
            zi.external_attr = 0o100644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


D = zipfile.ZIP_DEFLATED
S = zipfile.ZIP_STORED


# ---- 1. HR/staff_roster.csv -------------------------------------------------------------------
def make_staff_roster():
    rows = [["Name", "Email", "Phone", "SSN", "Date of Birth", "Address"]]
    people, ev = {}, []
    for pid, name, email, phone, ssn, dob, addr, _st in US_STAFF:
        assert ssn_ok(ssn)
        rows.append([name, email, phone, ssn, dob, addr])
        people[pid] = ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH", "POSTAL_ADDRESS"]
        ev += [(pid, "PERSON_NAME", name), (pid, "EMAIL_ADDRESS", email), (pid, "PHONE_NUMBER", phone),
               (pid, "US_SSN", ssn), (pid, "DATE_OF_BIRTH", dob), (pid, "POSTAL_ADDRESS", addr)]
    add_doc("HR/staff_roster.csv", csv_bytes(rows), "csv", "en", people, ev)


# ---- 2. HR/社員名簿.csv ------------------------------------------------------------------------
def make_shain_meibo():
    rows = [["社員番号", "氏名", "フリガナ", "メール", "電話番号", "生年月日", "住所"]]
    people, ev = {}, []
    for pid, no, name, kana, email, phone, dob, addr in JP_STAFF:
        rows.append([no, name, kana, email, phone, dob, addr])
        people[pid] = ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH", "POSTAL_ADDRESS"]
        ev += [(pid, "PERSON_NAME", name), (pid, "PERSON_NAME", kana), (pid, "EMAIL_ADDRESS", email),
               (pid, "PHONE_NUMBER", phone), (pid, "DATE_OF_BIRTH", dob), (pid, "POSTAL_ADDRESS", addr)]
    add_doc("HR/社員名簿.csv", csv_bytes(rows), "csv", "ja", people, ev)


# ---- 3. HR/マイナンバー届出.txt -----------------------------------------------------------------
def make_my_number_form():
    mn1 = my_number("40728153962")
    mn2 = my_number("81536029471")
    assert my_number_ok(mn1) and my_number_ok(mn2)
    p1, p2 = JPP["P12"], JPP["P13"]
    mn1_w = group4(mn1)
    mn2_w = group4(mn2).translate(FULLWIDTH)       # full-width digits, as typed in an IME
    text = (
        "個人番号（マイナンバー）届出書\n"
        "株式会社アクメ航空　人事部　給与・社会保険グループ　御中\n"
        "提出日：2024年1月15日\n"
        "\n"
        "年末調整および社会保険手続きのため、以下のとおり個人番号を届け出ます。\n"
        "\n"
        "【届出者1】\n"
        f"氏名：{p1[2]}（{p1[3]}）\n"
        f"社員番号：{p1[1]}\n"
        f"個人番号（マイナンバー）：{mn1_w}\n"
        f"電話：{p1[5]}\n"
        "本人確認書類：マイナンバーカード（写し添付）\n"
        "\n"
        "【届出者2】\n"
        f"氏名：{p2[2]}（{p2[3]}）\n"
        f"社員番号：{p2[1]}\n"
        f"マイナンバー：{mn2_w}\n"
        f"電話：{p2[5]}\n"
        "本人確認書類：通知カード＋運転免許証（写し添付）\n"
        "\n"
        "※受付後、本届出書は施錠保管し、保存期間経過後に廃棄します。\n"
    )
    people = {"P12": ["PERSON_NAME", "JP_MY_NUMBER", "PHONE_NUMBER"],
              "P13": ["PERSON_NAME", "JP_MY_NUMBER", "PHONE_NUMBER"]}
    ev = [("P12", "PERSON_NAME", p1[2]), ("P12", "PERSON_NAME", p1[3]), ("P12", "JP_MY_NUMBER", mn1_w),
          ("P12", "PHONE_NUMBER", p1[5]),
          ("P13", "PERSON_NAME", p2[2]), ("P13", "PERSON_NAME", p2[3]), ("P13", "JP_MY_NUMBER", mn2_w),
          ("P13", "PHONE_NUMBER", p2[5])]
    add_doc("HR/マイナンバー届出.txt", text.encode("utf-8"), "txt", "ja", people, ev)


# ---- 4. Finance/chargeback_4471.txt -----------------------------------------------------------
CARD_HAYES = "4111 1111 1111 1111"


def make_chargeback():
    priya = USP["P03"]
    addr = "2716 SE Belmont St, Portland, OR 97214"
    text = (
        "ACME Aero Systems - Customer Payments\n"
        "CHARGEBACK CASE 4471\n"
        "\n"
        f"Opened: 2024-02-19    Handled by: {priya[1]} ({priya[2]})\n"
        "\n"
        "Cardholder:        Robert Hayes\n"
        "Cardholder e-mail: r.hayes@example.com\n"
        f"Billing address:   {addr}\n"
        f"Card number:       {CARD_HAYES}    Exp: 09/26\n"
        "Amount disputed:   USD 1,284.50 (web order PO-A7741, 2 x pilot headset kit)\n"
        "Reason code:       13.1 Merchandise/Services Not Received\n"
        "\n"
        "Notes:\n"
        "- Carrier shows delivered 2024-02-14 to the front desk of the building.\n"
        "- Customer says the parcel was never handed over. Asked him by e-mail for the\n"
        "  building manager's statement; representment deadline is 2024-03-04.\n"
        "- Do NOT refund outside the dispute process (double credit risk).\n"
    )
    assert luhn_ok(CARD_HAYES)
    people = {"P21": ["PERSON_NAME", "EMAIL_ADDRESS", "POSTAL_ADDRESS", "CREDIT_CARD"],
              "P03": ["PERSON_NAME", "EMAIL_ADDRESS"]}
    ev = [("P03", "PERSON_NAME", priya[1]), ("P03", "EMAIL_ADDRESS", priya[2]),
          ("P21", "PERSON_NAME", "Robert Hayes"), ("P21", "EMAIL_ADDRESS", "r.hayes@example.com"),
          ("P21", "POSTAL_ADDRESS", addr), ("P21", "CREDIT_CARD", CARD_HAYES)]
    add_doc("Finance/chargeback_4471.txt", text.encode("utf-8"), "txt", "en", people, ev)


# ---- 5. Finance/orders_export.csv (decoys only) -----------------------------------------------
def make_orders_export(rng: random.Random):
    def luhn_failing_16():
        while True:
            n = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(15))
            if not luhn_ok(n):
                return n

    def mynumber_failing_12():
        while True:
            n = "".join(str(rng.randint(0, 9)) for _ in range(12))
            if not my_number_ok(n):
                return n

    # SSN-shaped part numbers with impossible SSN areas; 9xx ones use groups 10-49 (not ITIN groups)
    part_nos = ["000-12-3456", "666-40-1187", "912-34-5678", "987-21-0034", "000-58-2210", "666-03-7781",
                "943-17-6620", "000-44-9032", "666-29-4415", "958-11-3307", "921-46-8850", "000-31-7764"]
    for p in part_nos:
        assert not ssn_ok(p)
        a, g, _s = p.split("-")
        if a.startswith("9"):
            assert 10 <= int(g) <= 49
    items = [("Actuator bracket, Ti-6Al-4V", 24, "182.40"), ("Pitot probe heater element", 10, "96.15"),
             ("Harness connector D38999 shell", 150, "14.80"), ("Radome seal ring, 300 mm", 8, "61.00"),
             ("Torque tube bushing", 40, "22.35"), ("Hydraulic fitting AN818-6", 300, "3.12"),
             ("Servo valve filter cartridge", 16, "74.90"), ("Avionics rack rail, left", 12, "48.60"),
             ("Cable clamp MS21919 size 12", 500, "0.88"), ("Static port plate", 6, "133.00"),
             ("Fuel probe gasket", 60, "4.25"), ("Antenna ground plane 150 x 150", 4, "210.75")]
    rows = [["order_no", "管理番号", "part_no", "description", "qty", "unit_price_usd", "ship_date"]]
    for i, (desc, qty, price) in enumerate(items):
        rows.append([luhn_failing_16(), mynumber_failing_12(), part_nos[i], desc, str(qty), price,
                     f"2024-02-{i + 3:02d}"])
    decoys = [("16-digit order numbers failing the Luhn check", ["CREDIT_CARD"]),
              ("12-digit 管理番号 failing the My Number check digit", ["JP_MY_NUMBER"]),
              ("SSN-shaped part numbers with invalid areas (000/666/9xx, non-ITIN groups)", ["US_SSN", "US_ITIN"])]
    add_doc("Finance/orders_export.csv", csv_bytes(rows), "csv", "en", decoys=decoys)


# ---- 6. Projects/RAVEN/RAVEN_status_brief.html ------------------------------------------------
def make_raven_html():
    reyes = USP["P04"]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>RAVEN Program Status Brief - FY24 Q2</title>
<style>.banner {{ text-align: center; font-weight: bold; color: #c8102e; }}</style>
</head>
<body>
<p class="banner">SECRET//NOFORN</p>
<h1>(U) RAVEN Program Status Brief - FY24 Q2</h1>
<p>Classified By: PSO-0417, Program Security Officer, ACME Aero Systems<br>
Derived From: RAVEN Security Classification Guide, dated 20230115<br>
Declassify On: 20490301</p>
<p>(S//NF) The RAVEN airborne datalink completed captive-carry flight 7 on 2024-02-22. Link margin at
maximum range was 4.1 dB below the threshold agreed at CDR.</p>
<p>(S//NF) Anti-jam waveform build 3.2 is delayed three weeks by the frequency-hopping synthesizer
redesign; the flight-test window moves to late May.</p>
<p>(U) Schedule: system integration review 2024-04-18; flight test readiness review 2024-05-20.</p>
<p>(U) Point of contact: {reyes[1]}, RAVEN Deputy Program Manager, {reyes[2]}, {reyes[3]}.</p>
<p class="banner">SECRET//NOFORN</p>
</body>
</html>
"""
    people = {"P04": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"]}
    ev = [("P04", "PERSON_NAME", reyes[1]), ("P04", "EMAIL_ADDRESS", reyes[2]), ("P04", "PHONE_NUMBER", reyes[3])]
    add_doc("Projects/RAVEN/RAVEN_status_brief.html", html.encode("utf-8"), "html", "en", people, ev,
            markings=["US_SECRET"], markings_optional=["DEFENSE_RELATED"])


# ---- 7. Projects/RAVEN/RAVEN_threat_summary.pdf -----------------------------------------------
def pdf_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(pages, title: str) -> bytes:
    """pages: list of [(x, y, size, text)], Helvetica (WinAnsi, ASCII text only); xref offsets computed."""
    n = len(pages)
    page_ids = [5 + 2 * i for i in range(n)]
    objs: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) + f"] /Count {n} >>").encode(),
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        4: (f"<< /Title ({pdf_escape(title)}) /Producer (make_acme_leak.py) "
            "/CreationDate (D:20240301090000Z) /ModDate (D:20240301090000Z) >>").encode(),
    }
    for pid, lines in zip(page_ids, pages):
        ops = ["BT"]
        for x, y, size, text in lines:
            text.encode("ascii")
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm ({pdf_escape(text)}) Tj")
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("ascii")
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     f"/Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>").encode()
        objs[pid + 1] = f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"endstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for oid in sorted(objs):
        offsets[oid] = len(out)
        out += f"{oid} 0 obj\n".encode() + objs[oid] + b"\nendobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += f"xref\n0 {size}\n".encode() + b"0000000000 65535 f \n"
    for oid in range(1, size):
        out += f"{offsets[oid]:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {size} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def make_raven_pdf():
    banner = "TOP SECRET//SI//NOFORN"
    contact = "k.whitfield@raven-pmo.example.com"
    phone = "(937) 656-2174"

    def page(body, pno):
        lines = [(232, 760, 11, banner)]
        y = 720
        for size, text in body:
            lines.append((72, y, size, text))
            y -= 18 if size <= 11 else 26
        lines.append((72, 60, 9, f"RAVEN Threat Summary - page {pno} of 2"))
        lines.append((232, 36, 11, banner))
        return lines

    p1 = [(14, "(U) RAVEN Program Threat Summary - February 2024"),
          (10, "Classified By: PSO-0417, Program Security Officer, ACME Aero Systems"),
          (10, "Derived From: Multiple Sources"),
          (10, "Declassify On: 25X1, 20740301"),
          (11, ""),
          (11, "(TS//SI//NF) Signals collection against the RAVEN datalink test range was observed"),
          (11, "during captive-carry flights 5 through 7. Intercepts indicate the adversary has"),
          (11, "characterized the legacy hopping pattern used before build 3.2."),
          (11, "(S//NF) Recommend moving flight 8 to the alternate range and enabling the"),
          (11, "low-probability-of-intercept waveform for all remaining tests."),
          (11, "(U) Distribution of this summary is limited to the RAVEN program office.")]
    p2 = [(11, "(TS//SI//NF) Collection assets are assessed to be ground based, within 60 km of"),
          (11, "the range, and active on test days only. Tasking appears to follow public"),
          (11, "airspace notices; future notices will use a generic activity description."),
          (11, "(U) Questions on this summary go to the government program office:"),
          (11, f"(U) Lt Col Karen Whitfield, RAVEN PMO, {contact}, {phone}.")]
    data = pdf_bytes([page(p1, 1), page(p2, 2)], "RAVEN Threat Summary")
    people = {"P41": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"]}
    ev = [("P41", "PERSON_NAME", "Karen Whitfield"), ("P41", "EMAIL_ADDRESS", contact), ("P41", "PHONE_NUMBER", phone)]
    add_doc("Projects/RAVEN/RAVEN_threat_summary.pdf", data, "pdf", "en", people, ev,
            markings=["US_TOP_SECRET"], markings_optional=["DEFENSE_RELATED"])


# ---- 8./9. Projects/次期システム/*.docx -----------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_bytes(paragraphs) -> bytes:
    """paragraphs: [(kind, text)] with kind 'stamp' (boxed red, right aligned), 'title' or 'p'."""
    body = []
    for kind, text in paragraphs:
        t = f'<w:t xml:space="preserve">{xml_escape(text)}</w:t>'
        if kind == "stamp":
            body.append('<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr>'
                        '<w:rFonts w:eastAsia="MS Gothic"/><w:b/><w:color w:val="C00000"/><w:sz w:val="32"/>'
                        '<w:bdr w:val="single" w:sz="12" w:space="0" w:color="C00000"/></w:rPr>' + t + '</w:r></w:p>')
        elif kind == "title":
            body.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        + t + '</w:r></w:p>')
        else:
            body.append('<w:p><w:r>' + t + '</w:r></w:p>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS}"><w:body>' + "".join(body) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
                '</w:sectPr></w:body></w:document>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" '
                     'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    return zip_bytes([("[Content_Types].xml", content_types.encode(), D),
                      ("_rels/.rels", rels.encode(), D),
                      ("word/document.xml", document.encode("utf-8"), D),
                      ("word/_rels/document.xml.rels", doc_rels.encode(), D)])


def make_shiken_keikaku():
    p = JPP["P11"]
    paras = [("stamp", "注意"),
             ("title", "次期システム　試作品性能確認試験　試験計画書（案）"),
             ("p", "文書番号：ACME-JS-TP-2024-017　作成日：2024年2月26日　保存期間：10年"),
             ("p", "1. 目的"),
             ("p", "本計画書は、防衛装備庁向け次期システム試作品について、環境試験および電波暗室における"
                   "性能確認試験の実施要領を定めるものである。"),
             ("p", "2. 試験期間　2024年4月15日～2024年5月31日"),
             ("p", "3. 試験場所　株式会社アクメ航空　川崎事業所　第2試験棟（電波暗室）"),
             ("p", "4. 試験項目　送信出力、受信感度、耐振動、高温・低温動作、EMI"),
             ("p", f"5. 担当者　技術部　第一試験課　{p[2]}（電話：{p[5]}）"),
             ("p", "6. 本計画書の複製および社外への持出しを禁ずる。"),
             ("stamp", "注意")]
    people = {"P11": ["PERSON_NAME", "PHONE_NUMBER"]}
    ev = [("P11", "PERSON_NAME", p[2]), ("P11", "PHONE_NUMBER", p[5])]
    add_doc("Projects/次期システム/試験計画書.docx", docx_bytes(paras), "docx", "ja", people, ev,
            markings=["JP_CHUI"], markings_optional=["DEFENSE_RELATED"])


def make_hyoka_kijun():
    p = JPP["P14"]
    paras = [("stamp", "秘"),
             ("title", "次期システム　提案書評価基準（第3版）"),
             ("p", "指定日：2024年2月1日　解除予定日：2034年3月31日　全5部のうち第2号"),
             ("p", "1. 評価の方法　技術点（700点）と価格点（300点）の合計で評価する。"),
             ("p", "2. 必須要求事項　探知距離、同時追尾目標数、平均故障間隔（MTBF）を満たさない提案は失格とする。"),
             ("p", "3. 加点項目　国内生産比率、試作段階での実機データの提示、保守体制。"),
             ("p", "4. 評価体制　評価委員5名による合議とし、評価結果は社外に開示しない。"),
             ("p", f"作成：システム企画部　{p[2]}（{p[4]}）"),
             ("stamp", "秘")]
    people = {"P14": ["PERSON_NAME", "EMAIL_ADDRESS"]}
    ev = [("P14", "PERSON_NAME", p[2]), ("P14", "EMAIL_ADDRESS", p[4])]
    add_doc("Projects/次期システム/評価基準.docx", docx_bytes(paras), "docx", "ja", people, ev,
            markings=["JP_HI"], markings_optional=["DEFENSE_RELATED"])


# ---- 10. Mail/2024-03-05_customer_list.eml ----------------------------------------------------
CUSTOMERS = [
    # id, name, email, phone, card
    ("P21", "Robert Hayes", "r.hayes@example.com", "+1 503-234-8812", CARD_HAYES),
    ("P22", "Angela Brooks", "angela.brooks@example.com", "+1 971-327-5540", "5555 5555 5555 4444"),
    ("P23", "Thomas Nguyen", "t.nguyen@example.com", "+1 714-968-2231", "4012 8888 8888 1881"),
    ("P24", "Maria Gonzalez", "maria.gonzalez@example.com", "+1 305-856-4472", "3782 822463 10005"),
    ("P25", "山本 彩", "aya.yamamoto@example.jp", "+81 90-6628-1394", "3530 1113 3330 0000"),
]


def b64_lines(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def rfc2047(s: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(s.encode("utf-8")).decode("ascii") + "?="


def make_customer_mail():
    rows = [["name", "email", "phone", "card_number", "last_order"]]
    last = ["2024-02-12", "2024-02-27", "2024-03-01", "2024-02-08", "2024-02-21"]
    cpeople, cev = {}, []
    for (pid, name, email, phone, card), lo in zip(CUSTOMERS, last):
        assert luhn_ok(card)
        rows.append([name, email, phone, card, lo])
        cpeople[pid] = ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"]
        cev += [(pid, "PERSON_NAME", name), (pid, "EMAIL_ADDRESS", email), (pid, "PHONE_NUMBER", phone),
                (pid, "CREDIT_CARD", card)]
    attachment = csv_bytes(rows)
    kevin, priya = USP["P06"], USP["P03"]
    body = (
        "Hi Priya,\n"
        "\n"
        "Attached is the customer list for the March follow-up campaign (5 accounts with\n"
        "recent orders). Card numbers are in there because the billing team wants to\n"
        "re-run the declined ones - please move it to the payments share and delete it\n"
        "from your mailbox afterwards.\n"
        "\n"
        "Thanks,\n"
        f"{kevin[1]}\n"
        "Sales Operations, ACME Aero Systems\n"
        "Tel: +1 303-825-1196\n"
        "\n"
        "--\n"
        "This e-mail may contain confidential information. If you are not the intended\n"
        "recipient, please notify the sender and delete it.\n"
    )
    assert e164(kevin[3], "US") == e164("+1 303-825-1196", "US")
    boundary = "==acme-boundary-5f3a0c=="
    msg = (
        f"From: {kevin[1]} <{kevin[2]}>\n"
        f"To: {priya[1]} <{priya[2]}>\n"
        "Subject: Customer list for March campaign\n"
        "Date: Tue, 05 Mar 2024 10:42:17 -0700\n"
        f"Message-ID: <20240305174217.4471@{US}>\n"
        "MIME-Version: 1.0\n"
        f'Content-Type: multipart/mixed; boundary="{boundary}"\n'
        "\n"
        "This is a multi-part message in MIME format.\n"
        "\n"
        f"--{boundary}\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        f"{body}"
        "\n"
        f"--{boundary}\n"
        'Content-Type: text/csv; charset="utf-8"; name="customers_march.csv"\n'
        'Content-Disposition: attachment; filename="customers_march.csv"\n'
        "Content-Transfer-Encoding: base64\n"
        "\n"
        f"{b64_lines(attachment)}\n"
        "\n"
        f"--{boundary}--\n"
    ).replace("\r\n", "\n").replace("\n", "\r\n")
    people = {"P06": ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"], "P03": ["PERSON_NAME", "EMAIL_ADDRESS"]}
    ev = [("P06", "PERSON_NAME", kevin[1]), ("P06", "EMAIL_ADDRESS", kevin[2]),
          ("P06", "PHONE_NUMBER", "+1 303-825-1196"),
          ("P03", "PERSON_NAME", priya[1]), ("P03", "EMAIL_ADDRESS", priya[2])]
    decoys = [("e-mail footer: 'may contain confidential information'", ["CORP_CONFIDENTIAL", "US_CONFIDENTIAL"])]
    path = "Mail/2024-03-05_customer_list.eml"
    add_doc(path, msg.encode("utf-8"), "eml", "en", people, ev, decoys=decoys)
    add_doc(path + "!/customers_march.csv", attachment, "csv", "en", cpeople, cev, write=False)


# ---- 11. Mail/2023-12-20_potluck.eml ----------------------------------------------------------
def make_potluck_mail():
    james, emily = USP["P08"], USP["P01"]
    ogawa, nakamura = JPP["P16"], JPP["P15"]
    og_name = ogawa[2].replace("\u3000", " ")
    nk_name = nakamura[2].replace("\u3000", " ")
    body = (
        "Hi all / 皆さん\n"
        "\n"
        "The year-end potluck is on Friday 12/22 at 12:00 in the Building 2 cafeteria.\n"
        "Bring your top secret recipe! Last year's chili won, and the photo from the\n"
        "Secretary of Defense factory tour is still on the wall if you want a selfie.\n"
        "Ogawa-san has promised to reveal the secret to good ramen (hint: the broth).\n"
        "\n"
        "12月22日（金）12時から2号館カフェテリアで忘年会ポットラックを開催します。\n"
        "社長秘書チームもデザートを持ってきてくれます。\n"
        "アレルギーのある方はご注意ください。持ち寄る料理には食材ラベルをお願いします。\n"
        "\n"
        "Cheers,\n"
        "James\n"
    )
    msg = (
        f"From: {james[1]} <{james[2]}>\n"
        f"To: {emily[1]} <{emily[2]}>, {rfc2047(og_name)} <{ogawa[4]}>,\n"
        f" {rfc2047(nk_name)} <{nakamura[4]}>\n"
        f"Subject: {rfc2047('Year-end potluck / 忘年会ポットラック 12/22')}\n"
        "Date: Wed, 20 Dec 2023 16:05:44 -0800\n"
        f"Message-ID: <20231221000544.1222@{US}>\n"
        "MIME-Version: 1.0\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n"
        "\n"
        f"{body}"
    ).replace("\n", "\r\n")
    people = {p: ["PERSON_NAME", "EMAIL_ADDRESS"] for p in ("P08", "P01", "P16", "P15")}
    ev = [("P08", "PERSON_NAME", james[1]), ("P08", "EMAIL_ADDRESS", james[2]),
          ("P01", "PERSON_NAME", emily[1]), ("P01", "EMAIL_ADDRESS", emily[2]),
          ("P16", "PERSON_NAME", og_name), ("P16", "EMAIL_ADDRESS", ogawa[4]),
          ("P15", "PERSON_NAME", nk_name), ("P15", "EMAIL_ADDRESS", nakamura[4])]
    decoys = [("'top secret recipe' in a casual e-mail", ["US_SECRET", "US_TOP_SECRET"]),
              ("'the secret to good ramen' in running text", ["US_SECRET"]),
              ("'Secretary of Defense' (title, not a marking)", ["US_SECRET"]),
              ("秘書 (secretary) in running text", ["JP_HI"]),
              ("ご注意ください in running text", ["JP_CHUI"])]
    add_doc("Mail/2023-12-20_potluck.eml", msg.encode("utf-8"), "eml", "en", people, ev, decoys=decoys)


# ---- 12. Backups/hr_2022.zip ------------------------------------------------------------------
def make_hr_backup():
    laura = USP["P07"]
    old = [("P07", laura[1], laura[2], laura[3], "Program Control", "Chicago, IL", ""),
           ("P31", "Gregory Paulson", f"greg.paulson@{US}", "(206) 632-8850", "Flight Test", "Seattle, WA", "2021-06-30"),
           ("P32", "Hannah Lee", f"hannah.lee@{US}", "(503) 234-6671", "Quality", "Portland, OR", "2022-01-14")]
    rows = [["name", "email", "phone", "department", "location", "end_date"]]
    rpeople, rev = {}, []
    for pid, name, email, phone, dept, loc, end in old:
        rows.append([name, email, phone, dept, loc, end])
        rpeople[pid] = ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"]
        rev += [(pid, "PERSON_NAME", name), (pid, "EMAIL_ADDRESS", email), (pid, "PHONE_NUMBER", phone)]
    roster = csv_bytes(rows)

    pay = [("P07", laura[1], laura[2], laura[4], "118,400.00"),
           ("P31", "Gregory Paulson", f"greg.paulson@{US}", "540-62-3318", "97,250.00")]
    prows = [["employee", "email", "ssn", "gross_pay_2019_usd"]]
    ppeople, pev = {}, []
    for pid, name, email, ssn, gross in pay:
        assert ssn_ok(ssn)
        prows.append([name, email, ssn, gross])
        ppeople[pid] = ["PERSON_NAME", "EMAIL_ADDRESS", "US_SSN"]
        pev += [(pid, "PERSON_NAME", name), (pid, "EMAIL_ADDRESS", email), (pid, "US_SSN", ssn)]
    payroll = csv_bytes(prows)

    inner = zip_bytes([("payroll_2019.csv", payroll, D)])
    outer = zip_bytes([("hr/old_roster.csv", roster, D), ("archive/2019.zip", inner, S)])
    base = "Backups/hr_2022.zip"
    add_doc(base, outer, "zip", "en")
    add_doc(base + "!/hr/old_roster.csv", roster, "csv", "en", rpeople, rev, write=False)
    add_doc(base + "!/archive/2019.zip", inner, "zip", "en", write=False)
    add_doc(base + "!/archive/2019.zip!/payroll_2019.csv", payroll, "csv", "en", ppeople, pev, write=False)


# ---- 13./14. Users/jdoe -----------------------------------------------------------------------
def make_jdoe(rng: random.Random):
    add_doc("Users/jdoe/notes.txt", b"", "empty", "en", status="NO_TEXT", status_accept=["OK"])
    # a PDF header followed by bytes that are no PDF at all, cut short: no objects, no xref, no trailer
    junk = bytes(rng.randrange(256) for _ in range(1536))
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n" + junk
    add_doc("Users/jdoe/broken.pdf", data, "pdf", "en", status="CORRUPT", status_accept=["ERROR"],
            note="not readable (truncated, garbage after the header); content not claimed")


# ---- 15. IT/app.env ---------------------------------------------------------------------------
def make_app_env(rng: random.Random):
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    key_id = "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    secret = "".join(rng.choice(alnum + "+/") for _ in range(40))
    db_pw = "".join(rng.choice(alnum) for _ in range(10)) + "!7q"
    text = (
        "# ACME parts portal - production settings\n"
        "APP_ENV=production\n"
        f"DB_HOST=db01.{US}\n"
        "DB_PORT=5432\n"
        "DB_USER=portal_app\n"
        f"DB_PASSWORD={db_pw}\n"
        f"AWS_ACCESS_KEY_ID={key_id}\n"
        f"AWS_SECRET_ACCESS_KEY={secret}\n"
        "AWS_DEFAULT_REGION=ap-northeast-1\n"
        "LOG_LEVEL=info\n"
    )
    ev = [(None, "CREDENTIAL", f"DB_PASSWORD={db_pw}"), (None, "CREDENTIAL", f"AWS_SECRET_ACCESS_KEY={secret}")]
    add_doc("IT/app.env", text.encode("utf-8"), "txt", "en", evidence=ev, extra_pii=["CREDENTIAL"],
            decoys=[("variable name AWS_SECRET_ACCESS_KEY", ["US_SECRET"])])


# ---- 16. Intranet/news.html -------------------------------------------------------------------
def make_news():
    james = USP["P08"]
    html = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ACME Aero News - March 2024</title>
</head>
<body>
<h1>ACME Aero News - March 2024</h1>
<p class="byline">By {james[1]}, Internal Communications</p>
<h2>Visit to the Arlington site</h2>
<p>Last month the Secretary of Defense toured our Arlington integration facility and met the avionics
test team. Thanks to everyone who helped prepare the hangar on short notice.</p>
<h2>IT housekeeping</h2>
<p>Please review the user(s) who have access to your team drive and delete the file(s) you no longer
need before the storage migration on 2024-03-23.</p>
<h2>川崎事業所からのお知らせ</h2>
<p>4月の避難訓練の注意事項は総務部のポータルに掲載しています。当日は館内放送の指示に従ってください。</p>
<footer>
<p>(C) 2024 ACME Aero Systems / 株式会社アクメ航空. All rights reserved.</p>
</footer>
</body>
</html>
"""
    people = {"P08": ["PERSON_NAME"]}
    ev = [("P08", "PERSON_NAME", james[1])]
    decoys = [("'Secretary of Defense' (title, not a marking)", ["US_SECRET"]),
              ("'user(s)' / 'file(s)' used as plural", ["US_SECRET"]),
              ("'(C) 2024 ACME Aero Systems' copyright line", ["US_CONFIDENTIAL"]),
              ("注意事項 in running text", ["JP_CHUI"])]
    add_doc("Intranet/news.html", html.encode("utf-8"), "html", "en", people, ev, decoys=decoys,
            markings_optional=["DEFENSE_RELATED"])


# ------------------------------------------------------------------------------------------------
def build_people() -> list[dict]:
    region_of = {pid: p["region"] for pid, p in PEOPLE.items()}
    acc = {pid: {"names": set(), "emails": set(), "phones": set(), "elements": set(), "docs": []}
           for pid in PEOPLE}
    for d in DOCS:
        for pid, els in d["person_elements"].items():
            a = acc[pid]
            a["elements"] |= set(els)
            a["docs"].append(d["path"])
        for e in d["evidence"]:
            pid = e["person"]
            if pid is None:
                continue
            if e["type"] == "PERSON_NAME":
                acc[pid]["names"].add(e["value"])
            elif e["type"] == "EMAIL_ADDRESS":
                acc[pid]["emails"].add(e["value"].lower())
            elif e["type"] == "PHONE_NUMBER":
                acc[pid]["phones"].add(e164(e["value"], region_of[pid]))
    out = []
    for pid in sorted(PEOPLE):
        p, a = PEOPLE[pid], acc[pid]
        assert a["docs"], pid
        assert a["emails"] or a["phones"], pid
        out.append({
            "id": pid, "name": p["name"], "names_seen": sorted(a["names"]),
            "emails": sorted(a["emails"]), "phones": sorted(a["phones"]),
            "jurisdictions": p["jurisdictions"], "data_elements": sorted(a["elements"]),
            "sensitive": bool(a["elements"] & SENSITIVE),
            "documents": a["docs"], "documents_distinct": len(set(a["docs"])),
            "ocr_documents": [], "data_elements_ocr_only": [], "emails_ocr_only": [], "phones_ocr_only": [],
            "region": p["region"], "role": p["role"],
        })
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "acme-leak"))
    args = ap.parse_args()
    rng = random.Random(SEED)

    make_staff_roster()
    make_shain_meibo()
    make_my_number_form()
    make_chargeback()
    make_orders_export(rng)
    make_raven_html()
    make_raven_pdf()
    make_shiken_keikaku()
    make_hyoka_kijun()
    make_customer_mail()
    make_potluck_mail()
    make_hr_backup()
    make_jdoe(rng)
    make_app_env(rng)
    make_news()

    files_dir = os.path.join(args.out, "files")
    if os.path.isdir(files_dir):
        shutil.rmtree(files_dir)
    for rel, data in FILES.items():
        path = os.path.join(files_dir, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        os.utime(path, (FILE_MTIME, FILE_MTIME))

    truth = {
        "profile": "example",
        "seed": SEED,
        "generator": GENERATOR,
        "contract": "shared/spec/output-contract.md v1",
        "params": {"people": len(PEOPLE), "files": len(FILES), "items": len(DOCS)},
        "notes": [
            "bundled example set of a fictional company (ACME Aero Systems / 株式会社アクメ航空); all data is fake",
            "paths are relative to files/; embedded items use outer!/inner (zip members, e-mail attachments by file name)",
            "a container's own pii_types do not include what its embedded items contain",
            "items inside an ENCRYPTED/CORRUPT container are not listed; their PII is not claimed",
            "status_accept lists other statuses that are also correct; *_optional codes are neither required nor penalised",
            "markings_optional DEFENSE_RELATED: defense content, marked or not",
            "sensitive = data_elements intersect BANK_ACCOUNT,BIOMETRIC,CREDENTIAL,CREDIT_CARD,HEALTH_INFO,IBAN",
            "phones are E.164; customer jurisdictions follow the billing address or the phone's area code",
            "card numbers are the card schemes' public test numbers; SSNs and My Numbers are invented (valid in form)",
        ],
        "documents": DOCS,
        "people": build_people(),
    }
    with open(os.path.join(args.out, "truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {len(FILES)} files, {len(DOCS)} items, {len(truth['people'])} people to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
