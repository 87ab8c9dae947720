#!/usr/bin/env python3
"""gen_en_corpus.py - an English probe set shaped like public labelled PII corpora: ai4privacy pii-masking style short
texts (names, e-mails, phones in many national formats, SSNs, cards with spaces/dashes, IBANs of many countries, IPv4/
IPv6, birth dates written many ways, street addresses, passport and driver's licence numbers, passwords), Gretel
synthetic_pii_finance style documents (loan applications, bank statements, insurance claims, KYC forms, complaint
letters), clinical notes, and decoy documents holding only look-alikes. Writes OUT/files/** and OUT/truth.json.

    python3 bench/probes/gen_en_corpus.py OUT [--seed N]
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
from enlib import (PeopleMaker, card_bad, card_fmt, dob_text, group4, iban_bad, ssn_fmt, luhn_number)  # noqa: E402

FIRST = ["Aaliyah", "Brandon", "Camila", "Derek", "Elena", "Farid", "Gabriela", "Hunter", "Ingrid", "Jasper", "Keisha",
         "Leonardo", "Madison", "Nathaniel", "Olivia", "Patrick", "Quinn", "Rebecca", "Santiago", "Tessa", "Ulrich",
         "Valentina", "Wyatt", "Ximena", "Yusuf", "Zoe", "Amara", "Bjorn", "Chiara", "Dmitri", "Esther", "Felix",
         "Greta", "Hassan", "Isabella", "Joaquin", "Katarzyna", "Lars", "Mei", "Noah", "Orla", "Pierre", "Rania",
         "Stefan", "Tobias", "Vivian", "Wendell", "Yara", "Siobhan", "Matteo"]
LAST = ["Abernathy", "Baptiste", "Cortez", "Dubois", "Eriksen", "Fitzgerald", "Gutierrez", "Hoffmann", "Iyer", "Jablonski",
        "Kowalski", "Lachance", "Moreau", "Novak", "O'Donnell", "Pellegrini", "Quintana", "Rossi", "Schneider", "Tanaka",
        "Underwood", "Valdez", "Weber", "Yamamoto", "Zimmermann", "Andersson", "Bianchi", "Castillo", "Dimitrov",
        "Esposito", "Fontaine", "Galloway", "Haddad", "Ivanova", "Jensen", "Kaplan", "Lindgren", "Mahoney", "Nguyen",
        "Okafor", "Petrov", "Ramirez", "Sorensen", "Thornton", "Vasquez", "Whitmore", "Brennan", "Maddox", "Ortega",
        "Sullivan"]
US_PLACES = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Seattle", "WA", "981"), ("Denver", "CO", "802"),
             ("Miami", "FL", "331"), ("Chicago", "IL", "606"), ("Brooklyn", "NY", "112"), ("San Diego", "CA", "921"),
             ("Nashville", "TN", "372"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Atlanta", "GA", "303"),
             ("Phoenix", "AZ", "850"), ("Minneapolis", "MN", "554"), ("Charlotte", "NC", "282")]
UK_PLACES = [("Kirkstall Road", "Leeds", "LS4 2AZ"), ("Victoria Street", "Bristol", "BS1 6AA"), ("Deansgate", "Manchester", "M3 4LQ"),
             ("Princes Street", "Edinburgh", "EH2 2ER"), ("Castle Street", "Cardiff", "CF10 1BS"), ("Bold Street", "Liverpool", "L1 4DS"),
             ("High Street", "Oxford", "OX1 4AP"), ("Mill Road", "Cambridge", "CB1 2AD"), ("Church Lane", "York", "YO1 7HH")]
EU_PLACES = [("Hauptstraße", "Berlin", "10115", "DE"), ("Lindenallee", "München", "80331", "DE"),
             ("rue de Rivoli", "Paris", "75001", "FR"), ("avenue Jean Médecin", "Nice", "06000", "FR"),
             ("Calle Mayor", "Madrid", "28013", "ES"), ("Via Roma", "Torino", "10121", "IT"),
             ("Keizersgracht", "Amsterdam", "1015 CJ", "NL"), ("Grafton Street", "Dublin", "D02 VF65", "IE")]
STREETS = {"US": ["Maple Ave", "Oak Street", "Pine Ridge Rd", "W 21st St", "Lakeshore Dr", "Elm Court", "Cedar Lane",
                  "Sunset Blvd", "Hillcrest Avenue", "N Broadway", "Willow Way", "Birch Road"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe7-en")
    R = W.rnd
    PM = PeopleMaker(W, FIRST, LAST, US_PLACES, UK_PLACES, EU_PLACES, STREETS)

    def txt(path, text, fmt="txt"):
        d = W.doc(path, fmt, "en")
        W.write_text(d, text)
        return d

    # ------------------------------------------------------------------ ai4privacy-style short texts
    # each template: (text builder, types planted); p is a person
    def dob(p, style=None):
        return dob_text(R, p.dob, style)

    TEMPL = [
        lambda p: (f"Hi, my name is {p.name} and I'd like to update my contact details: email {p.email}, phone {p.phone}.",
                   [("PERSON_NAME", p.name), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone)]),
        lambda p: (f"Please mail the replacement card to {p.name}, {p.addr}. The customer asked for expedited shipping.",
                   [("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr)]),
        lambda p: ((lambda dd, cc: (f"{p.name} (DOB {dd}) called about a declined payment. Card number on file: {cc}.",
                                    [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("CREDIT_CARD", cc)]))(dob(p, "us"), card_fmt(R, p.card))),
        lambda p: (f"Transfer EUR {R.randint(200, 9000)}.00 to IBAN {group4(p.iban)} (beneficiary: {p.name}) before the end of the week.",
                   [("PERSON_NAME", p.name), ("IBAN", group4(p.iban))]),
        lambda p: (f"Security alert: account {p.user} signed in from IP address {p.ip} at 03:14 UTC using a new device.",
                   [("IP_ADDRESS", p.ip)]),
        lambda p: ((lambda s, dd: (f"{p.name}'s Social Security number is {s} and the date of birth is {dd}.",
                                   [("PERSON_NAME", p.name), ("US_SSN", s), ("DATE_OF_BIRTH", dd)]))(ssn_fmt(R, p.ssn), dob(p, "long"))),
        lambda p: ((lambda dd: (f"Passport number {p.passport} was issued to {p.name}, born on {dd}.",
                                [("US_PASSPORT", p.passport), ("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd)]))(dob(p, "ord"))),
        lambda p: (f"Driver's license number: {p.dl}. License holder: {p.name}, {p.addr}.",
                   [("US_DRIVERS_LICENSE", p.dl), ("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr)]),
        lambda p: (f"We shipped the router to {p.addr}. Delivery contact phone: {p.phone}.",
                   [("POSTAL_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone)]),
        lambda p: (f"Dear {p.name}, your appointment is confirmed for 14 March 2025 at 10:30. Questions? Write to {p.email}.",
                   [("PERSON_NAME", p.name), ("EMAIL_ADDRESS", p.email)]),
        lambda p: (f"Requests to the login endpoint came from {p.ip} and from {p.ipv6} within two minutes.",
                   [("IP_ADDRESS", p.ip)]),
        lambda p: ((lambda dd: (f"Patient {p.name}, date of birth {dd}, was diagnosed with type 2 diabetes and started on metformin 500 mg twice daily.",
                                [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("HEALTH_INFO", "type 2 diabetes")]))(dob(p, "iso"))),
        lambda p: ((lambda cc: (f"Card {cc} (exp 09/27) belongs to {p.name}; billing address {p.addr}.",
                                [("CREDIT_CARD", cc), ("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr)]))(card_fmt(R, p.card, "dash"))),
        lambda p: ((lambda s: (f"Payroll update for {p.name}: SSN {s}, routing number {p.routing}, account number {p.acct}.",
                               [("PERSON_NAME", p.name), ("US_SSN", s), ("BANK_ACCOUNT", p.acct)]))(ssn_fmt(R, p.ssn, "plain"))),
        lambda p: (f"Contact {p.name} on {p.phone} or at {p.email} about claim reference CLM-{R.randint(100000, 999999)}.",
                   [("PERSON_NAME", p.name), ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email)]),
        lambda p: (f"Please wire the deposit to {p.name}, IBAN: {p.iban}, reference INV-{R.randint(1000, 9999)}.",
                   [("PERSON_NAME", p.name), ("IBAN", p.iban)]),
        lambda p: ((lambda dd: (f"Applicant {p.name} was born on {dd} in {R.choice(['Lyon', 'Boston', 'Cork', 'Porto'])} and now lives at {p.addr}.",
                                [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("POSTAL_ADDRESS", p.addr)]))(dob(p, "dmy"))),
        lambda p: ((lambda dd, s: (f"DOB {dd} / SSN {s} / phone {p.phone}", [("DATE_OF_BIRTH", dd), ("US_SSN", s), ("PHONE_NUMBER", p.phone)]))
                   (dob(p, "us"), p.ssn)),
        lambda p: (f"{p.name} <{p.email}> wrote: I cannot log in to the portal. My password is {p.password} if that helps.",
                   [("PERSON_NAME", p.name), ("EMAIL_ADDRESS", p.email), ("CREDENTIAL", p.password)]),
        lambda p: (f"Your temporary password is {p.password}. Please change it after your first login.",
                   [("CREDENTIAL", p.password)]),
        lambda p: ((lambda dd: (f"My date of birth is {dd} and my email address is {p.email}.",
                                [("DATE_OF_BIRTH", dd), ("EMAIL_ADDRESS", p.email)]))(dob(p, "eu"))),
        lambda p: ((lambda dd: (f"Birthday: {dd}. Name: {p.name}. Phone: {p.phone}.",
                                [("DATE_OF_BIRTH", dd), ("PERSON_NAME", p.name), ("PHONE_NUMBER", p.phone)]))(dob(p, "ord-of"))),
        lambda p: (f"username: {p.user}\npassword: {p.password}\nlast login IP: {p.ip}",
                   [("CREDENTIAL", p.password), ("IP_ADDRESS", p.ip)]),
        lambda p: ((lambda cc: (f"Hello, this is {p.name}. I noticed a charge I did not make on my {p.card_brand} {cc}. Please call me back at {p.phone}.",
                                [("PERSON_NAME", p.name), ("CREDIT_CARD", cc), ("PHONE_NUMBER", p.phone)]))(card_fmt(R, p.card, "space"))),
        lambda p: (f"The package for {p.name} is addressed to {p.addr}; the courier could not reach {p.phone}.",
                   [("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone)]),
        lambda p: ((lambda dd: (f"D.O.B.: {dd}\nFull name: {p.name}\nPassport No.: {p.passport}",
                                [("DATE_OF_BIRTH", dd), ("PERSON_NAME", p.name), ("US_PASSPORT", p.passport)]))(dob(p, "abbr"))),
    ]
    n_short = 0
    for i in range(84):
        tmpl = TEMPL[i % len(TEMPL)]
        p = PM.person("US" if i % len(TEMPL) in (5, 6, 7, 13, 17, 25) else None)
        text, planted = tmpl(p)
        n_short += 1
        if i % 6 == 5:  # as a JSON record, the way the corpora ship
            d = W.doc(f"ai4privacy_like/records/record_{i:04d}.json", "json", "en")
            W.write_text(d, json.dumps({"id": 40000 + i, "language": "en", "source_text": text}, indent=2, ensure_ascii=False))
        else:
            d = txt(f"ai4privacy_like/texts/sample_{i:04d}.txt", text + "\n")
        # a text that names nobody and gives no e-mail or phone (an IP in a login alert, a bare password) holds
        # data of no one a report could name or reach: its values count for the item, not as a truth person
        owner = p if {t for t, _ in planted} & {"PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER"} else None
        for t, v in planted:
            d.add(owner, t, v)
        if owner and "HEALTH_INFO" in {t for t, _ in planted}:
            d.sensitive(p)
        if "14 March 2025" in text:
            d.decoy("appointment date (not a birth date)", ["DATE_OF_BIRTH"])
        if "CLM-" in text or "INV-" in text:
            d.decoy("claim / invoice reference", ["BANK_ACCOUNT", "CREDIT_CARD"])
        if "03:14 UTC" in text:
            d.decoy("username (not a name)", ["PERSON_NAME"])

    # a CSV of customer records (one item, many people)
    d = W.doc("exports/customers_2024.csv", "csv", "en")
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["customer_id", "first_name", "last_name", "email", "phone", "date_of_birth", "street_address", "card_number"])
    for k in range(6):
        p = PM.person("US")
        dd = dob(p, "iso")
        cc = card_fmt(R, p.card, "plain")
        w.writerow([f"C{R.randint(100000, 999999)}", p.first, p.last, p.email, p.phone, dd, p.addr, cc])
        for t, v in (("PERSON_NAME", p.name), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone), ("DATE_OF_BIRTH", dd),
                     ("POSTAL_ADDRESS", p.addr), ("CREDIT_CARD", cc)):
            d.add(p, t, v)
    W.write_text(d, buf.getvalue())

    # ------------------------------------------------------------------ Gretel finance style
    EMPLOYERS = ["Lincoln Electric Holdings", "Jordan Logistics LLC", "Washington Federal", "Morgan Stanley", "Harris Teeter",
                 "Dillard's Inc.", "Ford Motor Company", "Johnson Controls"]
    for k in range(7):  # loan applications
        p = PM.person("US")
        dd = dob(p, R.choice(["us", "iso", "long"]))
        s = ssn_fmt(R, p.ssn, R.choice(["dash", "space"]))
        emp = R.choice(EMPLOYERS)
        text = (f"LOAN APPLICATION - Personal Installment Loan\nApplication ID: LA-2024-{R.randint(10000, 99999)}\n"
                f"Date submitted: 2024-0{R.randint(1, 9)}-1{R.randint(0, 9)}\n\nApplicant Name: {p.name}\nDate of Birth: {dd}\n"
                f"Social Security Number: {s}\nHome Address: {p.addr}\nMobile Phone: {p.phone}\nEmail: {p.email}\n\n"
                f"Employer: {emp}\nYears employed: {R.randint(1, 15)}\nAnnual income: ${R.randint(40, 190)},000\n\n"
                f"Disbursement account\nBank routing number: {p.routing}\nChecking account number: {p.acct}\n\n"
                f"Requested amount: ${R.randint(5, 40)},000  Term: {R.choice([36, 48, 60])} months\n")
        d = txt(f"finance/loan_applications/loan_app_{p.last.lower().replace(chr(39), '')}_{k}.txt", text)
        for t, v in (("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("US_SSN", s), ("POSTAL_ADDRESS", p.addr),
                     ("PHONE_NUMBER", p.phone), ("EMAIL_ADDRESS", p.email), ("BANK_ACCOUNT", p.acct)):
            d.add(p, t, v)
        d.decoy("employer name and application / submission dates", ["DATE_OF_BIRTH"])
    for k in range(6):  # bank statements
        p = PM.person(R.choice(["US", "GB", "DE", "FR", "NL"]))
        eu = p.region != "US"
        text = (f"{'EUROPA DIREKT BANK' if eu else 'FIRST CASCADE BANK'} - Monthly Statement\n\n{p.name}\n{p.addr}\n\n"
                f"Statement period: 01/03/2024 - 31/03/2024\n"
                + (f"IBAN: {group4(p.iban)}\nBIC: {R.choice(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22'])}\n" if eu
                   else f"Account number: {p.acct}\nRouting number: {p.routing}\n")
                + f"Opening balance: {R.randint(100, 9000)}.{R.randint(10, 99)}\n\nDate        Description                         Amount\n"
                f"03/04/2024  CARD PURCHASE WALGREENS #{R.randint(1000, 9999)}        -23.18\n"
                f"03/09/2024  AMAZON MKTPLACE PMTS ORDER 112-{R.randint(1000000, 9999999)}-{R.randint(1000000, 9999999)}  -61.40\n"
                f"03/15/2024  PAYROLL DEPOSIT HARRIS TEETER             +2,140.00\n"
                f"03/22/2024  TRANSFER REF {R.randint(100000000000, 999999999999)}                 -500.00\n"
                f"Closing balance: {R.randint(100, 9000)}.{R.randint(10, 99)}\n\nQuestions? Call customer service at 1-800-{R.randint(200, 999)}-{R.randint(1000, 9999)}.\n")
        d = txt(f"finance/statements/statement_2024-03_{k}.txt", text)
        d.add(p, "PERSON_NAME", p.name); d.add(p, "POSTAL_ADDRESS", p.addr)
        if eu:
            d.add(p, "IBAN", group4(p.iban))
        else:
            d.add(p, "BANK_ACCOUNT", p.acct)
        d.opt_type("PHONE_NUMBER")  # the bank's toll-free number
        d.decoy("transaction dates, order and transfer references, merchant names", ["DATE_OF_BIRTH", "CREDIT_CARD", "US_SSN"])
    for k in range(6):  # insurance claims (markdown)
        p = PM.person("US")
        dd = dob(p, R.choice(["us", "long", "us-short"]))
        inj = R.choice(["fractured left wrist", "whiplash injury to the neck", "concussion and two cracked ribs", "torn ACL in the right knee"])
        text = (f"# Insurance Claim Form\n\n**Policy number:** HP-{R.randint(1000000, 9999999)}\n**Claim number:** {R.randint(2024000000, 2024999999)}\n\n"
                f"## Claimant\n\n- **Name:** {p.name}\n- **Date of birth:** {dd}\n- **Address:** {p.addr}\n- **Phone:** {p.phone}\n"
                f"- **Email:** {p.email}\n\n## Incident\n\nDate of loss: 2024-02-{R.randint(10, 28)}. Rear-ended at a stop light on I-{R.randint(5, 95)}.\n\n"
                f"Injuries: {inj}. Treating physician diagnosis: {inj}, physiotherapy for six weeks.\n")
        d = txt(f"finance/claims/claim_{k:02d}.md", text, "md")
        for t, v in (("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("POSTAL_ADDRESS", p.addr), ("PHONE_NUMBER", p.phone),
                     ("EMAIL_ADDRESS", p.email), ("HEALTH_INFO", inj)):
            d.add(p, t, v)
        d.sensitive(p)
        d.decoy("policy and claim numbers, date of loss", ["DATE_OF_BIRTH", "BANK_ACCOUNT", "US_SSN", "PHONE_NUMBER"])
    for k in range(6):  # KYC records (json)
        p = PM.person(R.choice(["US", "GB", "DE", "FR", "ES", "IT", "IE"]))
        dd = dob(p, "iso")
        rec = {"kyc_id": f"KYC-{R.randint(100000, 999999)}", "full_name": p.name, "date_of_birth": dd,
               "nationality": {"US": "American", "GB": "British", "DE": "German", "FR": "French", "ES": "Spanish", "IT": "Italian", "IE": "Irish"}[p.region],
               "residential_address": p.addr, "email": p.email, "phone": p.phone, "iban": p.iban,
               "id_document": {"type": "passport", "number": p.passport, "expiry": "2031-05-30"}, "risk_rating": "low",
               "reviewed_on": "2024-04-02"}
        d = W.doc(f"finance/kyc/kyc_{rec['kyc_id']}.json", "json", "en")
        W.write_text(d, json.dumps(rec, indent=2, ensure_ascii=False))
        for t, v in (("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("POSTAL_ADDRESS", p.addr), ("EMAIL_ADDRESS", p.email),
                     ("PHONE_NUMBER", p.phone), ("IBAN", p.iban)):
            d.add(p, t, v)
        if p.region == "US":
            d.add(p, "US_PASSPORT", p.passport)
        else:
            d.opt_type("US_PASSPORT")
        d.decoy("expiry and review dates", ["DATE_OF_BIRTH"])
    for k in range(6):  # complaint letters
        p = PM.person(R.choice(["US", "US", "GB"]))
        cc = card_fmt(R, p.card)
        text = (f"{p.name}\n{p.addr}\n{p.email} | {p.phone}\n\n{R.randint(2, 28)} April 2024\n\nCustomer Relations\nNorthgate Card Services\n\n"
                f"Dear Sir or Madam,\n\nRe: disputed transaction on card {cc}\n\nOn 12 March 2024 I was charged $389.99 by "
                f"\"Electro Outlet Online\" for order #{R.randint(100000, 999999)}, which never arrived. I have contacted the merchant "
                f"three times without reply. Please reverse the charge and confirm in writing.\n\nYours faithfully,\n\n{p.name}\n")
        d = txt(f"finance/complaints/complaint_{k:02d}.txt", text)
        for t, v in (("PERSON_NAME", p.name), ("POSTAL_ADDRESS", p.addr), ("EMAIL_ADDRESS", p.email), ("PHONE_NUMBER", p.phone),
                     ("CREDIT_CARD", cc)):
            d.add(p, t, v)
        d.decoy("merchant name, order number, letter date", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    # ------------------------------------------------------------------ clinical notes
    DX = [("Essential hypertension", "lisinopril 10 mg daily"), ("Major depressive disorder, recurrent", "sertraline 50 mg daily"),
          ("Asthma, moderate persistent", "fluticasone/salmeterol inhaler"), ("Type 2 diabetes mellitus", "metformin 1000 mg BID"),
          ("Hypothyroidism", "levothyroxine 75 mcg daily"), ("Chronic migraine", "topiramate 25 mg nightly"),
          ("Atrial fibrillation", "apixaban 5 mg BID")]
    for k in range(14):
        p = PM.person("US")
        dx, med = R.choice(DX)
        dd = dob(p, R.choice(["us", "us-short", "iso"]))
        if k % 2 == 0:
            text = (f"CLINIC VISIT NOTE\nPatient: {p.name}    DOB: {dd}    MRN: {p.mrn}\nVisit date: 03/1{R.randint(0, 9)}/2024\n"
                    f"Provider: Riverside Family Medicine\n\nChief complaint: follow-up.\nAssessment: {dx}.\nMedications: {med}.\n"
                    f"Plan: continue current therapy, labs in 3 months. Patient phone {p.phone}.\n")
            items = [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("HEALTH_INFO", dx), ("PHONE_NUMBER", p.phone)]
        else:
            sex = R.choice(["female", "male"])
            pr = "She" if sex == "female" else "He"
            text = (f"Discharge summary - {p.name} (MRN {p.mrn}, DOB {dd})\n\n{p.name} is a {R.randint(25, 80)}-year-old {sex} admitted "
                    f"on 02/2{R.randint(0, 8)}/2024. {pr} was diagnosed with {dx.lower()} and was prescribed {med}. "
                    f"Follow up with primary care in two weeks.\n")
            items = [("PERSON_NAME", p.name), ("DATE_OF_BIRTH", dd), ("HEALTH_INFO", dx)]
        d = txt(f"clinical/notes/note_{k:02d}.txt", text)
        for t, v in items:
            d.add(p, t, v)
        d.sensitive(p)
        d.decoy("visit / admission date and clinic name", ["DATE_OF_BIRTH", "PERSON_NAME"] if k % 2 == 0 else ["DATE_OF_BIRTH"])

    # ------------------------------------------------------------------ decoys: look-alikes only
    def decoy(path, text, desc, codes, fmt="txt"):
        d = txt(path, text, fmt)
        d.decoy(desc, codes)

    decoy("decoys/order_confirmation.txt",
          f"Thank you for your order!\nOrder #112-{R.randint(1000000, 9999999)}-{R.randint(1000000, 9999999)}\nShipped via UPS, tracking 1Z{R.randint(100, 999)}AA1{R.randint(100000000, 999999999)}"
          f"\nEstimated delivery: March 14, 2025\nItems: Dell Latitude 7440 laptop, Logitech MX Master 3S mouse\nSubtotal $1,489.00\n",
          "order and tracking numbers, delivery date, product names", ["CREDIT_CARD", "PHONE_NUMBER", "US_SSN", "DATE_OF_BIRTH", "PERSON_NAME", "BANK_ACCOUNT"])
    decoy("decoys/release_notes.md",
          "# Release notes\n\n## Version 2.14.3.1 (2024-05-02)\n- Built on Windows 10.0.19045.3570\n- Upgrade path from 1.9.0.4 and 2.1.0.7\n"
          "- Firmware 4.2.0.17 for the gateway\n- SNMP OID 1.3.6.1.4.1.2021 is now polled\n",
          "version strings, build numbers, OID", ["IP_ADDRESS", "DATE_OF_BIRTH"], "md")
    decoy("decoys/reading_list.txt",
          "Reading list for the finance team\n1. ISBN 978-0-306-40615-7 - Principles of Corporate Finance\n2. ISBN-13: 9781119612186\n"
          "3. ISBN 0-19-852663-6\n4. ISBN 978 1 4028 9462 6\n",
          "ISBNs", ["CREDIT_CARD", "PHONE_NUMBER", "BANK_ACCOUNT", "US_SSN"])
    decoy("decoys/invoice_7741.txt",
          f"INVOICE INV-2024-000{R.randint(100, 999)}\nPO number: 4500{R.randint(100000, 999999)}\nInvoice date: 2024-06-01   Due: 2024-07-01\n"
          "Bill to: Acme Holdings Inc., Accounts Payable\nDescription: consulting services, May 2024\nTotal due: USD 12,400.00\n",
          "invoice and PO numbers, invoice dates, company name", ["BANK_ACCOUNT", "DATE_OF_BIRTH", "PERSON_NAME", "CREDIT_CARD"])
    decoy("decoys/vendor_list.txt",
          "Approved vendors 2024\n- Washington Federal\n- Jordan Logistics LLC\n- Lincoln Electric Holdings\n- Johnson Controls\n"
          "- Morgan Stanley Wealth Management\n- Ford Motor Credit\n- Harris Teeter\n- Wells Fargo Advisors\n- Dillard's Inc.\n",
          "company names that carry people's names", ["PERSON_NAME"])
    decoy("decoys/travel_guide.txt",
          "Spring road trip ideas\nStart in Washington, drive down to Charlotte and Savannah, Georgia, then west to Jackson, Mississippi "
          "and Austin, Texas. Madison and Victoria are lovely in May. Florence, Alabama has a great music museum.\n",
          "place names that are also given names", ["PERSON_NAME", "POSTAL_ADDRESS"])
    decoy("decoys/product_catalog.csv",
          "sku,product,price\nSKU-40211,Samsung Galaxy S23 Ultra,1199.99\nSKU-40212,Apple iPhone 15 Pro,999.00\nSKU-40377,Tesla Model Y floor mats,149.00\n"
          "SKU-40390,Jordan Retro 4 sneakers,210.00\nSKU-40391,Victoria Secret gift card,50.00\n",
          "product names", ["PERSON_NAME", "CREDIT_CARD"], "csv")
    decoy("decoys/qa_test_cards.txt",
          f"QA checklist: the checkout must reject these invalid card numbers:\n- {card_fmt(R, card_bad(R), 'space')}\n- {card_fmt(R, card_bad(R), 'dash')}\n"
          f"- {card_bad(R)}\nExpected error: 'Card number is not valid'.\n",
          "card numbers failing Luhn", ["CREDIT_CARD"])
    decoy("decoys/ssn_training.txt",
          "Training note: some numbers are never issued as Social Security numbers, e.g. 000-12-3456, 666-45-6789, 123-00-4567 and "
          "321-54-0000. Reject them at intake.\n",
          "invalid SSNs (000, 666, 00 group, 0000 serial)", ["US_SSN"])
    decoy("decoys/iban_format.txt",
          f"Payment file format: the IBAN field holds up to 34 characters, for example {group4(iban_bad(R, 'DE'))} or {iban_bad(R, 'FR')}.\n",
          "IBANs with wrong check digits", ["IBAN", "BANK_ACCOUNT"])
    decoy("decoys/network_baseline.txt",
          "Network baseline\nSubnet mask 255.255.255.0, default TTL 64\nMonitoring agent version 3.2.1.4 installed\nSNMP OID 1.3.6.1.2.1.1.3\n",
          "netmask, agent version, OID", ["IP_ADDRESS"])
    decoy("decoys/password_policy.md",
          "# Password policy\n\n- Passwords must be at least 12 characters long.\n- Reset your password at the self-service portal.\n"
          "- Never share your password; the help desk will never ask for it.\n- Example field: password: ********\n",
          "password policy wording", ["CREDENTIAL"], "md")
    decoy("decoys/health_plan_brochure.txt",
          "If you are diagnosed with diabetes, the plan covers metformin and glucose test strips at no extra cost. "
          "Members who are treated for asthma receive a free inhaler check.\n",
          "health plan brochure (names nobody)", ["HEALTH_INFO"])
    decoy("decoys/company_history.txt",
          "Our company was born on 14 March 1985 in a garage in Austin. The idea was born in 1984. Founded: 1985-03-14. "
          "Incorporated 06/01/1986.\n",
          "founding dates", ["DATE_OF_BIRTH"])
    decoy("decoys/shipping_log.csv",
          "carrier,tracking_number,shipped\nFedEx,7489 1234 5678,2024-03-02\nUSPS,9400 1000 0000 0000 0000 00,2024-03-03\n"
          f"DHL,{R.randint(1000000000, 9999999999)},2024-03-04\nUPS,1Z999AA10123456784,2024-03-05\n",
          "tracking numbers", ["CREDIT_CARD", "PHONE_NUMBER", "BANK_ACCOUNT", "US_SSN", "DATE_OF_BIRTH"], "csv")
    decoy("decoys/blank_form.txt",
          "NEW ACCOUNT FORM (please print)\nName: ______________________\nDate of birth: __/__/____\nSSN: ___-__-____\n"
          "Address: ______________________\nPhone: (___) ___-____\nEmail: ______________\n",
          "blank form fields", ["PERSON_NAME", "DATE_OF_BIRTH", "US_SSN", "POSTAL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"])
    decoy("decoys/weather_history.txt",
          "On July 4, 1985 Washington recorded 98 degrees. Austin hit 104 on August 9, 2011. Jackson saw record rain on 1979-04-13.\n",
          "historic dates and city names", ["DATE_OF_BIRTH", "PERSON_NAME"])
    decoy("decoys/sports_scores.txt",
          "Scores: Boston Celtics 112, Orlando Magic 104. Charlotte Hornets 99, Denver Nuggets 101. Jordan Brand sponsors the "
          "Masters field statistics table for 2015.\n",
          "team names", ["PERSON_NAME"])
    decoy("decoys/serial_numbers.txt",
          f"Asset register\nLaptop S/N 5CD{R.randint(1000000, 9999999)}\nMonitor serial 3CQ{R.randint(100000, 999999)}X\nPart no. 04X{R.randint(1000, 9999)}-A\n"
          f"Lot 2024-{R.randint(1000, 9999)}-{R.randint(10, 99)}\n",
          "serial and part numbers", ["CREDIT_CARD", "US_SSN", "US_DRIVERS_LICENSE", "US_PASSPORT"])
    decoy("decoys/meeting_schedule.txt",
          "Q2 planning: kickoff on 04/08/2024, design review 2024-04-22, go-live June 3, 2024. Retro on 14th June 2024.\n",
          "meeting dates", ["DATE_OF_BIRTH"])
    decoy("decoys/api_docs.md",
          "# API\n\nSet the header `Authorization: Bearer <your-token-here>`. The field `password` must be sent hashed. "
          "Use `api_key=${API_KEY}` in the config.\n",
          "credential placeholders", ["CREDENTIAL"], "md")
    decoy("decoys/stock_report.txt",
          "Morning brief: Ford rose 2.1%, Johnson & Johnson fell 0.4%, Charles Schwab flat. Volume 12,405,332 shares. "
          "Dow Jones closed at 38,904.04.\n",
          "companies named for people, large numbers", ["PERSON_NAME", "PHONE_NUMBER"])
    decoy("decoys/street_directory.txt",
          "Street closures this weekend: Madison Avenue between 42nd and 45th, Lincoln Boulevard, Jefferson Street bridge. "
          "Detour via Grant Road.\n",
          "street names without house numbers", ["PERSON_NAME", "POSTAL_ADDRESS"])
    decoy("decoys/statistics.json",
          json.dumps({"report": "Q1 metrics", "active_users": 4532017, "sessions": 123456789, "avg_order_value": 87.12,
                      "build": "7.4.12.1", "period": "2024-01-01/2024-03-31"}, indent=2),
          "metrics, build number, period", ["PHONE_NUMBER", "US_SSN", "IP_ADDRESS", "DATE_OF_BIRTH", "BANK_ACCOUNT"], "json")
    decoy("decoys/recipe.txt",
          "Grandma's apple pie\nPreheat the oven to 375 F. Mix 2 cups flour, 1 tsp salt. Bake 45 minutes. Serves 8.\n"
          "Secret ingredient: a pinch of cinnamon.\n",
          "recipe (no PII)", ["CREDENTIAL", "PERSON_NAME"])
    decoy("decoys/insurance_terms.txt",
          "Policy terms: Benefits begin on the effective date 01/01/2025. Claims must be filed within 90 days of the date of service. "
          "Policy holder must report any change of address.\n",
          "effective dates, policy wording", ["DATE_OF_BIRTH", "PERSON_NAME", "HEALTH_INFO"])
    decoy("decoys/currency_table.txt",
          "Exchange rates 2024-05-02\nEUR/USD 1.0712\nGBP/USD 1.2534\nUSD/JPY 155.2200\nReference 2024050200011234\n",
          "exchange rates and reference number", ["CREDIT_CARD", "PHONE_NUMBER", "BANK_ACCOUNT"])
    decoy("decoys/hr_policy.txt",
          "Employees on medical leave keep their benefits. Staff who are diagnosed with a serious illness may request unpaid leave. "
          "Contact HR Shared Services for the leave form.\n",
          "HR policy on illness", ["HEALTH_INFO", "PERSON_NAME"])

    W.finish()


if __name__ == "__main__":
    main()
