"""probelib - helpers for the leakscope probe generators: people, truth bookkeeping and hand-written file formats
(OOXML docx/xlsx/pptx, ODT, RTF, PDF, e-mail). stdlib only."""
from __future__ import annotations

import csv
import datetime as dt
import email.message
import email.policy
import email.utils
import hashlib
import io
import json
import os
import random
import re
import unicodedata
import zipfile
from xml.sax.saxutils import escape as xesc

__all__ = ["World", "jn", "kn", "un", "us_addr", "ja_addr", "add_all", "to_fullwidth", "my_number", "luhn_number", "fmt_card", "odt", "docx", "xlsx", "pptx", "rtf", "pdf", "write_pdf",
           "mail", "mbox_escape", "xesc", "csv_text"]

# ------------------------------------------------------------------------------------------------ validators
def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_number(R, prefix: str, n: int) -> str:
    while True:
        body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def fmt_card(c):
    if c is None:
        return None
    return " ".join(c[i:i + 4] for i in range(0, len(c), 4))


def my_number(R, sep=" ") -> str:
    while True:
        d = [R.randint(0, 9) for _ in range(11)]
        w = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = sum(a * b for a, b in zip(d, w)) % 11
        cd = 0 if r <= 1 else 11 - r
        s = "".join(map(str, d)) + str(cd)
        return sep.join([s[:4], s[4:8], s[8:]])


def iban_gb(R) -> str:
    bank = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
    bban = bank + "".join(str(R.randint(0, 9)) for _ in range(14))
    num = "".join(str(int(c, 36)) for c in bban + "GB00")
    chk = 98 - int(num) % 97
    return f"GB{chk:02d}{bban}"


def jn(p, sep=" "):
    """A Japanese person's name, family name first."""
    return f"{p.family}{sep}{p.given}"


def kn(p, sep=" "):
    """A Japanese person's kana reading, family name first."""
    return f"{p.kana_family}{sep}{p.kana_given}"


def un(p):
    """A Latin-script person's name, given name first."""
    return f"{p.first} {p.last}"


def us_addr(p, sep=", "):
    """A US address on one line (sep between street and city: ", " or a line break)."""
    return f"{p.street}{sep}{p.city}, {p.state} {p.zip}"


def ja_addr(p):
    return f"〒{p.zip} {p.addr_ja}"


def add_all(d, p, pairs):
    """Records each (type, value) of pairs as person p's evidence in doc d."""
    for t, v in pairs:
        d.add(p, t, v)


def to_fullwidth(s: str) -> str:
    """Full-width digits and hyphens, as Japanese forms write phone numbers (０９０－１２３４－５６７８)."""
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" else ("－" if c == "-" else c) for c in s)


# ------------------------------------------------------------------------------------------------ people
JP_FAMILY = [("佐々木", "ササキ", "Sasaki"), ("村上", "ムラカミ", "Murakami"), ("石川", "イシカワ", "Ishikawa"),
             ("前田", "マエダ", "Maeda"), ("藤田", "フジタ", "Fujita"), ("後藤", "ゴトウ", "Goto"), ("岡田", "オカダ", "Okada"),
             ("近藤", "コンドウ", "Kondo"), ("斎藤", "サイトウ", "Saito"), ("坂本", "サカモト", "Sakamoto"), ("清水", "シミズ", "Shimizu"),
             ("森", "モリ", "Mori"), ("池田", "イケダ", "Ikeda"), ("橋本", "ハシモト", "Hashimoto"), ("山口", "ヤマグチ", "Yamaguchi"),
             ("松本", "マツモト", "Matsumoto"), ("井上", "イノウエ", "Inoue"), ("木村", "キムラ", "Kimura"), ("林", "ハヤシ", "Hayashi"),
             ("工藤", "クドウ", "Kudo"), ("西村", "ニシムラ", "Nishimura"), ("福井", "フクイ", "Fukui"), ("原田", "ハラダ", "Harada"),
             ("小松", "コマツ", "Komatsu"), ("今井", "イマイ", "Imai"), ("丸山", "マルヤマ", "Maruyama")]
JP_GIVEN = [("大輔", "ダイスケ", "Daisuke", "男"), ("美咲", "ミサキ", "Misaki", "女"), ("直人", "ナオト", "Naoto", "男"),
            ("陽子", "ヨウコ", "Yoko", "女"), ("健", "ケン", "Ken", "男"), ("彩", "アヤ", "Aya", "女"), ("翼", "ツバサ", "Tsubasa", "男"),
            ("千秋", "チアキ", "Chiaki", "女"), ("和也", "カズヤ", "Kazuya", "男"), ("真由美", "マユミ", "Mayumi", "女"),
            ("達也", "タツヤ", "Tatsuya", "男"), ("恵", "メグミ", "Megumi", "女"), ("秀樹", "ヒデキ", "Hideki", "男"),
            ("優子", "ユウコ", "Yuko", "女"), ("亮太", "リョウタ", "Ryota", "男"), ("里奈", "リナ", "Rina", "女"),
            ("浩之", "ヒロユキ", "Hiroyuki", "男"), ("麻衣", "マイ", "Mai", "女"), ("勇気", "ユウキ", "Yuki", "男"), ("春香", "ハルカ", "Haruka", "女")]
JP_ADDR = [("150-0043", "東京都渋谷区道玄坂{a}丁目{b}番{c}号"), ("231-0023", "神奈川県横浜市中区山下町{b}-{c}"),
           ("591-8025", "大阪府堺市北区長曽根町{b}-{c} サンコート長曽根 {r}号"), ("812-0011", "福岡県福岡市博多区博多駅前{a}-{b}-{c}"),
           ("980-0021", "宮城県仙台市青葉区中央{a}丁目{b}-{c}"), ("460-0003", "愛知県名古屋市中区錦{a}-{b}-{c} 錦ハイツ{r}"),
           ("330-0063", "埼玉県さいたま市浦和区高砂{a}丁目{b}番{c}号"), ("760-0023", "香川県高松市寿町{a}-{b}-{c}"),
           ("900-0015", "沖縄県那覇市久茂地{a}丁目{b}番{c}号"), ("370-0849", "群馬県高崎市八島町{b}番地")]
US_FIRST = ["Marcus", "Priya", "Dwayne", "Heather", "Luis", "Tamika", "Gregory", "Ngozi", "Caleb", "Rosa", "Trevor", "Yolanda",
            "Harold", "Bianca", "Desmond", "Colleen", "Raj", "Shauna", "Wesley", "Imani", "Brent", "Delia", "Omar", "Kristen"]
US_LAST = ["Okafor", "Lindqvist", "Castellanos", "Whitaker", "Nakamura", "Pruitt", "Delgado", "Halvorsen", "McAllister",
           "Fairbanks", "Oyelaran", "Brennan", "Vasquez", "Kowalczyk", "Thibodeaux", "Ashworth", "Mbeki", "Lundgren", "Caruso",
           "Prescott", "Abernathy", "Quintero", "Rasmussen", "Gallagher"]
US_CITIES = [("Everett", "WA", "982", "425"), ("Tacoma", "WA", "984", "253"), ("Denver", "CO", "802", "303"),
             ("Phoenix", "AZ", "850", "602"), ("Columbus", "OH", "432", "614"), ("Raleigh", "NC", "276", "919"),
             ("Sacramento", "CA", "958", "916"), ("Boston", "MA", "021", "617"), ("Atlanta", "GA", "303", "404"),
             ("Portland", "OR", "972", "503")]
US_STREETS = ["Maple Ave", "Cedar Ridge Rd", "W 14th St", "Harbor View Dr", "Old Mill Ln", "N Main St", "Sycamore Ct",
              "Lakeview Blvd", "Pioneer Way", "Elm Street"]
UK_FIRST = ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Alfie", "Freya", "Rhys", "Niamh"]
UK_LAST = ["Pemberton", "Okonkwo", "Hargreaves", "Whitfield", "Ellison", "Cartwright", "Mahmood", "Fenwick", "Blackwood", "Tierney"]
UK_ADDR = [("Kirkstall Road", "Leeds", "LS4 2AZ"), ("Victoria Street", "Bristol", "BS1 6AA"), ("Deansgate", "Manchester", "M3 4LQ"),
           ("Princes Street", "Edinburgh", "EH2 2ER"), ("Castle Street", "Cardiff", "CF10 1BS"), ("Bold Street", "Liverpool", "L1 4DS"),
           ("High Street", "Oxford", "OX1 4AP"), ("Mill Road", "Cambridge", "CB1 2AD")]


class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.docs = []

    def wareki_dob(self, short=False):
        y = self.dob.year
        if y >= 1989 and self.dob >= dt.date(1989, 1, 8):
            era, ey, ab = "平成", y - 1988, "H"
        else:
            era, ey, ab = "昭和", y - 1925, "S"
        if short:
            return f"{ab}{ey}.{self.dob.month}.{self.dob.day}"
        return f"{era}{'元' if ey == 1 else ey}年{self.dob.month}月{self.dob.day}日"


class Doc:
    def __init__(self, W, path, fmt, lang, message_id=None):
        self.W, self.path, self.fmt, self.lang = W, path, fmt, lang
        self.ev, self.types, self.marks, self.mark_optional, self.pii_optional = [], set(), set(), set(), set()
        self.decoys, self.people, self.sens = [], {}, set()
        self.message_id = message_id

    def add(self, p, t, v):
        self.types.add(t)
        self.ev.append({"type": t, "person": p.id if p else None, "value": v})
        if p is not None:
            self.people.setdefault(p.id, set()).add(t)
            p.docs.append(self.path)
            if t == "EMAIL_ADDRESS":
                p.emails_seen.add(v)
            if t == "PHONE_NUMBER":
                p.phones_seen.add(p.e164)
            p.elements.add(t)
            p.names_seen.add(v) if t == "PERSON_NAME" else None

    def sensitive(self, p):
        p.sensitive = True

    def mark(self, c):
        self.marks.add(c)

    def mark_opt(self, c):
        self.mark_optional.add(c)

    def opt_type(self, t):
        self.pii_optional.add(t)

    def opt_person_name(self, name):
        pass  # a person named in passing (doctor, signer): PERSON_NAME is already in the item; not a truth person

    def decoy(self, desc, codes):
        self.decoys.append({"desc": desc, "codes": codes})

    def to_json(self):
        out = {"path": self.path, "format": self.fmt, "status": "OK", "language": self.lang,
               "pii_types": sorted(self.types), "markings": sorted(self.marks),
               "decoys": [d["desc"] for d in self.decoys], "decoy_detail": [{"desc": d["desc"], "codes": [c for c in d["codes"] if c not in self.types | self.marks]}
                                 for d in self.decoys if set(d["codes"]) - self.types - self.marks],
               "people": sorted(self.people), "person_elements": {k: sorted(v) for k, v in sorted(self.people.items())},
               "evidence": self.ev, "ocr": False}
        if self.pii_optional:
            out["pii_optional"] = sorted(self.pii_optional - self.types)
        if self.mark_optional:
            out["markings_optional"] = sorted(self.mark_optional - self.marks)
        if self.message_id:
            out["message_id"] = self.message_id
        return out


class World:
    def __init__(self, out, seed, profile):
        self.out, self.seed, self.profile = out, seed, profile
        self.rnd = random.Random(seed)
        self.files = os.path.join(out, "files")
        os.makedirs(self.files, exist_ok=True)
        self.docs, self.people = [], []
        self._used = set()

    # people ------------------------------------------------------------------------------------
    def _pid(self):
        return f"Q{len(self.people) + 1:04d}"

    def _uniq(self, gen):
        for _ in range(1000):
            k = gen()
            if k not in self._used:
                self._used.add(k)
                return k
        raise RuntimeError("no unique value")

    def jp_person(self):
        R = self.rnd
        fam, giv = self._uniq(lambda: (R.choice(JP_FAMILY), R.choice(JP_GIVEN)))
        dob = dt.date(R.randint(1958, 2001), R.randint(1, 12), R.randint(1, 28))
        zp, tmpl = R.choice(JP_ADDR)
        addr = tmpl.format(a=R.randint(1, 5), b=R.randint(1, 30), c=R.randint(1, 20), r=R.randint(101, 905))
        pre = R.choice(["090", "080", "070"])
        mid, end = R.randint(1000, 9999), R.randint(1000, 9999)
        email = f"{giv[2][0].lower()}.{fam[2].lower()}{R.randint(1, 99)}@{R.choice(['example.jp', 'example.ne.jp', 'toyo-seiki.example.co.jp'])}"
        p = P(id=self._pid(), region="JP", family=fam[0], given=giv[0], kana_family=fam[1], kana_given=giv[1],
              romaji=f"{giv[2]} {fam[2].upper()}", sex_ja=giv[3], dob=dob, zip=zp, addr_ja=addr,
              phone_nat=f"{pre}-{mid}-{end}", phone_intl=f"+81 {pre[1:]}-{mid}-{end}", e164=f"+81{pre[1:]}{mid}{end}",
              email=email, name=f"{fam[0]} {giv[0]}", juris=["JP"])
        self._init(p)
        return p

    def us_first(self):
        return self.rnd.choice(US_FIRST)

    def us_person(self):
        R = self.rnd
        first, last = self._uniq(lambda: (R.choice(US_FIRST), R.choice(US_LAST)))
        city, st, z3, ac = R.choice(US_CITIES)
        ex, ln = R.randint(201, 989), R.randint(1000, 9999)
        if ex % 100 == 11 or ex == 555:
            ex += 1
        while True:
            area = R.randint(1, 899)
            if area not in (666,) and area != 0:
                break
        ssn = f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        itin = f"9{R.randint(0, 99):02d}-{R.choice([70, 71, 78, 80, 83, 90, 92, 94])}-{R.randint(1, 9999):04d}"
        p = P(id=self._pid(), region="US", first=first, last=last, dob=dt.date(R.randint(1955, 2000), R.randint(1, 12), R.randint(1, 28)),
              street=f"{R.randint(100, 9899)} {R.choice(US_STREETS)}", city=city, state=st, zip=f"{z3}{R.randint(10, 99)}",
              phone_nat=f"({ac}) {ex}-{ln}", phone_intl=f"+1 {ac}-{ex}-{ln}", e164=f"+1{ac}{ex}{ln}",
              email=f"{first.lower()}.{last.lower()}@{R.choice(['example.com', 'mail.example.net', 'example.org'])}",
              ssn=ssn, itin=itin, card=luhn_number(R, R.choice(["4", "51", "37", "6011"]), 16),
              dl=f"{R.choice('ABCDFGKLMNPRSTWY')}{R.randint(1000000, 9999999)}", passport=f"{R.randint(500000000, 599999999)}",
              ip=f"{R.choice([73, 98, 174, 24])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}",
              name=f"{first} {last}", juris=[f"US-{st}"])
        if p.card.startswith("37"):
            p.card = luhn_number(R, "37", 15)
        self._init(p)
        return p

    def uk_person(self):
        R = self.rnd
        first, last = self._uniq(lambda: (R.choice(UK_FIRST), R.choice(UK_LAST)))
        street, town, pc = R.choice(UK_ADDR)
        no = R.randint(2, 240)
        mob = f"7{R.choice(['403', '520', '825', '984'])}{R.randint(100000, 999999)}"
        nino = f"{R.choice('ABCEGHJKLMNPRSTWXYZ')}{R.choice('ABCEGHJKLMNPRSTWXYZ')} {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)} {R.choice('ABCD')}"
        if nino[:2] in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            nino = "AB" + nino[2:]
        p = P(id=self._pid(), region="GB", first=first, last=last, dob=dt.date(R.randint(1960, 2000), R.randint(1, 12), R.randint(1, 28)),
              addr=f"{no} {street}, {town} {pc}", addr_lines=[f"{no} {street}", town, pc],
              phone_nat=f"0{mob[:4]} {mob[4:]}", phone_intl=f"+44 {mob[:4]} {mob[4:]}", e164=f"+44{mob}",
              email=f"{first.lower()}{R.randint(1, 99)}@example.co.uk", nino=nino, iban=iban_gb(R),
              acct=f"{R.randint(10000000, 99999999)}", name=f"{first} {last}", juris=["GB"])
        self._init(p)
        return p

    def _init(self, p):
        p.emails_seen, p.phones_seen, p.elements, p.names_seen, p.sensitive = set(), set(), set(), set(), False
        self.people.append(p)

    # docs --------------------------------------------------------------------------------------
    def doc(self, path, fmt, lang, message_id=None):
        # two people of one family name would write one file twice: the second gets a number
        taken = {x.path for x in self.docs}
        if path in taken:
            stem, dot, ext = path.rpartition(".")
            n = 2
            while f"{stem}_{n}.{ext}" in taken:
                n += 1
            path = f"{stem}_{n}.{ext}"
        d = Doc(self, path, fmt, lang, message_id)
        self.docs.append(d)
        return d

    def container(self, path, fmt):
        return self.doc(path, fmt, "")

    def path_for(self, rel):
        full = os.path.join(self.files, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def path(self, d):
        return self.path_for(d.path)

    def write_text(self, d, text, encoding="utf-8"):
        with open(self.path(d), "w", encoding=encoding, newline="") as f:
            f.write(text)

    def finish(self):
        docs = []
        for d in self.docs:
            j = d.to_json()
            fp = os.path.join(self.files, d.path)
            if "!/" not in d.path and os.path.exists(fp):
                b = open(fp, "rb").read()
                j["sha256"], j["size_bytes"] = hashlib.sha256(b).hexdigest(), len(b)
            docs.append(j)
        people = []
        for p in self.people:
            if not p.docs:
                continue
            people.append({"id": p.id, "name": p.name, "names_seen": sorted(p.names_seen), "emails": sorted(p.emails_seen),
                           "phones": sorted(p.phones_seen), "jurisdictions": p.juris, "data_elements": sorted(p.elements),
                           "sensitive": p.sensitive, "documents": sorted(set(p.docs)), "documents_distinct": len(set(p.docs)),
                           "ocr_documents": [], "data_elements_ocr_only": [], "emails_ocr_only": [], "phones_ocr_only": [],
                           "region": p.region})
        truth = {"profile": self.profile, "seed": self.seed, "generator": "probe6 gen", "contract": "output-contract v1",
                 "documents": docs, "people": people}
        with open(os.path.join(self.out, "truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
        print(f"{len(docs)} items, {len(people)} people -> {self.out}")


# ------------------------------------------------------------------------------------------------ writers
def _zip(path, parts, first_stored=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if first_stored:
            z.writestr(zipfile.ZipInfo(first_stored[0]), first_stored[1], compress_type=zipfile.ZIP_STORED)
        for name, data in parts.items():
            z.writestr(name, data)


CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>{}</Types>'
OV = '<Override PartName="{}" ContentType="{}"/>'
RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}</Relationships>'
REL = '<Relationship Id="{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{}" Target="{}"/>'
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _wp(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>'


def docx(path, paras, header=None, footer=None, table=None):
    body = "".join(_wp(p) for p in paras)
    if table:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{_wp(c)}</w:tc>" for c in row) + "</w:tr>" for row in table) + "</w:tbl>"
    rels, ov, sect, parts = [], [OV.format("/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")], "", {}
    if header:
        rels.append(REL.format("rIdH", "header", "header1.xml"))
        ov.append(OV.format("/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"))
        parts["word/header1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W_NS}>{_wp(header)}</w:hdr>'
        sect += '<w:headerReference w:type="default" r:id="rIdH"/>'
    if footer:
        rels.append(REL.format("rIdF", "footer", "footer1.xml"))
        ov.append(OV.format("/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"))
        parts["word/footer1.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W_NS}>{_wp(footer)}</w:ftr>'
        sect += '<w:footerReference w:type="default" r:id="rIdF"/>'
    parts["word/document.xml"] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>'
    parts["word/_rels/document.xml.rels"] = RELS.format("".join(rels))
    parts["_rels/.rels"] = RELS.format(REL.format("rId1", "officeDocument", "word/document.xml"))
    parts["[Content_Types].xml"] = CT.format("".join(ov))
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(path, sheets: dict, header_footer=None):
    parts, ov, wrels, sh = {}, [OV.format("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
                               OV.format("/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml")], [], []
    for n, (name, rows) in enumerate(sheets.items(), 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = "".join(f'<c r="{_col(ci)}{ri}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>'
                            for ci, v in enumerate(row) if v not in (None, ""))
            xr.append(f'<row r="{ri}">{cells}</row>')
        hf = f"<headerFooter><oddHeader>{xesc(header_footer)}</oddHeader><oddFooter>{xesc(header_footer)}</oddFooter></headerFooter>" if header_footer else ""
        parts[f"xl/worksheets/sheet{n}.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                                f'<sheetData>{"".join(xr)}</sheetData>{hf}</worksheet>')
        ov.append(OV.format(f"/xl/worksheets/sheet{n}.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"))
        wrels.append(REL.format(f"rId{n}", "worksheet", f"worksheets/sheet{n}.xml"))
        sh.append(f'<sheet name="{xesc(name)}" sheetId="{n}" r:id="rId{n}"/>')
    wrels.append(REL.format("rIdS", "styles", "styles.xml"))
    parts["xl/workbook.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                                f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{"".join(sh)}</sheets></workbook>')
    parts["xl/styles.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
                              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf/></cellXfs></styleSheet>')
    parts["xl/_rels/workbook.xml.rels"] = RELS.format("".join(wrels))
    parts["_rels/.rels"] = RELS.format(REL.format("rId1", "officeDocument", "xl/workbook.xml"))
    parts["[Content_Types].xml"] = CT.format("".join(ov))
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


P_NS = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
POS = {"tr": (9800000, 150000, 2000000, 500000), "top": (4600000, 50000, 3000000, 400000), "bottom": (4600000, 6400000, 3000000, 400000),
       "title": (457200, 600000, 9000000, 800000), "body": (457200, 1500000, 11000000, 600000)}


def pptx(path, slides):
    parts = {}
    ov = [OV.format("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
          OV.format("/ppt/slideMasters/slideMaster1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"),
          OV.format("/ppt/slideLayouts/slideLayout1.xml", "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"),
          OV.format("/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")]
    prels = [REL.format("rId1", "slideMaster", "slideMasters/slideMaster1.xml"), REL.format("rId2", "theme", "theme/theme1.xml")]
    ids = []
    body_y = {}
    for n, shapes in enumerate(slides, 1):
        sps, k = [], 2
        by = 1500000
        for text, pos in shapes:
            x, y, cx, cy = POS[pos]
            if pos == "body":
                y, by = by, by + 700000
            sps.append(f'<p:sp><p:nvSpPr><p:cNvPr id="{k}" name="TextBox {k}"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/>'
                       f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/>'
                       f'<a:p><a:r><a:rPr lang="ja-JP"/><a:t>{xesc(text)}</a:t></a:r></a:p></p:txBody></p:sp>')
            k += 1
        parts[f"ppt/slides/slide{n}.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld {P_NS}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
                                             f'<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>{"".join(sps)}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>')
        parts[f"ppt/slides/_rels/slide{n}.xml.rels"] = RELS.format(REL.format("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"))
        ov.append(OV.format(f"/ppt/slides/slide{n}.xml", "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"))
        prels.append(REL.format(f"rId{n + 2}", "slide", f"slides/slide{n}.xml"))
        ids.append(f'<p:sldId id="{255 + n}" r:id="rId{n + 2}"/>')
    parts["ppt/presentation.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation {P_NS}><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>'
                                     f'<p:sldIdLst>{"".join(ids)}</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>')
    parts["ppt/_rels/presentation.xml.rels"] = RELS.format("".join(prels))
    parts["ppt/slideMasters/slideMaster1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldMaster {P_NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
                                                  '<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld>'
                                                  '<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>'
                                                  '<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst></p:sldMaster>')
    parts["ppt/slideMasters/_rels/slideMaster1.xml.rels"] = RELS.format(REL.format("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml") + REL.format("rId2", "theme", "../theme/theme1.xml"))
    parts["ppt/slideLayouts/slideLayout1.xml"] = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sldLayout {P_NS} type="blank" preserve="1"><p:cSld name="Blank"><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/>'
                                                  '<p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/></p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>')
    parts["ppt/slideLayouts/_rels/slideLayout1.xml.rels"] = RELS.format(REL.format("rId1", "slideMaster", "../slideMasters/slideMaster1.xml"))
    clr = "".join(f'<a:{n}><a:srgbClr val="{v}"/></a:{n}>' for n, v in (("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "44546A"), ("lt2", "E7E6E6"), ("accent1", "4472C4"), ("accent2", "ED7D31"),
                                                                      ("accent3", "A5A5A5"), ("accent4", "FFC000"), ("accent5", "5B9BD5"), ("accent6", "70AD47"), ("hlink", "0563C1"), ("folHlink", "954F72")))
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    parts["ppt/theme/theme1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements>'
                                     f'<a:clrScheme name="Office">{clr}</a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>'
                                     '<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office">'
                                     f'<a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst><a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln><a:ln><a:noFill/></a:ln></a:lnStyleLst>'
                                     '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
                                     f'<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>')
    parts["_rels/.rels"] = RELS.format(REL.format("rId1", "officeDocument", "ppt/presentation.xml"))
    parts["[Content_Types].xml"] = CT.format("".join(ov))
    _zip(path, dict(sorted(parts.items(), key=lambda kv: kv[0] != "[Content_Types].xml")))


def odt(path, paras):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'office:version="1.2"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ns}><office:body><office:text>' +
               "".join(f"<text:p>{xesc(p)}</text:p>" for p in paras) + "</office:text></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    _zip(path, {"content.xml": content, "META-INF/manifest.xml": manifest}, first_stored=("mimetype", "application/vnd.oasis.opendocument.text"))


def rtf(path, paras):
    def enc(s):
        out = []
        for ch in s:
            o = ord(ch)
            if ch in "\\{}":
                out.append("\\" + ch)
            elif o < 128:
                out.append(ch)
            else:
                out.append(f"\\u{o if o < 32768 else o - 65536}?")
        return "".join(out)
    body = "".join(enc(p) + "\\par\n" for p in paras)
    with open(path, "w", encoding="ascii") as f:
        f.write("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\uc1\n" + body + "}")


def write_pdf(path, objs, n, version="1.4"):
    """Writes PDF objects 1..n-1 (bytes, or str as Latin-1) with their cross-reference table; object 1 is the catalog."""
    out = io.BytesIO()
    out.write(f"%PDF-{version}\n".encode() + b"%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        body = objs[i] if isinstance(objs[i], bytes) else objs[i].encode("latin-1")
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {n}\n0000000000 65535 f \n".encode())
    for i in range(1, n):
        out.write(f"{offs[i]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {n} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    with open(path, "wb") as f:
        f.write(out.getvalue())


def pdf(path, pages, banner=None):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")
    objs = []
    kids = []
    font_id = 3
    page_objs = []
    for lines in pages:
        ops = ["BT /F1 10 Tf"]
        y = 780
        if banner:
            ops.append(f"1 0 0 1 {306 - len(banner) * 3} 810 Tm ({esc(banner)}) Tj")
        for ln in lines:
            y -= 16
            ops.append(f"1 0 0 1 60 {y} Tm ({esc(ln)}) Tj")
        if banner:
            ops.append(f"1 0 0 1 {306 - len(banner) * 3} 24 Tm ({esc(banner)}) Tj")
        ops.append("ET")
        page_objs.append("\n".join(ops))
    # object numbering: 1 catalog, 2 pages, 3 font, then (page, content) pairs
    n = 4
    body = {}
    for content in page_objs:
        pid, cid = n, n + 1
        n += 2
        kids.append(pid)
        data = content.encode("latin-1")
        body[pid] = f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {cid} 0 R >>".encode()
        body[cid] = b"<< /Length " + str(len(data)).encode() + b" >>\nstream\n" + data + b"\nendstream"
    body[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    body[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    body[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    write_pdf(path, body, n)


_mid = [0]


def mail(frm, to, subject, body, date, attachments=(), in_reply_to=None, cc=None):
    m = email.message.EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, to, subject
    if cc:
        m["Cc"] = cc
    m["Date"] = email.utils.format_datetime(dt.datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=9))))
    _mid[0] += 1
    m["Message-ID"] = f"<probe{_mid[0]:04d}.{abs(hash(subject)) % 10**8}@mail.example.jp>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    m.set_content(body)
    for name, data, ctype in attachments:
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    return m


def mbox_escape(b: bytes) -> bytes:
    return re.sub(rb"(?m)^(>*From )", rb">\1", b)


def csv_text(rows, delim=","):
    """Rows as CSV text with CRLF line ends, as spreadsheet programs write them."""
    b = io.StringIO()
    csv.writer(b, delimiter=delim, lineterminator="\r\n").writerows(rows)
    return b.getvalue()
