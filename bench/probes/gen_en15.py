#!/usr/bin/env python3
"""gen_en15.py - short labelled-PII texts in six languages, shaped like ai4privacy pii-masking-200k / -300k /
open-pii-masking-500k (one to three sentences, inline values), presidio-research's synthetic templates, Gretel
synthetic_pii_finance documents and i2b2 / n2c2 style clinical notes: about 60 % English, 40 % French, German, Italian,
Spanish and Dutch; values written in unusual ways (phones with extensions and in international forms, birth dates as
"3rd of March 1987", "1987-03-03", "03/03/87" or in the local language, IBANs with and without spaces, cards with
dashes, user names and passwords inline, IPv6), addresses with the building number after the street (EU) and before it
(US / UK); and decoy items (product, tracking, invoice and version numbers, timestamps, firms, streets and places named
like people, privacy notices). Tuning seed 15, check seed 1616. Writes OUT/files/** and OUT/truth.json.

    python3 bench/probes/gen_en15.py OUT [--seed N]

Truth conventions (see bench/probes/README.md, round 15): a user name has no contract code (no type, no decoy); a
first name alone or a title with a family name ("Herr Möller", "Mrs Quigley") is PERSON_NAME (a person's name); a
PIN is optional CREDENTIAL; BANK_ACCOUNT only for a number a bank word labels (checking / Konto / compte / conto /
cuenta / rekening); national numbers without a code (NIR, Steuer-ID, DNI, codice fiscale, BSN) and non-US passports
and licences are no type; a postcode or a city alone is no POSTAL_ADDRESS, a street with its number and a town is;
a date is DATE_OF_BIRTH only where the text says it is one; a named doctor is PERSON_NAME of the item, no truth person.
"""
from __future__ import annotations

import argparse
import json
import os
import string
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, luhn_number  # noqa: E402
from enlib import (PeopleMaker, card_bad, card_fmt, dob_text, group4, iban, iban_bad, ssn_fmt, MONTHS)  # noqa: E402

EN_FIRST = ["Alistair", "Bronwyn", "Caspian", "Delphine", "Ezra", "Felicity", "Gareth", "Hollis", "Imogen", "Jasper",
            "Keira", "Lachlan", "Mirabel", "Nathaniel", "Odette", "Percival", "Rosalind", "Silas", "Tamsin", "Wesley",
            "Annabel", "Barnaby", "Clementine", "Desmond", "Esme", "Fletcher", "Gwendolyn", "Hamish", "Isadora", "Jonah",
            "Kendra", "Leopold", "Marisol", "Nolan", "Quentin", "Thaddeus", "Priscilla", "Rowan", "Saoirse", "Malik"]
EN_LAST = ["Abernethy", "Blackburn", "Castellano", "Dunmore", "Eastwood", "Fitzpatrick", "Galbraith", "Hawthorne",
           "Iverson", "Jessop", "Kilbride", "Lindqvist", "McAllister", "Northcott", "Osei", "Pemberton", "Quigley",
           "Rutherford", "Stanhope", "Thackeray", "Underhill", "Vance", "Whitlock", "Yardley", "Zamora", "Ashcroft",
           "Coleridge", "Darrow", "Ebersole", "Fairweather", "Greaves", "Huxley", "Inglis", "Jarrett", "Kowalczyk",
           "Llewellyn", "Moreland", "Okonjo", "Prescott", "Sandoval"]
LANG_NAMES = {
    "fr": (["Amélie", "Baptiste", "Camille", "Didier", "Élodie", "Florian", "Gaëlle", "Hugo", "Inès", "Jérôme",
            "Laetitia", "Mathis", "Noémie", "Olivier", "Perrine", "Rémi", "Solène", "Thibault", "Valentin", "Yannick"],
           ["Aubert", "Bonnet", "Chevalier", "Dufresne", "Faure", "Gauthier", "Huet", "Joly", "Lacroix", "Marchand",
            "Perrin", "Renaud", "Sauvage", "Tessier", "Vasseur", "Leclerc", "Poulain", "Roussel", "Girard", "Morel"]),
    "de": (["Annika", "Benedikt", "Carla", "Dominik", "Elke", "Friedrich", "Greta", "Hannes", "Ilse", "Jonas", "Katrin",
            "Lukas", "Marlene", "Niklas", "Ottilie", "Rieke", "Sebastian", "Tobias", "Ute", "Wolfgang"],
           ["Albrecht", "Brandt", "Dietrich", "Engelhardt", "Fuchs", "Graf", "Haas", "Jäger", "Kessler", "Lorenz",
            "Möller", "Neumann", "Pohl", "Reinhardt", "Schäfer", "Thiel", "Vogt", "Winkler", "Ziegler", "Krüger"]),
    "it": (["Alessia", "Bruno", "Chiara", "Davide", "Elisa", "Federico", "Giulia", "Lorenzo", "Martina", "Niccolò",
            "Ottavia", "Pietro", "Rebecca", "Simone", "Tommaso", "Valeria"],
           ["Amato", "Barbieri", "Caruso", "De Luca", "Esposito", "Fontana", "Galli", "Greco", "Mancini", "Moretti",
            "Pellegrini", "Rinaldi", "Sartori", "Testa", "Vitale", "Zanetti"]),
    "es": (["Alejandro", "Beatriz", "Carmen", "Diego", "Esperanza", "Fernando", "Guadalupe", "Hugo", "Inmaculada",
            "Javier", "Lucía", "Manuel", "Nerea", "Pablo", "Rocío", "Sergio"],
           ["Álvarez", "Blanco", "Castro", "Delgado", "Estévez", "Fuentes", "Herrera", "Iglesias", "Jiménez", "Lozano",
            "Molina", "Navarro", "Ortega", "Prieto", "Rubio", "Serrano"]),
    "nl": (["Anouk", "Bram", "Daan", "Eline", "Femke", "Joost", "Lieke", "Maarten", "Noor", "Pieter", "Roos", "Sander",
            "Thijs", "Wouter", "Sanne", "Jeroen"],
           ["Bakker", "de Vries", "Dekker", "van Dijk", "Hendriks", "Jansen", "Kuipers", "Mulder", "Peeters", "Smit",
            "Visser", "van Leeuwen", "Verhoeven", "de Groot", "Willems", "Bosman"]),
}
REGION = {"fr": "FR", "de": "DE", "it": "IT", "es": "ES", "nl": "NL"}
US_PLACES = [("Portland", "ME", "041"), ("Ann Arbor", "MI", "481"), ("Boulder", "CO", "803"), ("Chattanooga", "TN", "374"),
             ("Des Moines", "IA", "503"), ("Fresno", "CA", "937"), ("Sarasota", "FL", "342"), ("Burlington", "VT", "054"),
             ("Santa Fe", "NM", "875"), ("Bellevue", "WA", "980"), ("Charleston", "SC", "294"), ("Billings", "MT", "591")]
US_STREETS = ["Willow Creek Dr", "Birch Hollow Ln", "S Congress Ave", "Foxglove Way", "Old Post Rd", "Juniper Ct",
              "NW 23rd Pl", "Lakeshore Blvd", "Cobblestone Circle", "Hickory St", "Mulberry Lane", "E 5th Street"]
UK_PLACES = [("Church Lane", "York", "YO1 7HH"), ("Market Street", "Cambridge", "CB2 3PQ"), ("London Road", "Sheffield", "S2 4LA"),
             ("George Street", "Bath", "BA1 2EH"), ("Union Street", "Aberdeen", "AB11 6BD"), ("Castle Hill", "Lincoln", "LN1 3AA")]
EU_PLACES = {"DE": [("Goethestraße", "Leipzig", "04109"), ("Hauptstraße", "Heidelberg", "69117"), ("Lindenallee", "Köln", "50968"),
                    ("Am Markt", "Bremen", "28195"), ("Bahnhofstr.", "Freiburg im Breisgau", "79098")],
             "FR": [("rue de la République", "Lyon", "69002"), ("avenue Victor Hugo", "Bordeaux", "33000"),
                    ("rue des Lilas", "Nantes", "44000"), ("boulevard Gambetta", "Toulouse", "31000")],
             "IT": [("Via Garibaldi", "Bologna", "40124"), ("Corso Vittorio Emanuele II", "Torino", "10123"),
                    ("Via dei Mille", "Napoli", "80121"), ("Viale Mazzini", "Firenze", "50132")],
             "ES": [("Calle de Alcalá", "Madrid", "28014"), ("Avenida Diagonal", "Barcelona", "08019"),
                    ("Calle Sierpes", "Sevilla", "41004"), ("Calle de Colón", "Valencia", "46004")],
             "NL": [("Oudegracht", "Utrecht", "3511 AR"), ("Witte de Withstraat", "Rotterdam", "3012 BP"),
                    ("Lange Voorhout", "Den Haag", "2514 ED"), ("Vismarkt", "Groningen", "9712 CB")],
             "IE": [("Shop Street", "Galway", "H91 K2F3"), ("Patrick Street", "Cork", "T12 X70A")]}
COUNTRY = {"DE": {"en": "Germany", "de": "Deutschland"}, "FR": {"en": "France", "fr": "France"},
           "IT": {"en": "Italy", "it": "Italia"}, "ES": {"en": "Spain", "es": "España"},
           "NL": {"en": "the Netherlands", "nl": "Nederland"}, "IE": {"en": "Ireland"}}
MONTHS_L = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                   "novembre", "décembre"],
            "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                   "November", "Dezember"],
            "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                   "ottobre", "novembre", "dicembre"],
            "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                   "noviembre", "diciembre"],
            "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                   "november", "december"]}
CONDITIONS = {
    "en": [("type 2 diabetes", "metformin 500 mg twice daily"), ("major depressive disorder", "sertraline 50 mg"),
           ("atrial fibrillation", "apixaban 5 mg"), ("COPD", "tiotropium inhaler"), ("migraine with aura", "topiramate"),
           ("hypothyroidism", "levothyroxine 75 mcg"), ("epilepsy", "levetiracetam 500 mg"), ("HIV", "Biktarvy")],
    "fr": [("un diabète de type 2", "metformine"), ("une dépression sévère", "sertraline"), ("un asthme sévère", "Symbicort")],
    "de": [("Bandscheibenvorfall", "Ibuprofen 600"), ("Depression", "Citalopram"), ("Diabetes mellitus Typ 2", "Metformin")],
    "it": [("ipertensione arteriosa", "ramipril"), ("diabete di tipo 1", "insulina"), ("artrite reumatoide", "metotrexato")],
    "es": [("asma bronquial", "salbutamol"), ("hipertensión arterial", "enalapril"), ("trastorno bipolar", "litio")],
    "nl": [("een hernia", "naproxen"), ("diabetes type 2", "metformine"), ("een burn-out", "oxazepam")],
}
DOCTORS = ["Dr. Helen Marsh", "Dr. Rajesh Venkataraman", "Dr. Sofia Lindahl", "Dr. Owen Pritchard", "Dr. Amira Haddad"]

# slot -> PII type (None: no type; "opt": optional PERSON_NAME handled below)
SLOT_TYPE = {"name": "PERSON_NAME", "NAME": "PERSON_NAME", "rev": "PERSON_NAME", "mr": "PERSON_NAME",
             "first": "PERSON_NAME", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER", "addr": "POSTAL_ADDRESS",
             "dob": "DATE_OF_BIRTH", "iban": "IBAN", "ibans": "IBAN", "card": "CREDIT_CARD", "pw": "CREDENTIAL",
             "ip": "IP_ADDRESS", "ip6": "IP_ADDRESS", "acct": "BANK_ACCOUNT", "ssn": "US_SSN", "nino": "UK_NINO",
             "dl": "US_DRIVERS_LICENSE", "passport": "US_PASSPORT", "cond": "HEALTH_INFO", "med": "HEALTH_INFO",
             "doctor": "PERSON_NAME", "user": None, "routing": None, "city": None, "age": None, "pin": None}
SUBJECT_SLOTS = {"name", "NAME", "rev", "email", "phone"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace(" ", "").replace("'", "")


class Gen:
    def __init__(self, W):
        self.W, self.R = W, W.rnd
        # PeopleMaker's own addresses are replaced below; it needs places to draw them from all the same
        eu = [(s, t, pc, cc) for cc, xs in EU_PLACES.items() for s, t, pc in xs]
        self.pm = {"en": PeopleMaker(W, EN_FIRST, EN_LAST, US_PLACES, UK_PLACES, eu, {"US": US_STREETS})}
        for lang, (f, l) in LANG_NAMES.items():
            self.pm[lang] = PeopleMaker(W, f, l, US_PLACES, UK_PLACES, eu, {"US": US_STREETS})

    # people --------------------------------------------------------------------------------------------------
    def person(self, lang, region):
        """A person of a language's names living in region, with this generator's own address and formats."""
        R = self.R
        p = self.pm[lang].person(region if region in ("US", "GB", "DE", "FR", "ES", "IT", "NL", "IE") else "US")
        p.email = fold(p.email).lower()
        p.user = fold(p.user).lower()
        p.lang = lang
        if region == "US":
            city, st, z3 = R.choice(US_PLACES)
            n, street = R.randint(3, 9890), R.choice(US_STREETS)
            unit = R.choice(["", "", f" Apt {R.randint(1, 30)}{R.choice('ABC')}", f", Unit {R.randint(2, 90)}", f" #{R.randint(100, 999)}"])
            zp = f"{z3}{R.randint(10, 99)}"
            p.addr = R.choice([f"{n} {street}{unit}, {city}, {st} {zp}", f"{n} {street}{unit}, {city} {st} {zp}",
                               f"{n} {street}{unit}\n{city}, {st} {zp}"])
            p.city, p.juris = city, [f"US-{st}"]
        elif region == "GB":
            street, town, pc = R.choice(UK_PLACES)
            n = R.randint(1, 220)
            p.addr = R.choice([f"{n} {street}, {town} {pc}", f"Flat {R.randint(1, 12)}, {n} {street}, {town}, {pc}",
                               f"{n} {street}\n{town}\n{pc}"])
            p.city, p.juris = town, ["GB"]
        else:
            street, town, pc = R.choice(EU_PLACES[region])
            n = R.randint(1, 160)
            nn = R.choice([str(n), str(n), f"{n}{R.choice('ab')}"])
            if region == "FR":
                street_no = f"{nn} {street}" if R.random() < 0.8 else f"{n} bis, {street}"
            elif region == "IT":
                street_no = R.choice([f"{street} {nn}", f"{street}, {nn}"])
            elif region == "ES":
                street_no = R.choice([f"{street} {n}", f"{street}, {n}, {R.randint(1, 9)}º {R.choice('ABCD')}"])
            else:
                street_no = f"{street} {nn}"
            ctry = COUNTRY[region].get(lang, COUNTRY[region]["en"])
            p.addr = R.choice([f"{street_no}, {pc} {town}", f"{street_no}, {pc} {town}, {ctry}", f"{street_no}\n{pc} {town}"])
            p.city, p.juris = town, [region]
        return p

    def phone(self, p, style=None):
        """The person's number written another way: extensions, 00 prefixes, (0) trunk digits, slashes."""
        R, e = self.R, p.e164
        if p.region == "US":
            ac, ex, ln = e[2:5], e[5:8], e[8:]
            v = [f"({ac}) {ex}-{ln} ext. {R.randint(2, 999)}", f"{ac}-{ex}-{ln} x{R.randint(10, 9999)}",
                 f"+1 {ac} {ex} {ln}", f"+1.{ac}.{ex}.{ln}", f"1 ({ac}) {ex}-{ln}", f"({ac}) {ex} {ln}",
                 f"{ac}.{ex}.{ln}", f"+1 ({ac}) {ex}-{ln} ext {R.randint(2, 99)}"]
        elif p.region == "GB":
            m = e[3:]
            v = [f"+44 (0) {m[:4]} {m[4:7]} {m[7:]}", f"0044 {m[:4]} {m[4:]}", f"0{m[:4]} {m[4:7]} {m[7:]}", f"+44 {m}",
                 f"0{m}"] if m.startswith("7") else [f"+44 (0)20 {m[2:6]} {m[6:]}", f"020 {m[2:6]} {m[6:]} ext. {R.randint(2, 99)}"]
        elif p.region == "DE":
            n = e[3:]
            v = [f"0{n[:3]} / {n[3:]}", f"+49 (0){n[:3]} {n[3:]}", f"0049 {n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:6]} {n[6:]}",
                 f"+49 {n[:3]} {n[3:6]} {n[6:]}"]
        elif p.region == "FR":
            n = e[3:]
            pr = f"{n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}"
            v = [f"+33 (0){n[0]} {pr}", f"0033 {n[0]} {pr}", f"0{n[0]} {pr}", f"0{n}", f"0{n[0]}.{pr.replace(' ', '.')}",
                 f"+33 {n[0]} {pr}"]
        elif p.region == "IT":
            n = e[3:]
            v = [f"+39 {n[:3]}-{n[3:]}", f"0039 {n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}",
                 f"{n[:3]}/{n[3:]}"]
        elif p.region == "ES":
            n = e[3:]
            v = [f"+34 {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"0034 {n}", f"+34 {n[:3]}-{n[3:6]}-{n[6:]}",
                 f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"]
        elif p.region == "NL":
            n = e[3:]
            v = [f"06-{n[1:]}", f"06 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"+31 6 {n[1:5]} {n[5:]}", f"+31(0)6-{n[1:]}",
                 f"0031 6 {n[1:]}"]
        else:
            n = e[4:]
            v = [f"+353 (0){n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]}-{n[2:]}", f"00353 {n[:2]} {n[2:5]} {n[5:]}"]
        return v[style] if style is not None else R.choice(v + [p.phone])

    def dob(self, d, lang, style=None):
        R, m, day, y = self.R, d.month, d.day, d.year
        if lang == "en":
            ext = {"yy": f"{m:02d}/{day:02d}/{y % 100:02d}", "yy-eu": f"{day:02d}/{m:02d}/{y % 100:02d}",
                   "ord-us": f"{MONTHS[m - 1]} {day}{'th' if 11 <= day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}, {y}",
                   "slash-iso": f"{y}/{m:02d}/{day:02d}", "upper": f"{day:02d} {MONTHS[m - 1][:3].upper()} {y}",
                   "dots": f"{m}.{day}.{y}"}
            if style in ext:
                return ext[style]
            if style:
                return dob_text(R, d, style)
            k = R.choice(list(ext) + ["ord-of", "iso", "ord", "long", "us", "eu", "abbr", "mon-abbr"])
            return ext[k] if k in ext else dob_text(R, d, k)
        mn = MONTHS_L[lang][m - 1]
        dd = "1er" if lang == "fr" and day == 1 else str(day)
        v = {"fr": [f"{dd} {mn} {y}", f"{day:02d}/{m:02d}/{y}", f"{day:02d}.{m:02d}.{y}"],
             "de": [f"{day}. {mn} {y}", f"{day:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{day:02d}", f"{day}.{m}.{y}"],
             "it": [f"{day} {mn} {y}", f"{day:02d}/{m:02d}/{y}", f"{day}/{m}/{y}"],
             "es": [f"{day} de {mn} de {y}", f"{day:02d}/{m:02d}/{y}", f"{day:02d}-{m:02d}-{y}"],
             "nl": [f"{day} {mn} {y}", f"{day:02d}-{m:02d}-{y}", f"{day:02d}/{m:02d}/{y}"]}[lang]
        return v[style] if isinstance(style, int) else R.choice(v)

    def values(self, p, lang):
        """Every slot's value for one item, each written one of its ways."""
        R = self.R
        cond, med = R.choice(CONDITIONS[lang])
        ipv6 = R.choice([p.ipv6, f"fe80::{R.randint(1, 65535):x}:{R.randint(1, 65535):x}:{R.randint(1, 65535):x}:{R.randint(1, 65535):x}",
                         f"2a02:{R.randint(4096, 65535):x}:{R.randint(1, 65535):x}:{R.randint(1, 65535):x}::{R.randint(1, 255):x}"])
        title = {"en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Ms."], "fr": ["M.", "Mme", "Madame", "Monsieur"],
                 "de": ["Herr", "Frau"], "it": ["Sig.", "Sig.ra", "Dott.", "signora"], "es": ["Sr.", "Sra.", "don", "doña"],
                 "nl": ["de heer", "mevrouw", "dhr.", "mw."]}[lang]
        return {"name": p.name, "NAME": R.choice([p.name.upper(), f"{p.last.upper()}, {p.first}", f"{p.last.upper()} {p.first}"]),
                "rev": f"{p.last}, {p.first}", "mr": f"{R.choice(title)} {p.last}", "first": p.first,
                "email": p.email, "phone": self.phone(p), "addr": p.addr, "dob": self.dob(p.dob, lang),
                "iban": p.iban, "ibans": group4(p.iban), "card": card_fmt(R, p.card, R.choice(["dash", "space", "plain", "dash"])),
                "pw": p.password, "ip": p.ip, "ip6": ipv6, "acct": p.acct, "routing": p.routing,
                "ssn": ssn_fmt(R, p.ssn), "nino": R.choice([p.nino, f"{p.nino[:2]} {p.nino[2:4]} {p.nino[4:6]} {p.nino[6:8]} {p.nino[8]}"]),
                "dl": p.dl, "passport": p.passport, "cond": cond, "med": med, "doctor": R.choice(DOCTORS), "user": p.user,
                "city": p.city, "age": str(2024 - p.dob.year), "pin": f"{R.randint(0, 9999):04d}"}

    # items ---------------------------------------------------------------------------------------------------
    def item(self, path, tmpl, p, lang, fmt="txt", opt=(), wrap=None):
        """Writes one item from a template; its truth types are the slots it uses. opt: slots counted optional."""
        v = self.values(p, lang)
        slots = [f for _, f, _, _ in string.Formatter().parse(tmpl) if f]
        text = tmpl.format(**v)
        if wrap:
            text = wrap(text)
        d = self.W.doc(path, fmt, lang)
        self.W.write_text(d, text if text.endswith("\n") else text + "\n")
        subject = p if SUBJECT_SLOTS & set(slots) else None
        sens = False
        for s in slots:
            t = SLOT_TYPE[s]
            if t is None:
                continue
            if s in opt or s == "mr":  # a title before the family name alone: optional (mixed-6, probe11)
                d.opt_type(t)
                continue
            d.add(subject if s not in ("doctor",) else None, t, v[s])
            sens |= t == "HEALTH_INFO"
        if subject and sens:
            d.sensitive(subject)
        if "pin" in slots:
            d.opt_type("CREDENTIAL")
        return d


# English templates: ai4privacy-like messages, support tickets, form confirmations, HR notes ---------------------
EN = [
    "Hi, this is {name}. I can't get into my account - the username is {user} and I reset the password to {pw} this morning. I'm writing from {ip}.",
    "Please update my contact details: new mobile {phone}, e-mail {email}.\nThanks, {name}",
    "Confirmation: {name} (born on the {dob}) is registered for the spring workshop.",
    "The refund of $142.50 will be sent to IBAN {iban}, account holder {name}.",
    "Card ending 4421 was declined, so the backup card {card} was charged instead (cardholder: {NAME}).",
    "{name}'s SSN on the W-4 is {ssn}; date of birth {dob}.",
    "Our new tenant {name} moves into {addr} on June 1.",
    "Kindly forward any post for {mr} to {addr}.",
    "Security notice: someone signed in to {email} from {ip6}. If this wasn't you, change your password.",
    "{doctor} saw {name} today; the MRI confirmed {cond}. Started {med}.",
    "New starter {name}, National Insurance number {nino}, joins the Sheffield office on Monday.",
    "For the background check: driver's license {dl}, passport no. {passport}, full name {name}.",
    "Please wire $2,400 from my checking account {acct} (routing {routing}) - {name}",
    "Can you send the quote to {email} or ring me on {phone}? Cheers, {first}",
    "{NAME}, {age}, lives at {addr} and works night shifts.",
    "The password for the shared inbox {email} is now {pw} - don't forward this.",
    "Ticket #{age}0{age}: customer {name} says the app crashes on login. Device IP {ip}, contact {phone}.",
    "I was born {dob} in {city} and my social security number is {ssn}.",
    "Hey {first}! Wi-Fi at the cabin: network LakeHouse, password {pw}",
    "Patient: {name} | DOB: {dob} | Dx: {cond} | Rx: {med}",
    "{name} presented with {cond}; we discussed {med} and a follow-up in 6 weeks.",
    "The card number is {card}, expiry 08/27, and the name on the card is {name}.",
    "Hello, I'm {name}, my date of birth is {dob} and my address is {addr}.",
    "Re: account closure - {rev}, {email}, {phone}. Please close everything by Friday.",
    "Your one-time login: user {user}, temporary password {pw}. Sign in from a trusted device only.",
    "Employee {name} (DOB {dob}) has requested leave for treatment of {cond}.",
    "Send the replacement debit card to {name}\n{addr}",
    "From: {name} <{email}>\nSubject: wrong charge\nMy card {card} was billed twice on 3 March. Call me at {phone}.",
    "VPN log: {user} connected from {ip6} (assigned 10.8.0.14) at 02:11.",
    "{mr} phoned from {phone} asking to move the payout to IBAN {ibans}.",
    "Onboarding form received: {name}, {email}, DOB {dob}, SSN {ssn}.",
    "Dear {mr}, we have received your claim. Our assessor will visit {addr} on Thursday.",
    "Attendee list: {name} ({email}), dietary requirement: vegetarian.",
    "To reset the kiosk, log in with {user} / {pw} from 10.0.{age}.1 and run the update.",
    "Reminder: {first}'s bank details changed - new account {acct} at First Harbor Bank, routing {routing}.",
    "I'd like to dispute a charge. The card is a Mastercard, number {card}. My name is {name} and my zip is {age}101.",
]
# presidio-research style synthetic templates (lower case, short)
PRESIDIO = [
    "My name is {name} and I live in {addr}",
    "I want to increase limit on my card # {card} for certain duration of time. is it possible?",
    "My passport: {passport} and my phone number: {phone}",
    "Please update my billing address with {addr}",
    "i'm {name}, my email is {email}",
    "Can someone call me on {phone}? I have some questions about opening an account.",
    "my iban is {iban} please transfer the money",
    "What's your email? {email}",
    "{name} was born on {dob}",
    "please cancel my subscription, my ssn is {ssn}",
    "the ip address {ip} keeps hitting our api, owner is {name}",
    "My credit card {card} has been lost, can you please block it?",
]
# clinical notes in the i2b2 / n2c2 de-identification style (surrogate dates far in the future)
CLINICAL = [
    "Record date: 2089-07-14\n\nPATIENT: {NAME}   MRN: 4417{age}93\nDOB: {dob}\n\nHPI: {age} yo with h/o {cond}, on {med}, presents with worsening symptoms. Seen by {doctor}.",
    "DISCHARGE SUMMARY\nName: {rev}\nDate of birth: {dob}\nAddress: {addr}\nDiagnosis: {cond}\nMedications at discharge: {med}",
    "Mr. {name_hack} is a {age} year old man admitted 2/14/2092 for {cond}. He was started on {med}. Phone at home {phone}.",
    "Clinic note - {name} (DOB {dob}). Assessment: {cond}. Plan: continue {med}; labs in 3 months. Attending: {doctor}",
    "ED triage 03:40 - {NAME}, {age}F, known {cond}. Daughter reachable on {phone}.",
]
# Gretel synthetic_pii_finance style documents
FINANCE = [
    "LOAN AGREEMENT\nThis Loan Agreement is made on March 12, 2023 between Harborline Credit Union (\"Lender\") and {name} (\"Borrower\"), residing at {addr}.\nBorrower SSN: {ssn}\nBorrower date of birth: {dob}",
    "{{1:F01HBUKGB4BXXX0000000000}}{{4:\n:20:REF{age}88219\n:32A:240303EUR12500,00\n:50K:/{iban}\n{NAME}\n{addr_line}\n:59:/DE44500105175407324931\nNORDWIND LOGISTIK GMBH\n-}}",
    "Account statement for {name}\nChecking account no. {acct} | Routing {routing}\nStatement period: 01 Feb 2024 - 29 Feb 2024\nOpening balance: $4,210.77",
    "KYC RECORD\nclient_name: {name}\nbirth_date: {dob}\nemail: {email}\nphone: {phone}\nresidential_address: {addr}\nid_document: US passport {passport}",
    "Dear {mr},\nFurther to your complaint of 4 March, we have refunded GBP 89.00 to the card ending in 3391. Your case reference is CMP-{age}4471.\nYours sincerely,\nCustomer Relations",
    "Insurance claim form\nPolicyholder: {name}\nPolicy no.: HX-{age}-22918\nContact e-mail: {email}\nIncident: water damage at {addr}",
    "Credit card application approved.\nApplicant: {name}\nCard number issued: {card}\nCredit limit: $7,500\nSSN on file: {ssn}",
]

FR = [
    "Bonjour, je m'appelle {name} et j'habite au {addr}.",
    "Mon numéro de portable est le {phone}, n'hésitez pas à m'appeler. {name}",
    "Merci de virer le remboursement sur mon IBAN {ibans} (titulaire : {name}).",
    "Né le {dob} à Lyon, {name} rejoindra l'équipe commerciale lundi.",
    "Identifiant : {user} / mot de passe : {pw}",
    "Pour toute question, écrivez à {name} : {email}.",
    "Carte bancaire n° {card}, expiration 09/27, au nom de {NAME}.",
    "Le patient {name}, né le {dob}, est suivi pour {cond} traité par {med}.",
    "Connexion suspecte depuis l'adresse IP {ip} sur le compte de {mr}.",
    "{mr}, votre rendez-vous du 12 mars est confirmé. Un rappel sera envoyé au {phone}.",
    "Fiche client : {rev} - date de naissance {dob} - courriel {email}",
    "Numéro de compte bancaire {acct}, titulaire {name}.",
    "Livraison prévue chez {name}, {addr}. Code d'accès de l'immeuble 4B21.",
    "Mot de passe du Wi-Fi de la boutique : {pw}",
]
DE = [
    "Hallo, mein Name ist {name}, ich wohne in der {addr}.",
    "Bitte überweisen Sie den Betrag auf mein Konto, IBAN {ibans}. Viele Grüße, {name}",
    "Geburtsdatum: {dob}; Telefon: {phone}",
    "{mr} hat sich heute krankgemeldet ({cond}), voraussichtlich bis Freitag.",
    "Benutzername: {user}, Passwort: {pw}",
    "Ihre Kreditkarte {card} wurde mit 49,90 EUR belastet, {mr}.",
    "Die Rechnung geht bitte an {email}, z. Hd. {name}.",
    "Kontonummer {acct}, Kontoinhaber {name}.",
    "Neuer Mitarbeiter: {name}, geboren am {dob}, Anschrift {addr}.",
    "Anmeldung vom Gerät mit der IP {ip6} für {email} blockiert.",
    "Rückruf erbeten: {name}, Tel. {phone}, wegen der Lieferung.",
    "Patientin {name} (geb. {dob}) erhält {med} wegen {cond}.",
    "Guten Tag {mr}, Ihr neues Passwort lautet {pw}.",
    "Lieferadresse: {name}, {addr}",
]
IT = [
    "Buongiorno, sono {name} e abito in {addr}.",
    "Il mio numero di cellulare è {phone}, chiamatemi dopo le 18.",
    "{name}, nato il {dob}, è stato assunto come magazziniere.",
    "IBAN per l'accredito dello stipendio: {iban}.",
    "La paziente {name} è affetta da {cond} ed è in terapia con {med}.",
    "Nome utente {user}, password {pw}: non condividerle.",
    "Gentile {mr}, la sua carta {card} è stata bloccata.",
    "Per informazioni scrivete a {email} oppure chiamate il {phone}.",
    "Accesso non autorizzato dall'indirizzo {ip} all'account di {name}.",
    "Spedire a: {name}, {addr}",
    "Dati anagrafici: {rev}, data di nascita {dob}, email {email}",
    "Numero di conto corrente {acct} intestato a {name}.",
    "Il signor {name} ha comunicato il nuovo numero {phone}.",
    "Data di nascita: {dob}. Indirizzo: {addr}.",
]
ES = [
    "Hola, me llamo {name} y vivo en {addr}.",
    "Mi correo es {email} y mi teléfono {phone}.",
    "Fecha de nacimiento: {dob}. Nombre completo: {name}.",
    "Le confirmamos el pago con la tarjeta {card} a nombre de {NAME}.",
    "Por favor, ingresen la devolución en el IBAN {ibans}.",
    "El paciente {name} fue diagnosticado de {cond} y recibe {med}.",
    "Usuario: {user} Contraseña: {pw}",
    "Inicio de sesión desde la IP {ip6} en la cuenta de {email}.",
    "{mr} llamó desde el {phone} para cambiar la dirección a {addr}.",
    "Número de cuenta bancaria {acct}, titular {name}.",
    "Datos del empleado: {rev}, nacido el {dob}, domicilio {addr}.",
    "Estimada {mr}: su nueva contraseña provisional es {pw}.",
    "Envíen el pedido a {name}, {addr}.",
    "Contacto de emergencia: {name}, {phone}.",
]
NL = [
    "Hallo, ik ben {name} en ik woon op de {addr}.",
    "Mijn telefoonnummer is {phone}, bel gerust.",
    "Geboortedatum: {dob}. Naam: {name}.",
    "Rekeningnummer (IBAN): {ibans} t.n.v. {name}.",
    "Gebruikersnaam {user} en wachtwoord {pw}.",
    "{mr} is vandaag ziek gemeld met {cond}.",
    "Stuur de factuur naar {email}, ter attentie van {name}.",
    "Uw creditcard {card} is belast voor {NAME}.",
    "Inlogpoging vanaf IP-adres {ip} op het account van {name}.",
    "Bezorgadres: {name}, {addr}",
    "Klantgegevens: {rev}, geboren op {dob}, e-mail {email}, tel. {phone}",
    "Bankrekeningnummer {acct} van {name} is gewijzigd.",
    "Beste {mr}, uw tijdelijke wachtwoord is {pw}.",
    "Patiënt {name} (geb. {dob}) gebruikt {med} voor {cond}.",
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe15")
    R = W.rnd
    G = Gen(W)

    def en_region():
        return R.choice(["US", "US", "US", "GB", "GB", "IE", "DE", "FR", "NL"])

    def fixups(tmpl, p):
        # a few templates need a value the slot table does not hold: fill them before the slots are read
        tmpl = tmpl.replace("{name_hack}", p.last)
        if "{addr_line}" in tmpl:
            tmpl = tmpl.replace("{addr_line}", p.addr.replace("\n", ", ").upper())
            tmpl += "\x00addr"  # marks the address as present
        return tmpl

    def emit(path, tmpl, p, lang, fmt="txt", opt=()):
        tmpl = fixups(tmpl, p)
        extra_addr = tmpl.endswith("\x00addr")
        tmpl = tmpl.replace("\x00addr", "")
        d = G.item(path, tmpl, p, lang, fmt, opt)
        if "Mr. " + p.last in tmpl:
            d.opt_type("PERSON_NAME")
        if extra_addr:
            d.add(p, "POSTAL_ADDRESS", p.addr.replace("\n", ", ").upper())
        return d

    # English: short messages, presidio templates, clinical notes, finance documents ---------------------------
    for k in range(2 * len(EN)):
        t = EN[k % len(EN)]
        region = "US" if any(s in t for s in ("{ssn}", "{dl}", "{acct}", "zip")) else "GB" if "{nino}" in t else en_region()
        p = G.person("en", region)
        opt = ("first",) if "{first}" in t and "{name}" not in t else ()
        d = emit(f"en/messages/msg_{k:03d}.txt", t, p, "en", opt=opt)
        if "Ticket #" in t or "CMP-" in t:
            d.decoy("ticket number", ["BANK_ACCOUNT", "PHONE_NUMBER"])
        if "10.0." in t:
            d.opt_type("IP_ADDRESS")  # the kiosk's own private address: a device's, moot as the person's
        if "3 March" in t:
            d.decoy("charge date", ["DATE_OF_BIRTH"])
    for k, t in enumerate(PRESIDIO * 2):
        region = "US" if "{ssn}" in t or "{passport}" in t else en_region()
        p = G.person("en", region)
        emit(f"en/presidio/sample_{k:03d}.txt", t, p, "en")
    for k, t in enumerate(CLINICAL * 2):
        p = G.person("en", R.choice(["US", "US", "GB"]))
        d = emit(f"en/clinical/note_{k:03d}.txt", t, p, "en")
        d.decoy("record and admission dates", ["DATE_OF_BIRTH"])
    for k, t in enumerate(FINANCE * 2):
        p = G.person("en", "US" if ("{ssn}" in t or "{acct}" in t or "passport" in t) else R.choice(["GB", "DE", "FR", "NL", "IE"]))
        d = emit(f"en/finance/doc_{k:03d}.txt", t, p, "en")
        d.decoy("agreement, statement and policy dates and references", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])
    # ai4privacy-style JSON records (source_text with the values inline)
    for k in range(6):
        p = G.person("en", en_region())
        v = G.values(p, "en")
        rec = {"source_text": f"{v['name']} asked us to use {v['email']} from now on; the old password {v['pw']} no longer works.",
               "language": "en", "id": 40000 + R.randint(1, 9999)}
        d = W.doc(f"en/records/record_{k:02d}.json", "json", "en")
        W.write_text(d, json.dumps(rec, ensure_ascii=False) + "\n")
        for t_, val in (("PERSON_NAME", v["name"]), ("EMAIL_ADDRESS", v["email"]), ("CREDENTIAL", v["pw"])):
            d.add(p, t_, val)

    # other languages -----------------------------------------------------------------------------------------
    for lang, table in (("fr", FR), ("de", DE), ("it", IT), ("es", ES), ("nl", NL)):
        for k, t in enumerate(table):
            p = G.person(lang, REGION[lang])
            emit(f"{lang}/texts/{lang}_{k:03d}.txt", t, p, lang)

    # decoys --------------------------------------------------------------------------------------------------
    def decoy(path, text, desc, codes, lang="en", fmt="txt"):
        d = W.doc(path, fmt, lang)
        W.write_text(d, text + "\n")
        d.decoy(desc, codes)

    imei = luhn_number(R, "35" + str(R.randint(1000, 9999)), 15)
    dk = R.randint(1, 28)
    decoys = [
        ("en", f"Your parcel 1Z{R.randint(100, 999)}AA1{R.randint(10 ** 9, 10 ** 10 - 1)} is out for delivery. Estimated arrival 14:00-18:00.",
         "UPS tracking number", ["PHONE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD"]),
        ("en", f"Order #{R.randint(1000, 9999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)} shipped on 2024-03-0{R.randint(1, 9)}.",
         "order number and ship date", ["PHONE_NUMBER", "CREDIT_CARD", "DATE_OF_BIRTH"]),
        ("en", f"Build 3.{R.randint(10, 19)}.2.{R.randint(1, 9)} released {2023}-10-{dk:02d} 10:41:07 UTC; fixes CVE-2023-4863.",
         "version string and release timestamp", ["IP_ADDRESS", "DATE_OF_BIRTH"]),
        ("en", f"Invoice INV-2024-{R.randint(100000, 999999)} due 03/{dk:02d}/2024, amount EUR 1,240.00.",
         "invoice number and due date", ["DATE_OF_BIRTH", "BANK_ACCOUNT", "PHONE_NUMBER"]),
        ("en", f"SKU 40063813{R.randint(10000, 99999)} - gel pens, pack of 10, EUR 4.99.", "EAN product code",
         ["CREDIT_CARD", "PHONE_NUMBER"]),
        ("en", "The Washington room on floor 3 is booked; the Lincoln and Jefferson rooms are free after lunch.",
         "meeting rooms named after presidents", ["PERSON_NAME"]),
        ("en", "Ford Motor Company and Johnson & Johnson reported earnings; Morgan Stanley upgraded Procter & Gamble.",
         "firms named after people", ["PERSON_NAME"]),
        ("en", "Our privacy policy explains how we process personal data such as your name, e-mail address, phone number and date of birth.",
         "privacy notice", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER"]),
        ("en", "Enter your IBAN in the format CCkk bbbb bbbb cccc cccc cc, without the spaces if your bank asks for it.",
         "IBAN format hint", ["IBAN"]),
        ("en", "Passwords must be at least 12 characters long; never share your password or PIN with anyone.",
         "password policy", ["CREDENTIAL"]),
        ("en", f"ts=17094{R.randint(10000, 99999)} request_id=7f3a9c2e-{R.randint(1000, 9999)}-4b1d-9c1e-00a1b2c3d4e5 status=200 latency=41ms",
         "timestamp and request id", ["PHONE_NUMBER", "DATE_OF_BIRTH", "CREDENTIAL"]),
        ("en", f"Firmware {R.randint(10, 12)}.2.14.3 replaces 9.8.0.12 on all access points.", "version quads", ["IP_ADDRESS"]),
        ("en", f"Device IMEI {imei} registered to the warehouse scanner pool.", "Luhn-valid IMEI", ["CREDIT_CARD"]),
        ("en", f"Flight BA {R.randint(1000, 2999)} departs 06:45 from gate 23; seat 14C. Booking reference K7PX2Q.",
         "flight and booking reference", ["PHONE_NUMBER", "CREDENTIAL"]),
        ("en", "Jackson, Mississippi and Austin, Texas are among the fastest-growing cities; Lafayette Park reopens in May.",
         "places named like people", ["PERSON_NAME", "POSTAL_ADDRESS"]),
        ("en", "Take the Elizabeth line to Victoria, then walk past the Wellington Arch to Lord's.",
         "stations and landmarks named after people", ["PERSON_NAME"]),
        ("en", f"The GDPR conference takes place on the 3rd of March 2025 at the Hilton; registration closes {dk} February 2025.",
         "event dates", ["DATE_OF_BIRTH", "PERSON_NAME"]),
        ("en", "Patient education: diabetes is a chronic condition. Ask your doctor whether metformin is right for you.",
         "health leaflet", ["HEALTH_INFO"]),
        ("en", "Account numbers must contain 8 to 12 digits; routing numbers always have 9.", "bank form help",
         ["BANK_ACCOUNT"]),
        ("en", f"Merged commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904 into release/2.{R.randint(1, 9)}.1.", "git hash",
         ["CREDENTIAL", "PHONE_NUMBER"]),
        ("en", f"Part no. {R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}-B and model HP-{R.randint(1000, 9999)}-776.",
         "SSN-shaped part number", ["US_SSN", "PHONE_NUMBER"]),
        ("en", f"Case 2024-CV-{R.randint(1000, 9999)} was filed on 1987-03-03 and closed on 1990-11-{dk:02d}.",
         "court case dates", ["DATE_OF_BIRTH"]),
        ("en", "We will never ask for your password, PIN or full card number by e-mail or phone.", "phishing warning",
         ["CREDENTIAL", "CREDIT_CARD"]),
        ("en", "Baker Street, Abbey Road and Penny Lane are the stops on the music walking tour.", "famous streets",
         ["POSTAL_ADDRESS", "PERSON_NAME"]),
        ("en", "Ward B3 has 24 beds; visiting hours are 14:00-20:00 and the cardiology clinic is on level 2.",
         "hospital information", ["HEALTH_INFO"]),
        ("en", f"Payment of USD 1,234,567.89 received, reference {R.randint(100000000, 899999999)}.", "9-digit reference",
         ["US_SSN", "BANK_ACCOUNT"]),
        ("en", f"Receipt: VISA ****{R.randint(1000, 9999)}, auth code {R.randint(100000, 999999)}, terminal 0{R.randint(10, 99)}.",
         "masked card", ["CREDIT_CARD"]),
        ("en", f"Rejected in validation: card {card_fmt(R, card_bad(R), 'dash')} and IBAN {group4(iban_bad(R, 'DE'))}.",
         "Luhn-failing card and bad IBAN", ["CREDIT_CARD", "IBAN"]),
        ("en", "Customer satisfaction: 87% of users rated the app 4.5 stars in Q1; version 2.3 ships next week.",
         "survey figures", ["PERSON_NAME", "IP_ADDRESS"]),
        ("en", "Marshall, Parker & Stone LLP and Wells Fargo announced a partnership with Goldman Sachs.",
         "firms named after people", ["PERSON_NAME"]),
        ("fr", f"Facture n° FA-2024-{R.randint(10000, 99999)} du 03/{dk:02d}/2024, montant 1 240,00 €.", "numéro de facture",
         ["DATE_OF_BIRTH", "PHONE_NUMBER", "BANK_ACCOUNT"]),
        ("fr", "La rue Victor Hugo et l'avenue Jean Jaurès seront fermées à la circulation dimanche.", "rues au nom de personnes",
         ["PERSON_NAME", "POSTAL_ADDRESS"]),
        ("fr", "Notre politique de confidentialité décrit comment nous traitons vos données personnelles : nom, adresse e-mail, date de naissance.",
         "politique de confidentialité", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"]),
        ("fr", f"Numéro de suivi Colissimo 6A{R.randint(10 ** 10, 10 ** 11 - 1)}, livraison prévue le 4 mars.", "numéro de suivi",
         ["PHONE_NUMBER", "BANK_ACCOUNT"]),
        ("de", f"Lieferschein Nr. {R.randint(1000, 9999)}-{R.randint(1000, 9999)}-2024 vom 3. März 2024.", "Lieferscheinnummer",
         ["PHONE_NUMBER", "DATE_OF_BIRTH", "CREDIT_CARD"]),
        ("de", "Die Friedrich-Ebert-Stiftung und die Konrad-Adenauer-Stiftung laden zur Podiumsdiskussion ein.",
         "Stiftungen mit Personennamen", ["PERSON_NAME"]),
        ("de", "Ihr Passwort muss mindestens 10 Zeichen lang sein und darf den Benutzernamen nicht enthalten.", "Passwortregel",
         ["CREDENTIAL"]),
        ("de", f"Sendungsnummer 00340434{R.randint(10 ** 11, 10 ** 12 - 1)} - Zustellung voraussichtlich morgen.", "NVE",
         ["PHONE_NUMBER", "BANK_ACCOUNT", "CREDIT_CARD"]),
        ("de", f"Version 4.2.{R.randint(1, 9)}.7 steht ab sofort zum Download bereit.", "Versionsnummer", ["IP_ADDRESS"]),
        ("it", f"Fattura n. 2024/{R.randint(10000, 99999)} del 03/{dk:02d}/2024, scadenza a 30 giorni.", "numero di fattura",
         ["DATE_OF_BIRTH", "PHONE_NUMBER"]),
        ("it", "Piazza Garibaldi e Via Cavour resteranno chiuse al traffico per lavori fino a lunedì.", "vie con nomi di persone",
         ["PERSON_NAME", "POSTAL_ADDRESS"]),
        ("it", f"Codice prodotto 800{R.randint(10 ** 9, 10 ** 10 - 1)}, confezione da 6 bottiglie.", "EAN",
         ["CREDIT_CARD", "PHONE_NUMBER"]),
        ("it", "Informativa privacy: trattiamo nome, cognome, email e data di nascita solo per gestire l'ordine.",
         "informativa privacy", ["PERSON_NAME", "EMAIL_ADDRESS", "DATE_OF_BIRTH"]),
        ("es", f"Pedido n.º 2024-{R.randint(100000, 999999)} enviado el 03/{dk:02d}/2024.", "número de pedido",
         ["PHONE_NUMBER", "DATE_OF_BIRTH"]),
        ("es", "El Hospital Universitario Ramón y Cajal y el Museo Sorolla están en Madrid.", "instituciones con nombres de personas",
         ["PERSON_NAME", "HEALTH_INFO"]),
        ("es", "Nunca le pediremos su contraseña ni el PIN de su tarjeta por correo electrónico.", "aviso de phishing",
         ["CREDENTIAL", "CREDIT_CARD"]),
        ("nl", f"Factuurnummer 2024-{R.randint(1000000, 9999999)}, vervaldatum 03-{dk:02d}-2024.", "factuurnummer",
         ["DATE_OF_BIRTH", "PHONE_NUMBER", "BANK_ACCOUNT"]),
        ("nl", "Albert Heijn en Jan Linders openen dit jaar samen twaalf nieuwe winkels.", "winkelketens met persoonsnamen",
         ["PERSON_NAME"]),
        ("nl", f"Track & trace: 3S{''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{R.randint(1000000, 9999999)}.",
         "track & trace code", ["PHONE_NUMBER", "CREDENTIAL"]),
        ("nl", "Het wachtwoord moet minimaal 8 tekens bevatten, waarvan één cijfer.", "wachtwoordregel", ["CREDENTIAL"]),
    ]
    for k, (lang, text, desc, codes) in enumerate(decoys):
        decoy(f"{lang}/decoys/decoy_{k:03d}.txt", text, desc, codes, lang)

    W.finish()


if __name__ == "__main__":
    main()
