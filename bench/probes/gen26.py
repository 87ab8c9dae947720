#!/usr/bin/env python3
"""gen26.py - probe round 26 (issue #4): what a breach of a company's SaaS business applications leaks, each tool's own
export layout, English and Japanese. People of a US / UK / Japanese homewares retailer (Fernhollow Home, フェルンホロウ),
its customers, event guests, survey respondents, business contacts and employees, each in 1-3 items.

  CRM         Salesforce Data Loader extracts (Contact and Person Account: quoted upper-case API names, a multi-line
              MAILINGSTREET, empty columns), a Pipedrive persons export ("Person - Email - Work" headers), a kintone
              会員名簿 CSV (Shift_JIS, レコードの開始行 "*" with subtable rows repeating the record's fields)
  Marketing   a Mailchimp audience export zip (subscribed / unsubscribed / cleaned: Email Address, First Name, Last Name,
              Address as "street  city  state  zip  country", Birthday MM/DD, MEMBER_RATING, OPTIN_IP, CONFIRM_IP, LEID…)
  Events      an Eventbrite attendee report (buyer and attendee in one row, custom questions), a Peatix 参加者 CSV
              (購入者 and 参加者 in one row, UTF-8 with a BOM)
  Forms       Google Forms responses (EN, JA; question texts as headers, multi-line answers, an emergency contact), a
              SurveyMonkey export (two header rows: question text over its sub-answers, Contact Information block,
              IP Address), a Typeform responses CSV
  Support     a Freshdesk tickets CSV (Description with an address and a phone, Agent), a formrun 問い合わせ CSV
  Cards       a Sansan 名刺 CSV (Shift_JIS: 会社名, 部署名, 役職, 氏名, 氏名（カナ）, 郵便番号, 住所, TEL, 携帯電話, E-mail),
              an Eight CSV (姓 / 名, TEL会社 / TEL直通 / 携帯電話)
  Commerce    a Shopify orders export (Billing Name / Shipping Name: two people; "Name" is the order number #1042; line
              items on rows of their own; a zip written '02134), a Shopify customers export, a BASE 注文 CSV (Shift_JIS,
              氏(請求先) / 名(配送先)…, a gift), a STORES 注文 CSV
  Booking     a Calendly events export (Invitee / Host, Question / Response pairs), a Square customer directory export
              (Birthday, Memo) and its appointments export, a RESERVA 予約一覧 (Shift_JIS)
  HR          a BambooHR report xlsx (title rows, SSN, emergency contacts), SmartHR 従業員 CSV (基礎年金番号, 給与振込口座)
              and 家族 CSV (family members with birth dates)
  Look-alikes a Mailchimp campaign report, an Eventbrite sales summary, a SurveyMonkey summary, a Google Forms sheet
              with no responses, Freshdesk canned responses ({{ticket.requester.name}}), Shopify products and BASE 商品
              CSVs (SKUs, barcodes), Calendly event types, a Square item library xlsx, a BambooHR headcount report, a
              SmartHR import template with 記入例, a Data Loader field mapping (.sdl), a HubSpot import template with
              placeholder values, a HubSpot companies export (firms named after families)

    python3 bench/probes/gen26.py OUT [--seed N]      (tuning seed 26; check seed 2626, measured once before and once after)

Truth conventions (as the earlier rounds): a person's name, labelled birth date, phone, e-mail and address are their types;
an order, ticket, record or barcode number is no type (Shopify's "Name" column holds the order number); a buyer and an
attendee (購入者 / 参加者), a billing and a shipping person (注文者 / 配送先) in one row are two people, each with the values in
their own columns; a gift's shipping address is the recipient's; a staff member named in their role (a ticket's agent, a
booking's host or スタッフ, a card's 所有者, a record's 作成者) is PERSON_NAME of the item but no truth person; an
organisation's own address and phone (a business card's office address and switchboard, a shop's) are optional; a
Mailchimp Birthday written MM/DD (no year) is optional DATE_OF_BIRTH; a subscriber's OPTIN_IP / CONFIRM_IP and a
respondent's IP Address are IP_ADDRESS; an emergency contact or a family member given with a phone or a birth date is a
truth person; a free-text answer naming a respondent's illness, injury, allergy or disability is HEALTH_INFO (sensitive);
a subject with a bank account is sensitive too (financial-harm data; set after the first measurement, files unchanged);
a dietary preference (vegetarian) is none; a person written only as an e-mail address has no PERSON_NAME there;
placeholder values of a template or 記入例 (Jane Doe, 山田 太郎, 555-0100, 0000-000000) are decoys for the number types
they imitate and optional for PERSON_NAME / EMAIL_ADDRESS / POSTAL_ADDRESS / DATE_OF_BIRTH.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, jn, kn, csv_text, xlsx  # noqa: E402
from enlib import PeopleMaker  # noqa: E402

FIRST = ["Marcus", "Danielle", "Tobias", "Priya", "Colin", "Rebecca", "Howard", "Yvonne", "Stuart", "Lydia", "Vincent",
         "Monique", "Clifford", "Rachel", "Desmond", "Imogen", "Franklin", "Sabrina", "Ambrose", "Theresa", "Wallace",
         "Corinne", "Leopold", "Naomi", "Ronald", "Bridget", "Silas", "Kendra", "Emmett", "Gwendolyn", "Jasper", "Paloma",
         "Harriet", "Declan", "Rosalind", "Quentin", "Marisol", "Evander", "Josephine", "Lorcan"]
LAST = ["Prescott", "Underwood", "Castellano", "Brennan", "Mirza", "Halvorsen", "Oduya", "Whitaker", "Lamontagne",
        "Greaves", "Villanueva", "Stroud", "Beaumont", "Kavanagh", "Okafor", "Rutherford", "Sandoval", "Huxley",
        "Cormier", "Fitzgerald", "Delgado", "Ashworth", "Petrakis", "Maddox", "Quigley", "Salazar", "Lindqvist",
        "Nwachukwu", "Harrington", "Bellamy", "Trujillo", "Wainwright", "Kessler", "Ferraro", "Blakely", "Montague",
        "Dempsey", "Iverson", "Thornbury", "Achterberg"]
US_PLACES = [("Somerville", "MA", "021"), ("Tacoma", "WA", "984"), ("Columbus", "OH", "432"), ("Memphis", "TN", "381"),
             ("Reno", "NV", "895"), ("Charleston", "SC", "294"), ("Wichita", "KS", "672"), ("Portland", "OR", "972"),
             ("Stockton", "CA", "952"), ("Des Moines", "IA", "503"), ("Burlington", "VT", "054"), ("Newark", "NJ", "071")]
UK_PLACES = [("Park Row", "Leeds", "LS1 5HD"), ("Corporation Street", "Birmingham", "B2 4LP"),
             ("Grey Street", "Newcastle upon Tyne", "NE1 6EE"), ("Bridge Street", "Warrington", "WA1 2RW"),
             ("King Street", "Aberdeen", "AB24 5AA")]
EU_PLACES = [("Baggot Street", "Dublin", "D02 X285", "IE")]
STREETS = {"US": ["Bayshore Dr", "Cypress Ln", "W Maple St", "Commerce Way", "Lincoln Ave", "Ridgecrest Rd",
                  "Magnolia Ct", "N 4th St", "Sterling Pkwy", "Willow Bend Dr"]}
STATE_NAMES = {"MA": "Massachusetts", "WA": "Washington", "OH": "Ohio", "TN": "Tennessee", "NV": "Nevada", "SC": "South Carolina",
               "KS": "Kansas", "OR": "Oregon", "CA": "California", "IA": "Iowa", "VT": "Vermont", "NJ": "New Jersey"}
FIRMS_JA = [("株式会社北斗システム", "営業本部", "課長", "03-5210-4410", "100-0005", "東京都千代田区丸の内2-4-1 丸の内ビル12F"),
            ("みなと物産株式会社", "購買部", "主任", "045-211-3090", "231-0062", "神奈川県横浜市中区桜木町1-101-1"),
            ("株式会社さくらデザイン", "クリエイティブ部", "部長", "06-6341-7725", "530-0001", "大阪府大阪市北区梅田3-1-3"),
            ("東邦リテール株式会社", "店舗開発部", "マネージャー", "052-561-8800", "450-0002", "愛知県名古屋市中村区名駅4-7-1"),
            ("株式会社アオバ精工", "総務部", "係長", "022-262-1150", "980-0811", "宮城県仙台市青葉区一番町2-7-17")]
STAFF_EN = ["Jordan Ellery", "Maya Castell", "Nate Obuya", "Alana Frost"]
STAFF_JA = ["小川 智子", "中島 悟", "石田 舞"]
HEALTH_EN = ["I have type 1 diabetes and may need to step out to check my blood sugar",
             "Peanut allergy (anaphylactic) - I carry an EpiPen",
             "I use a wheelchair since a spinal cord injury, so step-free access please",
             "Coeliac disease - strictly gluten free meals",
             "I'm recovering from a hip replacement and can't manage stairs",
             "Epilepsy - flashing lights can trigger a seizure"]
HEALTH_JA = ["卵アレルギーがあります（重度）", "持病の喘息があり、吸入薬を持参します", "腰椎椎間板ヘルニアのため長時間の着席が難しいです",
             "糖尿病のため食事の時間を調整させてください", "車いすを使用しています（脊髄損傷）"]
# the output contract's sensitive subject: special-category (health, biometric) or financial-harm data (a bank account,
# a card, an IBAN, a credential), as SubjectResolver.SENSITIVE and gen10's truth count them
SENSITIVE = {"HEALTH_INFO", "BIOMETRIC", "BANK_ACCOUNT", "CREDIT_CARD", "IBAN", "CREDENTIAL"}
PHYSIO = ["Lower back pain since a fall in March - sciatica down the left leg", "Follow-up for my rotator cuff tear",
          "Knee pain after ACL reconstruction in June", "Plantar fasciitis in both feet, getting worse"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=26)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe26saas")
    R = W.rnd
    PM = PeopleMaker(W, FIRST, LAST, US_PLACES, UK_PLACES, EU_PLACES, STREETS)
    names_ja = set()

    # ------------------------------------------------------------------ people
    def us():
        p = PM.person("US")
        city, st, z3 = R.choice(US_PLACES)
        p.street = f"{R.randint(12, 9899)} {R.choice(STREETS['US'])}"
        p.unit = R.choice(["", "", "", f"Apt {R.randint(1, 40)}{R.choice('ABCD')}", f"Unit {R.randint(1, 99)}"])
        p.city, p.state, p.zip = city, st, f"{z3}{R.randint(10, 99)}"
        p.addr = f"{p.street}{', ' + p.unit if p.unit else ''}, {city}, {st} {p.zip}"
        p.juris = [f"US-{st}"]
        d = p.e164[2:]
        p.ac, p.ex, p.ln = d[:3], d[3:6], d[6:]
        p.phone = f"({p.ac}) {p.ex}-{p.ln}"
        p.country = "US"
        return p

    def uk():
        p = PM.person("GB")
        street, town, pc = R.choice(UK_PLACES)
        p.street = f"{R.randint(2, 240)} {street}"
        p.unit = R.choice(["", "", f"Flat {R.randint(1, 30)}"])
        p.city, p.state, p.zip = town, "", pc
        p.addr = f"{p.unit + ', ' if p.unit else ''}{p.street}, {town} {pc}"
        p.juris = ["GB"]
        mob = p.e164[3:]
        if not mob.startswith("7"):
            mob = f"7{R.choice(['403', '520', '825', '984'])}{R.randint(100000, 999999)}"
            p.e164 = f"+44{mob}"
        p.phone = f"0{mob[:4]} {mob[4:]}"
        p.country = "GB"
        return p

    def jp():
        for _ in range(200):
            p = W.jp_person()
            if p.name not in names_ja:
                names_ja.add(p.name)
                m = re.match(r"(.+?[都道府県])(.+?[市区町村])(.+)", p.addr_ja)
                p.pref, p.city_ja, p.rest_ja = m.group(1), m.group(2), m.group(3)
                m2 = re.match(r"(.+?区)(.+)", p.rest_ja) if p.city_ja.endswith("市") and "区" in p.rest_ja[:4] else None
                if m2:
                    p.city_ja, p.rest_ja = p.city_ja + m2.group(1), m2.group(2)
                p.first, p.last = p.romaji.split(" ")[0], p.romaji.split(" ")[1].title()
                return p
            W.people.remove(p)
        raise RuntimeError("no fresh name")

    def put(d, text, enc="utf-8"):
        W.write_text(d, text, enc)

    def put_bytes(d, b):
        with open(W.path(d), "wb") as f:
            f.write(b)

    def add(d, p, *pairs, sensitive=False):
        for t, v in pairs:
            d.add(p, t, v)
        if sensitive or any(t in SENSITIVE for t, _ in pairs):
            d.sensitive(p)

    def nm(p):
        return f"{p.first} {p.last}"

    def ymd(x, sep="-"):
        return f"{x.year}{sep}{x.month:02d}{sep}{x.day:02d}"

    def mdy(x):
        return f"{x.month:02d}/{x.day:02d}/{x.year}"

    def ts(day, month=9, year=2026):
        return f"{year}-{month:02d}-{day:02d} {R.randint(8, 20):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"

    def sfid(prefix):
        return prefix + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15 - len(prefix))) + \
            "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345") for _ in range(3))

    def quoted_csv(rows):
        """Data Loader's CSV: every field quoted, LF inside a field, CRLF between rows."""
        return "".join(",".join('"' + str(v).replace('"', '""') + '"' for v in r) + "\r\n" for r in rows)

    def sjis_csv(rows):
        return csv_text(rows).encode("cp932")

    def bom_csv(rows):
        return ("\ufeff" + csv_text(rows)).encode("utf-8")

    def ip():
        return f"{R.choice([73, 98, 174, 24, 71, 108])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"

    # customers (US / UK), guests, employees, JP people
    US = [us() for _ in range(17)]
    UK = [uk() for _ in range(5)]
    JP = [jp() for _ in range(19)]
    for p in US + UK:
        p.ipaddr = ip()

    # ================================================================== CRM
    # 1. Salesforce Data Loader: Contact extract
    d = W.doc("salesforce/dataloader/extract_Contact_20260915.csv", "csv", "en")
    hdr = ["ID", "ACCOUNTID", "SALUTATION", "FIRSTNAME", "LASTNAME", "TITLE", "MAILINGSTREET", "MAILINGCITY", "MAILINGSTATE",
           "MAILINGPOSTALCODE", "MAILINGCOUNTRY", "PHONE", "MOBILEPHONE", "FAX", "EMAIL", "BIRTHDATE", "LEADSOURCE", "DESCRIPTION",
           "OWNERID", "CREATEDDATE", "LASTMODIFIEDDATE", "ISDELETED"]
    rows = [hdr]
    for i, p in enumerate([US[0], US[1], UK[0], US[2]]):
        street = p.street + ("\n" + p.unit if p.unit else "")
        bd = ymd(p.dob) if i != 1 else ""
        desc = ["", "Met at the Boston trade show; wants wholesale pricing.", "", "Prefers a call after 5pm."][i]
        rows.append([sfid("003"), sfid("001"), R.choice(["Mr.", "Ms.", "Dr.", ""]), p.first, p.last,
                     R.choice(["Buyer", "Store Owner", "Interior Designer", ""]), street, p.city, p.state, p.zip,
                     "United States" if p.country == "US" else "United Kingdom", "", p.phone, "", p.email, bd,
                     R.choice(["Web", "Trade Show", "Referral"]), desc, sfid("005"), f"2025-0{R.randint(1, 9)}-1{R.randint(0, 9)}T14:02:11.000Z",
                     "2026-09-14T08:30:00.000Z", "false"])
        add(d, p, ("PERSON_NAME", nm(p)), ("POSTAL_ADDRESS", p.street), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email))
        if bd:
            add(d, p, ("DATE_OF_BIRTH", bd))
    put(d, quoted_csv(rows))

    # 2. Salesforce Data Loader: Person Account extract (B2C)
    d = W.doc("salesforce/dataloader/extract_Account_person_20260915.csv", "csv", "en")
    hdr = ["ID", "RECORDTYPEID", "ISPERSONACCOUNT", "FIRSTNAME", "LASTNAME", "PERSONEMAIL", "PERSONMOBILEPHONE", "PERSONHOMEPHONE",
           "PERSONBIRTHDATE", "PERSONMAILINGSTREET", "PERSONMAILINGCITY", "PERSONMAILINGSTATE", "PERSONMAILINGPOSTALCODE",
           "PERSONMAILINGCOUNTRY", "PERSONHASOPTEDOUTOFEMAIL", "LOYALTY_TIER__C", "LAST_ORDER_DATE__C"]
    rows = [hdr]
    for p in [US[3], US[4], UK[1]]:
        rows.append([sfid("001"), "012" + "5g000000AbCdE", "true", p.first, p.last, p.email, p.phone, "", ymd(p.dob),
                     p.street + ("\n" + p.unit if p.unit else ""), p.city, p.state, p.zip, p.country, R.choice(["false", "true"]),
                     R.choice(["Gold", "Silver", "Bronze"]), f"2026-0{R.randint(1, 8)}-{R.randint(10, 28)}"])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("DATE_OF_BIRTH", ymd(p.dob)),
            ("POSTAL_ADDRESS", p.street))
    put(d, quoted_csv(rows))

    # 3. Pipedrive persons export
    d = W.doc("pipedrive/persons-export-2026-09-12.csv", "csv", "en")
    hdr = ["Person - ID", "Person - Name", "Person - Organization", "Person - Label", "Person - Email - Work", "Person - Email - Home",
           "Person - Phone - Work", "Person - Phone - Mobile", "Person - Postal address", "Person - Owner", "Person - Open deals",
           "Person - Next activity date"]
    rows = [hdr]
    for p, own in [(US[0], STAFF_EN[0]), (US[5], STAFF_EN[1]), (UK[2], STAFF_EN[0])]:
        rows.append([str(R.randint(100, 999)), nm(p), R.choice(["Alder & Finch Interiors", "Northgate Hospitality", "Brightwater Hotels"]),
                     R.choice(["Hot lead", "Customer", ""]), "", p.email, "", f"+{p.e164[1:2]} {p.phone}" if p.country == "US" else p.phone,
                     p.addr, own, str(R.randint(0, 3)), f"2026-09-{R.randint(15, 30)}"])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("POSTAL_ADDRESS", p.addr))
    put(d, csv_text(rows))

    # 4. kintone 会員名簿 (Shift_JIS, subtable rows)
    d = W.doc("kintone/会員名簿_20260910.csv", "csv", "ja")
    hdr = ["レコードの開始行", "レコード番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス",
           "来店日", "施術内容", "担当スタッフ", "備考", "作成者", "更新日時"]
    rows = [hdr]
    notes = ["", "右膝の半月板損傷の既往あり。正座不可。", "妊娠中（20週）のため、うつ伏せの施術は不可"]
    for i, p in enumerate([JP[0], JP[1], JP[2]]):
        visits = R.randint(1, 3)
        rec = str(100 + i * 7)
        for v in range(visits):
            rows.append(["*" if v == 0 else "", rec, jn(p), kn(p), ymd(p.dob, "/"), p.zip, p.addr_ja, p.phone_nat, p.email,
                         f"2026/0{R.randint(6, 9)}/{R.randint(10, 28)}", R.choice(["全身もみほぐし60分", "骨盤調整", "ヘッドスパ"]),
                         R.choice(STAFF_JA), notes[i], "k.ogawa", "2026/09/10 18:22"])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("POSTAL_ADDRESS", p.addr_ja), ("PHONE_NUMBER", p.phone_nat),
            ("EMAIL_ADDRESS", p.email))
        if notes[i]:
            add(d, p, ("HEALTH_INFO", notes[i]))
    put_bytes(d, sjis_csv(rows))

    # ================================================================== Mailchimp audience export (zip)
    zp = "mailchimp/members_export_3f9c1a7e2b.zip"
    W.container(zp, "zip")
    files = {}
    leid = lambda: str(R.randint(100000000, 999999999))  # noqa: E731
    euid = lambda: "".join(R.choice("0123456789abcdef") for _ in range(10))  # noqa: E731
    base = ["Email Address", "First Name", "Last Name", "Address", "Phone Number", "Birthday", "Company"]
    tail = ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "LATITUDE", "LONGITUDE", "GMTOFF", "DSTOFF",
            "TIMEZONE", "CC", "REGION", "LAST_CHANGED", "LEID", "EUID", "NOTES", "TAGS"]
    d = W.doc(f"{zp}!/subscribed_members_export_3f9c1a7e2b.csv", "csv", "en")
    rows = [base + tail]
    for i, p in enumerate([US[3], US[6], US[7], UK[3]]):
        addr = f"{p.street}  {p.city}  {p.state}  {p.zip}  {p.country}" if i != 3 else ""
        bday = f"{p.dob.month:02d}/{p.dob.day:02d}" if i in (0, 2) else ""
        oip, cip = p.ipaddr, p.ipaddr if i % 2 else ip()
        rows.append([p.email, p.first, p.last, addr, p.phone if i != 1 else "", bday, "", str(R.randint(2, 5)),
                     ts(R.randint(1, 28), R.randint(1, 8), 2025), oip, ts(R.randint(1, 28), R.randint(1, 8), 2025), cip,
                     f"{R.uniform(30, 47):.7f}", f"{R.uniform(-122, -71):.7f}", "-5", "-4", "America/New_York", p.country,
                     "", ts(R.randint(1, 12)), leid(), euid(), "", '"VIP","2025 buyers"' if i == 0 else '"Newsletter"'])
        add(d, p, ("EMAIL_ADDRESS", p.email), ("PERSON_NAME", nm(p)), ("IP_ADDRESS", oip))
        if addr:
            add(d, p, ("POSTAL_ADDRESS", addr))
        if i != 1:
            add(d, p, ("PHONE_NUMBER", p.phone))
    d.opt_type("DATE_OF_BIRTH")
    files["subscribed_members_export_3f9c1a7e2b.csv"] = csv_text(rows)
    d = W.doc(f"{zp}!/unsubscribed_members_export_3f9c1a7e2b.csv", "csv", "en")
    rows = [base + ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "UNSUB_TIME", "UNSUB_CAMPAIGN_TITLE",
                    "UNSUB_CAMPAIGN_ID", "UNSUB_REASON", "UNSUB_REASON_OTHER", "LEID", "EUID"]]
    for p in [US[8], UK[4]]:
        rows.append([p.email, p.first, p.last, "", "", "", "", "1", ts(3, 2, 2025), p.ipaddr, ts(3, 2, 2025), p.ipaddr, ts(2, 9),
                     "Autumn Linen Sale", euid(), R.choice(["NORMAL", "SPAM", "NO_LONGER_WANT"]), "", leid(), euid()])
        add(d, p, ("EMAIL_ADDRESS", p.email), ("PERSON_NAME", nm(p)), ("IP_ADDRESS", p.ipaddr))
    files["unsubscribed_members_export_3f9c1a7e2b.csv"] = csv_text(rows)
    d = W.doc(f"{zp}!/cleaned_members_export_3f9c1a7e2b.csv", "csv", "en")
    rows = [base + ["MEMBER_RATING", "OPTIN_TIME", "OPTIN_IP", "CONFIRM_TIME", "CONFIRM_IP", "CLEAN_TIME", "CLEAN_CAMPAIGN_TITLE",
                    "CLEAN_CAMPAIGN_ID", "LEID", "EUID"]]
    p = US[9]
    rows.append([p.email, "", "", "", "", "", "", "1", "", "", "", "", ts(5, 8), "Back to School Picks", euid(), leid(), euid()])
    add(d, p, ("EMAIL_ADDRESS", p.email))
    files["cleaned_members_export_3f9c1a7e2b.csv"] = csv_text(rows)
    with zipfile.ZipFile(W.path_for(zp), "w", zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(zipfile.ZipInfo(k, date_time=(2026, 9, 30, 12, 0, 0)), v, compress_type=zipfile.ZIP_DEFLATED)

    # ================================================================== events
    # Eventbrite attendee report: buyer and attendee in one row
    d = W.doc("eventbrite/report-attendees-Fernhollow-Autumn-Makers-Market.csv", "csv", "en")
    hdr = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #", "Barcode #",
           "Buyer Last Name", "Buyer First Name", "Buyer Email", "Date Attending", "Device Name", "Check-In Date", "Discount",
           "Hold", "Order Type", "Total Paid", "Eventbrite Fees", "Eventbrite Payment Processing", "Attendee Status",
           "Home Address 1", "Home Address 2", "Home City", "Home State", "Home Zip", "Home Country", "Cell Phone",
           "Do you have any accessibility or dietary needs?"]
    rows = [hdr]
    ev = [(US[10], US[10], HEALTH_EN[2]), (US[10], US[11], "Vegetarian"), (US[12], US[12], ""), (US[7], US[13], HEALTH_EN[1])]
    for buyer, att, need in ev:
        order = str(R.randint(1000000000, 9999999999))
        rows.append([order, f"{mdy(dt.date(2026, 9, R.randint(1, 20)))} 09:1{R.randint(0, 9)}", att.first, att.last, att.email, "1",
                     R.choice(["General Admission", "Early Bird", "Workshop + Entry"]), str(R.randint(10000000000, 99999999999)),
                     str(R.randint(10 ** 18, 10 ** 19 - 1)), buyer.last, buyer.first, buyer.email, "Oct 3, 2026", "", "", "", "",
                     "Eventbrite Completed", "25.00", "2.49", "1.23", "Attending",
                     att.street if att is buyer else "", att.unit if att is buyer else "", att.city if att is buyer else "",
                     att.state if att is buyer else "", att.zip if att is buyer else "", "US" if att is buyer else "",
                     att.phone if att is buyer else "", need])
        add(d, att, ("PERSON_NAME", nm(att)), ("EMAIL_ADDRESS", att.email))
        add(d, buyer, ("PERSON_NAME", nm(buyer)), ("EMAIL_ADDRESS", buyer.email))
        if att is buyer:
            add(d, att, ("POSTAL_ADDRESS", att.street), ("PHONE_NUMBER", att.phone))
        if need and need != "Vegetarian":
            add(d, att, ("HEALTH_INFO", need))
    put(d, csv_text(rows))

    # Peatix 参加者 CSV (UTF-8 BOM): 購入者 and 参加者
    d = W.doc("peatix/参加者リスト_秋の手しごと市_20261003.csv", "csv", "ja")
    hdr = ["注文ID", "購入日時", "チケット名", "購入者ニックネーム", "購入者氏名", "購入者メールアドレス", "参加者氏名", "参加者氏名（カナ）",
           "参加者メールアドレス", "参加者電話番号", "アンケート：ご来場のきっかけ", "アンケート：食物アレルギー・配慮が必要な事項"]
    rows = [hdr]
    for buyer, att, need in [(JP[3], JP[3], ""), (JP[3], JP[4], HEALTH_JA[0]), (JP[5], JP[5], HEALTH_JA[1])]:
        rows.append([f"PX{R.randint(10000000, 99999999)}", f"2026-09-{R.randint(10, 28)} 21:0{R.randint(0, 9)}", "一般参加（ワークショップ付）",
                     R.choice(["ねこまる", "hana_craft", "tomo24", "kiji-tora"]), jn(buyer), buyer.email, jn(att), kn(att), att.email,
                     att.phone_nat, R.choice(["Instagram", "友人の紹介", "Peatixのおすすめ"]), need])
        add(d, buyer, ("PERSON_NAME", jn(buyer)), ("EMAIL_ADDRESS", buyer.email))
        add(d, att, ("PERSON_NAME", jn(att)), ("EMAIL_ADDRESS", att.email), ("PHONE_NUMBER", att.phone_nat))
        if need:
            add(d, att, ("HEALTH_INFO", need))
    put_bytes(d, bom_csv(rows))

    # ================================================================== forms and surveys
    # Google Forms (EN)
    d = W.doc("google-forms/Makers Market volunteer sign-up (Responses) - Form Responses 1.csv", "csv", "en")
    hdr = ["Timestamp", "Email Address", "Full name", "Phone number (so we can text you on the day)",
           "Do you have any allergies, medical conditions or access needs we should know about? (optional)",
           "Emergency contact - name and phone", "Which shifts can you do?"]
    rows = [hdr]
    ec = us()
    vols = [(US[11], HEALTH_EN[0], f"{nm(ec)} (partner) {ec.phone}"), (US[14], "", ""), (UK[3], HEALTH_EN[4] + ".\nHappy to do a seated role though!", "")]
    for p, h, e in vols:
        rows.append([f"{mdy(dt.date(2026, 9, R.randint(1, 25)))} {R.randint(8, 22)}:{R.randint(10, 59)}:{R.randint(10, 59)}", p.email, nm(p),
                     p.phone, h, e, R.choice(["Setup (Fri), Saturday AM", "Saturday PM", "Sunday, Pack-down"])])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone))
        if h:
            add(d, p, ("HEALTH_INFO", h))
    add(d, ec, ("PERSON_NAME", nm(ec)), ("PHONE_NUMBER", ec.phone))
    put(d, csv_text(rows))

    # Googleフォーム (JA)
    d = W.doc("google-forms/ワークショップ申込フォーム（回答）.csv", "csv", "ja")
    hdr = ["タイムスタンプ", "メールアドレス", "お名前（フルネーム）", "ふりがな", "電話番号", "ご住所（郵便番号からご記入ください）",
           "アレルギーや持病など、配慮が必要なことがあればご記入ください", "ご意見・ご感想"]
    rows = [hdr]
    for p, h in [(JP[6], HEALTH_JA[2]), (JP[7], ""), (JP[4], HEALTH_JA[0])]:
        rows.append([f"2026/09/{R.randint(10, 28)} {R.randint(8, 22)}:{R.randint(10, 59)}:{R.randint(10, 59)}", p.email, jn(p, ""),
                     f"{p.kana_family} {p.kana_given}".translate({c: c - 0x60 for c in range(0x30A1, 0x30F7)}), p.phone_nat,
                     f"〒{p.zip}\n{p.addr_ja}", h, R.choice(["楽しみにしています！", "", "駐車場はありますか？"])])
        add(d, p, ("PERSON_NAME", jn(p, "")), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat), ("POSTAL_ADDRESS", p.addr_ja))
        if h:
            add(d, p, ("HEALTH_INFO", h))
    put(d, csv_text(rows))

    # SurveyMonkey (two header rows)
    d = W.doc("surveymonkey/Patient experience survey - Sept 2026/CSV/Sheet_1.csv", "csv", "en")
    q_contact = "Please confirm your contact details so the clinic can follow up."
    h1 = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name", "Last Name",
          "Custom Data 1", "How satisfied were you with your most recent visit?",
          "Is there anything about your health we should know before your next appointment?", q_contact, "", "", "", "", "", "", "", "", ""]
    h2 = ["", "", "", "", "", "", "", "", "", "Response", "Open-Ended Response", "Name", "Company", "Address", "Address 2",
          "City/Town", "State/Province", "ZIP/Postal Code", "Country", "Email Address", "Phone Number"]
    rows = [h1, h2]
    for p, h in [(US[15], PHYSIO[0]), (US[16], ""), (US[5], "I was diagnosed with rheumatoid arthritis last year and take methotrexate.")]:
        rows.append([str(R.randint(114000000000, 114999999999)), "431277365", f"{mdy(dt.date(2026, 9, 3))} 10:02:11 AM",
                     f"{mdy(dt.date(2026, 9, 3))} 10:06:40 AM", p.ipaddr, "", "", "", "",
                     R.choice(["Very satisfied", "Satisfied", "Neutral"]), h, nm(p), "", p.street, p.unit, p.city, p.state, p.zip,
                     "United States", p.email, p.phone])
        add(d, p, ("PERSON_NAME", nm(p)), ("IP_ADDRESS", p.ipaddr), ("POSTAL_ADDRESS", p.street), ("EMAIL_ADDRESS", p.email),
            ("PHONE_NUMBER", p.phone))
        if h:
            add(d, p, ("HEALTH_INFO", h))
    put(d, csv_text(rows))

    # Typeform responses
    d = W.doc("typeform/responses-telehealth-intake-9c1f.csv", "csv", "en")
    hdr = ["#", "What's your full name?", "And your email address?", "What's the best number to reach you on?", "When were you born?",
           "Tell us a bit about what's been bothering you", "Have you seen anyone about this before?", "Start Date (UTC)", "Submit Date (UTC)",
           "Network ID"]
    rows = [hdr]
    for p, h in [(US[12], PHYSIO[1]), (UK[0], "Migraines three or four times a week since January, with aura.")]:
        rows.append(["".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(32)), nm(p), p.email, p.phone,
                     mdy(p.dob) if p.country == "US" else f"{p.dob.day:02d}/{p.dob.month:02d}/{p.dob.year}", h,
                     R.choice(["Yes", "No"]), "2026-09-21 18:22:03", "2026-09-21 18:27:41", "".join(R.choice("0123456789abcdef") for _ in range(10))])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone),
            ("DATE_OF_BIRTH", mdy(p.dob) if p.country == "US" else f"{p.dob.day:02d}/{p.dob.month:02d}/{p.dob.year}"), ("HEALTH_INFO", h))
    put(d, csv_text(rows))

    # ================================================================== support desks
    d = W.doc("freshdesk/tickets-export-2026-09-30.csv", "csv", "en")
    hdr = ["Ticket ID", "Subject", "Description", "Status", "Priority", "Source", "Type", "Agent", "Group", "Created time",
           "Due by Time", "Resolved time", "Closed time", "Last update time", "Initial response time", "Tags", "Survey results",
           "Product", "Full name", "Email", "Work phone", "Mobile phone", "Company Name"]
    rows = [hdr]
    tk = [(US[1], "Wrong address on my order",
           f"Hi,\nMy order shipped to my old place. Please send it to {US[1].street}, {US[1].city}, {US[1].state} {US[1].zip} instead.\n"
           f"You can call me on {US[1].phone}.\nThanks, {US[1].first}", None),
          (US[16], "Missed delivery - was in hospital",
           "Sorry I missed the courier last week, I was in hospital with pneumonia. Can you rebook for next Tuesday?", "I was in hospital with pneumonia"),
          (UK[2], "Damaged lamp", "The lamp arrived with a cracked base. Photos attached.", None)]
    for p, subj, desc, h in tk:
        rows.append([str(R.randint(20000, 29999)), subj, desc, R.choice(["Resolved", "Closed", "Open"]), "Medium", "Email", "Problem",
                     R.choice(STAFF_EN), "Customer Care", ts(R.randint(1, 20)), ts(R.randint(21, 28)), "", "", ts(29), "", "", "",
                     "Fernhollow Store", nm(p), p.email, "", p.phone if p is not UK[2] else "", ""])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email))
        if p is not UK[2]:
            add(d, p, ("PHONE_NUMBER", p.phone))
        if p is US[1]:
            add(d, p, ("POSTAL_ADDRESS", p.street))
        if h:
            add(d, p, ("HEALTH_INFO", h))
    put(d, csv_text(rows))

    d = W.doc("formrun/お問い合わせ_export_20260930.csv", "csv", "ja")
    hdr = ["ID", "ステータス", "担当者", "ラベル", "お名前", "フリガナ", "メールアドレス", "電話番号", "お問い合わせ種別", "お問い合わせ内容", "送信日時"]
    rows = [hdr]
    for p, body in [(JP[8], f"先日注文した商品が届いていません。\n届け先は〒{JP[8].zip} {JP[8].addr_ja} です。ご確認をお願いします。"),
                    (JP[9], "ギフト包装は可能でしょうか。")]:
        rows.append([str(R.randint(100000, 999999)), R.choice(["対応中", "完了"]), R.choice(STAFF_JA), "配送", jn(p), kn(p), p.email,
                     p.phone_nat, R.choice(["配送について", "商品について"]), body, f"2026/09/{R.randint(10, 28)} 14:{R.randint(10, 59)}"])
        add(d, p, ("PERSON_NAME", jn(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat))
        if p is JP[8]:
            add(d, p, ("POSTAL_ADDRESS", p.addr_ja))
    put(d, csv_text(rows))

    # ================================================================== business cards
    d = W.doc("sansan/名刺データ_20260901.csv", "csv", "ja")
    hdr = ["会社名", "部署名", "役職", "氏名", "氏名（カナ）", "郵便番号", "住所", "TEL", "FAX", "携帯電話", "E-mail", "名刺交換日", "所有者"]
    rows = [hdr]
    cards = [JP[10], JP[11], JP[12], JP[9]]
    for i, p in enumerate(cards):
        firm = FIRMS_JA[i]
        p.firm = firm
        p.work_email = f"{p.first[0].lower()}.{p.last.lower()}@{['hokuto-sys', 'minato-bussan', 'sakura-design', 'toho-retail'][i]}.example.co.jp"
        rows.append([firm[0], firm[1], firm[2], jn(p), kn(p), f"〒{firm[4]}", firm[5], firm[3], "", p.phone_nat if i != 2 else "",
                     p.work_email, f"2026/0{R.randint(4, 8)}/{R.randint(10, 28)}", R.choice(STAFF_JA)])
        add(d, p, ("PERSON_NAME", jn(p)), ("EMAIL_ADDRESS", p.work_email))
        if i != 2:
            add(d, p, ("PHONE_NUMBER", p.phone_nat))
    d.opt_type("POSTAL_ADDRESS")
    put_bytes(d, sjis_csv(rows))

    d = W.doc("eight/eight_cards_export.csv", "csv", "ja")
    hdr = ["会社名", "部署名", "役職", "姓", "名", "e-mail", "郵便番号", "住所", "TEL会社", "TEL部門", "TEL直通", "Fax", "携帯電話", "URL", "名刺交換日"]
    rows = [hdr]
    for p in [JP[10], JP[13]]:
        firm = getattr(p, "firm", FIRMS_JA[4])
        em = getattr(p, "work_email", f"{p.first.lower()}.{p.last.lower()}@aoba-seiko.example.co.jp")
        rows.append([firm[0], firm[1], firm[2], p.family, p.given, em, firm[4], firm[5], firm[3], "", "", "", p.phone_nat,
                     "https://www.example.co.jp/", f"2026/0{R.randint(4, 8)}/{R.randint(10, 28)}"])
        add(d, p, ("PERSON_NAME", jn(p)), ("EMAIL_ADDRESS", em), ("PHONE_NUMBER", p.phone_nat))
    q = US[2]
    q.work_email = f"{q.first.lower()}@brightwater-hotels.example.com"
    rows.append(["Brightwater Hotels Inc.", "Procurement", "Director of Purchasing", q.last, q.first, q.work_email, "10017",
                 "300 Park Ave, New York, NY", "+1 212-555-0142", "", f"+1 {q.ac}-{q.ex}-{q.ln}", "", "", "https://brightwater.example.com/",
                 "2026/05/21"])
    add(d, q, ("PERSON_NAME", nm(q)), ("EMAIL_ADDRESS", q.work_email), ("PHONE_NUMBER", f"+1 {q.ac}-{q.ex}-{q.ln}"))
    d.opt_type("POSTAL_ADDRESS")
    put_bytes(d, bom_csv(rows))

    # ================================================================== e-commerce
    d = W.doc("shopify/orders_export_1.csv", "csv", "en")
    hdr = ["Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency",
           "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at",
           "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
           "Lineitem fulfillment status", "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company",
           "Billing City", "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
           "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province",
           "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Payment Method", "Payment Reference", "Id", "Tags",
           "Risk Level", "Source", "Phone"]
    rows = [hdr]
    orders = [(US[4], US[4], ""), (US[6], US[0], "Gift - please include the card: Happy housewarming!"), (US[14], US[14], "")]
    items = [("Linen Throw - Oat", "FH-LT-OAT", "68.00"), ("Stoneware Mug Set (4)", "FH-MUG-4", "42.00"),
             ("Walnut Serving Board", "FH-WSB-L", "55.00"), ("Beeswax Candle Trio", "FH-BC-3", "24.00")]

    def zipcell(z):
        return "'" + z if z.startswith("0") else z

    for n, (bill, ship, note) in enumerate(orders):
        oname = f"#{1040 + n * 3}"
        its = R.sample(items, R.randint(1, 3))
        for k, (iname, sku, price) in enumerate(its):
            if k == 0:
                rows.append([oname, bill.email, "paid", ts(2 + n), "fulfilled", ts(4 + n), "yes", "USD", "120.00", "8.00", "7.20", "135.20", "",
                             "0.00", "Standard", ts(2 + n), "1", iname, price, sku, "true", "true", "fulfilled", nm(bill),
                             bill.street + (", " + bill.unit if bill.unit else ""), bill.street, bill.unit, "", bill.city, zipcell(bill.zip),
                             bill.state, "US", f"+1{bill.ac}{bill.ex}{bill.ln}", nm(ship), ship.street + (", " + ship.unit if ship.unit else ""),
                             ship.street, ship.unit, "", ship.city, zipcell(ship.zip), ship.state, "US",
                             f"+1{ship.ac}{ship.ex}{ship.ln}" if ship is not bill else "", note, "", "Shopify Payments",
                             f"c{R.randint(10 ** 11, 10 ** 12)}.1", str(R.randint(5 * 10 ** 12, 6 * 10 ** 12)), "", "Low", "web", ""])
            else:
                rows.append([oname, bill.email, "", "", "", "", "", "", "", "", "", "", "", "", "", ts(2 + n), "1", iname, price, sku,
                             "true", "true", "fulfilled"] + [""] * (len(hdr) - 23))
        add(d, bill, ("PERSON_NAME", nm(bill)), ("EMAIL_ADDRESS", bill.email), ("POSTAL_ADDRESS", bill.street),
            ("PHONE_NUMBER", f"+1{bill.ac}{bill.ex}{bill.ln}"))
        if ship is not bill:
            add(d, ship, ("PERSON_NAME", nm(ship)), ("POSTAL_ADDRESS", ship.street), ("PHONE_NUMBER", f"+1{ship.ac}{ship.ex}{ship.ln}"))
    put(d, csv_text(rows))

    d = W.doc("shopify/customers_export.csv", "csv", "en")
    hdr = ["Customer ID", "First Name", "Last Name", "Email", "Accepts Email Marketing", "Default Address Company",
           "Default Address Address1", "Default Address Address2", "Default Address City", "Default Address Province Code",
           "Default Address Country Code", "Default Address Zip", "Default Address Phone", "Phone", "Accepts SMS Marketing",
           "Total Spent", "Total Orders", "Note", "Tax Exempt", "Tags"]
    rows = [hdr]
    for p in [US[4], US[15], US[8]]:
        rows.append([f"'{R.randint(7 * 10 ** 12, 8 * 10 ** 12)}", p.first, p.last, p.email, R.choice(["yes", "no"]), "", p.street, p.unit,
                     p.city, p.state, "US", zipcell(p.zip), f"+1{p.ac}{p.ex}{p.ln}", f"+1{p.ac}{p.ex}{p.ln}", "no",
                     f"{R.randint(40, 900)}.00", str(R.randint(1, 9)), "", "no", R.choice(["", "wholesale", "vip"])])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", p.street), ("PHONE_NUMBER", f"+1{p.ac}{p.ex}{p.ln}"))
    put(d, csv_text(rows))

    # BASE 注文 (Shift_JIS)
    d = W.doc("BASE/orders_20260930.csv", "csv", "ja")
    hdr = ["注文ID", "注文日時", "氏(請求先)", "名(請求先)", "郵便番号(請求先)", "都道府県(請求先)", "住所(請求先)", "住所2(請求先)",
           "電話番号(請求先)", "メールアドレス(請求先)", "氏(配送先)", "名(配送先)", "郵便番号(配送先)", "都道府県(配送先)", "住所(配送先)",
           "住所2(配送先)", "電話番号(配送先)", "備考", "商品名", "バリエーション", "価格", "数量", "合計金額", "送料", "支払い方法", "発送状況"]
    rows = [hdr]
    for bill, ship, note in [(JP[14], JP[15], "実家の母へのギフトです。のし不要。"), (JP[7], JP[7], "")]:
        rows.append([f"{R.randint(10 ** 15, 10 ** 16 - 1):X}"[:16], f"2026/09/{R.randint(10, 28)} 20:{R.randint(10, 59)}:00",
                     bill.family, bill.given, bill.zip, bill.pref, bill.city_ja + bill.rest_ja, "", bill.phone_nat, bill.email,
                     ship.family, ship.given, ship.zip, ship.pref, ship.city_ja + ship.rest_ja, "", ship.phone_nat, note,
                     "リネンブランケット", "オートミール", "6800", "1", "7600", "800", "クレジットカード決済", "発送済み"])
        add(d, bill, ("PERSON_NAME", jn(bill)), ("POSTAL_ADDRESS", bill.addr_ja), ("PHONE_NUMBER", bill.phone_nat), ("EMAIL_ADDRESS", bill.email))
        if ship is not bill:
            add(d, ship, ("PERSON_NAME", jn(ship)), ("POSTAL_ADDRESS", ship.addr_ja), ("PHONE_NUMBER", ship.phone_nat))
    put_bytes(d, sjis_csv(rows))

    # STORES 注文 (UTF-8 BOM)
    d = W.doc("STORES/order_list_202609.csv", "csv", "ja")
    hdr = ["注文番号", "注文日時", "注文者 姓", "注文者 名", "注文者 メールアドレス", "注文者 電話番号", "配送先 姓", "配送先 名",
           "配送先 郵便番号", "配送先 都道府県", "配送先 住所", "配送先 電話番号", "アイテム名", "数量", "小計", "配送方法", "ステータス"]
    rows = [hdr]
    for p in [JP[16], JP[1]]:
        rows.append([str(R.randint(10 ** 7, 10 ** 8)), f"2026-09-{R.randint(10, 28)} 11:{R.randint(10, 59)}", p.family, p.given, p.email,
                     p.phone_nat, p.family, p.given, p.zip, p.pref, p.city_ja + p.rest_ja, p.phone_nat, "ストーンウェア マグ 4客セット", "1",
                     "4200", "ヤマト運輸", "発送済み"])
        add(d, p, ("PERSON_NAME", jn(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat), ("POSTAL_ADDRESS", p.addr_ja))
    put_bytes(d, bom_csv(rows))

    # ================================================================== booking
    d = W.doc("calendly/events-export-2026-09.csv", "csv", "en")
    hdr = ["Invitee Name", "Invitee First Name", "Invitee Last Name", "Invitee Email", "Text Reminder Number", "Event Type Name",
           "Start Date & Time", "End Date & Time", "Invitee Time Zone", "Location", "Canceled", "Cancellation reason", "Question 1",
           "Response 1", "Question 2", "Response 2", "Event Created Date & Time", "Guest Email(s)", "Host Name(s)", "Host Email(s)"]
    rows = [hdr]
    for p, h in [(US[16], PHYSIO[2]), (US[9], PHYSIO[3])]:
        rows.append([nm(p), p.first, p.last, p.email, f"+1 {p.ac}-{p.ex}-{p.ln}", "Physio assessment (45 min)",
                     f"2026-09-{R.randint(10, 28)} 09:30 am", "2026-09-28 10:15 am", "America/New_York", "Fernhollow Wellness, Studio B",
                     "false", "", "What would you like help with?", h, "How did you hear about us?", R.choice(["Google", "A friend", "Instagram"]),
                     "2026-09-02 08:41 pm", "", STAFF_EN[2], "nate.obuya@fernhollow.example.com"])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", f"+1 {p.ac}-{p.ex}-{p.ln}"), ("HEALTH_INFO", h))
    d.opt_type("EMAIL_ADDRESS")
    put(d, csv_text(rows))

    d = W.doc("square/customers-export-20260930.csv", "csv", "en")
    hdr = ["Reference ID", "First Name", "Last Name", "Email Address", "Phone Number", "Nickname", "Company Name", "Street Address 1",
           "Street Address 2", "City", "State", "Postal Code", "Birthday", "Memo", "Square Customer ID", "Creation Source", "First Visit",
           "Last Visit", "Transaction Count", "Transaction Total", "Email Subscription Status", "Instant Profile"]
    rows = [hdr]
    memos = ["Allergic to latex - use nitrile gloves", "", "Prefers afternoon slots.\nPays cash."]
    sq = [US[13], US[5], US[10]]
    for p, memo in zip(sq, memos):
        rows.append(["", p.first, p.last, p.email, p.phone, "", "", p.street, p.unit, p.city, p.state, p.zip, ymd(p.dob), memo,
                     "".join(R.choice("ABCDEFGHJKMNPQRSTVWXYZ0123456789") for _ in range(26)), "Appointments", "2025-11-02", "2026-09-19",
                     str(R.randint(1, 12)), f"${R.randint(60, 900)}.00", "subscribed", "No"])
        add(d, p, ("PERSON_NAME", nm(p)), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("POSTAL_ADDRESS", p.street),
            ("DATE_OF_BIRTH", ymd(p.dob)))
        if memo.startswith("Allergic"):
            add(d, p, ("HEALTH_INFO", memo))
    put(d, csv_text(rows))

    d = W.doc("square/appointments-export-2026-09.csv", "csv", "en")
    hdr = ["Date", "Time", "Duration", "Service", "Staff", "Customer Name", "Customer Phone", "Customer Email", "Status", "Customer Note",
           "Seller Note"]
    rows = [hdr]
    for p, sn in [(US[13], "latex allergy - nitrile gloves"), (US[10], "")]:
        rows.append([f"Sep {R.randint(10, 28)}, 2026", "2:30 PM", "60 min", "Massage - Deep Tissue", STAFF_EN[3], nm(p), p.phone, p.email,
                     "Accepted", "", sn])
        add(d, p, ("PERSON_NAME", nm(p)), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email))
        if sn:
            add(d, p, ("HEALTH_INFO", sn))
    put(d, csv_text(rows))

    d = W.doc("RESERVA/予約一覧_202609.csv", "csv", "ja")
    hdr = ["予約番号", "予約日時", "予約者氏名", "予約者氏名（カナ）", "電話番号", "メールアドレス", "メニュー", "スタッフ", "ステータス",
           "予約受付日時", "備考", "アンケート回答"]
    rows = [hdr]
    for p, h in [(JP[0], ""), (JP[17], "ぎっくり腰を繰り返しています。坐骨神経痛もあります。"), (JP[18], HEALTH_JA[3])]:
        rows.append([f"R{R.randint(10 ** 7, 10 ** 8)}", f"2026/10/0{R.randint(1, 9)} 1{R.randint(0, 8)}:00", jn(p), kn(p), p.phone_nat,
                     p.email, R.choice(["整体 60分", "骨盤矯正 45分"]), R.choice(STAFF_JA), "予約確定",
                     f"2026/09/{R.randint(10, 28)} 2{R.randint(0, 3)}:{R.randint(10, 59)}", "", h])
        add(d, p, ("PERSON_NAME", jn(p)), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email))
        if h:
            add(d, p, ("HEALTH_INFO", h))
    put_bytes(d, sjis_csv(rows))

    # ================================================================== HR SaaS
    d = W.doc("bamboohr/Employee_Report_2026-09-30.xlsx", "xlsx", "en")
    emps = [us(), us(), us()]
    hdr = ["Employee #", "First Name", "Last Name", "Preferred Name", "Job Title", "Department", "Hire Date", "Birth Date", "Gender",
           "SSN", "Home Phone", "Mobile Phone", "Work Email", "Home Email", "Address Line 1", "Address Line 2", "City", "State",
           "Zip Code", "Country", "Emergency Contact Name", "Emergency Contact Relationship", "Emergency Contact Phone"]
    rows = [["Fernhollow Home, Inc."], ["Custom Report: Employee Master (all active)", "", "", "Run by: HR Admin", "", "2026-09-30"], [], hdr]
    ecs = [us(), None, us()]
    for i, (p, e) in enumerate(zip(emps, ecs)):
        p.work = f"{p.first[0].lower()}{p.last.lower()}@fernhollow.example.com"
        rows.append([str(1000 + R.randint(1, 300)), p.first, p.last, "", R.choice(["Store Associate", "Buyer", "Warehouse Lead"]),
                     R.choice(["Retail", "Merchandising", "Operations"]), mdy(dt.date(R.randint(2016, 2025), R.randint(1, 12), R.randint(1, 28))),
                     mdy(p.dob), R.choice(["Female", "Male"]), p.ssn, "", p.phone, p.work, p.email, p.street, p.unit, p.city, p.state,
                     p.zip, "United States", nm(e) if e else "", R.choice(["Spouse", "Mother", "Brother"]) if e else "", e.phone if e else ""])
        add(d, p, ("PERSON_NAME", nm(p)), ("DATE_OF_BIRTH", mdy(p.dob)), ("US_SSN", p.ssn), ("PHONE_NUMBER", p.phone),
            ("EMAIL_ADDRESS", p.work), ("EMAIL_ADDRESS", p.email), ("POSTAL_ADDRESS", p.street))
        if e:
            add(d, e, ("PERSON_NAME", nm(e)), ("PHONE_NUMBER", e.phone))
    xlsx(W.path(d), {"Report": rows})

    d = W.doc("smarthr/従業員一覧_20260930.csv", "csv", "ja")
    hdr = ["社員番号", "姓", "名", "姓（ヨミガナ）", "名（ヨミガナ）", "生年月日", "性別", "入社年月日", "雇用形態", "部署", "役職",
           "メールアドレス", "電話番号", "郵便番号", "都道府県", "市区町村", "丁目・番地", "建物名・部屋番号", "基礎年金番号",
           "給与振込口座 銀行名", "給与振込口座 支店名", "給与振込口座 種別", "給与振込口座 口座番号", "給与振込口座 名義（カナ）"]
    rows = [hdr]
    hr_jp = [jp(), jp(), jp()]
    for i, p in enumerate(hr_jp):
        p.empno = f"{R.randint(100, 999):05d}"
        pen = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
        acct = f"{R.randint(1000000, 9999999)}"
        work = f"{p.first[0].lower()}.{p.last.lower()}@fernhollow.example.co.jp"
        m = re.match(r"(.+?)(\s.+)?$", p.rest_ja)
        rows.append([p.empno, p.family, p.given, p.kana_family, p.kana_given, ymd(p.dob, "/"), "男性" if p.sex_ja == "男" else "女性",
                     f"20{R.randint(10, 25)}/04/01", "正社員", R.choice(["EC事業部", "物流部", "管理部"]), R.choice(["", "主任"]), work,
                     p.phone_nat, p.zip, p.pref, p.city_ja, m.group(1), (m.group(2) or "").strip(), pen,
                     R.choice(["みずほ銀行", "三井住友銀行", "横浜銀行"]), R.choice(["渋谷支店", "横浜駅前支店", "梅田支店"]), "普通", acct,
                     f"{p.kana_family} {p.kana_given}"])
        add(d, p, ("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob, "/")), ("EMAIL_ADDRESS", work), ("PHONE_NUMBER", p.phone_nat),
            ("POSTAL_ADDRESS", p.addr_ja), ("JP_PENSION_NUMBER", pen), ("BANK_ACCOUNT", acct))
    put_bytes(d, bom_csv(rows))

    d = W.doc("smarthr/家族情報_20260930.csv", "csv", "ja")
    hdr = ["社員番号", "姓", "名", "家族 姓", "家族 名", "家族 姓（ヨミガナ）", "家族 名（ヨミガナ）", "続柄", "生年月日", "同居・別居", "税扶養", "健保扶養"]
    rows = [hdr]
    for emp, rel in [(hr_jp[0], "配偶者"), (hr_jp[0], "子"), (hr_jp[1], "母")]:
        f = jp()
        names_ja.discard(f.name)
        f.family, f.kana_family = emp.family, emp.kana_family
        f.name = f"{f.family} {f.given}"
        if rel == "子":
            f.dob = dt.date(R.randint(2012, 2020), R.randint(1, 12), R.randint(1, 28))
        if rel == "母":
            f.dob = dt.date(R.randint(1945, 1958), R.randint(1, 12), R.randint(1, 28))
        rows.append([emp.empno, emp.family, emp.given, f.family, f.given, f.kana_family, f.kana_given, rel, ymd(f.dob, "/"),
                     "同居" if rel != "母" else "別居", "対象", "対象" if rel != "母" else "対象外"])
        add(d, f, ("PERSON_NAME", jn(f)), ("DATE_OF_BIRTH", ymd(f.dob, "/")))
        add(d, emp, ("PERSON_NAME", jn(emp)))
    put_bytes(d, bom_csv(rows))

    # ================================================================== look-alikes
    def decoy(path, writer, desc, codes, opt=(), lang="en"):
        dd = W.doc(path, path.rsplit(".", 1)[1], lang)
        writer(dd)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    def text_of(rows):
        return lambda dd: put(dd, csv_text(rows))

    camp = [["Title", "Subject", "List", "Send Date", "Send Weekday", "Total Recipients", "Successful Deliveries", "Soft Bounces",
             "Hard Bounces", "Total Bounces", "Times Forwarded", "Unique Opens", "Open Rate", "Total Opens", "Unique Clicks", "Click Rate",
             "Total Clicks", "Unsubscribes", "Abuse Complaints"]]
    for t in ["Autumn Linen Sale", "Back to School Picks", "Makers Market - You're Invited", "Harvest Table Lookbook"]:
        n = R.randint(8000, 24000)
        camp.append([t, t + " 🍂", "Fernhollow Customers", f"{R.choice(['Sep', 'Aug'])} {R.randint(1, 28)}, 2026 {R.randint(6, 11)}:00 am",
                     R.choice(["Tuesday", "Thursday"]), str(n), str(n - 120), "61", "59", "120", str(R.randint(10, 90)),
                     str(n // 3), f"{R.uniform(25, 45):.2f}%", str(n // 2), str(n // 30), f"{R.uniform(2, 5):.2f}%", str(n // 20),
                     str(R.randint(10, 60)), str(R.randint(0, 4))])
    decoy("mailchimp/reports/campaigns_2026_Q3.csv", text_of(camp), "Mailchimp campaign report (counts, rates, send dates)",
          ["PERSON_NAME", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    summ = [["Event", "Ticket Type", "Price", "Quantity Sold", "Quantity Available", "Gross Sales", "Eventbrite Fees", "Net Sales"],
            ["Fernhollow Autumn Makers Market", "General Admission", "25.00", "412", "88", "10300.00", "1025.88", "9274.12"],
            ["Fernhollow Autumn Makers Market", "Early Bird", "18.00", "150", "0", "2700.00", "312.00", "2388.00"],
            ["Fernhollow Autumn Makers Market", "Workshop + Entry", "45.00", "60", "0", "2700.00", "248.40", "2451.60"]]
    decoy("eventbrite/report-sales-summary-Autumn-Makers-Market.csv", text_of(summ), "Eventbrite sales summary", ["PERSON_NAME", "PHONE_NUMBER"])

    sm = [["Question", "Answer Choices", "Response Percent", "Responses"],
          ["How satisfied were you with your most recent visit?", "Very satisfied", "61.4%", "213"],
          ["", "Satisfied", "27.1%", "94"], ["", "Neutral", "7.8%", "27"], ["", "Dissatisfied", "3.7%", "13"],
          ["Is there anything about your health we should know before your next appointment?", "Open-Ended Responses", "", "88"],
          ["", "Answered", "", "347"], ["", "Skipped", "", "12"]]
    decoy("surveymonkey/Patient experience survey - Sept 2026/Summary/Question_Summaries.csv", text_of(sm),
          "SurveyMonkey question summary (aggregates, health question text without answers)", ["HEALTH_INFO", "PERSON_NAME"])

    decoy("google-forms/Holiday pop-up staff availability (Responses) - Form Responses 1.csv",
          text_of([["Timestamp", "Email Address", "Full name", "Phone number", "Any medical conditions or access needs?", "Which dates?"]]),
          "Google Forms response sheet with no responses", ["PERSON_NAME", "HEALTH_INFO", "PHONE_NUMBER", "EMAIL_ADDRESS"])

    def canned(dd):
        put(dd, json.dumps([{"id": 4000 + i, "title": t, "content_html": b, "folder": "Shipping"} for i, (t, b) in enumerate([
            ("Address change", "<p>Hi {{ticket.requester.name}},</p><p>We've updated the delivery address on order {{ticket.order_id}}. "
                               "You'll get a new tracking link by e-mail.</p><p>{{ticket.agent.name}}<br>Fernhollow Customer Care</p>"),
            ("Missed delivery", "<p>Hi {{ticket.requester.first_name}},</p><p>Sorry we missed you! Reply with a day that suits and we'll rebook. "
                                "If you've been unwell, there's no rush.</p>"),
            ("Damaged item", "<p>Hello {{ticket.requester.name}},</p><p>Please send a photo of the damage to {{ticket.portal_email}}.</p>")])],
            indent=2))
    decoy("freshdesk/canned_responses.json", canned, "Freshdesk canned responses with placeholders",
          ["PERSON_NAME", "EMAIL_ADDRESS", "HEALTH_INFO", "POSTAL_ADDRESS"])

    prods = [["Handle", "Title", "Body (HTML)", "Vendor", "Product Category", "Type", "Tags", "Published", "Option1 Name", "Option1 Value",
              "Variant SKU", "Variant Grams", "Variant Inventory Qty", "Variant Price", "Variant Compare At Price", "Variant Barcode",
              "Image Src", "Status"]]
    for h, t, v, sku in [("linen-throw", "Linen Throw", "Harlow & Pike", "FH-LT"), ("stoneware-mug-set", "Stoneware Mug Set", "Ellison Ceramics", "FH-MUG"),
                         ("walnut-serving-board", "Walnut Serving Board", "Thornbury Woodworks", "FH-WSB")]:
        for opt in ["Oat", "Charcoal"]:
            prods.append([h, t, f"<p>{t} in {opt.lower()}. Made in small batches.</p>", v, "Home & Garden > Decor", "Homewares", "autumn",
                          "TRUE", "Color", opt, f"{sku}-{opt[:3].upper()}", str(R.randint(300, 1900)), str(R.randint(0, 140)),
                          f"{R.randint(20, 90)}.00", "", f"0{R.randint(10 ** 10, 10 ** 11 - 1)}",
                          f"https://cdn.shopify.example.com/files/{h}-{opt.lower()}.jpg", "active"])
    decoy("shopify/products_export_1.csv", text_of(prods), "Shopify products export (vendors named after families, SKUs, barcodes)",
          ["PERSON_NAME", "PHONE_NUMBER"])

    shohin = [["商品ID", "商品名", "種類ID", "種類名", "説明", "価格", "税率", "在庫数", "公開状態", "表示順", "種類在庫数", "JANコード"]]
    for i, (n_, v) in enumerate([("リネンブランケット", "オートミール"), ("リネンブランケット", "チャコール"), ("ストーンウェア マグ 4客セット", ""),
                                 ("くるみのカッティングボード", "L")]):
        shohin.append([str(R.randint(10 ** 7, 10 ** 8)), n_, str(R.randint(10 ** 7, 10 ** 8)) if v else "", v, "職人の手仕事による一点もの。",
                       str(R.randint(20, 90) * 100), "10", str(R.randint(0, 50)), "1", str(i + 1), str(R.randint(0, 20)),
                       f"45{R.randint(10 ** 10, 10 ** 11 - 1)}"])
    decoy("BASE/items_20260930.csv", lambda dd: put_bytes(dd, sjis_csv(shohin)), "BASE 商品 CSV (JAN, prices)",
          ["PERSON_NAME", "PHONE_NUMBER", "BANK_ACCOUNT"], lang="ja")

    evt = [["Event Type Name", "Duration", "Location", "Slug", "Active", "Questions", "Buffer Before", "Buffer After", "Minimum Notice"],
           ["Physio assessment (45 min)", "45", "Fernhollow Wellness, Studio B", "physio-assessment", "true",
            "What would you like help with? | How did you hear about us?", "10", "15", "24 hours"],
           ["Follow-up (30 min)", "30", "Phone call - we'll call the number you give", "follow-up", "true", "Anything new since last time?",
            "0", "10", "4 hours"]]
    decoy("calendly/event-types.csv", text_of(evt), "Calendly event types", ["PERSON_NAME", "HEALTH_INFO", "PHONE_NUMBER"])

    lib = [["Token", "Item Name", "Variation Name", "SKU", "Description", "Category", "Price", "Option Name 1", "Option Value 1",
            "Current Quantity Fernhollow Somerville", "GTIN"]]
    for nm_, var in [("Deep Tissue Massage", "60 min"), ("Deep Tissue Massage", "90 min"), ("Physio Assessment", "45 min"), ("Gift Card", "$50")]:
        lib.append(["".join(R.choice("ABCDEFGHJKMNPQRSTVWXYZ234567") for _ in range(24)), nm_, var, f"SVC-{R.randint(100, 999)}", "",
                    "Services", f"{R.randint(40, 160)}.00", "Length", var, "", f"{R.randint(10 ** 11, 10 ** 12 - 1)}"])
    decoy("square/item-library-export.xlsx", lambda dd: xlsx(W.path(dd), {"Items": lib}), "Square item library",
          ["PERSON_NAME", "PHONE_NUMBER", "HEALTH_INFO"])

    hc = [["Fernhollow Home, Inc."], ["Headcount by Department and Location", "", "As of 2026-09-30"], [],
          ["Department", "Location", "Full-time", "Part-time", "Average Tenure (yrs)", "Open Requisitions"],
          ["Retail", "Somerville, MA", "14", "22", "2.8", "3"], ["Merchandising", "Somerville, MA", "6", "0", "4.1", "1"],
          ["Operations", "Columbus, OH", "19", "4", "3.5", "2"], ["Customer Care", "Remote", "7", "3", "1.9", "0"]]
    decoy("bamboohr/Headcount_Report_2026-09-30.xlsx", lambda dd: xlsx(W.path(dd), {"Report": hc}), "BambooHR headcount report",
          ["PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH"])

    tmpl = [["社員番号", "姓", "名", "姓（ヨミガナ）", "名（ヨミガナ）", "生年月日", "メールアドレス", "電話番号", "郵便番号", "住所", "基礎年金番号",
             "給与振込口座 口座番号"],
            ["（記入例）00001", "山田", "太郎", "ヤマダ", "タロウ", "1990/01/01", "taro.yamada@example.com", "090-0000-0000", "100-0001",
             "東京都千代田区千代田1-1", "0000-000000", "0000000"]]
    decoy("smarthr/従業員インポート用テンプレート_記入例.csv", lambda dd: put_bytes(dd, bom_csv(tmpl)),
          "SmartHR import template with 記入例 placeholders", ["JP_PENSION_NUMBER", "BANK_ACCOUNT", "PHONE_NUMBER"],
          ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "EMAIL_ADDRESS"), lang="ja")

    sdl = ("#Mapping values\n#Sat Sep 12 09:14:02 EDT 2026\nFirstName=FIRSTNAME\nLastName=LASTNAME\nMailingStreet=MAILINGSTREET\n"
           "MailingCity=MAILINGCITY\nMailingPostalCode=MAILINGPOSTALCODE\nPhone=PHONE\nMobilePhone=MOBILEPHONE\nEmail=EMAIL\n"
           "Birthdate=BIRTHDATE\nAccountId=ACCOUNTID\nOwnerId=OWNERID\n")
    decoy("salesforce/dataloader/contact_mapping.sdl", lambda dd: put(dd, sdl), "Data Loader field mapping",
          ["PERSON_NAME", "POSTAL_ADDRESS", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    hs = [["First Name", "Last Name", "Email", "Phone Number", "Street Address", "City", "State/Region", "Postal Code", "Lifecycle Stage"],
          ["Jane", "Doe", "jane.doe@example.com", "555-0100", "123 Main Street", "Anytown", "MA", "00000", "lead"],
          ["John", "Doe", "john.doe@example.com", "555-0101", "456 Elm Street", "Anytown", "MA", "00000", "customer"]]
    decoy("hubspot/import-template-contacts.csv", text_of(hs), "HubSpot import template with placeholder values", ["PHONE_NUMBER"],
          ("PERSON_NAME", "EMAIL_ADDRESS", "POSTAL_ADDRESS"))

    comp = [["Record ID", "Company name", "Company Domain Name", "Industry", "Number of Employees", "Annual Revenue", "City",
             "State/Region", "Country/Region", "Company owner", "Create Date"]]
    for c in ["Whitaker & Sons Furniture", "Halvorsen Brothers Trading", "Beaumont Hospitality Group", "Kessler Lighting Co."]:
        comp.append([str(R.randint(10 ** 9, 10 ** 10)), c, c.split()[0].lower() + ".example.com", "Retail", str(R.randint(10, 400)),
                     str(R.randint(1, 90) * 100000), R.choice(["Boston", "Providence", "Hartford"]), R.choice(["MA", "RI", "CT"]),
                     "United States", "", f"2025-0{R.randint(1, 9)}-1{R.randint(0, 9)}"])
    decoy("hubspot/hubspot-crm-exports-all-companies-2026-09-30.csv", text_of(comp), "HubSpot companies export (firms named after families)",
          ["PERSON_NAME", "PHONE_NUMBER"])

    W.finish()


if __name__ == "__main__":
    main()
