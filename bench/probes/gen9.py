#!/usr/bin/env python3
"""gen9.py - probe set 9 for leakscope: what a real leak holds that rounds 6-8 lack. HTML-only mail with a signature
table, quoted-printable and Shift_JIS base64 Japanese mail, a calendar invite with folded ATTENDEE lines, a European
CSV export (UTF-8 BOM, ';' delimiter, +49 / +33 / +44 (0) phones, IBANs in groups of four, dd.mm.yyyy dates), an xlsx
with two header rows and merged group cells, an intranet staff directory (HTML table), Markdown wiki pages, JSON Lines
app logs with user objects, HR-XML, a SEPA pain.001 credit transfer, a Google Contacts CSV, referral letters (English
with an NHS number, Japanese 診療情報提供書), an insurance claim, passport scans as OCR text with their machine-readable
zone (MRZ), a hotel check-in log that keeps only the MRZ, US driving licences as printed (CA "DL", NY "ID", TX AAMVA
"4d DLN"), an IRS CP565 ITIN notice, chargeback notes with cards in several groupings, a production config with keys
and a private key, a bank statement, 年末調整 export with spouses' My Numbers, 社員証 list, 傷病手当金 申請 with
被保険者証の記号・番号, 社員名簿 with 保険証記号 / 保険証番号 / 基礎年金番号 columns, a 年金手帳 copy, a 在留カード copy,
a 運転免許証 as printed (第 … 号 under no label); and look-alikes: tracking and order numbers, IMEIs (Luhn-valid),
firmware versions shaped like IPs, AWS's documented example keys and ${VAR} placeholders, letter templates with
{{placeholders}}, firms named after people, SWIFT/BIC and sort-code lists, the ICAO 9303 specimen passport.

    python3 bench/probes/gen9.py OUT [--seed N]      (tuning seed 9; check seed 909, measured once before and after)

Truth conventions (README.md): placeholder values are decoys for the number types they imitate and optional for
PERSON_NAME / DATE_OF_BIRTH / POSTAL_ADDRESS; an organisation's own phone or address (a practice, the IRS) is optional;
a doctor named as the author of a letter is PERSON_NAME of the item but no truth person; an MRZ holds the passport
number and the birth date (YYMMDD) of its holder, so a scan or a log that keeps only the MRZ exposes both.
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import email.policy
import email.utils
import json
import os
import sys
import zipfile
from email.message import EmailMessage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import P, JP_GIVEN, luhn_ok  # noqa: E402
from enlib import iban, group4, routing  # noqa: E402

MONTHS3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# ------------------------------------------------------------------------------------------------ helpers
def mrz_check(s):
    w = [7, 3, 1]
    v = lambda c: int(c) if c.isdigit() else 0 if c == "<" else ord(c) - 55  # noqa: E731
    return str(sum(v(c) * w[i % 3] for i, c in enumerate(s)) % 10)


def mrz(doc_no, state, surname, given, dob, sex, expiry):
    l1 = (f"P<{state}{surname.upper().replace(' ', '<')}<<{given.upper().replace(' ', '<')}" + "<" * 44)[:44]
    no = (doc_no + "<" * 9)[:9]
    b = dob.strftime("%y%m%d")
    e = expiry.strftime("%y%m%d")
    pn = "<" * 14
    core = no + mrz_check(no) + state + b + mrz_check(b) + sex + e + mrz_check(e) + pn + mrz_check(pn)
    comp = no + mrz_check(no) + b + mrz_check(b) + e + mrz_check(e) + pn + mrz_check(pn)
    return l1, core + mrz_check(comp)


def ics_fold(line):
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > (75 if not out else 74):
            out.append(cur)
            cur = b""
        cur += cb
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def merge_cells(path, sheet_no, refs):
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = f"xl/worksheets/sheet{sheet_no}.xml"
    mc = f'<mergeCells count="{len(refs)}">' + "".join(f'<mergeCell ref="{r}"/>' for r in refs) + "</mergeCells>"
    parts[name] = parts[name].replace(b"</sheetData>", b"</sheetData>" + mc.encode())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, b in parts.items():
            z.writestr(n, b)


def jp_dl_number(R):
    """運転免許証番号: 公安委員会 code, year first licensed, serial, check digit (mod 11 weights 6..2 as often
    described; the detector does not enforce it), reissue count."""
    pre = R.choice(["30", "45", "50", "62", "71", "80", "91"])
    body = pre + f"{R.randint(0, 24):02d}" + f"{R.randint(0, 999999):06d}"
    w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3]
    r = sum(int(a) * b for a, b in zip(body, w)) % 11
    return body + str(0 if r <= 1 else 11 - r) + str(R.randint(0, 2))


def sjis_html_mail(frm, to, subject, html, date):
    m = EmailMessage()
    m["From"], m["To"] = frm, to
    from email.header import Header
    m["Subject"] = Header(subject, "shift_jis").encode()
    m["Date"] = email.utils.format_datetime(dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=9))))
    m["Message-ID"] = f"<g9.{abs(hash(subject)) % 10**9}@mail.example.jp>"
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = 'text/html; charset="Shift_JIS"'
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(html.encode("cp932")).decode("ascii"))
    return m


def en_mail_html(frm, to, subject, html, date, cc=None):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"] = email.utils.format_datetime(dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=-5))))
    m["Message-ID"] = f"<g9.{abs(hash(subject)) % 10**9}@mail.example.com>"
    m.set_content(html, subtype="html", cte="quoted-printable")
    return m


def eu_person(W, cc):
    R = W.rnd
    if cc == "DE":
        first, last = W._uniq(lambda: (R.choice(["Jonas", "Lena", "Matthias", "Sabine", "Felix", "Katrin"]),
                                       R.choice(["Becker", "Hoffmann", "Schäfer", "Wagner", "Krüger", "Zimmermann"])))
        street = f"{R.choice(['Hauptstraße', 'Lindenallee', 'Bahnhofstraße', 'Gartenweg'])} {R.randint(1, 120)}"
        plz, city = R.choice([("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg")])
        area = {"Berlin": "30", "München": "89", "Köln": "221", "Hamburg": "40"}[city]
        if R.random() < 0.5:
            sub = f"{R.randint(2000000, 9999999)}"
            nat = f"+49 (0){area} {sub[:4]} {sub[4:]}" if len(area) == 2 else f"+49 (0){area} {sub}"
            e164 = f"+49{area}{sub}"
        else:
            pre, sub = R.choice(["151", "160", "171", "176"]), f"{R.randint(1000000, 9999999)}"
            nat, e164 = f"+49 (0){pre} {sub}", f"+49{pre}{sub}"
        dob = dt.date(R.randint(1960, 2000), R.randint(1, 12), R.randint(1, 28))
        p = P(id=W._pid(), region="DE", first=first, last=last, dob=dob, street=street, plz=plz, city=city,
              addr=f"{street}, {plz} {city}", phone_nat=nat, e164=e164, iban=iban(R, "DE"),
              email=f"{first.lower()}.{last.lower().replace('ä', 'ae').replace('ü', 'ue')}@example.de", name=f"{first} {last}", juris=["DE"])
    else:
        first, last = W._uniq(lambda: (R.choice(["Camille", "Julien", "Élodie", "Mathieu", "Inès", "Antoine"]),
                                       R.choice(["Lefebvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier"])))
        street = f"{R.randint(1, 80)} {R.choice(['rue de la République', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue Nationale'])}"
        plz, city = R.choice([("75011", "Paris"), ("69002", "Lyon"), ("33000", "Bordeaux"), ("59800", "Lille")])
        mob = f"{R.choice('67')}{R.randint(10000000, 99999999)}"
        nat = f"+33 (0){mob[0]} {mob[1:3]} {mob[3:5]} {mob[5:7]} {mob[7:]}"
        dob = dt.date(R.randint(1960, 2000), R.randint(1, 12), R.randint(1, 28))
        p = P(id=W._pid(), region="FR", first=first, last=last, dob=dob, street=street, plz=plz, city=city,
              addr=f"{street}, {plz} {city}", phone_nat=nat, e164=f"+33{mob}", iban=iban(R, "FR"),
              email=f"{first.lower().replace('é', 'e').replace('è', 'e')}.{last.lower()}@example.fr", name=f"{first} {last}", juris=["FR"])
    W._init(p)
    return p


def uk_intl(k):
    """+44 (0)7403 123456, as UK signatures and European exports write a mobile."""
    return k.phone_intl.replace("+44 ", "+44 (0)")


# ------------------------------------------------------------------------------------------------ set
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe9")
    R = W.rnd
    jp = [W.jp_person() for _ in range(12)]
    us = [W.us_person() for _ in range(9)]
    uk = [W.uk_person() for _ in range(3)]
    eu = [eu_person(W, "DE"), eu_person(W, "DE"), eu_person(W, "FR"), eu_person(W, "FR")]

    # ================================================================ mail
    # HTML-only mail, signature in a table (Outlook style), disclaimer mentioning "confidential"
    a, b = us[0], us[1]
    html = (f"<html><body><p>Hi {b.first},</p><p>Please find the revised vendor onboarding checklist on the share. "
            "Can you confirm the W-9 arrived?</p><p>Thanks,</p>"
            "<table cellpadding='0' style='border-left:3px solid #1F4E79'><tr><td style='padding-left:8px'>"
            f"<b>{a.first} {a.last}</b><br>Accounts Payable Lead | Northwind Traders</td></tr>"
            f"<tr><td style='padding-left:8px'>M:&nbsp;{a.phone_nat.replace(' ', '&nbsp;')}</td></tr>"
            f"<tr><td style='padding-left:8px'><a href='mailto:{a.email}'>{a.email}</a></td></tr></table>"
            "<p style='font-size:8pt;color:#888'>This e-mail and any attachments are confidential and intended solely for the "
            "addressee. If you received it in error, please delete it.</p></body></html>")
    m = en_mail_html(f"{a.first} {a.last} <{a.email}>", f"{b.first} {b.last} <{b.email}>", "Vendor onboarding checklist", html,
                     "2024-06-03 09:14")
    rel = "Mail/AP/Vendor_onboarding_checklist.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "en")
    d.add(a, "PERSON_NAME", f"{a.first} {a.last}"); d.add(a, "PHONE_NUMBER", a.phone_nat); d.add(a, "EMAIL_ADDRESS", a.email)
    d.add(b, "PERSON_NAME", f"{b.first} {b.last}"); d.add(b, "EMAIL_ADDRESS", b.email)
    d.decoy("e-mail disclaimer 'confidential'", ["CORP_CONFIDENTIAL", "US_CONFIDENTIAL"])

    # quoted-printable UTF-8 Japanese mail: 住所変更届 with a signature
    a, b = jp[0], jp[1]
    body = (f"{b.family}さん\n\nお疲れさまです。{a.family}です。\n転居しましたので、住所変更をお願いします。\n\n"
            f"新住所：〒{a.zip}　{a.addr_ja}\n転居日：2024年5月18日\n通勤経路：変更あり（別途申請します）\n\nよろしくお願いいたします。\n\n"
            f"━━━━━━━━━━━━━━\n製造部 生産管理課\n{a.family}　{a.given}\n携帯：{to_fullwidth(a.phone_nat)}\nE-mail：{a.email}\n━━━━━━━━━━━━━━\n")
    m = EmailMessage()
    m["From"], m["To"] = f"{a.family} {a.given} <{a.email}>", f"{b.family} {b.given} <{b.email}>"
    m["Subject"] = "住所変更のお願い"
    m["Date"] = "Mon, 20 May 2024 08:41:00 +0900"
    m["Message-ID"] = "<g9.addr@mail.example.jp>"
    m.set_content(body, charset="utf-8", cte="quoted-printable")
    rel = "メール/総務/住所変更のお願い.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "ja")
    d.add(a, "PERSON_NAME", f"{a.family}　{a.given}"); d.add(a, "POSTAL_ADDRESS", a.addr_ja); d.add(a, "PHONE_NUMBER", a.phone_nat)
    d.add(a, "EMAIL_ADDRESS", a.email); d.add(b, "PERSON_NAME", f"{b.family} {b.given}"); d.add(b, "EMAIL_ADDRESS", b.email)
    d.decoy("転居日 (not a birth date)", ["DATE_OF_BIRTH"])

    # Shift_JIS, base64, HTML-only: a customer's inquiry, the sales rep's signature table
    c, s = jp[2], jp[3]
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=Shift_JIS'></head><body>"
            f"<p>{c.family} {c.given} 様</p><p>いつもお世話になっております。<br>先日ご依頼いただいた見積書を添付いたします。<br>"
            "ご不明な点がございましたらお気軽にお問い合わせください。</p>"
            "<table border='0' style='font-size:9pt'><tr><td>東洋精機株式会社　営業本部</td></tr>"
            f"<tr><td>{s.family}　{s.given}（{s.kana_family} {s.kana_given}）</td></tr>"
            f"<tr><td>TEL：03-5412-7700（代表）／携帯：{s.phone_nat}</td></tr>"
            f"<tr><td>Mail：{s.email}</td></tr></table>"
            "<hr><p>＞ 見積をお願いします。<br>＞ 連絡先：" + c.phone_nat + "<br>＞ " + f"{c.family}</p></body></html>")
    m = sjis_html_mail(f"{s.family} {s.given} <{s.email}>", f"{c.email}", "Re: 見積のお願い", html, "2024-04-11 16:20")
    rel = "メール/営業/Re_見積のお願い.eml"
    open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
    d = W.doc(rel, "eml", "ja")
    d.add(s, "PERSON_NAME", f"{s.family}　{s.given}"); d.add(s, "PHONE_NUMBER", s.phone_nat); d.add(s, "EMAIL_ADDRESS", s.email)
    d.add(c, "PERSON_NAME", f"{c.family} {c.given}"); d.add(c, "EMAIL_ADDRESS", c.email); d.add(c, "PHONE_NUMBER", c.phone_nat)

    # calendar invite: ORGANIZER / ATTENDEE with CN, folded lines, a meeting ID and a dial-in
    org, att = us[2], [us[3], jp[4], uk[0]]
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:040000008200E00074C5B7101A82E0080000000{R.randint(10**8, 10**9)}",
             "DTSTART;TZID=Eastern Standard Time:20240612T090000", "DTEND;TZID=Eastern Standard Time:20240612T100000",
             "SUMMARY:Quarterly supplier review", f"ORGANIZER;CN=\"{org.last}, {org.first}\":mailto:{org.email}"]
    for q in att:
        nm = f"{q.family} {q.given}" if q.region == "JP" else f"{q.first} {q.last}"
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{nm}\":mailto:{q.email}")
    lines += ["DESCRIPTION:Join online: https://meet.example.com/j/81233459901\\nMeeting ID: 812 3345 9901\\n"
              "Agenda: delivery performance\\, open claims.", "LOCATION:Conference Room 4B", "END:VEVENT", "END:VCALENDAR"]
    d = W.doc("Calendar/Quarterly_supplier_review.ics", "ics", "en")
    W.write_text(d, "\r\n".join(ics_fold(x) for x in lines) + "\r\n")
    d.add(org, "PERSON_NAME", f"{org.last}, {org.first}"); d.add(org, "EMAIL_ADDRESS", org.email)
    for q in att:
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}" if q.region == "JP" else f"{q.first} {q.last}"); d.add(q, "EMAIL_ADDRESS", q.email)
    d.decoy("meeting ID 812 3345 9901", ["PHONE_NUMBER"])

    # ================================================================ structured exports
    # European CRM export: UTF-8 BOM, ';' delimiter, +49 (0) phones, IBAN in groups of 4, dd.mm.yyyy
    d = W.doc("Export/CRM/kunden_export_2024-06.csv", "csv", "de")
    rows = ["Kundennr;Nachname;Vorname;Straße;PLZ;Ort;Land;Telefon;E-Mail;IBAN;Geburtsdatum"]
    for q in eu + [uk[1]]:
        if q.region == "GB":
            rows.append(f"K{R.randint(10000, 99999)};{q.last};{q.first};{q.addr_lines[0]};{q.addr_lines[2]};{q.addr_lines[1]};GB;"
                        f"{uk_intl(q)};{q.email};{group4(q.iban)};{q.dob.strftime('%d.%m.%Y')}")
            d.add(q, "POSTAL_ADDRESS", q.addr); d.add(q, "PHONE_NUMBER", uk_intl(q))
        else:
            rows.append(f"K{R.randint(10000, 99999)};{q.last};{q.first};{q.street};{q.plz};{q.city};{q.region};{q.phone_nat};{q.email};"
                        f"{group4(q.iban)};{q.dob.strftime('%d.%m.%Y')}")
            d.add(q, "POSTAL_ADDRESS", q.addr); d.add(q, "PHONE_NUMBER", q.phone_nat)
        d.add(q, "PERSON_NAME", f"{q.first} {q.last}"); d.add(q, "EMAIL_ADDRESS", q.email); d.add(q, "IBAN", q.iban)
        d.add(q, "DATE_OF_BIRTH", q.dob.strftime('%d.%m.%Y')); d.sensitive(q)
    with open(W.path(d), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(rows) + "\r\n")

    # SEPA credit transfer (pain.001): creditors' names and IBANs
    d = W.doc("Finance/Payments/SEPA_payroll_2024-06.xml", "xml", "en")
    tx = ""
    for q in (eu[0], eu[2], uk[1]):
        tx += (f"<CdtTrfTxInf><PmtId><EndToEndId>SAL-2406-{R.randint(1000, 9999)}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">"
               f"{R.randint(2500, 6500)}.00</InstdAmt></Amt><Cdtr><Nm>{q.first} {q.last}</Nm></Cdtr><CdtrAcct><Id><IBAN>{q.iban}</IBAN>"
               "</Id></CdtrAcct><RmtInf><Ustrd>Gehalt 06/2024</Ustrd></RmtInf></CdtTrfTxInf>")
        d.add(q, "PERSON_NAME", f"{q.first} {q.last}"); d.add(q, "IBAN", q.iban); d.sensitive(q)
    W.write_text(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>'
                    f"<GrpHdr><MsgId>PAY-20240628-01</MsgId><CreDtTm>2024-06-28T10:00:00</CreDtTm><NbOfTxs>3</NbOfTxs>"
                    "<InitgPty><Nm>Northwind Traders GmbH</Nm></InitgPty></GrpHdr><PmtInf><PmtInfId>SAL-2406</PmtInfId><PmtMtd>TRF</PmtMtd>"
                    "<ReqdExctnDt>2024-06-28</ReqdExctnDt><Dbtr><Nm>Northwind Traders GmbH</Nm></Dbtr><DbtrAcct><Id><IBAN>"
                    f"{iban(R, 'DE')}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC>COBADEFFXXX</BIC></FinInstnId></DbtrAgt>{tx}"
                    "</PmtInf></CstmrCdtTrfInitn></Document>\n")

    # UK payroll xlsx: two header rows, group cells merged over their columns
    d = W.doc("HR/UK/payroll/Starters_June_2024.xlsx", "xlsx", "en")
    rows = [["Employee", "", "", "Contact", "", "Payroll", ""],
            ["Forename", "Surname", "Date of birth", "Mobile", "Personal e-mail", "NI number", "Tax code"]]
    for k in uk:
        rows.append([k.first, k.last, k.dob.strftime("%d/%m/%Y"), k.phone_nat, k.email, k.nino, "1257L"])
        d.add(k, "PERSON_NAME", f"{k.first} {k.last}"); d.add(k, "DATE_OF_BIRTH", k.dob.strftime("%d/%m/%Y"))
        d.add(k, "PHONE_NUMBER", k.phone_nat); d.add(k, "EMAIL_ADDRESS", k.email); d.add(k, "UK_NINO", k.nino)
    xlsx(W.path(d), {"Starters": rows})
    merge_cells(W.path(d), 1, ["A1:C1", "D1:E1", "F1:G1"])

    # Google Contacts CSV (mixed JP / US)
    d = W.doc("Export/contacts/google_contacts.csv", "csv", "en")
    rows = ["Name,Given Name,Family Name,Birthday,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Address 1 - Formatted"]
    for q in (us[4], jp[5]):
        if q.region == "US":
            rows.append(f"{q.first} {q.last},{q.first},{q.last},{q.dob.isoformat()},* Home,{q.email},Mobile,{q.phone_intl},"
                        f"\"{q.street}\n{q.city}, {q.state} {q.zip}\"")
            d.add(q, "PERSON_NAME", f"{q.first} {q.last}"); d.add(q, "PHONE_NUMBER", q.phone_intl)
            d.add(q, "POSTAL_ADDRESS", f"{q.street} {q.city}, {q.state} {q.zip}")
        else:
            rows.append(f"{q.family} {q.given},{q.given},{q.family},{q.dob.isoformat()},* Other,{q.email},Mobile,{q.phone_intl},"
                        f"\"〒{q.zip} {q.addr_ja}\"")
            d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "PHONE_NUMBER", q.phone_intl)
            d.add(q, "POSTAL_ADDRESS", q.addr_ja)
        d.add(q, "EMAIL_ADDRESS", q.email); d.add(q, "DATE_OF_BIRTH", q.dob.isoformat())
    W.write_text(d, "\n".join(rows) + "\n")

    # JSON Lines app log: user objects, client IPs
    d = W.doc("logs/portal/app-2024-06-01.jsonl", "jsonl", "en")
    out = []
    for i, q in enumerate((us[5], us[6], jp[6])):
        nm = f"{q.first} {q.last}" if q.region == "US" else q.romaji
        ip = f"{R.choice([73, 98, 126, 203])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        out.append(json.dumps({"ts": f"2024-06-01T0{i + 7}:1{i}:33.120Z", "level": "INFO", "svc": "portal-auth", "msg": "login ok",
                               "user": {"id": 10230 + i, "email": q.email, "displayName": nm, "locale": "ja-JP" if q.region == "JP" else "en-US"},
                               "client": {"ip": ip, "ua": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0.6367.91"},
                               "trace_id": f"{R.getrandbits(64):016x}"}))
        d.add(q, "EMAIL_ADDRESS", q.email); d.add(q, "PERSON_NAME", nm); d.add(q, "IP_ADDRESS", ip)
        if q.region == "JP":
            q.names_seen.add(nm)
    out.insert(1, json.dumps({"ts": "2024-06-01T07:30:02.004Z", "level": "WARN", "svc": "portal-auth", "msg": "rate limit", "limit": 120,
                              "version": "4.12.0.255"}))
    W.write_text(d, "\n".join(out) + "\n")

    # HR-XML-ish candidate record, address in parts
    u = us[7]
    d = W.doc("HR/US/recruiting/candidate_48213.xml", "xml", "en")
    W.write_text(d, '<?xml version="1.0" encoding="UTF-8"?>\n<Candidate xmlns="http://ns.hr-xml.org/2007-04-15"><CandidateProfile>'
                    f"<PersonalData><PersonName><GivenName>{u.first}</GivenName><FamilyName>{u.last}</FamilyName></PersonName>"
                    f"<ContactMethod><Use>personal</Use><Telephone><FormattedNumber>{u.phone_nat}</FormattedNumber></Telephone>"
                    f"<InternetEmailAddress>{u.email}</InternetEmailAddress><PostalAddress><CountryCode>US</CountryCode>"
                    f"<PostalCode>{u.zip}</PostalCode><Region>{u.state}</Region><Municipality>{u.city}</Municipality>"
                    f"<DeliveryAddress><AddressLine>{u.street}</AddressLine></DeliveryAddress></PostalAddress></ContactMethod>"
                    f"<PersonDescriptors><BiologicalDescriptors><DateOfBirth>{u.dob.isoformat()}</DateOfBirth></BiologicalDescriptors>"
                    "</PersonDescriptors></PersonalData><EmploymentHistory><EmployerOrg><EmployerOrgName>Contoso Ltd</EmployerOrgName>"
                    "<PositionHistory><Title>Buyer</Title><StartDate>2016-03-01</StartDate></PositionHistory></EmployerOrg></EmploymentHistory>"
                    "</CandidateProfile></Candidate>\n")
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "PHONE_NUMBER", u.phone_nat); d.add(u, "EMAIL_ADDRESS", u.email)
    d.add(u, "POSTAL_ADDRESS", f"{u.street} {u.city} {u.state} {u.zip}"); d.add(u, "DATE_OF_BIRTH", u.dob.isoformat())
    d.decoy("employment start date", ["DATE_OF_BIRTH"])

    # intranet staff directory (HTML table), 内線 extensions
    d = W.doc("intranet/staff/directory_製造部.html", "html", "ja")
    trs = ""
    for q in jp[7:10]:
        trs += (f"<tr><td>{q.family} {q.given}</td><td>{q.kana_family} {q.kana_given}</td><td>製造部</td><td>{R.randint(2000, 2999)}</td>"
                f"<td>{q.phone_nat}</td><td><a href='mailto:{q.email}'>{q.email}</a></td></tr>")
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "PHONE_NUMBER", q.phone_nat); d.add(q, "EMAIL_ADDRESS", q.email)
    W.write_text(d, "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>社員名簿 - 製造部</title></head><body>"
                    "<nav>ポータル &gt; 組織 &gt; 製造部</nav><h1>製造部 メンバー一覧</h1><table class='dir'><thead><tr><th>氏名</th><th>よみ</th>"
                    f"<th>所属</th><th>内線</th><th>携帯</th><th>メール</th></tr></thead><tbody>{trs}</tbody></table>"
                    "<footer>最終更新 2024/05/01</footer></body></html>\n")
    d.decoy("内線 extensions, 更新日", ["DATE_OF_BIRTH"])

    # wiki: 緊急連絡網 (Markdown table)
    d = W.doc("wiki/総務/緊急連絡網_2024.md", "md", "ja")
    md = "# 緊急連絡網（2024年度）\n\n災害時は上から順に連絡してください。\n\n| 順 | 名前 | 役割 | 携帯電話 |\n|---|---|---|---|\n"
    for i, q in enumerate((jp[10], jp[11], jp[0]), 1):
        md += f"| {i} | {q.family}{q.given} | {['班長', '副班長', '連絡係'][i - 1]} | {q.phone_nat} |\n"
        d.add(q, "PERSON_NAME", f"{q.family}{q.given}"); d.add(q, "PHONE_NUMBER", q.phone_nat)
    W.write_text(d, md + "\n> 社外への共有禁止\n")

    # wiki: a runbook leaking credentials
    d = W.doc("wiki/ops/runbook-billing-db.md", "md", "en")
    ak = "AKIA" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    pw = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%") for _ in range(14))
    W.write_text(d, "# Billing DB - runbook\n\n## Failover\n\n1. Promote the replica: `pg_ctl promote -D /var/lib/pgsql/16/data`\n"
                    "2. Update the DNS record `billing-db.internal`.\n\n## Access\n\n| what | value |\n|---|---|\n"
                    f"| admin user | `billing_admin` |\n| admin password | `{pw}` |\n| backup bucket key | `{ak}` |\n\n"
                    "Version: 16.2.0.1 (cluster build)\n")
    d.add(None, "CREDENTIAL", pw)
    d.decoy("version string 16.2.0.1", ["IP_ADDRESS"])

    # ================================================================ medical / insurance
    k = uk[2]
    d = W.doc("Clinic/referrals/Referral_letter_" + k.last + ".docx", "docx", "en")
    nhs = "943 476 5919"
    docx(W.path(d), ["Harbourside Medical Practice, 12 Quay Street, Bristol BS1 4DB  Tel 0117 496 0123", "14 May 2024",
                     "Dr A. Whitcombe, Consultant Respiratory Physician, Bristol Royal Infirmary",
                     f"Dear Dr Whitcombe,", f"Re: {k.first} {k.last}   DOB {k.dob.strftime('%d/%m/%Y')}   NHS No. {nhs}",
                     f"Address: {k.addr}",
                     f"Thank you for seeing this {2024 - k.dob.year}-year-old gentleman with a six-month history of exertional breathlessness "
                     "and a dry cough. Spirometry shows an obstructive pattern (FEV1/FVC 0.62).",
                     "Past medical history: asthma in childhood; hypertension.",
                     "Current medication: amlodipine 5 mg once daily; salbutamol inhaler as required.",
                     "I would be grateful for your assessment for possible COPD.", "Yours sincerely,", "Dr Fiona Marsh, GP"])
    d.add(k, "PERSON_NAME", f"{k.first} {k.last}"); d.add(k, "DATE_OF_BIRTH", k.dob.strftime('%d/%m/%Y'))
    d.add(k, "POSTAL_ADDRESS", k.addr); d.add(k, "HEALTH_INFO", "asthma; hypertension; COPD"); d.sensitive(k)
    d.opt_type("PHONE_NUMBER")  # the practice's number
    d.decoy("NHS number 943 476 5919 (10 digits, not a phone)", [])

    p = jp[1]
    d = W.doc(f"病院/紹介状/診療情報提供書_{p.family}.docx", "docx", "ja")
    docx(W.path(d), ["診療情報提供書", "芝浦総合病院　循環器内科　御侍史", "令和6年5月14日",
                     "紹介元：森クリニック　院長　森　秀樹"],
         table=[["患者氏名", f"{p.family}　{p.given}　様", "性別", p.sex_ja],
                ["生年月日", f"{p.wareki_dob()}（{2024 - p.dob.year}歳）", "電話", p.phone_nat],
                ["住所", f"〒{p.zip} {p.addr_ja}", "", ""],
                ["傷病名", "狭心症の疑い、脂質異常症", "", ""],
                ["紹介目的", "精査加療のお願い", "", ""],
                ["既往歴・家族歴", "高血圧症（2018年〜）。父：心筋梗塞", "", ""],
                ["現在の処方", "アムロジピン 5mg 1日1回、ロスバスタチン 2.5mg 1日1回", "", ""]])
    d.add(p, "PERSON_NAME", f"{p.family}　{p.given}"); d.add(p, "DATE_OF_BIRTH", p.wareki_dob()); d.add(p, "PHONE_NUMBER", p.phone_nat)
    d.add(p, "POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"); d.add(p, "HEALTH_INFO", "狭心症の疑い"); d.sensitive(p)

    u = us[8]
    d = W.doc(f"Insurance/claims/CLM-2024-{R.randint(100000, 999999)}.txt", "txt", "en")
    W.write_text(d, "FIRST NOTICE OF LOSS - ACCIDENT & HEALTH\n\nPolicy number: AH-" + f"{R.randint(1000000, 9999999)}" +
                    f"\nClaim number: CLM-2024-{R.randint(100000, 999999)}\n\nCLAIMANT\n  Name ........... {u.last.upper()}, {u.first}\n"
                    f"  Date of birth .. {u.dob.strftime('%m/%d/%Y')}\n  Home address ... {u.street}, {u.city}, {u.state} {u.zip}\n"
                    f"  Daytime phone .. {u.phone_nat}\n\nINCIDENT\n  Date of loss ... 05/11/2024\n"
                    "  Description .... Slipped on wet stairs at home; ER visit same day.\n"
                    "  Injury ......... Distal radius fracture, left wrist; cast applied, 6 weeks off work.\n"
                    "  Treating provider: Mercy General Hospital ER\n")
    d.add(u, "PERSON_NAME", f"{u.last.upper()}, {u.first}"); d.add(u, "DATE_OF_BIRTH", u.dob.strftime('%m/%d/%Y'))
    d.add(u, "POSTAL_ADDRESS", f"{u.street}, {u.city}, {u.state} {u.zip}"); d.add(u, "PHONE_NUMBER", u.phone_nat)
    d.add(u, "HEALTH_INFO", "distal radius fracture"); d.sensitive(u)
    d.decoy("date of loss, policy and claim numbers", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    # ================================================================ identity documents
    u = us[0]
    exp = dt.date(2031, R.randint(1, 12), R.randint(1, 28))
    l1, l2 = mrz(u.passport, "USA", u.last, u.first, u.dob, "M" if u.first in ("Marcus", "Dwayne", "Luis", "Gregory", "Caleb", "Trevor", "Harold", "Desmond", "Raj", "Wesley", "Brent", "Omar") else "F", exp)
    d = W.doc(f"KYC/scans/passport_{u.last}_ocr.txt", "txt", "en")
    W.write_text(d, "PASSPORT   PASSEPORT   PASAPORTE\nUNITED STATES OF AMERICA\nType / Type   Code / Code   Passport No. / No. du Passeport\n"
                    f"P             USA           {u.passport}\nSurname / Nom\n{u.last.upper()}\nGiven Names / Prénoms\n{u.first.upper()}\n"
                    f"Nationality / Nationalité\nUNITED STATES OF AMERICA\nDate of birth / Date de naissance\n{u.dob.day:02d} {MONTHS3[u.dob.month - 1]} {u.dob.year}\n"
                    f"Place of birth / Lieu de naissance\n{u.state}, U.S.A.\nDate of expiration / Date d'expiration\n{exp.day:02d} {MONTHS3[exp.month - 1]} {exp.year}\n\n"
                    f"{l1}\n{l2}\n")
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "US_PASSPORT", u.passport)
    d.add(u, "DATE_OF_BIRTH", f"{u.dob.day:02d} {MONTHS3[u.dob.month - 1]} {u.dob.year}")
    d.decoy("expiration date", [])

    # hotel check-in log: a Japanese guest's passport kept only as the MRZ
    p = jp[2]
    pno = f"{R.choice(['TK', 'TR', 'MZ', 'TZ'])}{R.randint(1000000, 9999999)}"
    l1, l2 = mrz(pno, "JPN", p.romaji.split()[1], p.romaji.split()[0], p.dob, "M" if p.sex_ja == "男" else "F", dt.date(2029, 3, 14))
    d = W.doc("Hotel/PMS/checkin_scan_2024-07-02.log", "log", "en")
    W.write_text(d, f"2024-07-02 15:02:11 INFO  frontdesk-3 scanner=DESKO id_type=PASSPORT room=1412 nights=3\n"
                    f"2024-07-02 15:02:11 INFO  frontdesk-3 mrz[0]={l1}\n2024-07-02 15:02:11 INFO  frontdesk-3 mrz[1]={l2}\n"
                    "2024-07-02 15:02:12 INFO  frontdesk-3 guest profile matched loyalty=none\n")
    d.add(p, "JP_PASSPORT", pno); d.add(p, "PERSON_NAME", p.romaji); d.add(p, "DATE_OF_BIRTH", "MRZ YYMMDD")
    p.names_seen.add(p.romaji)

    # ICAO 9303 specimen (decoy): Utopia, ERIKSSON ANNA MARIA, L898902C3
    d = W.doc("KYC/training/mrz_parser_testcases.txt", "txt", "en")
    W.write_text(d, "MRZ parser test vectors (ICAO Doc 9303 Part 4 specimen, fictitious state UTO)\n"
                    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\n"
                    "expected: document_number=L898902C3 nationality=UTO birth=740812 expiry=120415\n")
    d.decoy("ICAO 9303 specimen passport (fictitious)", ["US_PASSPORT", "JP_PASSPORT"])
    d.opt_type("PERSON_NAME"); d.opt_type("DATE_OF_BIRTH")

    # US driving licences as printed on the card
    for u, state in ((us[1], "CA"), (us[2], "NY"), (us[3], "TX")):
        d = W.doc(f"KYC/scans/DL_{state}_{u.last}.txt", "txt", "en")
        dob = u.dob.strftime("%m/%d/%Y")
        if state == "CA":
            dl = f"{R.choice('ABCDEFGNY')}{R.randint(1000000, 9999999)}"
            txt = (f"California USA DRIVER LICENSE\nDL {dl}\nEXP 08/31/2028\nLN {u.last.upper()}\nFN {u.first.upper()}\n"
                   f"{u.street.upper()}\n{u.city.upper()}, CA {u.zip}\nDOB {dob}\nRSTR NONE\nCLASS C   SEX F   HAIR BRN   EYES BRN\n"
                   f"HGT 5'-06\"  WGT 140 lb\nDD 08/15/2023{R.randint(10000, 99999)}/AAFD/28\nISS 08/15/2023\n")
        elif state == "NY":
            dl = f"{R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}"
            txt = (f"NEW YORK STATE\nDRIVER LICENSE\nID: {dl}\nClass D\n{u.last.upper()},\n{u.first.upper()}\n{u.street.upper()}\n"
                   f"{u.city.upper()}, NY {u.zip}\nDOB: {u.dob.strftime('%m/%d/%Y')}   Sex: M   Eyes: BR   Ht: 5-10\n"
                   "Issued: 02/11/2022   Expires: 02/11/2030\n")
        else:
            dl = f"{R.randint(10000000, 49999999)}"
            txt = (f"TEXAS\nUSA DRIVER LICENSE\n4d DLN {dl}   9 CLASS C\n4b EXP 06/02/2029\n1 {u.last.upper()}\n2 {u.first.upper()}\n"
                   f"8 {u.street.upper()}\n  {u.city.upper()}, TX {u.zip}\n3 DOB {dob}\n9a END NONE   12 RESTR NONE\n"
                   "15 SEX M   18 EYES BRO   16 HGT 5-11\n4a ISS 06/02/2021   5 DD 10293847561234567890\n")
        W.write_text(d, txt)
        d.add(u, "US_DRIVERS_LICENSE", dl); d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "DATE_OF_BIRTH", dob)
        d.add(u, "POSTAL_ADDRESS", f"{u.street} {u.city} {state} {u.zip}")
        d.decoy("issue / expiry dates, document discriminator", ["US_SSN", "BANK_ACCOUNT", "CREDIT_CARD"])

    # IRS CP565 (ITIN assigned) as a PDF
    u = us[4]
    d = W.doc(f"Tax/ITIN/CP565_{u.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["Department of the Treasury", "Internal Revenue Service", "Austin, TX 73301-0057", "",
                     "Notice CP565   Tax year 2023   Notice date June 3, 2024", "",
                     f"{u.first.upper()} {u.last.upper()}", u.street.upper(), f"{u.city.upper()} {u.state} {u.zip}", "",
                     "We assigned you an Individual Taxpayer Identification Number (ITIN)",
                     f"Your ITIN is {u.itin}. Please use it on all future tax returns.",
                     "If you have questions, call 1-800-829-1040."]])
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "US_ITIN", u.itin); d.add(u, "POSTAL_ADDRESS", f"{u.street} {u.city} {u.state} {u.zip}")
    d.opt_type("PHONE_NUMBER")  # the IRS's number

    # ================================================================ finance
    d = W.doc("Finance/chargebacks/chargebacks_2024-Q2.md", "md", "en")
    md = "# Chargebacks Q2 2024\n\n| Cardholder | Card number | Brand | Amount | Reason |\n|---|---|---|---|---|\n"
    styles = [("4", 16, lambda c: " ".join(c[i:i + 4] for i in range(0, 16, 4)), "Visa"),
              ("37", 15, lambda c: f"{c[:4]}-{c[4:10]}-{c[10:]}", "Amex"),
              ("3566", 16, lambda c: c, "JCB"),
              ("36", 14, lambda c: f"{c[:4]} {c[4:10]} {c[10:]}", "Diners"),
              ("2221", 16, lambda c: "-".join(c[i:i + 4] for i in range(0, 16, 4)), "Mastercard")]
    for q, (pre, n, f, brand) in zip((us[5], us[6], jp[3], us[7], eu[1]), styles):
        c = luhn_number(R, pre, n)
        nm = f"{q.family} {q.given}" if q.region == "JP" else f"{q.first} {q.last}"
        md += f"| {nm} | {f(c)} | {brand} | ${R.randint(20, 900)}.{R.randint(10, 99)} | 10.4 fraud |\n"
        d.add(q, "PERSON_NAME", nm); d.add(q, "CREDIT_CARD", f(c)); d.sensitive(q)
    W.write_text(d, md + "\nReason code 10.4 = Other Fraud - Card Absent Environment.\n")

    # bank statement (PDF)
    u = us[6]
    acct, rt = f"{R.randint(1000000000, 9999999999)}", routing(R)
    d = W.doc(f"Finance/statements/statement_2024-05_{u.last}.pdf", "pdf", "en")
    pdf(W.path(d), [["Cascade Community Bank", "Statement period: 05/01/2024 - 05/31/2024", "",
                     f"{u.first.upper()} {u.last.upper()}", u.street, f"{u.city}, {u.state} {u.zip}", "",
                     f"Everyday Checking   Account number: {acct}   Routing number: {rt}",
                     "Beginning balance $3,204.18    Deposits $4,880.00    Withdrawals $5,112.47    Ending balance $2,971.71",
                     "05/03  Check #1042                 -120.00", "05/15  ACH PAYROLL NORTHWIND 00123   +2,440.00",
                     "05/21  POS PURCHASE REF 7731002459118  -64.20"]])
    d.add(u, "PERSON_NAME", f"{u.first} {u.last}"); d.add(u, "POSTAL_ADDRESS", f"{u.street} {u.city}, {u.state} {u.zip}")
    d.add(u, "BANK_ACCOUNT", acct); d.sensitive(u)
    d.decoy("POS reference and check numbers", ["CREDIT_CARD", "US_SSN"])

    # config with secrets + a private key
    d = W.doc("repo/billing-service/src/main/resources/application-prod.yml", "yml", "en")
    sk = "sk_live_" + "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24))
    dbpw = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    W.write_text(d, "spring:\n  datasource:\n    url: jdbc:postgresql://10.20.4.17:5432/billing\n    username: billing_app\n"
                    f"    password: \"{dbpw}\"\nstripe:\n  api-key: {sk}\n  webhook-version: 2024.04.10\nmanagement:\n  server:\n    port: 8081\n")
    d.add(None, "CREDENTIAL", sk); d.opt_type("IP_ADDRESS")  # a private database host
    d = W.doc("repo/deploy/keys/deploy_ed25519.pem", "pem", "en")
    W.write_text(d, "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(
        base64.b64encode(bytes(R.getrandbits(8) for _ in range(51))).decode() for _ in range(5)) + "\n-----END OPENSSH PRIVATE KEY-----\n")
    d.add(None, "CREDENTIAL", "private key")

    # ================================================================ Japanese HR
    # 年末調整 system export: employee and spouse My Numbers, dates of birth
    d = W.doc("人事/年末調整/R6_年末調整_配偶者控除_export.csv", "csv", "ja")
    rows = ["社員番号,氏名,個人番号,配偶者氏名,配偶者個人番号,配偶者生年月日,配偶者の合計所得見積額"]
    for q in (jp[4], jp[5]):
        sp = W.jp_person()
        sp.family, sp.kana_family = q.family, q.kana_family
        g = R.choice(JP_GIVEN)
        sp.given, sp.kana_given, sp.name = g[0], g[1], f"{q.family} {g[0]}"
        mn, mns = my_number(R, ""), my_number(R, "-")
        rows.append(f"{R.randint(10000, 99999)},{q.family} {q.given},{mn},{sp.family} {sp.given},{mns},{sp.dob.strftime('%Y/%m/%d')},"
                    f"{R.randint(0, 95)}0000")
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "JP_MY_NUMBER", mn)
        d.add(sp, "PERSON_NAME", f"{sp.family} {sp.given}"); d.add(sp, "JP_MY_NUMBER", mns); d.add(sp, "DATE_OF_BIRTH", sp.dob.strftime('%Y/%m/%d'))
    W.write_text(d, "\ufeff" + "\r\n".join(rows) + "\r\n")

    # 社員証 issue ledger: IC card IDm (hex) and a 16-digit card serial (not a payment card)
    d = W.doc("総務/社員証/社員証発行台帳_2024.xlsx", "xlsx", "ja")
    rows = [["社員証発行台帳（2024年度）"], ["社員番号", "氏名", "ローマ字", "所属", "ICカードIDm", "カード通番", "発行日", "有効期限"]]
    for q in jp[6:9]:
        serial = None
        while serial is None or luhn_ok(serial):
            serial = "31" + "".join(str(R.randint(0, 9)) for _ in range(14))
        rows.append([f"E{R.randint(10000, 99999)}", f"{q.family} {q.given}", q.romaji, "製造部", f"0114{R.getrandbits(48):012X}",
                     serial, "2024/04/01", "2029/03/31"])
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}")
    xlsx(W.path(d), {"台帳": rows})
    d.decoy("IC card IDm, 16-digit card serial, issue / expiry dates", ["CREDIT_CARD", "JP_MY_NUMBER", "DATE_OF_BIRTH"])

    # 傷病手当金 申請 (text): 被保険者証の記号・番号, 傷病名
    p = jp[9]
    kig, ban = f"{R.randint(1000, 99999999)}", f"{R.randint(1, 999)}"
    d = W.doc(f"人事/健康保険/傷病手当金支給申請書_{p.family}.txt", "txt", "ja")
    W.write_text(d, "健康保険　傷病手当金　支給申請書（被保険者記入用）\n\n"
                    f"被保険者証の記号（左づめ）　{kig}　　番号（左づめ）　{ban}\n"
                    f"生年月日　{p.wareki_dob()}\n氏名　{p.family}　{p.given}\n住所　〒{p.zip}　{p.addr_ja}\n電話番号　{p.phone_nat}\n\n"
                    "傷病名　腰椎椎間板ヘルニア\n初診日　令和6年4月2日\n療養のため休んだ期間　令和6年4月3日から令和6年5月2日まで\n")
    d.add(p, "JP_HEALTH_INSURANCE", f"{kig} {ban}"); d.add(p, "DATE_OF_BIRTH", p.wareki_dob()); d.add(p, "PERSON_NAME", f"{p.family}　{p.given}")
    d.add(p, "POSTAL_ADDRESS", p.addr_ja); d.add(p, "PHONE_NUMBER", p.phone_nat); d.add(p, "HEALTH_INFO", "腰椎椎間板ヘルニア"); d.sensitive(p)
    d.decoy("初診日 / 休業期間 (not birth dates)", [])

    # 社員名簿 with insurance and pension columns
    d = W.doc("人事/社員名簿/社員名簿_社保.xlsx", "xlsx", "ja")
    rows = [["社員番号", "氏名", "生年月日", "保険証記号", "保険証番号", "基礎年金番号", "入社日"]]
    for q in jp[10:12]:
        pen = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
        rows.append([f"{R.randint(10000, 99999)}", f"{q.family} {q.given}", q.dob.strftime("%Y/%m/%d"), f"{R.randint(100, 9999)}",
                     f"{R.randint(1, 300)}", pen, "2015/04/01"])
        d.add(q, "PERSON_NAME", f"{q.family} {q.given}"); d.add(q, "DATE_OF_BIRTH", q.dob.strftime("%Y/%m/%d"))
        d.add(q, "JP_HEALTH_INSURANCE", "記号・番号"); d.add(q, "JP_PENSION_NUMBER", pen)
    xlsx(W.path(d), {"社保": rows})

    # 年金手帳 copy (OCR text)
    p = jp[7]
    pen = f"{R.randint(1000, 9999)}-{R.randint(100000, 999999)}"
    d = W.doc(f"人事/年金/年金手帳_写し_{p.family}.txt", "txt", "ja")
    W.write_text(d, f"年金手帳\n\n基礎年金番号\n{pen}\n\n氏名　{p.family}　{p.given}\n生年月日　{p.wareki_dob()}\n"
                    "資格取得年月日　平成20年4月1日\n")
    d.add(p, "JP_PENSION_NUMBER", pen); d.add(p, "PERSON_NAME", f"{p.family}　{p.given}"); d.add(p, "DATE_OF_BIRTH", p.wareki_dob())
    d.decoy("資格取得年月日", [])

    # 在留カード copy: romanised name, residence card number (no contract code)
    v = W.jp_person()
    v.family, v.given = "NGUYEN", "VAN AN"
    v.name = "NGUYEN VAN AN"
    v.dob = dt.date(1996, R.randint(1, 12), R.randint(1, 28))
    zc = f"{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{R.randint(10000000, 99999999)}{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}"
    d = W.doc("人事/外国人雇用/在留カード_写し_NGUYEN.txt", "txt", "ja")
    W.write_text(d, f"在留カード　RESIDENCE CARD　番号 {zc}\n氏名　NAME　NGUYEN VAN AN\n"
                    f"生年月日　{v.dob.strftime('%Y年%m月%d日')}　性別　男 M.　国籍・地域　ベトナム\n住居地　{v.addr_ja}\n"
                    "在留資格　技能実習（1号ロ）\n在留期間（満了日）　1年（2025年06月30日）\n就労制限の有無　在留資格に基づく就労活動のみ可\n")
    d.add(v, "PERSON_NAME", "NGUYEN VAN AN"); d.add(v, "DATE_OF_BIRTH", v.dob.strftime('%Y年%m月%d日')); d.add(v, "POSTAL_ADDRESS", v.addr_ja)
    d.decoy("在留カード番号 (no contract code) / 満了日", ["JP_PASSPORT", "DATE_OF_BIRTH"])

    # 運転免許証 as printed: the number stands as 第 … 号 with no label of its own
    p = jp[8]
    dln = jp_dl_number(R)
    d = W.doc(f"人事/免許証確認/運転免許証_{p.family}_OCR.txt", "txt", "ja")
    W.write_text(d, f"氏名　{p.family}　{p.given}　　{p.wareki_dob()}生\n住所　{p.addr_ja}\n交付　令和05年04月10日　{R.randint(10000, 99999)}\n"
                    "令和10年05月02日まで有効\n優良\n免許の条件等　眼鏡等\n"
                    f"番号　第 {dln} 号\n二・小・原　平成15年05月01日\n他　　平成18年08月12日\n種類　普通\n東京都公安委員会\n運転免許証\n")
    d.add(p, "JP_DRIVERS_LICENSE", dln); d.add(p, "PERSON_NAME", f"{p.family}　{p.given}"); d.add(p, "DATE_OF_BIRTH", p.wareki_dob())
    d.add(p, "POSTAL_ADDRESS", p.addr_ja)

    # ================================================================ decoys
    def decoy(path, text, desc, codes, lang="en", fmt="txt", opt=()):
        dd = W.doc(path, fmt, lang)
        W.write_text(dd, text)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    def tracking():
        return "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
    ship = "order_id,ship_date,carrier,tracking,weight_kg,zone\n" + "".join(
        f"ORD-{R.randint(10**7, 10**8)},2024-06-{R.randint(10, 28)},{c},{t},{R.randint(1, 30)}.{R.randint(0, 9)},{R.randint(2, 8)}\n"
        for c, t in (("UPS", tracking()), ("FedEx", f"{R.randint(10**11, 10**12 - 1)}"), ("USPS", f"9400{R.randint(10**17, 10**18 - 1)}"),
                     ("DHL", f"{R.randint(10**9, 10**10 - 1)}"), ("UPS", tracking())))
    decoy("Logistics/shipments_2024-06.csv", ship, "order ids and tracking numbers",
          ["CREDIT_CARD", "PHONE_NUMBER", "US_SSN", "BANK_ACCOUNT", "JP_MY_NUMBER", "DATE_OF_BIRTH"], fmt="csv")

    jship = "受注番号,出荷日,送り状番号,お問い合わせ番号,品番,数量\n" + "".join(
        f"J{R.randint(10**7, 10**8)},2024/06/{R.randint(10, 28)},{R.randint(10**11, 10**12 - 1)},{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)},"
        f"NA-LX{R.randint(100, 999)}BL,{R.randint(1, 20)}\n" for _ in range(4))
    decoy("物流/出荷実績_202406.csv", jship, "送り状番号 (12 digits), お問い合わせ番号 4-4-4",
          ["JP_MY_NUMBER", "JP_DRIVERS_LICENSE", "PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT"], lang="ja", fmt="csv")

    imeis = []
    while len(imeis) < 3:
        x = luhn_number(R, R.choice(["35", "86", "01"]), 15)
        imeis.append(x)
    d = W.doc("IT/assets/mobile_device_inventory.xlsx", "xlsx", "en")
    xlsx(W.path(d), {"Devices": [["Asset tag", "Model", "IMEI", "Serial", "MAC", "Firmware", "Assigned"]] +
                     [[f"AT-{R.randint(10000, 99999)}", m_, im, f"F{R.randint(10**9, 10**10 - 1)}", "3C:22:FB:%02X:%02X:%02X" % (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255)),
                       fw, "pool"] for m_, im, fw in zip(["iPhone 13", "Galaxy A54", "Pixel 7a"], imeis, ["17.5.1", "10.2.14.3", "4.19.112.1"])]})
    d.decoy("Luhn-valid IMEIs, firmware versions shaped like IPs, MACs", ["CREDIT_CARD", "IP_ADDRESS", "PHONE_NUMBER", "JP_MY_NUMBER"])

    decoy("releases/CHANGELOG.md", "# Changelog\n\n## 2.14.0.3 - 2024-05-30\n- Agents older than 10.1.0.2 now fall back to TLS 1.2 (commit 3f9c2a1e8b7d6c5f4a3b2c1d0e9f8a7b6c5d4e3f)\n"
            "- Bumped base image to 22.04.4.1\n\n## 2.13.9 - 2024-04-12\n- New config key `token_ttl_seconds` (default 3600)\n",
            "version strings shaped like IPv4, commit SHA, release dates", ["IP_ADDRESS", "CREDENTIAL", "DATE_OF_BIRTH"], fmt="md")

    decoy("repo/billing-service/src/main/resources/application-example.yml",
          "# copy to application-prod.yml and fill in\nspring:\n  datasource:\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\n"
          "aws:\n  access-key-id: AKIAIOSFODNN7EXAMPLE\n  secret-access-key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
          "stripe:\n  api-key: <your-stripe-secret-key>\n",
          "AWS documentation example keys, ${VAR} and <placeholder> secrets", ["CREDENTIAL"], fmt="yml")

    d = W.doc("templates/Letters/offer_letter_template.docx", "docx", "en")
    docx(W.path(d), ["{{company_letterhead}}", "{{date}}", "Dear {{candidate_first_name}} {{candidate_last_name}},",
                     "We are pleased to offer you the position of {{job_title}} starting {{start_date}}.",
                     "Please return the signed copy with your SSN (XXX-XX-XXXX) and date of birth (MM/DD/YYYY) for payroll set-up.",
                     "Phone: (___) ___-____     Address: [Street], [City], [State] [ZIP]", "Sincerely,", "[Hiring Manager Name]"])
    d.decoy("placeholders for name, SSN, DOB, phone, address", ["PERSON_NAME", "US_SSN", "DATE_OF_BIRTH", "PHONE_NUMBER", "POSTAL_ADDRESS"])

    d = W.doc("人事/様式/入社手続き_案内テンプレート.docx", "docx", "ja")
    docx(W.path(d), ["＜氏名＞様", "このたびはご入社おめでとうございます。以下の書類をご提出ください。",
                     "・マイナンバー（個人番号）：＿＿＿＿－＿＿＿＿－＿＿＿＿", "・基礎年金番号：＿＿＿＿－＿＿＿＿＿＿",
                     "・生年月日：　　年　　月　　日", "・緊急連絡先（電話番号）：（　　　）　　　－", "人事部 採用担当"])
    d.decoy("blank fields for My Number, pension number, birth date, phone", ["PERSON_NAME", "JP_MY_NUMBER", "JP_PENSION_NUMBER",
                                                                             "DATE_OF_BIRTH", "PHONE_NUMBER"])

    decoy("Marketing/press/press_release_2024-06.txt",
          "FOR IMMEDIATE RELEASE\nNorthwind Traders expands partnership with Johnson & Johnson, Procter & Gamble and Morgan Stanley\n\n"
          "Northwind Traders, founded on 1 April 1974, celebrates its 50th birthday this year. The company will present at the "
          "Goldman Sachs Industrials Conference and at the Wells Fargo Supply Chain Forum. Ernst & Young audited the results.\n"
          "Media contact: press@northwind.example.com\n",
          "firms named after people; the company's founding date ('birthday')", ["PERSON_NAME", "DATE_OF_BIRTH"], opt=("EMAIL_ADDRESS",))

    decoy("Finance/reference/bank_identifiers.csv",
          "bank,bic,sort_code,country\nDeutsche Bank,DEUTDEFFXXX,,DE\nBNP Paribas,BNPAFRPPXXX,,FR\nBarclays,BARCGB22,20-00-00,GB\n"
          "Lloyds,LOYDGB2L,30-00-00,GB\nHSBC UK,HBUKGB4B,40-11-60,GB\n",
          "BIC and sort codes without accounts", ["IBAN", "BANK_ACCOUNT", "PHONE_NUMBER"], fmt="csv")

    decoy("Support/kb/phone_formats_help.md",
          "# Entering phone numbers\n\nUse the international format, e.g. `+49 (0)30 XXXX XXXX` or `+44 (0)20 XXXX XXXX`.\n"
          "Product codes such as 0120-PX-4471 and model 090-SERIES are not phone numbers.\n",
          "phone format placeholders and product codes", ["PHONE_NUMBER"], fmt="md")

    W.finish()


if __name__ == "__main__":
    main()
