#!/usr/bin/env python3
"""gen_check.py - a second, smaller probe set for leakscope, written after the rules were tuned on gen.py's set:
new seed, new layouts and phrasings (ODS, docx form tables, single .eml files, Markdown notes, JSON chat exports,
prose birth dates, other marking positions). Writes OUT/files/** and OUT/truth.json for score.py.

    python3 bench/probes/gen_check.py OUT [--seed N]
"""
from __future__ import annotations

import argparse
import email.policy
import json
import os
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403


def ods(path, sheets):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
    body = ""
    for name, rows in sheets.items():
        body += f'<table:table table:name="{xesc(name)}">'
        for row in rows:
            body += "<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>' if c != ""
                else "<table:table-cell/>" for c in row) + "</table:table-row>"
        body += "</table:table>"
    content = f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}><office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>'
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=4242)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe6-check")
    R = W.rnd
    jp = [W.jp_person() for _ in range(12)]
    us = [W.us_person() for _ in range(10)]
    uk = [W.uk_person() for _ in range(4)]

    # ODS roster with a title row and 和暦 birth dates
    d = W.doc("総務/連絡網_2024.ods", "ods", "ja")
    rows = [["緊急連絡網（2024年度）"], ["No.", "氏名", "生年月日", "自宅住所", "携帯"]]
    for i, p in enumerate(jp[:4]):
        rows.append([str(i + 1), f"{p.family}　{p.given}", p.wareki_dob(), f"〒{p.zip} {p.addr_ja}", to_fullwidth(p.phone_nat)])
        d.add(p, "PERSON_NAME", f"{p.family}　{p.given}"); d.add(p, "DATE_OF_BIRTH", p.wareki_dob())
        d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"); d.add(p, "PHONE_NUMBER", to_fullwidth(p.phone_nat))
    ods(W.path(d), {"連絡網": rows})

    # docx form table (label | value | label | value), 関係者外秘 in the page header
    p = jp[4]
    d = W.doc(f"人事/異動/身上調書_{p.family}.docx", "docx", "ja")
    docx(W.path(d), ["身上調書", "記入日：令和6年4月10日"],
         table=[["氏名", f"{p.family} {p.given}", "生年月日", p.dob.strftime("%Y年%-m月%-d日")],
                ["現住所", f"〒{p.zip} {p.addr_ja}", "電話", p.phone_nat],
                ["健康状態", "持病：高血圧（服薬中）", "扶養家族", "2名"]], header="関係者外秘")
    d.add(p, "PERSON_NAME", f"{p.family} {p.given}"); d.add(p, "DATE_OF_BIRTH", p.dob.strftime("%Y年%-m月%-d日"))
    d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"); d.add(p, "PHONE_NUMBER", p.phone_nat)
    d.add(p, "HEALTH_INFO", "高血圧（服薬中）"); d.sensitive(p)
    d.mark("CORP_CONFIDENTIAL")

    # single .eml, Japanese, signature with landline + mobile, footer disclaimer
    a, b = jp[5], jp[6]
    m = mail(f"{a.family} {a.given} <{a.email}>", f"{b.family} {b.given} <{b.email}>", "来週の打合せについて",
             f"{b.family}様\n\nいつもお世話になっております。{a.family}です。\n来週火曜の打合せ、14時からでお願いできますでしょうか。\n\n"
             f"━━━━━━━━━━━━\n株式会社東洋精機 営業部\n{a.family} {a.given}\nTEL 03-5412-{R.randint(1000, 9999)}　携帯 {a.phone_nat}\n"
             "━━━━━━━━━━━━\nこのメールには機密情報が含まれている場合があります。誤って受信された場合は削除してください。\n", "2024-04-02 09:15")
    path = W.path_for("メール/inbox/来週の打合せについて.eml")
    open(path, "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc("メール/inbox/来週の打合せについて.eml", "eml", "ja")
    d.add(a, "PERSON_NAME", f"{a.family} {a.given}"); d.add(a, "EMAIL_ADDRESS", a.email); d.add(a, "PHONE_NUMBER", a.phone_nat)
    d.add(b, "PERSON_NAME", f"{b.family} {b.given}"); d.add(b, "EMAIL_ADDRESS", b.email)
    d.decoy("メールフッター「機密情報が含まれている場合があります」", ["CORP_CONFIDENTIAL"])

    # Markdown meeting notes: attendees with phones; version strings
    c1, c2 = us[0], us[1]
    d = W.doc("Eng/notes/2024-03-18_sync.md", "md", "en")
    W.write_text(d, f"# Weekly sync 2024-03-18\n\n**Attendees:** {c1.first} {c1.last}, {c2.first} {c2.last}\n\n"
                    "## Notes\n- Shipped agent 3.14.1.2 to the fleet; rollback to 3.13.0.9 if errors spike.\n"
                    f"- On-call this week: {c1.first} ({c1.phone_nat})\n- Next sync: 2024-03-25\n")
    d.add(c1, "PERSON_NAME", f"{c1.first} {c1.last}"); d.add(c2, "PERSON_NAME", f"{c2.first} {c2.last}")
    d.add(c1, "PHONE_NUMBER", c1.phone_nat)
    d.decoy("agent version strings 3.14.1.2 / 3.13.0.9", ["IP_ADDRESS"])

    # JSON chat export (Intercom-like) with an address and a card
    c = us[2]
    d = W.doc("Support/chats/conversation_88121.json", "json", "en")
    conv = {"id": "88121", "created_at": "2024-02-20T15:02:11Z", "parts": [
        {"author": {"type": "user", "name": f"{c.first} {c.last}", "email": c.email}, "body": "Hi, my order never arrived."},
        {"author": {"type": "admin", "name": "Support Bot"}, "body": "Sorry! Can you confirm the shipping address?"},
        {"author": {"type": "user", "name": f"{c.first} {c.last}"}, "body": f"{c.street}, {c.city}, {c.state} {c.zip}"},
        {"author": {"type": "user", "name": f"{c.first} {c.last}"}, "body": f"and please refund to my card {fmt_card(c.card)}"}]}
    W.write_text(d, json.dumps(conv, indent=2))
    d.add(c, "PERSON_NAME", f"{c.first} {c.last}"); d.add(c, "EMAIL_ADDRESS", c.email)
    d.add(c, "POSTAL_ADDRESS", f"{c.street}, {c.city}, {c.state} {c.zip}"); d.add(c, "CREDIT_CARD", fmt_card(c.card))

    # PDF certificate of employment: birth date in prose
    c = us[3]
    d = W.doc(f"HR/letters/Employment_Verification_{c.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["EMPLOYMENT VERIFICATION", "", "To whom it may concern:", "",
                     f"This is to confirm that {c.first} {c.last}, born {c.dob.strftime('%B %-d, %Y')}, has been employed",
                     "by Cascade Avionics LLC as a Senior Technician since June 3, 2019.",
                     f"Employee ID: 40-{R.randint(1000, 9999)}.  Social Security No.: {c.ssn}", "",
                     "Sincerely,", "Dana Whitfield", "Director of People Operations"]])
    d.add(c, "PERSON_NAME", f"{c.first} {c.last}"); d.add(c, "DATE_OF_BIRTH", c.dob.strftime('%B %-d, %Y')); d.add(c, "US_SSN", c.ssn)
    d.decoy("hire date (not a birth date)", [])

    # xlsx: header on row 2, Last/First columns, SSN column, a plan-year note; CUI in header/footer codes
    d = W.doc("HR/benefits/dependents_2024.xlsx", "xlsx", "en")
    rows = [["Dependent verification audit - 2024"], ["Last", "First", "SSN", "Birth Date", "Relationship"]]
    for pp in us[4:7]:
        rows.append([pp.last, pp.first, pp.ssn, pp.dob.strftime("%Y-%m-%d"), "Self"])
        d.add(pp, "PERSON_NAME", pp.first); d.add(pp, "US_SSN", pp.ssn); d.add(pp, "DATE_OF_BIRTH", pp.dob.strftime("%Y-%m-%d"))
    xlsx(W.path(d), {"Audit": rows}, header_footer="&CCUI&RPage &P")
    d.mark("US_CUI")

    # UK: HR letter in RTF, one-line address with postcode, NINO without spaces
    pp = uk[0]
    d = W.doc(f"HR/UK/Contract_Variation_{pp.last}.rtf", "rtf", "en")
    rtf(W.path(d), ["Private & Confidential", f"{pp.first} {pp.last}", pp.addr, "", "Dear " + pp.first + ",",
                    "Re: Variation to your contract of employment",
                    f"Your National Insurance number on record is {pp.nino.replace(' ', '')}. Please tell us if this is wrong.",
                    "Your new working pattern starts on 1 May 2024.", "Yours sincerely,", "HR Shared Services"])
    d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "POSTAL_ADDRESS", pp.addr); d.add(pp, "UK_NINO", pp.nino.replace(" ", ""))
    d.decoy("'Private & Confidential' envelope line", ["CORP_CONFIDENTIAL", "US_CONFIDENTIAL", "UK_OFFICIAL_SENSITIVE"])

    # UK SECRET banner PDF
    d = W.doc("Projects/UK/Sensor_integration_minutes.pdf", "pdf", "en")
    pdf(W.path(d), [["Minutes of the sensor integration working group", "1. Actions from the last meeting were closed.",
                     "2. Trial dates agreed for Q3."]], banner="UK SECRET")
    d.mark("UK_SECRET"); d.mark_opt("DEFENSE_RELATED")

    # NATO CONFIDENTIAL docx header
    d = W.doc("Projects/NATO/Interoperability_brief.docx", "docx", "en")
    docx(W.path(d), ["Interoperability brief", "Link 16 message catalogue alignment status."],
         header="NATO CONFIDENTIAL", footer="NATO CONFIDENTIAL")
    d.mark("NATO_CONFIDENTIAL"); d.mark_opt("DEFENSE_RELATED")

    # 取扱厳重注意 stamp at the top right of a pptx
    d = W.doc("事業/防衛/試験結果速報.pptx", "pptx", "ja")
    pptx(W.path(d), [[("取扱厳重注意", "tr"), ("試験結果速報", "title"), ("振動試験：全項目合格", "body")]])
    d.mark("JP_CHUI"); d.mark_opt("DEFENSE_RELATED")

    # EAR: ECCN in a docx footer
    d = W.doc("Sales/export/RF_module_datasheet.docx", "docx", "en")
    docx(W.path(d), ["RF power module RPM-40", "Output power 40 W, 2-6 GHz."],
         footer="Export Classification: ECCN 3A001.b.4. These items are controlled by the U.S. Government under the Export Administration Regulations (EAR).")
    d.mark("EXPORT_EAR")

    # decoys: log with user agents, order CSV with 090-shaped model numbers, movie list
    d = W.doc("IT/logs/web_2024-03-01.log", "log", "en")
    W.write_text(d, "2024-03-01T10:00:01Z GET /index.html 200 ua=\"Mozilla/5.0 Chrome/120.0.6099.109 Safari/537.36\"\n"
                    "2024-03-01T10:00:02Z GET /app.js 200 ua=\"Mozilla/5.0 Firefox/123.0\" build=4.2.0.17\n")
    d.decoy("browser and build versions shaped like IPv4", ["IP_ADDRESS"])

    d = W.doc("営業/受注/受注一覧_2024Q1.csv", "csv", "ja")
    W.write_text(d, "受注番号,型番,数量,受注日\n240301001,090-1234-5678,10,2024/03/01\n240301002,TK-0312-5567,4,2024/03/02\n"
                    "240301003,4901234567894,1,昭和の日セール\n")
    d.decoy("phone-shaped model number in a 型番 column", ["PHONE_NUMBER"])
    d.decoy("受注日 (not a birth date)", ["DATE_OF_BIRTH"])

    d = W.doc("Social/movie_night.txt", "txt", "en")
    W.write_text(d, "Movie night picks: Top Secret! (1984), The Secret Life of Pets, Official Secrets, Confidential Assignment.\n"
                    "Snacks: Morgan Freeman popcorn? No - Jordan Almonds and Lincoln Logs cookies.\n")
    d.decoy("classification words in movie titles", ["US_TOP_SECRET", "US_SECRET", "US_CONFIDENTIAL", "UK_OFFICIAL_SENSITIVE"])
    d.opt_type("PERSON_NAME")  # an actor's name in a joke

    # JP: 内定通知 as HTML mail body-like page, name with 殿
    p = jp[7]
    d = W.doc(f"人事/採用/採用通知_{p.family}.html", "html", "ja")
    W.write_text(d, f"<html><body><p>{p.family} {p.given} 殿</p><p>〒{p.zip} {p.addr_ja}</p><h2>採用通知書</h2>"
                    "<p>厳正なる選考の結果、貴殿を採用することに決定しましたので通知します。</p><p>令和6年4月1日</p></body></html>")
    d.add(p, "PERSON_NAME", f"{p.family} {p.given}"); d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")

    # JP: My Number + 基礎年金番号 in a vertical (transposed) xlsx record
    p = jp[8]
    d = W.doc(f"人事/社会保険/資格取得_{p.family}.xlsx", "xlsx", "ja")
    mn = my_number(R, "")
    pension = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
    xlsx(W.path(d), {"届出": [["被保険者資格取得届（控）"], [], ["項目", "内容"], ["被保険者氏名", f"{p.family}　{p.given}"],
                                ["生年月日", p.wareki_dob()], ["個人番号", mn], ["基礎年金番号", pension], ["資格取得年月日", "令和6年4月1日"]]})
    d.add(p, "PERSON_NAME", f"{p.family}　{p.given}"); d.add(p, "DATE_OF_BIRTH", p.wareki_dob()); d.add(p, "JP_MY_NUMBER", mn)
    d.add(p, "JP_PENSION_NUMBER", pension)

    # US: chat transcript in plain text with 12-hour times, SSN shared
    a1, a2 = us[7], us[8]
    d = W.doc("IT/chat/benefits_chat.txt", "txt", "en")
    W.write_text(d, f"(2:14 PM) {a1.first} {a1.last}: hey can you check my 401k enrollment\n"
                    f"(2:15 PM) {a2.first} {a2.last}: sure, what's your SSN\n(2:15 PM) {a1.first} {a1.last}: {a1.ssn}\n"
                    f"(2:16 PM) {a2.first} {a2.last}: got it, you're enrolled\n")
    d.add(a1, "PERSON_NAME", f"{a1.first} {a1.last}"); d.add(a2, "PERSON_NAME", f"{a2.first} {a2.last}"); d.add(a1, "US_SSN", a1.ssn)

    # UK payroll CSV with sort code + account, title line above header
    d = W.doc("HR/UK/bacs_run_2024-03.csv", "csv", "en")
    lines = ["BACS payment run March 2024", "Payee,Sort code,Account number,Amount"]
    for pp in uk[1:4]:
        lines.append(f"{pp.first} {pp.last},{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)},{pp.acct},{R.randint(1500, 4000)}.00")
        d.add(pp, "PERSON_NAME", f"{pp.first} {pp.last}"); d.add(pp, "BANK_ACCOUNT", pp.acct)
    W.write_text(d, "\n".join(lines) + "\n")

    W.finish()


if __name__ == "__main__":
    main()
