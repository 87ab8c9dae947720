"""enlib - English people and identifier values for the probe generators shaped like public labelled PII corpora
(ai4privacy pii-masking, Gretel synthetic_pii_finance, clinical notes): phones in many national formats, IBANs of
many countries with valid mod-97 check digits, Luhn-valid cards of several issuers, valid SSN ranges. stdlib only."""
from __future__ import annotations

import datetime as dt

from probelib import P, luhn_number, luhn_ok

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]

# IBAN BBAN layouts (n digits, a upper-case letters, c letters or digits), per ISO 13616 registry
IBAN_FMT = {"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n",
            "CH": "5n12c", "AT": "16n", "PL": "24n", "SE": "20n", "IE": "4a14n", "PT": "21n", "NO": "11n", "DK": "14n",
            "FI": "14n", "LU": "3n13c", "SA": "2n18c", "AE": "19n", "GR": "7n16c", "CZ": "20n", "HU": "24n",
            "RO": "4a16c", "HR": "17n", "LT": "16n", "CY": "8n16c", "MT": "4a5n18c", "TR": "5n1n16c", "EE": "16n",
            "SK": "20n", "SI": "15n", "LV": "4a13c", "IS": "22n", "BG": "4a6n8c", "QA": "4a21c", "KW": "4a22c"}


def _bban(R, fmt):
    out, num = [], ""
    for ch in fmt:
        if ch.isdigit():
            num += ch
            continue
        n, num = int(num), ""
        pool = "0123456789" if ch == "n" else LETTERS if ch == "a" else LETTERS + "0123456789"
        out.append("".join(R.choice(pool) for _ in range(n)))
    return "".join(out)


def iban(R, cc):
    bban = _bban(R, IBAN_FMT[cc])
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_bad(R, cc):
    """An IBAN-shaped string whose check digits are wrong."""
    good = iban(R, cc)
    chk = (int(good[2:4]) + R.randint(1, 40)) % 97 + 2
    bad = f"{cc}{chk:02d}{good[4:]}"
    return bad if bad != good else iban_bad(R, cc)


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


CARD_BRANDS = [("Visa", ["4"], 16), ("Mastercard", ["51", "53", "55", "2221", "2720", "2345"], 16),
               ("American Express", ["34", "37"], 15), ("Discover", ["6011", "65"], 16), ("JCB", ["3530", "3566"], 16),
               ("Diners Club", ["36", "38"], 14)]


def card(R):
    brand, prefixes, n = R.choice(CARD_BRANDS)
    return brand, luhn_number(R, R.choice(prefixes), n)


def card_fmt(R, c, style=None):
    style = style or R.choice(["space", "dash", "plain", "space"])
    if style == "plain":
        return c
    sep = " " if style == "space" else "-"
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    if len(c) == 14:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def card_bad(R):
    """A 16-digit Visa-shaped number that fails Luhn."""
    c = luhn_number(R, "4", 16)
    return c[:-1] + str((int(c[-1]) + R.randint(1, 9)) % 10)


def ssn(R):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
    return s if s not in ("078-05-1120", "219-09-9999", "457-55-5462") else ssn(R)


def ssn_fmt(R, s, style=None):
    style = style or R.choice(["dash", "dash", "space", "plain"])
    return s if style == "dash" else s.replace("-", " ") if style == "space" else s.replace("-", "")


def routing(R):
    while True:
        d = [R.choice([0, 1, 2, 3, 6, 7]), R.randint(0, 9)] + [R.randint(0, 9) for _ in range(6)]
        pre = d[0] * 10 + d[1]
        if not (0 <= pre <= 12 or 21 <= pre <= 32 or 61 <= pre <= 72):
            continue
        for c in range(10):
            x = d + [c]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def dob_text(R, d, style=None):
    """A birth date in one of the ways labelled corpora write it."""
    m, day, y = d.month, d.day, d.year
    suf = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    styles = {
        "us": f"{m:02d}/{day:02d}/{y}", "us-short": f"{m}/{day}/{y}", "iso": f"{y}-{m:02d}-{day:02d}",
        "eu": f"{day:02d}/{m:02d}/{y}", "eu-dot": f"{day:02d}.{m:02d}.{y}", "ord": f"{day}{suf} {MONTHS[m - 1]} {y}",
        "ord-of": f"{day}{suf} of {MONTHS[m - 1]} {y}", "long": f"{MONTHS[m - 1]} {day}, {y}", "dmy": f"{day} {MONTHS[m - 1]} {y}",
        "abbr": f"{day:02d}-{MONTHS[m - 1][:3]}-{y}", "mon-abbr": f"{MONTHS[m - 1][:3]} {day}, {y}",
        "us-dash": f"{m:02d}-{day:02d}-{y}",
    }
    return styles[style or R.choice(list(styles))]


class PeopleMaker:
    """People of many countries with a full set of identifiers; names come from the caller's lists."""

    def __init__(self, W, first_names, last_names, us_places, uk_places, eu_places, streets):
        self.W, self.first, self.last = W, first_names, last_names
        self.us_places, self.uk_places, self.eu_places, self.streets = us_places, uk_places, eu_places, streets

    def _phone(self, region):
        R = self.W.rnd
        if region == "US":
            ac = R.choice(["206", "212", "312", "415", "503", "602", "617", "713", "303", "404", "919", "614", "916", "305",
                           "425", "720", "512", "704", "615", "801"])
            ex = R.randint(201, 989)
            while ex % 100 == 11 or ex == 555:
                ex = R.randint(201, 989)
            ln = R.randint(1000, 9999)
            ext = R.randint(10, 9999)
            fmts = [f"({ac}) {ex}-{ln}", f"{ac}-{ex}-{ln}", f"{ac}.{ex}.{ln}", f"+1-{ac}-{ex}-{ln}", f"+1 ({ac}) {ex}-{ln}",
                    f"({ac}){ex}-{ln}", f"001-{ac}-{ex}-{ln}", f"+1{ac}{ex}{ln}", f"{ac} {ex} {ln}",
                    f"+1-{ac}-{ex}-{ln}x{ext}", f"{ac}.{ex}.{ln} ext. {ext}", f"1-{ac}-{ex}-{ln}", f"+1 {ac} {ex} {ln}"]
            return R.choice(fmts), f"+1{ac}{ex}{ln}"
        if region == "GB":
            if R.random() < 0.6:
                mob = f"7{R.choice(['403', '520', '825', '984', '711', '946'])}{R.randint(100000, 999999)}"
                fmts = [f"0{mob[:4]} {mob[4:]}", f"+44 {mob[:4]} {mob[4:]}", f"+44 (0){mob[:4]} {mob[4:]}", f"0{mob}",
                        f"+44{mob}", f"0{mob[:4]}-{mob[4:]}"]
                return R.choice(fmts), f"+44{mob}"
            n = f"20{R.choice('78')}{R.randint(100, 999)}{R.randint(1000, 9999)}"
            fmts = [f"020 {n[2:6]} {n[6:]}", f"+44 20 {n[2:6]} {n[6:]}", f"(020) {n[2:6]} {n[6:]}", f"+44 (0)20 {n[2:6]} {n[6:]}"]
            return R.choice(fmts), f"+44{n}"
        cc, nat, fmt = {
            "DE": ("49", f"15{R.choice('127')}{R.randint(1000000, 9999999)}{R.randint(0, 9)}", lambda n: [f"+49 {n[:3]} {n[3:]}", f"0{n[:3]} {n[3:]}", f"+49-{n[:3]}-{n[3:]}"]),
            "FR": ("33", f"{R.choice('67')}{R.randint(10000000, 99999999)}", lambda n: [f"+33 {n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"0{n[0]}.{n[1:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}"]),
            "ES": ("34", f"6{R.randint(10000000, 99999999)}", lambda n: [f"+34 {n[:3]} {n[3:6]} {n[6:]}", f"+34 {n}"]),
            "IT": ("39", f"3{R.choice(['47', '33', '20', '38'])}{R.randint(1000000, 9999999)}", lambda n: [f"+39 {n[:3]} {n[3:6]} {n[6:]}", f"+39 {n[:3]} {n[3:]}"]),
            "NL": ("31", f"6{R.randint(10000000, 99999999)}", lambda n: [f"+31 6 {n[1:]}", f"06-{n[1:]}", f"+31 (0)6 {n[1:5]} {n[5:]}"]),
            "IE": ("353", f"8{R.choice('3567')}{R.randint(1000000, 9999999)}", lambda n: [f"+353 {n[:2]} {n[2:5]} {n[5:]}", f"0{n[:2]} {n[2:5]} {n[5:]}"]),
        }[region]
        return self.W.rnd.choice(fmt(nat)), f"+{cc}{nat}"

    def person(self, region=None):
        W, R = self.W, self.W.rnd
        region = region or R.choice(["US", "US", "US", "US", "GB", "GB", "DE", "FR", "ES", "IT", "NL", "IE"])
        first, last = W._uniq(lambda: (R.choice(self.first), R.choice(self.last)))
        dob = dt.date(R.randint(1950, 2004), R.randint(1, 12), R.randint(1, 28))
        phone, e164 = self._phone(region)
        dom = R.choice(["example.com", "example.org", "mail.example.net", "example.co.uk" if region == "GB" else "example.com",
                        "inbox.example.io"])
        em = R.choice([f"{first.lower()}.{last.lower()}", f"{first[0].lower()}{last.lower()}{R.randint(1, 99)}",
                       f"{first.lower()}_{last.lower()}{R.randint(70, 99)}", f"{last.lower()}.{first.lower()}"])
        em = em.replace("'", "").replace(" ", "") + "@" + dom
        if region == "US":
            city, st, zp = R.choice(self.us_places)
            street = f"{R.randint(12, 9899)} {R.choice(self.streets['US'])}"
            unit = R.choice(["", "", f", Apt {R.randint(1, 40)}{R.choice('ABCD')}", f", Suite {R.randint(100, 990)}", f", Unit {R.randint(1, 99)}"])
            addr = f"{street}{unit}, {city}, {st} {zp}{R.randint(10, 99)}"
            juris = [f"US-{st}"]
        elif region == "GB":
            street_name, town, pc = R.choice(self.uk_places)
            flat = R.choice(["", "", f"Flat {R.randint(1, 30)}, "])
            addr = f"{flat}{R.randint(2, 240)} {street_name}, {town} {pc}"
            juris = ["GB"]
        else:
            street_name, town, pc, country = R.choice([x for x in self.eu_places if x[3] == region] or self.eu_places)
            addr = f"{street_name} {R.randint(1, 180)}, {pc} {town}" if region in ("DE", "NL", "IT", "ES") else \
                f"{R.randint(1, 180)} {street_name}, {pc} {town}"
            juris = [region]
        cc = region if region in IBAN_FMT else R.choice(["DE", "FR", "NL", "ES", "IT"])
        brand, c = card(R)
        p = P(id=W._pid(), region=region, first=first, last=last, name=f"{first} {last}", dob=dob, phone=phone, e164=e164,
              email=em, addr=addr, juris=juris, ssn=ssn(R), card=c, card_brand=brand, iban=iban(R, cc),
              ip=f"{R.choice([73, 98, 174, 24, 81, 92, 185, 203, 45])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
              ipv6=":".join(f"{R.randint(0, 65535):x}" for _ in range(8)) if R.random() < 0.5 else
              f"2001:db8:{R.randint(1, 65535):x}::{R.randint(1, 65535):x}",
              passport=R.choice([f"{R.randint(500000000, 599999999)}", f"{R.choice('ACEGKLMNPRX')}{R.randint(10000000, 99999999)}"]),
              dl=R.choice([f"{R.choice('ABCDFGKLMNPRSTWY')}{R.randint(1000000, 9999999)}", f"{R.randint(10000000, 99999999)}",
                           f"{R.choice('ABCDFGKLMNPRSTWY')}{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}",
                           f"{R.choice('ABCDFGKLMNPRSTWY')}{R.randint(100, 999)}-{R.randint(100, 999)}-{R.randint(10, 99)}-{R.randint(100, 999)}-{R.randint(0, 9)}"]),
              acct=f"{R.randint(10000000, 9999999999)}", routing=routing(R),
              user=R.choice([f"{first.lower()}{R.randint(1, 999)}", f"{first[0].lower()}{last.lower()}", f"{last.lower()}_{R.randint(10, 99)}"]).replace("'", ""),
              password=R.choice([f"{R.choice(['Summer', 'Winter', 'Tiger', 'Blue', 'Falcon', 'Maple'])}{R.randint(10, 99)}{R.choice('!#$%&*')}{R.choice(LETTERS)}",
                                 "".join(R.choice(LETTERS + LETTERS.lower() + "0123456789!#$%") for _ in range(R.randint(9, 14))),
                                 f"{R.choice(['qz', 'Xv', 'mP', 'Lk'])}{R.randint(1000, 9999)}{R.choice(['#', '@', '!'])}{R.choice(['Rt', 'ww', 'Q7'])}"]),
              mrn=f"{R.choice(['MRN', ''])}{R.randint(1000000, 9999999)}", nino=None)
        p.nino = f"{R.choice('ABCEGHJKLMNPRSTWXYZ')}{R.choice('ABCEGHJKLMNPRSTWXYZ')}{R.randint(100000, 999999)}{R.choice('ABCD')}"
        if p.nino[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            p.nino = "AB" + p.nino[2:]
        W._init(p)
        return p
