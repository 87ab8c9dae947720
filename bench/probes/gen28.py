#!/usr/bin/env python3
"""gen28.py - probe round 28 (issue #4): what a breach of consumer-facing businesses leaks - an airline and a travel
agency, a hotel, a car-rental firm, a mobile carrier, a pharmacy, a dentist, a clinical-trial site, an imaging centre, a
health insurer, web shops, a parcel carrier's label export, a gym, a fan club, a church and an alumni office - each in the
system's own export layout. Customers in Japan, the US and the UK and some European travellers, each in 1-4 items.

  Travel     an airline PNR display export (Amadeus-like: names SURNAME/GIVENMR, itinerary segments, APM / APE contact
             elements, SSR CTCE with // for @, SSR CTCM, SSR DOCS with the passport, FQTV, FA ticket numbers), an APIS
             passenger manifest CSV, a 宿泊者名簿 xlsx (氏名, 住所, 職業, 国籍, 旅券番号 of foreign guests), a hotel PMS guest
             profile export (Opera-like CSV), a Japanese travel agency's booking confirmation mail (代表者, 同行者 with 生年月日
             and 旅券番号, 緊急連絡先), an English agency itinerary mail (Secure Flight name and DOB, Known Traveler Number),
             a US car-rental agreement PDF (renter and additional driver with their licences), a UK car-hire agreement
             (a DVLA licence number)
  Telecom    携帯電話 契約者情報 CSV (Shift_JIS: 本人確認書類 種別 / 番号: 運転免許証, 日本国旅券, 健康保険証; MNP 予約番号),
             a CDR extract (calling / called numbers as 81..., IMSI, IMEI, cell id), a ご利用料金明細 (口座振替), a US wireless
             bill PDF (account holder and a second line's user)
  Health     a 調剤録 CSV (保険 記号・番号, 処方薬, 処方医), an electronic お薬手帳 export (JAHIS-like numbered records), a
             dental chart export (medical history, tooth chart), a clinical-trial subject identification log (site copy:
             names, DOB, MRN) and an AE listing (subject ID, initials, DOB, AE narrative: pseudonymised), two DICOM header
             dumps (dcmdump: PatientName LAST^FIRST, a Japanese one with its ideographic and phonetic groups, PatientBirthDate
             yyyymmdd, PatientAddress, AdditionalPatientHistory), a US EOB PDF (member ID, claim, diagnosis)
  Commerce   an EC-CUBE 受注 CSV (注文者 and 配送先, a gift), a WooCommerce order export (billing_ / shipping_ columns), a
             ヤマト B2 送り状 CSV (お届け先 / ご依頼主), an RMA (returns) mail, a gym member list xlsx (emergency contacts, health
             notes), a ファンクラブ 会員名簿 CSV, a church directory docx (households: "Okafor, Marcus & Tamika"), an alumni
             directory CSV (maiden names)
  Look-alikes  a flight schedule, a ticket-stock / BSP sales report (ticket numbers, PNR locators), an APIS message spec with
             the IATA sample DOCS line (SMITH/JOHN, 123456789), a hotel rate-plan sheet, a handset inventory (IMEI, Luhn-valid;
             IMSI), an MNP 予約番号 発行ログ, a cell-site list, a 医薬品マスタ (drugs, no patient), an anonymised DICOM header,
             an EOB guide with a sample member, a product catalogue (JAN codes), a 送り状 記入例 (山田 太郎), a 配送状況 export
             (伝票番号), a gym class timetable (Pilates, Les Mills), a parish events calendar (St. John's Hall), a trial
             protocol synopsis (conditions, no person)

    python3 bench/probes/gen28.py OUT [--seed N]      (tuning seed 28; check seed 2828, measured once before and once after)

Truth conventions (as the earlier rounds; the round's paragraph in README.md): a customer's name, labelled birth date,
address, phone, e-mail, passport (US_PASSPORT for a US one, JP_PASSPORT for a Japanese one), licence, insurance 記号・番号
and bank account are their types; an internal number (a PNR locator, a ticket number, a frequent-flyer, order, member,
contract, claim, subject or tracking number, an MRN, a Known Traveler Number, an IMEI, an IMSI, an MNP 予約番号, a plate, a
VIN) has no contract code: neither a type nor a decoy where people are listed, and a decoy for the number codes it could be
taken for where no one is; another state's passport or licence (GBR, DEU, FRA, a DVLA licence) has no code; a
diagnosis, a medication dispensed or taken, an allergy, an adverse event, an imaging study's clinical reason and a gym's
health note are HEALTH_INFO; a pseudonymised trial listing (subject ID, initials, DOB, AE) counts its types for the item
but names no truth person; a travel companion, an additional driver, a second line's user, an emergency contact, a
spouse listed in a directory and a gift recipient are truth people (each with their own values); staff named in their
role (an agent, a pharmacist, a prescriber, a dentist, a radiologist, a coordinator, a pastor) are PERSON_NAME of the item
and no truth person; a business's own address and phone (the agency, the hotel, the shop as ご依頼主) are optional;
a masked card or account (XXXX-1234) is no type; a birthday without a year (a church directory) is optional
DATE_OF_BIRTH; placeholders of samples (SMITH/JOHN, 123456789, 山田 太郎, JOHN Q SAMPLE) are decoys for the number types
and optional for PERSON_NAME / DATE_OF_BIRTH / POSTAL_ADDRESS.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, jn, kn, csv_text, xlsx, docx, pdf, luhn_number, luhn_ok, US_FIRST  # noqa: E402
from gen9 import jp_dl_number, eu_person  # noqa: E402
from gen12s import eml, half_kana  # noqa: E402
from gen_ids22 import jp_passport, us_passport  # noqa: E402

SENSITIVE = {"HEALTH_INFO", "BIOMETRIC", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CREDENTIAL"}
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
JOBS = ["会社員", "公務員", "自営業", "教員", "看護師", "学生", "主婦", "エンジニア"]
DRUGS_JA = [("アムロジピンOD錠5mg「トーワ」", "1日1回朝食後", "高血圧症"), ("メトホルミン塩酸塩錠250mgMT「DSEP」", "1日2回朝夕食後", "2型糖尿病"),
            ("ロスバスタチン錠2.5mg「DSEP」", "1日1回夕食後", "脂質異常症"), ("レバミピド錠100mg「オーツカ」", "1日3回毎食後", "胃炎"),
            ("モンテルカスト錠10mg「KM」", "1日1回就寝前", "気管支喘息"), ("エスシタロプラム錠10mg", "1日1回夕食後", "うつ病")]
ALLERGY_JA = ["ペニシリン系抗生物質で発疹", "卵アレルギー", "造影剤アレルギー（ヨード）"]
AE_TERMS = ["Grade 2 nausea, resolved with ondansetron", "Grade 3 neutropenia, dose held cycle 3",
            "Grade 1 headache, self-limiting", "Grade 2 rash on forearms, topical steroid started"]
GYM_NOTES = ["Knee replacement (left) 2024 - no high impact", "Asthma - carries inhaler", "", "Type 1 diabetic - glucose tabs at front desk", ""]
DENTAL_HX = ["Hypertension (lisinopril 10 mg); penicillin allergy", "Type 2 diabetes, metformin; latex allergy",
             "Asthma (albuterol inhaler); no known drug allergies"]
DICOM_REASON = [("CT CHEST W CONTRAST", "R/O pulmonary embolism; shortness of breath x3 days"),
                ("MR BRAIN WO/W CONTRAST", "Recurrent migraines with aura, r/o mass"),
                ("XR KNEE 3 VIEWS LEFT", "Left knee pain after fall, suspected tibial plateau fracture")]
EOB_DX = [("Office visit, established patient (99214)", "Type 2 diabetes mellitus without complications (E11.9)"),
          ("Physical therapy evaluation (97162)", "Low back pain, lumbar radiculopathy (M54.16)"),
          ("Colonoscopy, diagnostic (45378)", "Rectal bleeding (K62.5)")]
KYOTO = [("605-0074", "京都府京都市東山区祇園町南側{b}"), ("600-8216", "京都府京都市下京区東塩小路町{b}")]
HOTELS_US = ("The Harborline Hotel", "240 Pier Ave", "Seattle, WA 98101", "(206) 448-1200")
AIRPORTS = [("HND", "JFK"), ("NRT", "LHR"), ("HND", "SFO"), ("KIX", "HNL"), ("LHR", "HND"), ("JFK", "NRT")]
WOMEN = {"Priya", "Heather", "Tamika", "Ngozi", "Rosa", "Yolanda", "Bianca", "Colleen", "Shauna", "Imani", "Delia", "Kristen", "Amelia",
         "Isla", "Poppy", "Freya", "Niamh", "Lena", "Sabine", "Katrin", "Camille", "Élodie", "Inès"}


def ascii_upper(s):
    """A name as reservation systems store it: upper case, no accents."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s.upper()) if not unicodedata.combining(c))


SHOPS_JA = ("株式会社みどり商店 通販事業部", "03-5212-7781", "101-0047", "東京都千代田区内神田1-14-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=28)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe28consumer")
    R = W.rnd
    seen_ja = set()

    # ------------------------------------------------------------------ people
    def jp():
        for _ in range(300):
            p = W.jp_person()
            if p.name in seen_ja:
                W.people.remove(p)
                continue
            seen_ja.add(p.name)
            p.rfam, p.rgiv = p.romaji.split(" ")[1], p.romaji.split(" ")[0].upper()
            p.passport = jp_passport(R)
            p.dl = jp_dl_number(R)
            p.job = R.choice(JOBS)
            return p
        raise RuntimeError("no fresh name")

    def us():
        p = W.us_person()
        p.passport = us_passport(R)
        p.F, p.L = p.first.upper(), p.last.upper()
        return p

    def uk():
        p = W.uk_person()
        p.F, p.L = p.first.upper(), p.last.upper()
        p.passport = f"{R.randint(100000000, 999999999)}"
        p.dvla = f"{p.last.upper()[:5]:9<5}{p.dob.year % 100 // 10}{p.dob.month + 50 * R.randint(0, 1):02d}{p.dob.day:02d}{p.dob.year % 10}{p.first[0]}9{R.choice('ABCDEFGHJK')}{R.randint(10, 99)}"
        return p

    def eu(cc):
        p = eu_person(W, cc)
        p.F, p.L = p.first.upper(), p.last.upper()
        p.passport = f"C{R.choice('FGHJK')}{R.randint(1000000, 9999999)}" if cc == "DE" else f"{R.randint(10, 99)}{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}{R.randint(10000, 99999)}"
        p.nat3 = {"DE": "DEU", "FR": "FRA"}[cc]
        return p

    def e164(v, region):
        digits = re.sub(r"\D", "", v.replace("(0)", ""))
        if v.strip().startswith("+") or (region == "JP" and digits.startswith("81") and len(digits) == 12):
            return "+" + digits
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

    def ymd(x, sep="-"):
        return f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"

    def mdy(x):
        return f"{x.month:02d}/{x.day:02d}/{x.year}"

    def ddmonyy(x):
        return f"{x.day:02d}{MON[x.month - 1]}{x.year % 100:02d}"

    def digits(s):
        return re.sub(r"\D", "", s)

    def imei():
        return luhn_number(R, R.choice(["35", "86", "01"]), 15)

    def imsi():
        return f"44010{R.randint(10 ** 9, 10 ** 10 - 1)}"

    J = [jp() for _ in range(18)]
    U = [us() for _ in range(20)]
    K = [uk() for _ in range(6)]
    E = [eu("DE"), eu("FR"), eu("DE")]
    # relatives and contacts: truth people with a name and a phone
    ec1 = us()
    ec2 = us()
    spouse = us()
    spouse.last, spouse.L = U[14].last, U[14].L
    spouse.name = f"{spouse.first} {spouse.last}"
    spouse.email = f"{spouse.first.lower()}.{spouse.last.lower()}@example.com"
    spouse.street, spouse.city, spouse.state, spouse.zip = U[14].street, U[14].city, U[14].state, U[14].zip

    # ================================================================== TRAVEL
    # airline PNR display export (Amadeus-like)
    d = W.doc("skyjet-airways/res/pnr_display_export_20261028.txt", "txt", "en")
    out = []
    pnrs = [[U[0], U[1]], [J[0]], [K[0], E[0]]]
    for grp in pnrs:
        loc = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        out += [f"RP/TYOSJ08AA/TYOSJ08AA            AA/SU  28OCT26/0412Z   {loc}", "0412-1234"]
        n = 1
        names = []
        for p in grp:
            if p.region == "JP":
                ttl = "MR" if p.sex_ja == "男" else "MS"
                fam, giv = p.rfam, p.rgiv
            else:
                ttl = "MRS" if p.first in WOMEN else "MR"
                fam, giv = p.L, ascii_upper(p.F)
            names.append(f"{n}.{fam}/{giv}{ttl}")
            p._pnr = (n, fam, giv)
            n += 1
        out.append("  " + "   ".join(names))
        seg = R.choice(AIRPORTS)
        dday = dt.date(2026, 11, R.randint(5, 28))
        fl = R.randint(1, 999)
        out.append(f"  {n}  SJ{fl:03d} Y {ddmonyy(dday)[:5]} {dday.isoweekday()} {seg[0]}{seg[1]} HK{len(grp)}  1040 0925   {ddmonyy(dday)[:5]}  E  SJ/{loc}")
        n += 1
        out.append(f"  {n} AP TYO 03-5460-3939 - SKYJET TRAVEL DESK - A")
        n += 1
        lead = grp[0]
        ph = lead.phone_intl if lead.region != "GB" else lead.phone_intl
        out.append(f"  {n} APM {ph}/P1")
        add(d, lead, ("PHONE_NUMBER", ph))
        n += 1
        out.append(f"  {n} APE {lead.email.upper()}/P1")
        add(d, lead, ("EMAIL_ADDRESS", lead.email))
        n += 1
        out.append(f"  {n} TK OK28OCT/TYOSJ08AA")
        n += 1
        for p in grp:
            pn, fam, giv = p._pnr
            if p is not lead:
                enc = p.email.upper().replace("@", "//").replace("_", "..").replace("-", "./")
                out.append(f"  {n} SSR CTCE SJ HK1/{enc}/P{pn}")
                add(d, p, ("EMAIL_ADDRESS", p.email))
                n += 1
                out.append(f"  {n} SSR CTCM SJ HK1/{digits(p.e164)}/P{pn}")
                add(d, p, ("PHONE_NUMBER", p.e164))
                n += 1
            nat = {"US": "USA", "JP": "JPN", "GB": "GBR"}.get(p.region) or p.nat3
            sex = "F" if "MRS" in names[pn - 1] or names[pn - 1].endswith("MS") else "M"
            exp = dt.date(R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28))
            out.append(f"  {n} SSR DOCS SJ HK1 P/{nat}/{p.passport}/{nat}/{ddmonyy(p.dob)}/{sex}/{ddmonyy(exp)}/{fam}/{giv}/P{pn}")
            add(d, p, ("PERSON_NAME", f"{fam}/{giv}"), ("DATE_OF_BIRTH", ddmonyy(p.dob)))
            if nat == "USA":
                add(d, p, ("US_PASSPORT", p.passport))
            elif nat == "JPN":
                add(d, p, ("JP_PASSPORT", p.passport))
            n += 1
            if R.random() < 0.7:
                out.append(f"  {n} SSR FQTV SJ HK1 SJ{R.randint(10 ** 8, 10 ** 9 - 1)}/P{pn}")
                n += 1
        for p in grp:
            pn = p._pnr[0]
            out.append(f"  {n} FA PAX 618-{R.randint(10 ** 9, 10 ** 10 - 1)}/ETSJ/JPY{R.randint(80, 400) * 1000}/28OCT26/TYOSJ08AA/8131 2345/P{pn}")
            n += 1
        out.append(f"  {n} FP CCVIXXXXXXXXXXXX{R.randint(1000, 9999)}/1129")
        out += ["", ">", ""]
    d.opt_type("PHONE_NUMBER")
    put(d, "\n".join(out))

    # APIS passenger manifest
    d = W.doc("skyjet-airways/apis/APIS_SJ011_20261105_NRTLHR.csv", "csv", "en")
    rows = [["FLIGHT", "DEP_DATE", "ORIGIN", "DEST", "SEQ", "SURNAME", "GIVEN_NAMES", "GENDER", "DOB", "NATIONALITY", "DOC_TYPE",
             "DOC_NUMBER", "DOC_EXPIRY", "DOC_ISSUER", "PNR", "SEAT", "FF_NUMBER", "BAG_TAGS"]]
    for i, p in enumerate([U[0], U[2], U[3], J[1], E[1], K[1]]):
        nat = {"US": "USA", "JP": "JPN", "GB": "GBR"}.get(p.region) or p.nat3
        fam, giv = (p.rfam, p.rgiv) if p.region == "JP" else (ascii_upper(p.last), ascii_upper(p.first))
        sex = ("F" if p.sex_ja == "女" else "M") if p.region == "JP" else ("F" if p.first in WOMEN else "M")
        rows.append(["SJ011", "2026-11-05", "NRT", "LHR", str(i + 1), fam, giv, sex, ymd(p.dob), nat, "P", p.passport,
                     ymd(dt.date(R.randint(2027, 2035), R.randint(1, 12), R.randint(1, 28))), nat,
                     "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), f"{R.randint(10, 58)}{R.choice('ABCDEFGHJK')}",
                     R.choice(["", f"SJ{R.randint(10 ** 8, 10 ** 9 - 1)}"]), f"SJ{R.randint(100000, 999999)}"])
        add(d, p, ("PERSON_NAME", f"{fam} {giv}"), ("DATE_OF_BIRTH", ymd(p.dob)))
        if nat == "USA":
            add(d, p, ("US_PASSPORT", p.passport))
        elif nat == "JPN":
            add(d, p, ("JP_PASSPORT", p.passport))
    put(d, csv_text(rows))

    # 宿泊者名簿 (ryokan in Kyoto)
    d = W.doc("kyoto-gion-ryokan/フロント/宿泊者名簿_2026年10月.xlsx", "xlsx", "ja")
    rows = [["宿泊者名簿（令和8年10月）", "", "", "", "旅館 祇園さくら"], [],
            ["到着日", "出発日", "部屋", "氏名", "フリガナ", "住所", "電話番号", "職業", "年齢", "国籍", "旅券番号", "前泊地", "行先地"]]
    for p in [J[2], J[3], U[1], E[0], K[2]]:
        arr = dt.date(2026, 10, R.randint(1, 27))
        dep = arr + dt.timedelta(days=R.randint(1, 3))
        age = str(2026 - p.dob.year)
        if p.region == "JP":
            rows.append([ymd(arr, "/"), ymd(dep, "/"), str(R.randint(101, 305)), jn(p), kn(p), p.addr_ja, p.phone_nat, p.job, age, "日本",
                         "", "", ""])
            add(d, p, ("PERSON_NAME", jn(p)), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat))
        else:
            nat = {"US": "アメリカ", "GB": "イギリス", "DE": "ドイツ", "FR": "フランス"}[p.region]
            home = p.addr if p.region != "US" else f"{p.street}, {p.city}, {p.state} {p.zip}"
            rows.append([ymd(arr, "/"), ymd(dep, "/"), str(R.randint(101, 305)), f"{p.first} {p.last}", "", home, "", "", age, nat, p.passport,
                         R.choice(["東京", "大阪", "金沢"]), R.choice(["広島", "東京", "奈良"])])
            add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", home))
            if p.region == "US":
                add(d, p, ("US_PASSPORT", p.passport))
    xlsx(W.path(d), {"名簿": rows})

    # hotel PMS guest profiles (Opera-like export)
    d = W.doc("harborline-hotel/pms/guest_profiles_export.csv", "csv", "en")
    rows = [["NAME_ID", "LAST", "FIRST", "TITLE", "ADDRESS1", "ADDRESS2", "CITY", "STATE", "ZIP_CODE", "COUNTRY", "PHONE_NO", "EMAIL",
             "BIRTH_DATE", "PASSPORT", "NATIONALITY", "MEMBERSHIP_NO", "VIP_STATUS", "LAST_STAY"]]
    for p in [U[4], U[5], J[0], K[0], E[1], E[2]]:
        if p.region == "US":
            a1, city, st, z, ctry = p.street, p.city, p.state, p.zip, "US"
            ph = p.phone_nat
        elif p.region == "JP":
            a1, city, st, z, ctry = p.addr_ja, "", "", p.zip, "JP"
            ph = p.phone_intl
        elif p.region == "GB":
            a1, city, st, z, ctry = p.addr_lines[0], p.addr_lines[1], "", p.addr_lines[2], "GB"
            ph = p.phone_intl
        else:
            a1, city, st, z, ctry = p.street, p.city, "", p.plz, p.region
            ph = p.phone_nat
        first, last = (p.rgiv.title(), p.rfam.title()) if p.region == "JP" else (p.first, p.last)
        bd = mdy(p.dob)
        pp = p.passport if p.region in ("JP", "GB", "DE", "FR") and R.random() < 0.8 else ""
        rows.append([str(R.randint(100000, 999999)), last, first, R.choice(["Mr.", "Ms.", ""]), a1, "", city, st, z, ctry, ph, p.email, bd, pp,
                     ctry, f"HL{R.randint(10 ** 7, 10 ** 8 - 1)}", R.choice(["", "", "GOLD", "VIP1"]), ymd(dt.date(2026, R.randint(1, 10), R.randint(1, 28)))])
        addr = f"{a1}, {city}, {st} {z}" if p.region == "US" else (p.addr_ja if p.region == "JP" else p.addr)
        add(d, p, ("PERSON_NAME", f"{first} {last}"), ("POSTAL_ADDRESS", addr), ("PHONE_NUMBER", ph), ("EMAIL_ADDRESS", p.email),
            ("DATE_OF_BIRTH", bd))
        if pp and p.region == "JP":
            add(d, p, ("JP_PASSPORT", pp))
    put(d, csv_text(rows))

    # Japanese travel agency: booking confirmation mail (ハワイ tour)
    d = W.doc("sakura-travel/mail/予約確認_HNL_" + J[4].rfam + ".eml", "eml", "ja")
    rep, comp, emer = J[4], J[5], J[6]
    body = f"""{jn(rep)} 様

このたびは さくらトラベル をご利用いただき、誠にありがとうございます。
下記の内容でご予約を承りましたのでご確認ください。

■予約番号：ST-{R.randint(10 ** 7, 10 ** 8 - 1)}
■ツアー名：ワイキキ滞在 ハワイ5日間（関西空港発）
■出発日：2026年12月{R.randint(10, 20)}日

【代表者】
氏名：{jn(rep)}（{kn(rep)}）
ローマ字：{rep.rfam} {rep.rgiv}
生年月日：{rep.dob.year}年{rep.dob.month}月{rep.dob.day}日
旅券番号：{rep.passport}
携帯電話：{rep.phone_nat}
メール：{rep.email}
住所：〒{rep.zip} {rep.addr_ja}

【同行者】
氏名：{jn(comp)}（{kn(comp)}）
ローマ字：{comp.rfam} {comp.rgiv}
生年月日：{comp.dob.year}年{comp.dob.month}月{comp.dob.day}日
旅券番号：{comp.passport}

【国内緊急連絡先】
{jn(emer)} 様（ご友人）　電話：{emer.phone_nat}

ご旅行代金：お一人様 248,000円（燃油サーチャージ別）
お支払い期限：2026年11月20日

※ESTA（電子渡航認証）の取得をお忘れなくお願いいたします。

さくらトラベル 梅田支店　担当：{R.choice(['岡本 由美', '中川 健太'])}
TEL 06-6345-2210（平日10:00〜18:00）
"""
    add(d, rep, ("PERSON_NAME", jn(rep)), ("DATE_OF_BIRTH", f"{rep.dob.year}年{rep.dob.month}月{rep.dob.day}日"), ("JP_PASSPORT", rep.passport),
        ("PHONE_NUMBER", rep.phone_nat), ("EMAIL_ADDRESS", rep.email), ("POSTAL_ADDRESS", rep.addr_ja))
    add(d, comp, ("PERSON_NAME", jn(comp)), ("DATE_OF_BIRTH", f"{comp.dob.year}年{comp.dob.month}月{comp.dob.day}日"), ("JP_PASSPORT", comp.passport))
    add(d, emer, ("PERSON_NAME", jn(emer)), ("PHONE_NUMBER", emer.phone_nat))
    m = eml(f"さくらトラベル <yoyaku@sakura-travel.example.jp>", rep.email, "【さくらトラベル】ご予約確認のお知らせ", body, "2026-10-21 14:05")
    put_bytes(d, m.as_bytes())

    # English agency itinerary mail (Secure Flight data)
    d = W.doc("wanderwell-travel/outbox/itinerary_" + U[6].last.lower() + ".eml", "eml", "en")
    a, b = U[6], U[7]
    body = f"""Hi {a.first},

Your trip is confirmed! Please check that the names and dates of birth below match your government-issued ID exactly;
the airline sends them to TSA Secure Flight.

Booking reference: WW-{R.randint(100000, 999999)}   Airline confirmation: {''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}

Travelers
  1. {a.first} {a.last}   Date of birth: {mdy(a.dob)}   Known Traveler Number: {R.randint(10 ** 8, 10 ** 9 - 1)}
  2. {b.first} {b.last}   Date of birth: {mdy(b.dob)}

Flights
  Nov 14  UA 1183  SEA 07:05 - DEN 10:40   Seats 23C, 23D
  Nov 21  UA 2317  DEN 18:15 - SEA 20:05   Seats 31A, 31B

Hotel: The Brown Palace, 321 17th St, Denver, CO 80202 - 7 nights, King Deluxe

Contact on file: {a.phone_nat} / {a.email}
Second traveler's mobile (for day-of-travel alerts): {b.phone_nat}

Total charged to card ending {R.randint(1000, 9999)}: $2,846.30

Safe travels,
{R.choice(['Dana Whitcomb', 'Lyle Brandt'])}
Travel Advisor, Wanderwell Travel | (425) 774-0192
"""
    add(d, a, ("PERSON_NAME", f"{a.first} {a.last}"), ("DATE_OF_BIRTH", mdy(a.dob)), ("PHONE_NUMBER", a.phone_nat), ("EMAIL_ADDRESS", a.email))
    add(d, b, ("PERSON_NAME", f"{b.first} {b.last}"), ("DATE_OF_BIRTH", mdy(b.dob)), ("PHONE_NUMBER", b.phone_nat))
    d.opt_type("POSTAL_ADDRESS")
    m = eml("Wanderwell Travel <trips@wanderwell.example.com>", a.email, "Your itinerary: Denver, Nov 14-21", body, "2026-10-30 09:12", tz=-8)
    put_bytes(d, m.as_bytes())

    # US car-rental agreement (PDF)
    d = W.doc("mile-high-car-rental/agreements/RA_" + str(R.randint(10 ** 6, 10 ** 7 - 1)) + ".pdf", "pdf", "en")
    r_, x_ = U[8], U[9]
    lines = ["MILE HIGH CAR RENTAL - RENTAL AGREEMENT", f"Agreement No. RA{R.randint(10 ** 7, 10 ** 8 - 1)}    Branch: DEN Airport",
             "", "RENTER",
             f"Name: {r_.last.upper()}, {r_.first.upper()}",
             f"Address: {r_.street}, {r_.city}, {r_.state} {r_.zip}",
             f"Phone: {r_.phone_nat}    Email: {r_.email}",
             f"Date of Birth: {mdy(r_.dob)}",
             f"Driver License No.: {r_.dl}    State: {r_.state}    Exp: 08/14/2029",
             "", "ADDITIONAL DRIVER",
             f"Name: {x_.last.upper()}, {x_.first.upper()}    Date of Birth: {mdy(x_.dob)}",
             f"Driver License No.: {x_.dl}    State: {x_.state}",
             "", "VEHICLE",
             f"Unit 48213  2025 Toyota RAV4  VIN JTMW1RFV{R.randint(10 ** 8, 10 ** 9 - 1)}  Plate {R.choice('ABCDE')}{R.randint(10, 99)}-{R.choice('KLMNP')}{R.randint(100, 999)}",
             "Out: 11/14/2026 11:32  Fuel 8/8  Miles 18,224", "Due: 11/21/2026 11:00",
             "", f"Payment: VISA XXXX-XXXX-XXXX-{R.randint(1000, 9999)}   Deposit $300.00",
             "Counter agent: " + R.choice(["K. Albright", "J. Moreno"]),
             "Renter signature: ______________________"]
    add(d, r_, ("PERSON_NAME", f"{r_.last.upper()}, {r_.first.upper()}"), ("POSTAL_ADDRESS", f"{r_.street}, {r_.city}, {r_.state} {r_.zip}"),
        ("PHONE_NUMBER", r_.phone_nat), ("EMAIL_ADDRESS", r_.email), ("DATE_OF_BIRTH", mdy(r_.dob)), ("US_DRIVERS_LICENSE", r_.dl))
    add(d, x_, ("PERSON_NAME", f"{x_.last.upper()}, {x_.first.upper()}"), ("DATE_OF_BIRTH", mdy(x_.dob)), ("US_DRIVERS_LICENSE", x_.dl))
    pdf(W.path(d), [lines])

    # UK car hire agreement (DVLA licence: no code)
    d = W.doc("northway-car-hire/agreements/hire_agreement_" + K[3].last.lower() + ".txt", "txt", "en")
    k = K[3]
    txt = f"""NORTHWAY CAR HIRE LTD - VEHICLE HIRE AGREEMENT
Agreement: NW-{R.randint(100000, 999999)}         Station: Manchester Airport T2

Hirer
  Name:               {k.first} {k.last}
  Address:            {k.addr_lines[0]}, {k.addr_lines[1]}, {k.addr_lines[2]}
  Mobile:             {k.phone_nat}
  Email:              {k.email}
  Date of birth:      {k.dob.strftime('%d/%m/%Y')}
  Driving licence no: {k.dvla}   (DVLA check code: {R.choice('ABCDEFGHJK')}{R.randint(1000000, 9999999)}{R.choice('ABCDEFGH')})
  Licence points:     0

Vehicle: Vauxhall Corsa  Reg {R.choice(['MA', 'MF', 'ML'])}{R.randint(20, 25)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}
Out: 02/11/2026 09:40   In: 09/11/2026 09:00
Excess: £1,250 (reduced to £0 with Super Cover)
Card: MASTERCARD ending {R.randint(1000, 9999)}
"""
    add(d, k, ("PERSON_NAME", f"{k.first} {k.last}"), ("POSTAL_ADDRESS", f"{k.addr_lines[0]}, {k.addr_lines[1]}, {k.addr_lines[2]}"),
        ("PHONE_NUMBER", k.phone_nat), ("EMAIL_ADDRESS", k.email), ("DATE_OF_BIRTH", k.dob.strftime('%d/%m/%Y')))
    put(d, txt)

    # ================================================================== TELECOM
    # 携帯電話 契約者情報 (Shift_JIS CSV)
    d = W.doc("hikari-mobile/契約管理/契約者情報_抽出_202610.csv", "csv", "ja")
    rows = [["契約番号", "電話番号", "契約者氏名", "契約者氏名カナ", "生年月日", "性別", "郵便番号", "住所", "連絡先電話番号", "メールアドレス",
             "本人確認書類", "本人確認書類番号", "料金プラン", "MNP予約番号", "契約日", "販売店"]]
    subs = [(J[7], "運転免許証"), (J[8], "日本国旅券"), (J[9], "健康保険証"), (J[2], "運転免許証"), (J[10], "運転免許証")]
    for p, kind in subs:
        if kind == "運転免許証":
            num, t = p.dl, "JP_DRIVERS_LICENSE"
        elif kind == "日本国旅券":
            num, t = p.passport, "JP_PASSPORT"
        else:
            p.hi = f"{R.randint(10, 9999)} {R.randint(1, 9999)}"
            num, t = f"記号{p.hi.split()[0]} 番号{p.hi.split()[1]}", "JP_HEALTH_INSURANCE"
        mnp = f"{R.choice(['1', '2', '3', '4'])}{R.randint(10 ** 8, 10 ** 9 - 1)}" if R.random() < 0.6 else ""
        rows.append([f"HM{R.randint(10 ** 9, 10 ** 10 - 1)}", p.phone_nat, jn(p, "　"), kn(p, "　"), ymd(p.dob, "/"), p.sex_ja, p.zip, p.addr_ja,
                     "", p.email, kind, num, R.choice(["ひかりギガ", "ひかりミニ", "かけ放題プラス"]), mnp,
                     ymd(dt.date(R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)), "/"), R.choice(["梅田店", "渋谷店", "オンライン"])])
        add(d, p, ("PERSON_NAME", jn(p, "　")), ("PHONE_NUMBER", p.phone_nat), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja),
            ("EMAIL_ADDRESS", p.email), (t, num if t != "JP_HEALTH_INSURANCE" else p.hi))
    put_bytes(d, sjis_csv(rows))

    # CDR extract
    d = W.doc("hikari-mobile/netops/cdr/CDR_VOICE_20261012_0900.csv", "csv", "en")
    rows = [["RECORD_TYPE", "SEQ", "START_TIME", "DURATION_S", "CALLING_NUMBER", "CALLED_NUMBER", "IMSI", "IMEI", "CELL_ID", "LAC",
             "CAUSE", "CHARGE_JPY"]]
    parties = [J[7], J[8], J[9], J[2], J[3], J[11]]
    for p in parties:
        p._imsi, p._imei = imsi(), imei()
    callers = [J[7], J[8], J[9], J[2]]
    for i in range(14):
        a = callers[i % len(callers)]
        b = R.choice([q for q in parties if q is not a])
        t = dt.datetime(2026, 10, 12, 9, 0) + dt.timedelta(minutes=4 * i + R.randint(0, 3))
        rows.append(["MOC", str(100000 + i), t.strftime("%Y%m%d%H%M%S"), str(R.randint(5, 900)), "81" + digits(a.phone_nat)[1:],
                     "81" + digits(b.phone_nat)[1:], a._imsi, a._imei, f"{R.randint(10000, 99999)}", f"{R.randint(1000, 9999)}", "16",
                     str(R.randint(0, 300))])
        add(d, a, ("PHONE_NUMBER", "81" + digits(a.phone_nat)[1:]))
        add(d, b, ("PHONE_NUMBER", "81" + digits(b.phone_nat)[1:]))
    d.decoy("IMSI and IMEI (15 digits, IMEIs Luhn-valid) beside the numbers", ["CREDIT_CARD", "JP_MY_NUMBER", "BANK_ACCOUNT"])
    put(d, csv_text(rows))

    # ご利用料金明細 (JP bill, text)
    p = J[8]
    d = W.doc(f"hikari-mobile/請求/ご利用料金明細_{p.rfam}_202609.txt", "txt", "ja")
    code, bank, br = R.choice([("0005", "三菱ＵＦＪ銀行", "梅田支店"), ("0009", "三井住友銀行", "渋谷支店"), ("0001", "みずほ銀行", "新宿支店")])
    acct = f"{R.randint(0, 9999999):07d}"
    txt = f"""ひかりモバイル　ご利用料金のお知らせ（2026年9月ご利用分）

〒{p.zip}
{p.addr_ja}
{jn(p)} 様

ご契約電話番号：{p.phone_nat}
お客様番号：{R.randint(10 ** 9, 10 ** 10 - 1)}

基本料金（ひかりギガ）　　　　　　　　 4,980円
通話料　　　　　　　　　　　　　　　　　 742円
ユニバーサルサービス料　　　　　　　　　　 3円
消費税等　　　　　　　　　　　　　　　　 572円
ご請求金額　　　　　　　　　　　　　　 6,297円

お支払方法：口座振替
振替口座：{bank} {br} 普通 口座番号 {acct}
振替日：2026年10月26日
"""
    add(d, p, ("PERSON_NAME", jn(p)), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat), ("BANK_ACCOUNT", acct))
    put(d, txt)

    # US wireless bill (PDF): account holder and a second line's user
    a, b = U[10], U[11]
    d = W.doc(f"cascade-wireless/billing/statement_{a.last.lower()}_oct2026.pdf", "pdf", "en")
    lines = ["CASCADE WIRELESS - MONTHLY STATEMENT", f"Account number: {R.randint(10 ** 8, 10 ** 9 - 1)}    Statement date: 10/18/2026", "",
             f"{a.first.upper()} {a.last.upper()}", a.street.upper(), f"{a.city.upper()} {a.state} {a.zip}", "",
             "LINE SUMMARY",
             f"  {a.phone_nat}   {a.first} {a.last}       Unlimited Plus     $65.00",
             f"  {b.phone_nat}   {b.first} {b.last}       Unlimited Plus     $45.00",
             "  Device payment (iPhone 16, IMEI 35" + f"{R.randint(10 ** 12, 10 ** 13 - 1)}" + ")   $27.77",
             "", "Total due 11/08/2026: $154.21",
             f"AutoPay: checking account ending {R.randint(1000, 9999)} on 11/08/2026",
             "Questions? Call 611 from your phone or (800) 922-0204"]
    add(d, a, ("PERSON_NAME", f"{a.first.upper()} {a.last.upper()}"), ("POSTAL_ADDRESS", f"{a.street}, {a.city}, {a.state} {a.zip}"),
        ("PHONE_NUMBER", a.phone_nat))
    add(d, b, ("PERSON_NAME", f"{b.first} {b.last}"), ("PHONE_NUMBER", b.phone_nat))
    pdf(W.path(d), [lines])

    # ================================================================== HEALTH
    # 調剤録 CSV
    d = W.doc("aozora-pharmacy/調剤録/調剤録_202609.csv", "csv", "ja")
    rows = [["調剤日", "受付番号", "患者氏名", "フリガナ", "生年月日", "性別", "保険者番号", "記号", "番号", "処方医療機関", "処方医", "薬品名", "用法",
             "日数", "調剤薬剤師"]]
    for p in [J[12], J[13], J[3]]:
        p.hi_k, p.hi_b = f"{R.randint(1000, 9999)}", f"{R.randint(1, 999)}"
        drugs = R.sample(DRUGS_JA, 2)
        for dn, use, _ in drugs:
            rows.append([f"2026/09/{R.randint(1, 28):02d}", str(R.randint(1, 300)), jn(p), kn(p), ymd(p.dob, "/"), p.sex_ja,
                         R.choice(["06130012", "01130012", "138057"]), p.hi_k, p.hi_b, R.choice(["青空内科クリニック", "みなと整形外科"]),
                         R.choice(["森田 浩一", "高木 さやか"]), dn, use, str(R.choice([14, 28, 30])), R.choice(["安藤 美穂", "西田 学"])])
            add(d, p, ("HEALTH_INFO", dn))
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("JP_HEALTH_INSURANCE", f"{p.hi_k} {p.hi_b}"))
    put_bytes(d, sjis_csv(rows))

    # electronic お薬手帳 (JAHIS-like numbered records)
    p = J[12]
    d = W.doc(f"aozora-pharmacy/お薬手帳/export_{p.rfam}.txt", "txt", "ja")
    dn1, use1, _ = DRUGS_JA[0]
    dn2, use2, _ = DRUGS_JA[2]
    alg = R.choice(ALLERGY_JA)
    recs = ["JAHISTC08,1",
            f"1,{jn(p, '　')},{1 if p.sex_ja == '男' else 2},{ymd(p.dob, '')},{p.zip.replace('-', '')},{p.addr_ja},{p.phone_nat},,A,,{kn(p, '　')}",
            f"2,1,{alg},1",
            f"5,20260912,1",
            f"11,あおぞら薬局,13,4,1234567,〒150-0043 東京都渋谷区道玄坂2-10-7,03-3461-0088,1",
            f"15,安藤 美穂,1",
            f"51,青空内科クリニック,13,1,7654321,1",
            f"55,森田 浩一,1",
            f"201,1,{dn1},1,錠,2,6131003F1ZZZ,1",
            f"301,1,{use1},28,日分,1,1",
            f"201,2,{dn2},1,錠,2,2189017F1ZZZ,1",
            f"301,2,{use2},28,日分,1,1"]
    add(d, p, ("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", ymd(p.dob, "")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
        ("HEALTH_INFO", dn1), ("HEALTH_INFO", alg))
    put(d, "\r\n".join(recs) + "\r\n")

    # dental chart export (US)
    p = U[12]
    d = W.doc(f"bright-smile-dental/chart_exports/{p.last}_{p.first}_chart.txt", "txt", "en")
    hx = R.choice(DENTAL_HX)
    txt = f"""Bright Smile Family Dentistry - Patient Chart Export
Patient: {p.last}, {p.first}        Chart #: {R.randint(10000, 99999)}
DOB: {mdy(p.dob)}    Sex: {R.choice(['F', 'M'])}
Address: {p.street}, {p.city}, {p.state} {p.zip}
Home/Cell: {p.phone_nat}    Email: {p.email}
Primary Ins: Delta Dental PPO  Subscriber ID: {R.randint(10 ** 9, 10 ** 10 - 1)}
Medical Alerts: {hx}

Date        Tooth  Surf  Code    Description                         Provider  Status
09/03/2026  19     MOD   D2393   Resin composite, 3 surf, posterior   DDS1      C
09/03/2026  30           D0220   Periapical first film                DDS1      C
09/17/2026  3            D3330   Root canal, molar                    DDS2      TP
Perio: generalized 4-5 mm pockets UL/LL, BOP 38%; Dx: moderate chronic periodontitis (Stage II Grade B)

Clinical note 09/03/2026 (Dr. {R.choice(['Hollis Grant', 'Marisol Ibarra'])}): Pt reports sensitivity #19; recurrent caries under old
amalgam. Reviewed med hx, BP 142/91. Tx plan #3 RCT + crown.
"""
    add(d, p, ("PERSON_NAME", f"{p.last}, {p.first}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"),
        ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email), ("HEALTH_INFO", hx))
    put(d, txt)

    # clinical trial: subject identification log (site copy) and AE listing (pseudonymised)
    d = W.doc("northbay-clinical-research/NBR-204/Subject_Identification_Log_Site012.xlsx", "xlsx", "en")
    rows = [["Protocol NBR-204 - Subject Identification Log (CONFIDENTIAL - retain at site)"], ["Site 012", "", "PI: Dr. Evelyn Marsh"], [],
            ["Subject ID", "Screening Date", "Patient Name", "Date of Birth", "MRN", "Phone", "Consent Version", "Status"]]
    trial = [U[13], U[14], U[15]]
    for i, p in enumerate(trial):
        p.sid = f"012-{i + 1:03d}"
        rows.append([p.sid, mdy(dt.date(2026, R.randint(3, 8), R.randint(1, 28))), f"{p.first} {p.last}", mdy(p.dob), f"MRN{R.randint(10 ** 6, 10 ** 7 - 1)}",
                     p.phone_nat, "v3.0 12Feb2026", R.choice(["Randomized", "Randomized", "Screen fail"])])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("PHONE_NUMBER", p.phone_nat))
    xlsx(W.path(d), {"Log": rows})
    d.mark_opt("CORP_CONFIDENTIAL")

    d = W.doc("northbay-clinical-research/NBR-204/AE_listing_cutoff_20261001.csv", "csv", "en")
    rows = [["SITEID", "SUBJID", "INITIALS", "BRTHDTC", "SEX", "AESEQ", "AETERM", "AESTDTC", "AESER", "AEREL", "AEOUT"]]
    for p in trial:
        ini = f"{p.first[0]}-{p.last[0]}"
        for s in range(R.randint(1, 2)):
            rows.append(["012", p.sid, ini, ymd(p.dob), R.choice("MF"), str(s + 1), R.choice(AE_TERMS), ymd(dt.date(2026, R.randint(5, 9), R.randint(1, 28))),
                         R.choice(["N", "N", "Y"]), R.choice(["POSSIBLY RELATED", "NOT RELATED"]), R.choice(["RECOVERED", "RECOVERING"])])
    d.add(None, "HEALTH_INFO", "AETERM column (pseudonymised subjects)")
    d.add(None, "DATE_OF_BIRTH", "BRTHDTC column (pseudonymised subjects)")
    put(d, csv_text(rows))

    # DICOM header dumps (dcmdump)
    def dcm(p, ja=False):
        study, reason = R.choice(DICOM_REASON)
        if ja:
            pn = f"{p.rfam}^{p.rgiv.title()}={p.family}^{p.given}={p.kana_family}^{p.kana_given}"
            addr, ph, inst, ref = p.addr_ja, p.phone_nat, "Minato Imaging Center", "TAKAGI^SAYAKA^^^DR"
        else:
            pn = f"{p.L}^{p.F}"
            addr = f"{p.street}^{p.city}^{p.state}^{p.zip}"
            ph, inst, ref = digits(p.phone_nat), "Cascade Imaging Associates", "RIVERA^ANA^^DR"
        sd = f"2026{R.randint(1, 9):02d}{R.randint(1, 28):02d}"
        lines = ["", "# Dicom-File-Format", "", "# Dicom-Meta-Information-Header", "# Used TransferSyntax: Little Endian Explicit",
                 "(0002,0000) UL 194                                     #   4, 1 FileMetaInformationGroupLength",
                 "(0002,0002) UI =CTImageStorage                         #  26, 1 MediaStorageSOPClassUID",
                 f"(0002,0003) UI [1.2.840.113619.2.55.3.{R.randint(10 ** 9, 10 ** 10 - 1)}.{R.randint(100, 999)}] #  38, 1 MediaStorageSOPInstanceUID",
                 "(0002,0010) UI =LittleEndianExplicit                   #  20, 1 TransferSyntaxUID", "",
                 "# Dicom-Data-Set", "# Used TransferSyntax: Little Endian Explicit",
                 "(0008,0005) CS [ISO_IR 100\\ISO 2022 IR 87]              #  26, 2 SpecificCharacterSet" if ja else
                 "(0008,0005) CS [ISO_IR 100]                            #  10, 1 SpecificCharacterSet",
                 f"(0008,0020) DA [{sd}]                               #   8, 1 StudyDate",
                 f"(0008,0050) SH [A{R.randint(10 ** 7, 10 ** 8 - 1)}]                              #  10, 1 AccessionNumber",
                 f"(0008,0060) CS [{study.split()[0]}]                                     #   2, 1 Modality",
                 f"(0008,0080) LO [{inst}]             #  26, 1 InstitutionName",
                 f"(0008,0090) PN [{ref}]                       #  14, 1 ReferringPhysicianName",
                 f"(0008,1030) LO [{study}]                     #  18, 1 StudyDescription",
                 f"(0010,0010) PN [{pn}]                                #  {len(pn):2d}, 1 PatientName",
                 f"(0010,0020) LO [{R.randint(10 ** 6, 10 ** 7 - 1)}]                              #   8, 1 PatientID",
                 f"(0010,0030) DA [{ymd(p.dob, '')}]                               #   8, 1 PatientBirthDate",
                 f"(0010,0040) CS [{R.choice('MF')}]                                      #   2, 1 PatientSex",
                 f"(0010,1010) AS [{2026 - p.dob.year:03d}Y]                                   #   4, 1 PatientAge",
                 f"(0010,1040) LO [{addr}]          #  {len(addr):2d}, 1 PatientAddress",
                 f"(0010,2154) SH [{ph}]                            #  {len(ph):2d}, 1 PatientTelephoneNumbers",
                 f"(0010,21b0) LT [{reason}]    #  {len(reason):2d}, 1 AdditionalPatientHistory",
                 f"(0020,000d) UI [1.2.840.113619.2.55.3.{R.randint(10 ** 9, 10 ** 10 - 1)}]     #  30, 1 StudyInstanceUID",
                 "(0028,0010) US 512                                     #   2, 1 Rows",
                 "(0028,0011) US 512                                     #   2, 1 Columns",
                 "(7fe0,0010) OW (not loaded)                            # 524288, 1 PixelData", ""]
        return lines, pn, addr if ja else f"{p.street}^{p.city}^{p.state}^{p.zip}", ph, reason

    for p, ja, path in [(U[16], False, "cascade-imaging/pacs-export/dcmdump_CT_{}.txt"), (J[14], True, "minato-imaging/pacs/dcmdump_{}.txt")]:
        d = W.doc(path.format(p.rfam if ja else p.last), "txt", "en")
        lines, pn, addr, ph, reason = dcm(p, ja)
        add(d, p, ("PERSON_NAME", pn), ("DATE_OF_BIRTH", ymd(p.dob, "")), ("POSTAL_ADDRESS", addr), ("PHONE_NUMBER", ph), ("HEALTH_INFO", reason))
        put(d, "\n".join(lines))

    # US EOB (PDF)
    p = U[13]
    d = W.doc(f"evergreen-health-plan/eob/EOB_{p.last}_{R.randint(100, 999)}.pdf", "pdf", "en")
    svc, dx = R.choice(EOB_DX)
    lines = ["EVERGREEN HEALTH PLAN - EXPLANATION OF BENEFITS", "THIS IS NOT A BILL", "",
             f"{p.first.upper()} {p.last.upper()}", p.street.upper(), f"{p.city.upper()} {p.state} {p.zip}", "",
             f"Member: {p.first} {p.last}    Member ID: EHP{R.randint(10 ** 8, 10 ** 9 - 1)}    Group: {R.randint(10000, 99999)}",
             f"Claim number: {R.randint(10 ** 11, 10 ** 12 - 1)}    Provider: Northbay Medical Group", "",
             "Date of service  Service                                       Billed    Allowed   Plan paid  You owe",
             f"09/22/2026       {svc:<44} $285.00   $162.40   $129.92    $32.48",
             f"Diagnosis: {dx}", "",
             "Questions? Member Services 1-800-555-0199 (TTY 711)"]
    add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"), ("HEALTH_INFO", dx))
    d.opt_type("PHONE_NUMBER")
    pdf(W.path(d), [lines])

    # ================================================================== COMMERCE
    # EC-CUBE 受注 CSV (Shift_JIS)
    d = W.doc("midori-shop/ec-cube/受注_20261020.csv", "csv", "ja")
    rows = [["注文ID", "注文番号", "会員ID", "お名前(姓)", "お名前(名)", "お名前(セイ)", "お名前(メイ)", "会社名", "郵便番号", "都道府県", "住所1",
             "住所2", "メールアドレス", "電話番号", "性別", "職業", "誕生日", "小計", "送料", "お支払合計", "支払方法", "配送ID", "配送先_お名前(姓)",
             "配送先_お名前(名)", "配送先_郵便番号", "配送先_住所1", "配送先_住所2", "配送先_電話番号", "お問い合わせ"]]

    def split_addr(p):
        m_ = re.match(r"(東京都|北海道|(?:京都|大阪)府|..県|...県)(.*?[市区町村])(.*)", p.addr_ja)
        return (m_.group(1), m_.group(2), m_.group(3)) if m_ else ("", p.addr_ja, "")

    orders = [(J[15], None), (J[16], J[17]), (J[4], None)]
    for p, gift in orders:
        pref, a1, a2 = split_addr(p)
        to = gift or p
        tpref, ta1, ta2 = split_addr(to)
        rows.append([str(R.randint(1000, 9999)), f"MD{R.randint(10 ** 6, 10 ** 7 - 1)}", str(R.randint(100, 9999)), p.family, p.given, p.kana_family,
                     p.kana_given, "", p.zip, pref, a1, a2, p.email, p.phone_nat, "女性" if p.sex_ja == "女" else "男性", p.job,
                     ymd(p.dob, "/") if R.random() < 0.7 else "", "5400", "0" if gift else "660", "5400" if gift else "6060",
                     R.choice(["クレジットカード", "代金引換", "コンビニ払い"]), str(R.randint(1000, 9999)), to.family, to.given, to.zip,
                     tpref + ta1, ta2, to.phone_nat, "のし：御歳暮" if gift else ""])
        add(d, p, ("PERSON_NAME", f"{p.family} {p.given}"), ("POSTAL_ADDRESS", p.addr_ja), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat))
        if rows[-1][16]:
            add(d, p, ("DATE_OF_BIRTH", rows[-1][16]))
        if gift:
            add(d, gift, ("PERSON_NAME", f"{gift.family} {gift.given}"), ("POSTAL_ADDRESS", gift.addr_ja), ("PHONE_NUMBER", gift.phone_nat))
    put_bytes(d, sjis_csv(rows))

    # WooCommerce order export
    d = W.doc("thread-and-loom/woocommerce/orders-2026-10-25.csv", "csv", "en")
    rows = [["order_id", "order_number", "order_date", "status", "billing_first_name", "billing_last_name", "billing_company", "billing_email",
             "billing_phone", "billing_address_1", "billing_address_2", "billing_postcode", "billing_city", "billing_state", "billing_country",
             "shipping_first_name", "shipping_last_name", "shipping_address_1", "shipping_address_2", "shipping_postcode", "shipping_city",
             "shipping_state", "shipping_country", "customer_note", "order_total", "payment_method_title"]]
    for p, gift in [(U[17], None), (U[18], U[19]), (K[4], None), (K[5], None), (E[2], None)]:
        def parts(q):
            if q.region == "US":
                return q.street, "", q.zip, q.city, q.state, "US", f"{q.street}, {q.city}, {q.state} {q.zip}"
            if q.region == "GB":
                return q.addr_lines[0], "", q.addr_lines[2], q.addr_lines[1], "", "GB", q.addr
            return q.street, "", q.plz, q.city, "", q.region, q.addr
        b1, b2, bz, bc, bs, bco, baddr = parts(p)
        to = gift or p
        s1, s2, sz, sc, ss, sco, saddr = parts(to)
        ph = p.phone_nat
        rows.append([str(R.randint(10000, 99999)), str(R.randint(10000, 99999)), "2026-10-2" + str(R.randint(0, 5)) + " 14:22:10", "processing",
                     p.first, p.last, "", p.email, ph, b1, b2, bz, bc, bs, bco, to.first, to.last, s1, s2, sz, sc, ss, sco,
                     "Gift - please don't include the receipt" if gift else "", f"{R.randint(30, 300)}.00", R.choice(["Credit Card (Stripe)", "PayPal"])])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", ph), ("POSTAL_ADDRESS", baddr))
        if gift:
            add(d, gift, ("PERSON_NAME", f"{gift.first} {gift.last}"), ("POSTAL_ADDRESS", saddr))
    put(d, csv_text(rows))

    # ヤマト B2 送り状 CSV (Shift_JIS)
    d = W.doc("midori-shop/出荷/B2_送り状発行_20261021.csv", "csv", "ja")
    rows = [["お客様管理番号", "送り状種類", "クール区分", "伝票番号", "出荷予定日", "お届け予定日", "配達時間帯", "お届け先コード", "お届け先電話番号",
             "お届け先電話番号枝番", "お届け先郵便番号", "お届け先住所", "お届け先アパートマンション名", "お届け先会社・部門１", "お届け先会社・部門２",
             "お届け先名", "お届け先名(ｶﾅ)", "敬称", "ご依頼主コード", "ご依頼主電話番号", "ご依頼主電話番号枝番", "ご依頼主郵便番号", "ご依頼主住所",
             "ご依頼主アパートマンション", "ご依頼主名", "ご依頼主名(ｶﾅ)", "品名コード１", "品名１", "記事"]]
    for to, frm in [(J[15], None), (J[17], J[16]), (J[13], None)]:
        if frm is None:
            sp, sa, sn, sk, szip = SHOPS_JA[1], SHOPS_JA[3], SHOPS_JA[0], "ﾐﾄﾞﾘｼｮｳﾃﾝ", SHOPS_JA[2]
        else:
            sp, sa, sn, sk, szip = frm.phone_nat, frm.addr_ja, jn(frm), half_kana(kn(frm, " ")), frm.zip
        rows.append([f"MD{R.randint(10 ** 6, 10 ** 7 - 1)}", "0", "0", "", "2026/10/22", "", R.choice(["0812", "1416", "1921", ""]), "",
                     to.phone_nat, "", to.zip, to.addr_ja, "", "", "", jn(to), half_kana(kn(to, " ")), "様", "", sp, "", szip, sa, "", sn, sk, "",
                     R.choice(["食品（お茶）", "贈答品", "雑貨"]), "ワレモノ注意" if R.random() < 0.3 else ""])
        add(d, to, ("PERSON_NAME", jn(to)), ("PHONE_NUMBER", to.phone_nat), ("POSTAL_ADDRESS", to.addr_ja))
        if frm is not None:
            add(d, frm, ("PERSON_NAME", jn(frm)), ("PHONE_NUMBER", frm.phone_nat), ("POSTAL_ADDRESS", frm.addr_ja))
    d.opt_type("PHONE_NUMBER")
    put_bytes(d, sjis_csv(rows))

    # returns / RMA mail
    p = U[17]
    d = W.doc(f"thread-and-loom/support/RMA_{R.randint(10000, 99999)}_{p.last.lower()}.eml", "eml", "en")
    body = f"""Hi there,

I'd like to return the wool throw from order #{R.randint(10000, 99999)} - it arrived with a pulled seam along one edge.
Could you send me a prepaid label? I'm at the same address as on the order:

{p.first} {p.last}
{p.street}
{p.city}, {p.state} {p.zip}

Best to reach me at {p.phone_nat} during the day.

Thanks,
{p.first}

> On Oct 27, 2026, Thread & Loom Support <help@threadandloom.example.com> wrote:
> Hi {p.first}, thanks for reaching out. RMA #RMA-{R.randint(1000, 9999)} has been opened for you.
> Kind regards, {R.choice(['Bethany', 'Marco'])} {R.choice(['Sorensen', 'Albright'])} | Customer Care
"""
    add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"), ("PHONE_NUMBER", p.phone_nat),
        ("EMAIL_ADDRESS", p.email))
    m = eml(f"{p.first} {p.last} <{p.email}>", "Thread & Loom Support <help@threadandloom.example.com>", "Re: Return request - damaged throw",
            body, "2026-10-28 08:41", tz=-8)
    put_bytes(d, m.as_bytes())

    # gym member list (xlsx)
    d = W.doc("ironworks-fitness/members/active_members_oct2026.xlsx", "xlsx", "en")
    rows = [["IronWorks Fitness - Active Members (export 10/31/2026)"], [],
            ["Member #", "First Name", "Last Name", "Date of Birth", "Mobile", "Email", "Address", "Emergency Contact", "Emergency Phone",
             "Health Notes (PAR-Q)", "Plan", "Card on File", "Join Date"]]
    gym = [(U[4], ec1), (U[18], None), (U[2], ec2), (K[4], None), (U[5], None)]
    for i, (p, ec) in enumerate(gym):
        note = GYM_NOTES[i]
        addr = f"{p.street}, {p.city}, {p.state} {p.zip}" if p.region == "US" else p.addr
        rows.append([str(R.randint(10000, 99999)), p.first, p.last, mdy(p.dob), p.phone_nat, p.email, addr,
                     f"{ec.first} {ec.last}" if ec else "", ec.phone_nat if ec else "", note, R.choice(["Monthly", "Annual", "Off-peak"]),
                     f"Visa ****{R.randint(1000, 9999)}", mdy(dt.date(R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)))])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", mdy(p.dob)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email),
            ("POSTAL_ADDRESS", addr))
        if note:
            add(d, p, ("HEALTH_INFO", note))
        if ec:
            add(d, ec, ("PERSON_NAME", f"{ec.first} {ec.last}"), ("PHONE_NUMBER", ec.phone_nat))
    xlsx(W.path(d), {"Members": rows})

    # fan club 会員名簿 (UTF-8 BOM CSV)
    d = W.doc("stellar-fc/会員管理/ファンクラブ会員名簿_202610.csv", "csv", "ja")
    rows = [["会員番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "電話番号", "メールアドレス", "入会日", "会員種別", "推しメン"]]
    for p in [J[11], J[6], J[10], J[5], J[1]]:
        rows.append([f"{R.randint(10 ** 7, 10 ** 8 - 1)}", jn(p), kn(p), ymd(p.dob, "/"), p.sex_ja, p.zip, p.addr_ja, p.phone_nat, p.email,
                     ymd(dt.date(R.randint(2015, 2026), R.randint(1, 12), R.randint(1, 28)), "/"), R.choice(["一般", "プレミアム"]),
                     R.choice(["ミナ", "ユイ", "ソラ"])])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email))
    put_bytes(d, ("\ufeff" + csv_text(rows)).encode("utf-8"))

    # church directory (docx): households
    d = W.doc("grace-community-church/directory/member_directory_2026.docx", "docx", "en")
    paras = ["Grace Community Church - Member Directory 2026", "For members only. Please do not share outside the congregation.", ""]
    fams = [(U[14], spouse), (U[10], U[11])]
    for h, s in fams:
        addr = f"{h.street}, {h.city}, {h.state} {h.zip}"
        bd = f"{MON[s.dob.month - 1].title()} {s.dob.day}"
        paras += [f"{h.last}, {h.first} & {s.first}", f"  {addr}", f"  {h.first}: {h.phone_nat}  {h.email}",
                  f"  {s.first}: {s.phone_nat}" + (f"  {s.email}" if s is spouse else ""), f"  Birthdays: {s.first} {bd}", ""]
        add(d, h, ("PERSON_NAME", f"{h.last}, {h.first}"), ("POSTAL_ADDRESS", addr), ("PHONE_NUMBER", h.phone_nat), ("EMAIL_ADDRESS", h.email))
        add(d, s, ("PERSON_NAME", f"{s.first} {h.last}"), ("POSTAL_ADDRESS", addr), ("PHONE_NUMBER", s.phone_nat))
        if s is spouse:
            add(d, s, ("EMAIL_ADDRESS", s.email))
    paras += ["Pastor: Rev. " + R.choice(["Daniel Whitford", "Andrea Kessler"]) + " - church office (425) 339-2200"]
    d.opt_type("DATE_OF_BIRTH")
    docx(W.path(d), paras)

    # alumni directory CSV
    d = W.doc("lakeside-university/alumni/alumni_directory_export.csv", "csv", "en")
    rows = [["Constituent ID", "Prefix", "First Name", "Maiden Name", "Last Name", "Class Year", "Degree", "Employer", "Preferred Email",
             "Home Phone", "Home City", "Home State"]]
    for p in [U[3], U[9], U[19], U[7]]:
        maiden = R.choice(["", "", R.choice(["Hargrove", "Benton", "Sato"])])
        rows.append([str(R.randint(10 ** 6, 10 ** 7 - 1)), R.choice(["Mr.", "Ms.", "Dr.", ""]), p.first, maiden, p.last, str(R.randint(1985, 2020)),
                     R.choice(["BA", "BS", "MBA", "MS"]), R.choice(["Boeing", "Self-employed", "Providence Health", ""]), p.email, p.phone_nat, p.city, p.state])
        add(d, p, ("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat))
    put(d, csv_text(rows))

    # ================================================================== look-alikes
    def decoy(path, writer, desc, codes, opt=(), lang="en"):
        dd = W.doc(path, path.rsplit(".", 1)[1], lang)
        writer(dd)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    sched = [["FLIGHT", "ORIGIN", "DEST", "DEP_LOCAL", "ARR_LOCAL", "DAYS", "EQUIP", "EFFECTIVE", "DISCONTINUE"]]
    for i in range(10):
        o, de = R.choice(AIRPORTS)
        sched.append([f"SJ{R.randint(1, 999):03d}", o, de, f"{R.randint(6, 22):02d}:{R.choice(['00', '15', '30', '45'])}",
                      f"{R.randint(6, 22):02d}:{R.choice(['05', '20', '40'])}", R.choice(["1234567", "1.3.5.7", "12345.."]), R.choice(["788", "77W", "359"]),
                      "2026-10-25", "2027-03-27"])
    decoy("skyjet-airways/ops/schedule_W26.csv", lambda dd: put(dd, csv_text(sched)), "flight schedule (flight numbers, times, dates)",
          ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"])

    bsp = [["TICKET_NUMBER", "ISSUE_DATE", "PNR", "AGENT_IATA", "FARE_JPY", "TAX_JPY", "FOP", "COUPON_STATUS"]]
    for i in range(10):
        bsp.append([f"618{R.randint(10 ** 9, 10 ** 10 - 1)}", f"2026-10-{R.randint(1, 28):02d}", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
                    f"{R.randint(1000000, 9999999)}{R.randint(0, 6)}", str(R.randint(40, 400) * 1000), str(R.randint(5, 60) * 1000),
                    R.choice(["CC", "CA", "INV"]), R.choice(["O", "F", "E"])])
    decoy("skyjet-airways/revenue/bsp_sales_report_oct.csv", lambda dd: put(dd, csv_text(bsp)),
          "BSP sales report (13-digit ticket numbers, PNR locators, agent codes; no passengers)",
          ["CREDIT_CARD", "PHONE_NUMBER", "US_PASSPORT", "BANK_ACCOUNT", "PERSON_NAME", "JP_MY_NUMBER"])

    spec = ["APIS / SECURE FLIGHT DATA - AGENT QUICK REFERENCE (training)", "",
            "Enter the travel document with an SSR DOCS element, one per passenger:", "",
            "  SSR DOCS YY HK1 P/USA/123456789/USA/12JUL82/M/15JAN30/SMITH/JOHN/P1", "",
            "Fields: document type / issuing state / document number / nationality / date of birth (DDMMMYY) / gender /",
            "expiry (DDMMMYY) / surname / given names / passenger association.",
            "Contact: SSR CTCE YY HK1/JOHN.SMITH//EXAMPLE.COM/P1 and SSR CTCM YY HK1/15551234567/P1.",
            "Infants add an I to the gender (MI / FI). Never guess a passport number: ask the passenger."]
    decoy("skyjet-airways/training/APIS_DOCS_quick_reference.txt", lambda dd: put(dd, "\n".join(spec) + "\n"),
          "APIS training card with the IATA sample DOCS line (SMITH/JOHN, 123456789)", ["US_PASSPORT", "PHONE_NUMBER"],
          ("PERSON_NAME", "DATE_OF_BIRTH", "EMAIL_ADDRESS"))

    rate = [["Rate Code", "Room Type", "Description", "Mon-Thu", "Fri-Sat", "Sun", "Min LOS", "Cancel"]]
    for code, rt in [("BAR", "KNG"), ("BAR", "QQ"), ("AAA", "KNG"), ("GOV", "QQ"), ("PKG-BRK", "KNG"), ("CORP-MSFT", "KSTE")]:
        rate.append([code, rt, R.choice(["King city view", "Two queens", "King suite harbor view"]), f"{R.randint(180, 420)}.00", f"{R.randint(200, 520)}.00",
                     f"{R.randint(160, 380)}.00", str(R.randint(1, 2)), R.choice(["24h", "48h", "NR"])])
    decoy("harborline-hotel/revenue/rate_plans_2027.csv", lambda dd: put(dd, csv_text(rate)), "hotel rate plans (codes and prices)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD"])

    inv = [["ASSET_TAG", "MODEL", "IMEI", "IMEI2", "ICCID", "IMSI", "STATUS", "STORE"]]
    for i in range(10):
        inv.append([f"HM-{R.randint(100000, 999999)}", R.choice(["iPhone 16", "Galaxy S25", "AQUOS sense9", "Pixel 9"]), imei(), imei(),
                    f"8981{R.randint(10 ** 14, 10 ** 15 - 1)}", imsi(), R.choice(["在庫", "引当済", "修理中"]), R.choice(["梅田店", "渋谷店"])])
    decoy("hikari-mobile/物流/端末在庫_20261031.csv", lambda dd: put(dd, csv_text(inv)), "handset inventory (IMEIs Luhn-valid, ICCIDs, IMSIs)",
          ["CREDIT_CARD", "PHONE_NUMBER", "JP_MY_NUMBER", "BANK_ACCOUNT", "PERSON_NAME"], lang="ja")

    mnp = [["受付番号", "MNP予約番号", "発行日", "有効期限", "転出先事業者", "処理状況", "受付店舗"]]
    for i in range(10):
        iss = dt.date(2026, 10, R.randint(1, 20))
        mnp.append([f"U{R.randint(10 ** 7, 10 ** 8 - 1)}", f"{R.choice('1234')}{R.randint(10 ** 8, 10 ** 9 - 1)}", ymd(iss, "/"),
                    ymd(iss + dt.timedelta(days=15), "/"), R.choice(["A社", "B社", "C社"]), R.choice(["発行済", "転出完了", "期限切れ"]), R.choice(["梅田店", "コールセンター"])])
    decoy("hikari-mobile/契約管理/MNP予約番号_発行ログ_202610.csv", lambda dd: put_bytes(dd, sjis_csv(mnp)),
          "MNP 予約番号 issue log (10-digit numbers, no subscriber)", ["PHONE_NUMBER", "BANK_ACCOUNT", "PERSON_NAME", "JP_MY_NUMBER"], lang="ja")

    cells = [["SITE_ID", "SITE_NAME", "CELL_ID", "LAC", "BAND", "LAT", "LON", "AZIMUTH", "ADDRESS"]]
    for i in range(8):
        cells.append([f"OSK{R.randint(1000, 9999)}", R.choice(["梅田第一", "中之島", "天満橋", "難波南"]), str(R.randint(10000, 99999)), str(R.randint(1000, 9999)),
                      R.choice(["B1", "B3", "n78"]), f"34.{R.randint(600000, 720000)}", f"135.{R.randint(480000, 540000)}", str(R.choice([0, 120, 240])),
                      R.choice(["大阪府大阪市北区梅田1丁目", "大阪府大阪市中央区難波5丁目", "大阪府大阪市北区中之島3丁目"]) + " 屋上"])
    decoy("hikari-mobile/netops/cell_sites_osaka.csv", lambda dd: put_bytes(dd, sjis_csv(cells)), "cell-site list (cell ids, coordinates)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"], ("POSTAL_ADDRESS",), lang="ja")

    drugs = [["YJコード", "医薬品名", "規格", "薬価", "先発/後発", "薬効分類", "メーカー"]]
    for dn, _, eff in DRUGS_JA:
        drugs.append([f"{R.randint(1000000, 9999999)}F{R.randint(1, 9)}{R.randint(100, 999)}", dn, "1錠", f"{R.randint(10, 90)}.{R.randint(10, 90)}",
                      "後発", f"{eff}治療薬", R.choice(["東和薬品", "第一三共エスファ", "大塚製薬"])])
    decoy("aozora-pharmacy/マスタ/医薬品マスタ_2026.csv", lambda dd: put_bytes(dd, sjis_csv(drugs)), "医薬品マスタ (drugs and indications, no patient)",
          ["HEALTH_INFO", "PERSON_NAME", "DATE_OF_BIRTH"], lang="ja")

    anon = ["# Dicom-Data-Set", "(0008,0020) DA [20260301]                               #   8, 1 StudyDate",
            "(0008,1030) LO [CT ABDOMEN PELVIS W CONTRAST]          #  28, 1 StudyDescription",
            "(0010,0010) PN [ANONYMIZED]                            #  10, 1 PatientName",
            "(0010,0020) LO [TCIA-0042]                             #   9, 1 PatientID",
            "(0010,0030) DA (no value available)                    #   0, 0 PatientBirthDate",
            "(0012,0062) CS [YES]                                   #   4, 1 PatientIdentityRemoved",
            "(0012,0063) LO [DICOM PS 3.15 E.1-1]                   #  20, 1 DeidentificationMethod"]
    decoy("cascade-imaging/research/anon_header_TCIA-0042.txt", lambda dd: put(dd, "\n".join(anon) + "\n"), "de-identified DICOM header",
          ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "HEALTH_INFO"])

    guide = ["HOW TO READ YOUR EXPLANATION OF BENEFITS (EOB)", "",
             "1  Member name and ID - e.g. JOHN Q SAMPLE, Member ID EHP000000000", "2  Claim number - e.g. 000000000000",
             "3  Billed: what the provider charged.  Allowed: the amount your plan allows.", "4  You owe: your deductible, copay or coinsurance.",
             "An EOB is not a bill. Questions? Member Services 1-800-555-0199 (TTY 711)."]
    decoy("evergreen-health-plan/member-materials/how_to_read_your_EOB.txt", lambda dd: put(dd, "\n".join(guide) + "\n"),
          "EOB guide with a sample member (JOHN Q SAMPLE, zeros)", ["US_SSN", "HEALTH_INFO", "DATE_OF_BIRTH", "BANK_ACCOUNT"], ("PERSON_NAME", "PHONE_NUMBER"))

    cat = [["商品コード", "JANコード", "商品名", "規格", "販売価格", "在庫数"]]
    for i in range(10):
        jan = "49" + "".join(str(R.randint(0, 9)) for _ in range(10))
        s_ = sum(int(c) * (3 if j % 2 else 1) for j, c in enumerate(jan))
        jan += str((10 - s_ % 10) % 10)
        cat.append([f"MD-{R.randint(1000, 9999)}", jan, R.choice(["宇治抹茶 100g", "静岡煎茶 詰合せ", "ほうじ茶ティーバッグ", "玄米茶 200g"]), "1袋",
                    str(R.randint(5, 40) * 100), str(R.randint(0, 300))])
    decoy("midori-shop/ec-cube/商品一覧_20261020.csv", lambda dd: put_bytes(dd, sjis_csv(cat)), "product catalogue (JAN codes)",
          ["CREDIT_CARD", "PHONE_NUMBER", "PERSON_NAME", "JP_MY_NUMBER"], lang="ja")

    kin = ["宅急便 送り状 記入例", "", "お届け先", "  郵便番号：100-0001", "  住所：東京都千代田区千代田1-1", "  氏名：山田 太郎 様",
           "  電話番号：03-0000-0000", "", "ご依頼主", "  住所・氏名・電話番号をご記入ください。", "", "品名：お菓子（ワレモノ）", "※伝票番号は自動で印字されます。"]
    decoy("midori-shop/出荷/送り状_記入例.txt", lambda dd: put(dd, "\n".join(kin) + "\n"), "送り状 記入例 (山田 太郎, 03-0000-0000)",
          ["PHONE_NUMBER"], ("PERSON_NAME", "POSTAL_ADDRESS"), lang="ja")

    track = [["伝票番号", "出荷日", "ステータス", "最終更新", "担当営業所", "お届け予定"]]
    for i in range(12):
        track.append([f"{R.randint(10 ** 11, 10 ** 12 - 1)}", "2026/10/22", R.choice(["配達完了", "輸送中", "持戻り"]), f"2026/10/23 {R.randint(8, 20)}:{R.randint(10, 59)}",
                      R.choice(["大阪北センター", "渋谷神南センター", "博多駅前センター"]), "2026/10/23"])
    decoy("midori-shop/出荷/配送状況_20261023.csv", lambda dd: put_bytes(dd, sjis_csv(track)), "配送状況 export (12-digit 伝票番号, no people)",
          ["PHONE_NUMBER", "BANK_ACCOUNT", "JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "PERSON_NAME"], lang="ja")

    tt = [["Day", "Time", "Class", "Studio", "Level", "Spots"]]
    for day in ["Mon", "Tue", "Wed", "Thu", "Fri"]:
        for cls in R.sample(["Pilates Reformer", "Les Mills BODYPUMP", "Zumba", "Tabata HIIT", "Spin 45", "Yin Yoga"], 3):
            tt.append([day, f"{R.randint(6, 19):02d}:{R.choice(['00', '30'])}", cls, R.choice(["Studio A", "Studio B", "Cycle Room"]), R.choice(["All", "Beginner"]),
                       str(R.randint(10, 30))])
    decoy("ironworks-fitness/schedule/class_timetable_nov2026.csv", lambda dd: put(dd, csv_text(tt)), "gym class timetable (Pilates, Les Mills)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "HEALTH_INFO"])

    cal = ["Grace Community Church - November Events", "", "Nov 2   Harvest potluck, St. John's Hall, 12:30",
           "Nov 9   Youth group at the Mary Magdalene Chapel, 18:00", "Nov 16  Blood drive with the American Red Cross, Fellowship Room",
           "Nov 23  Thanksgiving service; choir practice in the Martin Luther Room", "Nov 30  Advent wreath workshop, St. Francis Garden"]
    decoy("grace-community-church/bulletin/events_november.txt", lambda dd: put(dd, "\n".join(cal) + "\n"), "parish events (halls named after saints)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH", "HEALTH_INFO"])

    syn = ["PROTOCOL SYNOPSIS - NBR-204", "", "Title: A Phase 2, randomized, double-blind study of NBX-17 in adults with type 2 diabetes mellitus",
           "and chronic kidney disease stage 3.", "",
           "Inclusion: age 40-75; HbA1c 7.0-10.5%; eGFR 30-59 mL/min/1.73m2.",
           "Exclusion: type 1 diabetes; myocardial infarction or stroke within 6 months; pregnancy; active malignancy.",
           "Primary endpoint: change in UACR from baseline to week 24.", "Sample size: 240 subjects at 30 sites."]
    decoy("northbay-clinical-research/NBR-204/protocol_synopsis_v3.txt", lambda dd: put(dd, "\n".join(syn) + "\n"),
          "protocol synopsis (conditions as criteria, no person)", ["HEALTH_INFO", "PERSON_NAME", "DATE_OF_BIRTH"])

    W.finish()


if __name__ == "__main__":
    main()
