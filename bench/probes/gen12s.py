#!/usr/bin/env python3
"""gen12s.py - probe set 12s for leakscope: the domains and people mix of shared/samples (a defense contractor's
leaked shares: HR, Finance, Users, Mail, IT, Projects; Japanese, US, UK and EU people who recur across items) with
every document kind in another layout and wording than the samples use:

  HR (JP)   社員名簿 as an xlsx with merged title and group rows and as a fixed-width text file, 個人番号 ledger
            pipe-delimited, 振込先口座 CSV (銀行名 / 支店名 / 口座種別 / 半角カナ名義), 健診結果 CSV, 療養のための
            休業申出 as a PDF, 資格取得届 as a docx table, 履歴書 as an xlsx and as a PDF, 運転者登録 tab-separated
            (第…号), 渡航者リスト as a docx table with NAME / Passport No.
  HR (US)   direct-deposit authorisation as a docx form, W-9 as text (SSN and ITIN), I-9 notes as e-mail, open
            enrollment CSV with dependants, FMLA certification as a PDF, headcount roster as an xlsx (Last / First,
            address in parts), resume as a PDF
  Finance   SEPA-Lastschriftmandat as a docx, KYC records as JSON, a CRM contact export with other headers, a
            card-on-file CSV with masked and full numbers, chargeback notices as e-mail, HMRC starter checklist as a
            PDF, contractor payments with NINO and sort code, a semicolon payment run, 本人確認 as an xlsx, 会員一覧 TSV
            with names and addresses in parts, ご登録内容のお知らせ as a docx, an invoice as an xlsx
  Users     passwords in other wordings (JP memo, Markdown table), a notes file, an unencrypted zip of private papers,
            an encrypted zip, a truncated PDF
  Mail      English threads with replies and forwards, signatures in other shapes, Japanese mails to 様 / 殿 with
            署名 blocks, an mbox with an attachment
  IT        a Spring application-prod.yml with credentials, sshd auth log (user names) and a JSON web log (e-mails),
            a helpdesk export, 生体認証 (vein template) enrollment, a JSON staff directory
Look-alikes: parts master (SSN-shaped part numbers, 12-digit codes failing the My Number check), shipments (tracking
numbers failing Luhn, 問い合わせ番号), a price list (phone-shaped model numbers, JAN codes), an NDA, an intranet news page,
a docker-compose with ${VAR} placeholders, a policy text, an org chart.

    python3 bench/probes/gen12s.py OUT [--seed N]      (tuning seed 12; check seed 1313, measured once before and once after)

Truth conventions: those of shared/samples (per-item pii_types, people and person_elements, decoys, *_optional codes,
status_accept) and of the earlier probe rounds: a dependant named with an SSN is a truth person; a doctor or HR signer
named in passing is PERSON_NAME of the item but no truth person unless an employee elsewhere; a masked card number is no
CREDIT_CARD; a user name in a log without e-mail is no truth person (the item still has IP_ADDRESS); ${VAR}
placeholders are no CREDENTIAL; a payment processor's card token (tok_...) is optional CREDENTIAL (it stands in for
the card and authenticates nothing by itself, but a "token" column is as often a session or API token); items in an
encrypted zip are not listed.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import email.policy
import email.utils
import hashlib
import io
import json
import os
import sys
import zipfile
from email.message import EmailMessage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import luhn_ok  # noqa: E402
from enlib import iban, routing  # noqa: E402
from gen8 import zip_crypto  # noqa: E402
from gen9 import merge_cells, jp_dl_number, eu_person  # noqa: E402

CO_JP = "北辰電機工業株式会社"
DOM_JP = "hokushin-denki.example.co.jp"
DOM_US = "hokushin-aero.example.com"


# ------------------------------------------------------------------------------------------------ writers
def pdf_ja(path, pages):
    """A PDF whose text is Japanese: a Type0 font with Identity-H codes (the UTF-16 code units) and a ToUnicode map,
    so text extraction reads the characters back (probelib.pdf is Latin-1 only)."""
    codes = sorted({ord(c) for page in pages for ln in page for c in ln})
    bf = []
    for i in range(0, len(codes), 100):
        chunk = codes[i:i + 100]
        bf.append(f"{len(chunk)} beginbfchar\n" + "\n".join(f"<{c:04X}> <{c:04X}>" for c in chunk) + "\nendbfchar")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) "
            "/Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
            "endcodespacerange\n" + "\n".join(bf) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    body = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type0 /BaseFont /IPAGothic /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
            4: b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /IPAGothic /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               b"/FontDescriptor 6 0 R /DW 1000 /CIDToGIDMap /Identity >>",
            5: b"<< /Length " + str(len(cmap)).encode() + b" >>\nstream\n" + cmap + b"\nendstream",
            6: b"<< /Type /FontDescriptor /FontName /IPAGothic /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 "
               b"/Descent -141 /CapHeight 800 /StemV 80 >>"}
    kids, n = [], 7
    for lines in pages:
        ops, y = ["BT /F1 10 Tf"], 800
        for ln in lines:
            y -= 16
            hexs = "".join(f"{ord(c):04X}" for c in ln)
            ops.append(f"1 0 0 1 50 {y} Tm <{hexs}> Tj")
        ops.append("ET")
        data = "\n".join(ops).encode("ascii")
        body[n] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {n + 1} 0 R >>".encode()
        body[n + 1] = b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"
        kids.append(n)
        n += 2
    body[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    write_pdf(path, body, n)


def eml(frm, to, subject, body, date, tz=9, cc=None, reply_to_id=None, attachments=(), html=None):
    """An e-mail with a Message-ID from a digest of its headers (str hashes change from run to run)."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"] = email.utils.format_datetime(dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=tz))))
    mid = hashlib.sha1(f"{frm}|{to}|{subject}|{date}".encode()).hexdigest()[:16]
    m["Message-ID"] = f"<{mid}@mail.{DOM_JP if tz == 9 else DOM_US}>"
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    m.set_content(body)
    if html:
        m.add_alternative(html, subtype="html")
    for name, data, ctype in attachments:
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return m


HALF_KANA = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
                     "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"))
DAKU = {"ガ": "ｶﾞ", "ギ": "ｷﾞ", "グ": "ｸﾞ", "ゲ": "ｹﾞ", "ゴ": "ｺﾞ", "ザ": "ｻﾞ", "ジ": "ｼﾞ", "ズ": "ｽﾞ", "ゼ": "ｾﾞ", "ゾ": "ｿﾞ",
        "ダ": "ﾀﾞ", "ヂ": "ﾁﾞ", "ヅ": "ﾂﾞ", "デ": "ﾃﾞ", "ド": "ﾄﾞ", "バ": "ﾊﾞ", "ビ": "ﾋﾞ", "ブ": "ﾌﾞ", "ベ": "ﾍﾞ", "ボ": "ﾎﾞ",
        "パ": "ﾊﾟ", "ピ": "ﾋﾟ", "プ": "ﾌﾟ", "ペ": "ﾍﾟ", "ポ": "ﾎﾟ"}


def half_kana(s):
    return "".join(DAKU.get(c) or HALF_KANA.get(c, c) for c in s)


def my_number_bad(R):
    """12 digits whose check digit is wrong (a 管理番号 look-alike)."""
    while True:
        mn = my_number(R, "")
        bad = mn[:11] + str((int(mn[11]) + R.randint(1, 9)) % 10)
        if bad != mn:
            return bad


def luhn_bad(R, n=16):
    while True:
        s = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))
        if not luhn_ok(s):
            return s


def jp_pension(R):
    return f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"


# ------------------------------------------------------------------------------------------------ set
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=12)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe12s")
    R = W.rnd

    def romaji(p):
        g, f = p.romaji.split(" ")
        return g, f.capitalize()

    emails_used = set()

    def company_mail(local, dom):
        e, k = f"{local}@{dom}", 2
        while e in emails_used:
            e, k = f"{local}{k}@{dom}", k + 1
        emails_used.add(e)
        return e

    # employees (JP and US) recur across HR, IT, Mail; customers, contractors and applicants appear once or twice
    jpe = [W.jp_person() for _ in range(14)]
    for i, p in enumerate(jpe):
        g, f = romaji(p)
        p.email = company_mail(f"{g[0].lower()}.{f.lower()}", DOM_JP)
        p.empno = f"HK{R.randint(10000, 99999)}"
        p.en = f"{g} {f}"
    use = [W.us_person() for _ in range(9)]
    for p in use:
        p.email = company_mail(f"{p.first.lower()}.{p.last.lower()}", DOM_US)
        p.empno = f"HA-{R.randint(1000, 9999)}"
    jpc = [W.jp_person() for _ in range(8)]
    usc = [W.us_person() for _ in range(10)]
    uk = [W.uk_person() for _ in range(6)]
    eu = [eu_person(W, "DE"), eu_person(W, "FR"), eu_person(W, "DE"), eu_person(W, "FR")]

    def jn(p, sep="　"):
        return f"{p.family}{sep}{p.given}"

    def add_all(d, p, pairs):
        for t, v in pairs:
            d.add(p, t, v)

    hr_jp, hr_us = jpe[0], use[0]   # the HR staff who sign and send things

    # =========================================================================== HR (JP)
    # 社員名簿 xlsx: merged title rows, a group row over 氏名 (漢字 | カナ) and 住所 (〒 | 住所), dates as 1983.04.12
    d = W.doc("HR/人事/名簿/社員名簿_2024年度.xlsx", "xlsx", "ja")
    rows = [["社員名簿　2024年度"], ["総務部作成　2024年4月1日現在　（取扱い：人事部限り）"], [],
            ["社員コード", "氏名", "", "生年月日", "住所", "", "携帯番号", "社用メール", "入社年月日"],
            ["", "漢字", "カナ", "", "〒", "住所", "", "", ""]]
    for p in jpe[:10]:
        hired = dt.date(R.randint(2005, 2023), 4, 1)
        rows.append([p.empno, jn(p), f"{p.kana_family}　{p.kana_given}", p.dob.strftime("%Y.%m.%d"), p.zip, p.addr_ja,
                     p.phone_nat, p.email, hired.strftime("%Y.%m.%d")])
        add_all(d, p, [("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", p.dob.strftime("%Y.%m.%d")), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"),
                       ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email)])
    xlsx(W.path(d), {"名簿": rows})
    merge_cells(W.path(d), 1, ["A1:I1", "A2:I2", "B4:C4", "E4:F4", "A4:A5", "D4:D5", "G4:G5", "H4:H5", "I4:I5"])
    d.decoy("入社年月日 and 作成日 (not birth dates)", ["DATE_OF_BIRTH"])

    # fixed-width 名簿 (an old copy on a desktop), full-width padding, 和暦 short dates
    owner = jpe[3]
    d = W.doc(f"Users/{owner.email.split('@')[0]}/Desktop/名簿_旧版.txt", "txt", "ja")
    lines = ["社員番号  氏名            生年月日     電話番号        住所", "-" * 78]
    for p in jpe[10:14]:
        nm = jn(p)
        lines.append(f"{p.empno:<10}{nm}{'　' * (8 - len(nm))}{p.wareki_dob(short=True):<13}{p.phone_nat:<16}〒{p.zip} {p.addr_ja}")
        add_all(d, p, [("PERSON_NAME", nm), ("DATE_OF_BIRTH", p.wareki_dob(short=True)), ("PHONE_NUMBER", p.phone_nat),
                       ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")])
    W.write_text(d, "\n".join(lines) + "\n")

    # 個人番号 ledger, pipe-delimited, My Number with hyphens, 基礎年金番号 without
    d = W.doc("HR/人事/個人番号/特定個人情報_管理簿.txt", "txt", "ja")
    lines = ["|No|社員番号|氏名|生年月日|個人番号|基礎年金番号|取得日|", "|--|--|--|--|--|--|--|"]
    for i, p in enumerate(jpe[:10], 1):
        p.mn = my_number(R, "-")
        p.pension = jp_pension(R)
        born = p.dob.strftime("%Y年%-m月%-d日")
        lines.append(f"|{i}|{p.empno}|{jn(p, ' ')}|{born}|{p.mn}|{p.pension.replace('-', '')}|2016年1月{R.randint(5, 28)}日|")
        add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("DATE_OF_BIRTH", born), ("JP_MY_NUMBER", p.mn),
                       ("JP_PENSION_NUMBER", p.pension.replace("-", ""))])
    W.write_text(d, "\n".join(lines) + "\n")
    d.decoy("取得日 (the date the number was collected)", ["DATE_OF_BIRTH"])

    # 振込先口座 CSV: 銀行名 / 支店名 / 口座種別 / 口座番号 / half-width kana 名義
    d = W.doc("HR/給与/振込先口座_2024.csv", "csv", "ja")
    banks = [("三菱UFJ銀行", "0005"), ("みずほ銀行", "0001"), ("三井住友銀行", "0009"), ("りそな銀行", "0010"), ("ゆうちょ銀行", "9900")]
    lines = ["社員コード,氏名,銀行名,銀行コード,支店名,支店コード,口座種別,口座番号,口座名義（カナ）"]
    for p in jpe[:10]:
        bank, code = R.choice(banks)
        p.acct = f"{R.randint(1000000, 9999999)}"
        lines.append(f"{p.empno},{jn(p, ' ')},{bank},{code},{R.choice(['渋谷', '新宿', '本店営業部', '横浜', '梅田'])}支店,{R.randint(100, 899)},"
                     f"{R.choice(['普通', '当座'])},{p.acct},{half_kana(p.kana_family)} {half_kana(p.kana_given)}")
        add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("BANK_ACCOUNT", p.acct)])
    W.write_text(d, "\n".join(lines) + "\n")

    # 健診結果 CSV
    d = W.doc("HR/健康管理/健診結果_2024.csv", "csv", "ja")
    findings = ["異常なし", "要経過観察（血圧 148/96）", "要精密検査（便潜血陽性）", "要治療（脂質異常症 LDL 182）",
                "要再検査（尿糖 +）", "経過観察（γ-GTP 高値、飲酒習慣）", "治療中（2型糖尿病）", "異常なし"]
    lines = ["受診日,社員番号,氏名,年齢,身長,体重,BMI,総合判定,所見"]
    for i, p in enumerate(jpe[2:10]):
        f = findings[i]
        h, w = R.randint(150, 185), R.randint(45, 95)
        lines.append(f"2024/05/{R.randint(10, 28)},{p.empno},{jn(p, ' ')},{2024 - p.dob.year},{h},{w},{w / (h / 100) ** 2:.1f},"
                     f"{'A' if f == '異常なし' else R.choice('BCD')},{f}")
        add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("HEALTH_INFO", f)])
        d.sensitive(p)
    W.write_text(d, "\n".join(lines) + "\n")

    # 療養のための休業申出書 as a PDF (not a 休職届 docx)
    p = jpe[5]
    d = W.doc(f"HR/健康管理/休業申出/休業申出書_{p.empno}.pdf", "pdf", "ja")
    born = p.wareki_dob()
    pdf_ja(W.path(d), [["療養のための休業申出書", "", f"{CO_JP}　代表取締役社長　殿", "",
                        f"申出者　所属：技術本部　社員番号：{p.empno}", f"氏名：{jn(p)}　（{born}生）",
                        f"住所：〒{p.zip}　{p.addr_ja}", f"緊急連絡先：{p.phone_nat}", "",
                        "私は、下記のとおり療養のため休業したく、主治医の意見書を添えて申し出ます。", "",
                        "１．傷病名　　腰椎椎間板ヘルニア（手術予定）", "２．休業期間　令和6年6月3日から令和6年8月31日まで",
                        "３．主治医　　中央整形外科クリニック", "", "令和6年5月27日"]])
    add_all(d, p, [("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", born), ("POSTAL_ADDRESS", f"〒{p.zip}　{p.addr_ja}"),
                   ("PHONE_NUMBER", p.phone_nat), ("HEALTH_INFO", "腰椎椎間板ヘルニア（手術予定）")])
    d.sensitive(p)

    # 資格取得届 as a docx table (label | value | label | value)
    for p in jpe[10:12]:
        d = W.doc(f"HR/社会保険/取得届/被保険者資格取得届_{p.empno}.docx", "docx", "ja")
        p.mn = my_number(R, " ")
        p.pension = jp_pension(R)
        kigo, bango = f"{R.randint(10, 99)}{R.choice(['ア', 'イ', 'カ'])}", f"{R.randint(1, 999)}"
        born = p.wareki_dob()
        docx(W.path(d), ["健康保険・厚生年金保険　被保険者資格取得届（控）", f"事業所名称　{CO_JP}", "提出日　令和6年4月3日"],
             table=[["被保険者氏名", jn(p), "フリガナ", f"{p.kana_family} {p.kana_given}"],
                    ["生年月日", born, "性別", p.sex_ja],
                    ["個人番号", p.mn, "基礎年金番号", p.pension],
                    ["被保険者証記号", kigo, "被保険者証番号", bango],
                    ["住所", f"〒{p.zip} {p.addr_ja}", "資格取得年月日", "令和6年4月1日"]])
        add_all(d, p, [("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", born), ("JP_MY_NUMBER", p.mn), ("JP_PENSION_NUMBER", p.pension),
                       ("JP_HEALTH_INSURANCE", f"{kigo} {bango}"), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")])
        d.decoy("提出日・資格取得年月日 (not birth dates)", ["DATE_OF_BIRTH"])

    # 履歴書 as an xlsx (label cells, merged value cells) and as a PDF; applicants are new people
    apps = [W.jp_person(), W.jp_person()]
    p = apps[0]
    d = W.doc(f"HR/採用/2024中途/履歴書_{p.family}{p.given}.xlsx", "xlsx", "ja")
    born = f"{p.dob.year}年{p.dob.month}月{p.dob.day}日生（満{2024 - p.dob.year}歳）"
    xlsx(W.path(d), {"履歴書": [["履　歴　書", "", "", "2024年5月1日現在"], ["ふりがな", f"{p.kana_family} {p.kana_given}"],
                                ["氏　名", jn(p)], ["生年月日", born, "", "性別", p.sex_ja], ["ふりがな", ""],
                                ["現住所", f"〒{p.zip}", p.addr_ja], ["携帯電話", p.phone_nat, "", "E-mail", p.email], [],
                                ["年", "月", "学歴・職歴"], [str(p.dob.year + 18), "4", "東都工業大学 工学部 入学"],
                                [str(p.dob.year + 22), "3", "同 卒業"], [str(p.dob.year + 22), "4", "株式会社港北システム 入社"],
                                ["", "", "現在に至る"]]})
    merge_cells(W.path(d), 1, ["B2:D2", "B3:D3", "C6:E6"])
    add_all(d, p, [("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", f"{p.dob.year}年{p.dob.month}月{p.dob.day}日"),
                   ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"), ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email)])
    p = apps[1]
    d = W.doc(f"HR/採用/2024中途/履歴書_{p.family}{p.given}.pdf", "pdf", "ja")
    born = p.wareki_dob()
    tel = to_fullwidth(p.phone_nat)
    pdf_ja(W.path(d), [["履歴書　　　　　　令和6年5月8日現在", f"フリガナ　{p.kana_family}　{p.kana_given}", f"氏名　　　{jn(p)}",
                        f"生年月日　{born}生　（満{2024 - p.dob.year}歳）", f"現住所　　〒{p.zip}", f"　　　　　{p.addr_ja}",
                        f"電話　　　{tel}", f"メール　　{p.email}", "", "学歴・職歴",
                        f"{p.dob.year + 22}年3月　北都大学 理学部 卒業", f"{p.dob.year + 22}年4月　東邦計器株式会社 入社", "以上"]])
    add_all(d, p, [("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", born), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"),
                   ("PHONE_NUMBER", tel), ("EMAIL_ADDRESS", p.email)])

    # 運転者登録 tab-separated, 免許証番号 written 第…号
    d = W.doc("General/総務/車両/社用車運転者登録.tsv", "tsv", "ja")
    lines = ["登録番号\t運転者氏名\t免許証番号\t免許の色\t有効期限"]
    for i, p in enumerate(jpe[6:12], 1):
        p.dl = jp_dl_number(R)
        lines.append(f"D-{i:03d}\t{jn(p, ' ')}\t第{p.dl}号\t{R.choice(['ゴールド', 'ブルー'])}\t令和{R.randint(7, 10)}年{R.randint(1, 12)}月{R.randint(1, 28)}日")
        add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("JP_DRIVERS_LICENSE", p.dl)])
    W.write_text(d, "\n".join(lines) + "\n")

    # 渡航者リスト as a docx table: 氏名 | NAME (as in passport) | Passport No. | Date of Birth (12 MAR 1985)
    d = W.doc("General/出張/渡航者リスト_2024下期.docx", "docx", "ja")
    tbl = [["氏名", "NAME（旅券記載）", "Passport No.", "Date of Birth", "渡航先"]]
    for p in jpe[:6]:
        g, f = romaji(p)
        p.pp = f"T{R.choice('KRSZ')}{R.randint(1000000, 9999999)}"
        dob = p.dob.strftime("%d %b %Y").upper()
        tbl.append([jn(p, " "), f"{f.upper()} {g.upper()}", p.pp, dob, R.choice(["米国（デイトン）", "英国（ファーンバラ）", "独（ミュンヘン）"])])
        add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("JP_PASSPORT", p.pp), ("DATE_OF_BIRTH", dob)])
    docx(W.path(d), ["海外渡航者リスト（2024年度下期）", "航空券・ビザ手配用。旅券の写しは別途人事部で保管。"], table=tbl)

    # =========================================================================== HR (US)
    # direct deposit as a docx form
    for p in use[1:3]:
        d = W.doc(f"HR/US/payroll/DirectDeposit_{p.last}_{p.first}.docx", "docx", "en")
        rt = routing(R)
        p.acct = f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
        addr = f"{p.street}, {p.city}, {p.state} {p.zip}"
        docx(W.path(d), ["Hokushin Aerospace Inc. - Payroll", "DIRECT DEPOSIT AUTHORIZATION",
                         "I authorize Hokushin Aerospace Inc. to deposit my net pay to the account below."],
             table=[["Employee name", f"{p.first} {p.last}", "Employee #", p.empno], ["Home address", addr, "", ""],
                    ["Financial institution", R.choice(["Wells Fargo Bank", "Chase", "US Bank"]), "Account type", "Checking"],
                    ["Routing (ABA) no.", rt, "Account no.", p.acct], ["Amount", "100% of net pay", "Signature", "/s/"]])
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", addr), ("BANK_ACCOUNT", p.acct)])
        d.decoy("9-digit ABA routing number (SSN-shaped)", ["US_SSN"])

    # W-9 as plain text: SSN in three boxes, ITIN
    for k, p in enumerate(usc[:2]):
        d = W.doc(f"HR/US/vendors/W9_{p.last.lower()}.txt", "txt", "en")
        if k == 0:
            tin_line, t, v = f"Social security number   {p.ssn[:3]} - {p.ssn[4:6]} - {p.ssn[7:]}", "US_SSN", f"{p.ssn[:3]} - {p.ssn[4:6]} - {p.ssn[7:]}"
        else:
            tin_line, t, v = f"Social security number (or ITIN)   {p.itin}", "US_ITIN", p.itin
        W.write_text(d, "Form W-9 (Rev. March 2024)\nRequest for Taxpayer Identification Number and Certification\n\n"
                        f"1  Name of entity/individual: {p.first} {p.last}\n2  Business name: {p.last} Consulting\n"
                        "3a Federal tax classification: Individual/sole proprietor\n"
                        f"5  Address (number, street, and apt. or suite no.): {p.street}\n6  City, state, and ZIP code: {p.city}, {p.state} {p.zip}\n\n"
                        f"Part I  Taxpayer Identification Number (TIN)\n{tin_line}\nEmployer identification number   --\n\n"
                        "Part II Certification\nSignature of U.S. person: (signed)    Date: 03/14/2024\n")
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"), (t, v)])

    # I-9 notes as e-mail from HR to the hiring manager
    for p in use[3:5]:
        mgr = use[5]
        pp, dl = p.passport, f"{p.dl}"
        body = (f"Hi {mgr.first},\n\nI completed Section 2 of the I-9 for {p.first} {p.last} this morning.\n\n"
                f"- List A: U.S. passport, number {pp}, expires 08/2032\n- Also copied for the file: {p.state} driver license {dl}\n\n"
                "Originals were returned to the employee. E-Verify case closed as employment authorized.\n\n"
                f"Thanks,\n{hr_us.first}\n--\n{hr_us.first} {hr_us.last} | People Operations | Hokushin Aerospace Inc.\n")
        m = eml(f"{hr_us.first} {hr_us.last} <{hr_us.email}>", f"{mgr.first} {mgr.last} <{mgr.email}>",
                f"I-9 done - {p.first} {p.last}", body, f"2024-0{R.randint(1, 9)}-{R.randint(10, 28)} 10:{R.randint(10, 59)}", tz=-5)
        rel = f"Mail/{hr_us.email.split('@')[0]}/sent/I-9_{p.last}.eml"
        open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
        d = W.doc(rel, "eml", "en")
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("US_PASSPORT", pp), ("US_DRIVERS_LICENSE", dl)])
        add_all(d, hr_us, [("PERSON_NAME", f"{hr_us.first} {hr_us.last}"), ("EMAIL_ADDRESS", hr_us.email)])
        add_all(d, mgr, [("PERSON_NAME", f"{mgr.first} {mgr.last}"), ("EMAIL_ADDRESS", mgr.email)])
        d.decoy("9-digit passport number (SSN-shaped, labelled as passport)", ["US_SSN"])

    # open enrollment CSV with dependants (each dependant a truth person: name, SSN, birth date)
    d = W.doc("HR/US/benefits/open_enrollment_2024.csv", "csv", "en")
    lines = ["Emp ID,Employee,Emp SSN,Emp DOB,Medical Plan,Tier,Dependent,Relationship,Dep DOB,Dep SSN"]
    for p in use[1:6]:
        dob = p.dob.strftime("%m/%d/%Y")
        lines.append(f"{p.empno},\"{p.last}, {p.first}\",{p.ssn},{dob},PPO 500,Employee Only,,,,")
        add_all(d, p, [("PERSON_NAME", f"{p.last}, {p.first}"), ("US_SSN", p.ssn), ("DATE_OF_BIRTH", dob)])
        if R.random() < 0.6:
            dep = W.us_person()
            dep.last = p.last
            dep.name = f"{dep.first} {p.last}"
            ddob = dt.date(R.randint(2008, 2020), R.randint(1, 12), R.randint(1, 28)).strftime("%m/%d/%Y")
            lines.append(f"{p.empno},\"{p.last}, {p.first}\",,,PPO 500,Employee + Child,\"{p.last}, {dep.first}\",Child,{ddob},{dep.ssn}")
            add_all(d, dep, [("PERSON_NAME", f"{p.last}, {dep.first}"), ("US_SSN", dep.ssn), ("DATE_OF_BIRTH", ddob)])
    W.write_text(d, "\n".join(lines) + "\n")

    # FMLA certification as a PDF; the provider is named in passing, HR prepared it
    p = use[6]
    d = W.doc(f"HR/US/leave/WH-380-E_{p.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION", "(Family and Medical Leave Act)", "",
                     "SECTION I - EMPLOYER", f"Employee name: {p.first} {p.last}        Employee phone: {p.phone_nat}",
                     f"Prepared by: {hr_us.first} {hr_us.last}, People Operations", "",
                     "SECTION III - HEALTH CARE PROVIDER", "Provider: Dr. Anita Raman, Summit Orthopedics",
                     "Condition: lumbar disc herniation L4-L5 with sciatica; physical therapy three times weekly",
                     "Patient will be incapacitated from 04/08/2024 through 05/20/2024.", "Date: 04/02/2024"]])
    add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("PHONE_NUMBER", p.phone_nat),
                   ("HEALTH_INFO", "lumbar disc herniation L4-L5 with sciatica")])
    d.add(hr_us, "PERSON_NAME", f"{hr_us.first} {hr_us.last}")
    d.sensitive(p)

    # headcount roster xlsx: Last / First, address in parts, personal cell, SSN
    d = W.doc("HR/US/roster/headcount_2024Q1.xlsx", "xlsx", "en")
    rows = [["Hokushin Aerospace Inc. - Headcount report Q1 2024"], [],
            ["Last", "First", "Emp #", "Title", "Street", "City", "ST", "ZIP", "Personal Cell", "Birthdate", "SSN", "Work Email"]]
    for p in use:
        cell = p.phone_nat.replace("(", "").replace(") ", "-")
        rows.append([p.last, p.first, p.empno, R.choice(["Systems Engineer", "Buyer", "Test Technician", "Program Analyst"]), p.street,
                     p.city, p.state, p.zip, cell, p.dob.strftime("%-m/%-d/%Y"), p.ssn, p.email])
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"),
                       ("PHONE_NUMBER", cell), ("DATE_OF_BIRTH", p.dob.strftime("%-m/%-d/%Y")), ("US_SSN", p.ssn), ("EMAIL_ADDRESS", p.email)])
    xlsx(W.path(d), {"Headcount": rows})

    # resume as a PDF (applicant)
    p = usc[2]
    d = W.doc(f"HR/US/recruiting/{p.first}_{p.last}_Resume.pdf", "pdf", "en")
    cell = p.phone_nat.replace("(", "").replace(") ", ".").replace("-", ".")
    pdf(W.path(d), [[f"{p.first.upper()} {p.last.upper()}", f"{p.street} - {p.city}, {p.state} {p.zip}", f"{cell}  -  {p.email}", "",
                     "SUMMARY", "Avionics test engineer with 9 years in DO-160 qualification.", "", "EXPERIENCE",
                     "Test Engineer, Cascade Flight Systems (2017 - present)", "EDUCATION", "B.S. Electrical Engineering, Oregon State University"]])
    add_all(d, p, [("PERSON_NAME", f"{p.first.upper()} {p.last.upper()}"), ("POSTAL_ADDRESS", f"{p.street} - {p.city}, {p.state} {p.zip}"),
                   ("PHONE_NUMBER", cell), ("EMAIL_ADDRESS", p.email)])

    # =========================================================================== Finance
    # SEPA mandate as a docx, German and French
    for p in eu[:2]:
        d = W.doc(f"Finance/SEPA/Mandate/Mandat_{p.last}.docx", "docx", "de" if p.region == "DE" else "fr")
        if p.region == "DE":
            paras = ["SEPA-Lastschriftmandat", "Gläubiger-Identifikationsnummer: DE98ZZZ09999999999",
                     f"Mandatsreferenz: HKD-{R.randint(100000, 999999)}",
                     "Ich ermächtige die Hokushin Europe GmbH, Zahlungen von meinem Konto mittels Lastschrift einzuziehen."]
            tbl = [["Name des Kontoinhabers", f"{p.last}, {p.first}"], ["Straße und Hausnummer", p.street], ["PLZ und Ort", f"{p.plz} {p.city}"],
                   ["IBAN", group4_(p.iban)], ["BIC", "COBADEFFXXX"], ["Ort, Datum", f"{p.city}, 12.02.2024"]]
            name = f"{p.last}, {p.first}"
        else:
            paras = ["Mandat de prélèvement SEPA", "Identifiant créancier SEPA : FR12ZZZ123456",
                     f"Référence unique du mandat : HKD-{R.randint(100000, 999999)}",
                     "En signant ce formulaire de mandat, vous autorisez Hokushin Europe SAS à envoyer des instructions à votre banque."]
            tbl = [["Nom, prénom du débiteur", f"{p.last.upper()} {p.first}"], ["Adresse", p.street], ["Code postal / Ville", f"{p.plz} {p.city}"],
                   ["IBAN", group4_(p.iban)], ["BIC", "BNPAFRPPXXX"], ["Fait à", f"{p.city}, le 12/02/2024"]]
            name = f"{p.last.upper()} {p.first}"
        docx(W.path(d), paras, table=tbl)
        add_all(d, p, [("PERSON_NAME", name), ("POSTAL_ADDRESS", f"{p.street}, {p.plz} {p.city}"), ("IBAN", group4_(p.iban))])
        d.decoy("SEPA creditor identifier (IBAN-shaped, not an account)", ["IBAN"])

    # KYC records as JSON
    for p in usc[3:5]:
        d = W.doc(f"Finance/customers/kyc/kyc_{p.last.lower()}_{R.randint(1000, 9999)}.json", "json", "en")
        rec = {"case_id": f"KYC-{R.randint(100000, 999999)}", "opened": "2024-02-11T14:03:22Z",
               "subject": {"given_name": p.first, "family_name": p.last, "birth_date": p.dob.isoformat(),
                           "residence": {"line1": p.street, "city": p.city, "region": p.state, "postal_code": p.zip, "country": "US"}},
               "evidence": [{"kind": "drivers_license", "issuing_state": p.state, "document_number": p.dl, "expires": "2028-06-30"}],
               "result": {"status": "verified", "score": 0.97}}
        W.write_text(d, json.dumps(rec, indent=2))
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", p.dob.isoformat()),
                       ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"), ("US_DRIVERS_LICENSE", p.dl)])

    # 本人確認 as an xlsx (vertical record)
    p = jpc[0]
    d = W.doc(f"Finance/顧客/本人確認/確認記録_{R.randint(10000, 99999)}.xlsx", "xlsx", "ja")
    p.dl = jp_dl_number(R)
    born = p.dob.strftime("%Y年%-m月%-d日")
    xlsx(W.path(d), {"記録": [["本人確認記録票"], ["確認日", "2024年3月2日"], ["確認方法", "対面（原本提示）"], ["お客様氏名", jn(p, " ")],
                              ["フリガナ", f"{p.kana_family} {p.kana_given}"], ["生年月日", born], ["住所", f"〒{p.zip} {p.addr_ja}"],
                              ["確認書類", "運転免許証"], ["書類番号", p.dl], ["確認者", jn(hr_jp, " ")]]})
    add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("DATE_OF_BIRTH", born), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"), ("JP_DRIVERS_LICENSE", p.dl)])
    d.add(hr_jp, "PERSON_NAME", jn(hr_jp, " "))

    # CRM contact export with other headers: one name column, one quoted address column
    d = W.doc("Finance/customers/crm_contacts_export_2024-03.csv", "csv", "en")
    buf = io.StringIO()
    wcsv = csv.writer(buf, lineterminator="\n")
    wcsv.writerow(["Contact ID", "Contact Name", "E-mail Address", "Home Phone", "Mailing Address", "Birthday", "SSN/ITIN", "Owner"])
    for k, p in enumerate(usc[2:9]):
        tin = p.itin if k % 3 == 2 else p.ssn
        addr = f"{p.street}\n{p.city}, {p.state} {p.zip}"
        wcsv.writerow([f"003{R.randint(10 ** 11, 10 ** 12 - 1)}", f"{p.first} {p.last}", p.email, p.phone_intl, addr,
                       p.dob.strftime("%b %d, %Y"), tin, "sales-east"])
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_intl),
                       ("POSTAL_ADDRESS", addr), ("DATE_OF_BIRTH", p.dob.strftime("%b %d, %Y")), ("US_ITIN" if k % 3 == 2 else "US_SSN", tin)])
    W.write_text(d, buf.getvalue())

    # card on file: masked and full numbers
    d = W.doc("Finance/customers/card_on_file.csv", "csv", "en")
    lines = ["holder,pan,exp,billing_zip,email,phone,token"]
    for k, p in enumerate(usc):
        masked = k % 3 == 1
        pan = ("*" * (len(p.card) - 4) + p.card[-4:]) if masked else fmt_card(p.card)
        lines.append(f"{p.first} {p.last},{pan},{R.randint(1, 12):02d}/{R.randint(26, 30)},{p.zip},{p.email},{p.phone_nat},tok_{hashlib.md5(p.card.encode()).hexdigest()[:20]}")
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat)])
        if not masked:
            d.add(p, "CREDIT_CARD", pan)
            d.sensitive(p)
    W.write_text(d, "\n".join(lines) + "\n")
    d.decoy("masked card numbers (last four only)", ["CREDIT_CARD"])
    d.opt_type("CREDENTIAL")  # a processor's card token (tok_...) stands in for the card; whether it is a secret is moot

    # chargebacks as e-mail from the acquirer
    for p in usc[5:7]:
        case = f"DSP-{R.randint(100000, 999999)}"
        body = (f"Dispute notification {case}\n\nMerchant: Hokushin Aerospace Store (MID 4445{R.randint(10000000, 99999999)})\n"
                f"Cardholder: {p.last.upper()}/{p.first.upper()}\nAccount: {p.card}\nTransaction date: 2024-02-{R.randint(10, 28)}   Amount: USD {R.randint(100, 900)}.{R.randint(10, 99)}\n"
                f"Cardholder contact on file: {p.email}\nReason: 13.1 Merchandise/Services Not Received\n\n"
                "Respond within 20 days with compelling evidence.\n\nDisputes Desk\nNorthgate Merchant Services\n")
        m = eml("Disputes Desk <disputes@northgate-ms.example.com>", f"Finance AR <ar@{DOM_US}>", f"Chargeback {case} - response required",
                body, f"2024-03-{R.randint(10, 28)} 08:{R.randint(10, 59)}", tz=-5)
        rel = f"Finance/chargebacks/{case}.eml"
        open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
        d = W.doc(rel, "eml", "en")
        add_all(d, p, [("PERSON_NAME", f"{p.last.upper()}/{p.first.upper()}"), ("CREDIT_CARD", p.card), ("EMAIL_ADDRESS", p.email)])
        d.sensitive(p)
        d.opt_type("EMAIL_ADDRESS")

    # HMRC starter checklist as a PDF
    for p in uk[:2]:
        d = W.doc(f"Finance/UK/starters/Starter_checklist_{p.last}.pdf", "pdf", "en")
        nino = p.nino.replace(" ", "")
        pdf(W.path(d), [["Starter checklist", "Employee's personal details", f"1  Last name:  {p.last.upper()}", f"2  First names:  {p.first}",
                         "3  Are you male or female?  Female" if p.first in ("Amelia", "Isla", "Poppy", "Freya", "Niamh") else "3  Are you male or female?  Male",
                         f"4  Date of birth:  DD {p.dob.day:02d}  MM {p.dob.month:02d}  YYYY {p.dob.year}",
                         f"5  Home address:  {p.addr_lines[0]}, {p.addr_lines[1]}", f"   Postcode:  {p.addr_lines[2]}", "6  Postcode",
                         f"7  National Insurance number if known:  {nino}", "8  Employment start date:  DD 01  MM 03  YYYY 2024",
                         "Employee statement: A - This is my first job since 6 April."]])
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last.upper()}"), ("DATE_OF_BIRTH", f"{p.dob.day:02d} {p.dob.month:02d} {p.dob.year}"),
                       ("POSTAL_ADDRESS", f"{p.addr_lines[0]}, {p.addr_lines[1]} {p.addr_lines[2]}"), ("UK_NINO", nino)])

    # contractor payments: NINO, sort code, account
    d = W.doc("Finance/UK/contractor_payments_2024-03.csv", "csv", "en")
    lines = ["Surname,Forename,NINO,Address line 1,Town,Postcode,Personal email,Sort code,Account no,Gross (GBP)"]
    for p in uk[2:6]:
        sc = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
        lines.append(f"{p.last},{p.first},{p.nino},{p.addr_lines[0]},{p.addr_lines[1]},{p.addr_lines[2]},{p.email},{sc},{p.acct},{R.randint(2000, 9000)}.00")
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("UK_NINO", p.nino), ("POSTAL_ADDRESS", p.addr), ("EMAIL_ADDRESS", p.email),
                       ("BANK_ACCOUNT", p.acct)])
    W.write_text(d, "\n".join(lines) + "\n")

    # payment run, semicolons, IBANs unspaced
    d = W.doc("Finance/SEPA/Zahlungslauf_2024-02.csv", "csv", "de")
    lines = ["Empfänger;IBAN;BIC;Betrag;Verwendungszweck"]
    for p in eu + uk[2:4]:
        lines.append(f"{p.first} {p.last};{p.iban};{'COBADEFFXXX' if p.iban.startswith('DE') else 'BNPAFRPPXXX'};{R.randint(300, 5000)},{R.randint(10, 99)};"
                     f"Erstattung RE-2024-{R.randint(1000, 9999)}")
        add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("IBAN", p.iban)])
    W.write_text(d, "\n".join(lines) + "\n", encoding="utf-8-sig")

    # 会員一覧 TSV: 姓 / 名 / セイ / メイ, address in parts
    d = W.doc("Finance/顧客/会員一覧_関東.tsv", "tsv", "ja")
    lines = ["会員番号\t姓\t名\tセイ\tメイ\t郵便番号\t住所1\t住所2\t電話番号\tメールアドレス\t誕生日"]
    for p in jpc[1:7]:
        a1, _, a2 = p.addr_ja.partition(" ")
        lines.append(f"M{R.randint(100000, 999999)}\t{p.family}\t{p.given}\t{p.kana_family}\t{p.kana_given}\t{p.zip}\t{a1}\t{a2}\t"
                     f"{p.phone_nat.replace('-', '')}\t{p.email}\t{p.dob.strftime('%Y/%m/%d')}")
        add_all(d, p, [("PERSON_NAME", f"{p.family} {p.given}"), ("POSTAL_ADDRESS", f"{p.zip} {p.addr_ja}"),
                       ("PHONE_NUMBER", p.phone_nat.replace('-', '')), ("EMAIL_ADDRESS", p.email), ("DATE_OF_BIRTH", p.dob.strftime('%Y/%m/%d'))])
    W.write_text(d, "\n".join(lines) + "\n")

    # ご登録内容のお知らせ as a docx letter
    p = jpc[7]
    d = W.doc(f"Finance/顧客/通知/ご登録内容のお知らせ_{p.family}.docx", "docx", "ja")
    docx(W.path(d), [f"〒{p.zip}", p.addr_ja, f"{jn(p, ' ')} 様", "", "ご登録内容のお知らせ",
                     "平素より格別のご高配を賜り、厚く御礼申し上げます。現在ご登録いただいている内容は以下のとおりです。",
                     f"お名前：{jn(p, ' ')}（{p.kana_family} {p.kana_given}）", f"生年月日：{p.wareki_dob()}", f"お電話：{p.phone_nat}",
                     f"メール：{p.email}", "内容に誤りがある場合は、お客様センターまでご連絡ください。", f"{CO_JP}　お客様センター"])
    add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"), ("DATE_OF_BIRTH", p.wareki_dob()),
                   ("PHONE_NUMBER", p.phone_nat), ("EMAIL_ADDRESS", p.email)])

    # invoice as an xlsx, billed to a named buyer; order numbers failing Luhn
    p = usc[9]
    d = W.doc(f"Finance/invoices/Invoice_{R.randint(24000, 24999)}.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Invoice": [["Hokushin Aerospace Inc.", "", "", "INVOICE"], ["", "", "Invoice no.", f"HA-INV-{R.randint(10000, 99999)}"],
                                 ["Bill to:", "", "Order no.", luhn_bad(R)], [f"{p.first} {p.last}"], [p.street], [f"{p.city}, {p.state} {p.zip}"],
                                 [p.email], [], ["Item", "Description", "Qty", "Amount"],
                                 ["978-0-262-03384-8", "Introduction to Algorithms (book)", "1", "112.00"],
                                 ["HK-0312-5567", "Calibration service", "2", "640.00"], ["", "", "Total", "752.00"]]})
    add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("POSTAL_ADDRESS", f"{p.street}, {p.city}, {p.state} {p.zip}"), ("EMAIL_ADDRESS", p.email)])
    d.decoy("order number failing the Luhn check, ISBN-13", ["CREDIT_CARD"])

    # =========================================================================== Users
    p = jpe[7]
    u = p.email.split("@")[0]
    d = W.doc(f"Users/{u}/Documents/ログイン情報メモ.txt", "txt", "ja")
    pw1, pw2 = f"Hk{R.randint(1000, 9999)}#{R.choice('abcxyz')}{R.choice('QRST')}", f"{R.choice(['Fuji', 'Mori', 'Kaze'])}!{R.randint(100, 999)}wx"
    W.write_text(d, f"■勤怠システム\n　ユーザー名：{p.email}\n　パスワード：{pw1}\n\n■経費精算（2024/4 変更）\n　ID → {u}\n　PW → {pw2}\n\n※ 3か月ごとに変更\n")
    add_all(d, p, [("EMAIL_ADDRESS", p.email), ("CREDENTIAL", pw1), ("CREDENTIAL", pw2)])
    d.sensitive(p)

    p = use[7]
    u = p.email.split("@")[0]
    d = W.doc(f"Users/{u}/Desktop/logins.md", "md", "en")
    s1, s2 = f"Tr!cky{R.randint(100, 999)}Pass", f"{R.choice(['Blue', 'Red'])}Heron#{R.randint(10, 99)}"
    W.write_text(d, f"# accounts\n\n| site | login | secret |\n|---|---|---|\n| concur | {p.email} | {s1} |\n| jira | {u} | {s2} |\n\nreminder: rotate in June\n")
    add_all(d, p, [("EMAIL_ADDRESS", p.email), ("CREDENTIAL", s1), ("CREDENTIAL", s2)])
    d.sensitive(p)

    # a notes file: a colleague out sick, a callback number
    p, q = use[8], usc[1]
    d = W.doc(f"Users/{use[2].email.split('@')[0]}/Documents/notes.txt", "txt", "en")
    W.write_text(d, f"todo 3/12\n- {p.first} {p.last} out until 3/25 after gallbladder surgery, cover his test shifts\n"
                    f"- call back {q.first} {q.last} re: refund, {q.phone_nat}\n- order more torque wrenches\n")
    add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("HEALTH_INFO", "out until 3/25 after gallbladder surgery")])
    add_all(d, q, [("PERSON_NAME", f"{q.first} {q.last}"), ("PHONE_NUMBER", q.phone_nat)])
    d.sensitive(p)

    # an unencrypted zip of private papers
    p = jpe[8]
    u = p.email.split("@")[0]
    zrel = f"Users/{u}/Documents/個人書類.zip"
    spouse = W.jp_person()
    spouse.family, spouse.kana_family = p.family, p.kana_family
    spouse.name = jn(spouse, " ")
    smn = my_number(R, "")
    jm = (f"住民票の写し\n\n住所　〒{p.zip} {p.addr_ja}\n世帯主　{jn(p, ' ')}\n\n氏名　{jn(p, ' ')}\n生年月日　{p.wareki_dob()}\n続柄　世帯主\n\n"
          f"氏名　{jn(spouse, ' ')}\n生年月日　{spouse.wareki_dob()}\n続柄　妻\n")
    nm = f"年末調整メモ\n配偶者　{jn(spouse, ' ')}　個人番号 {smn}\n本人 {p.mn}\n生命保険料控除 証明書あり\n"
    with zipfile.ZipFile(W.path_for(zrel), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("住民票の写し.txt", jm.encode("utf-8"))
        z.writestr("年末調整メモ.txt", nm.encode("utf-8"))
    W.container(zrel, "zip")
    d = W.doc(zrel + "!/住民票の写し.txt", "txt", "ja")
    add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"), ("DATE_OF_BIRTH", p.wareki_dob())])
    add_all(d, spouse, [("PERSON_NAME", jn(spouse, " ")), ("DATE_OF_BIRTH", spouse.wareki_dob())])
    d = W.doc(zrel + "!/年末調整メモ.txt", "txt", "ja")
    add_all(d, spouse, [("PERSON_NAME", jn(spouse, " ")), ("JP_MY_NUMBER", smn)])
    d.add(p, "JP_MY_NUMBER", p.mn)

    # an encrypted zip and a truncated PDF
    zrel = f"Users/{jpe[9].email.split('@')[0]}/Documents/源泉徴収票_2023.zip"
    zip_crypto(W.path_for(zrel), [("源泉徴収票_2023.txt", "源泉徴収票 令和5年分\n".encode("utf-8"))], b"hk2024", R)
    d = W.doc(zrel, "zip", "")
    d.status = "ENCRYPTED"
    tmp = W.path_for("Users/shared/scan/report_draft.pdf")
    pdf(tmp, [["Quarterly report draft"] + ["Line of text"] * 20])
    b = open(tmp, "rb").read()
    open(tmp, "wb").write(b[:len(b) // 3])
    d = W.doc("Users/shared/scan/report_draft.pdf", "pdf", "")
    d.status = "CORRUPT"

    # =========================================================================== Mail
    # EN thread: customer writes, agent replies, supervisor forwards; quoted original keeps the address
    c, agent, sup = usc[0], use[7], use[8]
    sig_agent = f"{agent.first} {agent.last}\nCustomer Care, Hokushin Aerospace Inc.\nd {agent.phone_nat.replace('(', '').replace(') ', '.').replace('-', '.')}  |  {agent.email}"
    orig = (f"Hello,\n\nI moved last month. Please update my shipping address to {c.street}, {c.city}, {c.state} {c.zip}.\n"
            f"You can reach me at {c.phone_nat}.\n\n{c.first} {c.last}\n")
    reply = f"Hi {c.first},\n\nDone - your address is updated in our system.\n\nBest,\n{sig_agent}\n\n"
    quoted = "\n".join("> " + ln for ln in orig.splitlines())
    fwd = (f"{sup.first},\n\nFYI the address change below was made without the usual callback. Can you check?\n\n{agent.first}\n\n"
           f"---------- Forwarded message ---------\nFrom: {agent.first} {agent.last} <{agent.email}>\nDate: Tue, Mar 5, 2024 at 9:12 AM\n"
           f"Subject: Re: change of address\nTo: {c.first} {c.last} <{c.email}>\n\n{reply}On Mon, Mar 4, 2024 at 6:40 PM {c.first} {c.last} <{c.email}> wrote:\n{quoted}\n")
    m = eml(f"{agent.first} {agent.last} <{agent.email}>", f"{sup.first} {sup.last} <{sup.email}>", "Fwd: Re: change of address", fwd,
            "2024-03-05 11:02", tz=-5)
    rel = f"Mail/{agent.email.split('@')[0]}/Fwd_change_of_address.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "en")
    add_all(d, c, [("PERSON_NAME", f"{c.first} {c.last}"), ("EMAIL_ADDRESS", c.email), ("POSTAL_ADDRESS", f"{c.street}, {c.city}, {c.state} {c.zip}"),
                   ("PHONE_NUMBER", c.phone_nat)])
    add_all(d, agent, [("PERSON_NAME", f"{agent.first} {agent.last}"), ("EMAIL_ADDRESS", agent.email),
                       ("PHONE_NUMBER", agent.phone_nat.replace('(', '').replace(') ', '.').replace('-', '.'))])
    add_all(d, sup, [("PERSON_NAME", f"{sup.first} {sup.last}"), ("EMAIL_ADDRESS", sup.email)])

    # EN direct deposit change as a reply with the ABA number; signature in one line
    p = use[4]
    rt = routing(R)
    p.acct2 = f"{R.randint(10 ** 7, 10 ** 8 - 1)}{R.randint(10, 99)}"
    body = (f"Thanks {p.first} - received. The change takes effect with the 3/29 payroll.\n\n{hr_us.first} {hr_us.last} // People Ops // {hr_us.phone_intl}\n\n"
            f"-----Original Message-----\nFrom: {p.first} {p.last} <{p.email}>\nSent: Monday, March 11, 2024 4:05 PM\nSubject: new bank for my paycheck\n\n"
            f"Please switch my deposit to my new credit union account: routing {rt}, account {p.acct2} (checking).\n\nThanks, {p.first}\n")
    m = eml(f"{hr_us.first} {hr_us.last} <{hr_us.email}>", f"{p.first} {p.last} <{p.email}>", "RE: new bank for my paycheck", body,
            "2024-03-12 09:30", tz=-5)
    rel = f"Mail/{hr_us.email.split('@')[0]}/RE_new_bank_for_my_paycheck.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "en")
    add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("EMAIL_ADDRESS", p.email), ("BANK_ACCOUNT", p.acct2)])
    add_all(d, hr_us, [("PERSON_NAME", f"{hr_us.first} {hr_us.last}"), ("EMAIL_ADDRESS", hr_us.email), ("PHONE_NUMBER", hr_us.phone_intl)])
    d.decoy("9-digit ABA routing number (SSN-shaped)", ["US_SSN"])
    d.sensitive(p)

    # JP: 扶養家族の個人番号 sent by mail to 人事 (様), 署名 block in another shape
    p = jpe[12]
    kid = W.jp_person()
    kid.family, kid.kana_family = p.family, p.kana_family
    kid.name = jn(kid, " ")
    kid.dob = dt.date(R.randint(2015, 2023), R.randint(1, 12), R.randint(1, 28))
    kmn = my_number(R, "-")
    sig = (f"＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿\n{CO_JP}\n技術本部 システム設計部\n{jn(p, ' ')}（{romaji(p)[1].upper()} {romaji(p)[0]}）\n"
           f"携帯：{p.phone_nat}\nMail：{p.email}\n＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿")
    body = (f"人事部\n{jn(hr_jp, ' ')} 様\n\nお疲れ様です。{p.family}です。\n扶養追加の件、子の情報をお送りします。\n\n"
            f"　氏名：{jn(kid, ' ')}\n　生年月日：{kid.dob.strftime('%Y年%-m月%-d日')}\n　個人番号：{kmn}\n\nよろしくお願いいたします。\n\n{sig}\n")
    m = eml(f"{jn(p, ' ')} <{p.email}>", f"{jn(hr_jp, ' ')} <{hr_jp.email}>", "扶養追加の件（個人番号）", body, "2024-04-15 13:20")
    rel = f"Mail/{p.email.split('@')[0]}/送信済み/扶養追加の件.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "ja")
    add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone_nat)])
    add_all(d, hr_jp, [("PERSON_NAME", jn(hr_jp, " ")), ("EMAIL_ADDRESS", hr_jp.email)])
    add_all(d, kid, [("PERSON_NAME", jn(kid, " ")), ("DATE_OF_BIRTH", kid.dob.strftime('%Y年%-m月%-d日')), ("JP_MY_NUMBER", kmn)])

    # JP: 辞令 notice to 殿, 署名 with 内線 and a landline
    p, q = jpe[13], jpe[1]
    land = f"03-{R.randint(3000, 6999)}-{R.randint(1000, 9999)}"
    body = (f"{jn(p, ' ')} 殿\n\n2024年7月1日付で、下記のとおり異動を命じます。\n\n記\n　新所属：防衛システム事業部 第二技術部\n　旧所属：技術本部 試験評価課\n\n以上\n\n"
            f"--\n人事部 人事課長\n{jn(q, ' ')}\nTEL {land}（内線 2214）／ 携帯 {q.phone_nat}\n{q.email}\n")
    m = eml(f"{jn(q, ' ')} <{q.email}>", f"{jn(p, ' ')} <{p.email}>", "【辞令】人事異動のお知らせ", body, "2024-06-20 17:45")
    rel = f"Mail/{p.email.split('@')[0]}/受信トレイ/辞令.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "ja")
    add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("EMAIL_ADDRESS", p.email)])
    add_all(d, q, [("PERSON_NAME", jn(q, " ")), ("EMAIL_ADDRESS", q.email), ("PHONE_NUMBER", q.phone_nat)])
    d.opt_type("PHONE_NUMBER")

    # mbox: JP 住所変更 from a customer, EN vpn reset with a temporary password, potluck, 定例 with an attachment
    mrel = f"Mail/archive/{jpe[2].email.split('@')[0]}_2024.mbox"
    W.container(mrel, "mbox")
    msgs = []
    c, a = jpc[6], jpe[2]
    b1 = (f"{CO_JP}\nお客様センター 御中\n\nいつもお世話になっております。\n転居しましたので、登録住所の変更をお願いします。\n\n"
          f"新住所：〒{c.zip} {c.addr_ja}\n電話：{c.phone_nat}\n\n{jn(c, ' ')}\n")
    msgs.append((eml(f"{jn(c, ' ')} <{c.email}>", f"{jn(a, ' ')} <{a.email}>", "登録住所の変更について", b1, "2024-02-02 21:14"),
                 [(c, [("PERSON_NAME", jn(c, ' ')), ("EMAIL_ADDRESS", c.email), ("POSTAL_ADDRESS", f"〒{c.zip} {c.addr_ja}"), ("PHONE_NUMBER", c.phone_nat)]),
                  (a, [("PERSON_NAME", jn(a, ' ')), ("EMAIL_ADDRESS", a.email)])], [], "ja"))
    e1, it = use[6], use[5]
    tmp_pw = f"Hx-{R.randint(1000, 9999)}!{R.choice('kmpq')}"
    b2 = (f"{e1.first},\n\nYour VPN token was re-issued. Log in once with the one-time password {tmp_pw} and set your own.\n\n"
          f"IT Service Desk - {it.first} {it.last}\next. 4410 / {it.phone_nat}\n")
    msgs.append((eml(f"{it.first} {it.last} <{it.email}>", f"{e1.first} {e1.last} <{e1.email}>", "VPN token re-issued", b2, "2024-02-08 08:05", tz=-5),
                 [(e1, [("PERSON_NAME", f"{e1.first} {e1.last}"), ("EMAIL_ADDRESS", e1.email), ("CREDENTIAL", tmp_pw)]),
                  (it, [("PERSON_NAME", f"{it.first} {it.last}"), ("EMAIL_ADDRESS", it.email), ("PHONE_NUMBER", it.phone_nat)])],
                 ["e-mail footer-free"], "en"))
    f1, f2 = use[3], use[2]
    b3 = (f"Team,\n\nPotluck Friday! {f2.first} is bringing her top secret chili recipe and I'll do the classified-ad-famous cornbread.\n"
          f"Sign-up sheet is on the fridge.\n\n{f1.first}\n")
    msgs.append((eml(f"{f1.first} {f1.last} <{f1.email}>", f"{f2.first} {f2.last} <{f2.email}>", "Friday potluck", b3, "2024-02-14 12:00", tz=-5),
                 [(f1, [("PERSON_NAME", f"{f1.first} {f1.last}"), ("EMAIL_ADDRESS", f1.email)]),
                  (f2, [("PERSON_NAME", f"{f2.first} {f2.last}"), ("EMAIL_ADDRESS", f2.email)])],
                 ["'top secret chili recipe' in a casual e-mail"], "en"))
    g1, g2 = jpe[4], jpe[2]
    att_rows = "氏名,メール,携帯\n" + "".join(f"{jn(x, ' ')},{x.email},{x.phone_nat}\n" for x in jpe[10:13])
    b4 = (f"{g2.family}さん\n\nお疲れ様です。定例会議の出席者リストを添付します。\n\n―――――――――――――\n{jn(g1, ' ')}\n{CO_JP} 品質保証部\n"
          f"携帯 {g1.phone_nat}\n―――――――――――――\n本メールは機密情報を含む場合があります。誤送信の際は削除をお願いします。\n")
    msgs.append((eml(f"{jn(g1, ' ')} <{g1.email}>", f"{jn(g2, ' ')} <{g2.email}>", "定例会議 出席者", b4, "2024-02-20 09:40",
                     attachments=[("出席者.csv", att_rows.encode("utf-8"), "text/csv")]),
                 [(g1, [("PERSON_NAME", jn(g1, ' ')), ("EMAIL_ADDRESS", g1.email), ("PHONE_NUMBER", g1.phone_nat)]),
                  (g2, [("EMAIL_ADDRESS", g2.email), ("PERSON_NAME", jn(g2, ' '))])],
                 ["メールフッター「機密情報を含む場合があります」"], "ja"))
    buf = b""
    for k, (m, who, decs, lang) in enumerate(msgs, 1):
        raw = m.as_bytes(policy=email.policy.SMTP)
        buf += b"From MAILER-DAEMON Thu Feb 29 10:00:00 2024\n" + mbox_escape(raw.replace(b"\r\n", b"\n")) + b"\n"
        d = W.doc(f"{mrel}!/{k}", "eml", lang, message_id=m["Message-ID"])
        for x, pairs in who:
            add_all(d, x, pairs)
        for dc in decs:
            if dc != "e-mail footer-free":
                d.decoy(dc, ["US_TOP_SECRET", "CORP_CONFIDENTIAL"])
        if k == 2:
            d.sensitive(e1)
        if k == 4:
            d2 = W.doc(f"{mrel}!/{k}!/出席者.csv", "csv", "ja")
            for x in jpe[10:13]:
                add_all(d2, x, [("PERSON_NAME", jn(x, ' ')), ("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone_nat)])
    open(W.path_for(mrel), "wb").write(buf)

    # =========================================================================== IT
    d = W.doc("IT/deploy/config/application-prod.yml", "yml", "en")
    dbpw = "".join(R.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(20))
    api = "hk_live_" + "".join(R.choice("abcdef0123456789") for _ in range(32))
    smtp = f"{R.choice(['Mail', 'Smtp'])}#{R.randint(1000, 9999)}Relay"
    W.write_text(d, "spring:\n  datasource:\n    url: jdbc:postgresql://db-prod-02.corp.internal:5432/portal\n    username: portal_svc\n"
                    f"    password: {dbpw}\n  mail:\n    host: smtp.corp.internal\n    username: noreply@{DOM_JP}\n    password: '{smtp}'\n"
                    f"payments:\n  api-key: {api}\n  timeout-ms: 5000\nlogging:\n  level:\n    root: WARN\n")
    add_all(d, None, [("CREDENTIAL", dbpw), ("CREDENTIAL", smtp), ("CREDENTIAL", api)])
    d.opt_type("EMAIL_ADDRESS")

    d = W.doc("IT/deploy/docker-compose.yml", "yml", "en")
    W.write_text(d, "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: portal\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}\n"
                    "  app:\n    image: registry.corp.internal/portal:2.14.3\n    environment:\n      SPRING_DATASOURCE_PASSWORD: ${DB_PASSWORD:?set me}\n"
                    "      API_KEY: ${PAYMENTS_API_KEY}\n")
    d.decoy("${VAR} placeholders for passwords and keys", ["CREDENTIAL"])

    # sshd auth log with user names (no truth person) and a JSON web log with e-mails
    d = W.doc("IT/logs/auth.log.1", "log", "en")
    lines = []
    for k, p in enumerate(jpe[:6] + use[:3]):
        u = p.email.split("@")[0]
        ip = f"{R.choice([203, 198])}.{R.choice([0, 51])}.{R.choice([113, 100])}.{R.randint(2, 250)}"
        lines.append(f"Mar  {R.randint(1, 9)} {R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} bastion01 sshd[{R.randint(1000, 9999)}]: "
                     f"Accepted publickey for {u} from {ip} port {R.randint(40000, 65000)} ssh2: ED25519 SHA256:{hashlib.sha256(u.encode()).hexdigest()[:43]}")
        d.add(None, "IP_ADDRESS", ip)
    W.write_text(d, "\n".join(lines) + "\n")

    d = W.doc("IT/logs/portal/access-2024-03-04.jsonl", "jsonl", "en")
    lines = []
    for p in jpc[:4] + usc[:4]:
        ip = f"{R.choice([73, 98, 126, 133])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        lines.append(json.dumps({"ts": f"2024-03-04T{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z", "event": "login.success",
                                 "user": {"email": p.email}, "client_ip": ip, "ua": "Mozilla/5.0"}))
        add_all(d, p, [("EMAIL_ADDRESS", p.email), ("IP_ADDRESS", ip)])
    W.write_text(d, "\n".join(lines) + "\n")

    # helpdesk export, other columns, JP employees named family-first in romaji
    d = W.doc("IT/helpdesk/incident_export_Q1.csv", "csv", "en")
    buf = io.StringIO()
    wcsv = csv.writer(buf, lineterminator="\n")
    wcsv.writerow(["Number", "Opened", "Caller", "Caller e-mail", "Short description", "Work notes", "State"])
    for k, p in enumerate([jpe[1], jpe[4], jpe[11], use[2], use[6]]):
        nm = f"{romaji(p)[1].upper()} {romaji(p)[0]}" if p.region == "JP" else f"{p.first} {p.last}"
        pw = f"Spring{R.randint(2024, 2025)}!{R.choice('abcd')}{R.randint(10, 99)}"
        wcsv.writerow([f"INC00{R.randint(10000, 99999)}", f"2024-0{R.randint(1, 3)}-{R.randint(10, 28)} 09:{R.randint(10, 59)}", nm, p.email,
                       R.choice(["Locked out of Windows", "Cannot log in to SAP"]), f"Unlocked and set temp pwd {pw}; user must change at next logon.", "Resolved"])
        add_all(d, p, [("PERSON_NAME", nm), ("EMAIL_ADDRESS", p.email), ("CREDENTIAL", pw)])
        d.sensitive(p)
    W.write_text(d, buf.getvalue())

    # 生体認証 enrollment: vein template ids and template digests
    d = W.doc("IT/security/入退室/生体認証登録一覧.xlsx", "xlsx", "ja")
    rows = [["入退室管理システム　生体認証登録一覧"], ["社員番号", "氏名", "カード番号", "登録日", "指静脈テンプレートID", "テンプレートSHA-256"]]
    for p in jpe[:8]:
        tid = f"VT-{R.randint(10 ** 9, 10 ** 10 - 1):X}"
        rows.append([p.empno, jn(p, " "), f"{R.randint(10 ** 7, 10 ** 8 - 1)}", f"2023/{R.randint(1, 12):02d}/{R.randint(1, 28):02d}", tid,
                     hashlib.sha256(tid.encode()).hexdigest()])
        add_all(d, p, [("PERSON_NAME", jn(p, " ")), ("BIOMETRIC", tid)])
        d.sensitive(p)
    xlsx(W.path(d), {"登録一覧": rows})

    # staff directory as JSON
    d = W.doc("Intranet/directory/people.json", "json", "en")
    arr = []
    for p in jpe[:6] + use[:6]:
        if p.region == "JP":
            nm, tel = p.en, p.phone_intl
        else:
            nm, tel = f"{p.first} {p.last}", p.phone_intl
        arr.append({"displayName": nm, "mail": p.email, "mobile": tel, "department": R.choice(["Engineering", "HR", "Finance", "IT"])})
        add_all(d, p, [("PERSON_NAME", nm), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", tel)])
    W.write_text(d, json.dumps({"value": arr}, indent=1, ensure_ascii=False))

    # =========================================================================== Projects, Sales, look-alikes
    d = W.doc("Finance/parts/部品マスタ_2024.tsv", "tsv", "ja")
    lines = ["品番\t品名\t単価\t仕入先\t管理コード"]
    for k in range(8):
        pn = f"{R.choice(['000', '666', '9' + str(R.randint(10, 99))])}-{R.randint(10, 99)}-{R.randint(1000, 9999)}"
        lines.append(f"{pn}\t{R.choice(['同軸ケーブル SMA', 'コネクタ 24ピン', 'ガスケット', '電源ユニット 28V'])}\t{R.randint(100, 90000)}\t"
                     f"{R.choice(['三和計測', 'Nordic Microwave', '東邦計器'])}\t{my_number_bad(R)}")
    W.write_text(d, "\n".join(lines) + "\n")
    d.decoy("SSN-shaped part numbers with invalid areas (000/666/9xx)", ["US_SSN"])
    d.decoy("12-digit 管理コード failing the My Number check digit", ["JP_MY_NUMBER"])

    d = W.doc("Finance/logistics/出荷実績_2024Q1.xlsx", "xlsx", "ja")
    rows = [["出荷日", "送り状番号", "お問い合わせ番号", "運送会社", "届け先", "品目"]]
    for k in range(8):
        rows.append([f"2024/0{R.randint(1, 3)}/{R.randint(10, 28)}", luhn_bad(R), f"{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
                     R.choice(["ヤマト運輸", "佐川急便", "日本郵便"]), R.choice(["防府サービスセンター", "Dayton Office", "岐阜工場"]),
                     R.choice(["試験治具", "評価ボード", "ケーブル類"])])
    xlsx(W.path(d), {"出荷": rows})
    d.decoy("16-digit 送り状番号 failing the Luhn check", ["CREDIT_CARD"])
    d.decoy("12-digit お問い合わせ番号 in groups of four", ["JP_MY_NUMBER", "PHONE_NUMBER"])

    d = W.doc("Sales/価格表/価格表_2024年度.csv", "csv", "ja")
    lines = ["型番,品名,JANコード,標準価格,改定日"]
    for k in range(6):
        lines.append(f"{R.choice(['080', '090', '070'])}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)},"
                     f"{R.choice(['RFモジュール', 'GNSSアンテナ', '電源ユニット'])},49{R.randint(10 ** 10, 10 ** 11 - 1)},{R.randint(10, 900) * 1000},2024/04/01")
    W.write_text(d, "\n".join(lines) + "\n")
    d.decoy("phone-shaped 型番 (090-xxxx-xxxx)", ["PHONE_NUMBER"])
    d.decoy("JAN codes and 改定日", ["CREDIT_CARD", "DATE_OF_BIRTH"])

    a, b = use[8], jpe[0]
    d = W.doc("Legal/NDA/Mutual_NDA_Nordic_Microwave.docx", "docx", "en")
    docx(W.path(d), ["MUTUAL NON-DISCLOSURE AGREEMENT", "This Agreement is made on 2 April 2024 between Hokushin Aerospace Inc. and Nordic Microwave AB.",
                     "1. \"Confidential Information\" means any information disclosed by either party that is marked confidential or proprietary.",
                     "2. The receiving party shall hold Confidential Information in strict confidence for five (5) years.",
                     "IN WITNESS WHEREOF", f"Hokushin Aerospace Inc.  By: {a.first} {a.last}, Contracts Manager",
                     "Nordic Microwave AB  By: Lars Holmberg, CEO"])
    d.add(a, "PERSON_NAME", f"{a.first} {a.last}")
    d.decoy("NDA text about 'Confidential Information'", ["CORP_CONFIDENTIAL"])

    d = W.doc("Intranet/news/2024-04_news.html", "html", "en")
    W.write_text(d, "<html><body><h1>Hokushin News - April 2024</h1>"
                    "<p>The Deputy Secretary of Defense visited the Dayton site and toured the radar integration lab.</p>"
                    f"<p>Congratulations to {b.en} on 20 years of service! The secretariat (秘書室) will host a reception.</p>"
                    "<p>&copy; 2024 Hokushin Denki Kogyo. All rights reserved.</p></body></html>")
    d.add(b, "PERSON_NAME", b.en)
    d.decoy("'Secretary of Defense' (title), 秘書室, copyright line", ["US_SECRET", "JP_HI", "US_CONFIDENTIAL"])

    d = W.doc("IT/policy/Remote_Access_Standard.txt", "txt", "en")
    W.write_text(d, "Remote Access Standard v3.2\n\n1. User(s) shall connect only through the corporate VPN.\n"
                    "2. Passwords must be at least 14 characters; never write your password down.\n"
                    "3. Example of a strong passphrase format: four random words (do not use this example).\n"
                    "4. Administrators (A) and standard users (S) are provisioned separately.\n")
    d.decoy("'user(s)', '(S)' and the word password without a value", ["CREDENTIAL", "US_SECRET"])

    d = W.doc("HR/人事/組織図_2024.pptx", "pptx", "ja")
    pptx(W.path(d), [[("2024年度 組織図", "title"), (f"防衛システム事業部長　{jn(jpe[1], ' ')}", "body"),
                      (f"品質保証部長　{jn(jpe[4], ' ')}", "body")]])
    d.add(jpe[1], "PERSON_NAME", jn(jpe[1], " "))
    d.add(jpe[4], "PERSON_NAME", jn(jpe[4], " "))

    # 見積書 as an xlsx: the customer's buyer and our sales rep with phones
    c, s = jpc[3], jpe[6]
    d = W.doc(f"Sales/見積書/御見積書_{R.randint(5000, 9999)}.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"見積書": [["御見積書"], [f"株式会社港北システム　{jn(c, ' ')} 様"], ["", "", "見積番号", f"Q-{R.randint(10000, 99999)}"],
                               ["品名", "数量", "単価", "金額"], ["評価ボード HK-200", "2", "180,000", "360,000"], ["", "", "合計", "396,000（税込）"],
                               [], [f"{CO_JP}　営業部　担当：{jn(s, ' ')}"], [f"TEL：{s.phone_nat}"]]})
    d.add(c, "PERSON_NAME", jn(c, " "))
    add_all(d, s, [("PERSON_NAME", jn(s, " ")), ("PHONE_NUMBER", s.phone_nat)])

    # a project memo with a CUI banner naming the program staff
    a, b = use[5], use[6]
    d = W.doc("Projects/OSPREY/CUI/OSPREY_IPT_minutes_2024-03.docx", "docx", "en")
    docx(W.path(d), ["OSPREY seeker IPT - minutes, 14 March 2024", f"Attendees: {a.first} {a.last} (lead), {b.first} {b.last}",
                     "1. Environmental test of the gimbal passed at -40 C.", "2. Next review on 11 April."],
         header="CUI", footer="CUI")
    d.mark("US_CUI")
    d.mark_opt("DEFENSE_RELATED")
    d.add(a, "PERSON_NAME", f"{a.first} {a.last}")
    d.add(b, "PERSON_NAME", f"{b.first} {b.last}")

    W.finish()
    fix_status(args.out, W)


def group4_(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


SENSITIVE = {"BANK_ACCOUNT", "BIOMETRIC", "CREDENTIAL", "CREDIT_CARD", "HEALTH_INFO", "IBAN"}


def fix_status(out, W):
    """World.finish writes status OK for every item; the encrypted and truncated ones say otherwise."""
    path = os.path.join(out, "truth.json")
    t = json.load(open(path, encoding="utf-8"))
    st = {d.path: getattr(d, "status", None) for d in W.docs}
    for j in t["documents"]:
        if st.get(j["path"]):
            j["status"] = st[j["path"]]
    # the samples' rule: sensitive = data elements meet BANK_ACCOUNT, BIOMETRIC, CREDENTIAL, CREDIT_CARD, HEALTH_INFO, IBAN
    for p in t["people"]:
        p["sensitive"] = bool(set(p["data_elements"]) & SENSITIVE)
    t["notes"] = ["paths are relative to files/; embedded items use outer!/inner",
                  "mbox messages: <mbox path>!/<1-based index in file order>; their attachments <mbox path>!/<index>!/<name>",
                  "items inside an ENCRYPTED/CORRUPT container are not listed; their PII is not claimed",
                  "status_accept lists other statuses that are also correct; *_optional codes are neither required nor penalised",
                  "sensitive = data_elements intersect " + ",".join(sorted(SENSITIVE))]
    json.dump(t, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
