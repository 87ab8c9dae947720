#!/usr/bin/env python3
"""gen.py - a probe file set for leakscope, unlike shared/samples: other containers, layouts, phrasings and
value formats, plus look-alikes that must not be flagged. Writes OUT/files/** and OUT/truth.json in the format
score.py reads.

    python3 bench/probes/gen.py OUT [--seed N]

stdlib only. OOXML/ODT/RTF/PDF are written by hand (probelib.py); PDFs use the standard Helvetica font, so the
Japanese items are in the other formats.
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import io
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=6)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe6")
    build_probe(W)
    W.finish()


def build_probe(W: "World"):
    R = W.rnd
    jp = [W.jp_person() for _ in range(22)]
    us = [W.us_person() for _ in range(20)]
    uk = [W.uk_person() for _ in range(8)]

    # ---------------------------------------------------------------- JP: 履歴書 as ODT, 和暦 birth date, full-width phone
    for p in jp[:2]:
        d = W.doc(f"人事/採用/履歴書_{p.family}{p.given}.odt", "odt", "ja")
        born = p.wareki_dob()
        tel = to_fullwidth(p.phone_nat)
        lines = ["履　歴　書", f"{dt.date(2024, 4, 1).year}年4月1日現在",
                 f"ふりがな　{p.kana_family}　{p.kana_given}", f"氏　　名　{p.family}　{p.given}",
                 f"{born}生（満{2024 - p.dob.year}歳）　性別　{p.sex_ja}",
                 f"現住所　〒{p.zip}　{p.addr_ja}", f"電話　{tel}", f"E-mail　{p.email}",
                 "学歴・職歴", f"{p.dob.year + 22}年3月　東都大学工学部 卒業", "資格　普通自動車第一種運転免許"]
        odt(W.path(d), lines)
        d.add(p, "PERSON_NAME", f"{p.family}　{p.given}")
        d.add(p, "DATE_OF_BIRTH", born)
        d.add(p, "POSTAL_ADDRESS", f"〒{p.zip}　{p.addr_ja}")
        d.add(p, "PHONE_NUMBER", tel)
        d.add(p, "EMAIL_ADDRESS", p.email)

    # ---------------------------------------------------------------- JP: 社員名簿 xlsx, 2 sheets, header row 3 / row 5
    staff = jp[2:10]
    d = W.doc("総務/社員名簿_2024.xlsx", "xlsx", "ja")
    s1 = [["社員名簿（2024年4月1日現在）"], ["作成：総務部　作成日 2024/04/01"], [],
          ["社員番号", "氏名", "フリガナ", "所属", "生年月日", "内線", "携帯電話", "メールアドレス"]]
    for i, p in enumerate(staff[:5]):
        s1.append([f"E{20140 + i * 7}", f"{p.family}　{p.given}", f"{p.kana_family} {p.kana_given}", "技術部",
                   p.dob.strftime("%Y/%m/%d"), f"{R.randint(2000, 2999)}", p.phone_nat, p.email])
        for t, v in (("PERSON_NAME", f"{p.family}　{p.given}"), ("DATE_OF_BIRTH", p.dob.strftime("%Y/%m/%d")),
                     ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email)):
            d.add(p, t, v)
    s2 = [["退職者一覧"], [], ["※ 取扱いには十分気を付けること"], [],
          ["No.", "退職日", "氏名", "生年月日", "住所"]]
    for i, p in enumerate(staff[5:8]):
        s2.append([str(i + 1), "2023/12/31", f"{p.family} {p.given}", p.wareki_dob(short=True), f"〒{p.zip} {p.addr_ja}"])
        d.add(p, "PERSON_NAME", f"{p.family} {p.given}")
        d.add(p, "DATE_OF_BIRTH", p.wareki_dob(short=True))
        d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")
    xlsx(W.path(d), {"在籍者": s1, "退職者": s2})
    d.decoy("作成日・退職日 (dates that are not birth dates)", [])
    d.decoy("「取扱いには十分気を付けること」 as a note in a sheet", ["JP_CHUI"])
    d.decoy("4-digit extension numbers and employee numbers", [])

    # ---------------------------------------------------------------- JP: 顧客リスト JSON export
    cust = jp[10:14]
    d = W.doc("営業/export/customers_20240301.json", "json", "ja")
    arr = []
    for i, p in enumerate(cust):
        arr.append({"customer_id": f"C{100200 + i}", "order_no": f"{R.randint(10**11, 10**12 - 1)}",
                    "name": f"{p.family} {p.given}", "name_kana": f"{p.kana_family} {p.kana_given}",
                    "zip": p.zip, "address": p.addr_ja, "tel": p.phone_intl, "mail": p.email,
                    "birthday": p.dob.isoformat(), "created_at": "2024-03-01T10:22:13+09:00"})
        d.add(p, "PERSON_NAME", f"{p.family} {p.given}")
        d.add(p, "POSTAL_ADDRESS", p.addr_ja)
        d.add(p, "PHONE_NUMBER", p.phone_intl)
        d.add(p, "EMAIL_ADDRESS", p.email)
        d.add(p, "DATE_OF_BIRTH", p.dob.isoformat())
    W.write_text(d, json.dumps({"exported": "2024-03-01", "count": len(arr), "customers": arr}, ensure_ascii=False, indent=2))
    d.decoy("12-digit order numbers (My Number-shaped) without label", ["JP_MY_NUMBER"])

    # ---------------------------------------------------------------- JP: 給与明細 HTML table with 口座番号 and My Number
    p = jp[14]
    d = W.doc(f"人事/給与/給与明細_2024年03月_{p.family}.html", "html", "ja")
    acct = f"{R.randint(1000000, 9999999)}"
    mn = my_number(R)
    html = f"""<html><head><meta charset="utf-8"><title>給与明細書</title></head><body>
<h1>給与明細書　2024年3月分</h1>
<table border="1"><tr><th>社員番号</th><td>E20417</td><th>氏名</th><td>{p.family} {p.given} 様</td></tr>
<tr><th>個人番号</th><td>{mn}</td><th>支給日</th><td>2024年3月25日</td></tr></table>
<table border="1"><tr><th>基本給</th><th>時間外手当</th><th>通勤手当</th><th>健康保険</th><th>厚生年金</th><th>差引支給額</th></tr>
<tr><td>312,000</td><td>45,210</td><td>12,800</td><td>15,470</td><td>28,365</td><td>301,442</td></tr></table>
<p>振込先：みずほ銀行 渋谷支店 普通 口座番号 {acct}</p></body></html>"""
    W.write_text(d, html)
    d.add(p, "PERSON_NAME", f"{p.family} {p.given}")
    d.add(p, "JP_MY_NUMBER", mn)
    d.add(p, "BANK_ACCOUNT", acct)
    d.decoy("支給日 date and money amounts", ["DATE_OF_BIRTH", "PHONE_NUMBER"])

    # ---------------------------------------------------------------- JP: 診断書 RTF (health)
    p = jp[15]
    d = W.doc(f"人事/健康管理/診断書_{p.family}{p.given}.rtf", "rtf", "ja")
    born = p.wareki_dob()
    rtf(W.path(d), ["診　断　書", f"氏名　{p.family}　{p.given}　殿", f"生年月日　{born}",
                    "病名　うつ病（抑うつ状態）", "上記の疾病により、2024年4月1日から約3か月間の休業加療を要する見込みであることを診断します。",
                    "令和6年3月28日", "医療法人社団 青葉会 あおばクリニック　医師　山下 正"])
    d.add(p, "PERSON_NAME", f"{p.family}　{p.given}")
    d.add(p, "DATE_OF_BIRTH", born)
    d.add(p, "HEALTH_INFO", "うつ病（抑うつ状態）")
    d.sensitive(p)
    d.opt_person_name("山下 正")  # the doctor

    # ---------------------------------------------------------------- JP: 内定通知 docx with 社外秘 in the page header
    p = jp[16]
    d = W.doc(f"人事/採用/内定通知書_{p.family}.docx", "docx", "ja")
    docx(W.path(d), [f"〒{p.zip}", p.addr_ja, f"{p.family} {p.given} 様", "", "内定通知書",
                     "拝啓　時下ますますご清栄のこととお慶び申し上げます。",
                     "さて、先日は弊社の採用選考にご応募いただき誠にありがとうございました。厳正なる選考の結果、貴殿を採用することに内定いたしましたのでご通知申し上げます。",
                     "入社予定日　2024年4月1日", "敬具", "株式会社東和精機　人事部長　小川 誠一"],
         header="社外秘", footer="株式会社東和精機")
    d.add(p, "PERSON_NAME", f"{p.family} {p.given}")
    d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")
    d.mark("CORP_CONFIDENTIAL")
    d.opt_person_name("小川 誠一")

    # ---------------------------------------------------------------- JP: docx with 注意 in header + footer (defense)
    d = W.doc("事業/防衛/装備品_環境試験計画書_第3版.docx", "docx", "ja")
    docx(W.path(d), ["環境試験計画書（第3版）", "1. 目的", "本計画書は、防衛装備庁向け 次期警戒管制レーダ用送受信モジュールの環境試験の実施要領を定める。",
                     "2. 試験項目", "温度サイクル試験、振動試験、衝撃試験、EMI試験", "3. 日程　令和6年5月〜7月"],
         header="注 意", footer="注 意")
    d.mark("JP_CHUI")
    d.mark_opt("DEFENSE_RELATED")

    # ---------------------------------------------------------------- JP: xlsx with 秘 only in the header/footer codes
    d = W.doc("事業/防衛/部品調達リスト_2024.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"調達": [["品名", "型番", "数量", "納期"], ["送受信モジュール", "TRM-4410-A", "48", "2024/09/30"],
                               ["電源ユニット", "PSU-220-7", "12", "2024/10/15"]]},
         header_footer="&C秘&R2024-07")
    d.mark("JP_HI")
    d.mark_opt("DEFENSE_RELATED")
    d.decoy("part numbers and delivery dates", [])

    # ---------------------------------------------------------------- JP: pptx with 極秘 box at top right of each slide
    d = W.doc("経営企画/事業再編_検討資料.pptx", "pptx", "ja")
    pptx(W.path(d), [[("極秘", "tr"), ("事業再編の検討について", "title"), ("航空機部品事業の譲渡候補：3社", "body"),
                      ("想定スケジュール：2024年度下期に基本合意", "body")],
                     [("極秘", "tr"), ("譲渡価格の試算", "title"), ("DCF法による評価レンジ 120〜150億円", "body")]])
    d.mark("JP_GOKUHI")

    # ---------------------------------------------------------------- JP: mbox thread with quoted reply + attachment
    a, b = jp[17], jp[18]
    c1, c2 = jp[19], jp[20]
    csv_body = "氏名,電話番号,住所\n" + "".join(
        f"{q.family} {q.given},{q.phone_nat},〒{q.zip} {q.addr_ja}\n" for q in (c1, c2))
    m1 = mail(f"{a.family} {a.given} <{a.email}>", f"{b.family} {b.given} <{b.email}>", "お客様連絡先の件",
              f"{b.family}さん\n\nお疲れさまです。{a.family}です。\n折り返しのお客様の連絡先を添付します。\n\n--\n{a.family} {a.given}\n携帯 {a.phone_nat}\n",
              "2024-02-05 10:12", attachments=[("連絡先.csv", csv_body.encode("utf-8"), "text/csv")])
    m2 = mail(f"{b.family} {b.given} <{b.email}>", f"{a.family} {a.given} <{a.email}>", "Re: お客様連絡先の件",
              f"{a.family}さん\n\n受領しました。ありがとうございます。\n\n" +
              "\n".join("> " + x for x in f"{b.family}さん\n\nお疲れさまです。{a.family}です。\n折り返しのお客様の連絡先を添付します。\n\n--\n{a.family} {a.given}\n携帯 {a.phone_nat}".split("\n")) + "\n",
              "2024-02-05 11:40", in_reply_to=m1["Message-ID"])
    mb = W.path_for("メール/archive/sales_2024.mbox")
    with open(mb, "wb") as f:
        for m in (m1, m2):
            f.write(b"From MAILER-DAEMON Mon Feb  5 10:12:00 2024\n" + mbox_escape(m.as_bytes(policy=email.policy.SMTP)) + b"\n")
    W.container("メール/archive/sales_2024.mbox", "mbox")
    d = W.doc("メール/archive/sales_2024.mbox!/1", "eml", "ja", message_id=m1["Message-ID"])
    d.add(a, "PERSON_NAME", f"{a.family} {a.given}"); d.add(a, "EMAIL_ADDRESS", a.email); d.add(a, "PHONE_NUMBER", a.phone_nat)
    d.add(b, "PERSON_NAME", f"{b.family} {b.given}"); d.add(b, "EMAIL_ADDRESS", b.email)
    d2 = W.doc("メール/archive/sales_2024.mbox!/1!/連絡先.csv", "csv", "ja")
    for q in (c1, c2):
        d2.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d2.add(q, "PHONE_NUMBER", q.phone_nat)
        d2.add(q, "POSTAL_ADDRESS", f"〒{q.zip} {q.addr_ja}")
    d = W.doc("メール/archive/sales_2024.mbox!/2", "eml", "ja", message_id=m2["Message-ID"])
    d.add(a, "PERSON_NAME", f"{a.family} {a.given}"); d.add(a, "EMAIL_ADDRESS", a.email); d.add(a, "PHONE_NUMBER", a.phone_nat)
    d.add(b, "PERSON_NAME", f"{b.family} {b.given}"); d.add(b, "EMAIL_ADDRESS", b.email)

    # ---------------------------------------------------------------- JP: nested zip (zip in zip) with a TSV roster
    q = jp[21]
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("名簿.tsv", "氏名\tフリガナ\t生年月日\t郵便番号\t住所\t電話\n" +
                   f"{q.family}　{q.given}\t{q.kana_family}　{q.kana_given}\t{q.wareki_dob()}\t{q.zip}\t{q.addr_ja}\t{q.phone_intl}\n")
    outer_p = W.path_for("バックアップ/2023_archive.zip")
    with zipfile.ZipFile(outer_p, "w") as z:
        z.writestr("2023/部会/部会資料.zip", inner.getvalue())
        z.writestr("2023/readme.txt", "2023年度 部会資料のバックアップ。\n")
    W.container("バックアップ/2023_archive.zip", "zip")
    W.container("バックアップ/2023_archive.zip!/2023/部会/部会資料.zip", "zip")
    W.doc("バックアップ/2023_archive.zip!/2023/readme.txt", "txt", "ja")
    d = W.doc("バックアップ/2023_archive.zip!/2023/部会/部会資料.zip!/名簿.tsv", "tsv", "ja")
    d.add(q, "PERSON_NAME", f"{q.family}　{q.given}"); d.add(q, "DATE_OF_BIRTH", q.wareki_dob())
    d.add(q, "POSTAL_ADDRESS", q.addr_ja); d.add(q, "PHONE_NUMBER", q.phone_intl)

    # ---------------------------------------------------------------- vCard export (mixed JP / US)
    d = W.doc("共有/contacts_export.vcf", "vcf", "en")
    parts = []
    for pp in (jp[3], us[0], us[1]):
        if pp.region == "JP":
            parts.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{pp.family};{pp.given};;;\r\nFN:{pp.family} {pp.given}\r\n"
                         f"TEL;TYPE=CELL:{pp.phone_intl}\r\nEMAIL;TYPE=INTERNET:{pp.email}\r\nEND:VCARD\r\n")
            d.add(pp, "PERSON_NAME", f"{pp.family} {pp.given}")
        else:
            parts.append(f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{pp.last};{pp.first};;;\r\nFN:{pp.first} {pp.last}\r\n"
                         f"ORG:Northwind Traders\r\nTEL;TYPE=WORK,VOICE:{pp.phone_intl}\r\nEMAIL:{pp.email}\r\n"
                         f"ADR;TYPE=HOME:;;{pp.street};{pp.city};{pp.state};{pp.zip};USA\r\nBDAY:{pp.dob.isoformat()}\r\nEND:VCARD\r\n")
            d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}")
            d.add(pp, "POSTAL_ADDRESS", f"{pp.street}, {pp.city}, {pp.state} {pp.zip}")
            d.add(pp, "DATE_OF_BIRTH", pp.dob.isoformat())
        d.add(pp, "PHONE_NUMBER", pp.phone_intl); d.add(pp, "EMAIL_ADDRESS", pp.email)
    W.write_text(d, "".join(parts))

    # ---------------------------------------------------------------- .ics meeting invite
    o, at1, at2 = us[2], us[3], jp[4]
    d = W.doc("共有/calendar/design_review.ics", "ics", "en")
    W.write_text(d, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Probe//EN\r\nBEGIN:VEVENT\r\nUID:20240312T150000Z-7731@example.com\r\n"
                    "DTSTAMP:20240301T090000Z\r\nDTSTART:20240312T150000Z\r\nDTEND:20240312T160000Z\r\nSUMMARY:Design review - build 4.12.0.3\r\n"
                    f"ORGANIZER;CN={o.first} {o.last}:mailto:{o.email}\r\n"
                    f"ATTENDEE;CN={at1.first} {at1.last};ROLE=REQ-PARTICIPANT:mailto:{at1.email}\r\n"
                    f"ATTENDEE;CN={at2.romaji};ROLE=OPT-PARTICIPANT:mailto:{at2.email}\r\n"
                    "LOCATION:Room 4.12\r\nDESCRIPTION:Agenda: release 10.2.0.1 review\\, open issues.\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    for pp, nm in ((o, f"{o.first} {o.last}"), (at1, f"{at1.first} {at1.last}"), (at2, at2.romaji)):
        d.add(pp, "PERSON_NAME", nm); d.add(pp, "EMAIL_ADDRESS", pp.email)
    d.decoy("IP-like version strings 10.2.0.1 / 4.12.0.3", ["IP_ADDRESS"])

    # ---------------------------------------------------------------- US: W-2 PDF
    for pp in us[4:6]:
        d = W.doc(f"Payroll/W2_2023_{pp.last}_{pp.first}.pdf", "pdf", "en")
        ein = f"{R.randint(10, 99)}-{R.randint(1000000, 9999999)}"
        pdf(W.path(d), [[
            "Form W-2 Wage and Tax Statement 2023",
            f"a Employee's social security number   {pp.ssn}",
            f"b Employer identification number (EIN)   {ein}",
            "c Employer's name, address, and ZIP code",
            "   Cascade Avionics LLC, 400 Industrial Pkwy, Everett, WA 98203",
            f"d Control number   {R.randint(100000, 999999)}",
            f"e Employee's first name and initial   Last name",
            f"   {pp.first}   {pp.last}",
            f"f Employee's address and ZIP code",
            f"   {pp.street}",
            f"   {pp.city}, {pp.state} {pp.zip}",
            f"1 Wages, tips, other compensation   {R.randint(50000, 150000)}.00",
            f"2 Federal income tax withheld   {R.randint(5000, 20000)}.00",
            "Copy B - To Be Filed With Employee's FEDERAL Tax Return."]])
        d.add(pp, "US_SSN", pp.ssn); d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}")
        d.add(pp, "POSTAL_ADDRESS", f"{pp.street}, {pp.city}, {pp.state} {pp.zip}")
        d.decoy("EIN 12-3456789 and control number", ["US_SSN", "US_ITIN"])

    # ---------------------------------------------------------------- US: offer letter PDF with letterhead
    pp = us[6]
    d = W.doc(f"HR/offers/Offer_Letter_{pp.last}.pdf", "pdf", "en")
    pdf(W.path(d), [[
        "CASCADE AVIONICS LLC",
        "400 Industrial Pkwy, Everett, WA 98203  |  Tel (425) 555-0100  |  www.cascade-avionics.example",
        "",
        "March 4, 2024",
        "",
        f"{pp.first} {pp.last}",
        f"{pp.street}",
        f"{pp.city}, {pp.state} {pp.zip}",
        "",
        f"Dear {pp.first},",
        "We are pleased to offer you the position of Test Engineer II, starting April 1, 2024,",
        "at an annual base salary of $98,500. This offer is contingent on a background check",
        "and on proof of eligibility to work in the United States (Form I-9).",
        "Please sign and return by March 15, 2024, or call me at (425) 555-0142.",
        "Sincerely,", "Dana Whitfield, Director of People Operations"]])
    d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}")
    d.add(pp, "POSTAL_ADDRESS", f"{pp.street}, {pp.city}, {pp.state} {pp.zip}")
    d.opt_type("PHONE_NUMBER")
    d.opt_person_name("Dana Whitfield")
    d.decoy("start and signing dates (not birth dates)", ["DATE_OF_BIRTH"])

    # ---------------------------------------------------------------- US: benefits xlsx, header on row 4, SSN w/o dashes
    grp = us[7:11]
    d = W.doc("HR/benefits/2024_open_enrollment.xlsx", "xlsx", "en")
    rows = [["Open Enrollment 2024 - Medical / Dental"], ["Plan year: 01/01/2024 - 12/31/2024"], [],
            ["Employee Name", "SSN", "DOB", "Coverage Tier", "Dependent", "Dependent DOB", "Effective Date"]]
    for pp in grp:
        dep = W.us_first()
        rows.append([f"{pp.last}, {pp.first}", pp.ssn.replace("-", ""), pp.dob.strftime("%m/%d/%Y"), "Employee + Child",
                     f"{dep} {pp.last}", dt.date(R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28)).strftime("%m/%d/%Y"),
                     "01/01/2024"])
        d.add(pp, "PERSON_NAME", f"{pp.last}, {pp.first}"); d.add(pp, "US_SSN", pp.ssn.replace("-", ""))
        d.add(pp, "DATE_OF_BIRTH", pp.dob.strftime("%m/%d/%Y"))
    xlsx(W.path(d), {"Summary": [["Enrollment summary"], ["Total enrolled", "4"], ["Carrier", "Premera Blue Cross"]],
                     "Enrollees": rows})
    d.decoy("plan year / effective dates", ["DATE_OF_BIRTH"])

    # ---------------------------------------------------------------- US: transposed record (vertical) xlsx
    pp = us[11]
    d = W.doc(f"HR/profiles/employee_profile_{pp.last}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Profile": [["Employee Profile"], [], ["Field", "Value"], ["Full name", f"{pp.first} {pp.last}"],
                                 ["Date of birth", pp.dob.strftime("%B %-d, %Y")], ["Home address", f"{pp.street}, {pp.city}, {pp.state} {pp.zip}"],
                                 ["Mobile", pp.phone_nat], ["Personal email", pp.email], ["Driver's license", f"{pp.dl} ({pp.state})"],
                                 ["Hire date", "June 3, 2019"], ["Badge #", "48213"]]})
    d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "DATE_OF_BIRTH", pp.dob.strftime("%B %-d, %Y"))
    d.add(pp, "POSTAL_ADDRESS", f"{pp.street}, {pp.city}, {pp.state} {pp.zip}"); d.add(pp, "PHONE_NUMBER", pp.phone_nat)
    d.add(pp, "EMAIL_ADDRESS", pp.email); d.add(pp, "US_DRIVERS_LICENSE", pp.dl)

    # ---------------------------------------------------------------- US: support tickets as an HTML table
    tk = us[12:15]
    d = W.doc("Support/tickets_export_2024-02.html", "html", "en")
    trs = []
    for i, pp in enumerate(tk):
        card = pp.card if i == 0 else None
        body = (f"Customer says card {fmt_card(card)} was charged twice for order #{R.randint(10**7, 10**8 - 1)}." if card
                else f"Package not delivered; UPS tracking 1Z{R.randint(10**15, 10**16 - 1):X}"[:38] + f". Call back at {pp.phone_nat}.")
        trs.append(f"<tr><td>TCK-{40210 + i}</td><td>{pp.first} {pp.last}</td><td>{pp.email}</td><td>{xesc(body)}</td><td>2024-02-{10 + i}</td></tr>")
        d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "EMAIL_ADDRESS", pp.email)
        if card:
            d.add(pp, "CREDIT_CARD", fmt_card(card))
        else:
            d.add(pp, "PHONE_NUMBER", pp.phone_nat)
    W.write_text(d, "<html><body><h2>Support tickets - February 2024</h2><table><tr><th>Ticket</th><th>Customer</th><th>Email</th>"
                    "<th>Description</th><th>Opened</th></tr>" + "".join(trs) + "</table></body></html>")
    d.decoy("order numbers and UPS tracking numbers", ["CREDIT_CARD", "PHONE_NUMBER"])

    # ---------------------------------------------------------------- US: XML customer export
    xs = us[15:17]
    d = W.doc("Finance/exports/accounts.xml", "xml", "en")
    body = "".join(f"<account id=\"{7000 + i}\"><holder><givenName>{pp.first}</givenName><surname>{pp.last}</surname></holder>"
                   f"<dob>{pp.dob.isoformat()}</dob><ssn>{pp.ssn}</ssn><phone>{pp.phone_intl}</phone>"
                   f"<address><street>{pp.street}</street><city>{pp.city}</city><state>{pp.state}</state><zip>{pp.zip}</zip></address>"
                   f"<lastLoginIp>{pp.ip}</lastLoginIp></account>" for i, pp in enumerate(xs))
    W.write_text(d, f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><accounts exported=\"2024-02-29\" version=\"3.1.4\">{body}</accounts>")
    for pp in xs:
        d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "DATE_OF_BIRTH", pp.dob.isoformat())
        d.add(pp, "US_SSN", pp.ssn); d.add(pp, "PHONE_NUMBER", pp.phone_intl)
        d.add(pp, "POSTAL_ADDRESS", f"{pp.street} {pp.city} {pp.state} {pp.zip}"); d.add(pp, "IP_ADDRESS", pp.ip)

    # ---------------------------------------------------------------- US: chat log with a card number and a password
    a1, a2 = us[17], us[18]
    d = W.doc("IT/chat/helpdesk_chat_2024-01-17.txt", "txt", "en")
    W.write_text(d, f"[09:02] {a1.first} {a1.last}: hi, locked out of the VPN again\n"
                    f"[09:03] {a2.first} {a2.last}: ok, reset it. temp password is Spring#2024!xq\n"
                    f"[09:04] {a1.first} {a1.last}: thx. also can you update my corporate card on file, new one is {fmt_card(a1.card)} exp 08/27\n"
                    f"[09:05] {a2.first} {a2.last}: please don't paste card numbers in chat :( opening ticket INC0042817\n")
    d.add(a1, "PERSON_NAME", f"{a1.first} {a1.last}"); d.add(a2, "PERSON_NAME", f"{a2.first} {a2.last}")
    d.add(a1, "CREDIT_CARD", fmt_card(a1.card)); d.add(None, "CREDENTIAL", "Spring#2024!xq")

    # ---------------------------------------------------------------- US: KYC txt, passport + ITIN
    pp = us[19]
    d = W.doc(f"Finance/kyc/onboarding_{pp.last.lower()}.txt", "txt", "en")
    W.write_text(d, f"Customer onboarding - identity verification\nApplicant: {pp.first} {pp.last}\nDOB: {pp.dob.strftime('%d-%b-%Y')}\n"
                    f"US Passport No. {pp.passport}, expires 2031-05-01\nITIN: {pp.itin}\nVerified by: J. Ortega on 2024-01-09\n")
    d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "DATE_OF_BIRTH", pp.dob.strftime('%d-%b-%Y'))
    d.add(pp, "US_PASSPORT", pp.passport); d.add(pp, "US_ITIN", pp.itin)

    # ---------------------------------------------------------------- UK: starter form docx
    for pp in uk[:3]:
        d = W.doc(f"HR/UK/New_Starter_Form_{pp.last}.docx", "docx", "en")
        docx(W.path(d), ["New Starter Form", "Section 1 - Personal details", f"Surname: {pp.last}", f"Forename(s): {pp.first}",
                         f"Date of birth: {pp.dob.strftime('%d/%m/%Y')}", f"National Insurance number: {pp.nino}",
                         f"Home address: {pp.addr}", f"Mobile: {pp.phone_nat}", f"Email: {pp.email}",
                         "Section 2 - Bank details", f"IBAN: {pp.iban}", "Start date: 01/04/2024"],
             footer="HR-F-014 v3.2  Page 1 of 1")
        d.add(pp, "PERSON_NAME", pp.last); d.add(pp, "DATE_OF_BIRTH", pp.dob.strftime('%d/%m/%Y')); d.add(pp, "UK_NINO", pp.nino)
        d.add(pp, "POSTAL_ADDRESS", pp.addr); d.add(pp, "PHONE_NUMBER", pp.phone_nat); d.add(pp, "EMAIL_ADDRESS", pp.email)
        d.add(pp, "IBAN", pp.iban)

    # ---------------------------------------------------------------- UK: OFFICIAL-SENSITIVE in docx header and footer
    pp = uk[3]
    d = W.doc("Projects/UK/Vetting_outcome_letter.docx", "docx", "en")
    docx(W.path(d), ["Vetting outcome", f"Dear {pp.first} {pp.last},", "Your Security Check (SC) clearance has been granted for 5 years.",
                     f"We may contact you on {pp.phone_intl}. Our helpline is 0300 123 4567."],
         header="OFFICIAL-SENSITIVE [PERSONAL]", footer="OFFICIAL-SENSITIVE [PERSONAL]")
    d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "PHONE_NUMBER", pp.phone_intl)
    d.mark("UK_OFFICIAL_SENSITIVE")

    # ---------------------------------------------------------------- NATO RESTRICTED page banners on a 2-page PDF
    d = W.doc("Projects/NATO/Exercise_logistics_annex.pdf", "pdf", "en")
    pdf(W.path(d), [["Annex C - Logistics support", "1. Fuel and rations will be provided by the host nation.",
                     "2. Convoy schedule is at Appendix 1."],
                    ["Appendix 1 - Convoy schedule", "Serial 1: D+1 0600Z, Serial 2: D+1 1400Z"]], banner="NATO RESTRICTED")
    d.mark("NATO_RESTRICTED"); d.mark_opt("DEFENSE_RELATED")

    # ---------------------------------------------------------------- US SECRET banner with portion marks (PDF)
    d = W.doc("Projects/ORCA/ORCA_threat_update.pdf", "pdf", "en")
    pdf(W.path(d), [["(U) ORCA Threat Update", "(S//NF) Adversary seeker countermeasure tests observed in Q3.",
                     "(U) Next review scheduled for December.", "Classified By: J. Marsh, Program Security Officer",
                     "Derived From: ORCA SCG dated 20220101", "Declassify On: 20491231"]], banner="SECRET//NOFORN")
    d.mark("US_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # ---------------------------------------------------------------- CUI banner in pptx
    d = W.doc("Projects/ORCA/ORCA_CDR_slides.pptx", "pptx", "en")
    pptx(W.path(d), [[("CUI", "top"), ("ORCA Critical Design Review", "title"), ("Seeker gimbal trade study results", "body"), ("CUI", "bottom")],
                     [("CUI", "top"), ("Schedule", "title"), ("CDR closeout: 2024-06-14", "body"), ("CUI", "bottom")]])
    d.mark("US_CUI"); d.mark_opt("DEFENSE_RELATED")

    # ---------------------------------------------------------------- Distribution C in docx footer
    d = W.doc("Projects/ORCA/TR-2024-017_thermal_model.docx", "docx", "en")
    docx(W.path(d), ["Technical Report TR-2024-017", "Thermal model of the seeker window", "1. Introduction", "The model predicts window temperature during boost."],
         footer="DISTRIBUTION STATEMENT C. Distribution authorized to U.S. Government agencies and their contractors; Critical Technology; 15 Jan 2024. Other requests for this document shall be referred to AFRL/RW.")
    d.mark("US_DISTRIBUTION_C"); d.mark_opt("DEFENSE_RELATED")

    # ---------------------------------------------------------------- ITAR notice on an xlsx sheet
    d = W.doc("Projects/ORCA/gimbal_BOM.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"BOM": [["WARNING - This document contains technical data whose export is restricted by the Arms Export Control Act (Title 22, U.S.C., Sec 2751, et seq.) or the Export Administration Act. Violations are subject to severe criminal penalties. (ITAR 22 CFR 120-130)"],
                             [], ["Part No.", "Description", "Qty"], ["123-45-6789-A", "Gimbal bearing", "2"], ["GB-7714", "Torque motor", "1"]]})
    d.mark("EXPORT_ITAR"); d.mark_opt("DEFENSE_RELATED"); d.mark_opt("EXPORT_EAR")
    d.decoy("SSN-shaped part number with suffix", ["US_SSN"])

    # ---------------------------------------------------------------- decoys: catalogs, boilerplate, ordinary words
    d = W.doc("Library/book_order_2024.csv", "csv", "en")
    W.write_text(d, "ISBN,Title,Qty,Unit price\n978-0-13-468599-1,Effective Java,2,45.99\n9781492056355,Fluent Python,1,59.99\n"
                    "978-4-87311-778-2,リーダブルコード,3,2640\n")
    d.decoy("ISBN-13 numbers", ["CREDIT_CARD", "PHONE_NUMBER", "JP_MY_NUMBER"])

    d = W.doc("Finance/invoices/INV-88213.txt", "txt", "en")
    W.write_text(d, f"INVOICE\nInvoice ID: {luhn_number(R, '7', 16)}\nPO Number: 4500123987\nBill to: Contoso Ltd, Accounts Payable\n"
                    "Item: Calibration service  Qty 1  $1,250.00\nPayment terms: Net 30\nRemit to account: see bank details on file\n")
    d.decoy("Luhn-valid 16-digit invoice id, no card context", ["CREDIT_CARD", "BANK_ACCOUNT"])

    d = W.doc("Marketing/newsletter_spring.html", "html", "en")
    W.write_text(d, "<html><body><h1>Spring newsletter</h1><p>The secret sauce of our success is our people. Our top secret recipe for "
                    "team spirit: pizza on Fridays.</p><p>Ford Motor and Johnson Controls joined us at the Lincoln Center booth. "
                    "The restricted area near Gate 4 is closed for renovation.</p><p>Official launch: firmware 2.10.3.4 ships in May.</p>"
                    "<p>Confidentiality notice: this newsletter is for employees; please do not forward.</p></body></html>")
    d.decoy("'secret sauce', 'top secret recipe', 'restricted area', 'official launch' in running text",
            ["US_SECRET", "US_TOP_SECRET", "NATO_RESTRICTED", "UK_OFFICIAL_SENSITIVE", "CORP_CONFIDENTIAL"])
    d.decoy("firm names that look like names (Johnson Controls, Lincoln Center)", ["PERSON_NAME"])
    d.decoy("version string 2.10.3.4", ["IP_ADDRESS"])

    d = W.doc("QA/test_fixtures/sample_customers.csv", "csv", "en")
    W.write_text(d, "# SAMPLE DATA - fictitious, for unit tests only\nname,ssn,card\nJohn Doe,078-05-1120,4111 1111 1111 1111\n"
                    "Jane Doe,219-09-9999,4242 4242 4242 4242\n")
    d.decoy("well-known sample SSNs (078-05-1120, 219-09-9999)", ["US_SSN"])
    # published test card numbers: acme-leak's truth counts 4111 1111 1111 1111 under a card label as a card, so
    # either answer is accepted here
    d.opt_type("PERSON_NAME")
    d.opt_type("CREDIT_CARD")

    d = W.doc("物流/出荷ラベル_控え.txt", "txt", "ja")
    W.write_text(d, "出荷ラベル控え\n品名：光学センサ（精密機器）\n取扱注意　天地無用　ワレモノ\n送り状番号：4821-7730-1962\n出荷日：2024年3月12日\n")
    d.decoy("取扱注意 as 'fragile' on a shipping label", ["JP_CHUI"])
    d.decoy("送り状番号 (tracking number)", ["PHONE_NUMBER", "JP_MY_NUMBER"])

    d = W.doc("総務/秘書室_お知らせ.docx", "docx", "ja")
    docx(W.path(d), ["秘書室からのお知らせ", "来客時の応接室の予約は秘書室までご連絡ください。", "【注意】会議室の飲食は禁止です。ご注意ください。",
                     "神秘的な夜景の見える会議室は8階です。"], footer="総務部 秘書室　内線 2210")
    d.decoy("秘書室 / 【注意】 as a note / 神秘 in running text", ["JP_HI", "JP_CHUI"])

    d = W.doc("Legal/templates/Mutual_NDA_template.docx", "docx", "en")
    docx(W.path(d), ["MUTUAL NON-DISCLOSURE AGREEMENT", "1. Confidential Information means any information disclosed by either party that is marked confidential.",
                     "2. The Receiving Party shall hold Confidential Information in strict confidence.", "3. This Agreement is governed by the laws of the State of Delaware."])
    d.decoy("NDA template text about confidential information", ["CORP_CONFIDENTIAL", "US_CONFIDENTIAL"])

    d = W.doc("IT/release_notes_v10.txt", "txt", "en")
    W.write_text(d, "Release 10.4.2.1 (build 192.168.3.7-rc)\nReleased 2024-02-14.\nFixed: parser crash with 255.255.255.0 netmask strings in config docs.\n"
                    "Known issue: version 1.2.3.4 of the plugin must be upgraded.\nThanks to the Secretary of the user group for testing.\n")
    d.decoy("version strings / netmask that look like IPv4", ["IP_ADDRESS"])
    d.decoy("'Secretary' in running text", ["US_SECRET"])

    d = W.doc("Sales/parts_catalog_2024.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Catalog": [["Part number", "Description", "List price", "Lead time"], ["415-555-0198", "Bracket", "12.50", "2 wks"],
                                 ["SN 4012-8888-8888-1881", "Serial numbered sensor", "410.00", "6 wks"], ["PN-1980-03-04", "Harness", "33.00", "3 wks"]]})
    d.decoy("phone-shaped / card-shaped / date-shaped part numbers", ["PHONE_NUMBER", "CREDIT_CARD", "DATE_OF_BIRTH"])

    d = W.doc("営業/カタログ/製品一覧.txt", "txt", "ja")
    W.write_text(d, "製品一覧（2024年版）\n型番　TK-0312-5567　温度センサ\n型番　JAN 4901234567894　計測ユニット\n発売日　平成30年4月1日\n"
                    "お問い合わせ　フリーダイヤル 0120-123-456（平日9時〜17時）\n")
    d.decoy("発売日 in 和暦 (not a birth date), JAN code", ["DATE_OF_BIRTH", "JP_MY_NUMBER", "CREDIT_CARD"])
    d.opt_type("PHONE_NUMBER")

    # ---------------------------------------------------------------- UK address one line / US address one line in prose
    pp = uk[4]
    d = W.doc("Support/UK/complaint_letter.rtf", "rtf", "en")
    rtf(W.path(d), [f"{pp.first} {pp.last}", pp.addr_lines[0], pp.addr_lines[1], pp.addr_lines[2], "", "12 March 2024",
                    "Dear Customer Services,", "I am writing to complain about the delayed refund for order 7731-2290.",
                    f"You can reach me on {pp.phone_nat} or at {pp.email}.", "Yours faithfully,", f"{pp.first} {pp.last}"])
    d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "POSTAL_ADDRESS", pp.addr)
    d.add(pp, "PHONE_NUMBER", pp.phone_nat); d.add(pp, "EMAIL_ADDRESS", pp.email)

    # ---------------------------------------------------------------- UK HR: JSON Lines payroll extract
    d = W.doc("HR/UK/payroll_extract.jsonl", "jsonl", "en")
    lines = []
    for pp in uk[5:8]:
        lines.append(json.dumps({"employee": f"{pp.first} {pp.last}", "ni_number": pp.nino, "dob": pp.dob.isoformat(),
                                 "sort_code": f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}",
                                 "account_number": pp.acct, "gross_pay": "3120.55", "period": "2024-03"}))
        d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "UK_NINO", pp.nino); d.add(pp, "DATE_OF_BIRTH", pp.dob.isoformat())
        d.add(pp, "BANK_ACCOUNT", pp.acct)
    W.write_text(d, "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
