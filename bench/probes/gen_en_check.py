#!/usr/bin/env python3
"""gen_en_check.py - the held-out companion of gen_en_corpus.py: other templates, phrasings, names, places and decoys
(support chats, e-mail threads, HR onboarding CSV, wire confirmations, W-9 style forms, rental applications, pharmacy
refills, SOAP notes, API logs; decoys such as receipts with masked cards, flight schedules, changelogs). Written before
the rules were tuned on gen_en_corpus.py's set; measure it untouched. Writes OUT/files/** and OUT/truth.json.

    python3 bench/probes/gen_en_check.py OUT [--seed N]
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World  # noqa: E402
from enlib import (PeopleMaker, card_bad, card_fmt, dob_text, group4, iban_bad)  # noqa: E402

FIRST = ["Adrian", "Beatrice", "Cedric", "Daphne", "Emmett", "Fiona", "Gideon", "Harriet", "Ivan", "Jolene", "Kieran",
         "Lucinda", "Marcel", "Nadia", "Oscar", "Penelope", "Reuben", "Sabrina", "Theo", "Ursula", "Vincent", "Winifred",
         "Xavier", "Yvonne", "Zachary", "Anika", "Bruno", "Celeste", "Dominic", "Eloise", "Francesca", "Gustavo",
         "Helena", "Ignacio", "Juliette", "Kwame", "Leila", "Mateus", "Nora", "Oliver"]
LAST = ["Ashford", "Bellamy", "Carrington", "Delacroix", "Ellsworth", "Fairchild", "Granger", "Holloway", "Ingram",
        "Jankowski", "Kingsley", "Lockhart", "Marchetti", "Nakashima", "Oyelowo", "Prendergast", "Radcliffe", "Santoro",
        "Templeton", "Upton", "Vanderberg", "Westbrook", "Yilmaz", "Zielinski", "Achterberg", "Bouchard", "Costa",
        "Drummond", "Engel", "Ferreira", "Gallo", "Hartmann", "Ibarra", "Kruger", "Lombardi", "Mendoza", "Nilsson",
        "Olsen", "Pacheco", "Richter"]
US_PLACES = [("Boise", "ID", "837"), ("Tulsa", "OK", "741"), ("Omaha", "NE", "681"), ("Raleigh", "NC", "276"),
             ("Madison", "WI", "537"), ("Albany", "NY", "122"), ("Reno", "NV", "895"), ("Savannah", "GA", "314"),
             ("Spokane", "WA", "992"), ("Tucson", "AZ", "857"), ("Lexington", "KY", "405"), ("Providence", "RI", "029")]
UK_PLACES = [("Queen Street", "Glasgow", "G1 3DX"), ("Park Row", "Nottingham", "NG1 6GR"), ("North Road", "Brighton", "BN1 1YA"),
             ("Station Road", "Reading", "RG1 1LG"), ("Grey Street", "Newcastle upon Tyne", "NE1 6AE")]
EU_PLACES = [("Schillerstraße", "Frankfurt am Main", "60313", "DE"), ("boulevard Haussmann", "Paris", "75009", "FR"),
             ("Gran Vía", "Bilbao", "48001", "ES"), ("Corso Buenos Aires", "Milano", "20124", "IT"),
             ("Prinsengracht", "Amsterdam", "1016 GV", "NL"), ("Patrick Street", "Cork", "T12 XY84", "IE")]
STREETS = {"US": ["Magnolia Drive", "Chestnut St", "Riverbend Rd", "E 9th Avenue", "Orchard Lane", "Sagebrush Trail",
                  "Harbor Point Blvd", "Quail Hollow Ct", "Franklin Pike", "Spruce Street"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7070)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe7-en-check")
    R = W.rnd
    PM = PeopleMaker(W, FIRST, LAST, US_PLACES, UK_PLACES, EU_PLACES, STREETS)

    def txt(path, text, fmt="txt"):
        d = W.doc(path, fmt, "en")
        W.write_text(d, text)
        return d

    def put(d, p, items, sensitive=False):
        for t, v in items:
            d.add(p, t, v)
        if sensitive:
            d.sensitive(p)

    # support chat transcripts
    for k in range(10):
        p = PM.person(R.choice(["US", "US", "GB", "IE"]))
        agent = R.choice(["Agent", "Support", "Bot"])
        dd = dob_text(R, p.dob, R.choice(["us", "long", "ord", "eu"]))
        cc = card_fmt(R, p.card)
        text = (f"[10:02] {agent}: Thanks for contacting us. Can I have your full name?\n[10:02] Customer: it's {p.name}\n"
                f"[10:03] {agent}: And your date of birth for verification?\n[10:03] Customer: {dd}\n"
                f"[10:04] Customer: the card that was charged twice is {cc}\n[10:05] {agent}: Got it. Best number to reach you?\n"
                f"[10:05] Customer: {p.phone}\n[10:06] {agent}: Ticket #{R.randint(100000, 999999)} created.\n")
        d = txt(f"support/chats/chat_{k:03d}.log", text, "log")
        put(d, p, [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("CREDIT_CARD", cc), ("PHONE_NUMBER", p.phone)])
        d.decoy("ticket number", ["BANK_ACCOUNT", "US_SSN"])

    # e-mail threads saved as text
    for k in range(10):
        a, b = PM.person(), PM.person()
        text = (f"From: {a.name} <{a.email}>\nTo: {b.name} <{b.email}>\nSubject: Re: documents for the mortgage\nDate: Tue, 9 Apr 2024 16:21:07 +0000\n\n"
                f"Hi {b.first},\n\nAttached are the payslips. My IBAN for the refund is {a.iban}. You can also reach me on {a.phone}.\n\n"
                f"Kind regards,\n{a.name}\n\n> On Mon, 8 Apr 2024, {b.name} wrote:\n> Could you send the remaining documents by Friday?\n")
        d = txt(f"mail/threads/mortgage_{k:02d}.txt", text)
        put(d, a, [("PERSON_NAME", a.name), ("EMAIL_ADDRESS", a.email), ("IBAN", a.iban), ("PHONE_NUMBER", a.phone)])
        put(d, b, [("PERSON_NAME", b.name), ("EMAIL_ADDRESS", b.email)])
        d.decoy("mail dates", ["DATE_OF_BIRTH"])

    # HR onboarding CSV with other headers
    d = W.doc("hr/onboarding_batch_17.csv", "csv", "en")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Employee Name", "Personal Email", "Cell", "Birth Date", "SSN", "Home Address", "Start Date"])
    for k in range(7):
        p = PM.person("US")
        dd = dob_text(R, p.dob, "us")
        w.writerow([p.name, p.email, p.phone, dd, p.ssn, p.addr, "2024-05-06"])
        put(d, p, [("PERSON_NAME", p.name), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("DATE_OF_BIRTH", dd),
                   ("US_SSN", p.ssn), ("POSTAL_ADDRESS", p.addr)])
    W.write_text(d, buf.getvalue())
    d.decoy("start dates", [])

    # wire transfer confirmations
    for k in range(8):
        p = PM.person(R.choice(["DE", "FR", "ES", "IT", "NL", "GB", "IE"]))
        ib = R.choice([p.iban, group4(p.iban)])
        text = (f"WIRE TRANSFER CONFIRMATION\nReference: WT{R.randint(10 ** 9, 10 ** 10 - 1)}\nValue date: 2024-05-1{R.randint(0, 9)}\n"
                f"Ordering customer: {p.name}\nBeneficiary account (IBAN): {ib}\nAmount: EUR {R.randint(100, 20000)},00\n"
                f"Remittance info: rent May\nOriginating IP: {p.ip}\n")
        d = txt(f"finance/wires/wire_{k:02d}.txt", text)
        put(d, p, [("PERSON_NAME", p.name), ("IBAN", ib), ("IP_ADDRESS", p.ip)])
        d.decoy("wire reference and value date", ["BANK_ACCOUNT", "PHONE_NUMBER", "DATE_OF_BIRTH"])

    # W-9 style forms
    for k in range(6):
        p = PM.person("US")
        s = R.choice([p.ssn, p.ssn.replace("-", " ")])
        text = (f"Form W-9 (Rev. March 2024) Request for Taxpayer Identification Number and Certification\n\n"
                f"1 Name (as shown on your income tax return): {p.name}\n5 Address (number, street, and apt. or suite no.): {p.addr}\n"
                f"Part I Taxpayer Identification Number (TIN)\nSocial security number: {s}\n\nSignature of U.S. person: {p.name}    Date: 04/02/2024\n")
        d = txt(f"tax/w9/w9_{k:02d}.txt", text)
        put(d, p, [("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr), ("US_SSN", s)])
        d.decoy("form revision and signature dates", ["DATE_OF_BIRTH"])

    # rental applications (markdown)
    for k in range(7):
        p = PM.person("US")
        dd = dob_text(R, p.dob, R.choice(["iso", "mon-abbr", "us-dash"]))
        text = (f"## Rental Application - Unit {R.randint(100, 999)}\n\n| Field | Value |\n|---|---|\n| Applicant | {p.name} |\n"
                f"| Date of Birth | {dd} |\n| Current Address | {p.addr} |\n| Phone | {p.phone} |\n| Email | {p.email} |\n"
                f"| Driver's License | {p.dl} |\n| Monthly income | $ {R.randint(3, 12)},{R.randint(100, 999)} |\n")
        d = txt(f"housing/applications/rental_{k:02d}.md", text, "md")
        put(d, p, [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("POSTAL_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone),
                   ("EMAIL_ADDRESS", p.email), ("US_DRIVERS_LICENSE", p.dl)])

    # pharmacy refill requests and SOAP notes
    MEDS = [("atorvastatin 20 mg", "hyperlipidemia"), ("albuterol inhaler", "asthma"), ("escitalopram 10 mg", "generalized anxiety disorder"),
            ("insulin glargine", "type 1 diabetes"), ("amlodipine 5 mg", "hypertension"), ("methotrexate 15 mg weekly", "rheumatoid arthritis")]
    for k in range(8):
        p = PM.person("US")
        med, cond = R.choice(MEDS)
        dd = dob_text(R, p.dob, R.choice(["us", "us-short"]))
        if k % 2:
            text = (f"Refill request\nPatient name: {p.name}\nDOB: {dd}\nPrescription: {med} for {cond}\nCallback: {p.phone}\n"
                    f"Pharmacy: Main Street Pharmacy #{R.randint(100, 999)}\n")
        else:
            text = (f"SOAP NOTE\nPt: {p.name}, DOB {dd}\nS: reports good adherence to {med}.\nO: BP 128/82, HR 74.\n"
                    f"A: {cond}, stable.\nP: continue {med}; recheck in 6 months.\n")
        d = txt(f"clinical/pharmacy/rx_{k:02d}.txt", text)
        items = [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("HEALTH_INFO", cond)]
        if k % 2:
            items.append(("PHONE_NUMBER", p.phone))
        put(d, p, items, sensitive=True)

    # API / auth logs (JSON lines)
    d = W.doc("logs/auth_events.jsonl", "jsonl", "en")
    lines = []
    for k in range(5):
        p = PM.person()
        lines.append(json.dumps({"ts": f"2024-05-0{k + 1}T08:1{k}:00Z", "event": "login_failed", "user_email": p.email, "src_ip": p.ip,
                                 "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}))
        put(d, p, [("EMAIL_ADDRESS", p.email), ("IP_ADDRESS", p.ip)])
    W.write_text(d, "\n".join(lines) + "\n")
    d.decoy("user agent version numbers", ["IP_ADDRESS"])

    # config file with a leaked password
    for k in range(4):
        p = PM.person()
        text = (f"# deploy settings\nDB_HOST=db{k}.internal.example\nDB_USER={p.user}\nDB_PASSWORD={p.password}\n"
                f"ADMIN_CONTACT={p.email}\n")
        d = txt(f"it/config/deploy_{k}.env", text, "env")
        put(d, p, [("CREDENTIAL", p.password), ("EMAIL_ADDRESS", p.email)])

    # short one-liners in other phrasings
    ONE = [
        lambda p: ((lambda dd: (f"I was born {dd} and my SSN is {p.ssn}.", [("DATE_OF_BIRTH", dd), ("US_SSN", p.ssn)]))(dob_text(R, p.dob, "long"))),
        lambda p: (f"Ship it to {p.name} at {p.addr}, please.", [("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr)]),
        lambda p: (f"Reach out to {p.name} via {p.email}.", [("PERSON_NAME", p.name), ("EMAIL_ADDRESS", p.email)]),
        lambda p: ((lambda cc: (f"Billing: {p.card_brand} {cc}, cardholder {p.name}", [("CREDIT_CARD", cc), ("PERSON_NAME", p.name)]))(card_fmt(R, p.card))),
        lambda p: (f"Refund IBAN {group4(p.iban)} - account holder {p.name}", [("IBAN", group4(p.iban)), ("PERSON_NAME", p.name)]),
        lambda p: ((lambda dd: (f"{p.name}, DOB: {dd}, passport {p.passport}", [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("US_PASSPORT", p.passport)]))(dob_text(R, p.dob, "dmy"))),
        lambda p: (f"Admin login for the staging box: user {p.user} pwd {p.password}", [("CREDENTIAL", p.password)]),
    ]
    for k in range(21):
        p = PM.person("US" if k % 7 in (0, 5) else None)
        text, items = ONE[k % len(ONE)](p)
        d = txt(f"misc/notes/note_{k:03d}.txt", text + "\n")
        put(d, p, items)

    # decoys
    def decoy(path, text, desc, codes, fmt="txt"):
        d = txt(path, text, fmt)
        d.decoy(desc, codes)

    decoy("decoys/receipt.txt", "GROCERY MART #0412\n2024-05-03 18:22\nMilk 3.49\nBread 2.99\nVISA ************4421\nAuth code 082113\n"
          "Thank you for shopping!\n", "receipt with a masked card", ["CREDIT_CARD", "PHONE_NUMBER"])
    decoy("decoys/flight_schedule.txt", "Flight UA 1742 departs Denver 07:15, arrives Savannah 12:40. Flight DL 2207 Madison to Austin, "
          "gate B12. Confirmation code QX7LMN.\n", "flight schedule with city names", ["PERSON_NAME", "CREDENTIAL"])
    decoy("decoys/changelog.md", "## 5.12.0.2\n- fixed crash on 6.1.0.3 clients\n## 5.11.4.9\n- kernel 4.19.0.21 support\n",
          "version strings", ["IP_ADDRESS"], "md")
    decoy("decoys/library_catalogue.csv", "isbn,title,author_field\n9780141439518,Pride and Prejudice,classic\n9780307277671,The Road,novel\n"
          "9780062316097,Sapiens,history\n", "ISBN-13 numbers", ["CREDIT_CARD", "PHONE_NUMBER", "BANK_ACCOUNT"], "csv")
    decoy("decoys/bad_cards.txt", f"These test PANs must be declined: {card_fmt(R, card_bad(R), 'space')}, {card_bad(R)}.\n",
          "Luhn-failing card numbers", ["CREDIT_CARD"])
    decoy("decoys/bad_ssns.txt", "Invalid SSN examples for the validator: 666-12-3456, 000-45-6789, 078-05-1120, 219-09-9999.\n",
          "invalid and well-known sample SSNs", ["US_SSN"])
    decoy("decoys/bad_iban.txt", f"Rejected IBANs today: {iban_bad(R, 'GB')}, {group4(iban_bad(R, 'ES'))}.\n", "IBANs with bad check digits",
          ["IBAN"])
    decoy("decoys/firms.txt", "Partners: Lockheed Martin, Baker McKenzie, Ernst & Young, Marshall Wace, Hewlett Packard Enterprise, "
          "Sherwin Williams, Abbott Laboratories.\n", "firms named after people", ["PERSON_NAME"])
    decoy("decoys/holidays.txt", "Office closed on 2024-07-04 and 11/28/2024. Anniversary celebration 15 June 2024.\n",
          "holiday dates", ["DATE_OF_BIRTH"])
    decoy("decoys/login_help.txt", "Forgot your password? Click 'Reset password'. Your password must contain a number and a symbol.\n",
          "password help text", ["CREDENTIAL"])
    decoy("decoys/clinic_services.txt", "Our clinic treats asthma, diabetes and hypertension. Book a diagnosis appointment online.\n",
          "clinic service list", ["HEALTH_INFO"])
    decoy("decoys/warehouse.txt", f"Pallet 4417-2209-8831-0045 moved to bay 12. Container MSCU{R.randint(1000000, 9999999)}. "
          f"Bill of lading {R.randint(100000000000, 999999999999)}.\n", "pallet, container and lading numbers",
          ["CREDIT_CARD", "BANK_ACCOUNT", "PHONE_NUMBER"])

    W.finish()


if __name__ == "__main__":
    main()
