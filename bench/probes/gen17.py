#!/usr/bin/env python3
"""gen17.py - probe set 17 for leakscope: the same people across many documents, each written differently, so that
subjects.csv must give one subject per person, and look-alike people that must stay apart.

  Same person, other form: "Last, First" / "First Last" / "LAST First", middle initials, given-name variants
  (Bob / Robert, Liz / Elizabeth), an e-mail alone in one item and with the name in another, one phone written
  E.164, national and with spaces, Japanese 姓名 with and without a space, in kana (フリガナ), kanji and romaji (Taro
  Yamada / YAMADA Taro), old and new kanji (髙橋 / 高橋, 齋藤 / 斎藤), a maiden name with a note (旧姓, née), a person
  known in one file by name and birth date and in another by name and address.
  Must not merge: two John Smiths (different SSNs and birth dates), two 佐藤 健 (different addresses), a father and
  son (Sr. / Jr.) at one address with one home phone, a Japanese couple sharing address and home phone.
  Formats: HR xlsx and csv, mail (.eml, .mbox) with signatures, docx letters, PDF forms, vCard, JSON exports.

    python3 bench/probes/gen17.py OUT [--seed N]      (tuning seed 17; check seed 1818, measured once before and once after)

Truth conventions (besides README's): a person's "phones" and "emails" list only their own contact points: a
household's shared home phone is PHONE_NUMBER of each member who is written with it, but no identifier of either
(score.py would otherwise take each member's row for the other's); a person with no own e-mail or phone is matched
by name (names_seen: every form the files write, kana included); a signature's or letter's sender named in their
role (HR officer, clinic) is no truth person, and an office's switchboard number is optional PHONE_NUMBER.
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import JP_GIVEN, US_LAST, UK_LAST  # noqa: E402
from gen12s import eml, fix_status  # noqa: E402
from gen9 import eu_person  # noqa: E402

NICK = [("Robert", "Bob"), ("Elizabeth", "Liz"), ("William", "Bill"), ("Katherine", "Kate"), ("Margaret", "Peggy"),
        ("Richard", "Rick"), ("James", "Jim"), ("Jennifer", "Jen"), ("Michael", "Mike"), ("Thomas", "Tom")]
MIDDLE = "ABCDEFGHJKLMPRSTW"
JP_COMPANY = "toyo-seiki.example.co.jp"
US_COMPANY = "northwind-mfg.example.com"



def vcard(cards):
    out = []
    for c in cards:
        out.append("BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{k}:{v}\r\n" for k, v in c) + "END:VCARD\r\n")
    return "".join(out)


def mbox(msgs):
    buf = b""
    for m in msgs:
        raw = m.as_bytes(policy=email.policy.SMTP)
        buf += b"From MAILER-DAEMON Mon Nov 02 10:00:00 2026\n" + mbox_escape(raw.replace(b"\r\n", b"\n")) + b"\n"
    return buf



def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe17")
    R = W.rnd

    def put(d, p, pairs):
        for t, v in pairs:
            d.add(p, t, v)

    def home_phone(d, p, v):
        """A household's shared phone: the member's PHONE_NUMBER, not their own contact point."""
        d.types.add("PHONE_NUMBER")
        d.ev.append({"type": "PHONE_NUMBER", "person": p.id, "value": v})
        d.people.setdefault(p.id, set()).add("PHONE_NUMBER")
        p.docs.append(d.path)
        p.elements.add("PHONE_NUMBER")

    def wbytes(d, b):
        with open(W.path(d), "wb") as f:
            f.write(b)

    def jp(family=None, kana=None, roman=None):
        p = W.jp_person()
        if family:
            p.family, p.kana_family = family, kana
            p.name = f"{p.family} {p.given}"
            p.romaji = f"{p.romaji.split()[0]} {roman.upper()}"
            p.email = f"{p.romaji.split()[0][0].lower()}.{roman.lower()}{R.randint(1, 99)}@example.ne.jp"
        p.roman_given, p.roman_family = p.romaji.split()[0], p.romaji.split()[1].capitalize()
        return p



    def us(first=None, last=None):
        p = W.us_person()
        if first:
            p.first = first
        if last:
            p.last = last
        p.name = f"{p.first} {p.last}"
        p.email = f"{p.first.lower()}.{p.last.lower()}@{R.choice(['example.com', 'mail.example.net', 'example.org'])}"
        p.work = f"{p.first[0].lower()}{p.last.lower()}@{US_COMPANY}"
        p.mi = R.choice(MIDDLE)
        return p



    def uk(first=None):
        p = W.uk_person()
        if first:
            p.first = first
            p.name = f"{p.first} {p.last}"
            p.email = f"{p.first.lower()}{R.randint(1, 99)}@example.co.uk"
        p.work = f"{p.first.lower()}.{p.last.lower()}@{US_COMPANY.replace('.com', '.co.uk')}"
        return p

    def us_date(x):
        return x.strftime("%m/%d/%Y")

    def ja_date(x):
        return f"{x.year}年{x.month}月{x.day}日"

    def dashes(e164):  # +1 425-555-0123 written as 425.555.0123
        n = e164[2:]
        return f"{n[:3]}.{n[3:6]}.{n[6:]}"

    def jp_spaced(p):  # 090 1234 5678
        return p.phone_nat.replace("-", " ")

    # ------------------------------------------------------------------ people
    nick = R.sample(NICK, 5)
    jt = jp("高橋", "タカハシ", "Takahashi")          # 髙橋 in some files
    js = jp("斎藤", "サイトウ", "Saito")              # 齋藤 in some files
    jr = jp()                                         # romaji both orders
    jk = jp()                                         # kana vs kanji
    sa1 = jp("佐藤", "サトウ", "Sato")
    sa2 = W.jp_person()
    sa1.given, sa1.kana_given = "健", "ケン"
    sa1.name = "佐藤 健"
    sa2.family, sa2.given, sa2.kana_family, sa2.kana_given, sa2.name = "佐藤", "健", "サトウ", "ケン", "佐藤 健"
    sa2.email = f"ken.sato{R.randint(100, 999)}@example.jp"
    while sa2.addr_ja == sa1.addr_ja:
        sa2.addr_ja += " 2F"
    jm = jp()                                         # maiden name: 旧姓
    maiden = R.choice([f for f in ("今井", "丸山", "原田", "小松") if f != jm.family])
    jd = jp()                                         # name + dob in one file, name + address in another
    jh = jp()                                         # household: jh and spouse jw
    jw = W.jp_person()
    jw.family, jw.kana_family, jw.name = jh.family, jh.kana_family, f"{jh.family} {jw.given}"
    jw.zip, jw.addr_ja = jh.zip, jh.addr_ja
    jh_home = f"0{R.choice(['3', '6', '45', '52'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}"
    ji = jp()                                         # Latin only, both orders

    ub = us(nick[0][0])                               # Robert / Bob
    ul = us(nick[1][0])                               # Elizabeth / Liz
    uw = us(nick[2][0])                               # William / Bill
    js1 = us("John", "Smith")
    js2 = us("John", "Smith")
    js2.dob = js1.dob.replace(year=js1.dob.year + 7)
    hs = us()                                         # father (Sr.) and son (Jr.): one name, one address, one home phone
    hj = us(hs.first, hs.last)
    hj.street, hj.city, hj.state, hj.zip, hj.juris = hs.street, hs.city, hs.state, hs.zip, hs.juris
    hj.dob = dt.date(hs.dob.year + 28 if hs.dob.year < 1972 else 2000, R.randint(1, 12), R.randint(1, 28))
    hj.email = f"{hj.first.lower()}.{hj.last.lower()}.jr@example.com"
    hs.email = f"{hs.first[0].lower()}{hs.last.lower()}{R.randint(40, 69)}@mail.example.net"
    h_home = f"({hs.phone_nat[1:4]}) {R.randint(201, 899)}-{R.randint(1000, 9999)}"
    ud = us()                                         # name + dob vs name + address, no contact
    um = us()                                         # maiden name: née
    um_maiden = R.choice([x for x in US_LAST if x != um.last])
    up = us()                                         # one phone, three spellings
    ue = us()                                         # e-mail alone in one item
    ui = us()                                         # middle initial
    uk1 = uk()
    uk2 = uk()
    uk3 = uk(nick[3][0])
    uk4 = uk()
    j12 = jp()                                        # kanji on the roster, romaji given-first elsewhere
    un = us(nick[4][0])                               # nickname in a signature beside the work e-mail
    de = []
    for _ in range(5):
        de.append(eu_person(W, "DE"))
    for p in de:
        p.work = f"{p.first[0].lower()}.{p.last.lower().replace('ä', 'ae').replace('ü', 'ue')}@{US_COMPANY.replace('.com', '.de')}"
    d1, d2, d3, d4, d5 = de
    d5.last, d5.name, d5.street, d5.plz, d5.city, d5.addr = d4.last, f"{d5.first} {d4.last}", d4.street, d4.plz, d4.city, d4.addr
    d5.email = f"{d5.first.lower()}.{d5.last.lower().replace('ä', 'ae').replace('ü', 'ue')}@example.de"
    d4_home = f"0{R.choice(['30', '89', '221', '40'])} {R.randint(100000, 999999)}"
    if not d4.e164.startswith("+491"):
        pre, sub = R.choice(["151", "160", "171", "176"]), f"{R.randint(1000000, 9999999)}"
        d4.phone_nat, d4.e164 = f"+49 (0){pre} {sub}", f"+49{pre}{sub}"

    # ================================================================== HR (US / UK / DE company)
    d = W.doc("HR/master/employee_master_2026-10.xlsx", "xlsx", "en")
    rows = [["Employee ID", "Last Name", "First Name", "MI", "Date of Birth", "SSN / NINO", "Work Email", "Location"]]
    for p in (ub, ul, uw, js2, um, ui, un):
        rows.append([f"E{R.randint(10000, 99999)}", p.last, p.first, p.mi, us_date(p.dob), p.ssn, p.work, f"{p.city}, {p.state}"])
        put(d, p, [("PERSON_NAME", f"{p.first} {p.mi} {p.last}"), ("DATE_OF_BIRTH", us_date(p.dob)), ("US_SSN", p.ssn),
                   ("EMAIL_ADDRESS", p.work)])
    for p in (uk1, uk3):
        rows.append([f"E{R.randint(10000, 99999)}", p.last, p.first, "", p.dob.strftime("%d/%m/%Y"), p.nino, p.work, "Leeds, UK"])
        put(d, p, [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", p.dob.strftime("%d/%m/%Y")), ("UK_NINO", p.nino), ("EMAIL_ADDRESS", p.work)])
    for p in (d1, d2):
        rows.append([f"E{R.randint(10000, 99999)}", p.last, p.first, "", p.dob.strftime("%d.%m.%Y"), "", p.work, f"{p.city}, DE"])
        put(d, p, [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", p.dob.strftime("%d.%m.%Y")), ("EMAIL_ADDRESS", p.work)])
    note_row = next(r for r in rows if r[1] == um.last)
    note_row.append(f"formerly {um_maiden}")
    rows[0].append("Notes")
    xlsx(W.path(d), {"Employees": rows})

    d = W.doc("HR/payroll/direct_deposit_changes.csv", "csv", "en")
    rows = [["EMPLOYEE", "WORK EMAIL", "BANK", "ROUTING", "ACCOUNT", "EFFECTIVE"]]
    for p in (ub, uw, ui):
        acct = str(R.randint(10 ** 9, 10 ** 10 - 1))
        rows.append([f"{p.last.upper()} {p.first}", p.work, "Columbia Savings", f"{R.randint(10 ** 8, 10 ** 9 - 1)}", acct, "2026-11-01"])
        put(d, p, [("PERSON_NAME", f"{p.last.upper()} {p.first}"), ("EMAIL_ADDRESS", p.work), ("BANK_ACCOUNT", acct)])
    W.write_text(d, csv_text(rows))

    d = W.doc("HR/benefits/dependents_2027_enrollment.csv", "csv", "en")
    rows = [["employee_name", "employee_ssn", "relationship", "dependent_name", "dependent_dob", "dependent_ssn"]]
    kid = us(None, um.last)
    kid.dob = dt.date(2012 + R.randint(0, 8), R.randint(1, 12), R.randint(1, 28))
    kid.street, kid.city, kid.state, kid.zip, kid.juris = um.street, um.city, um.state, um.zip, um.juris
    rows.append([f"{um.last}, {um.first}", um.ssn, "child", f"{kid.first} {kid.last}", us_date(kid.dob), kid.ssn])
    put(d, um, [("PERSON_NAME", f"{um.last}, {um.first}"), ("US_SSN", um.ssn)])
    put(d, kid, [("PERSON_NAME", kid.name), ("DATE_OF_BIRTH", us_date(kid.dob)), ("US_SSN", kid.ssn)])
    rows.append([f"{js2.last}, {js2.first}", js2.ssn, "spouse", "", "", ""])
    put(d, js2, [("PERSON_NAME", f"{js2.last}, {js2.first}"), ("US_SSN", js2.ssn)])
    W.write_text(d, csv_text(rows))

    # ================================================================== HR (JP)
    d = W.doc("人事/社員名簿_2026年10月.xlsx", "xlsx", "ja")
    rows = [["社員番号", "氏名", "フリガナ", "生年月日", "社用メール", "携帯電話", "備考"]]
    for p, note in ((jt, ""), (jr, ""), (jm, f"旧姓：{maiden}"), (jh, ""), (jk, ""), (j12, "")):
        em = f"{p.roman_given[0].lower()}.{p.roman_family.lower()}@{JP_COMPANY}"
        p.work = em
        tel = p.phone_nat if p is not jm else ""
        rows.append([f"{R.randint(100000, 999999)}", jn(p), kn(p), ja_date(p.dob), em, tel, note])
        put(d, p, [("PERSON_NAME", jn(p)), ("PERSON_NAME", kn(p)), ("DATE_OF_BIRTH", ja_date(p.dob)), ("EMAIL_ADDRESS", em)])
        if tel:
            d.add(p, "PHONE_NUMBER", tel)
    xlsx(W.path(d), {"名簿": rows})

    d = W.doc(f"人事/年末調整/扶養控除等申告書_{jh.family}.xlsx", "xlsx", "ja")
    rows = [["区分", "氏名", "フリガナ", "続柄", "生年月日", "住所", "電話"],
            ["本人", jn(jh), kn(jh), "本人", ja_date(jh.dob), ja_addr(jh), jh_home],
            ["控除対象配偶者", jn(jw), kn(jw), "妻" if jw.sex_ja == "女" else "夫", ja_date(jw.dob), ja_addr(jw), jh_home]]
    put(d, jh, [("PERSON_NAME", jn(jh)), ("PERSON_NAME", kn(jh)), ("DATE_OF_BIRTH", ja_date(jh.dob)), ("POSTAL_ADDRESS", ja_addr(jh))])
    home_phone(d, jh, jh_home)
    put(d, jw, [("PERSON_NAME", jn(jw)), ("PERSON_NAME", kn(jw)), ("DATE_OF_BIRTH", ja_date(jw.dob)), ("POSTAL_ADDRESS", ja_addr(jw))])
    home_phone(d, jw, jh_home)
    xlsx(W.path(d), {"申告書": rows})

    d = W.doc("人事/緊急連絡先一覧.csv", "csv", "ja")
    rows = [["氏名", "自宅電話", "携帯電話", "緊急連絡先氏名", "続柄", "緊急連絡先電話"]]
    rows.append([jn(jh), jh_home, jh.phone_nat, jn(jw), "配偶者", jh_home])
    put(d, jh, [("PERSON_NAME", jn(jh)), ("PHONE_NUMBER", jh.phone_nat)])
    home_phone(d, jh, jh_home)
    d.add(jw, "PERSON_NAME", jn(jw))
    home_phone(d, jw, jh_home)
    rows.append([jn(jt, ""), "", jt.phone_nat, "", "", ""])
    put(d, jt, [("PERSON_NAME", jn(jt, "")), ("PHONE_NUMBER", jt.phone_nat)])
    W.write_text(d, csv_text(rows))

    d = W.doc(f"人事/年末調整/給与所得者の保険料控除申告書_髙橋.docx", "docx", "ja")
    docx(W.path(d), ["令和8年分 給与所得者の保険料控除申告書", f"氏名　髙橋 {jt.given}", f"住所　{ja_addr(jt)}",
                     f"生年月日　{ja_date(jt.dob)}", "生命保険料控除　一般の生命保険料 84,000円"])
    put(d, jt, [("PERSON_NAME", f"髙橋 {jt.given}"), ("POSTAL_ADDRESS", ja_addr(jt)), ("DATE_OF_BIRTH", ja_date(jt.dob))])

    d = W.doc("人事/氏名変更届_2026.docx", "docx", "ja")
    docx(W.path(d), ["氏名変更届", "下記のとおり氏名を変更しましたので届け出ます。", f"新氏名　{jn(jm)}（{kn(jm)}）",
                     f"旧氏名　{maiden} {jm.given}", f"生年月日　{ja_date(jm.dob)}", f"携帯電話　{jm.phone_nat}", "変更日　2026年9月1日"])
    put(d, jm, [("PERSON_NAME", jn(jm)), ("PERSON_NAME", kn(jm)), ("PERSON_NAME", f"{maiden} {jm.given}"),
                ("DATE_OF_BIRTH", ja_date(jm.dob)), ("PHONE_NUMBER", jm.phone_nat)])

    # ================================================================== mail
    msgs = []
    m1 = eml(f"{nick[0][1]} {ub.last} <{ub.work}>", f"HR Service Desk <hr@{US_COMPANY}>", "Direct deposit change",
             f"Hi,\n\nI changed banks, the new details are in Workday. Please confirm it takes effect for the November run.\n\n"
             f"Thanks,\n{nick[0][1]} {ub.last}\nSenior Buyer, Northwind Manufacturing\nCell {ub.phone_nat}\n", "2026-10-20 09:12", tz=-7)
    msgs.append(m1)
    m2 = eml(f"{nick[1][1]} {ul.last} <{ul.email}>", f"HR Service Desk <hr@{US_COMPANY}>", "Re: address for W-2",
             f"Hello,\n\nplease send my W-2 to my home address, I'm not in the office until January:\n{us_addr(ul)}\n\n"
             f"Best,\n{nick[1][1]} {ul.last}\nmobile: {ul.phone_intl}\n", "2026-10-22 14:40", tz=-7)
    msgs.append(m2)
    m3 = eml(f"\"{uk3.last}, {nick[3][1]}\" <{uk3.email}>", f"HR Service Desk <hr@{US_COMPANY}>", "sick note",
             f"Hi,\n\nattached is my fit note, I'm off until Monday with a chest infection.\n\nKind regards\n{nick[3][1]} {uk3.last}\n"
             f"{uk3.phone_nat}\n", "2026-10-23 08:05", tz=0)
    msgs.append(m3)
    d = W.container("Mail/hr_service_desk_2026-10.mbox", "mbox")
    wbytes(d, mbox(msgs))
    x = W.doc("Mail/hr_service_desk_2026-10.mbox!/1", "eml", "en", m1["Message-ID"])
    put(x, ub, [("PERSON_NAME", f"{nick[0][1]} {ub.last}"), ("EMAIL_ADDRESS", ub.work), ("PHONE_NUMBER", ub.phone_nat)])
    x = W.doc("Mail/hr_service_desk_2026-10.mbox!/2", "eml", "en", m2["Message-ID"])
    put(x, ul, [("PERSON_NAME", f"{nick[1][1]} {ul.last}"), ("EMAIL_ADDRESS", ul.email), ("POSTAL_ADDRESS", us_addr(ul)),
                ("PHONE_NUMBER", ul.phone_intl)])
    x = W.doc("Mail/hr_service_desk_2026-10.mbox!/3", "eml", "en", m3["Message-ID"])
    put(x, uk3, [("PERSON_NAME", f"{nick[3][1]} {uk3.last}"), ("EMAIL_ADDRESS", uk3.email), ("PHONE_NUMBER", uk3.phone_nat),
                 ("HEALTH_INFO", "chest infection")])

    d = W.doc("Mail/address_change_request.eml", "eml", "en")
    m = eml(f"{nick[2][1]} {uw.last} <{uw.email}>", f"payroll@{US_COMPANY}", "New address",
            f"Hi Payroll,\n\nWe moved last weekend. My new address is\n{uw.street}\n{uw.city}, {uw.state} {uw.zip}\n\n"
            f"and my phone is now {dashes(uw.e164)}.\n\n{nick[2][1]}\n--\n{nick[2][1]} {uw.last}\n", "2026-10-12 18:20", tz=-5)
    wbytes(d, bytes(m))
    put(d, uw, [("PERSON_NAME", f"{nick[2][1]} {uw.last}"), ("EMAIL_ADDRESS", uw.email), ("POSTAL_ADDRESS", us_addr(uw)),
                ("PHONE_NUMBER", dashes(uw.e164))])

    d = W.doc("Mail/JP/Re_見積書送付の件.eml", "eml", "ja")
    m = eml(f"{jr.roman_family} {jr.roman_given} <{jr.work}>", "sales@kaito-trading.example.jp", "Re: 見積書送付の件",
            f"海東商事 御中\n\nお世話になっております。東洋精機の{jr.family}です。\n見積書を拝受いたしました。社内で確認のうえ、改めてご連絡いたします。\n\n"
            f"--\n{jn(jr)}\n{jr.roman_family.upper()} {jr.roman_given}\n東洋精機株式会社 購買部\nTEL {jr.phone_intl}\n{jr.work}\n",
            "2026-10-15 10:30")
    wbytes(d, bytes(m))
    put(d, jr, [("PERSON_NAME", f"{jr.roman_family} {jr.roman_given}"), ("PERSON_NAME", jn(jr)),
                ("PERSON_NAME", f"{jr.roman_family.upper()} {jr.roman_given}"), ("EMAIL_ADDRESS", jr.work), ("PHONE_NUMBER", jr.phone_intl)])

    d = W.doc("Mail/JP/年末調整書類の提出について.eml", "eml", "ja")
    m = eml(f"髙橋{jt.given} <{jt.work}>", f"jinji@{JP_COMPANY}", "年末調整書類の提出について",
            f"人事部 御中\n\n保険料控除申告書を提出いたします。控除証明書は原本を社内便で送ります。\n\n"
            f"髙橋{jt.given}\n製造部 第二課\n携帯：{jp_spaced(jt)}\n", "2026-10-28 17:02")
    wbytes(d, bytes(m))
    put(d, jt, [("PERSON_NAME", f"髙橋{jt.given}"), ("EMAIL_ADDRESS", jt.work), ("PHONE_NUMBER", jp_spaced(jt))])

    d = W.doc("Mail/JP/会員登録完了のお知らせ.eml", "eml", "ja")
    m = eml("noreply@shop.example.jp", f"{sa1.email}", "会員登録完了のお知らせ",
            f"佐藤健 様\n\nこの度はご登録いただきありがとうございます。\nご登録内容\nお名前：佐藤 健\nご住所：{ja_addr(sa1)}\n"
            f"お電話：{sa1.phone_nat}\nメール：{sa1.email}\n", "2026-09-30 21:14")
    wbytes(d, bytes(m))
    put(d, sa1, [("PERSON_NAME", "佐藤 健"), ("POSTAL_ADDRESS", ja_addr(sa1)), ("PHONE_NUMBER", sa1.phone_nat),
                 ("EMAIL_ADDRESS", sa1.email)])

    d = W.doc(f"Mail/JP/旧姓_{maiden}.eml", "eml", "ja")
    old = f"{jm.roman_given[0].lower()}.{maiden}{R.randint(1, 99)}@example.ne.jp".replace(maiden, {"今井": "imai", "丸山": "maruyama", "原田": "harada", "小松": "komatsu"}[maiden])
    m = eml(f"{maiden} {jm.given} <{old}>", "info@yoga-studio.example.jp", "体験レッスンの予約",
            f"ご担当者様\n\n土曜日10時の体験レッスンを予約したく、ご連絡しました。\n\n{maiden} {jm.given}\n携帯 {jm.phone_nat}\n",
            "2026-06-02 12:00")
    wbytes(d, bytes(m))
    put(d, jm, [("PERSON_NAME", f"{maiden} {jm.given}"), ("EMAIL_ADDRESS", old), ("PHONE_NUMBER", jm.phone_nat)])

    msgs = []
    ma = eml(f"{hj.first} {hj.last} Jr. <{hj.email}>", f"leasing@oakridge-apts.example.com", "Lease renewal",
             f"Hi,\n\nmy father and I would like to renew the lease for another year. I'm at {hj.phone_nat} during the day,"
             f" our home line is {h_home}.\n\n{hj.first} {hj.last} Jr.\n", "2026-10-05 11:00", tz=-5)
    mb = eml(f"{hs.first} {hs.last} <{hs.email}>", f"leasing@oakridge-apts.example.com", "Re: Lease renewal",
             f"Confirming what my son wrote. Please send the papers to me.\n\n{hs.first} {hs.last} Sr.\nHome: {h_home}\n",
             "2026-10-05 15:30", tz=-5, reply_to_id=ma["Message-ID"])
    d = W.container("Mail/leasing_office.mbox", "mbox")
    wbytes(d, mbox([ma, mb]))
    x = W.doc("Mail/leasing_office.mbox!/1", "eml", "en", ma["Message-ID"])
    put(x, hj, [("PERSON_NAME", f"{hj.first} {hj.last} Jr."), ("EMAIL_ADDRESS", hj.email), ("PHONE_NUMBER", hj.phone_nat)])
    home_phone(x, hj, h_home)
    x = W.doc("Mail/leasing_office.mbox!/2", "eml", "en", mb["Message-ID"])
    put(x, hs, [("PERSON_NAME", f"{hs.first} {hs.last} Sr."), ("EMAIL_ADDRESS", hs.email)])
    home_phone(x, hs, h_home)

    d = W.doc("Mail/UK/onboarding_documents.eml", "eml", "en")
    m = eml(f"{uk1.first} {uk1.last} <{uk1.email}>", f"people@{US_COMPANY.replace('.com', '.co.uk')}", "Starter forms",
            f"Hello,\n\nplease find my starter checklist attached. My personal mobile is {uk1.phone_intl.replace(' ', '')}.\n\n"
            f"Best wishes,\n{uk1.first}\n", "2026-09-01 09:00", tz=0)
    wbytes(d, bytes(m))
    put(d, uk1, [("PERSON_NAME", uk1.name), ("EMAIL_ADDRESS", uk1.email), ("PHONE_NUMBER", uk1.phone_intl.replace(" ", ""))])

    d = W.doc("Mail/DE/Bewerbung_Rueckfrage.eml", "eml", "de")
    m = eml(f"{d1.first} {d1.last} <{d1.email}>", f"karriere@{US_COMPANY.replace('.com', '.de')}", "Rückfrage zum Vertrag",
            f"Sehr geehrte Damen und Herren,\n\nanbei der unterschriebene Vertrag. Für Rückfragen erreichen Sie mich mobil.\n\n"
            f"Mit freundlichen Grüßen\n{d1.last}, {d1.first}\nTel.: {d1.phone_nat}\n", "2026-08-14 16:45", tz=2)
    wbytes(d, bytes(m))
    put(d, d1, [("PERSON_NAME", f"{d1.last}, {d1.first}"), ("EMAIL_ADDRESS", d1.email), ("PHONE_NUMBER", d1.phone_nat)])

    d = W.doc("Mail/newsletter_bounces.txt", "text", "en")
    W.write_text(d, f"Mailer bounce report 2026-10-31\n550 5.1.1 mailbox full: {ue.email}\n"
                    f"550 5.1.1 user unknown: info@closed-shop.example.com\n")
    d.add(ue, "EMAIL_ADDRESS", ue.email)

    # ================================================================== contacts (vCard)
    d = W.doc("Contacts/phone_export_2026.vcf", "vcard", "en")
    cards = [[("N", f"斎藤;{js.given};;;"), ("FN", jn(js)), ("X-PHONETIC-LAST-NAME", js.kana_family),
              ("X-PHONETIC-FIRST-NAME", js.kana_given), ("TEL;TYPE=CELL", js.phone_intl), ("EMAIL;TYPE=HOME", js.email)],
             [("N", f"{ub.last};{ub.first};{ub.mi}.;;"), ("FN", f"{ub.first} {ub.mi}. {ub.last}"),
              ("TEL;TYPE=CELL", ub.phone_intl), ("ADR;TYPE=HOME", f";;{ub.street};{ub.city};{ub.state};{ub.zip};USA")],
             [("N", f"{uk2.last};{uk2.first};;;"), ("FN", uk2.name), ("TEL;TYPE=CELL", uk2.phone_intl), ("EMAIL", uk2.email)],
             [("N", f"{d2.last};{d2.first};;;"), ("FN", d2.name), ("TEL;TYPE=WORK", d2.phone_nat), ("EMAIL;TYPE=WORK", d2.work)]]
    W.write_text(d, vcard(cards))
    put(d, js, [("PERSON_NAME", jn(js)), ("PERSON_NAME", kn(js)), ("PHONE_NUMBER", js.phone_intl), ("EMAIL_ADDRESS", js.email)])
    put(d, ub, [("PERSON_NAME", f"{ub.first} {ub.mi}. {ub.last}"), ("PHONE_NUMBER", ub.phone_intl), ("POSTAL_ADDRESS", us_addr(ub))])
    put(d, uk2, [("PERSON_NAME", uk2.name), ("PHONE_NUMBER", uk2.phone_intl), ("EMAIL_ADDRESS", uk2.email)])
    put(d, d2, [("PERSON_NAME", d2.name), ("PHONE_NUMBER", d2.phone_nat), ("EMAIL_ADDRESS", d2.work)])

    d = W.doc(f"Contacts/{jk.kana_family}.vcf", "vcard", "ja")
    W.write_text(d, vcard([[("N", f"{jk.kana_family};{jk.kana_given};;;"), ("FN", kn(jk)), ("TEL;TYPE=CELL", jk.phone_nat)]]))
    put(d, jk, [("PERSON_NAME", kn(jk)), ("PHONE_NUMBER", jk.phone_nat)])

    # ================================================================== JSON exports
    d = W.doc("Exports/crm_customers_2026-10.json", "json", "en")
    recs = [{"id": 4411, "name": {"first": "John", "last": "Smith"}, "email": js1.email, "birthDate": js1.dob.isoformat(),
             "ssnLast4": None, "ssn": js1.ssn, "phone": js1.phone_intl},
            {"id": 4412, "name": {"first": ji.roman_given, "last": ji.roman_family}, "email": ji.email,
             "birthDate": ji.dob.isoformat(), "country": "JP"},
            {"id": 4413, "name": {"first": up.first, "last": up.last}, "phone": up.phone_intl, "email": None,
             "address": {"street": up.street, "city": up.city, "state": up.state, "zip": up.zip}},
            {"id": 4414, "name": {"first": ue.first, "last": ue.last}, "email": ue.email, "phone": None}]
    W.write_text(d, json.dumps({"exportedAt": "2026-10-31T23:00:00Z", "customers": recs}, indent=2))
    put(d, js1, [("PERSON_NAME", "John Smith"), ("EMAIL_ADDRESS", js1.email), ("DATE_OF_BIRTH", js1.dob.isoformat()),
                 ("US_SSN", js1.ssn), ("PHONE_NUMBER", js1.phone_intl)])
    put(d, ji, [("PERSON_NAME", f"{ji.roman_given} {ji.roman_family}"), ("EMAIL_ADDRESS", ji.email), ("DATE_OF_BIRTH", ji.dob.isoformat())])
    put(d, up, [("PERSON_NAME", up.name), ("PHONE_NUMBER", up.phone_intl), ("POSTAL_ADDRESS", us_addr(up))])
    put(d, ue, [("PERSON_NAME", ue.name), ("EMAIL_ADDRESS", ue.email)])

    d = W.doc("Exports/ec_orders_202610.json", "json", "ja")
    orders = [{"order_no": f"EC{R.randint(10 ** 7, 10 ** 8 - 1)}", "customer": {"name": "佐藤 健", "kana": "サトウ ケン",
               "email": sa2.email, "tel": sa2.phone_nat}, "ship_to": {"zip": sa2.zip, "address": sa2.addr_ja}},
              {"order_no": f"EC{R.randint(10 ** 7, 10 ** 8 - 1)}", "customer": {"name": jn(js, ""), "kana": kn(js, ""),
               "email": js.email, "tel": jp_spaced(js)}, "ship_to": {"zip": js.zip, "address": js.addr_ja}},
              {"order_no": f"EC{R.randint(10 ** 7, 10 ** 8 - 1)}", "customer": {"name": f"{ji.roman_family.upper()} {ji.roman_given}",
               "email": ji.email, "tel": ji.phone_intl}, "ship_to": {"zip": ji.zip, "address": ji.addr_ja}}]
    W.write_text(d, json.dumps(orders, ensure_ascii=False, indent=2))
    put(d, sa2, [("PERSON_NAME", "佐藤 健"), ("PERSON_NAME", "サトウ ケン"), ("EMAIL_ADDRESS", sa2.email), ("PHONE_NUMBER", sa2.phone_nat),
                 ("POSTAL_ADDRESS", f"〒{sa2.zip} {sa2.addr_ja}")])
    put(d, js, [("PERSON_NAME", jn(js, "")), ("PERSON_NAME", kn(js, "")), ("EMAIL_ADDRESS", js.email), ("PHONE_NUMBER", jp_spaced(js)),
                ("POSTAL_ADDRESS", f"〒{js.zip} {js.addr_ja}")])
    put(d, ji, [("PERSON_NAME", f"{ji.roman_family.upper()} {ji.roman_given}"), ("EMAIL_ADDRESS", ji.email),
                ("PHONE_NUMBER", ji.phone_intl), ("POSTAL_ADDRESS", f"〒{ji.zip} {ji.addr_ja}")])

    d = W.doc("Exports/loyalty_members.json", "json", "en")
    mem = [{"memberId": "LM-20931", "fullName": f"{up.last}, {up.first}", "mobile": up.phone_nat, "tier": "gold"},
           {"memberId": "LM-20932", "fullName": uk2.name, "mobile": uk2.phone_nat.replace(" ", ""), "tier": "silver"},
           {"memberId": "LM-20933", "fullName": f"{d3.first} {d3.last}", "mobile": d3.phone_nat, "email": d3.email, "tier": "silver"}]
    W.write_text(d, json.dumps({"members": mem}, indent=1))
    put(d, up, [("PERSON_NAME", f"{up.last}, {up.first}"), ("PHONE_NUMBER", up.phone_nat)])
    put(d, uk2, [("PERSON_NAME", uk2.name), ("PHONE_NUMBER", uk2.phone_nat.replace(" ", ""))])
    put(d, d3, [("PERSON_NAME", d3.name), ("PHONE_NUMBER", d3.phone_nat), ("EMAIL_ADDRESS", d3.email)])

    # ================================================================== letters (docx)
    d = W.doc(f"Letters/offer_letter_{ub.last}.docx", "docx", "en")
    docx(W.path(d), ["Northwind Manufacturing, Inc.", "October 2, 2026", f"{ub.first} {ub.mi}. {ub.last}", ub.street,
                     f"{ub.city}, {ub.state} {ub.zip}", "", f"Dear {ub.first},",
                     "We are pleased to confirm your promotion to Senior Buyer effective November 1, 2026.", "Sincerely,", "People Operations"])
    put(d, ub, [("PERSON_NAME", f"{ub.first} {ub.mi}. {ub.last}"), ("POSTAL_ADDRESS", us_addr(ub))])

    d = W.doc("Letters/佐藤健様_ポイント失効のご案内.docx", "docx", "ja")
    docx(W.path(d), [f"〒{sa2.zip}", sa2.addr_ja, "佐藤 健 様", "", "ポイント有効期限のお知らせ",
                     "いつもご利用ありがとうございます。お客様の保有ポイントのうち 1,240 ポイントが 2026年12月31日 に失効します。"])
    put(d, sa2, [("PERSON_NAME", "佐藤 健"), ("POSTAL_ADDRESS", f"〒{sa2.zip} {sa2.addr_ja}")])

    d = W.doc(f"Letters/{jk.family}様_契約内容のお知らせ.docx", "docx", "ja")
    docx(W.path(d), [ja_addr(jk), f"{jn(jk)} 様", "", "ご契約内容のお知らせ", f"ご登録電話番号：{to_fullwidth(jk.phone_nat)}",
                     "ご不明点はカスタマーセンターまでお問い合わせください。"])
    put(d, jk, [("PERSON_NAME", jn(jk)), ("POSTAL_ADDRESS", ja_addr(jk)), ("PHONE_NUMBER", to_fullwidth(jk.phone_nat))])

    d = W.doc(f"Letters/{hs.last}_rent_increase_notice.docx", "docx", "en")
    docx(W.path(d), ["Oakridge Apartments", f"{hs.first} {hs.last} Sr. and {hs.first} {hs.last} Jr.", us_addr(hs, "\n").split("\n")[0],
                     f"{hs.city}, {hs.state} {hs.zip}", "", "Notice of rent adjustment effective January 1, 2027."])
    put(d, hs, [("PERSON_NAME", f"{hs.first} {hs.last} Sr."), ("POSTAL_ADDRESS", us_addr(hs))])
    put(d, hj, [("PERSON_NAME", f"{hj.first} {hj.last} Jr."), ("POSTAL_ADDRESS", us_addr(hj))])

    d = W.doc(f"Letters/{ui.last}_reference.docx", "docx", "en")
    docx(W.path(d), ["To whom it may concern,", f"{ui.first} {ui.last} worked with us from 2019 to 2026 as a quality engineer.",
                     f"Contact: {ui.email}, {ui.phone_nat}", "Regards,", "Plant Manager"])
    put(d, ui, [("PERSON_NAME", ui.name), ("EMAIL_ADDRESS", ui.email), ("PHONE_NUMBER", ui.phone_nat)])

    d = W.doc(f"Letters/DE/Anschreiben_{d3.last}.docx", "docx", "de")
    docx(W.path(d), ["Herrn", f"Dr. {d3.first} {d3.last}", d3.street, f"{d3.plz} {d3.city}", "",
                     f"Sehr geehrter Herr Dr. {d3.last},", "wir bestätigen Ihre Teilnahme an der Fachtagung.", f"Ihre Rufnummer: {d3.e164}"])
    put(d, d3, [("PERSON_NAME", f"{d3.first} {d3.last}"), ("POSTAL_ADDRESS", d3.addr), ("PHONE_NUMBER", d3.e164)])

    # ================================================================== PDF forms
    d = W.doc(f"Forms/patient_intake_{ul.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["NEW PATIENT INTAKE - Lakeside Family Medicine", f"Patient name: {ul.first} {ul.last}",
                     f"Date of birth: {us_date(ul.dob)}", f"Mobile phone: {ul.phone_nat}", "Reason for visit: follow-up, type 2 diabetes",
                     "Insurance: Premera Blue Cross"]])
    put(d, ul, [("PERSON_NAME", ul.name), ("DATE_OF_BIRTH", us_date(ul.dob)), ("PHONE_NUMBER", ul.phone_nat), ("HEALTH_INFO", "type 2 diabetes")])

    d = W.doc(f"Forms/patient_intake_smith_{js2.ssn[-4:]}.pdf", "pdf", "en")
    pdf(W.path(d), [["NEW PATIENT INTAKE - Lakeside Family Medicine", "Patient name: John Smith", f"Date of birth: {us_date(js2.dob)}",
                     f"Home phone: {js2.phone_nat}", f"SSN: {js2.ssn}", "Reason for visit: annual physical"]])
    put(d, js2, [("PERSON_NAME", "John Smith"), ("DATE_OF_BIRTH", us_date(js2.dob)), ("PHONE_NUMBER", js2.phone_nat), ("US_SSN", js2.ssn)])

    d = W.doc(f"Forms/W-4_{um.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["Form W-4 (2026) Employee's Withholding Certificate", f"(a) First name and middle initial: {um.first}",
                     f"Last name: {um.last}", f"Address: {um.street}", f"City or town, state, and ZIP code: {um.city}, {um.state} {um.zip}",
                     f"(b) Social security number: {um.ssn}", f"Phone: {um.phone_nat}"]])
    put(d, um, [("PERSON_NAME", um.name), ("POSTAL_ADDRESS", us_addr(um)), ("US_SSN", um.ssn), ("PHONE_NUMBER", um.phone_nat)])

    d = W.doc(f"Forms/starter_checklist_{uk1.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["HMRC Starter checklist", f"Last name: {uk1.last.upper()}", f"First names: {uk1.first}", f"Date of birth: {uk1.dob.strftime('%d/%m/%Y')}",
                     f"Home address: {uk1.addr}", f"National Insurance number: {uk1.nino}", f"Mobile: {uk1.phone_nat}"]])
    put(d, uk1, [("PERSON_NAME", f"{uk1.last.upper()} {uk1.first}"), ("DATE_OF_BIRTH", uk1.dob.strftime('%d/%m/%Y')), ("POSTAL_ADDRESS", uk1.addr),
                 ("UK_NINO", uk1.nino), ("PHONE_NUMBER", uk1.phone_nat)])

    d = W.doc(f"Forms/occupational_health_{uk3.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["Occupational Health Referral", f"Employee: {uk3.first} {uk3.last}", f"DOB: {uk3.dob.strftime('%d/%m/%Y')}",
                     f"Contact number: {uk3.phone_intl}", "Reason: recurrent chest infections, asthma review"]])
    put(d, uk3, [("PERSON_NAME", uk3.name), ("DATE_OF_BIRTH", uk3.dob.strftime('%d/%m/%Y')), ("PHONE_NUMBER", uk3.phone_intl),
                 ("HEALTH_INFO", "asthma")])

    d = W.doc(f"Forms/visa_application_{ji.roman_family.upper()}.pdf", "pdf", "en")
    pdf(W.path(d), [["VISA APPLICATION FORM", f"Surname: {ji.roman_family.upper()}", f"Given names: {ji.roman_given.upper()}",
                     f"Date of birth: {ji.dob.strftime('%d %b %Y')}", f"E-mail: {ji.email}", f"Telephone: {ji.phone_intl}"]])
    put(d, ji, [("PERSON_NAME", f"{ji.roman_family.upper()} {ji.roman_given.upper()}"), ("DATE_OF_BIRTH", ji.dob.strftime('%d %b %Y')),
                ("EMAIL_ADDRESS", ji.email), ("PHONE_NUMBER", ji.phone_intl)])

    d = W.doc(f"Forms/membership_{js.roman_family.upper()}.pdf", "pdf", "en")
    pdf(W.path(d), [["Fitness Club Membership Application", f"Name: {js.roman_family.upper()} {js.roman_given}",
                     f"Date of birth: {js.dob.isoformat()}", f"Phone: {js.phone_nat}", f"E-mail: {js.email}"]])
    put(d, js, [("PERSON_NAME", f"{js.roman_family.upper()} {js.roman_given}"), ("DATE_OF_BIRTH", js.dob.isoformat()),
                ("PHONE_NUMBER", js.phone_nat), ("EMAIL_ADDRESS", js.email)])

    # ================================================================== other csv / docx
    d = W.doc("会員/会員名簿_2026.csv", "csv", "ja")
    rows = [["会員番号", "氏名", "フリガナ", "郵便番号", "住所", "電話番号"]]
    rows.append(["M0012", "佐藤 健", "サトウ ケン", sa1.zip, sa1.addr_ja, sa1.phone_nat])
    put(d, sa1, [("PERSON_NAME", "佐藤 健"), ("PERSON_NAME", "サトウ ケン"), ("POSTAL_ADDRESS", f"〒{sa1.zip} {sa1.addr_ja}"),
                 ("PHONE_NUMBER", sa1.phone_nat)])
    rows.append(["M0031", f"齋藤 {js.given}", kn(js), js.zip, js.addr_ja, js.phone_nat])
    put(d, js, [("PERSON_NAME", f"齋藤 {js.given}"), ("PERSON_NAME", kn(js)), ("POSTAL_ADDRESS", f"〒{js.zip} {js.addr_ja}"),
                ("PHONE_NUMBER", js.phone_nat)])
    rows.append(["M0044", jn(jd), kn(jd), jd.zip, jd.addr_ja, ""])
    put(d, jd, [("PERSON_NAME", jn(jd)), ("PERSON_NAME", kn(jd)), ("POSTAL_ADDRESS", f"〒{jd.zip} {jd.addr_ja}")])
    W.write_text(d, csv_text(rows))

    d = W.doc("健康管理/定期健康診断_結果一覧.xlsx", "xlsx", "ja")
    rows = [["氏名", "生年月日", "判定", "所見"], [jn(jd, ""), ja_date(jd.dob), "要再検査", "高血圧"]]
    put(d, jd, [("PERSON_NAME", jn(jd, "")), ("DATE_OF_BIRTH", ja_date(jd.dob)), ("HEALTH_INFO", "高血圧")])
    rows.append([jn(jk), ja_date(jk.dob), "異常なし", ""])
    put(d, jk, [("PERSON_NAME", jn(jk)), ("DATE_OF_BIRTH", ja_date(jk.dob))])
    xlsx(W.path(d), {"結果": rows})

    d = W.doc("Clinic/appointments_2026-11.csv", "csv", "en")
    rows = [["Patient", "DOB", "Appointment", "Provider"], [f"{ud.last}, {ud.first}", us_date(ud.dob), "2026-11-03 09:30", "Dr. Patel"]]
    put(d, ud, [("PERSON_NAME", f"{ud.last}, {ud.first}"), ("DATE_OF_BIRTH", us_date(ud.dob))])
    W.write_text(d, csv_text(rows))

    d = W.doc("Marketing/holiday_card_mailing_list.docx", "docx", "en")
    docx(W.path(d), ["Holiday card mailing list 2026"], table=[["Name", "Address"], [ud.name, us_addr(ud)],
                                                              [f"{hs.first} {hs.last} Sr.", us_addr(hs)]])
    put(d, ud, [("PERSON_NAME", ud.name), ("POSTAL_ADDRESS", us_addr(ud))])
    put(d, hs, [("PERSON_NAME", f"{hs.first} {hs.last} Sr."), ("POSTAL_ADDRESS", us_addr(hs))])

    d = W.doc("Marketing/webinar_registrations.csv", "csv", "en")
    rows = [["first_name", "last_name", "email", "phone", "company"]]
    for p, ph in ((ue, ""), (up, dashes(up.e164)), (ui, ui.phone_intl), (d2, d2.phone_nat), (j12, "")):
        if p is j12:
            p.first, p.last = p.roman_given, p.roman_family
        em = p.work if p in (d2, j12) else p.email
        rows.append([p.first, p.last, em, ph, "Northwind" if p in (ui, d2) else "Toyo Seiki" if p is j12 else ""])
        put(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", em)])
        if ph:
            d.add(p, "PHONE_NUMBER", ph)
    W.write_text(d, csv_text(rows))

    d = W.doc(f"HR/DE/Personalstammblatt_{d1.last}.docx", "docx", "de")
    docx(W.path(d), ["Personalstammblatt"], table=[["Name, Vorname", f"{d1.last}, {d1.first}"], ["Geburtsdatum", d1.dob.strftime("%d.%m.%Y")],
                                                  ["Anschrift", d1.addr], ["Telefon", d1.e164[:3] + " " + d1.e164[3:]],
                                                  ["IBAN", d1.iban]])
    put(d, d1, [("PERSON_NAME", f"{d1.last}, {d1.first}"), ("DATE_OF_BIRTH", d1.dob.strftime("%d.%m.%Y")), ("POSTAL_ADDRESS", d1.addr),
                ("PHONE_NUMBER", d1.e164[:3] + " " + d1.e164[3:]), ("IBAN", d1.iban)])

    d = W.doc(f"HR/DE/Reisekosten_{d2.last}.xlsx", "xlsx", "de")
    xlsx(W.path(d), {"Abrechnung": [["Mitarbeiter", f"{d2.last.upper()} {d2.first}"], ["IBAN", d2.iban], ["E-Mail", d2.work],
                                    ["Datum", "Zweck", "Betrag"], ["2026-10-07", "Bahn Köln-Berlin", "129,90"]]})
    put(d, d2, [("PERSON_NAME", f"{d2.last.upper()} {d2.first}"), ("IBAN", d2.iban), ("EMAIL_ADDRESS", d2.work)])

    d = W.doc("Mail/DE/Tagung_Teilnehmer.eml", "eml", "de")
    m = eml(f"{d3.first} {d3.last} <{d3.email}>", "tagung@vdi-bezirk.example.de", "Anmeldung Fachtagung",
            f"Guten Tag,\n\nhiermit melde ich mich zur Fachtagung an. Rechnungsanschrift:\n{d3.street}\n{d3.plz} {d3.city}\n\n"
            f"Viele Grüße\nDr. {d3.first} {d3.last}\n", "2026-09-11 08:30", tz=2)
    wbytes(d, bytes(m))
    put(d, d3, [("PERSON_NAME", d3.name), ("EMAIL_ADDRESS", d3.email), ("POSTAL_ADDRESS", d3.addr)])

    d = W.doc(f"Mail/UK/{uk2.first}_{uk2.last}_quote.eml", "eml", "en")
    m = eml(f"{uk2.first} {uk2.last} <{uk2.email}>", "quotes@harbour-insure.example.co.uk", "Home insurance quote",
            f"Hi,\n\nplease quote buildings and contents for {uk2.addr}. Date of birth {uk2.dob.strftime('%d/%m/%Y')}.\n\n"
            f"Thanks\n{uk2.first} {uk2.last}\n{uk2.phone_nat[:5]} {uk2.phone_nat[6:9]} {uk2.phone_nat[9:]}\n", "2026-10-01 19:00", tz=1)
    wbytes(d, bytes(m))
    sp = f"{uk2.phone_nat[:5]} {uk2.phone_nat[6:9]} {uk2.phone_nat[9:]}"
    put(d, uk2, [("PERSON_NAME", uk2.name), ("EMAIL_ADDRESS", uk2.email), ("POSTAL_ADDRESS", uk2.addr),
                 ("DATE_OF_BIRTH", uk2.dob.strftime('%d/%m/%Y')), ("PHONE_NUMBER", sp)])

    d = W.doc(f"Mail/{js2.last}_{js2.ssn[-4:]}_benefits_question.eml", "eml", "en")
    m = eml(f"John Smith <{js2.work}>", f"benefits@{US_COMPANY}", "Adding my spouse",
            f"Hi,\n\nI'd like to add my spouse to my plan. You can reach me at {js2.phone_nat}.\n\nJohn Smith\n", "2026-10-18 10:10", tz=-5)
    wbytes(d, bytes(m))
    put(d, js2, [("PERSON_NAME", "John Smith"), ("EMAIL_ADDRESS", js2.work), ("PHONE_NUMBER", js2.phone_nat)])

    d = W.doc("Exports/support_tickets.json", "json", "en")
    tickets = [{"ticket": "T-88120", "requester": {"name": "John Smith", "email": js1.email}, "subject": "Refund for order 55120",
                "dob_check": js1.dob.strftime("%m/%d/%Y")},
               {"ticket": "T-88131", "requester": {"name": f"{um.first} {um_maiden}", "phone": um.phone_nat},
                "subject": f"Account still under my maiden name ({um_maiden}); now {um.first} {um.last}"}]
    W.write_text(d, json.dumps(tickets, indent=2))
    put(d, js1, [("PERSON_NAME", "John Smith"), ("EMAIL_ADDRESS", js1.email), ("DATE_OF_BIRTH", js1.dob.strftime("%m/%d/%Y"))])
    put(d, um, [("PERSON_NAME", f"{um.first} {um_maiden}"), ("PHONE_NUMBER", um.phone_nat), ("PERSON_NAME", um.name)])

    d = W.doc("HR/UK/payroll_starters_leavers.csv", "csv", "en")
    W.write_text(d, csv_text([["Employee", "NI number", "Email", "Start"], [f"{uk4.last.upper()}, {uk4.first}", uk4.nino, uk4.work, "2026-09-07"],
                              [f"{uk1.last.upper()}, {uk1.first}", uk1.nino, uk1.work, "2026-09-01"]]))
    put(d, uk4, [("PERSON_NAME", f"{uk4.last.upper()}, {uk4.first}"), ("UK_NINO", uk4.nino), ("EMAIL_ADDRESS", uk4.work)])
    put(d, uk1, [("PERSON_NAME", f"{uk1.last.upper()}, {uk1.first}"), ("UK_NINO", uk1.nino), ("EMAIL_ADDRESS", uk1.work)])

    d = W.doc(f"Mail/UK/{uk4.last}_parking_permit.eml", "eml", "en")
    m = eml(f"{uk4.first} {uk4.last} <{uk4.work}>", f"facilities@{US_COMPANY.replace('.com', '.co.uk')}", "Parking permit",
            f"Hi,\n\ncould I get a parking permit? My home address is {uk4.addr}.\n\nCheers,\n{uk4.first} {uk4.last}\nM: {uk4.phone_nat}\n",
            "2026-09-08 08:40", tz=1)
    wbytes(d, bytes(m))
    put(d, uk4, [("PERSON_NAME", uk4.name), ("EMAIL_ADDRESS", uk4.work), ("POSTAL_ADDRESS", uk4.addr), ("PHONE_NUMBER", uk4.phone_nat)])

    d = W.doc(f"Mail/{un.last}_out_of_office.eml", "eml", "en")
    m = eml(f"{nick[4][1]} {un.last} <{un.work}>", f"team@{US_COMPANY}", "OOO next week",
            f"Team,\n\nI'm out next week; for anything urgent call my cell.\n\n{nick[4][1]}\n\n{nick[4][1]} {un.last} | Plant Controller\n"
            f"c. {un.phone_intl}\n", "2026-10-30 16:00", tz=-5)
    wbytes(d, bytes(m))
    put(d, un, [("PERSON_NAME", f"{nick[4][1]} {un.last}"), ("EMAIL_ADDRESS", un.work), ("PHONE_NUMBER", un.phone_intl)])

    d = W.doc("HR/DE/Notfallkontakte.xlsx", "xlsx", "de")
    xlsx(W.path(d), {"Notfall": [["Mitarbeiter", "Mobil", "Festnetz privat", "Notfallkontakt", "Beziehung", "Telefon Notfallkontakt"],
                                 [d4.name, d4.phone_nat, d4_home, d5.name, "Ehefrau" if d5.first in ("Lena", "Sabine", "Katrin") else "Ehepartner", d4_home]]})
    put(d, d4, [("PERSON_NAME", d4.name), ("PHONE_NUMBER", d4.phone_nat)])
    home_phone(d, d4, d4_home)
    d.add(d5, "PERSON_NAME", d5.name)
    home_phone(d, d5, d4_home)

    d = W.doc(f"Letters/DE/Einladung_Sommerfest_{d4.last}.docx", "docx", "de")
    docx(W.path(d), [f"Familie {d4.last}", d4.street, f"{d4.plz} {d4.city}", "", f"Liebe {d5.first}, lieber {d4.first},",
                     "wir laden Sie herzlich zu unserem Sommerfest ein.", f"Rückmeldung bitte an {d5.email} oder {d4_home}."])
    d.add(d4, "POSTAL_ADDRESS", d4.addr)
    home_phone(d, d4, d4_home)
    put(d, d5, [("POSTAL_ADDRESS", d5.addr), ("EMAIL_ADDRESS", d5.email)])
    home_phone(d, d5, d4_home)
    d.opt_type("PERSON_NAME")

    W.finish()
    fix_status(args.out, W)


if __name__ == "__main__":
    main()
