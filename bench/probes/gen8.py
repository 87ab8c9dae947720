#!/usr/bin/env python3
"""gen8.py - probe set 8 for leakscope: Japanese and US/UK payroll and HR forms in layouts neither gen.py, gen_check.py
nor shared/samples use (源泉徴収票 and 扶養控除等申告書 with dependants' My Numbers, 健康診断結果 sheets, a Shift_JIS
退職者リスト with short 和暦 dates, ISO-2022-JP mail with a CSV attachment, an mbox with a forwarded message, I-9 / W-4 /
patient intake forms, P45 / P60 text, a GDPR access export, an xlsx whose header is on row 3 with a hidden column,
pipe- and tab-delimited exports, vCard 4), markings in new places, placeholder forms and catalogues as look-alikes,
and unreadable items (an encrypted zip, a truncated docx, an empty file). People recur across items (a roster row and a
mail signature; kanji in one item and the kana reading with an e-mail in another; "Last, First").

    python3 bench/probes/gen8.py OUT [--seed N]      (tuning seed 8; check seed 808, measured once)

Truth conventions (from shared/samples and gen.py): placeholder values on a blank form or 記入例 (山田 太郎, John Doe,
123-45-6789, 1234 5678 9012) are decoys for the number types they imitate and optional for PERSON_NAME / DATE_OF_BIRTH /
POSTAL_ADDRESS; a bank branch list without account numbers is no BANK_ACCOUNT; a dependant listed with a name and My
Number is a truth person; items inside an encrypted zip are not listed (samples' notes).
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import io
import json
import os
import struct
import sys
import zipfile
import zlib
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
import email.utils

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import JP_GIVEN  # noqa: E402


# ------------------------------------------------------------------------------------------------ writers
def zip_crypto(path, files, password: bytes, R):
    """A zip whose entries use traditional PKWARE encryption (stored), written by hand: zipfile cannot encrypt."""
    def raw_crc(c, b):
        return (~zlib.crc32(bytes([b]), ~c & 0xFFFFFFFF)) & 0xFFFFFFFF

    out, central = io.BytesIO(), []
    for name, data in files:
        k = [0x12345678, 0x23456789, 0x34567890]

        def upd(b):
            k[0] = raw_crc(k[0], b)
            k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k[2] = raw_crc(k[2], k[1] >> 24)

        def enc(bs):
            o = bytearray()
            for b in bs:
                t = (k[2] | 2) & 0xFFFF
                o.append(b ^ (((t * (t ^ 1)) >> 8) & 0xFF))
                upd(b)
            return bytes(o)
        for b in password:
            upd(b)
        crc = zlib.crc32(data) & 0xFFFFFFFF
        head = bytes(R.randint(0, 255) for _ in range(11)) + bytes([crc >> 24])
        body = enc(head) + enc(data)
        nb = name.encode("utf-8")
        off = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0801, 0, 0, 0x5821, crc, len(body), len(data), len(nb), 0) + nb + body)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x0801, 0, 0, 0x5821, crc, len(body), len(data),
                                   len(nb), 0, 0, 0, 0, 0, off) + nb)
    cd = out.tell()
    for c in central:
        out.write(c)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), out.tell() - cd, cd, 0))
    with open(path, "wb") as f:
        f.write(out.getvalue())


def hide_column(path, sheet_no, col_no):
    """Marks one column of an xlsx sheet hidden (<cols>), as a payroll clerk hides the SSN column before printing."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = f"xl/worksheets/sheet{sheet_no}.xml"
    parts[name] = parts[name].replace(b"<sheetData>", f'<cols><col min="{col_no}" max="{col_no}" width="0" hidden="1" customWidth="1"/></cols><sheetData>'.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def jp_mail(frm, to, subject, body, date, attachments=()):
    """A Japanese mail as Japanese mailers still send it: ISO-2022-JP body (7bit), MIME-encoded subject and file name."""
    m = MIMEMultipart() if attachments else MIMEText(body, "plain", "iso-2022-jp")
    m["From"], m["To"] = frm, to
    m["Subject"] = Header(subject, "iso-2022-jp").encode()
    m["Date"] = email.utils.format_datetime(dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=9))))
    m["Message-ID"] = f"<g8.{abs(hash((subject, date))) % 10**9}@mail.example.jp>"
    if attachments:
        m.attach(MIMEText(body, "plain", "iso-2022-jp"))
        for name, data, ctype in attachments:
            a = MIMEApplication(data, _subtype=ctype.split("/")[1])
            a.add_header("Content-Disposition", "attachment", filename=("utf-8", "", name))
            m.attach(a)
    return m


def from_addr(p):
    return f"{p.family} {p.given} <{p.email}>" if p.region == "JP" else f"{p.first} {p.last} <{p.email}>"


def relative(W, p, rel_given=None):
    """A family member: same family name (and reading) as p, own given name, birth date and My Number."""
    R = W.rnd
    q = W.jp_person()
    g = rel_given or R.choice(JP_GIVEN)
    while g[0] == p.given:  # one family, two people of one full name: a truth no scorer can tell apart
        g = R.choice(JP_GIVEN)
    q.family, q.kana_family, q.given, q.kana_given = p.family, p.kana_family, g[0], g[1]
    q.name = f"{q.family} {q.given}"
    q.addr_ja, q.zip = p.addr_ja, p.zip
    return q


# ------------------------------------------------------------------------------------------------ set
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=8)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe8")
    R = W.rnd
    jp = [W.jp_person() for _ in range(16)]
    us = [W.us_person() for _ in range(10)]
    uk = [W.uk_person() for _ in range(4)]
    status = {}

    # ---------------------------------------------------------------- 源泉徴収票 (xlsx form: labels and values scattered)
    for p in jp[0:2]:
        sp, ch = relative(W, p), relative(W, p)
        sp.dob = dt.date(p.dob.year + R.randint(-3, 3), R.randint(1, 12), R.randint(1, 28))
        ch.dob = dt.date(min(p.dob.year + 28, 2015), R.randint(1, 12), R.randint(1, 28))
        mn, mns, mnc = my_number(R, ""), my_number(R, ""), my_number(R, "")
        d = W.doc(f"経理/年末調整/令和5年分_源泉徴収票_{p.family}{p.given}.xlsx", "xlsx", "ja")
        rows = [["令和5年分　給与所得の源泉徴収票"], [],
                ["支払を受ける者", "住所又は居所", f"{p.addr_ja}", "", "（受給者番号）", f"{R.randint(1000, 9999)}"],
                ["", "", "", "", "（個人番号）", mn],
                ["", "", "", "", "（フリガナ）", f"{p.kana_family}　{p.kana_given}"],
                ["", "", "", "", "氏名", f"{p.family}　{p.given}"],
                ["種別", "支払金額", "給与所得控除後の金額", "所得控除の額の合計額", "源泉徴収税額"],
                ["給料・賞与", f"{R.randint(4, 8)},{R.randint(100, 999)},000", f"{R.randint(3, 5)},{R.randint(100, 999)},000",
                 f"{R.randint(1, 2)},{R.randint(100, 999)},{R.randint(100, 999)}", f"{R.randint(100, 300)},{R.randint(100, 999)}"],
                ["（源泉）控除対象配偶者", "氏名", f"{sp.family}　{sp.given}", "個人番号", mns],
                ["控除対象扶養親族", "氏名", f"{ch.family}　{ch.given}", "個人番号", mnc],
                ["受給者生年月日", "元号", "昭和" if p.dob.year < 1989 else "平成", "年", str(p.dob.year - (1925 if p.dob.year < 1989 else 1988)),
                 "月", str(p.dob.month), "日", str(p.dob.day)],
                ["支払者", "住所（居所）又は所在地", "東京都港区芝浦3-4-1", "氏名又は名称", "東洋精機株式会社", "（電話）03-5412-7700"]]
        xlsx(W.path(d), {"源泉徴収票": rows})
        d.add(p, "PERSON_NAME", f"{p.family}　{p.given}"); d.add(p, "POSTAL_ADDRESS", p.addr_ja); d.add(p, "JP_MY_NUMBER", mn)
        d.add(sp, "PERSON_NAME", f"{sp.family}　{sp.given}"); d.add(sp, "JP_MY_NUMBER", mns)
        d.add(ch, "PERSON_NAME", f"{ch.family}　{ch.given}"); d.add(ch, "JP_MY_NUMBER", mnc)
        d.opt_type("DATE_OF_BIRTH")  # 元号 / 年 / 月 / 日 in separate cells: either answer
        d.opt_type("PHONE_NUMBER")   # the payer's office number
        p.sp, p.ch, p.mn = sp, ch, mn

    # ---------------------------------------------------------------- 扶養控除等申告書 (docx table) for jp[0]
    p = jp[0]
    d = W.doc(f"人事/年末調整/扶養控除等申告書_{p.family}.docx", "docx", "ja")
    docx(W.path(d), ["令和6年分　給与所得者の扶養控除等（異動）申告書", "所轄税務署長：芝　税務署長"],
         table=[["あなたの氏名", f"{p.family} {p.given}", "あなたの個人番号", p.mn],
                ["あなたの生年月日", p.wareki_dob(), "あなたの住所", f"〒{p.zip} {p.addr_ja}"],
                ["区分", "氏名", "個人番号", "続柄", "生年月日"],
                ["源泉控除対象配偶者", f"{p.sp.family} {p.sp.given}", "（前年と同じ）", "妻", p.sp.wareki_dob()],
                ["控除対象扶養親族", f"{p.ch.family} {p.ch.given}", "（前年と同じ）", "子", p.ch.dob.strftime("%Y年%-m月%-d日")]])
    d.add(p, "PERSON_NAME", f"{p.family} {p.given}"); d.add(p, "JP_MY_NUMBER", p.mn); d.add(p, "DATE_OF_BIRTH", p.wareki_dob())
    d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}")
    d.add(p.sp, "PERSON_NAME", f"{p.sp.family} {p.sp.given}"); d.add(p.sp, "DATE_OF_BIRTH", p.sp.wareki_dob())
    d.add(p.ch, "PERSON_NAME", f"{p.ch.family} {p.ch.given}"); d.add(p.ch, "DATE_OF_BIRTH", p.ch.dob.strftime("%Y年%-m月%-d日"))

    # ---------------------------------------------------------------- 緊急連絡先 docx: 社外秘 header, 取扱注意 stamp line
    p = jp[1]
    d = W.doc(f"人事/緊急連絡先/緊急連絡先届_{p.family}.docx", "docx", "ja")
    docx(W.path(d), ["取扱注意", "緊急連絡先届", f"所属：製造部　第二課　氏名：{p.family} {p.given}"],
         table=[["", "氏名", "続柄", "電話番号", "住所"],
                ["第1連絡先", f"{p.sp.family} {p.sp.given}", "妻", p.sp.phone_nat, "本人と同じ"],
                ["第2連絡先", f"{p.ch.family} {p.ch.given}", "子", p.ch.phone_nat, f"〒{p.ch.zip} {p.ch.addr_ja}"]],
         header="社外秘")
    d.add(p, "PERSON_NAME", f"{p.family} {p.given}")
    d.add(p.sp, "PERSON_NAME", f"{p.sp.family} {p.sp.given}"); d.add(p.sp, "PHONE_NUMBER", p.sp.phone_nat)
    d.add(p.ch, "PERSON_NAME", f"{p.ch.family} {p.ch.given}"); d.add(p.ch, "PHONE_NUMBER", p.ch.phone_nat)
    d.add(p.ch, "POSTAL_ADDRESS", f"〒{p.ch.zip} {p.ch.addr_ja}")
    d.mark("CORP_CONFIDENTIAL"); d.mark("JP_CHUI")

    # ---------------------------------------------------------------- 健康診断結果 xlsx: title rows, header on row 4, 2 sheets
    d = W.doc("総務/健康管理/2024年度_定期健康診断結果一覧.xlsx", "xlsx", "ja")
    finds = ["要精密検査（肝機能 γ-GTP 高値）", "要治療（高血圧 160/98）", "要経過観察（脂質異常症）", "要再検査（空腹時血糖 128 mg/dL）"]
    rows = [["2024年度 定期健康診断 結果一覧"], ["実施日：2024年6月12日　実施機関：芝浦健診クリニック"], [],
            ["社員番号", "氏名", "フリガナ", "年齢", "身長", "体重", "BMI", "血圧", "判定", "所見"]]
    for i, q in enumerate(jp[2:6]):
        rows.append([f"E{R.randint(10000, 99999)}", f"{q.family} {q.given}", f"{q.kana_family} {q.kana_given}", str(2024 - q.dob.year),
                     f"{R.randint(150, 185)}.{R.randint(0, 9)}", f"{R.randint(45, 90)}.{R.randint(0, 9)}", f"{R.randint(18, 31)}.{R.randint(0, 9)}",
                     f"{R.randint(110, 165)}/{R.randint(65, 100)}", "C" if i else "D", finds[i]])
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "HEALTH_INFO", finds[i]); d.sensitive(q)
    xlsx(W.path(d), {"集計": [["判定", "人数"], ["A 異常なし", "112"], ["B 軽度異常", "40"], ["C 要経過観察", "18"], ["D 要精密検査", "6"]],
                     "個人別結果": rows})

    # ---------------------------------------------------------------- 社員証発行 TSV: kana reading + e-mail of two of them
    d = W.doc("総務/社員証/社員証発行リスト.tsv", "tsv", "ja")
    lines = ["社員番号\tカナ氏名\tローマ字\tメールアドレス\t発行日"]
    for q in jp[2:4]:
        lines.append(f"{R.randint(10000, 99999)}\t{q.kana_family} {q.kana_given}\t{q.romaji}\t{q.email}\t2024/04/01")
        d.add(q, "PERSON_NAME", f"{q.kana_family} {q.kana_given}"); d.add(q, "EMAIL_ADDRESS", q.email)
    W.write_text(d, "\n".join(lines) + "\n")

    # ---------------------------------------------------------------- 退職者リスト CSV, Shift_JIS, short 和暦 dates
    d = W.doc("人事/退職/退職者リスト_2023年度.csv", "csv", "ja")
    lines = ["No,氏名,フリガナ,生年月日,退職日,退職理由,住所,連絡先"]
    for i, q in enumerate(jp[6:10], 1):
        lines.append(f"{i},{q.family} {q.given},{q.kana_family} {q.kana_given},{q.wareki_dob(short=True)},R5.{R.randint(4, 12)}.{R.randint(1, 28)},"
                     f"自己都合,{q.addr_ja},{q.phone_nat}")
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "DATE_OF_BIRTH", q.wareki_dob(short=True))
        d.add(q, "POSTAL_ADDRESS", q.addr_ja); d.add(q, "PHONE_NUMBER", q.phone_nat)
    W.write_text(d, "\r\n".join(lines) + "\r\n", encoding="cp932")

    # ---------------------------------------------------------------- ISO-2022-JP .eml with a CSV attachment (UTF-8 BOM)
    a, b = jp[10], jp[11]
    att = "氏名,最終出社日,連絡先\r\n" + "".join(f"{q.family}{q.given},2024/03/29,{q.phone_nat}\r\n" for q in jp[6:8])
    m = jp_mail(from_addr(a), from_addr(b), "【人事】退職予定者の連絡先について",
                f"{b.family}さん\n\nお疲れさまです。人事部の{a.family}です。\n3月末で退職予定の2名の連絡先を添付します。\n"
                f"貸与品の回収をお願いします。\n\n――――――――\n人事部 労務課\n{a.family} {a.given}（{a.kana_family} {a.kana_given}）\n"
                f"携帯：{a.phone_nat}\nMail：{a.email}\n", "2024-03-18 17:05",
                attachments=[("退職予定者.csv", ("\ufeff" + att).encode("utf-8"), "text/csv")])
    rel = "メール/人事/退職予定者の連絡先について.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes())
    d = W.doc(rel, "eml", "ja")
    d.add(a, "PERSON_NAME", f"{a.family} {a.given}"); d.add(a, "EMAIL_ADDRESS", a.email); d.add(a, "PHONE_NUMBER", a.phone_nat)
    d.add(b, "PERSON_NAME", f"{b.family} {b.given}"); d.add(b, "EMAIL_ADDRESS", b.email)
    d2 = W.doc(rel + "!/退職予定者.csv", "csv", "ja")
    for q in jp[6:8]:
        d2.add(q, "PERSON_NAME", f"{q.family}{q.given}"); d2.add(q, "PHONE_NUMBER", q.phone_nat)

    # ---------------------------------------------------------------- mbox: a forwarded customer mail, then a reply
    c, f_, t_ = jp[12], jp[13], jp[10]
    orig = (f"株式会社東洋精機 御中\n\n先日購入した計測器の修理をお願いしたく連絡しました。\n送付先：〒{c.zip} {c.addr_ja}\n"
            f"日中の連絡先：{c.phone_nat}\n\n{c.family} {c.given}\n")
    m1 = mail(from_addr(f_), from_addr(t_), "Fwd: 修理依頼",
              f"{t_.family}さん\n\n下記、お客様からの修理依頼です。ご対応お願いします。\n\n---------- Forwarded message ---------\n"
              f"From: {c.family} {c.given} <{c.email}>\nDate: 2024年5月7日(火) 9:41\nSubject: 修理依頼\nTo: <support@toyo-seiki.example.co.jp>\n\n"
              + orig + f"\n--\n{f_.family} {f_.given}\nカスタマーサポート課　直通 {f_.phone_nat}\n", "2024-05-07 10:02")
    m2 = mail(from_addr(t_), from_addr(f_), "Re: Fwd: 修理依頼",
              f"{f_.family}さん\n\n承知しました。本日中にお客様へ連絡します。\n\n{t_.family}\n", "2024-05-07 10:30", in_reply_to=m1["Message-ID"])
    mb = "メール/archive/support_2024.mbox"
    with open(W.path_for(mb), "wb") as f:
        for mm in (m1, m2):
            f.write(b"From MAILER-DAEMON Tue May  7 10:02:00 2024\n" + mbox_escape(mm.as_bytes(policy=email.policy.SMTP)) + b"\n")
    W.container(mb, "mbox")
    d = W.doc(mb + "!/1", "eml", "ja", message_id=m1["Message-ID"])
    d.add(f_, "PERSON_NAME", f"{f_.family} {f_.given}"); d.add(f_, "EMAIL_ADDRESS", f_.email); d.add(f_, "PHONE_NUMBER", f_.phone_nat)
    d.add(t_, "PERSON_NAME", f"{t_.family} {t_.given}"); d.add(t_, "EMAIL_ADDRESS", t_.email)
    d.add(c, "PERSON_NAME", f"{c.family} {c.given}"); d.add(c, "EMAIL_ADDRESS", c.email); d.add(c, "PHONE_NUMBER", c.phone_nat)
    d.add(c, "POSTAL_ADDRESS", f"〒{c.zip} {c.addr_ja}")
    d = W.doc(mb + "!/2", "eml", "ja", message_id=m2["Message-ID"])
    d.add(f_, "PERSON_NAME", f"{f_.family} {f_.given}"); d.add(f_, "EMAIL_ADDRESS", f_.email)
    d.add(t_, "PERSON_NAME", f"{t_.family} {t_.given}"); d.add(t_, "EMAIL_ADDRESS", t_.email)

    # ---------------------------------------------------------------- pipe-delimited 給与振込口座 export
    d = W.doc("経理/給与/振込口座一覧_export.txt", "txt", "ja")
    lines = ["社員番号|氏名|銀行コード|支店コード|預金種目|口座番号|口座名義（カナ）"]
    for q in (jp[0], jp[1], jp[14]):
        acct = f"{R.randint(1000000, 9999999)}"
        lines.append(f"{R.randint(10000, 99999)}|{q.family} {q.given}|0005|{R.randint(100, 899)}|普通|{acct}|{q.kana_family} {q.kana_given}")
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "BANK_ACCOUNT", acct); d.sensitive(q)
    W.write_text(d, "\n".join(lines) + "\n")

    # ---------------------------------------------------------------- vCard 4.0 (JP with reading, US with tel: URI)
    d = W.doc("共有/連絡先/取引先_export.vcf", "vcf", "ja")
    q, u = jp[15], us[6]
    W.write_text(d, "BEGIN:VCARD\r\nVERSION:4.0\r\n"
                    f"N;SORT-AS=\"{q.kana_family},{q.kana_given}\":{q.family};{q.given};;;\r\nFN:{q.family} {q.given}\r\n"
                    f"X-PHONETIC-LAST-NAME:{q.kana_family}\r\nX-PHONETIC-FIRST-NAME:{q.kana_given}\r\n"
                    f"TEL;TYPE=cell;VALUE=uri:tel:{q.phone_intl.replace(' ', '-')}\r\nEMAIL;TYPE=work:{q.email}\r\n"
                    f"BDAY:{q.dob.strftime('%Y%m%d')}\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:4.0\r\n"
                    f"N:{u.last};{u.first};;;\r\nFN:{u.first} {u.last}\r\nORG:Northwind Traders;Purchasing\r\n"
                    f"TEL;TYPE=\"voice,work\";VALUE=uri:tel:{u.phone_intl.replace(' ', '-')}\r\nEMAIL:{u.email}\r\n"
                    f"ADR;TYPE=home;LABEL=\"{u.street}\\n{u.city}, {u.state} {u.zip}\":;;{u.street};{u.city};{u.state};{u.zip};USA\r\n"
                    "END:VCARD\r\n")
    d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "PHONE_NUMBER", q.phone_intl); d.add(q, "EMAIL_ADDRESS", q.email)
    d.add(q, "DATE_OF_BIRTH", q.dob.strftime('%Y%m%d'))
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "PHONE_NUMBER", u.phone_intl); d.add(u, "EMAIL_ADDRESS", u.email)
    d.add(u, "POSTAL_ADDRESS", f"{u.street}, {u.city}, {u.state} {u.zip}")

    # ---------------------------------------------------------------- US: Form I-9 section 1 as a PDF (labels above values)
    for u in (us[0], us[8], us[9]):
        d = W.doc(f"HR/US/onboarding/I-9_{u.last}_{u.first}.pdf", "pdf", "en")
        pdf(W.path(d), [["Employment Eligibility Verification", "Department of Homeland Security", "USCIS Form I-9",
                         "Section 1. Employee Information and Attestation",
                         "Last Name (Family Name)        First Name (Given Name)      Middle Initial   Other Last Names Used",
                         f"{u.last.upper()}                        {u.first.upper()}                    J                N/A",
                         "Address (Street Number and Name)     Apt. Number   City or Town     State   ZIP Code",
                         f"{u.street}                          {u.city}          {u.state}      {u.zip}",
                         "Date of Birth (mm/dd/yyyy)   U.S. Social Security Number   Employee's E-mail Address   Employee's Telephone Number",
                         f"{u.dob.strftime('%m/%d/%Y')}                   {u.ssn}                   {u.email}     {u.phone_nat}",
                         "Section 2. Employer Review and Verification",
                         "List A  Document Title: U.S. Passport   Issuing Authority: U.S. Department of State",
                         f"Document Number: {u.passport}   Expiration Date (if any): 04/30/2031",
                         "First Day of Employment (mm/dd/yyyy): 03/04/2024"]])
        d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "POSTAL_ADDRESS", f"{u.street} {u.city} {u.state} {u.zip}")
        d.add(u, "DATE_OF_BIRTH", u.dob.strftime('%m/%d/%Y')); d.add(u, "US_SSN", u.ssn); d.add(u, "EMAIL_ADDRESS", u.email)
        d.add(u, "PHONE_NUMBER", u.phone_nat); d.add(u, "US_PASSPORT", u.passport)
        d.decoy("first day of employment / passport expiry (not birth dates)", [])

    # ---------------------------------------------------------------- US: W-4 as a docx table (label row, value row)
    u = us[1]
    d = W.doc(f"HR/US/payroll/W-4_2024_{u.last}.docx", "docx", "en")
    docx(W.path(d), ["Form W-4 (2024)  Employee's Withholding Certificate", "Step 1: Enter Personal Information"],
         table=[["(a) First name and middle initial", "Last name", "(b) Social security number"],
                [f"{u.first} R.", u.last, u.ssn],
                ["Address", "City or town, state, and ZIP code", "(c) Filing status"],
                [u.street, f"{u.city}, {u.state} {u.zip}", "Married filing jointly"],
                ["Step 3: Claim Dependents", "Multiply the number of qualifying children under age 17 by $2,000", "$4,000"]],
         footer="Form W-4 (2024)  Cat. No. 10220Q")
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "US_SSN", u.ssn); d.add(u, "POSTAL_ADDRESS", f"{u.street}, {u.city}, {u.state} {u.zip}")
    d.decoy("Cat. No. 10220Q / form year", ["US_SSN", "PHONE_NUMBER"])

    # ---------------------------------------------------------------- US: patient intake (HIPAA) docx form table
    u, e = us[2], us[3]
    d = W.doc(f"Clinic/intake/Patient_Intake_{u.last}.docx", "docx", "en")
    docx(W.path(d), ["Riverside Family Medicine - New Patient Intake Form", "Please print clearly."],
         table=[["Patient name (Last, First)", f"{u.last}, {u.first}", "Date of birth", u.dob.strftime("%m/%d/%Y")],
                ["Home address", f"{u.street}, {u.city}, {u.state} {u.zip}", "Cell phone", u.phone_nat],
                ["Insurance member ID", f"XGH{R.randint(100000000, 999999999)}", "Group #", f"{R.randint(10000, 99999)}"],
                ["Reason for visit", "Follow-up for type 2 diabetes; A1C 8.1% in March", "Current medications", "Metformin 1000 mg twice daily; lisinopril 10 mg"],
                ["Allergies", "Penicillin (hives)", "Emergency contact", f"{e.first} {e.last} (spouse) {e.phone_nat}"]],
         footer="Protected health information - handle per HIPAA Privacy Rule")
    d.add(u, "PERSON_NAME", f"{u.last}, {u.first}"); d.add(u, "DATE_OF_BIRTH", u.dob.strftime("%m/%d/%Y"))
    d.add(u, "POSTAL_ADDRESS", f"{u.street}, {u.city}, {u.state} {u.zip}"); d.add(u, "PHONE_NUMBER", u.phone_nat)
    d.add(u, "HEALTH_INFO", "type 2 diabetes; metformin"); d.sensitive(u)
    d.add(e, "PERSON_NAME", f"{e.first} {e.last}"); d.add(e, "PHONE_NUMBER", e.phone_nat)

    # ---------------------------------------------------------------- US: census xlsx, header on row 3, hidden SSN column, 2 sheets
    d = W.doc("HR/US/benefits/Employee_Census_2024.xlsx", "xlsx", "en")
    rows = [["Northwind Traders - Benefits Census"], ["Prepared for: Cascade Benefits Group   Plan year 2024-07-01"],
            ["Employee Name (Last, First)", "SSN", "Date of Birth", "Gender", "Home Phone", "Coverage Tier", "Annual Salary"]]
    for u in (us[0], us[1], us[4], us[5]):
        rows.append([f"{u.last}, {u.first}", u.ssn, u.dob.strftime("%m/%d/%Y"), R.choice("MF"), u.phone_nat, R.choice(["EE", "EE+SP", "FAM"]),
                     f"{R.randint(48, 140)},{R.randint(100, 999)}"])
        d.add(u, "PERSON_NAME", f"{u.last}, {u.first}"); d.add(u, "US_SSN", u.ssn); d.add(u, "DATE_OF_BIRTH", u.dob.strftime("%m/%d/%Y"))
        d.add(u, "PHONE_NUMBER", u.phone_nat)
    xlsx(W.path(d), {"Instructions": [["Fill one row per eligible employee."], ["Do not include terminated employees."]], "Census": rows})
    hide_column(W.path(d), 2, 2)
    d.decoy("plan-year date", ["DATE_OF_BIRTH"])

    # ---------------------------------------------------------------- US: tab-delimited payroll deduction export
    d = W.doc("HR/US/payroll/deductions_2024-05.tsv", "tsv", "en")
    lines = ["EMPLID\tEMPLOYEE_NAME\tSSN_LAST4\tDED_CODE\tAMOUNT\tROUTING\tACCOUNT"]
    for u in (us[4], us[5]):
        acct = f"{R.randint(10000000, 999999999999)}"
        lines.append(f"{R.randint(100000, 999999)}\t{u.last.upper()},{u.first.upper()}\t{u.ssn[-4:]}\t401K\t{R.randint(100, 900)}.00\t021000021\t{acct}")
        d.add(u, "PERSON_NAME", f"{u.last},{u.first}"); d.add(u, "BANK_ACCOUNT", acct); d.sensitive(u)
    W.write_text(d, "\n".join(lines) + "\n")
    d.decoy("ABA routing number 021000021", ["US_SSN"])

    # ---------------------------------------------------------------- US: HR .eml, signature of the sender; recipient on the census
    h, u = us[7], us[0]
    m = mail(from_addr(h), from_addr(u), "Your I-9 - one more document",
             f"Hi {u.first},\n\nThanks for sending your passport copy. We still need the signed Section 1 by Friday.\n\n"
             f"Best regards,\n\n{h.first} {h.last}\nHR Generalist | Northwind Traders\nDirect: {h.phone_nat}  |  {h.email}\n", "2024-03-05 14:20")
    rel = "Mail/HR/Your_I-9_one_more_document.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "en")
    d.add(h, "PERSON_NAME", f"{h.first} {h.last}"); d.add(h, "EMAIL_ADDRESS", h.email); d.add(h, "PHONE_NUMBER", h.phone_nat)
    d.add(u, "PERSON_NAME", u.first); d.add(u, "EMAIL_ADDRESS", u.email)

    # ---------------------------------------------------------------- UK: P45 and P60 as text exports
    k = uk[0]
    d = W.doc(f"HR/UK/leavers/P45_{k.last}.txt", "txt", "en")
    W.write_text(d, "P45 Part 1A  Details of employee leaving work\nCopy for employee\n"
                    f"1  Employer PAYE reference          120/ZB{R.randint(10000, 99999)}\n"
                    f"2  Employee's National Insurance number   {k.nino}\n"
                    f"3  Title - enter MR, MRS, MISS, MS or other title   MR\n   Surname or family name   {k.last}\n   First or given name(s)   {k.first}\n"
                    "4  Leaving date DD MM YYYY   31 03 2024\n5  Student Loan deductions   N\n6  Tax Code at leaving date   1257L\n"
                    f"7  Last entries on Payroll   Week 52\n8  This employment pay and tax   £31,204.00   £4,014.80\n"
                    f"13 Employee's private address   {k.addr_lines[0]}, {k.addr_lines[1]}\n   Postcode   {k.addr_lines[2]}\n"
                    f"14 Date of birth DD MM YYYY   {k.dob.strftime('%d %m %Y')}\n")
    d.add(k, "PERSON_NAME", k.last); d.add(k, "UK_NINO", k.nino); d.add(k, "POSTAL_ADDRESS", k.addr)
    d.add(k, "DATE_OF_BIRTH", k.dob.strftime('%d %m %Y'))
    d.decoy("leaving date DD MM YYYY / tax code", ["DATE_OF_BIRTH"])

    k = uk[1]
    d = W.doc(f"HR/UK/year_end/P60_2023-24_{k.last}.txt", "txt", "en")
    W.write_text(d, "P60 End of Year Certificate   Tax year to 5 April 2024\n"
                    f"Employee's details   Surname {k.last}   Forenames or initials {k.first}\n"
                    f"National Insurance number {k.nino.replace(' ', '')}   Works/payroll number {R.randint(1000, 9999)}\n"
                    "Pay and Income Tax details   In this employment   £42,118.20   £6,123.60\n"
                    "Final tax code 1257L\nEmployer's full name and address: Harbour Components Ltd, 4 Quay Street, Bristol BS1 4DB\n"
                    "Employer PAYE reference 961/HA12345\n")
    d.add(k, "PERSON_NAME", f"{k.first} {k.last}"); d.add(k, "UK_NINO", k.nino.replace(" ", ""))

    # ---------------------------------------------------------------- GDPR subject access export (JSON)
    k = uk[2]
    d = W.doc("Legal/DSAR/DSAR-2024-0192_export.json", "json", "en")
    W.write_text(d, json.dumps({
        "request": {"reference": "DSAR-2024-0192", "received": "2024-04-02", "legal_basis": "UK GDPR Art. 15"},
        "data_subject": {"full_name": f"{k.first} {k.last}", "date_of_birth": k.dob.isoformat(), "contact": {
            "email_addresses": [k.email], "phone_numbers": [{"type": "mobile", "value": k.phone_intl}],
            "postal_addresses": [{"line1": k.addr_lines[0], "town": k.addr_lines[1], "postcode": k.addr_lines[2], "country": "GB"}]}},
        "login_history": [{"timestamp": "2024-03-30T18:22:10Z", "ip": f"81.{R.randint(2, 250)}.{R.randint(1, 250)}.{R.randint(1, 250)}",
                           "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}],
        "marketing_preferences": {"email": False, "sms": True}}, indent=2))
    d.add(k, "PERSON_NAME", f"{k.first} {k.last}"); d.add(k, "DATE_OF_BIRTH", k.dob.isoformat()); d.add(k, "EMAIL_ADDRESS", k.email)
    d.add(k, "PHONE_NUMBER", k.phone_intl); d.add(k, "POSTAL_ADDRESS", k.addr); d.add(k, "IP_ADDRESS", "login_history ip")

    # ---------------------------------------------------------------- UK OFFICIAL-SENSITIVE in a docx footer only
    k = uk[3]
    d = W.doc("Projects/UK/Site_access_request.docx", "docx", "en")
    docx(W.path(d), ["Site access request - Building 7", f"Requester: {k.first} {k.last}", f"Contact: {k.phone_nat}",
                     "Escort required: yes"], footer="UK OFFICIAL-SENSITIVE")
    d.add(k, "PERSON_NAME", f"{k.first} {k.last}"); d.add(k, "PHONE_NUMBER", k.phone_nat)
    d.mark("UK_OFFICIAL_SENSITIVE")

    # ---------------------------------------------------------------- CUI banner + designation indicator block (PDF)
    d = W.doc("Projects/HAWK/HAWK_test_readiness_review.pdf", "pdf", "en")
    pdf(W.path(d), [["Controlled by: Department of the Air Force", "Controlled by: AFLCMC/EBH", "CUI Category: CTI",
                     "Distribution/Dissemination Control: FEDCON", "POC: Program Security Office, 937-255-0000", "",
                     "HAWK Test Readiness Review", "1. Test article configuration is frozen at build 7.", "2. Range safety approval received."]],
        banner="CUI")
    d.mark("US_CUI"); d.mark_opt("DEFENSE_RELATED"); d.opt_type("PHONE_NUMBER")

    # ---------------------------------------------------------------- decoys: blank / sample forms with placeholders
    d = W.doc("人事/様式/扶養控除等申告書_記入例.docx", "docx", "ja")
    docx(W.path(d), ["【記入例】給与所得者の扶養控除等（異動）申告書", "※記入例の氏名・番号は架空のものです。"],
         table=[["あなたの氏名", "山田　太郎", "あなたの個人番号", "1234 5678 9012"],
                ["あなたの生年月日", "昭和60年1月1日", "あなたの住所", "東京都千代田区霞が関〇-〇-〇"],
                ["控除対象扶養親族", "山田　花子", "個人番号", "0000 0000 0000"]])
    d.decoy("記入例 with placeholder My Numbers 1234 5678 9012 / 0000 0000 0000", ["JP_MY_NUMBER"])
    d.opt_type("PERSON_NAME"); d.opt_type("DATE_OF_BIRTH"); d.opt_type("POSTAL_ADDRESS")

    d = W.doc("HR/US/forms/W-4_sample_completed.pdf", "pdf", "en")
    pdf(W.path(d), [["SAMPLE - Form W-4 completed example (for training)", "(a) First name and middle initial: John Q.   Last name: Doe",
                     "(b) Social security number: 123-45-6789", "Address: 123 Main Street, Anytown, ST 12345",
                     "Employee's signature: John Doe   Date: 01/01/2024"]])
    d.decoy("sample SSN 123-45-6789 on a training form", ["US_SSN", "US_ITIN"])
    d.opt_type("PERSON_NAME"); d.opt_type("POSTAL_ADDRESS")

    # ---------------------------------------------------------------- decoys: catalogues, code lists
    d = W.doc("経理/マスタ/金融機関支店コード一覧.csv", "csv", "ja")
    W.write_text(d, "金融機関コード,金融機関名,支店コード,支店名,支店所在地\n0005,三菱UFJ銀行,001,本店,東京都千代田区丸の内\n"
                    "0009,三井住友銀行,020,新宿支店,東京都新宿区\n0001,みずほ銀行,110,渋谷支店,東京都渋谷区\n0010,りそな銀行,101,東京営業部,東京都中央区\n")
    d.decoy("bank and branch codes without account numbers", ["BANK_ACCOUNT", "PHONE_NUMBER"])

    d = W.doc("営業/カタログ/2024_部品カタログ.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"部品": [["品番", "品名", "JANコード", "標準価格", "納期"], ["KX-0901-2345-678", "圧力センサ", "4901234567894", "12,800", "2週"],
                              ["090-1122-3344-B", "ケーブル 3m", "4512345678901", "1,980", "即納"], ["S60-0101", "取付金具（昭和60年規格）", "4987654321098", "450", "即納"]]})
    d.decoy("phone-shaped 品番, JAN codes, 昭和60年規格", ["PHONE_NUMBER", "JP_MY_NUMBER", "CREDIT_CARD", "DATE_OF_BIRTH"])

    d = W.doc("Library/isbn_list.txt", "txt", "en")
    W.write_text(d, "Reading list - engineering onboarding\nISBN 978-4-87311-565-8  Programming Rust (Japanese ed.)\n"
                    "ISBN-10: 0-596-52068-9\nISBN 9780134685991 Effective Java 3rd ed.\nISBN 978-1-492-05635-5 Fluent Python\n")
    d.decoy("ISBN-10/13 numbers", ["CREDIT_CARD", "PHONE_NUMBER", "JP_MY_NUMBER", "US_SSN", "BANK_ACCOUNT"])

    d = W.doc("Finance/reference/aba_routing_numbers.csv", "csv", "en")
    W.write_text(d, "Bank,Routing number,City\nJPMorgan Chase,021000021,New York NY\nBank of America,026009593,New York NY\n"
                    "Wells Fargo,121000248,San Francisco CA\nU.S. Bank,091000022,Minneapolis MN\n")
    d.decoy("ABA routing numbers without accounts (SSN-shaped)", ["US_SSN", "BANK_ACCOUNT", "US_ITIN"])

    d = W.doc("Sales/catalog/Fasteners_2024.csv", "csv", "en")
    W.write_text(d, "SKU|Description|UPC|Price\n555-01-2345|Hex bolt M8x40|012345678905|0.42\n4000-1234-5678-9017|Anchor kit|036000291452|12.90\n"
                    "DOB-1978-04-12|Dowel pin batch 1978-04-12|070330506239|0.08\n")
    d.decoy("SSN-, card- and date-shaped SKUs, UPC codes", ["US_SSN", "CREDIT_CARD", "DATE_OF_BIRTH", "PHONE_NUMBER"])

    d = W.doc("製品/取扱説明書_TK-200.txt", "txt", "ja")
    W.write_text(d, "TK-200 取扱説明書\n\n■取扱上の注意\n・本製品を分解しないでください。\n・高温多湿の場所で使用しないでください。\n"
                    "■保証について\n保証期間はお買い上げ日から1年間です。\n")
    d.decoy("取扱上の注意 in a product manual", ["JP_CHUI"])

    d = W.doc("総務/健康管理/健康診断のご案内.html", "html", "ja")
    W.write_text(d, "<html><body><h1>2024年度 定期健康診断のご案内</h1><p>対象：全社員。血圧・血糖・肝機能・胸部X線の検査を行います。</p>"
                    "<p>高血圧や糖尿病で治療中の方は問診票にご記入ください。</p></body></html>")
    d.decoy("general health-checkup announcement (no individual's health data)", ["HEALTH_INFO"])

    d = W.doc("Social/secret_santa_2023.txt", "txt", "en")
    W.write_text(d, "Secret Santa 2023!\nBudget $25. Draw on Dec 1 in the Confidential Room (3rd floor).\nTop secret: the theme is socks.\n")
    d.decoy("'Secret Santa', 'Top secret:' in a party note", ["US_SECRET", "US_TOP_SECRET", "US_CONFIDENTIAL", "CORP_CONFIDENTIAL"])


    # ---------------------------------------------------------------- 休職願 docx (要配慮: diagnosis in prose)
    q = jp[4]
    d = W.doc(f"人事/休職/休職願_{q.family}.docx", "docx", "ja")
    docx(W.path(d), ["休職願", "人事部長 殿", f"所属 営業部　氏名 {q.family} {q.given}",
                     "このたび、医師より適応障害との診断を受け、2か月の療養が必要とされたため、下記のとおり休職を願い出ます。",
                     "休職期間：令和6年7月1日〜令和6年8月31日", "添付：診断書（心療内科）1通"])
    d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "HEALTH_INFO", "適応障害"); d.sensitive(q)

    # ---------------------------------------------------------------- 社員名簿 xlsx: header on row 5, kanji and kana columns, 西暦 with slashes
    d = W.doc("総務/名簿/営業部_社員名簿.xlsx", "xlsx", "ja")
    rows = [["営業部 社員名簿"], ["作成：総務課"], ["更新日：2024/04/01"], [],
            ["社員番号", "氏名（漢字）", "氏名（カナ）", "生年月日", "入社日", "携帯電話", "メールアドレス"]]
    for q in jp[10:14]:
        rows.append([f"S{R.randint(1000, 9999)}", f"{q.family}　{q.given}", f"{q.kana_family}　{q.kana_given}", q.dob.strftime("%Y/%m/%d"),
                     f"20{R.randint(10, 23)}/04/01", q.phone_nat, q.email])
        d.add(q, "PERSON_NAME", f"{q.family}　{q.given}"); d.add(q, "DATE_OF_BIRTH", q.dob.strftime("%Y/%m/%d"))
        d.add(q, "PHONE_NUMBER", q.phone_nat); d.add(q, "EMAIL_ADDRESS", q.email)
    xlsx(W.path(d), {"名簿": rows, "内線": [["部署", "内線"], ["営業一課", "2201"], ["営業二課", "2202"]]})
    d.decoy("更新日・入社日 (not birth dates), 内線 numbers", ["PHONE_NUMBER"])

    # ---------------------------------------------------------------- Excel "Unicode text" export: UTF-16LE, tab-delimited
    d = W.doc("共有/住所録/年賀状住所録.txt", "txt", "ja")
    lines = ["氏名\t郵便番号\t住所\t電話"]
    for q in (jp[12], jp[15]):
        lines.append(f"{q.family} {q.given}\t{q.zip}\t{q.addr_ja}\t{q.phone_nat}")
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "POSTAL_ADDRESS", q.addr_ja); d.add(q, "PHONE_NUMBER", q.phone_nat)
    with open(W.path(d), "wb") as f:
        f.write(("\r\n".join(lines) + "\r\n").encode("utf-16"))

    # ---------------------------------------------------------------- ISO-2022-JP single mail: 内定者 contact
    a, q = jp[10], jp[14]
    m = jp_mail(from_addr(a), f"{q.family} {q.given} <{q.email}>", "内定者懇親会のご案内",
                f"{q.family} {q.given} 様\n\n人事部の{a.family}です。内定者懇親会を下記の通り開催します。\n日時：2024年2月16日（金）18:30〜\n"
                f"当日の緊急連絡先は私の携帯（{a.phone_nat}）までお願いします。\n\n人事部 {a.family} {a.given}\n", "2024-02-01 12:00")
    rel = "メール/人事/内定者懇親会のご案内.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes())
    d = W.doc(rel, "eml", "ja")
    d.add(a, "PERSON_NAME", f"{a.family} {a.given}"); d.add(a, "EMAIL_ADDRESS", a.email); d.add(a, "PHONE_NUMBER", a.phone_nat)
    d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "EMAIL_ADDRESS", q.email)

    # ---------------------------------------------------------------- English mbox: a forwarded direct-deposit change
    h, u = us[7], us[5]
    acct = f"{R.randint(100000000, 9999999999)}"
    u.dd_acct = acct
    m1 = mail(from_addr(h), "payroll@northwind.example.com", "Fwd: Direct deposit change",
              "Payroll team - please process below for the next cycle.\n\n-------- Original Message --------\n"
              f"From: {u.first} {u.last} <{u.email}>\nSent: Monday, April 8, 2024 8:12 AM\nTo: {h.first} {h.last} <{h.email}>\n"
              f"Subject: Direct deposit change\n\nHi {h.first}, my new account is below.\nBank: First Harbor Credit Union\n"
              f"Routing: 251480576\nAccount: {acct}\nPhone if needed: {u.phone_nat}\n\nThanks,\n{u.first}\n\n"
              f"--\n{h.first} {h.last}\nHR Generalist | Northwind Traders\n", "2024-04-08 09:00")
    m2 = mail("payroll@northwind.example.com", from_addr(h), "Re: Fwd: Direct deposit change",
              f"Done - effective 4/19 payroll.\n\n> Payroll team - please process below for the next cycle.\n", "2024-04-08 11:45",
              in_reply_to=m1["Message-ID"])
    mb = "Mail/HR/hr_payroll_2024.mbox"
    with open(W.path_for(mb), "wb") as f:
        for mm in (m1, m2):
            f.write(b"From MAILER-DAEMON Mon Apr  8 09:00:00 2024\n" + mbox_escape(mm.as_bytes(policy=email.policy.SMTP)) + b"\n")
    W.container(mb, "mbox")
    d = W.doc(mb + "!/1", "eml", "en", message_id=m1["Message-ID"])
    d.add(h, "PERSON_NAME", f"{h.first} {h.last}"); d.add(h, "EMAIL_ADDRESS", h.email)
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "EMAIL_ADDRESS", u.email); d.add(u, "BANK_ACCOUNT", acct)
    d.add(u, "PHONE_NUMBER", u.phone_nat); d.sensitive(u)
    d.decoy("ABA routing number 251480576", ["US_SSN"])
    d = W.doc(mb + "!/2", "eml", "en", message_id=m2["Message-ID"])
    d.add(h, "PERSON_NAME", f"{h.first} {h.last}"); d.add(h, "EMAIL_ADDRESS", h.email)

    # ---------------------------------------------------------------- UK RTI FPS extract (CSV, NINO and DOB columns) in a plain zip
    inner = "Surname,Forename,NINO,DOB,Gender,Tax code,Pay to date\n" + "".join(
        f"{k.last.upper()},{k.first.upper()},{k.nino.replace(' ', '')},{k.dob.strftime('%d/%m/%Y')},{R.choice('MF')},1257L,{R.randint(20, 60)}000.00\n"
        for k in uk)
    rel = "HR/UK/RTI/FPS_2024-03.zip"
    with zipfile.ZipFile(W.path_for(rel), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("FPS_2024-03/fps_extract.csv", inner)
        z.writestr("FPS_2024-03/readme.txt", "Full Payment Submission extract, month 12.\n")
    W.container(rel, "zip")
    d = W.doc(rel + "!/FPS_2024-03/fps_extract.csv", "csv", "en")
    for k in uk:
        d.add(k, "PERSON_NAME", f"{k.first} {k.last}"); d.add(k, "UK_NINO", k.nino.replace(" ", "")); d.add(k, "DATE_OF_BIRTH", k.dob.strftime('%d/%m/%Y'))
    W.doc(rel + "!/FPS_2024-03/readme.txt", "txt", "en")

    # ---------------------------------------------------------------- 【部外秘】 on the first line of a text memo
    d = W.doc("経営企画/メモ/価格改定方針_メモ.txt", "txt", "ja")
    W.write_text(d, "【部外秘】\n価格改定方針（案）\n1. 主力センサの価格を10月より8%引き上げる。\n2. 大口顧客には個別に説明する。\n")
    d.mark("CORP_CONFIDENTIAL")

    # ---------------------------------------------------------------- blank intake form (labels, no values)
    d = W.doc("Clinic/forms/Blank_Intake_Form.docx", "docx", "en")
    docx(W.path(d), ["Riverside Family Medicine - New Patient Intake Form (blank)"],
         table=[["Patient name (Last, First)", "", "Date of birth", "__/__/____"], ["Home address", "", "Cell phone", "(___) ___-____"],
                ["Social Security No.", "___-__-____", "Reason for visit", ""], ["Allergies", "", "Current medications", ""]])
    d.decoy("blank form labels without values", ["PERSON_NAME", "DATE_OF_BIRTH", "US_SSN", "PHONE_NUMBER", "HEALTH_INFO", "POSTAL_ADDRESS"])

    # ---------------------------------------------------------------- truncated xlsx
    rel = "総務/名簿/旧名簿_破損.xlsx"
    buf = io.BytesIO()
    xlsx(buf, {"名簿": [["氏名", "電話"], ["（データ）", "（データ）"]]})
    data = buf.getvalue()
    open(W.path_for(rel), "wb").write(data[: len(data) * 2 // 3])
    W.doc(rel, "xlsx", "ja"); status[rel] = ("CORRUPT", None)

    # ---------------------------------------------------------------- unreadable items
    rel = "人事/個人情報/給与データ_2023.zip"
    zip_crypto(W.path_for(rel), [("給与データ_2023.csv", "氏名,個人番号\n".encode("utf-8"))], b"Toyo2023!", R)
    W.container(rel, "zip"); status[rel] = ("ENCRYPTED", None)

    rel = "HR/US/offers/Offer_Letter_final.docx"
    buf = io.BytesIO()
    docx(buf, ["Offer of employment", "We are pleased to offer you the position of Analyst."])
    data = buf.getvalue()
    open(W.path_for(rel), "wb").write(data[: len(data) // 2])
    W.doc(rel, "docx", "en"); status[rel] = ("CORRUPT", None)

    rel = "共有/メモ/新しいテキスト ドキュメント.txt"
    open(W.path_for(rel), "wb").close()
    W.doc(rel, "txt", ""); status[rel] = ("NO_TEXT", ["OK"])

    W.finish()
    tp = os.path.join(args.out, "truth.json")
    t = json.load(open(tp, encoding="utf-8"))
    t["generator"] = "probe8 gen8"
    for doc in t["documents"]:
        if doc["path"] in status:
            doc["status"], acc = status[doc["path"]]
            if acc:
                doc["status_accept"] = acc
    json.dump(t, open(tp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
