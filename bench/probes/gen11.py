#!/usr/bin/env python3
"""gen11.py - probe set 11 for leakscope: personal data in European-language documents, the files of a GDPR case.
German, French, Spanish, Italian, Dutch, Polish and Swedish HR letters (Arbeitsvertrag, contrat de travail, contrato
de trabajo, contratto di lavoro, arbeidsovereenkomst, umowa o pracę, anställningsavtal) with prose birth dates
(geboren am 12.03.1985, née le 4 mars 1979, nato a Napoli il 5/6/1980, nacido el, geboren op, urodzony, född),
payslips (Lohnabrechnung, bulletin de paie with an arrêt maladie, busta paga, pasek wynagrodzenia with a zwolnienie
lekarskie), customer complaint mails with signatures in those languages (names with diacritics and particles: Müller,
François, Łukasz Wójcik, Åsa Lindström, José Núñez, van der Berg, de la Cruz), CSV / XLSX customer exports with
localised column headers (Vorname, Straße, PLZ, Ort; prénom, code postal; apellidos, dirección; cognome, CAP;
voornaam, tussenvoegsel, woonplaats; imię, nazwisko, kod pocztowy; förnamn, efternamn, postnummer), local phone
formats under those headers (030 1234567, 06 12 34 56 78, 0612345678, 070-123 45 67, 601 234 567), EU addresses
(street + number, postcode + city), IBANs, sick notes and medical certificates (Krankmeldung, baja médica, diagnosi,
ziekmelding, läkarintyg); English wrappers (a forwarded complaint, a GDPR access export, a contractor list).
Look-alikes: firms named after families (Müller GmbH, Lindström Bygg AB), streets named after people, order,
invoice, VAT and register numbers, founding and invoice dates, blank templates, a museum text about a historical
person, a street list, a health-insurance leaflet.

    python3 bench/probes/gen11.py OUT [--seed N]      (tuning seed 11; check seed 1111, measured once before and after)

Truth conventions (README.md): national identifiers without a contract code (Steuer-ID, numéro de sécurité sociale,
DNI, codice fiscale, BSN, PESEL, personnummer) are no PII type; an employer's or shop's own address and phone are
optional; an HR signer or a doctor named in passing is PERSON_NAME of the item but no truth person; a sick-leave line
on a payslip (arrêt maladie, zwolnienie lekarskie) is HEALTH_INFO of the employee; a historical person in a museum
text is optional PERSON_NAME / DATE_OF_BIRTH (the dead are no data subjects, but a reader cannot always tell).
"""
from __future__ import annotations

import argparse
import datetime as dt
import email.policy
import email.utils
import hashlib
import json
import os
import sys
import unicodedata
from email.message import EmailMessage

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import P  # noqa: E402
from enlib import iban, group4  # noqa: E402

MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    # Polish dates use the genitive
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
}

# country: language, first names (m, f), family names, streets, (postcode, city, area code), mail domain
C = {
    "DE": ("de", (["Jürgen", "Günter", "Lukas", "Matthias", "Björn"], ["Sabine", "Dörte", "Katrin", "Anja", "Jana"]),
           ["Müller", "Schröder", "Weiß", "Köhler", "Groß", "Hoffmann", "Bäcker"],
           ["Hauptstraße", "Lindenallee", "Bahnhofstraße", "Am Mühlbach", "Kastanienallee", "Schulweg"],
           [("10115", "Berlin", "30"), ("80331", "München", "89"), ("50667", "Köln", "221"), ("20095", "Hamburg", "40"),
            ("04109", "Leipzig", "341")], "example.de"),
    "FR": ("fr", (["François", "Jérôme", "Loïc", "Benoît"], ["Hélène", "Cécile", "Maëlle", "Françoise"]),
           ["Lefèvre", "Dubois", "Mercier", "Girard", "Bénard", "Faure", "Rousseau"],
           ["rue de la Paix", "avenue Jean Jaurès", "boulevard Haussmann", "rue des Lilas", "rue Sainte-Catherine"],
           [("75002", "Paris", "1"), ("69002", "Lyon", "4"), ("13001", "Marseille", "4"), ("31000", "Toulouse", "5"),
            ("44000", "Nantes", "2")], "example.fr"),
    "ES": ("es", (["José", "Álvaro", "Íñigo", "Jesús"], ["María", "Lucía", "Begoña", "Inés"]),
           ["Núñez", "García", "Fernández", "de la Cruz", "Muñoz", "Ibáñez", "Martín", "Pérez"],
           ["Calle Mayor", "Avenida de América", "Calle de Alcalá", "Paseo de Gracia", "Calle Sierpes"],
           [("28013", "Madrid", "91"), ("08007", "Barcelona", "93"), ("41004", "Sevilla", "95"), ("46002", "Valencia", "96")],
           "example.es"),
    "IT": ("it", (["Giuseppe", "Niccolò", "Luca", "Andrea"], ["Chiara", "Francesca", "Giulia", "Alessandra"]),
           ["Esposito", "Russo", "Bianchi", "Romano", "Colombo", "De Luca", "D'Angelo", "Ricci"],
           ["Via Roma", "Corso Buenos Aires", "Piazza Garibaldi", "Viale Monza", "Via dei Mille"],
           [("00184", "Roma", "06"), ("20124", "Milano", "02"), ("80133", "Napoli", "081"), ("10121", "Torino", "011")],
           "example.it"),
    "NL": ("nl", (["Pieter", "Joost", "Sjoerd", "Bram"], ["Sanne", "Anouk", "Marieke", "Eline"]),
           ["van der Berg", "de Vries", "Jansen", "van Dijk", "Bakker", "de Jong", "Visser"],
           ["Kerkstraat", "Prinsengracht", "Dorpsstraat", "Lange Voorhout", "Oudegracht"],
           [("1017 GC", "Amsterdam", "20"), ("3511 LX", "Utrecht", "30"), ("2513 AA", "Den Haag", "70"), ("3011 AD", "Rotterdam", "10")],
           "example.nl"),
    "PL": ("pl", (["Łukasz", "Paweł", "Grzegorz", "Michał"], ["Agnieszka", "Małgorzata", "Katarzyna", "Joanna"]),
           ["Wójcik", "Kowalski", "Nowak", "Wiśniewski", "Zieliński", "Dąbrowski", "Kamiński"],
           ["ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Świętojańska"],
           [("00-590", "Warszawa", "22"), ("31-001", "Kraków", "12"), ("90-001", "Łódź", "42"), ("80-831", "Gdańsk", "58")],
           "example.pl"),
    "SE": ("sv", (["Björn", "Lars", "Mattias", "Örjan"], ["Åsa", "Märta", "Linnéa", "Ingrid"]),
           ["Lindström", "Åkesson", "Nyström", "Berglund", "Sjöberg", "Öberg", "Johansson"],
           ["Drottninggatan", "Storgatan", "Kungsgatan", "Vasagatan", "Götgatan"],
           [("111 51", "Stockholm", "8"), ("411 19", "Göteborg", "31"), ("211 22", "Malmö", "40"), ("753 20", "Uppsala", "18")],
           "example.se"),
}
DIAL = {"DE": "49", "FR": "33", "ES": "34", "IT": "39", "NL": "31", "PL": "48", "SE": "46"}


def fold(s):
    """an e-mail local part: German umlauts as ae/oe/ue, other marks dropped, ł as l, no blanks or apostrophes"""
    s = s.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss").replace("ł", "l")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return s.replace(" ", "").replace("'", "")


def pl_fem(last):
    return last[:-1] + "a" if last.endswith("ski") else last


def phone(R, cc, area):
    """(local form, international form, E.164) of a mobile or a landline as the country writes it"""
    if cc == "DE":
        if R.random() < 0.5:
            sub = str(R.randint(2000000, 9999999))
            return f"0{area} {sub}", f"+49 {area} {sub}", f"+49{area}{sub}"
        pre, sub = R.choice(["170", "171", "175"]), str(R.randint(1000000, 9999999))
        return f"0{pre} {sub}", f"+49 {pre} {sub}", f"+49{pre}{sub}"
    if cc == "FR":
        n = f"{R.choice('67')}{R.randint(10000000, 99999999)}"
        pairs = " ".join(n[i:i + 2] for i in range(1, 9, 2))
        return f"0{n[0]} {pairs}", f"+33 {n[0]} {pairs}", f"+33{n}"
    if cc == "ES":
        n = f"6{R.randint(10, 99)}{R.randint(100000, 999999)}"
        return f"{n[:3]} {n[3:6]} {n[6:]}", f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34{n}"
    if cc == "IT":
        n = f"3{R.choice(['33', '35', '38', '47', '49'])}{R.randint(1000000, 9999999)}"
        return f"{n[:3]} {n[3:]}", f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"+39{n}"
    if cc == "NL":
        n = f"6{R.randint(1, 5)}{R.randint(1000000, 9999999)}"
        return f"0{n}", f"+31 6 {n[1:]}", f"+31{n}"
    if cc == "PL":
        n = f"{R.choice(['50', '51', '60', '66', '69', '79', '88'])}{R.randint(1000000, 9999999)}"
        return f"{n[:3]} {n[3:6]} {n[6:]}", f"+48 {n[:3]} {n[3:6]} {n[6:]}", f"+48{n}"
    n = f"7{R.choice('0236')}{R.randint(1000000, 9999999)}"
    return f"0{n[:2]}-{n[2:5]} {n[5:7]} {n[7:]}", f"+46 {n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"+46{n}"


def eu_person(W, cc):
    R = W.rnd
    lang, (fm, ff), lasts, streets, places, dom = C[cc]
    sex = R.choice("mf")
    first, last = W._uniq(lambda: (R.choice(fm if sex == "m" else ff), R.choice(lasts)))
    if cc == "PL" and sex == "f":
        last = pl_fem(last)
    if cc == "ES":
        last = f"{last} {R.choice([x for x in lasts if x != last])}"
    zp, city, area = R.choice(places)
    no = R.randint(1, 140)
    st = R.choice(streets)
    street = f"{no} {st}" if cc == "FR" else f"{st} {no}"
    if cc == "PL" and R.random() < 0.5:
        street += f"/{R.randint(1, 40)}"
    if cc == "ES" and R.random() < 0.5:
        street += f", {R.randint(1, 8)}º {R.choice(['izq.', 'dcha.', 'A', 'B'])}"
    nat, intl, e164 = phone(R, cc, area)
    dob = dt.date(R.randint(1958, 2002), R.randint(1, 12), R.randint(1, 28))
    email = f"{fold(first)}.{fold(last.split()[0] if cc == 'ES' else last)}{R.choice(['', str(R.randint(1, 99))])}@{R.choice([dom, 'mail.' + dom, 'posteo.example.eu'])}"
    p = P(id=W._pid(), region=cc, lang=lang, sex=sex, first=first, last=last, name=f"{first} {last}", dob=dob, street=street,
          zip=zp, city=city, addr=f"{street}, {zp} {city}", phone_nat=nat, phone_intl=intl, e164=e164, email=email,
          iban=iban(R, cc), juris=[cc])
    W._init(p)
    return p


def dob_num(p):
    d = p.dob
    return {"de": f"{d.day:02d}.{d.month:02d}.{d.year}", "fr": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "es": f"{d.day:02d}/{d.month:02d}/{d.year}", "it": f"{d.day:02d}/{d.month:02d}/{d.year}",
            "nl": f"{d.day:02d}-{d.month:02d}-{d.year}", "pl": f"{d.day:02d}.{d.month:02d}.{d.year}",
            "sv": d.isoformat()}[p.lang]


def dob_words(p):
    d = p.dob
    m = MONTHS[p.lang][d.month - 1]
    return {"de": f"{d.day}. {m} {d.year}", "fr": f"{'1er' if d.day == 1 else d.day} {m} {d.year}", "es": f"{d.day} de {m} de {d.year}",
            "it": f"{d.day} {m} {d.year}", "nl": f"{d.day} {m} {d.year}", "pl": f"{d.day} {m} {d.year} r.", "sv": f"{d.day} {m} {d.year}"}[p.lang]


def eml(frm, to, subject, body, date, tz=1, cc=None, msgid=None):
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"] = email.utils.format_datetime(dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=tz))))
    # (a digest, not hash(): str hashes change from run to run, and the set must be the same for a seed)
    m["Message-ID"] = msgid or f"<g11.{int(hashlib.sha1((subject + date).encode()).hexdigest()[:12], 16) % 10**9}@mx.example.eu>"
    m.set_content(body, charset="utf-8")
    return m


def addr(p):
    return p.addr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe11")
    R = W.rnd
    P_ = {cc: [eu_person(W, cc) for _ in range(5 if cc == "DE" else 4)] for cc in C}
    uk = W.uk_person()

    def save_eml(rel, m, lang):
        open(W.path_for(rel), "wb").write(m.as_bytes(policy=email.policy.SMTP))
        return W.doc(rel, "eml", lang)

    def person_all(d, p, *types):
        vals = {"PERSON_NAME": p.name, "EMAIL_ADDRESS": p.email, "PHONE_NUMBER": p.phone_nat, "POSTAL_ADDRESS": p.addr,
                "DATE_OF_BIRTH": p.dob.isoformat(), "IBAN": p.iban, "HEALTH_INFO": "health"}
        for t in types:
            d.add(p, t, vals[t])
            if t in ("IBAN", "HEALTH_INFO"):
                d.sensitive(p)

    # ================================================================ employment contracts (p0)
    de, fr, es, it, nl, pl, se = (P_[c] for c in ("DE", "FR", "ES", "IT", "NL", "PL", "SE"))

    p = de[0]
    anrede = "Herrn" if p.sex == "m" else "Frau"
    paras = ["Arbeitsvertrag", "zwischen",
             "der Müller Maschinenbau GmbH, Goethestraße 20, 70173 Stuttgart, vertreten durch die Geschäftsführerin Dr. Sabine Brandt",
             "– nachfolgend „Arbeitgeberin“ genannt –", "und",
             f"{anrede} {p.name}, geboren am {dob_num(p)} in Hannover, wohnhaft {p.street}, {p.zip} {p.city}",
             "– nachfolgend „Arbeitnehmer“ genannt –",
             "§ 1 Beginn des Arbeitsverhältnisses. Das Arbeitsverhältnis beginnt am 01.07.2024. Die ersten sechs Monate gelten als Probezeit.",
             "§ 2 Tätigkeit. Der Arbeitnehmer wird als Konstrukteur in der Abteilung Entwicklung beschäftigt.",
             "§ 3 Vergütung. Das monatliche Bruttogehalt beträgt 4.850,00 EUR. Die Vergütung wird jeweils zum Monatsende auf folgendes Konto überwiesen:",
             f"IBAN: {group4(p.iban)}   BIC: COBADEFFXXX",
             f"Steuer-Identifikationsnummer: {R.randint(10, 99)} {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(100, 999)}",
             "§ 4 Urlaub. Der Arbeitnehmer erhält 30 Arbeitstage Erholungsurlaub im Kalenderjahr.",
             "Stuttgart, den 14.06.2024", "______________________            ______________________",
             "Dr. Sabine Brandt, Geschäftsführerin            " + p.name]
    d = W.doc(f"HR/Personalakten/Arbeitsvertrag_{p.last}_{p.first}.docx", "docx", "de")
    docx(W.path(d), paras, header="Müller Maschinenbau GmbH · Personalabteilung")
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("the firm 'Müller Maschinenbau GmbH', Goethestraße, start date, Steuer-ID (no code)", ["BANK_ACCOUNT", "PHONE_NUMBER"])

    p = fr[0]
    civ, ne = ("Monsieur", "né") if p.sex == "m" else ("Madame", "née")
    paras = ["CONTRAT DE TRAVAIL À DURÉE INDÉTERMINÉE", "Entre les soussignés :",
             "La société Dupont & Fils SAS, au capital de 150 000 euros, immatriculée au RCS de Lyon sous le numéro 512 345 678, "
             "dont le siège social est situé 8 quai Saint-Antoine, 69002 Lyon, représentée par M. Henri Dupont, Président,",
             "d'une part,", "et",
             f"{civ} {p.first} {p.last.upper()}, {ne} le {dob_words(p)} à Grenoble, de nationalité française, demeurant {p.street}, {p.zip} {p.city}, "
             f"numéro de sécurité sociale : {'1' if p.sex == 'm' else '2'} {p.dob.strftime('%y %m')} 38 {R.randint(100, 999)} {R.randint(100, 999)} {R.randint(10, 97)},",
             "d'autre part,", "Il a été convenu ce qui suit :",
             "Article 1 – Engagement. Le salarié est engagé en qualité de technicien de maintenance à compter du 2 septembre 2024.",
             "Article 2 – Période d'essai. Le présent contrat ne deviendra définitif qu'à l'issue d'une période d'essai de deux mois.",
             f"Article 3 – Rémunération. Le salaire mensuel brut est fixé à 2 650 euros, versé par virement sur le compte IBAN {group4(p.iban)}.",
             "Fait à Lyon, le 26 août 2024, en deux exemplaires.", "Henri Dupont, Président", f"{p.first} {p.last}"]
    d = W.doc(f"RH/Contrats/contrat_de_travail_{fold(p.last)}.docx", "docx", "fr")
    docx(W.path(d), paras)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.decoy("RCS number, capital, start date", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = es[0]
    don, nac = ("D.", "nacido") if p.sex == "m" else ("Dña.", "nacida")
    paras = ["CONTRATO DE TRABAJO INDEFINIDO", "En Madrid, a 3 de marzo de 2024",
             "REUNIDOS",
             "De una parte, Construcciones Hermanos García S.L., con CIF B-28123456 y domicilio social en Calle de Serrano 41, 28001 Madrid, "
             "representada por D. Ramón García Ortega en calidad de administrador.",
             f"Y de otra parte, {don} {p.name}, {nac} el {dob_words(p)} en Toledo, con DNI {R.randint(10000000, 99999999)}{R.choice('TRWAGMYFPDXBNJZSQVHLCKE')} "
             f"y domicilio en {p.street}, {p.zip} {p.city}.",
             "CLÁUSULAS",
             "PRIMERA.- El trabajador prestará sus servicios como oficial de primera, con la categoría profesional de grupo 4.",
             "SEGUNDA.- La jornada de trabajo será de 40 horas semanales.",
             f"TERCERA.- El salario bruto anual será de 24.500 euros, abonado en la cuenta {group4(p.iban)}.",
             "Firmado: Ramón García Ortega                    Firmado: " + p.name]
    d = W.doc(f"RRHH/contratos/contrato_trabajo_{fold(p.last.split()[0])}.docx", "docx", "es")
    docx(W.path(d), paras)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.decoy("CIF of the firm, contract date", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = it[0]
    sig, nato, res = ("il Sig.", "nato", "residente") if p.sex == "m" else ("la Sig.ra", "nata", "residente")
    paras = ["CONTRATTO INDIVIDUALE DI LAVORO SUBORDINATO A TEMPO INDETERMINATO", "TRA",
             "Colombo Arredamenti S.r.l., P.IVA 01234560157, con sede in Viale Monza 140, 20127 Milano, in persona del legale rappresentante",
             "E",
             f"{sig} {p.name}, {nato} a Napoli il {p.dob.day}/{p.dob.month}/{p.dob.year}, {res} in {p.street}, {p.zip} {p.city}, "
             f"codice fiscale {fold(p.last)[:3].upper()}{fold(p.first)[:3].upper()}{p.dob.strftime('%y')}A{p.dob.day:02d}F839X",
             "si conviene e si stipula quanto segue:",
             "1. Il lavoratore è assunto con la qualifica di impiegato, livello 4° del CCNL Commercio, a decorrere dal 1° ottobre 2024.",
             f"2. La retribuzione lorda mensile è di € 1.950,00, accreditata sul conto corrente IBAN {p.iban}.",
             "Milano, 20 settembre 2024", "Il datore di lavoro                         Il lavoratore"]
    d = W.doc(f"Personale/contratti/contratto_{fold(p.last)}.docx", "docx", "it")
    docx(W.path(d), paras)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("P.IVA, CCNL level, dates of the contract", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = nl[0]
    heer = "de heer" if p.sex == "m" else "mevrouw"
    paras = ["ARBEIDSOVEREENKOMST VOOR ONBEPAALDE TIJD", "De ondergetekenden:",
             "1. Bakker Logistiek B.V., gevestigd te Rotterdam, KvK-nummer 24123456, hierna te noemen ‘werkgever’, en",
             f"2. {heer} {p.name}, geboren op {dob_words(p)} te Utrecht, wonende {p.street}, {p.zip} {p.city}, "
             f"BSN {R.randint(100000000, 999999999)}, hierna te noemen ‘werknemer’,",
             "verklaren te zijn overeengekomen als volgt:",
             "Artikel 1. Werknemer treedt met ingang van 1 april 2024 in dienst in de functie van planner.",
             f"Artikel 2. Het bruto maandsalaris bedraagt € 3.400,-, te voldoen op rekeningnummer {group4(p.iban)}.",
             "Artikel 3. Op deze overeenkomst is de cao Beroepsgoederenvervoer van toepassing.",
             "Aldus overeengekomen en in tweevoud ondertekend te Rotterdam op 18 maart 2024."]
    d = W.doc(f"P&O/contracten/arbeidsovereenkomst_{fold(p.last)}.docx", "docx", "nl")
    docx(W.path(d), paras)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.decoy("KvK number, start date", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = pl[0]
    pan, ur, zam = ("Panem", "urodzonym", "zamieszkałym") if p.sex == "m" else ("Panią", "urodzoną", "zamieszkałą")
    paras = ["UMOWA O PRACĘ", "zawarta w dniu 2 stycznia 2024 r. w Warszawie pomiędzy:",
             "Zieliński i Wspólnicy sp. z o.o. z siedzibą w Warszawie, ul. Prosta 51, 00-838 Warszawa, NIP 527-123-45-67, "
             "reprezentowaną przez Prezesa Zarządu, zwaną dalej „Pracodawcą”,",
             f"a {pan} {p.name}, {ur} {dob_words(p)} w Krakowie, {zam} {p.street}, {p.zip} {p.city}, "
             f"PESEL {p.dob.strftime('%y%m%d')}{R.randint(10000, 99999)}, zwanym dalej „Pracownikiem”.",
             "§ 1. Pracodawca zatrudnia Pracownika na czas nieokreślony na stanowisku specjalisty ds. księgowości.",
             f"§ 2. Wynagrodzenie zasadnicze wynosi 7 200 zł brutto miesięcznie, płatne na rachunek nr {group4(p.iban)}.",
             "§ 3. Wymiar czasu pracy: pełny etat.", "Pracownik: " + p.name]
    d = W.doc(f"Kadry/umowy/umowa_o_prace_{fold(p.last)}.docx", "docx", "pl")
    docx(W.path(d), paras)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.decoy("NIP of the firm, PESEL (no code)", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = se[0]
    paras = ["ANSTÄLLNINGSAVTAL", "Arbetsgivare: Sjöberg Konsult AB, org.nr 556677-8899, Kungsgatan 30, 111 35 Stockholm",
             f"Arbetstagare: {p.name}", f"Personnummer: {p.dob.strftime('%Y%m%d')}-{R.randint(1000, 9999)}",
             f"Född: {dob_words(p)}", f"Adress: {p.street}, {p.zip} {p.city}",
             "Anställningsform: Tillsvidareanställning från och med 2024-08-19, med sex månaders provanställning.",
             "Befattning: Systemutvecklare", "Lön: 46 500 kr per månad, utbetalas den 25:e varje månad till konto:",
             f"IBAN {group4(p.iban)}", "Semester: 25 dagar enligt semesterlagen.", "Stockholm 2024-08-02"]
    d = W.doc(f"Personal/avtal/anstallningsavtal_{fold(p.last)}.pdf", "pdf", "sv")
    pdf(W.path(d), [paras])
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("org.nr of the firm, start and signing dates, personnummer (no code)", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    # ================================================================ payslips (p0 of DE, FR, IT; PL p1)
    p = de[0]
    lines = ["Müller Maschinenbau GmbH · Goethestraße 20 · 70173 Stuttgart", "", "Verdienstabrechnung / Lohnabrechnung Mai 2024", "",
             f"{'Herrn' if p.sex == 'm' else 'Frau'}", p.name, p.street, f"{p.zip} {p.city}", "",
             f"Personal-Nr.: 00{R.randint(1000, 9999)}   Eintritt: 01.07.2023   Geburtsdatum: {dob_num(p)}",
             "Steuerklasse: 1   Konfession: rk   Krankenkasse: AOK Baden-Württemberg",
             f"SV-Nummer: 12 {p.dob.strftime('%d%m%y')} {p.last[0]} {R.randint(100, 999)}",
             "", "Lohnart                     Menge        Betrag", "1000 Gehalt                             4.850,00",
             "2010 VWL AG-Anteil                          40,00", "Gesamtbrutto                            4.890,00",
             "Lohnsteuer                               -712,41", "Solidaritätszuschlag                       0,00",
             "KV-Beitrag AN                            -398,54", "RV-Beitrag AN                            -454,77",
             "Netto                                   3.024,18", f"Überweisung an IBAN {group4(p.iban)}  3.024,18"]
    d = W.doc(f"HR/Lohn/2024-05/Lohnabrechnung_2024-05_{fold(p.last)}.pdf", "pdf", "de")
    pdf(W.path(d), [lines])
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.decoy("Personal-Nr., amounts, Eintritt date, SV-Nummer (no code)", ["PHONE_NUMBER", "BANK_ACCOUNT", "HEALTH_INFO"])

    p = fr[0]
    lines = ["BULLETIN DE PAIE", "Dupont & Fils SAS - 8 quai Saint-Antoine 69002 Lyon - SIRET 512 345 678 00021 - APE 3312Z",
             "Période : du 01/05/2024 au 31/05/2024      Date de paiement : 31/05/2024", "",
             f"Salarié : {p.first} {p.last.upper()}", f"Adresse : {p.street}", f"          {p.zip} {p.city}",
             f"Date de naissance : {dob_num(p)}     Matricule : {R.randint(1000, 9999)}     Emploi : Technicien de maintenance",
             "Convention collective : Métallurgie", "",
             "Rubrique                              Base       Taux      Montant",
             "Salaire de base                     151,67                2 650,00",
             "Absence arrêt maladie du 06/05 au 10/05 (5 jours)             -437,50",
             "Indemnités journalières de sécurité sociale (subrogation)      245,40",
             "Complément employeur maladie                                  104,80",
             "Sécurité sociale plafonnée           2 562,70   6,90 %     -176,83",
             "CSG déductible                       2 518,55   6,80 %     -171,26",
             "NET À PAYER                                                 2 031,12",
             f"Paiement par virement : {group4(p.iban)}"]
    d = W.doc(f"RH/Paie/2024-05/bulletin_de_paie_{fold(p.last)}_2024-05.pdf", "pdf", "fr")
    pdf(W.path(d), [lines])
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN", "HEALTH_INFO")
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("SIRET, APE code, period and payment dates", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = it[0]
    lines = ["BUSTA PAGA - CEDOLINO", "Colombo Arredamenti S.r.l. - Viale Monza 140, 20127 Milano - P.IVA 01234560157", "",
             f"Dipendente: {p.last.upper()} {p.first.upper()}", f"Indirizzo: {p.street}, {p.zip} {p.city}",
             f"Data di nascita: {dob_num(p)}   Matricola: {R.randint(100, 999)}   Livello: 4", "Periodo di retribuzione: Maggio 2024", "",
             "Voce                              Ore      Competenze   Trattenute", "Retribuzione base               168,00      1.950,00",
             "Contributo IVS                                               179,40", "IRPEF lorda                                                  286,73",
             "Detrazioni lavoro dipendente                   143,20", "NETTO IN BUSTA                               1.627,07",
             f"Accredito su IBAN: {p.iban}"]
    d = W.doc(f"Personale/cedolini/busta_paga_2024_05_{fold(p.last)}.pdf", "pdf", "it")
    pdf(W.path(d), [lines])
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN")
    d.decoy("matricola, amounts, P.IVA", ["PHONE_NUMBER", "BANK_ACCOUNT", "HEALTH_INFO"])

    p = pl[1]
    rows = [["Pasek wynagrodzenia – maj 2024", ""], ["Pracownik", p.name], ["Adres", f"{p.street}, {p.zip} {p.city}"],
            ["Data urodzenia", dob_num(p)], ["Stanowisko", "magazynier"],
            ["Wynagrodzenie zasadnicze", "5 400,00 zł"], ["Wynagrodzenie chorobowe (zwolnienie lekarskie L4, 13–17.05)", "-612,00 zł"],
            ["Zasiłek chorobowy ZUS", "489,60 zł"], ["Składka emerytalna", "-527,04 zł"], ["Zaliczka na PIT", "-311,00 zł"],
            ["Do wypłaty", "4 011,34 zł"], ["Rachunek bankowy", group4(p.iban)]]
    d = W.doc(f"Kadry/place/pasek_2024_05_{fold(p.last)}.docx", "docx", "pl")
    docx(W.path(d), ["Magazyny Kamiński sp. z o.o.", "Pasek wynagrodzenia"], table=rows)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "IBAN", "HEALTH_INFO")
    d.decoy("amounts, sick-leave dates, the firm 'Magazyny Kamiński'", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    # ================================================================ customer complaints (p2)
    def complaint(p, rel, subject, body, sign, to="kundenservice@shop.example.de", lang=None, with_addr=True, phone_str=None):
        m = eml(f"{p.name} <{p.email}>", to, subject, body + "\n\n" + sign + "\n", f"2024-06-{R.randint(1, 28):02d} {R.randint(8, 21):02d}:{R.randint(0, 59):02d}")
        d = save_eml(rel, m, lang or p.lang)
        person_all(d, p, "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", *(["POSTAL_ADDRESS"] if with_addr else []))
        return d

    p = de[2]
    d = complaint(p, "Mail/Kundenservice/Beschwerde_Bestellung.eml", "Beschwerde – Bestellung 400123987 nicht geliefert",
                  "Sehr geehrte Damen und Herren,\n\nam 03.05.2024 habe ich bei Ihnen eine Waschmaschine (Artikelnr. 8812-455-01) bestellt. "
                  "Laut Sendungsverfolgung (Paketnummer 00340434161094012345) wurde das Paket zugestellt, bei mir ist aber nichts angekommen. "
                  "Ich bitte um Erstattung des Kaufpreises von 649,00 EUR innerhalb von 14 Tagen.",
                  f"Mit freundlichen Grüßen\n\n{p.name}\n{p.street}\n{p.zip} {p.city}\nTel.: {p.phone_nat}")
    d.decoy("order, article and parcel numbers, order date", ["DATE_OF_BIRTH", "BANK_ACCOUNT", "CREDIT_CARD"])

    p = fr[2]
    d = complaint(p, "Mail/SAV/reclamation_commande.eml", "Réclamation – commande n° FR-2024-118734",
                  "Madame, Monsieur,\n\nJe vous écris au sujet de ma commande n° FR-2024-118734 du 12/04/2024 (facture n° F240412-0087). "
                  "Le réfrigérateur livré présente une porte rayée et le service client ne répond pas à mes appels depuis trois semaines. "
                  "Je demande un échange ou le remboursement intégral.",
                  f"Cordialement,\n\n{p.first} {p.last}\n{p.street}\n{p.zip} {p.city}\nPortable : {p.phone_nat}",
                  to="service.client@boutique.example.fr")
    d.decoy("order and invoice numbers, order date", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    p = es[2]
    d = complaint(p, "Correo/Atencion_cliente/reclamacion_pedido.eml", "Reclamación pedido 2024-ES-55102",
                  "Estimados señores:\n\nEl pasado 2 de mayo realicé el pedido n.º 2024-ES-55102 (referencia del artículo 7741-AZ). "
                  "A día de hoy no lo he recibido y nadie me da una solución. Solicito la devolución del importe (89,90 €).",
                  f"Atentamente,\n\n{p.name}\nMóvil: {p.phone_intl}", to="atencion.cliente@tienda.example.es", with_addr=False)
    d.decoy("order and article reference numbers", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    p = it[2]
    d = complaint(p, "Posta/Assistenza/reclamo_fattura.eml", "Reclamo fattura n. 2024/00731",
                  "Gentile Servizio Clienti,\n\nnella fattura n. 2024/00731 del 15/05/2024 mi è stato addebitato due volte il canone di aprile. "
                  "Vi chiedo di stornare l'importo di 39,90 euro. Codice cliente: 00458812.",
                  f"Cordiali saluti\n{p.name}\n{p.street}\n{p.zip} {p.city}\nCell. {p.phone_nat}", to="assistenza@energia.example.it")
    d.decoy("invoice number and date, customer code", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    p = nl[2]
    d = complaint(p, "Mail/Klantenservice/klacht_levering.eml", "Klacht over levering bestelling 7001234567",
                  "Geachte heer/mevrouw,\n\nOp 14 mei jl. heb ik een bank besteld (bestelnummer 7001234567). De levering is drie keer "
                  "uitgesteld zonder bericht. Ik wil de bestelling annuleren en mijn geld terug.",
                  f"Met vriendelijke groet,\n\n{p.name}\n{p.street}\n{p.zip}  {p.city.upper()}\nTel: {p.phone_nat}", to="klantenservice@wonen.example.nl")
    d.decoy("order number", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    p = pl[2]
    d = complaint(p, "Poczta/BOK/reklamacja_zamowienia.eml", "Reklamacja – zamówienie nr 2024/05/88123",
                  "Szanowni Państwo,\n\nzgłaszam reklamację zamówienia nr 2024/05/88123 z dnia 20.05.2024. Otrzymany telewizor ma "
                  "uszkodzoną matrycę. Proszę o wymianę towaru na nowy lub zwrot 2 499,00 zł.",
                  f"Z poważaniem\n{p.name}\ntel. {p.phone_intl}", to="bok@sklep.example.pl", with_addr=False)
    d.decoy("order number and date", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    p = se[2]
    d = complaint(p, "Mail/Kundtjanst/klagomal_order.eml", "Klagomål – order 5512-3390",
                  "Hej,\n\nJag beställde en cykel den 2 maj (ordernummer 5512-3390) men har fortfarande inte fått någon leverans. "
                  "Jag vill häva köpet och få tillbaka 7 995 kr.",
                  f"Med vänliga hälsningar\n{p.name}\n{p.street}\n{p.zip} {p.city}\nMobil: {p.phone_nat}", to="kundtjanst@cykel.example.se")
    d.decoy("order number", ["DATE_OF_BIRTH", "BANK_ACCOUNT"])

    # ================================================================ customer exports (p1..p3)
    d = W.doc("Export/CRM/Kunden_2024-06.csv", "csv", "de")
    rows = ["Kundennummer;Anrede;Vorname;Nachname;Straße;Hausnr.;PLZ;Ort;Geburtsdatum;Telefon;E-Mail;IBAN;Kunde seit"]
    for q in de[1:4]:
        st, no = q.street.rsplit(" ", 1)
        rows.append(f"{R.randint(100000, 999999)};{'Herr' if q.sex == 'm' else 'Frau'};{q.first};{q.last};{st};{no};{q.zip};{q.city};"
                    f"{dob_num(q)};{q.phone_nat};{q.email};{q.iban};{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.{R.randint(2010, 2023)}")
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN")
    W.write_text(d, "\ufeff" + "\r\n".join(rows) + "\r\n")
    d.decoy("Kundennummer, 'Kunde seit' dates", ["BANK_ACCOUNT", "CREDIT_CARD"])

    d = W.doc("Export/clients/export_clients_2024.xlsx", "xlsx", "fr")
    rows = [["N° client", "Civilité", "Prénom", "Nom", "Adresse", "Code postal", "Ville", "Date de naissance", "Téléphone", "E-mail", "Date de création"]]
    for q in fr[1:4]:
        rows.append([f"C{R.randint(10000, 99999)}", "M." if q.sex == "m" else "Mme", q.first, q.last.upper(), q.street, q.zip, q.city,
                     dob_num(q), q.phone_nat, q.email, f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2023"])
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS")
    xlsx(W.path(d), {"Clients": rows})
    d.decoy("customer numbers, creation dates", ["BANK_ACCOUNT", "IBAN"])

    d = W.doc("Exportaciones/clientes_tienda.xlsx", "xlsx", "es")
    rows = [["Nº cliente", "Nombre", "Apellidos", "Dirección", "Código postal", "Ciudad", "Fecha de nacimiento", "Teléfono", "Correo electrónico"]]
    for q in es[1:4]:
        rows.append([str(R.randint(10000, 99999)), q.first, q.last, q.street, q.zip, q.city, dob_num(q), q.phone_nat, q.email])
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS")
    xlsx(W.path(d), {"Clientes": rows})
    d.decoy("customer numbers", ["BANK_ACCOUNT", "IBAN"])

    d = W.doc("Export/anagrafica_clienti.csv", "csv", "it")
    rows = ["Codice cliente;Nome;Cognome;Indirizzo;CAP;Città;Provincia;Data di nascita;Telefono;Email"]
    prov = {"Roma": "RM", "Milano": "MI", "Napoli": "NA", "Torino": "TO"}
    for q in it[1:4]:
        rows.append(f"CL{R.randint(1000, 9999)};{q.first};{q.last};{q.street};{q.zip};{q.city};{prov[q.city]};{dob_num(q)};{q.phone_nat};{q.email}")
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS")
    W.write_text(d, "\r\n".join(rows) + "\r\n")
    d.decoy("customer codes", ["BANK_ACCOUNT", "IBAN"])

    d = W.doc("Export/klanten_export.csv", "csv", "nl")
    rows = ["klantnummer,voornaam,tussenvoegsel,achternaam,straat,huisnummer,postcode,woonplaats,geboortedatum,telefoon,e-mailadres"]
    for q in nl[1:4]:
        parts = q.last.split()
        tv, an = (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else ("", parts[0])
        st, no = q.street.rsplit(" ", 1)
        rows.append(f"{R.randint(100000, 999999)},{q.first},{tv},{an},{st},{no},{q.zip},{q.city},{dob_num(q)},{q.phone_nat.replace(' ', '')},{q.email}")
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS")
    W.write_text(d, "\r\n".join(rows) + "\r\n")
    d.decoy("customer numbers", ["BANK_ACCOUNT", "IBAN"])

    d = W.doc("Eksport/klienci_sklep.xlsx", "xlsx", "pl")
    rows = [["Lp.", "Imię", "Nazwisko", "Ulica", "Kod pocztowy", "Miejscowość", "Data urodzenia", "Telefon", "E-mail"]]
    for i, q in enumerate(pl[1:4], 1):
        rows.append([str(i), q.first, q.last, q.street, q.zip, q.city, dob_num(q), q.phone_nat, q.email])
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS")
    xlsx(W.path(d), {"Klienci": rows})

    d = W.doc("Export/kundregister.csv", "csv", "sv")
    rows = ["Kundnr;Förnamn;Efternamn;Adress;Postnummer;Ort;Födelsedatum;Telefon;E-post"]
    for q in se[1:4]:
        rows.append(f"{R.randint(10000, 99999)};{q.first};{q.last};{q.street};{q.zip};{q.city};{dob_num(q)};{q.phone_nat};{q.email}")
        person_all(d, q, "PERSON_NAME", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS")
    W.write_text(d, "\r\n".join(rows) + "\r\n")
    d.decoy("customer numbers", ["BANK_ACCOUNT", "IBAN"])

    # ================================================================ health (p3)
    p = de[3]
    m = eml(f"{p.name} <{p.email}>", "personal@mueller-maschinenbau.example.de", "Krankmeldung",
            f"Guten Morgen,\n\nhiermit melde ich mich für heute und voraussichtlich bis einschließlich Freitag krank. "
            "Die Arbeitsunfähigkeitsbescheinigung meiner Hausärztin reiche ich nach. Diagnose: akute Bronchitis (J20.9), "
            "ich soll außerdem ein Antibiotikum nehmen.\n\nViele Grüße\n" + f"{p.name}\nMobil {p.phone_intl}\n", "2024-06-10 07:12")
    d = save_eml("Mail/Personal/Krankmeldung.eml", m, "de")
    person_all(d, p, "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "HEALTH_INFO")

    p = es[3]
    paras = ["PARTE MÉDICO DE BAJA DE INCAPACIDAD TEMPORAL", "Servicio Madrileño de Salud – Centro de Salud Lavapiés",
             f"Trabajador/a: {p.name}", f"Fecha de nacimiento: {dob_num(p)}", f"Domicilio: {p.street}, {p.zip} {p.city}",
             "Fecha de la baja médica: 03/06/2024", "Diagnóstico: lumbalgia mecánica aguda (M54.5)",
             "Duración estimada del proceso: 10 días", "Médico: Dra. Elena Sanz Romero, nº colegiado 282845123"]
    d = W.doc(f"RRHH/bajas/baja_medica_{fold(p.last.split()[0])}.docx", "docx", "es")
    docx(W.path(d), paras)
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "HEALTH_INFO")
    d.decoy("colegiado number, dates of the sick leave", ["PHONE_NUMBER", "BANK_ACCOUNT"])

    p = it[3]
    sig, nato = ("il Sig.", "nato") if p.sex == "m" else ("la Sig.ra", "nata")
    lines = ["CERTIFICATO MEDICO", "Dott. Marco Ferri - Medico di Medicina Generale - ASL Roma 1", "",
             f"Si certifica che {sig} {p.name}, {nato} il {dob_num(p)},",
             f"residente in {p.street}, {p.zip} {p.city},",
             "è stato/a visitato/a in data odierna e presenta: diagnosi: gastroenterite acuta con disidratazione lieve.",
             "Prognosi: 5 giorni salvo complicazioni.", "Roma, 12/06/2024", "Dott. Marco Ferri"]
    d = W.doc(f"Personale/certificati/certificato_medico_{fold(p.last)}.pdf", "pdf", "it")
    pdf(W.path(d), [lines])
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "HEALTH_INFO")

    p = nl[3]
    m = eml(f"{p.name} <{p.email}>", "hr@bakker-logistiek.example.nl", "Ziekmelding",
            "Beste collega's,\n\nIk meld mij vandaag ziek. De huisarts heeft een hernia (diagnose L5-S1) vastgesteld en ik moet "
            "de komende twee weken rust houden. Ik ben telefonisch bereikbaar.\n\n"
            f"Groet,\n{p.name}\n{p.phone_nat}\n", "2024-06-17 08:05", tz=2)
    d = save_eml("Mail/HR/ziekmelding.eml", m, "nl")
    person_all(d, p, "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "HEALTH_INFO")

    p = se[3]
    lines = ["LÄKARINTYG FÖR SJUKPENNING", "Vårdcentralen Södermalm", "",
             f"Patient: {p.name}", f"Födelsedatum: {dob_num(p)}", f"Adress: {p.street}, {p.zip} {p.city}", "",
             "Diagnos: Utmattningssyndrom (F43.8A)", "Sjukskrivning: 100 % från 2024-05-20 till 2024-06-30",
             "Intygsutfärdare: leg. läkare Karin Holm"]
    d = W.doc(f"Personal/sjukintyg/lakarintyg_{fold(p.last)}.pdf", "pdf", "sv")
    pdf(W.path(d), [lines])
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "HEALTH_INFO")

    # ================================================================ English wrappers
    p, k = de[4], uk
    fwd = (f"Hi Tom,\n\nForwarding a complaint from a German customer below - can you ask the Cologne warehouse to check the "
           "delivery? Google Translate says the customer wants a refund.\n\nCheers,\n"
           f"{k.first} {k.last}\nCustomer Operations EMEA\nMobile: {k.phone_intl}\n\n"
           "---------- Forwarded message ---------\n"
           f"From: {p.name} <{p.email}>\nDate: Mon, 3 Jun 2024 at 19:40\nSubject: Reklamation Rechnung 2024-0815\n\n"
           "Sehr geehrte Damen und Herren,\n\ndie Lieferung vom 28.05.2024 war unvollständig, es fehlen zwei Kartons. Bitte erstatten Sie "
           "mir den Betrag von 129,80 EUR.\n\nMit freundlichen Grüßen\n"
           f"{p.name}\n{p.street}\n{p.zip} {p.city}\nTelefon: {p.phone_nat}\n")
    m = eml(f"{k.first} {k.last} <{k.email}>", "tom.reid@shop.example.co.uk", "Fwd: Reklamation Rechnung 2024-0815", fwd, "2024-06-04 09:30", tz=1)
    d = save_eml("Mail/Ops/Fwd_Reklamation.eml", m, "en")
    person_all(d, k, "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER")
    person_all(d, p, "PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_ADDRESS")
    d.opt_type("PERSON_NAME")  # Tom: a first name alone

    p = fr[1]
    dsar = {"request_id": "DSAR-2024-0147", "received": "2024-05-21", "regulation": "GDPR Art. 15",
            "data_subject": {"given_name": p.first, "family_name": p.last, "date_of_birth": p.dob.isoformat(),
                             "address": {"street": p.street, "postal_code": p.zip, "city": p.city, "country": "FR"},
                             "phone": p.phone_intl, "email": p.email},
            "orders": [{"order_id": f"FR-2023-{R.randint(100000, 999999)}", "date": "2023-11-02", "total": 54.9},
                       {"order_id": f"FR-2024-{R.randint(100000, 999999)}", "date": "2024-02-14", "total": 129.0}],
            "marketing_consent": False}
    d = W.doc("Legal/DSAR/DSAR-2024-0147_export.json", "json", "en")
    W.write_text(d, json.dumps(dsar, ensure_ascii=False, indent=2))
    person_all(d, p, "PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS")
    d.decoy("request id, order ids and dates", ["BANK_ACCOUNT", "CREDIT_CARD"])

    rows = ["# EMEA freelance contractors - payment details", "", "| Name | Country | IBAN | Mobile |", "|---|---|---|---|"]
    d = W.doc("Finance/contractors_emea.md", "md", "en")
    for q in (de[0], nl[0], se[0]):
        rows.append(f"| {q.name} | {q.region} | {group4(q.iban)} | {q.phone_intl} |")
        person_all(d, q, "PERSON_NAME", "IBAN", "PHONE_NUMBER")
    rows += ["", "Payment run: 25th of each month. Questions: finance-emea@shop.example.co.uk"]
    W.write_text(d, "\n".join(rows) + "\n")
    d.opt_type("EMAIL_ADDRESS")  # a team mailbox

    # ================================================================ look-alikes
    ALL = ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "IBAN", "BANK_ACCOUNT", "HEALTH_INFO",
           "CREDIT_CARD"]

    def decoy(path, text, desc, codes, lang, fmt="txt", opt=()):
        dd = W.doc(path, fmt, lang)
        if fmt == "pdf":
            pdf(W.path(dd), [text.split("\n")])
        elif fmt == "docx":
            docx(W.path(dd), text.split("\n"))
        else:
            W.write_text(dd, text)
        dd.decoy(desc, [c for c in codes if c not in opt])
        for t in opt:
            dd.opt_type(t)
        return dd

    decoy("Unternehmen/Firmenprofil_Mueller_GmbH.txt",
          "Firmenprofil\n\nMüller GmbH – Präzisionsteile seit 1985\nGründungsdatum: 12.03.1985\nSitz: Goethestraße 20, 70173 Stuttgart\n"
          "Handelsregister: Amtsgericht Stuttgart HRB 734512\nUSt-IdNr.: DE 812 345 678\nGeschäftsbereiche: Drehteile, Frästeile, Baugruppen\n"
          "Mitarbeiter: 240   Umsatz 2023: 38,4 Mio. EUR\nZertifizierungen: ISO 9001:2015, IATF 16949\n"
          "Bestellhotline: siehe Website\nBestellnummern beginnen mit 4711-, Lieferscheine mit LS-2024-.\n",
          "a firm named Müller, Goethestraße, founding date, HRB and VAT ids", ALL, "de", opt=("POSTAL_ADDRESS",))

    decoy("HR/Vorlagen/Personalfragebogen_Vorlage.docx",
          "Personalfragebogen\nBitte vollständig ausfüllen und an die Personalabteilung zurücksenden.\n"
          "Vorname: ______________________\nNachname: ______________________\nGeburtsdatum: __.__.____\nGeburtsort: ______________\n"
          "Anschrift (Straße, Hausnummer): ______________________\nPLZ, Ort: ______________________\nTelefon: ______________________\n"
          "E-Mail: ______________________\nIBAN: DE__ ____ ____ ____ ____ __\nKrankenkasse: ______________________\n"
          "Schwerbehinderung: ja / nein (Nachweis beifügen)\nDatum, Unterschrift: ______________________",
          "a blank form", ALL, "de", fmt="docx")

    decoy("Comptabilite/factures/facture_FA-2024-00412.pdf",
          "FACTURE N° FA-2024-00412\nBoulangerie Lefèvre & Fils SARL - SIRET 432 198 765 00017 - TVA FR 23 432198765\n"
          "Date de facture : 04/03/2024        Date d'échéance : 03/04/2024\nN° de commande : CMD-88123    Réf. client : RC-0092\n"
          "Désignation                       Qté     PU HT     Total HT\nBaguettes tradition (carton de 50)   12     32,50      390,00\n"
          "Croissants surgelés (carton de 120)  4     58,00      232,00\nTotal HT 622,00   TVA 5,5 % 34,21   Total TTC 656,21\n"
          "Conditions de paiement : 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt légal.",
          "invoice: firm named Lefèvre, invoice and due dates, SIRET / VAT ids, order numbers", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "BANK_ACCOUNT", "IBAN", "EMAIL_ADDRESS", "HEALTH_INFO"],
          "fr", fmt="pdf")

    decoy("Museum/Goethe-Haus_Fuehrung.txt",
          "Goethe-Haus und Goethe-Museum – Führungstext Raum 3\n\nJohann Wolfgang von Goethe wurde am 28. August 1749 in diesem Haus am "
          "Großen Hirschgraben geboren. Sein Vater Johann Caspar Goethe ließ das Gebäude 1755 umbauen. Hier schrieb Goethe den „Götz von "
          "Berlichingen“ und „Die Leiden des jungen Werthers“.\n\nÖffnungszeiten: Di–So 10–18 Uhr. Eintritt 10 EUR, ermäßigt 6 EUR. "
          "Inventarnummer der Tischuhr: IV-1749-0828. Großer Hirschgraben 23–25, 60311 Frankfurt am Main.\n",
          "a museum text about a historical person, inventory numbers", ["PHONE_NUMBER", "IBAN", "BANK_ACCOUNT", "EMAIL_ADDRESS", "HEALTH_INFO"],
          "de", opt=("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"))

    decoy("Exportaciones/pedidos_productos_2024.csv",
          "referencia;producto;EAN;fecha de pedido;número de pedido;unidades;importe\r\n" + "".join(
              f"REF-{R.randint(10000, 99999)};{n};84{R.randint(10**10, 10**11 - 1)};{R.randint(1, 28):02d}/05/2024;PED-{R.randint(100000, 999999)};"
              f"{R.randint(1, 20)};{R.randint(10, 900)},{R.randint(0, 99):02d}\r\n"
              for n in ("Silla Gaudí roble", "Lámpara Miró", "Mesa Velázquez 180 cm", "Sofá Dalí 3 plazas")),
          "product catalogue: products named after artists, EANs, order dates and numbers", ALL, "es", fmt="csv")

    decoy("Gemeente/straatnamen_centrum.csv",
          "straatnaam,postcode van,postcode tot,woonplaats,aantal adressen,vernoemd in\r\n"
          "Kerkstraat,1017 GA,1017 GK,Amsterdam,412,1612\r\nJohannes Vermeerstraat,1071 DK,1071 DZ,Amsterdam,188,1898\r\n"
          "Van Baerlestraat,1071 AN,1071 BA,Amsterdam,240,1884\r\nAnne Frankstraat,1018 DR,1018 DS,Amsterdam,96,1957\r\n"
          "Rembrandtplein,1017 CT,1017 CV,Amsterdam,64,1876\r\n",
          "a street list: streets named after people, postcode ranges, no house numbers", ALL, "nl", fmt="csv")

    decoy("Kadry/wzory/wzor_umowy_o_prace.docx",
          "UMOWA O PRACĘ – WZÓR\nzawarta w dniu ____________ r. w ____________ pomiędzy:\n"
          "[nazwa pracodawcy], z siedzibą w [miejscowość], NIP [__________],\na Panem/Panią [imię i nazwisko], urodzonym/ą dnia [dd.mm.rrrr], "
          "zamieszkałym/ą [ulica, nr domu, kod pocztowy, miejscowość], PESEL [___________].\n"
          "§ 1. Pracodawca zatrudnia Pracownika na stanowisku [stanowisko].\n"
          "§ 2. Wynagrodzenie: [kwota] zł brutto, płatne na rachunek nr [__ ____ ____ ____ ____ ____ ____].\n"
          "Telefon kontaktowy: [___ ___ ___]   E-mail: [__________]",
          "a blank template", ALL, "pl", fmt="docx")

    decoy("Bolag/registreringsbevis_Lindstrom_Bygg.txt",
          "REGISTRERINGSBEVIS\nBolagsverket\n\nFirma: Lindström Bygg AB\nOrganisationsnummer: 556123-4567\n"
          "Registreringsdatum: 1985-03-12\nSäte: Stockholm\nAdress: Drottninggatan 88, 111 36 Stockholm\n"
          "Aktiekapital: 100 000 kr\nVerksamhet: Byggnation och renovering av bostäder\nRäkenskapsår: 0101-1231\n",
          "a firm named Lindström, organisation number, registration date", ALL, "sv", opt=("POSTAL_ADDRESS",))

    d = W.doc("Amministrazione/fatture/fattura_2024_00731.xlsx", "xlsx", "it")
    xlsx(W.path(d), {"Fattura": [["Fattura n.", "2024/00731"], ["Data fattura", "15/05/2024"], ["Partita IVA", "01234560157"],
                                 ["Numero ordine", "ORD-2024-55120"], [], ["Codice articolo", "Descrizione", "Quantità", "Prezzo"],
                                 ["AR-10023", "Poltrona Leonardo", "2", "349,00"], ["AR-20877", "Libreria Raffaello", "1", "219,00"],
                                 [], ["Totale imponibile", "917,00"], ["IVA 22%", "201,74"], ["Totale", "1.118,74"]]})
    d.decoy("invoice: invoice date, VAT number, order and article codes, products named after painters", ALL)

    decoy("Information/Krankenkasse_Merkblatt_Krankmeldung.txt",
          "Merkblatt: Was tun bei Arbeitsunfähigkeit?\n\nSeit 2023 übermittelt Ihre Arztpraxis die Arbeitsunfähigkeitsbescheinigung "
          "elektronisch (eAU). Die Krankmeldung beim Arbeitgeber bleibt Ihre Pflicht: Melden Sie sich am ersten Tag vor Arbeitsbeginn krank. "
          "Die Diagnose müssen Sie dem Arbeitgeber nicht mitteilen. Krankengeld zahlt die Krankenkasse ab der siebten Woche.\n"
          "Weitere Fragen? Besuchen Sie unsere Website oder eine Geschäftsstelle.\n",
          "a health insurer's leaflet: sick-note words, no person", ALL, "de")

    W.finish()


if __name__ == "__main__":
    main()
