#!/usr/bin/env python3
"""gen_ids22.py - the identifier types that the other probe sets carry least of, each in several phrasings and with
look-alikes: US passports (9 digits and the next-generation letter + 8 digits), US driver's licences of several
states, US bank accounts with a routing number, Japanese 口座番号 (普通 / 当座, ゆうちょ 記号・番号), 旅券番号,
運転免許証番号, マイナンバー, 基礎年金番号, 健康保険 記号・番号 / 保険者番号, ITINs, UK National Insurance numbers,
IBANs and biometric records; in forms (label: value lines), prose, chat lines, CSV, Markdown tables and mail. Decoys:
blank forms and 記入例, format descriptions with the documented example values, order / tracking / serial numbers of the
same shapes, routing numbers and insurer numbers alone (an organisation's), 法人番号, software licence keys, a
passport office's opening hours, fingerprint-reader product notes. Tuning seed 22, check seed 2222.

    python3 bench/probes/gen_ids22.py OUT [--seed N]

Truth conventions as the other sets: a person's name, birth date (labelled), phone, e-mail and address are their types
too; an expiry or issue date is no type; BANK_ACCOUNT only for a number a bank word labels; an insurer number
(保険者番号) with the member's 記号・番号 is JP_HEALTH_INSURANCE, alone it is an organisation's.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, my_number, jn, kn  # noqa: E402
from enlib import iban, routing  # noqa: E402

US_DL = [("CA", lambda R: f"{R.choice('ABCDEFGNY')}{R.randint(1000000, 9999999)}"),
         ("NY", lambda R: f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"),
         ("FL", lambda R: f"{R.choice('BDHMSW')}{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100, 999)}-0"),
         ("TX", lambda R: f"{R.randint(10000000, 49999999)}"),
         ("IL", lambda R: f"{R.choice('BDHMSW')}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"),
         ("WA", lambda R: f"WDL{R.choice('ABCDEFGHJK')}{R.randint(10, 99)}{R.choice('MNPQRS')}{R.randint(100, 999)}{R.choice('BCDFG')}{R.randint(1, 9)}")]
BANKS_JP = [("みずほ銀行", "渋谷支店"), ("三菱UFJ銀行", "新宿支店"), ("三井住友銀行", "梅田支店"), ("りそな銀行", "横浜支店"),
            ("横浜銀行", "本店営業部"), ("静岡銀行", "浜松支店")]
BANKS_US = ["Chase", "Wells Fargo", "Bank of America", "Citibank", "US Bank", "PNC Bank"]
INSURERS = ["01130012", "06132013", "31130014", "32130013"]


def jp_dl(R):
    pre = R.choice(["30", "45", "50", "62", "71", "80", "91"])
    body = pre + f"{R.randint(0, 24):02d}" + f"{R.randint(0, 999999):06d}"
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3]
    r = sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + str(0 if r <= 1 else 11 - r) + str(R.randint(0, 2))


def jp_passport(R):
    return f"{R.choice(['TK', 'TR', 'TZ', 'MZ', 'TS', 'MU'])}{R.randint(1000000, 9999999)}"


def us_passport(R):
    return f"{R.randint(500000000, 599999999)}" if R.random() < 0.6 else f"{R.choice('ACEFGHJKLMNPRSTUVWXYZ')}{R.randint(10000000, 99999999)}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=22)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe22ids")
    R = W.rnd

    def txt(path, lang, body):
        d = W.doc(path, "txt", lang)
        return d, body

    def put(d, text, enc="utf-8"):
        W.write_text(d, text, enc)

    def dob_us(p):
        return f"{p.dob.month:02d}/{p.dob.day:02d}/{p.dob.year}"

    def dob_ja(p):
        return f"{p.dob.year}年{p.dob.month}月{p.dob.day}日"

    # ------------------------------------------------------------------ US passports
    for i in range(4):
        p = W.us_person()
        no = us_passport(R)
        d = W.doc(f"travel/requests/travel_request_{p.last.lower()}_{i}.txt", "txt", "en")
        style = i % 4
        if style == 0:
            text = (f"TRAVEL AUTHORIZATION REQUEST\nTraveler: {p.name}\nDate of Birth: {dob_us(p)}\n"
                    f"Passport No.: {no}\nPassport expiry: 2031-0{R.randint(1, 9)}-1{R.randint(0, 9)}\nDestination: Tokyo (HND)\n")
            d.add(p, "PERSON_NAME", p.name), d.add(p, "DATE_OF_BIRTH", dob_us(p)), d.add(p, "US_PASSPORT", no)
        elif style == 1:
            text = (f"Hi team,\n\nFor the visa application my passport number is {no} and it expires in March 2032. "
                    f"Please book the flight under {p.name} exactly as printed.\n\nThanks\n{p.first}\n")
            d.add(p, "PERSON_NAME", p.name), d.add(p, "US_PASSPORT", no)
        elif style == 2:
            text = (f"[09:14] {p.name}: here is what the hotel asked for\n[09:14] {p.name}: US passport {no}\n"
                    f"[09:15] Concierge: thank you, noted.\n")
            d.add(p, "PERSON_NAME", p.name), d.add(p, "US_PASSPORT", no)
        else:
            text = (f"Visitor pre-registration\n\nName: {p.name}\nCitizenship: United States\n"
                    f"Travel document: passport #{no}\nHost: Facilities\n")
            d.add(p, "PERSON_NAME", p.name), d.add(p, "US_PASSPORT", no)
        put(d, text)
    # a traveller list (CSV) and a Markdown table
    ppl = [W.us_person() for _ in range(3)]
    d = W.doc("travel/lists/delegation_2026.csv", "csv", "en")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["Name", "Nationality", "Passport Number", "Passport Expiry"])
    for p in ppl:
        no = us_passport(R)
        w.writerow([p.name, "USA", no, f"2030-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"])
        d.add(p, "PERSON_NAME", p.name), d.add(p, "US_PASSPORT", no)
    put(d, buf.getvalue())
    ppl = [W.us_person() for _ in range(2)]
    d = W.doc("travel/lists/site_visit.md", "md", "en")
    rows = ["# Site visit — attendee documents", "", "| Attendee | Passport # | Role |", "|---|---|---|"]
    for p in ppl:
        no = us_passport(R)
        rows.append(f"| {p.name} | {no} | Engineer |")
        d.add(p, "PERSON_NAME", p.name), d.add(p, "US_PASSPORT", no)
    put(d, "\n".join(rows) + "\n")

    # ------------------------------------------------------------------ US driver's licences
    for i, (st, mk) in enumerate(US_DL):
        p = W.us_person()
        no = mk(R)
        d = W.doc(f"rentals/agreement_{st}_{p.last.lower()}.txt", "txt", "en")
        if i % 3 == 0:
            text = (f"VEHICLE RENTAL AGREEMENT\nRenter: {p.name}\nDriver's License: {no} ({st})\n"
                    f"License expires: 11/30/2029\nVehicle: compact\n")
        elif i % 3 == 1:
            text = (f"Incident note: the renter, {p.name}, showed a {st} driver license, number {no}, "
                    f"and signed the damage waiver.\n")
        else:
            text = f"Renter {p.name}\nDL# {no}   State {st}\nDOB {dob_us(p)}\n"
            d.add(p, "DATE_OF_BIRTH", dob_us(p))
        d.add(p, "PERSON_NAME", p.name), d.add(p, "US_DRIVERS_LICENSE", no)
        put(d, text)

    # ------------------------------------------------------------------ US bank accounts
    for i in range(4):
        p = W.us_person()
        acct = f"{R.randint(10 ** 7, 10 ** 12 - 1)}"
        rt = routing(R)
        d = W.doc(f"payroll/direct_deposit_{p.last.lower()}_{i}.txt", "txt", "en")
        if i % 2 == 0:
            text = (f"DIRECT DEPOSIT AUTHORIZATION\nEmployee: {p.name}\nBank: {R.choice(BANKS_US)}\n"
                    f"Routing Number: {rt}\nAccount Number: {acct}\nAccount Type: Checking\n")
        else:
            text = (f"Hello payroll, {p.name} here. Please deposit my pay into my checking account {acct} "
                    f"at {R.choice(BANKS_US)} (routing {rt}) starting next month.\n")
        d.add(p, "PERSON_NAME", p.name), d.add(p, "BANK_ACCOUNT", acct)
        put(d, text)

    # ------------------------------------------------------------------ Japanese bank accounts
    for i in range(4):
        p = W.jp_person()
        bank, branch = R.choice(BANKS_JP)
        acct = f"{R.randint(0, 9999999):07d}"
        d = W.doc(f"経理/振込先/振込先_{p.family}_{i}.txt", "txt", "ja")
        if i % 2 == 0:
            text = (f"振込先口座届\n氏名：{jn(p)}\n金融機関：{bank}　{branch}\n預金種目：普通\n口座番号：{acct}\n"
                    f"口座名義：{kn(p)}\n")
            d.add(p, "PERSON_NAME", jn(p))
        else:
            text = (f"{p.family}様\n\n立替経費は下記口座へお振込みください。\n{bank} {branch} 普通 {acct} {kn(p)}\n\n経理部\n")
            d.add(p, "PERSON_NAME", p.family + "様")
        d.add(p, "BANK_ACCOUNT", acct)
        put(d, text)
    p = W.jp_person()
    kigo, bango = f"1{R.randint(1000, 9999)}", f"{R.randint(10 ** 6, 10 ** 8 - 1)}"
    d = W.doc(f"経理/振込先/ゆうちょ_{p.family}.txt", "txt", "ja")
    put(d, f"返金先\nお名前：{jn(p)}\nゆうちょ銀行　記号 {kigo}　番号 {bango}\n")
    d.add(p, "PERSON_NAME", jn(p)), d.add(p, "BANK_ACCOUNT", bango)

    # ------------------------------------------------------------------ 旅券番号
    for i in range(4):
        p = W.jp_person()
        no = jp_passport(R)
        d = W.doc(f"総務/出張/出張申請_{p.family}_{i}.txt", "txt", "ja")
        if i == 0:
            text = f"海外出張申請書\n氏名：{jn(p)}\n生年月日：{dob_ja(p)}\n旅券番号：{no}\n渡航先：シンガポール\n"
            d.add(p, "DATE_OF_BIRTH", dob_ja(p))
        elif i == 1:
            text = f"{p.family}さんのパスポート番号は{no}です。ビザ申請に使うので控えておいてください。\n"
        elif i == 2:
            text = f"Passport (Japan): {no}\nSurname / Given name: {p.romaji.split()[1]} / {p.romaji.split()[0]}\n"
        else:
            text = f"| 氏名 | 旅券番号 | 有効期限 |\n|---|---|---|\n| {jn(p)} | {no} | 2030年4月1日 |\n"
        if i == 1:
            d.add(p, "PERSON_NAME", p.family + "さん")
        elif i == 2:
            d.add(p, "PERSON_NAME", p.romaji.split()[1] + " / " + p.romaji.split()[0])
        else:
            d.add(p, "PERSON_NAME", jn(p))
        d.add(p, "JP_PASSPORT", no)
        put(d, text)

    # ------------------------------------------------------------------ 運転免許証番号
    for i in range(3):
        p = W.jp_person()
        no = jp_dl(R)
        d = W.doc(f"総務/社用車/運転者届_{p.family}_{i}.txt", "txt", "ja")
        if i == 0:
            text = f"社用車運転者届\n氏名：{jn(p)}\n運転免許証番号：第{no}号\n免許の色：ゴールド\n"
        elif i == 1:
            text = f"レンタカー申込書\nお名前　{jn(p)}\n免許証番号　{no[:4]}-{no[4:8]}-{no[8:]}\n"
        else:
            text = f"{jn(p)}（運転免許証 {no}）を社用車の運転者として登録しました。\n"
        d.add(p, "PERSON_NAME", jn(p)), d.add(p, "JP_DRIVERS_LICENSE", no)
        put(d, text)

    # ------------------------------------------------------------------ マイナンバー
    for i in range(3):
        p = W.jp_person()
        no = my_number(R, " " if i == 0 else "-" if i == 1 else "")
        d = W.doc(f"人事/番号/個人番号届_{p.family}_{i}.txt", "txt", "ja")
        if i == 0:
            text = f"個人番号届出書\n氏名　{jn(p)}\n個人番号　{no}\n"
        elif i == 1:
            text = f"{jn(p)}さんのマイナンバーは {no} です（扶養控除等申告書より転記）。\n"
        else:
            text = f"氏名,マイナンバー\n{jn(p)},{no}\n"
        d.add(p, "PERSON_NAME", jn(p)), d.add(p, "JP_MY_NUMBER", no)
        put(d, text)

    # ------------------------------------------------------------------ 基礎年金番号
    for i in range(3):
        p = W.jp_person()
        no = f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"
        d = W.doc(f"人事/年金/年金_{p.family}_{i}.txt", "txt", "ja")
        if i == 0:
            text = f"資格取得届\n被保険者氏名：{jn(p)}\n基礎年金番号：{no}\n生年月日：{dob_ja(p)}\n"
            d.add(p, "DATE_OF_BIRTH", dob_ja(p))
        elif i == 1:
            text = f"{jn(p)}さんから年金手帳の番号（{no}）の連絡がありました。\n"
        else:
            text = f"社員名,年金番号\n{jn(p)},{no}\n"
        d.add(p, "PERSON_NAME", jn(p)), d.add(p, "JP_PENSION_NUMBER", no)
        put(d, text)

    # ------------------------------------------------------------------ 健康保険
    for i in range(3):
        p = W.jp_person()
        kigo, bango = f"{R.randint(1, 9999)}", f"{R.randint(1, 999)}"
        d = W.doc(f"人事/健保/健康保険_{p.family}_{i}.txt", "txt", "ja")
        if i == 0:
            text = (f"傷病手当金支給申請書\n被保険者氏名：{jn(p)}\n被保険者証の記号：{kigo}\n番号：{bango}\n"
                    f"保険者番号：{R.choice(INSURERS)}\n")
            value = f"{kigo}・{bango}"
        elif i == 1:
            text = f"{jn(p)}　健康保険証 記号・番号 {kigo}・{bango}（枝番 01）\n"
            value = f"{kigo}・{bango}"
        else:
            text = f"氏名,保険証記号,保険証番号\n{jn(p)},{kigo},{bango}\n"
            value = kigo
        d.add(p, "PERSON_NAME", jn(p)), d.add(p, "JP_HEALTH_INSURANCE", value)
        put(d, text)

    # ------------------------------------------------------------------ ITIN, NINO, IBAN
    for i in range(2):
        p = W.us_person()
        d = W.doc(f"tax/w7_followup_{p.last.lower()}.txt", "txt", "en")
        if i == 0:
            put(d, f"Taxpayer: {p.name}\nITIN: {p.itin}\nTax year: 2025\n")
        else:
            put(d, f"We confirm that the IRS assigned {p.name} the individual taxpayer identification number {p.itin}.\n")
        d.add(p, "PERSON_NAME", p.name), d.add(p, "US_ITIN", p.itin)
    for i in range(2):
        p = W.uk_person()
        d = W.doc(f"uk/starter_{p.last.lower()}.txt", "txt", "en")
        nino = p.nino if i == 0 else p.nino.replace(" ", "")
        if i == 0:
            put(d, f"New starter checklist\nEmployee: {p.name}\nNational Insurance number: {nino}\n")
        else:
            put(d, f"{p.first} {p.last} gave her NI number as {nino} on the phone today.\n")
        d.add(p, "PERSON_NAME", p.name), d.add(p, "UK_NINO", nino)
    for i, cc in enumerate(["DE", "FR", "NL"]):
        p = W.uk_person()
        ib = iban(R, cc)
        d = W.doc(f"finance/refunds/refund_{p.last.lower()}_{cc}.txt", "txt", "en")
        shown = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)) if i != 1 else ib
        put(d, f"Refund request from {p.name}: please return the deposit to IBAN {shown}.\n")
        d.add(p, "PERSON_NAME", p.name), d.add(p, "IBAN", shown)

    # ------------------------------------------------------------------ biometric records
    for i in range(2):
        p = W.us_person()
        d = W.doc(f"security/badges/enrollment_{p.last.lower()}.txt", "txt", "en")
        tmpl = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(64))
        put(d, f"Badge enrollment record\nEmployee: {p.name}\nFingerprint template (ISO/IEC 19794-2): {tmpl}==\n"
               f"Enrolled fingers: right index, left index\n")
        d.add(p, "PERSON_NAME", p.name), d.add(p, "BIOMETRIC", tmpl)
    p = W.jp_person()
    d = W.doc(f"総務/入退室/生体認証登録_{p.family}.txt", "txt", "ja")
    put(d, f"生体認証登録票\n氏名：{jn(p)}\n登録種別：静脈パターン（右手）\n登録データ：{R.randint(10 ** 15, 10 ** 16 - 1):x}\n")
    d.add(p, "PERSON_NAME", jn(p)), d.add(p, "BIOMETRIC", "静脈パターン")

    # ------------------------------------------------------------------ decoys
    def decoy(path, lang, text, desc, codes):
        d = W.doc(path, "txt", lang)
        put(d, text)
        d.decoy(desc, codes)

    decoy("travel/howto/passport_photos.txt", "en",
          "Passport photos must be 2 x 2 inches. The passport office at the federal building is open 8:00-15:30; "
          "bring form DS-82 and the fee. Order No. 512345678 covers the photo prints.\n",
          "passport office notes with a 9-digit order number", ["US_PASSPORT"])
    decoy("travel/forms/blank_travel_request.txt", "en",
          "TRAVEL AUTHORIZATION REQUEST\nTraveler: ____________\nDate of Birth: __/__/____\nPassport No.: ____________\n",
          "blank travel form", ["US_PASSPORT", "PERSON_NAME", "DATE_OF_BIRTH"])
    decoy("it/licensing/office_keys.txt", "en",
          f"Software licence register\nProduct: Office 2021\nLicense key: {R.randint(10000, 99999)}-{R.randint(10000, 99999)}-"
          f"{R.randint(10000, 99999)}-{R.randint(10000, 99999)}\nLicense No. {R.randint(10 ** 7, 10 ** 8 - 1)} (site licence)\n",
          "software licence keys", ["US_DRIVERS_LICENSE"])
    decoy("shipping/tracking.txt", "en",
          f"Shipment status\nTracking number: {R.randint(10 ** 11, 10 ** 12 - 1)}\nAccount number (shipper): {R.randint(10 ** 8, 10 ** 9 - 1)}\n"
          f"Reference: PO-{R.randint(1000, 9999)}\n",
          "tracking and shipper account numbers", ["BANK_ACCOUNT", "US_PASSPORT"])
    decoy("finance/reference/routing_numbers.txt", "en",
          "Our banks' routing numbers for incoming wires:\n" + "\n".join(f"{b}: ABA {routing(R)}" for b in BANKS_US[:4]) + "\n",
          "ABA routing number list", ["BANK_ACCOUNT"])
    decoy("finance/reference/customer_accounts.txt", "en",
          "Customer account numbers are 10 digits and printed on each invoice, e.g. account 4000012345 for the "
          "Springfield branch office. Invoice 2026-00418 is due on 12/15/2026.\n",
          "store customer account number on an invoice note", ["BANK_ACCOUNT"])
    decoy("経理/振込先/記入例.txt", "ja",
          "振込先口座届（記入例）\n氏名：山田　太郎\n金融機関：○○銀行　△△支店\n預金種目：普通\n口座番号：1234567\n",
          "記入例 of a bank account form", ["BANK_ACCOUNT", "PERSON_NAME"])
    decoy("経理/振込先/当社口座.txt", "ja",
          "お振込先（当社口座）\n" + f"{BANKS_JP[0][0]} {BANKS_JP[0][1]} 当座 {R.randint(0, 9999999):07d}\n"
          "口座名義：カ）トウヨウセイキ\n",
          "the company's own account on an invoice", ["BANK_ACCOUNT"])
    decoy("総務/出張/旅券の注意.txt", "ja",
          "旅券番号は英字2文字と数字7桁です（例：TK1234567）。申請書の旅券番号欄は空欄のまま提出しないでください。\n",
          "passport number format with the documented example", ["JP_PASSPORT"])
    decoy("総務/社用車/免許の説明.txt", "ja",
          "運転免許証番号は12桁の数字です。最初の2桁は交付した公安委員会を表します。社用車の運転には有効な免許が必要です。\n",
          "licence number explanation", ["JP_DRIVERS_LICENSE"])
    decoy("人事/番号/法人番号.txt", "ja",
          "当社の法人番号は 5835678256246 です。請求書には適格請求書発行事業者登録番号 T5835678256246 を記載します。\n",
          "corporate number", ["JP_MY_NUMBER"])
    decoy("人事/年金/年金制度.txt", "ja",
          "基礎年金番号とは、公的年金制度で共通して使用する番号です。年金手帳または基礎年金番号通知書で確認できます。\n",
          "pension number explanation", ["JP_PENSION_NUMBER"])
    decoy("人事/健保/保険者一覧.txt", "ja",
          "保険者番号一覧\n" + "\n".join(f"{n}　健康保険組合" for n in INSURERS) + "\n",
          "insurer numbers alone", ["JP_HEALTH_INSURANCE"])
    decoy("uk/payroll_guide.txt", "en",
          "A National Insurance number is two letters, six digits and a letter, for example QQ 12 34 56 C. "
          "Never use a temporary reference such as TN 01 01 90 M.\n",
          "NINO format with its documented examples", ["UK_NINO"])
    decoy("finance/reference/iban_format.txt", "en",
          "German IBANs have 22 characters: DE, two check digits, the 8-digit bank code and the 10-digit account "
          f"number. A mistyped one such as DE00 3704 0044 0532 0130 00 fails the check.\n",
          "IBAN format note with an invalid IBAN", ["IBAN", "BANK_ACCOUNT"])
    decoy("security/hardware/reader_notes.txt", "en",
          "Fingerprint reader FR-20 firmware 3.2.1 release notes: faster template matching, ISO/IEC 19794-2 export, "
          "serial numbers 5123456789 to 5123459999 affected by the LED fix.\n",
          "fingerprint reader product notes", ["BIOMETRIC", "US_PASSPORT"])
    decoy("tax/itin_info.txt", "en",
          "An ITIN is a nine-digit number that always begins with 9, formatted like an SSN (9XX-XX-XXXX). "
          "Form W-7 is used to apply.\n",
          "ITIN explanation", ["US_ITIN", "US_SSN"])
    decoy("rentals/fleet_list.txt", "en",
          "Fleet list\nUnit 4471  VIN 1HGCM82633A004352  Plate 8ABC123 (CA)\nUnit 4472  VIN 2T1BURHE5JC014290  Plate 7XYZ987 (CA)\n",
          "vehicle list with plates and VINs", ["US_DRIVERS_LICENSE"])
    W.finish()


if __name__ == "__main__":
    main()
