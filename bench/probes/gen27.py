#!/usr/bin/env python3
"""gen27.py - probe round 27 (issue #4): what a breach of a town office, a county, a school district or a public agency
leaks (the 2022 Amagasaki USB loss of all residents' 住民基本台帳, 住民税, 生活保護 and 児童手当 data is the model), each
system's own export layout. Residents of a Japanese city (尼崎市), of a US county (Marion County, Oregon) and of a UK
council (Leeds), each in 1-3 items.

  JP  住民基本台帳 CSV export (Shift_JIS: 宛名番号, 世帯番号, 氏名, カナ氏名, 生年月日 in 和暦, 性別, 続柄, 住所, 方書, 異動事由,
      異動日; a 外国人住民 in Latin capitals with a 西暦 birth date), a 住基 異動者一覧 fixed-width text (Shift_JIS, 西暦
      yyyymmdd, full-width padding), a 住民税 課税台帳 xlsx (title rows, 個人番号, 所得), a 特別徴収 税額通知 CSV (指定番号,
      個人番号), a 給付金 支給口座 CSV (金融機関, 支店, 口座種別, 口座番号, 半角カナ 口座名義), 生活保護 ケース記録 docx
      (narrative with 病状, 障害者手帳, an 扶養義務者 with a phone), a 児童手当 受給者一覧 xlsx (受給者 and 児童 rows), a 国保
      被保険者 CSV (記号 / 番号), a 介護保険 被保険者 xlsx (要介護度), a 選挙人名簿抄本 text, a 図書館 利用者 CSV (UTF-8 BOM,
      barcode, パスワード), a 水道 使用者 CSV (口座振替), a 犬の登録台帳 xlsx, a 固定資産 課税台帳 CSV (所有者, 所在地 地番), a
      窓口 受付簿 xlsx
  US  a voter file (Ohio SWVF-like CSV: DATE_OF_BIRTH, residential and mailing address lines), a second voter file
      (NC-like tab-delimited: birth_year, residence address in parts, party, precinct, phone), a county property tax roll
      (APN, OWNER1 "LAST FIRST MI", OWNER2, situs and mailing address), a DMV registration extract (plate, VIN, owner in
      parts, DL number, DOB), a circuit court case management CSV (party rows, attorney, judge), a jail booking roster
      (HTML table: "LAST, FIRST MIDDLE", medical screening), a 911 CAD call log (caller name / phone / address, upper-case
      narrative), a library patron export (cardnumber, PIN), a PowerSchool student export (tab-delimited: LastFirst,
      Mother / Father, Mother_Cell, Alert_Medical), a utility billing export (autopay routing + account), a SNAP / Medicaid
      case file docx (household members with SSNs and birth dates, a pregnancy, asthma), a FOIA request log xlsx
  UK  a council tax account list (liable parties, band, discounts incl. a severe mental impairment disregard), an
      electoral register extract (elector number, markers, address lines)
  Look-alikes  population by 町丁目, a precinct turnout report, AED 設置場所 open data (facilities' addresses and phones),
      a county facilities open-data list (libraries named after people), election results with candidates, a public
      hearing notice (parcels, the clerk's office phone), a parcel list without owners, a county fleet list (VIN, plate),
      a court calendar of case numbers, a 宛名番号 / 世帯番号 突合 result list, a 住民異動届 記入例 (山田 太郎), a voter
      registration sample (John Doe), a 住基 record layout, a voter-file data dictionary, a blank 児童手当 認定請求書, a
      給付金 支給実績 summary by bank

    python3 bench/probes/gen27.py OUT [--seed N]      (tuning seed 27; check seed 2727, measured once before and once after)

Truth conventions (as the earlier rounds; the round's paragraph in README.md): a resident's name, labelled birth date,
address, phone, e-mail, My Number, insurance 記号・番号, bank account and licence number are their types; an internal number
(宛名番号, 世帯番号, 利用者番号, a library barcode, a voter id, an APN, a plate, a VIN, a case, booking, incident or account
number) has no contract code: neither a type nor a decoy where people are listed, and a decoy for the number codes it
could be taken for where no person is; a household member or a child listed with a birth date is a truth person and the
household's address is each member's; a 介護保険 被保険者番号 has no code (JP_HEALTH_INSURANCE optional); 要介護度, a
diagnosis, a disability (障害者手帳), a pregnancy, a jail's medical screening and a 911 caller's own condition are
HEALTH_INFO; a council tax severe-mental-impairment disregard is HEALTH_INFO; a birth year alone is optional DATE_OF_BIRTH;
a library PIN or password is optional CREDENTIAL; a party, an owner or a caller is a truth person, a judge, an attorney, a
clerk, a caseworker or staff named in their role is PERSON_NAME of the item and no truth person; a property's situs (所在地,
地番) is the owner's POSTAL_ADDRESS only where it is their mailing address (the item's type either way); candidates named in
election results are public figures: PERSON_NAME optional, no truth person; a facility's own address and phone (AED lists,
open data, a clerk's office) are optional; placeholders of a 記入例 / sample (山田 太郎, John Doe) are decoys for the number
types and optional for PERSON_NAME / DATE_OF_BIRTH / POSTAL_ADDRESS.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, jn, kn, csv_text, xlsx, docx, my_number, xesc, US_FIRST  # noqa: E402
from enlib import ssn as ssn_of, routing  # noqa: E402
from gen12s import half_kana, my_number_bad  # noqa: E402

SENSITIVE = {"HEALTH_INFO", "BIOMETRIC", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CREDENTIAL"}
AMA_TOWNS = [("661-0012", "南塚口町"), ("660-0881", "昭和通"), ("661-0033", "南武庫之荘"), ("660-0052", "七松町"),
             ("661-0976", "潮江"), ("660-0802", "長洲中通"), ("661-0002", "塚口町"), ("660-0884", "神田中通")]
BUILDINGS = ["", "", "", "サンハイツ塚口", "メゾン武庫之荘", "グランドール七松", "市営潮江住宅"]
OR_PLACES = [("SALEM", "97301"), ("SALEM", "97302"), ("SALEM", "97305"), ("KEIZER", "97303"), ("WOODBURN", "97071"),
             ("SILVERTON", "97381"), ("STAYTON", "97383")]
OR_STREETS = [("SUNNYVIEW", "RD", "NE"), ("LANCASTER", "DR", "NE"), ("COMMERCIAL", "ST", "SE"), ("MADRONA", "AVE", "S"),
              ("CHEMAWA", "RD", "N"), ("RIVER", "RD", "S"), ("STATE", "ST", ""), ("CENTER", "ST", "NE"),
              ("ORCHARD HEIGHTS", "RD", "NW"), ("KUEBLER", "BLVD", "SE")]
LEEDS = [("Otley Road", "Leeds", "LS6 3PX"), ("Harehills Lane", "Leeds", "LS8 4HS"), ("Roundhay Road", "Leeds", "LS8 5AN"),
         ("Kirkstall Lane", "Leeds", "LS5 3BE"), ("Dewsbury Road", "Leeds", "LS11 5PR")]
BANKS_JP = [("0009", "三井住友銀行", "尼崎", "571"), ("0005", "三菱ＵＦＪ銀行", "塚口", "446"), ("0179", "みなと銀行", "武庫之荘", "234"),
            ("9900", "ゆうちょ銀行", "四〇八", "408"), ("2200", "尼崎信用金庫", "本店営業部", "001")]
DISEASES_JA = ["2型糖尿病で月2回通院、インスリン自己注射", "うつ病のため精神科通院中、就労困難との主治医意見",
               "慢性腎不全で週3回の人工透析", "脳梗塞後遺症による右半身麻痺、身体障害者手帳2級", "統合失調症で服薬継続中"]
MED_ALERTS = ["Severe peanut allergy - EpiPen in nurse's office", "Type 1 diabetes - insulin pump, check glucose before PE",
              "Asthma - inhaler in backpack", "Seizure disorder - see health plan on file"]
JAIL_MED = ["Diabetic - insulin dependent", "Seizure disorder, on Keppra", "Reports opioid withdrawal symptoms", "Hypertension, on lisinopril"]
MOTHERS = ["Priya", "Heather", "Tamika", "Ngozi", "Rosa", "Yolanda", "Bianca", "Colleen", "Shauna", "Imani", "Delia", "Kristen"]
CAD_NARR = ["RP STATES SHE IS HAVING CHEST PAIN RADIATING TO LEFT ARM, HX OF HEART ATTACK 2019",
            "RP REPORTS HE FELL OFF LADDER, POSS BROKEN WRIST, ON BLOOD THINNERS",
            "RP STATES HE IS DIABETIC AND FEELING DIZZY, BLOOD SUGAR 45",
            "RP SAYS SHE IS 38 WEEKS PREGNANT, CONTRACTIONS 4 MIN APART"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=27)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe27public")
    R = W.rnd
    seen_ja = set()

    # ------------------------------------------------------------------ people
    def jp(old=False, child=False, family=None):
        for _ in range(300):
            p = W.jp_person()
            if family is not None:
                p.family, p.kana_family = family.family, family.kana_family
                p.name = f"{p.family} {p.given}"
            if p.name in seen_ja:
                W.people.remove(p)
                continue
            seen_ja.add(p.name)
            if old:
                p.dob = dt.date(R.randint(1932, 1950), R.randint(1, 12), R.randint(1, 28))
            if child:
                p.dob = dt.date(R.randint(2011, 2022), R.randint(1, 12), R.randint(1, 28))
            if family is not None:
                p.zip, p.town, p.ban, p.building, p.room = family.zip, family.town, family.ban, family.building, family.room
            else:
                p.zip, p.town = R.choice(AMA_TOWNS)
                p.ban = (R.randint(1, 5), R.randint(1, 30), R.randint(1, 20))
                p.building = R.choice(BUILDINGS)
                p.room = f"{R.randint(1, 5)}0{R.randint(1, 9)}" if p.building else ""
            a, b, c = p.ban
            p.street_ja = f"{p.town}{a}丁目{b}番{c}号"
            p.addr_full = f"兵庫県尼崎市{p.street_ja}"
            p.katagaki = f"{p.building} {p.room}号室" if p.building else ""
            p.addr_ja = p.addr_full + (" " + p.katagaki if p.katagaki else "")
            p.land = f"06-{R.randint(6400, 6499)}-{R.randint(1000, 9999)}"
            p.mn = my_number(R, "")
            p.aden = f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
            p.juris = ["JP"]
            return p
        raise RuntimeError("no fresh name")

    def us(young=False, last=None):
        p = W.us_person()
        if last:  # a relative: the family's name, a first name of their own
            while any(q is not p and getattr(q, "first", None) == p.first and getattr(q, "last", None) == last for q in W.people):
                p.first = R.choice(US_FIRST)
            p.last, p.name = last, f"{p.first} {last}"
            p.email = f"{p.first.lower()}.{last.lower()}@example.com"
        p.middle = R.choice(["JAMES", "ANN", "LEE", "MARIE", "RAY", "LYNN", "", ""])
        city, z = R.choice(OR_PLACES)
        sn, st, dr = R.choice(OR_STREETS)
        p.hno, p.sname, p.stype, p.sdir = str(R.randint(100, 9899)), sn, st, dr
        p.unit = R.choice(["", "", "", f"APT {R.randint(1, 40)}"])
        p.street = f"{p.hno} {sn} {st}{' ' + dr if dr else ''}{' ' + p.unit if p.unit else ''}"
        p.street_pc = f"{p.hno} {sn.title()} {st.title()}{' ' + dr if dr else ''}{' ' + p.unit.title() if p.unit else ''}"
        p.city, p.state, p.zip = city, "OR", z
        p.addr = f"{p.street}, {city}, OR {z}"
        ac = R.choice(["503", "971"])
        ex = R.randint(201, 989)
        while ex % 100 == 11 or ex == 555:
            ex = R.randint(201, 989)
        ln = R.randint(1000, 9999)
        p.phone, p.e164 = f"({ac}) {ex}-{ln}", f"+1{ac}{ex}{ln}"
        p.phone_dash = f"{ac}-{ex}-{ln}"
        p.phone_digits = f"{ac}{ex}{ln}"
        p.juris = ["US-OR"]
        p.ssn = ssn_of(R)
        p.dl = str(R.randint(1000000, 9999999))
        if young:
            p.dob = dt.date(R.randint(2009, 2018), R.randint(1, 12), R.randint(1, 28))
        p.F, p.L, p.M = p.first.upper(), p.last.upper(), p.middle
        return p

    def uk():
        p = W.uk_person()
        street, town, pc = R.choice(LEEDS)
        p.hno = str(R.randint(2, 240))
        p.street, p.town, p.pc = f"{p.hno} {street}", town, pc
        p.addr = f"{p.street}, {town} {pc}"
        return p

    def e164(v, region):
        digits = re.sub(r"\D", "", v)
        return {"JP": "+81" + digits[1:], "US": "+1" + digits[-10:], "GB": "+44" + digits[1:]}[region]

    def add(d, p, *pairs, sensitive=False):
        for t, v in pairs:
            if t == "PHONE_NUMBER":
                p.e164 = e164(v, p.region)  # the truth's phones are those the files write
            d.add(p, t, v)
        if sensitive or any(t in SENSITIVE for t, _ in pairs):
            d.sensitive(p)

    def put(d, text, enc="utf-8"):
        W.write_text(d, text, enc)

    def put_bytes(d, b):
        with open(W.path(d), "wb") as f:
            f.write(b)

    def sjis_csv(rows):
        return csv_text(rows).encode("cp932")

    def wareki(x, pad=True):
        y = x.year
        if x >= dt.date(2019, 5, 1):
            era, ey = "令和", y - 2018
        elif x >= dt.date(1989, 1, 8):
            era, ey = "平成", y - 1988
        else:
            era, ey = "昭和", y - 1925
        return f"{era}{ey:02d}年{x.month:02d}月{x.day:02d}日" if pad else f"{era}{ey}年{x.month}月{x.day}日"

    def ymd(x, sep="-"):
        return f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"

    def mdy(x):
        return f"{x.month:02d}/{x.day:02d}/{x.year}"

    def full(p, initial=False):
        """A name written in parts, the middle name (or its initial) included as the file writes it."""
        mid = (p.M[:1] if initial else p.M) if p.M else ""
        return f"{p.F} {mid + ' ' if mid else ''}{p.L}"

    # residents: JP households and singles
    heads = [jp() for _ in range(9)]
    spouses = [jp(family=heads[0]), jp(family=heads[1])]
    kids = [jp(child=True, family=heads[0]), jp(child=True, family=heads[0]), jp(child=True, family=heads[2])]
    elders = [jp(old=True) for _ in range(4)]
    singles = [jp() for _ in range(6)]
    foreigner = jp()
    foreigner.family, foreigner.given, foreigner.kana_family, foreigner.kana_given = "NGUYEN", "THI LAN", "グエン", "ティ ラン"
    foreigner.name = "NGUYEN THI LAN"
    foreigner.dob = dt.date(1996, 7, 14)
    foreigner.sex_ja = "女"
    US = [us() for _ in range(20)]
    STUD = [us(young=True) for _ in range(3)]
    MOMS = [us(last=s.last) for s in STUD]
    for s, m in zip(STUD, MOMS):  # a pupil lives with their mother
        m.first = R.choice([f for f in MOTHERS if f != s.first])
        m.name, m.F = f"{m.first} {m.last}", m.first.upper()
        m.email = f"{m.first.lower()}.{m.last.lower()}@example.com"
        m.hno, m.sname, m.stype, m.sdir, m.unit = s.hno, s.sname, s.stype, s.sdir, s.unit
        m.street, m.street_pc, m.city, m.zip, m.addr = s.street, s.street_pc, s.city, s.zip, s.addr
    UKP = [uk() for _ in range(5)]

    # ================================================================== JP: 住民基本台帳
    d = W.doc("尼崎市/市民課/住基/JUKI_EXPORT_20260915.csv", "csv", "ja")
    hdr = ["宛名番号", "世帯番号", "氏名", "カナ氏名", "生年月日", "性別", "続柄", "郵便番号", "住所", "方書", "異動事由", "異動日", "住民日"]
    rows = [hdr]
    setai = {}
    def spouse(p):
        return "妻" if p.sex_ja == "女" else "夫"
    members = [(heads[0], "世帯主"), (spouses[0], spouse(spouses[0])), (kids[0], "子"), (kids[1], "子"), (heads[1], "世帯主"),
               (spouses[1], spouse(spouses[1])),
               (heads[2], "世帯主"), (kids[2], "子"), (foreigner, "世帯主")]
    for p, rel in members:
        hh = setai.setdefault(p.family, f"{R.randint(10 ** 7, 10 ** 8 - 1)}")
        born = ymd(p.dob, "/") if p is foreigner else wareki(p.dob)
        nm = p.name if p is foreigner else jn(p, "　")
        rows.append([p.aden, hh, nm, kn(p, "　"), born, p.sex_ja, rel, p.zip, p.addr_full, p.katagaki,
                     R.choice(["転入", "転居", ""]) if p not in kids else "出生", wareki(dt.date(2026, R.randint(1, 8), R.randint(1, 28))),
                     wareki(dt.date(R.randint(2005, 2025), R.randint(1, 12), R.randint(1, 28)))])
        add(d, p, ("PERSON_NAME", nm), ("DATE_OF_BIRTH", born), ("POSTAL_ADDRESS", p.addr_full))
    put_bytes(d, sjis_csv(rows))

    # 住基 異動者一覧: fixed-width, Shift_JIS, 西暦 yyyymmdd, full-width padding, 住所 without the prefecture
    d = W.doc("尼崎市/市民課/住基/IDOU_R0809.TXT", "txt", "ja")
    lines = ["異動者一覧（令和８年９月分）　　　　　　　　　　　　　　　　　　　　　尼崎市市民課", "",
             "宛名番号    氏名　　　　　　　生年月日  性別 異動事由  異動日    住所"]
    lines.append("-" * 96)
    for p in [singles[0], singles[1], elders[0], heads[3]]:
        nm = jn(p, "　")
        born = f"{p.dob.year}{p.dob.month:02d}{p.dob.day:02d}"
        addr = f"尼崎市{p.street_ja}"
        lines.append(f"{p.aden}  {nm}{'　' * (9 - len(nm))}{born}  {'1' if p.sex_ja == '男' else '2'}    "
                     f"{R.choice(['転入　　', '転居　　', '職権記載'])}  2026090{R.randint(1, 9)}  {addr}")
        add(d, p, ("PERSON_NAME", nm), ("DATE_OF_BIRTH", born), ("POSTAL_ADDRESS", addr))
    lines.append("-" * 96)
    lines.append("　　件数　4件")
    put_bytes(d, ("\r\n".join(lines) + "\r\n").encode("cp932"))

    # 住民税 課税台帳 (xlsx with title rows)
    d = W.doc("尼崎市/税務/住民税/R08_課税台帳_抜粋.xlsx", "xlsx", "ja")
    rows = [["令和8年度 個人市民税・県民税 課税台帳（抜粋）"], ["尼崎市 市民税課", "", "", "", "", "作成日", "2026/09/15"], [],
            ["宛名番号", "個人番号", "氏名", "生年月日", "住所", "給与収入", "総所得金額", "市民税所得割", "県民税所得割", "年税額"]]
    for p in [heads[0], heads[1], heads[3], singles[2], singles[3]]:
        inc = R.randint(180, 900) * 10000
        rows.append([p.aden, p.mn, jn(p), ymd(p.dob, "/"), p.addr_full, str(inc), str(int(inc * 0.7)), str(int(inc * 0.042)),
                     str(int(inc * 0.028)), str(int(inc * 0.07))])
        add(d, p, ("PERSON_NAME", jn(p)), ("JP_MY_NUMBER", p.mn), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_full))
    xlsx(W.path(d), {"課税台帳": rows})

    # 特別徴収 税額通知 一覧 (per employer, Shift_JIS CSV)
    d = W.doc("尼崎市/税務/住民税/特別徴収/tokucho_R08_事業所別.csv", "csv", "ja")
    rows = [["指定番号", "事業所名", "受給者番号", "個人番号", "氏名", "住所", "年税額", "6月分", "7月分以降"]]
    for p in [singles[2], singles[4], heads[4], spouses[1]]:
        tax = R.randint(30, 400) * 1000
        rows.append([f"{R.randint(10 ** 7, 10 ** 8 - 1)}", R.choice(["株式会社阪神精機", "尼崎運輸株式会社", "医療法人さくら会"]),
                     f"{R.randint(1, 999):05d}", p.mn, jn(p), f"尼崎市{p.street_ja}", str(tax), str(tax - tax // 12 * 11), str(tax // 12)])
        add(d, p, ("PERSON_NAME", jn(p)), ("JP_MY_NUMBER", p.mn), ("POSTAL_ADDRESS", f"尼崎市{p.street_ja}"))
    put_bytes(d, sjis_csv(rows))

    # 給付金 支給口座 list (Shift_JIS CSV, 半角カナ 名義)
    d = W.doc("尼崎市/福祉/給付金/臨時特別給付金_支給口座一覧.csv", "csv", "ja")
    rows = [["宛名番号", "世帯主氏名", "電話番号", "金融機関コード", "金融機関名", "支店コード", "支店名", "口座種別", "口座番号", "口座名義", "支給額"]]
    for p in [heads[0], heads[2], heads[4], singles[4], singles[5], elders[1]]:
        code, bank, br, brc = R.choice(BANKS_JP)
        acct = f"{R.randint(0, 9999999):07d}"
        ph = p.phone_nat if R.random() < 0.5 else p.land
        rows.append([p.aden, jn(p), ph, code, bank, brc, br, R.choice(["普通", "普通", "当座"]), acct, half_kana(kn(p, " ")), "100000"])
        add(d, p, ("PERSON_NAME", jn(p)), ("PHONE_NUMBER", ph), ("BANK_ACCOUNT", acct))
    put_bytes(d, sjis_csv(rows))

    # 生活保護 ケース記録 (docx), two cases
    for i, (p, kin) in enumerate([(elders[2], singles[1]), (singles[5], None)]):
        d = W.doc(f"尼崎市/福祉/生活保護/ケース記録/ケース記録_{p.family}.docx", "docx", "ja")
        dis = DISEASES_JA[(i * 2 + R.randint(0, 2)) % len(DISEASES_JA)]
        paras = ["生活保護 ケース記録", f"ケース番号：A-{R.randint(1000, 9999)}　　地区担当員：{R.choice(['中島 悟', '石田 舞'])}",
                 f"世帯主氏名：{jn(p)}（{kn(p)}）", f"生年月日：{wareki(p.dob, pad=False)}", f"現住所：{p.addr_ja}",
                 f"電話：{p.phone_nat}", "",
                 f"令和8年8月{R.randint(2, 28)}日　訪問。本人在宅。{dis}。家賃の滞納なし。室内は整頓されている。",
                 "就労指導については主治医意見書を待って判断する。次回訪問は10月予定。"]
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", wareki(p.dob, pad=False)), ("POSTAL_ADDRESS", p.addr_ja),
            ("PHONE_NUMBER", p.phone_nat), ("HEALTH_INFO", dis))
        if kin:
            paras.append(f"扶養義務者：長男 {jn(kin)}（{kin.addr_full}）　電話 {kin.phone_nat}　仕送りは困難との回答。")
            add(d, kin, ("PERSON_NAME", jn(kin)), ("POSTAL_ADDRESS", kin.addr_full), ("PHONE_NUMBER", kin.phone_nat))
        docx(W.path(d), paras, header="取扱注意")
        d.mark("JP_CHUI")

    # 児童手当 受給者一覧 (xlsx: 受給者 and 児童 rows)
    d = W.doc("尼崎市/こども/児童手当/受給者一覧_R08_6月定時払.xlsx", "xlsx", "ja")
    rows = [["児童手当 受給者一覧（令和8年6月定時払）"], [],
            ["区分", "受給者番号", "氏名", "カナ氏名", "生年月日", "続柄", "住所", "電話番号", "支給月額"]]
    for par, ch in [(heads[0], [kids[0], kids[1]]), (heads[2], [kids[2]])]:
        rows.append(["受給者", f"{R.randint(100000, 999999)}", jn(par), kn(par), wareki(par.dob), "本人", par.addr_ja, par.phone_nat,
                     str(10000 * len(ch) + 5000)])
        add(d, par, ("PERSON_NAME", jn(par)), ("DATE_OF_BIRTH", wareki(par.dob)), ("POSTAL_ADDRESS", par.addr_ja), ("PHONE_NUMBER", par.phone_nat))
        for c in ch:
            rows.append(["児童", "", jn(c), kn(c), wareki(c.dob), R.choice(["長男", "長女", "二男", "二女"]), "", "", ""])
            add(d, c, ("PERSON_NAME", jn(c)), ("DATE_OF_BIRTH", wareki(c.dob)), ("POSTAL_ADDRESS", par.addr_ja))
    xlsx(W.path(d), {"受給者一覧": rows})

    # 国保 被保険者一覧 (CSV, 記号 / 番号)
    d = W.doc("尼崎市/保険/国保/kokuho_hihokensha_202609.csv", "csv", "ja")
    rows = [["保険者番号", "記号", "番号", "枝番", "氏名", "カナ", "生年月日", "性別", "資格取得日", "住所", "電話番号"]]
    for p in [heads[3], singles[0], singles[3], elders[3]]:
        kigo, ban = f"尼{R.randint(10, 99)}", f"{R.randint(10000, 99999)}"
        rows.append(["280024", kigo, ban, "00", jn(p), kn(p), ymd(p.dob, "/"), p.sex_ja,
                     ymd(dt.date(R.randint(2010, 2026), R.randint(1, 12), R.randint(1, 28)), "/"), p.addr_ja, p.phone_nat])
        add(d, p, ("PERSON_NAME", jn(p)), ("JP_HEALTH_INSURANCE", f"{kigo} {ban}"), ("DATE_OF_BIRTH", ymd(p.dob, "/")),
            ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat))
    put_bytes(d, sjis_csv(rows))

    # 介護保険 被保険者 (xlsx, 要介護度)
    d = W.doc("尼崎市/保険/介護保険/要介護認定者一覧_202609.xlsx", "xlsx", "ja")
    rows = [["被保険者番号", "氏名", "フリガナ", "生年月日", "年齢", "住所", "要介護度", "認定有効期間（開始）", "認定有効期間（終了）", "担当ケアマネジャー"]]
    for p in [elders[0], elders[1], elders[2]]:
        lvl = R.choice(["要介護1", "要介護2", "要介護3", "要支援2"])
        rows.append([f"{R.randint(10 ** 9, 10 ** 10 - 1)}", jn(p), kn(p), wareki(p.dob), str(2026 - p.dob.year), p.addr_ja, lvl,
                     "2026/04/01", "2027/03/31", R.choice(["小川 智子", "中島 悟"])])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", wareki(p.dob)), ("POSTAL_ADDRESS", p.addr_ja), ("HEALTH_INFO", lvl))
    d.opt_type("JP_HEALTH_INSURANCE")
    xlsx(W.path(d), {"認定者": rows})

    # 選挙人名簿抄本 (text as printed)
    d = W.doc("尼崎市/選管/選挙人名簿抄本_第12投票区.txt", "txt", "ja")
    lines = ["選挙人名簿抄本", "尼崎市選挙管理委員会　　第12投票区（投票所：塚口小学校）", "",
             "番号　　住所　　　　　　　　　　　　　　　　　　氏名　　　　　　生年月日　　　　　性別"]
    for n, p in enumerate([spouses[0], heads[4], singles[0], singles[4]], 1):
        lines.append(f"{n:>4}　　{p.street_ja}　　{jn(p)}　　{wareki(p.dob, pad=False)}　　{p.sex_ja}")
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", wareki(p.dob, pad=False)), ("POSTAL_ADDRESS", p.street_ja))
    put_bytes(d, ("\r\n".join(lines) + "\r\n").encode("cp932"))

    # 図書館 利用者 (UTF-8 BOM CSV; barcode, password)
    d = W.doc("尼崎市/図書館/riyousha_export_20260901.csv", "csv", "ja")
    rows = [["利用者番号", "氏名", "ヨミ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "利用者区分", "有効期限", "パスワード"]]
    for p in [spouses[0], singles[2], singles[5], heads[5]]:
        rows.append([f"21{R.randint(10 ** 10, 10 ** 11 - 1)}", jn(p), kn(p), ymd(p.dob, "/"), p.zip, p.addr_ja, p.phone_nat, p.email,
                     "一般", "2028/03/31", f"{R.randint(0, 9999):04d}"])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email))
    d.opt_type("CREDENTIAL")
    put_bytes(d, ("\ufeff" + csv_text(rows)).encode("utf-8"))

    # 水道 使用者 (CSV, 口座振替)
    d = W.doc("尼崎市/公営企業局/水道/使用者一覧_口座振替.csv", "csv", "ja")
    rows = [["水栓番号", "使用者名", "給水場所", "電話番号", "支払方法", "金融機関", "支店", "預金種目", "口座番号", "前回検針日", "使用水量"]]
    for p in [heads[5], heads[6], singles[3]]:
        _, bank, br, _ = R.choice(BANKS_JP)
        acct = f"{R.randint(0, 9999999):07d}"
        rows.append([f"{R.randint(10, 99)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}", jn(p), p.addr_ja, p.land, "口座振替", bank, br,
                     "普通", acct, "2026/08/21", str(R.randint(8, 40))])
        add(d, p, ("PERSON_NAME", jn(p)), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.land), ("BANK_ACCOUNT", acct))
    put_bytes(d, sjis_csv(rows))

    # 犬の登録台帳 (xlsx)
    d = W.doc("尼崎市/生活衛生/犬の登録台帳_2026.xlsx", "xlsx", "ja")
    rows = [["登録番号", "登録年月日", "所有者氏名", "所有者住所", "電話番号", "犬の名前", "犬種", "毛色", "性別", "狂犬病予防注射"]]
    for p, dog in [(heads[6], "ココ"), (heads[7], "マロン"), (singles[1], "さくら")]:
        rows.append([f"尼第{R.randint(10000, 99999)}号", f"2026/0{R.randint(1, 8)}/1{R.randint(0, 9)}", jn(p), p.addr_ja, p.phone_nat, dog,
                     R.choice(["トイ・プードル", "柴", "ミニチュア・ダックスフンド"]), R.choice(["茶", "白", "黒"]), R.choice(["オス", "メス"]), "2026/04/20"])
        add(d, p, ("PERSON_NAME", jn(p)), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat))
    xlsx(W.path(d), {"登録台帳": rows})

    # 固定資産 課税台帳 (所有者)
    d = W.doc("尼崎市/税務/固定資産税/土地課税台帳_所有者.csv", "csv", "ja")
    rows = [["所有者番号", "所有者氏名", "所有者住所", "所在地番", "地目", "地積(㎡)", "評価額", "課税標準額", "持分"]]
    for p in [heads[7], heads[8], elders[3]]:
        rows.append([p.aden, jn(p), p.addr_ja, f"尼崎市{p.town}{R.randint(1, 5)}丁目{R.randint(100, 999)}番{R.randint(1, 9)}",
                     R.choice(["宅地", "雑種地"]), f"{R.randint(60, 300)}.{R.randint(10, 99)}", str(R.randint(500, 4000) * 10000), "", "1/1"])
        add(d, p, ("PERSON_NAME", jn(p)), ("POSTAL_ADDRESS", p.addr_ja))
    put_bytes(d, sjis_csv(rows))

    # 窓口 受付簿 (xlsx)
    d = W.doc("尼崎市/市民課/窓口/受付簿_20260914.xlsx", "xlsx", "ja")
    rows = [["窓口受付簿", "", "令和8年9月14日（月）"], ["No", "受付時刻", "来庁者氏名", "生年月日", "用件", "本人確認書類", "連絡先", "対応者"]]
    for n, p in enumerate([heads[8], singles[2], heads[6], foreigner], 1):
        nm = p.name if p is foreigner else jn(p)
        born = ymd(p.dob, "/") if p is foreigner else wareki(p.dob, pad=False)
        rows.append([str(n), f"{R.randint(9, 16)}:{R.randint(10, 59)}", nm, born,
                     R.choice(["住民票の写し 2通", "印鑑登録証明書", "転入届", "マイナンバーカード受取"]),
                     R.choice(["運転免許証", "マイナンバーカード", "在留カード" if p is foreigner else "健康保険証"]), p.phone_nat, "石田"])
        add(d, p, ("PERSON_NAME", nm), ("DATE_OF_BIRTH", born), ("PHONE_NUMBER", p.phone_nat))
    xlsx(W.path(d), {"受付簿": rows})

    # ================================================================== US
    # voter file (Ohio SWVF-like): full DOB, address lines
    d = W.doc("marion-county/elections/SWVF_MARION_20260901.csv", "csv", "en")
    hdr = ["SOS_VOTERID", "COUNTY_NUMBER", "COUNTY_ID", "LAST_NAME", "FIRST_NAME", "MIDDLE_NAME", "SUFFIX", "DATE_OF_BIRTH",
           "REGISTRATION_DATE", "VOTER_STATUS", "PARTY_AFFILIATION", "RESIDENTIAL_ADDRESS1", "RESIDENTIAL_SECONDARY_ADDR",
           "RESIDENTIAL_CITY", "RESIDENTIAL_STATE", "RESIDENTIAL_ZIP", "RESIDENTIAL_ZIP_PLUS4", "MAILING_ADDRESS1",
           "MAILING_SECONDARY_ADDRESS", "MAILING_CITY", "MAILING_STATE", "MAILING_ZIP", "PRECINCT_NAME", "CONGRESSIONAL_DISTRICT",
           "GENERAL-11/05/2024", "PRIMARY-05/20/2025"]
    rows = [hdr]
    for p in US[0:6]:
        street = p.street.replace(" " + p.unit, "") if p.unit else p.street
        mail_po = R.random() < 0.3
        rows.append([f"OR{R.randint(10 ** 9, 10 ** 10 - 1)}", "24", str(R.randint(100000, 999999)), p.L, p.F, p.M, "", ymd(p.dob),
                     ymd(dt.date(R.randint(1990, 2024), R.randint(1, 12), R.randint(1, 28))), "ACTIVE", R.choice(["D", "R", "", "NAV"]),
                     street, p.unit, p.city, "OR", p.zip, f"{R.randint(1000, 9999)}",
                     f"PO BOX {R.randint(100, 9999)}" if mail_po else "", "", p.city if mail_po else "", "OR" if mail_po else "",
                     p.zip if mail_po else "", f"SALEM {R.randint(100, 999)}", "05", R.choice(["X", ""]), R.choice(["X", ""])])
        add(d, p, ("PERSON_NAME", full(p)), ("DATE_OF_BIRTH", ymd(p.dob)), ("POSTAL_ADDRESS", street))
    put(d, csv_text(rows))

    # voter file (NC-like, tab-delimited, birth_year, address in parts, phone)
    d = W.doc("marion-county/elections/ncvoter_style_extract.txt", "txt", "en")
    hdr = ["county_desc", "voter_reg_num", "ncid", "last_name", "first_name", "middle_name", "name_suffix_lbl", "status_cd",
           "house_num", "street_dir", "street_name", "street_type_cd", "street_sufx_cd", "unit_num", "res_city_desc", "state_cd",
           "zip_code", "full_phone_number", "race_code", "gender_code", "party_cd", "precinct_abbrv", "birth_year", "age_at_year_end",
           "registr_dt"]
    lines = ["\t".join(hdr)]
    for p in US[6:11]:
        lines.append("\t".join(["MARION", f"{R.randint(10 ** 8, 10 ** 9 - 1):012d}", f"BN{R.randint(100000, 999999)}", p.L, p.F, p.M, "",
                                "A", p.hno, "", p.sname, p.stype, p.sdir, p.unit.replace("APT ", ""), p.city, "OR", p.zip, p.phone_digits,
                                R.choice(["W", "B", "A", "O"]), R.choice(["M", "F"]), R.choice(["DEM", "REP", "UNA", "LIB"]),
                                f"{R.randint(100, 999)}", str(p.dob.year), str(2026 - p.dob.year), mdy(dt.date(R.randint(1995, 2024), 3, 1))]))
        add(d, p, ("PERSON_NAME", full(p)), ("POSTAL_ADDRESS", f"{p.hno} {p.sname} {p.stype}"), ("PHONE_NUMBER", p.phone_digits))
    d.opt_type("DATE_OF_BIRTH")
    put(d, "\n".join(lines) + "\n")

    # county property tax roll
    d = W.doc("marion-county/assessor/tax_roll_2026_certified.csv", "csv", "en")
    hdr = ["APN", "TAX_CODE", "OWNER1", "OWNER2", "MAIL_ADDR", "MAIL_CITY", "MAIL_ST", "MAIL_ZIP", "SITUS_ADDR", "SITUS_CITY",
           "LAND_VALUE", "IMPR_VALUE", "TOTAL_ASSESSED", "EXEMPTION", "PROP_CLASS"]
    rows = [hdr]
    for p in US[0:1] + US[11:15]:
        situs_is_home = R.random() < 0.7
        owner = f"{p.L} {p.F}{' ' + p.M[0] if p.M else ''}"
        situs = p.street if situs_is_home else f"{R.randint(100, 9899)} {R.choice(OR_STREETS)[0]} ST"
        rows.append([f"{R.randint(100, 999)}{R.choice('ABCDEFGHJK')}{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(10, 99)}",
                     f"{R.randint(24, 92)}0", owner, "", p.street, p.city, "OR", p.zip, situs, p.city, str(R.randint(90, 300) * 1000),
                     str(R.randint(150, 600) * 1000), "", R.choice(["", "", "SENIOR DEFERRAL"]), "101"])
        add(d, p, ("PERSON_NAME", owner), ("POSTAL_ADDRESS", p.street))
    rows.append([f"{R.randint(100, 999)}B{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(10, 99)}", "240", "HALVORSEN FAMILY TRUST",
                 "HALVORSEN FAMILY TRUST TRUSTEE", "PO BOX 2231", "SALEM", "OR", "97308", "1840 STATE ST", "SALEM", "210000", "0", "",
                 "", "201"])
    rows.append([f"{R.randint(100, 999)}C{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(10, 99)}", "240", "WILLAMETTE VALLEY HOLDINGS LLC",
                 "", "3300 COMMERCIAL ST SE STE 200", "SALEM", "OR", "97302", "3300 COMMERCIAL ST SE", "SALEM", "880000", "2100000", "", "", "301"])
    put(d, csv_text(rows))

    # DMV registration extract
    d = W.doc("marion-county/sheriff/dmv_registration_query_20260902.csv", "csv", "en")
    hdr = ["PLATE", "PLATE_TYPE", "VIN", "MODEL_YEAR", "MAKE", "MODEL", "BODY", "REG_EXP", "OWNER_LAST", "OWNER_FIRST", "OWNER_MI",
           "OWNER_ADDR", "OWNER_CITY", "OWNER_ST", "OWNER_ZIP", "DL_NUM", "OWNER_DOB", "LIENHOLDER"]
    rows = [hdr]
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    for p in US[1:2] + US[15:19]:
        rows.append([f"{R.randint(100, 999)}{''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}", "PASS",
                     "".join(R.choice(vin_chars) for _ in range(17)), str(R.randint(2008, 2025)), R.choice(["TOYT", "FORD", "HOND", "SUBA"]),
                     R.choice(["CAMRY", "F150", "CIVIC", "OUTBACK"]), R.choice(["4D", "PK", "SW"]), f"{R.randint(1, 12):02d}/2027", p.L, p.F,
                     p.M[:1], p.street, p.city, "OR", p.zip, p.dl, mdy(p.dob), R.choice(["", "", "OREGON COMMUNITY CU"])])
        add(d, p, ("PERSON_NAME", full(p, initial=True)), ("POSTAL_ADDRESS", p.street), ("US_DRIVERS_LICENSE", p.dl),
            ("DATE_OF_BIRTH", mdy(p.dob)))
    put(d, csv_text(rows))

    # circuit court case management export
    d = W.doc("marion-county/circuit-court/cms_case_parties_2026Q3.csv", "csv", "en")
    hdr = ["CASE_NUMBER", "FILED_DATE", "CASE_TYPE", "CASE_STATUS", "PARTY_TYPE", "PARTY_LAST", "PARTY_FIRST", "PARTY_MIDDLE",
           "PARTY_DOB", "PARTY_ADDRESS", "PARTY_CITY", "PARTY_STATE", "PARTY_ZIP", "CHARGE_DESC", "ATTORNEY", "JUDGE", "NEXT_EVENT"]
    rows = [hdr]
    for p in US[2:3] + US[19:20] + MOMS[0:1]:
        ct = R.choice(["CR", "DV", "SC"])
        rows.append([f"26{ct}{R.randint(10000, 99999)}", mdy(dt.date(2026, R.randint(6, 9), R.randint(1, 28))),
                     {"CR": "Criminal - Misdemeanor", "DV": "Domestic Relations - Dissolution", "SC": "Small Claims"}[ct], "OPEN",
                     {"CR": "DEFENDANT", "DV": "PETITIONER", "SC": "PLAINTIFF"}[ct], p.L, p.F, p.M, mdy(p.dob), p.street, p.city, "OR",
                     p.zip, {"CR": "DUII", "DV": "", "SC": ""}[ct], R.choice(["Ellery, Jordan R.", "Obuya, Nate", ""]),
                     R.choice(["Hon. Maya Castell", "Hon. Alana Frost"]), f"{mdy(dt.date(2026, 10, R.randint(1, 28)))} 09:00 ARRAIGNMENT"])
        add(d, p, ("PERSON_NAME", full(p)), ("DATE_OF_BIRTH", mdy(p.dob)), ("POSTAL_ADDRESS", p.street))
    put(d, csv_text(rows))

    # jail booking roster (HTML)
    d = W.doc("marion-county/sheriff/jail/booking_roster_20260914.html", "html", "en")
    trs = []
    for p, med in zip(US[3:4] + US[12:14] + US[16:17], JAIL_MED):
        bk = f"26-{R.randint(10000, 99999)}"
        nm = f"{p.L}, {p.F}{' ' + p.M if p.M else ''}"
        trs.append(f"<tr><td>{bk}</td><td>{xesc(nm)}</td><td>{mdy(p.dob)}</td><td>{2026 - p.dob.year}</td><td>{R.choice('MF')}</td>"
                   f"<td>{R.randint(60, 75)}</td><td>{R.randint(120, 260)}</td><td>{xesc(p.addr)}</td><td>09/1{R.randint(0, 4)}/2026</td>"
                   f"<td>{R.choice(['ORS 811.010 DUII', 'ORS 164.045 THEFT II', 'PROBATION VIOLATION'])}</td><td>${R.randint(1, 50) * 500}</td>"
                   f"<td>{xesc(med)}</td></tr>")
        add(d, p, ("PERSON_NAME", nm), ("DATE_OF_BIRTH", mdy(p.dob)), ("POSTAL_ADDRESS", p.addr), ("HEALTH_INFO", med))
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Marion County Jail - Booking Roster</title></head><body>"
            "<h1>Marion County Sheriff's Office</h1><h2>Jail Booking Roster - 24 hour</h2><p>Generated 09/14/2026 06:00</p>"
            "<table border=\"1\"><thead><tr><th>Booking #</th><th>Name</th><th>DOB</th><th>Age</th><th>Sex</th><th>Ht (in)</th>"
            "<th>Wt (lb)</th><th>Address</th><th>Booked</th><th>Charges</th><th>Bail</th><th>Medical Screening</th></tr></thead><tbody>"
            + "".join(trs) + "</tbody></table><p>FOR JAIL USE ONLY</p></body></html>")
    put(d, html)

    # 911 CAD call log
    d = W.doc("marion-county/metcom911/cad_calls_20260913.csv", "csv", "en")
    hdr = ["INCIDENT_NO", "RECEIVED", "NATURE", "PRIORITY", "INC_LOCATION", "CALLER_NAME", "CALLER_PHONE", "CALLER_ADDR", "UNITS",
           "DISPOSITION", "NARRATIVE"]
    rows = [hdr]
    for p, narr in zip(US[4:5] + US[14:16] + US[18:19], CAD_NARR):
        rows.append([f"MC26{R.randint(100000, 999999)}", f"09/13/2026 {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
                     "MEDICAL", "1", f"{p.street}, {p.city}", f"{p.L}, {p.F}", p.phone_dash, p.addr, "M12,E4", "TRANSPORTED", narr])
        add(d, p, ("PERSON_NAME", f"{p.L}, {p.F}"), ("PHONE_NUMBER", p.phone_dash), ("POSTAL_ADDRESS", p.addr), ("HEALTH_INFO", narr))
    put(d, csv_text(rows))

    # library patron export (Polaris / Koha-like)
    d = W.doc("marion-county/library/patrons_export_2026-09-01.csv", "csv", "en")
    hdr = ["cardnumber", "surname", "firstname", "dateofbirth", "address", "address2", "city", "state", "zipcode", "email", "phone",
           "categorycode", "branchcode", "dateenrolled", "dateexpiry", "pin"]
    rows = [hdr]
    for p in US[5:6] + US[8:9] + US[17:18] + MOMS[1:2]:
        rows.append([f"2{R.randint(10 ** 12, 10 ** 13 - 1)}", p.last, p.first, ymd(p.dob), p.street_pc, "", p.city.title(), "OR", p.zip,
                     p.email, p.phone_dash, "ADULT", "SALEM-MAIN", "2019-03-12", "2027-03-12", f"{R.randint(0, 9999):04d}"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", ymd(p.dob)), ("POSTAL_ADDRESS", p.street_pc),
            ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_dash))
    d.opt_type("CREDENTIAL")
    put(d, csv_text(rows))

    # PowerSchool student export (tab-delimited)
    d = W.doc("salem-keizer-sd/powerschool/student_export.text", "txt", "en")
    hdr = ["Student_Number", "LastFirst", "DOB", "Grade_Level", "Gender", "Street", "City", "State", "Zip", "Home_Phone", "Mother",
           "Mother_Cell", "Father", "Guardianemail", "Alert_Medical", "SchoolID"]
    lines = ["\t".join(hdr)]
    for s, m, med in zip(STUD, MOMS, MED_ALERTS):
        lines.append("\t".join([str(R.randint(100000, 999999)), f"{s.last}, {s.first}", mdy(s.dob), str(2026 - s.dob.year - 5),
                                R.choice("MF"), s.street_pc, s.city.title(), "OR", s.zip, s.phone, f"{m.first} {m.last}", m.phone,
                                "", m.email, med, str(R.choice([408, 412, 461]))]))
        add(d, s, ("PERSON_NAME", f"{s.last}, {s.first}"), ("DATE_OF_BIRTH", mdy(s.dob)), ("POSTAL_ADDRESS", s.street_pc),
            ("PHONE_NUMBER", s.phone), ("HEALTH_INFO", med))
        add(d, m, ("PERSON_NAME", f"{m.first} {m.last}"), ("PHONE_NUMBER", m.phone), ("EMAIL_ADDRESS", m.email))
    put(d, "\r\n".join(lines) + "\r\n")

    # utility billing export
    d = W.doc("city-of-salem/utility-billing/ub_accounts_autopay.csv", "csv", "en")
    hdr = ["ACCOUNT_NUMBER", "CUSTOMER_NAME", "SERVICE_ADDRESS", "MAILING_ADDRESS", "MAIL_CITY_ST_ZIP", "PHONE", "EMAIL", "AUTOPAY",
           "BANK_ROUTING", "BANK_ACCOUNT", "ACCT_TYPE", "LAST_BILL_AMT", "BALANCE"]
    rows = [hdr]
    for p in US[6:7] + US[9:10] + US[19:20] + MOMS[2:3]:
        acct = str(R.randint(10 ** 8, 10 ** 11))
        rows.append([f"{R.randint(100000, 999999)}-{R.randint(10, 99)}", f"{p.last.upper()}, {p.first.upper()}", p.street, p.street,
                     f"{p.city} OR {p.zip}", p.phone, p.email, "Y", routing(R), acct, R.choice(["CHECKING", "SAVINGS"]),
                     f"{R.randint(40, 260)}.{R.randint(10, 99)}", "0.00"])
        add(d, p, ("PERSON_NAME", f"{p.last.upper()}, {p.first.upper()}"), ("POSTAL_ADDRESS", p.street), ("PHONE_NUMBER", p.phone),
            ("EMAIL_ADDRESS", p.email), ("BANK_ACCOUNT", acct))
    put(d, csv_text(rows))

    # SNAP / Medicaid case file (docx)
    hoh = US[10]
    kid1 = us(young=True, last=hoh.last)
    kid1.street, kid1.city, kid1.zip, kid1.addr = hoh.street, hoh.city, hoh.zip, hoh.addr
    d = W.doc(f"oregon-dhs/self-sufficiency/case_{hoh.last.lower()}_SNAP_OHP.docx", "docx", "en")
    paras = ["Oregon Department of Human Services - Self-Sufficiency Programs", "CASE SUMMARY - SNAP / OHP (Medicaid)",
             f"Case Number: {R.randint(10 ** 7, 10 ** 8 - 1)}    Worker: Nate Obuya, Case Manager",
             f"Head of Household: {hoh.first} {hoh.last}", f"Date of Birth: {mdy(hoh.dob)}", f"SSN: {hoh.ssn}",
             f"Residential Address: {hoh.addr}", f"Phone: {hoh.phone}", "Household members:"]
    table = [["Name", "Relationship", "Date of Birth", "SSN", "OHP ID"],
             [f"{hoh.first} {hoh.last}", "Self", mdy(hoh.dob), hoh.ssn, f"{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{R.randint(100000, 999999)}"],
             [f"{kid1.first} {kid1.last}", "Son", mdy(kid1.dob), kid1.ssn, f"{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{R.randint(100000, 999999)}"]]
    paras2 = [f"Notes 09/03/2026: Client reports she is 24 weeks pregnant; prenatal care at Salem Health. Son {kid1.first} has "
              "moderate persistent asthma and uses a nebulizer. Monthly earned income $1,412 (part-time). Expedited SNAP approved."]
    add(d, hoh, ("PERSON_NAME", f"{hoh.first} {hoh.last}"), ("DATE_OF_BIRTH", mdy(hoh.dob)), ("US_SSN", hoh.ssn), ("POSTAL_ADDRESS", hoh.addr),
        ("PHONE_NUMBER", hoh.phone), ("HEALTH_INFO", "24 weeks pregnant"))
    add(d, kid1, ("PERSON_NAME", f"{kid1.first} {kid1.last}"), ("DATE_OF_BIRTH", mdy(kid1.dob)), ("US_SSN", kid1.ssn),
        ("POSTAL_ADDRESS", hoh.addr), ("HEALTH_INFO", "moderate persistent asthma"))
    docx(W.path(d), paras + paras2, table=table, footer="CONFIDENTIAL - Client information protected under ORS 411.320")
    d.mark_opt("CORP_CONFIDENTIAL")

    # FOIA / public records request log
    d = W.doc("city-of-salem/city-recorder/public_records_request_log_2026.xlsx", "xlsx", "en")
    rows = [["City of Salem - Public Records Request Log 2026"], [],
            ["Request No.", "Date Received", "Requester", "Organization", "Email", "Phone", "Records Requested", "Status", "Assigned To"]]
    for p in US[7:8] + US[11:12] + US[13:14] + US[15:16]:
        rows.append([f"PRR-2026-{R.randint(100, 999)}", mdy(dt.date(2026, R.randint(1, 8), R.randint(1, 28))), f"{p.first} {p.last}",
                     R.choice(["", "Statesman Journal", "Self", ""]), p.email, p.phone,
                     R.choice(["Police reports for my address 2025", "Building permits for my parcel", "Council e-mails re: Riverfront Park",
                               "Code enforcement complaints against my neighbor"]), R.choice(["Closed", "Open", "Fees pending"]), "Alana Frost"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone))
    xlsx(W.path(d), {"Log": rows})

    # ================================================================== UK
    d = W.doc("leeds-city-council/council-tax/ctax_accounts_extract.csv", "csv", "en")
    hdr = ["Account Ref", "Property Ref", "Band", "Liable Party 1", "Liable Party 2", "Property Address 1", "Property Address 2",
           "Property Postcode", "Correspondence Address", "Discounts / Disregards", "Phone", "Email", "Payment Method", "Balance"]
    rows = [hdr]
    for i, p in enumerate(UKP[:4]):
        disc = ["Single Person Discount", "", "Severe Mental Impairment disregard (SMI) - GP certificate received", ""][i]
        rows.append([f"{R.randint(10 ** 7, 10 ** 8 - 1)}", f"{R.randint(10 ** 10, 10 ** 11 - 1)}", R.choice("ABCD"),
                     f"{R.choice(['Mr', 'Ms', 'Mrs', 'Miss'])} {p.first} {p.last}", "", p.street, p.town, p.pc, "", disc,
                     p.phone_nat, p.email, R.choice(["Direct Debit", "Cash"]), f"{R.randint(0, 900)}.{R.randint(10, 99)}"])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", f"{p.street}, {p.town} {p.pc}"), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email))
        if "Impairment" in disc:
            add(d, p, ("HEALTH_INFO", disc))
    put(d, csv_text(rows))

    d = W.doc("leeds-city-council/electoral-services/register_extract_KA1.csv", "csv", "en")
    hdr = ["Elector Number Prefix", "Elector Number", "Elector Number Suffix", "Elector Markers", "Elector DOB", "Elector Name",
           "PostCode", "Address1", "Address2", "Address3", "Address4", "Address5", "Address6"]
    rows = [hdr]
    for i, p in enumerate([UKP[0], UKP[4], UKP[2]]):
        att = i == 1
        rows.append(["KA1", str(R.randint(1, 2999)), "0", "" if not att else "", p.dob.strftime("%d/%m/%Y") if att else "",
                     f"{p.last}, {p.first}", p.pc, p.street, "", p.town, "", "", ""])
        add(d, p, ("PERSON_NAME", f"{p.last}, {p.first}"), ("POSTAL_ADDRESS", f"{p.street}, {p.town} {p.pc}"))
        if att:
            add(d, p, ("DATE_OF_BIRTH", p.dob.strftime("%d/%m/%Y")))
    put(d, csv_text(rows))

    # ================================================================== look-alikes
    def decoy(path, writer, desc, codes, opt=(), lang="en"):
        dd = W.doc(path, path.rsplit(".", 1)[1], lang)
        writer(dd)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    pop = [["町丁目コード", "町丁目名", "世帯数", "男", "女", "計", "うち外国人", "前月比"]]
    for code, (_, town) in enumerate(AMA_TOWNS, 1):
        for ch in range(1, 4):
            m_, f_ = R.randint(300, 1500), R.randint(300, 1500)
            pop.append([f"{code:03d}{ch:03d}", f"{town}{['一', '二', '三'][ch - 1]}丁目" if town not in ("潮江",) else f"{town}{ch}丁目",
                        str(R.randint(400, 1800)), str(m_), str(f_), str(m_ + f_), str(R.randint(0, 80)), f"{R.randint(-12, 12):+d}"])
    decoy("尼崎市/統計/町丁目別人口_R08_09.csv", lambda dd: put_bytes(dd, sjis_csv(pop)), "町丁目別 世帯数・人口 statistics",
          ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], lang="ja")

    turn = [["PRECINCT", "PRECINCT_NAME", "REGISTERED", "BALLOTS_CAST", "TURNOUT_PCT", "DEM_REG", "REP_REG", "NAV_REG"]]
    for i in range(8):
        reg = R.randint(900, 4200)
        cast = int(reg * R.uniform(0.4, 0.8))
        turn.append([f"{R.randint(100, 999)}", f"SALEM {R.randint(100, 999)}", str(reg), str(cast), f"{cast / reg * 100:.2f}",
                     str(int(reg * 0.35)), str(int(reg * 0.3)), str(int(reg * 0.3))])
    decoy("marion-county/elections/turnout_by_precinct_nov2026.csv", lambda dd: put(dd, csv_text(turn)), "precinct turnout statistics",
          ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "POSTAL_ADDRESS"])

    aed = [["施設名", "住所", "電話番号", "設置場所", "利用可能時間", "緯度", "経度"]]
    for nm_, adr, tel in [("尼崎市立中央図書館", "兵庫県尼崎市南塚口町2丁目1番1号", "06-6424-2230"), ("山田公民館", "兵庫県尼崎市潮江1丁目3番20号", "06-6499-1122"),
                          ("尼崎市役所 本庁舎", "兵庫県尼崎市東七松町1丁目23番1号", "06-6375-5063"), ("佐藤記念体育館", "兵庫県尼崎市長洲中通1丁目5番3号", "06-6481-7710"),
                          ("武庫之荘東小学校", "兵庫県尼崎市南武庫之荘3丁目20番1号", "06-6437-0081")]:
        aed.append([nm_, adr, tel, R.choice(["1階受付横", "体育館入口", "事務室前"]), "9:00-21:00", f"34.7{R.randint(1000, 9999)}", f"135.4{R.randint(1000, 9999)}"])
    decoy("尼崎市/オープンデータ/aed_list.csv", lambda dd: put(dd, csv_text(aed)), "AED 設置場所 open data (facilities' addresses and phones)",
          ["PERSON_NAME", "DATE_OF_BIRTH"], ("POSTAL_ADDRESS", "PHONE_NUMBER"), lang="ja")

    fac = [["FACILITY_NAME", "TYPE", "ADDRESS", "CITY", "ZIP", "PHONE", "HOURS"],
           ["Martin Luther King Jr. Branch Library", "LIBRARY", "4075 Lancaster Dr NE", "SALEM", "97305", "(503) 588-6052", "10-6"],
           ["Harold Washington Community Center", "COMMUNITY CENTER", "1400 State St", "SALEM", "97301", "(503) 588-6303", "8-8"],
           ["Cesar Chavez Park", "PARK", "2150 Commercial St SE", "SALEM", "97302", "", "dawn-dusk"],
           ["Fire Station 9", "FIRE", "1231 Chemawa Rd N", "KEIZER", "97303", "(503) 588-6245", "24h"]]
    decoy("marion-county/open-data/county_facilities.csv", lambda dd: put(dd, csv_text(fac)), "county facilities open data (named after people)",
          ["PERSON_NAME", "DATE_OF_BIRTH"], ("POSTAL_ADDRESS", "PHONE_NUMBER"))

    res = [["CONTEST", "CHOICE", "PARTY", "PRECINCT", "VOTES", "PCT"]]
    for c, cands in [("MAYOR CITY OF SALEM", ["Julie Hoy", "Chris Hoy"]), ("COUNTY COMMISSIONER POS 2", ["Danielle Bethell", "Kevin Cameron"])]:
        for cd in cands:
            for pr in range(3):
                res.append([c, cd, "NP", f"{R.randint(100, 999)}", str(R.randint(200, 1800)), f"{R.uniform(30, 70):.2f}"])
    decoy("marion-county/elections/results_by_precinct_nov2026.csv", lambda dd: put(dd, csv_text(res)),
          "election results with candidates (public figures)", ["PHONE_NUMBER", "DATE_OF_BIRTH", "POSTAL_ADDRESS"], ("PERSON_NAME",))

    notice = ["CITY OF SALEM - NOTICE OF PUBLIC HEARING", "",
              "The Salem Planning Commission will hold a public hearing on October 21, 2026 at 6:30 p.m. in Council Chambers, "
              "555 Liberty St SE, Room 240, Salem, OR 97301, on Comprehensive Plan Change / Zone Change Case No. CPC-ZC26-04.",
              "Properties: Marion County Assessor Map and Tax Lot numbers 073W26AB01200, 073W26AB01300 and 073W26AB01401.",
              "Written comments may be submitted to the Planning Division, (503) 588-6173, planning@cityofsalem.example.net, "
              "by 5:00 p.m. on October 14, 2026.", "Published: Statesman Journal, September 30, 2026."]
    decoy("city-of-salem/planning/notice_public_hearing_CPC-ZC26-04.txt", lambda dd: put(dd, "\n".join(notice) + "\n"),
          "public hearing notice (tax lots, the planning division's phone)", ["PERSON_NAME", "DATE_OF_BIRTH", "US_SSN"],
          ("POSTAL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"))

    parcels = [["APN", "MAP_TAXLOT", "SITUS_ADDR", "ACRES", "ZONING", "LAND_USE", "ASSESSED_VALUE", "YEAR_BUILT"]]
    for i in range(10):
        sn = R.choice(OR_STREETS)
        parcels.append([f"{R.randint(100, 999)}{R.choice('ABCDEFGHJK')}{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(10, 99)}",
                        f"07{R.randint(1, 9)}W{R.randint(10, 36)}{R.choice(['AB', 'BC', 'CD', 'DA'])}0{R.randint(1000, 9999)}",
                        f"{R.randint(100, 9899)} {sn[0]} {sn[1]} {sn[2]}".strip(), f"{R.uniform(0.1, 3):.2f}", R.choice(["RS", "RM2", "CR", "IG"]),
                        R.choice(["SFR", "MFR", "COM", "VAC"]), str(R.randint(100, 900) * 1000), str(R.randint(1940, 2022))])
    decoy("marion-county/assessor/parcels_no_owner_2026.csv", lambda dd: put(dd, csv_text(parcels)), "parcel list (APN, situs, no owners)",
          ["PERSON_NAME", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH"], ("POSTAL_ADDRESS",))

    fleet = [["UNIT_NO", "DEPT", "YEAR", "MAKE", "MODEL", "VIN", "PLATE", "ODOMETER", "ASSIGNED_TO"]]
    for i in range(8):
        fleet.append([f"MC-{R.randint(1000, 9999)}", R.choice(["SHERIFF", "PUBLIC WORKS", "PARKS", "HEALTH"]), str(R.randint(2012, 2025)),
                      R.choice(["FORD", "CHEV", "DODG"]), R.choice(["EXPLORER", "F250", "TAHOE", "CHARGER"]),
                      "".join(R.choice(vin_chars) for _ in range(17)), f"E{R.randint(100000, 999999)}", str(R.randint(5000, 180000)),
                      R.choice(["POOL", "PATROL", "ROADS CREW 3"])])
    decoy("marion-county/fleet/vehicle_inventory.csv", lambda dd: put(dd, csv_text(fleet)), "county fleet (VIN, exempt plates, no people)",
          ["PERSON_NAME", "US_DRIVERS_LICENSE", "US_PASSPORT", "PHONE_NUMBER"])

    cal = [["CASE_NUMBER", "EVENT", "DATE", "TIME", "COURTROOM", "STATUS"]]
    for i in range(10):
        cal.append([f"26{R.choice(['CR', 'DV', 'SC', 'CV'])}{R.randint(10000, 99999)}", R.choice(["ARRAIGNMENT", "STATUS CHECK", "TRIAL", "HEARING"]),
                    mdy(dt.date(2026, 10, R.randint(1, 28))), f"{R.randint(8, 16)}:{R.choice(['00', '30'])}", f"{R.randint(1, 9)}{R.choice('ABC')}",
                    R.choice(["SET", "CONTINUED"])])
    decoy("marion-county/circuit-court/calendar_october_2026.csv", lambda dd: put(dd, csv_text(cal)), "court calendar (case numbers, no parties)",
          ["PERSON_NAME", "US_SSN", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    tot = [["宛名番号", "世帯番号", "処理区分", "突合結果", "エラーコード", "処理日"]]
    for i in range(12):
        aden = my_number(R, "") if i % 3 == 0 else (my_number_bad(R) if i % 3 == 1 else f"{R.randint(10 ** 9, 10 ** 10 - 1)}")
        tot.append([aden, f"{R.randint(10 ** 7, 10 ** 8 - 1)}", R.choice(["01", "02"]), R.choice(["一致", "不一致", "該当なし"]),
                    R.choice(["", "E102", "W031"]), "2026/09/10"])
    decoy("尼崎市/情報政策/突合結果_宛名番号_20260910.csv", lambda dd: put_bytes(dd, sjis_csv(tot)),
          "宛名番号 / 世帯番号 突合 result list (12-digit numbers, some check-digit valid)", ["JP_MY_NUMBER", "PHONE_NUMBER", "BANK_ACCOUNT", "PERSON_NAME"],
          lang="ja")

    kinyu = ["住民異動届（記入例）", "", "届出人 氏名：山田 太郎", "生年月日：昭和60年1月1日", "新住所：兵庫県尼崎市東七松町1丁目23番1号",
             "旧住所：東京都千代田区霞が関1-1-1", "電話番号：06-0000-0000", "個人番号：1234 5678 9012", "世帯主：山田 太郎　続柄：本人",
             "※太枠内をご記入ください。個人番号は本人確認書類で確認します。"]
    decoy("尼崎市/市民課/様式/住民異動届_記入例.txt", lambda dd: put(dd, "\n".join(kinyu) + "\n"), "住民異動届 記入例 (山田 太郎, placeholders)",
          ["JP_MY_NUMBER", "PHONE_NUMBER"], ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"), lang="ja")

    sample = ["OREGON VOTER REGISTRATION CARD - SAMPLE (DO NOT SUBMIT)", "", "Last Name: DOE    First Name: JOHN    Middle: Q",
              "Date of Birth: 01/01/1980", "Residence Address: 123 Main St, Anytown, OR 97000",
              "Oregon Driver's License/ID Number: 1234567", "Last four digits of SSN: 0000", "Phone: (503) 555-0100",
              "Sign here: John Q. Doe"]
    decoy("marion-county/elections/forms/voter_registration_SAMPLE.txt", lambda dd: put(dd, "\n".join(sample) + "\n"),
          "voter registration sample (John Doe placeholders)", ["US_DRIVERS_LICENSE", "US_SSN", "PHONE_NUMBER"],
          ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"))

    lay = [["項番", "項目名", "属性", "桁数", "開始位置", "備考"], ["1", "宛名番号", "9", "10", "1", "ゼロ埋め"], ["2", "世帯番号", "9", "8", "11", ""],
           ["3", "氏名", "N", "20", "19", "全角"], ["4", "カナ氏名", "X", "30", "39", "半角カナ"], ["5", "生年月日", "9", "8", "69", "西暦YYYYMMDD"],
           ["6", "性別", "9", "1", "77", "1:男 2:女"], ["7", "続柄", "N", "6", "78", ""], ["8", "住所", "N", "60", "84", "方書を除く"],
           ["9", "個人番号", "9", "12", "144", "特定個人情報"], ["10", "電話番号", "X", "13", "156", "ハイフン付"]]
    decoy("尼崎市/情報政策/仕様書/住基_レコードレイアウト.xlsx", lambda dd: xlsx(W.path(dd), {"レイアウト": lay}), "住基 record layout",
          ["PERSON_NAME", "DATE_OF_BIRTH", "JP_MY_NUMBER", "POSTAL_ADDRESS", "PHONE_NUMBER"], lang="ja")

    dic = [["FIELD_NAME", "DESCRIPTION", "TYPE", "LENGTH"], ["SOS_VOTERID", "Statewide voter id", "CHAR", "12"],
           ["LAST_NAME", "Voter last name", "CHAR", "50"], ["FIRST_NAME", "Voter first name", "CHAR", "50"],
           ["DATE_OF_BIRTH", "Date of birth (YYYY-MM-DD)", "DATE", "10"], ["RESIDENTIAL_ADDRESS1", "Residence street address", "CHAR", "100"],
           ["RESIDENTIAL_ZIP", "Residence ZIP code", "CHAR", "5"], ["PARTY_AFFILIATION", "D, R, L, G, C or blank", "CHAR", "1"]]
    decoy("marion-county/elections/SWVF_file_layout.csv", lambda dd: put(dd, csv_text(dic)), "voter file data dictionary",
          ["PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER"])

    blank = [["児童手当 認定請求書"], [], ["請求者", "氏名", "", "生年月日", "", "個人番号", ""], ["", "住所", "", "", "", "電話番号", ""],
             ["支給対象児童", "氏名", "続柄", "生年月日", "個人番号", "", ""], ["", "", "", "", "", "", ""],
             ["振込先口座", "金融機関名", "", "支店名", "", "口座番号", ""], ["", "口座名義（カナ）", "", "", "", "", ""]]
    decoy("尼崎市/こども/児童手当/様式/認定請求書_空欄.xlsx", lambda dd: xlsx(W.path(dd), {"様式": blank}), "blank 児童手当 認定請求書",
          ["PERSON_NAME", "DATE_OF_BIRTH", "BANK_ACCOUNT", "JP_MY_NUMBER", "PHONE_NUMBER"], lang="ja")

    summ = [["金融機関コード", "金融機関名", "支給件数", "支給額合計", "振込不能件数"]]
    for code, bank, _, _ in BANKS_JP:
        n = R.randint(2000, 40000)
        summ.append([code, bank, str(n), str(n * 100000), str(R.randint(0, 30))])
    decoy("尼崎市/福祉/給付金/支給実績_金融機関別.csv", lambda dd: put_bytes(dd, sjis_csv(summ)), "給付金 支給実績 by bank (counts)",
          ["BANK_ACCOUNT", "PERSON_NAME", "PHONE_NUMBER"], lang="ja")

    W.finish()


if __name__ == "__main__":
    main()
