#!/usr/bin/env python3
"""gen10.py - probe set 10 for leakscope: database dumps and application exports, the files a breach of a web
application or a CRM really leaks. mysqldump (CREATE TABLE + extended INSERT without a column list, escaped quotes,
NULLs; --complete-insert with one), pg_dump (COPY ... FROM stdin, tab rows, \\N, '\\.'), a gzipped dump, a SQLite
database, LDIF (base64 '::' values for Japanese names, postalAddress with '$'), mongoexport JSON lines ($oid, $date,
nested address), an Elasticsearch _bulk file, a Firebase auth export, a Django fixture, a YAML seed of real admin
accounts, Outlook / Salesforce / HubSpot / phpMyAdmin contact exports, a WordPress + WooCommerce users dump
(wp_usermeta key/value rows), an EC-CUBE dtb_customer dump (name01 / name02, kana01 / kana02), a .bak of a member
CSV, an XML 会員 export with Japanese element names, a Shift_JIS 受注 CSV of a Japanese shop (注文者 / お届け先),
a clinic app's pg_dump (patients + visits with diagnoses), an HR dump with SSNs and bank accounts, a card vault.
Look-alikes: schema-only dumps (columns named ssn / email / birth_date, no rows), product, shipment and audit dumps
(SKUs, EANs, tracking numbers, UUIDs, hashes, prices, timestamps), a Rails migration, a Laravel factory (faker
calls), an LDIF of groups and service accounts, a product catalogue in mongoexport and _bulk form, a cache SQLite
database, a Shift_JIS 商品マスタ.

    python3 bench/probes/gen10.py OUT [--seed N]      (tuning seed 10; check seed 1010, measured once before and after)

Truth conventions (README.md): a password hash (phpass, bcrypt, {SSHA}, Firebase scrypt) is no password: CREDENTIAL
is optional beside it; a plaintext initial password is a CREDENTIAL. A shop's own support mailbox or phone is
optional. A dump's row is one person's record: the person's data elements are those of the row (and of rows keyed to
it in the same file).
"""
from __future__ import annotations

import argparse
import base64
import datetime as dt
import gzip
import hashlib
import json
import os
import sqlite3
import sys
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from probelib import luhn_number, xesc  # noqa: E402
from enlib import iban, routing  # noqa: E402
from gen9 import eu_person  # noqa: E402

PREF_ID = {"東京都": 13, "神奈川県": 14, "大阪府": 27, "福岡県": 40, "宮城県": 4, "愛知県": 23, "埼玉県": 11, "香川県": 37,
           "沖縄県": 47, "群馬県": 10}


def sq(v):
    """A MySQL literal as mysqldump writes it."""
    if v is None:
        return "NULL"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def mysql_head(db):
    return ("-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: 10.0.3.12    Database: " + db + "\n"
            "-- ------------------------------------------------------\n-- Server version\t8.0.36\n\n"
            "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!50503 SET NAMES utf8mb4 */;\n"
            "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n\n")


def mysql_table(name, cols, rows, complete=False):
    """CREATE TABLE and one extended INSERT (many rows on one line), as mysqldump writes them."""
    defs = ",\n".join(f"  `{c}` {t}" for c, t in cols)
    out = (f"--\n-- Table structure for table `{name}`\n--\n\nDROP TABLE IF EXISTS `{name}`;\n"
           f"/*!40101 SET @saved_cs_client     = @@character_set_client */;\nCREATE TABLE `{name}` (\n{defs},\n"
           f"  PRIMARY KEY (`{cols[0][0]}`)\n) ENGINE=InnoDB AUTO_INCREMENT={len(rows) + 101} DEFAULT CHARSET=utf8mb4;\n\n")
    if rows:
        collist = " (" + ", ".join(f"`{c}`" for c, _ in cols) + ")" if complete else ""
        out += (f"--\n-- Dumping data for table `{name}`\n--\n\nLOCK TABLES `{name}` WRITE;\n"
                f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\nINSERT INTO `{name}`{collist} VALUES "
                + ",".join("(" + ",".join(sq(v) for v in r) + ")" for r in rows) +
                f";\n/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n\n")
    return out


def pg_copy(table, cols, rows):
    def cell(v):
        if v is None:
            return "\\N"
        return str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
    return (f"--\n-- Data for Name: {table.split('.')[-1]}; Type: TABLE DATA; Schema: public; Owner: app\n--\n\n"
            f"COPY {table} ({', '.join(cols)}) FROM stdin;\n" + "".join("\t".join(cell(v) for v in r) + "\n" for r in rows) + "\\.\n\n\n")


PG_HEAD = ("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 15.6\n-- Dumped by pg_dump version 15.6\n\n"
           "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n"
           "SELECT pg_catalog.set_config('search_path', '', false);\n\n")


def csvq(cells):
    return ",".join('"' + str(c).replace('"', '""') + '"' for c in cells)



def bson(d):
    """A BSON document (mongodump's .bson holds them one after another): the types a dump of users holds."""
    import struct

    def cstr(x):
        return x.encode("utf-8") + b"\0"

    def el(name, v):
        if isinstance(v, bool):
            return b"\x08" + cstr(name) + (b"\x01" if v else b"\x00")
        if isinstance(v, int):
            return b"\x12" + cstr(name) + struct.pack("<q", v)
        if isinstance(v, float):
            return b"\x01" + cstr(name) + struct.pack("<d", v)
        if isinstance(v, str):
            b = v.encode("utf-8")
            return b"\x02" + cstr(name) + struct.pack("<i", len(b) + 1) + b + b"\0"
        if isinstance(v, dict):
            return b"\x03" + cstr(name) + bson(v)
        if isinstance(v, list):
            return b"\x04" + cstr(name) + bson({str(i): x for i, x in enumerate(v)})
        if isinstance(v, dt.datetime):
            return b"\x09" + cstr(name) + struct.pack("<q", int(v.replace(tzinfo=dt.timezone.utc).timestamp() * 1000))
        if isinstance(v, bytes) and len(v) == 12:
            return b"\x07" + cstr(name) + v
        if isinstance(v, bytes):
            return b"\x05" + cstr(name) + struct.pack("<i", len(v)) + b"\x00" + v
        return b"\x0a" + cstr(name)
    body = b"".join(el(k, v) for k, v in d.items()) + b"\0"
    return struct.pack("<i", len(body) + 4) + body


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=10)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe10")
    R = W.rnd
    jp = [W.jp_person() for _ in range(11)]
    us = [W.us_person() for _ in range(10)]
    uk = [W.uk_person() for _ in range(4)]
    eu = [eu_person(W, "DE"), eu_person(W, "DE"), eu_person(W, "FR"), eu_person(W, "FR")]

    def ts(y0=2019):
        return f"{R.randint(y0, 2024)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"

    def phpass():
        return "$P$B" + "".join(R.choice("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(30))

    def bcrypt():
        return "$2y$10$" + "".join(R.choice("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(53))

    def hexs(n):
        return "".join(R.choice("0123456789abcdef") for _ in range(n))

    def name_of(p):
        return f"{p.family} {p.given}" if p.region == "JP" else f"{p.first} {p.last}"

    def jp_split(p):
        pref = next(k for k in PREF_ID if p.addr_ja.startswith(k))
        return pref, p.addr_ja[len(pref):]

    def person_row(d, p, name=None, email=True, phone=True, dob=None, addr=None):
        d.add(p, "PERSON_NAME", name or name_of(p))
        if email:
            d.add(p, "EMAIL_ADDRESS", p.email)
        if phone:
            d.add(p, "PHONE_NUMBER", phone if isinstance(phone, str) else p.phone_nat)
        if dob:
            d.add(p, "DATE_OF_BIRTH", dob)
        if addr:
            d.add(p, "POSTAL_ADDRESS", addr)

    def us_addr(u):
        return f"{u.street}, {u.city}, {u.state} {u.zip}"

    # ================================================================ MySQL: shop customers (no column list)
    d = W.doc("backup/mysql/shop_prod_2024-06-30.sql", "sql", "en")
    cols = [("id", "int NOT NULL AUTO_INCREMENT"), ("first_name", "varchar(64) NOT NULL"), ("last_name", "varchar(64) NOT NULL"),
            ("email", "varchar(190) NOT NULL"), ("phone", "varchar(32) DEFAULT NULL"), ("birth_date", "date DEFAULT NULL"),
            ("street", "varchar(128) DEFAULT NULL"), ("city", "varchar(64) DEFAULT NULL"), ("state", "char(2) DEFAULT NULL"),
            ("zip", "varchar(10) DEFAULT NULL"), ("notes", "text"), ("created_at", "datetime NOT NULL")]
    rows = []
    notes = ["Prefers \"leave at door\"; dog in yard", None, "VIP - don't call before 10am", "Customer's second account"]
    for i, u in enumerate(us[0:4]):
        ph = u.phone_nat if i % 2 == 0 else f"+1{u.e164[2:]}"
        rows.append((1000 + i, u.first, u.last, u.email, ph, u.dob.isoformat(), u.street, u.city, u.state, u.zip, notes[i], ts()))
        person_row(d, u, phone=ph, dob=u.dob.isoformat(), addr=us_addr(u))
    orders = [(50000 + i, 1000 + R.randint(0, 3), f"SKU-{R.randint(10000, 99999)}", R.randint(1, 4), f"{R.randint(5, 400)}.{R.randint(0, 99):02d}",
               "shipped", f"1Z{hexs(16).upper()}", ts(2024)) for i in range(6)]
    d.opt_type("IP_ADDRESS")  # the "-- Host:" line names the database server, no person
    W.write_text(d, mysql_head("shop_prod") + mysql_table("customers", cols, rows) +
                 mysql_table("orders", [("id", "int NOT NULL"), ("customer_id", "int NOT NULL"), ("sku", "varchar(32)"), ("qty", "int"),
                                        ("total", "decimal(10,2)"), ("status", "varchar(16)"), ("tracking_no", "varchar(40)"),
                                        ("created_at", "datetime")], orders) + "-- Dump completed on 2024-06-30  3:00:02\n")
    d.decoy("order ids, SKUs, UPS tracking numbers, totals, timestamps", ["CREDIT_CARD", "US_SSN", "BANK_ACCOUNT"])

    # ================================================================ PostgreSQL: CRM contacts + bank details
    d = W.doc("backup/pg/crm_2024-06-30.sql", "sql", "en")
    crow, brow = [], []
    for i, p in enumerate([uk[0], uk[1], eu[0], eu[2]]):
        if p.region == "GB":
            street, rest = p.addr_lines[0], p.addr_lines[1:]
            city, pc, cc = rest[0], rest[1], "GB"
            addr = p.addr
        else:
            street, city, pc, cc = p.street, p.city, p.plz, p.region
            addr = p.addr
        dob = p.dob.isoformat()
        crow.append((i + 1, f"{p.first} {p.last}", p.email, p.phone_intl if p.region == "GB" else p.phone_nat, dob, street,
                     None if i == 3 else city, pc, cc, ts() + "+00"))
        brow.append((i + 1, p.iban, R.choice(["BARCGB22", "DEUTDEFF", "BNPAFRPP", "LOYDGB2L"])))
        person_row(d, p, phone=crow[-1][3], dob=dob, addr=addr)
        d.add(p, "IBAN", p.iban)
    W.write_text(d, PG_HEAD + "CREATE TABLE public.contacts (\n    id integer NOT NULL,\n    full_name text NOT NULL,\n    email text,\n"
                    "    phone text,\n    date_of_birth date,\n    address_line1 text,\n    city text,\n    postcode text,\n    country character(2),\n"
                    "    created_at timestamp with time zone\n);\n\n" +
                 pg_copy("public.contacts", ["id", "full_name", "email", "phone", "date_of_birth", "address_line1", "city", "postcode", "country", "created_at"], crow) +
                 pg_copy("public.bank_details", ["contact_id", "iban", "bic"], brow) +
                 "--\n-- PostgreSQL database dump complete\n--\n\n")

    # ================================================================ SQLite: app users + orders
    d = W.doc("app/data/app.sqlite3", "sqlite", "en")
    path = W.path(d)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, username TEXT, full_name TEXT, email TEXT, phone TEXT, password_hash TEXT, created_at TEXT)")
    con.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER, sku TEXT, total REAL, placed_at TEXT)")
    for i, p in enumerate([us[4], us[5], jp[0]]):
        nm = name_of(p)
        con.execute("INSERT INTO users VALUES (?,?,?,?,?,?,?)", (i + 1, p.email.split("@")[0], nm, p.email, p.phone_intl, bcrypt(), ts()))
        person_row(d, p, name=nm, phone=p.phone_intl)
    for i in range(5):
        con.execute("INSERT INTO orders VALUES (?,?,?,?,?)", (i + 1, R.randint(1, 3), f"SKU-{R.randint(10000, 99999)}", R.randint(500, 40000) / 100, ts(2024)))
    con.commit()
    con.close()
    d.opt_type("CREDENTIAL")  # bcrypt hashes
    d.decoy("SKUs, totals, timestamps", ["CREDIT_CARD", "DATE_OF_BIRTH"])

    # ================================================================ LDIF: ou=People with base64 Japanese names
    d = W.doc("ldap/ou_people_export.ldif", "ldif", "ja")
    out = ["version: 1", ""]

    def b64(s):
        return base64.b64encode(s.encode("utf-8")).decode("ascii")
    for p in jp[1:4]:
        uid = f"{p.romaji.split()[0][0].lower()}{p.romaji.split()[1].lower()}"
        out += [f"dn: uid={uid},ou=People,dc=toyo-seiki,dc=example,dc=co,dc=jp", "objectClass: inetOrgPerson", "objectClass: posixAccount",
                f"uid: {uid}", f"cn:: {b64(p.family + ' ' + p.given)}", f"sn:: {b64(p.family)}", f"givenName:: {b64(p.given)}",
                f"displayName: {p.romaji}", f"mail: {p.email}", f"telephoneNumber: {p.phone_intl}", f"postalCode: {p.zip}",
                f"postalAddress:: {b64(p.addr_ja)}", f"uidNumber: {R.randint(10000, 20000)}", "gidNumber: 10000",
                f"homeDirectory: /home/{uid}", f"userPassword:: {b64('{SSHA}' + base64.b64encode(bytes(R.getrandbits(8) for _ in range(24))).decode())}", ""]
        person_row(d, p, phone=p.phone_intl, addr=p.addr_ja)
    k = uk[2]
    uid = f"{k.first[0].lower()}{k.last.lower()}"
    out += [f"dn: uid={uid},ou=People,dc=toyo-seiki,dc=example,dc=co,dc=jp", "objectClass: inetOrgPerson", f"uid: {uid}",
            f"cn: {k.first} {k.last}", f"sn: {k.last}", f"givenName: {k.first}", f"mail: {k.email}", f"mobile: {k.phone_intl}",
            f"postalAddress: {k.addr_lines[0]}${k.addr_lines[1]}${k.addr_lines[2]}", ""]
    person_row(d, k, phone=k.phone_intl, addr=k.addr)
    W.write_text(d, "\n".join(out))
    d.opt_type("CREDENTIAL")  # {SSHA} hashes

    # ================================================================ mongoexport: customers (JSON lines)
    d = W.doc("mongo/shop.customers.json", "json", "en")
    lines = []
    for p in (us[6], eu[1], jp[4]):
        if p.region == "JP":
            nm = {"first": p.given, "last": p.family}
            addr = {"postalCode": p.zip, "line1": p.addr_ja, "country": "JP"}
            a = p.addr_ja
        elif p.region == "US":
            nm = {"first": p.first, "last": p.last}
            addr = {"street": p.street, "city": p.city, "state": p.state, "postalCode": p.zip, "country": "US"}
            a = us_addr(p)
        else:
            nm = {"first": p.first, "last": p.last}
            addr = {"street": p.street, "city": p.city, "postalCode": p.plz, "country": p.region}
            a = p.addr
        ph = p.phone_intl if hasattr(p, "phone_intl") else p.phone_nat
        lines.append(json.dumps({"_id": {"$oid": hexs(24)}, "name": nm, "email": p.email,
                                 "phones": [{"type": "mobile", "number": ph}], "dob": {"$date": p.dob.isoformat() + "T00:00:00.000Z"},
                                 "address": addr, "createdAt": {"$date": ts().replace(" ", "T") + ".000Z"}, "marketingOptIn": True},
                                ensure_ascii=False, separators=(",", ":")))
        person_row(d, p, name=f"{nm['first']} {nm['last']}" if p.region != "JP" else f"{p.family} {p.given}", phone=ph,
                   dob=p.dob.isoformat(), addr=a)
    W.write_text(d, "\n".join(lines) + "\n")

    # ================================================================ Outlook contacts CSV (the long header)
    d = W.doc("exports/outlook_contacts.csv", "csv", "en")
    hdr = ["Title", "First Name", "Middle Name", "Last Name", "Suffix", "Company", "Department", "Job Title", "Business Street",
           "Business Street 2", "Business City", "Business State", "Business Postal Code", "Business Country/Region", "Home Street",
           "Home Street 2", "Home City", "Home State", "Home Postal Code", "Home Country/Region", "Business Fax", "Business Phone",
           "Home Phone", "Mobile Phone", "Anniversary", "Birthday", "Categories", "E-mail Address", "E-mail Type", "E-mail Display Name",
           "Notes", "Web Page"]
    rows = [hdr]
    for i, u in enumerate((us[7], us[8], uk[3])):
        bd = "0/0/00" if i == 1 else f"{u.dob.month}/{u.dob.day}/{u.dob.year}"
        home = (u.street, u.city, u.state, u.zip, "United States") if u.region == "US" else (u.addr_lines[0], u.addr_lines[1], "", u.addr_lines[2], "United Kingdom")
        r = {"First Name": u.first, "Last Name": u.last, "Company": "", "Home Street": home[0], "Home City": home[1], "Home State": home[2],
             "Home Postal Code": home[3], "Home Country/Region": home[4], "Mobile Phone": u.phone_nat, "Anniversary": "0/0/00",
             "Birthday": bd, "E-mail Address": u.email, "E-mail Type": "SMTP", "E-mail Display Name": f"{u.first} {u.last} ({u.email})",
             "Categories": "Customers"}
        rows.append([r.get(h, "") for h in hdr])
        person_row(d, u, dob=None if i == 1 else bd, addr=us_addr(u) if u.region == "US" else u.addr)
    W.write_text(d, "\r\n".join(csvq(r) for r in rows) + "\r\n")
    d.decoy("Anniversary 0/0/00, an unknown birthday written 0/0/00", [])

    # ================================================================ Salesforce contact export
    d = W.doc("exports/salesforce/Contact_export_20240630.csv", "csv", "en")
    hdr = ["Id", "AccountId", "Salutation", "FirstName", "LastName", "MailingStreet", "MailingCity", "MailingState", "MailingPostalCode",
           "MailingCountry", "Phone", "MobilePhone", "Email", "Birthdate", "LeadSource", "OwnerId", "CreatedDate"]
    rows = [hdr]

    def sfid(pre):
        return pre + "5g00000" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))
    for u in (us[0], us[9], eu[3]):
        if u.region == "US":
            m = (u.street, u.city, u.state, u.zip, "USA")
            a = us_addr(u)
        else:
            m = (u.street, u.city, "", u.plz, "France")
            a = u.addr
        rows.append([sfid("003"), sfid("001"), R.choice(["Mr.", "Ms.", "Dr."]), u.first, u.last, *m, "", u.phone_nat, u.email,
                     u.dob.isoformat(), R.choice(["Web", "Trade Show", "Partner Referral"]), sfid("005"), ts().replace(" ", "T") + ".000Z"])
        person_row(d, u, dob=u.dob.isoformat(), addr=a)
    W.write_text(d, "\n".join(csvq(r) for r in rows) + "\n")
    d.decoy("Salesforce record ids, created dates", ["CREDENTIAL", "BANK_ACCOUNT"])

    # ================================================================ HubSpot export
    d = W.doc("exports/hubspot/hubspot-crm-exports-all-contacts-2024-06-30.csv", "csv", "en")
    hdr = ["Record ID", "First Name", "Last Name", "Email", "Phone Number", "Street Address", "City", "State/Region", "Postal Code",
           "Country/Region", "Create Date", "Lifecycle Stage", "Contact owner"]
    rows = [hdr]
    for u in (us[1], us[2], uk[0]):
        if u.region == "US":
            a = (u.street, u.city, u.state, u.zip, "United States")
            full = us_addr(u)
        else:
            a = (u.addr_lines[0], u.addr_lines[1], "", u.addr_lines[2], "United Kingdom")
            full = u.addr
        rows.append([str(R.randint(10**9, 10**10)), u.first, u.last, u.email, u.phone_intl, *a, ts(), "customer", "sales@northwind.example.com"])
        person_row(d, u, phone=u.phone_intl, addr=full)
    W.write_text(d, "\n".join(",".join(c if "," not in c else f'"{c}"' for c in r) for r in rows) + "\n")
    d.opt_type("EMAIL_ADDRESS")

    # ================================================================ WordPress + WooCommerce users
    d = W.doc("backup/wordpress/wp_users_usermeta.sql", "sql", "en")
    ucols = [("ID", "bigint unsigned NOT NULL AUTO_INCREMENT"), ("user_login", "varchar(60) NOT NULL DEFAULT ''"),
             ("user_pass", "varchar(255) NOT NULL DEFAULT ''"), ("user_nicename", "varchar(50) NOT NULL DEFAULT ''"),
             ("user_email", "varchar(100) NOT NULL DEFAULT ''"), ("user_url", "varchar(100) NOT NULL DEFAULT ''"),
             ("user_registered", "datetime NOT NULL DEFAULT '0000-00-00 00:00:00'"), ("user_activation_key", "varchar(255) NOT NULL DEFAULT ''"),
             ("user_status", "int NOT NULL DEFAULT '0'"), ("display_name", "varchar(250) NOT NULL DEFAULT ''")]
    urows = [(1, "admin", phpass(), "admin", "webmaster@northwind-shop.example.com", "", ts(2018), "", 0, "admin")]
    mrows = []
    mid = 10
    for i, u in enumerate((us[3], us[5]), 2):
        login = f"{u.first[0].lower()}{u.last.lower()}"
        urows.append((i, login, phpass(), login, u.email, "", ts(), "", 0, f"{u.first} {u.last}"))
        for key, val in (("nickname", login), ("first_name", u.first), ("last_name", u.last), ("billing_first_name", u.first),
                         ("billing_last_name", u.last), ("billing_address_1", u.street), ("billing_city", u.city), ("billing_state", u.state),
                         ("billing_postcode", u.zip), ("billing_country", "US"), ("billing_email", u.email), ("billing_phone", u.phone_nat),
                         ("wp_capabilities", 'a:1:{s:8:"customer";b:1;}'), ("session_tokens", None)):
            mid += 1
            mrows.append((mid, i, key, val))
        person_row(d, u, addr=f"{u.street} {u.city} {u.state} {u.zip}")
    d.opt_type("IP_ADDRESS")  # the "-- Host:" line names the database server, no person
    W.write_text(d, mysql_head("wordpress") + mysql_table("wp_users", ucols, urows) +
                 mysql_table("wp_usermeta", [("umeta_id", "bigint unsigned NOT NULL AUTO_INCREMENT"), ("user_id", "bigint unsigned NOT NULL DEFAULT '0'"),
                                             ("meta_key", "varchar(255) DEFAULT NULL"), ("meta_value", "longtext")], mrows))
    d.opt_type("CREDENTIAL")  # phpass hashes

    # ================================================================ Elasticsearch _bulk
    d = W.doc("es/bulk_customers_2024-06-30.ndjson", "ndjson", "en")
    lines = []
    for p in (jp[6], us[9]):
        ip = f"{R.choice([126, 153, 60, 98])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        _id = hexs(20)
        lines.append(json.dumps({"index": {"_index": "customers-v3", "_id": _id}}))
        lines.append(json.dumps({"customer_id": _id, "name": name_of(p), "email": p.email, "phone": p.phone_intl, "last_login_ip": ip,
                                 "signup_ts": ts().replace(" ", "T") + "Z", "tier": "gold"}, ensure_ascii=False))
        person_row(d, p, phone=p.phone_intl)
        d.add(p, "IP_ADDRESS", ip)
    W.write_text(d, "\n".join(lines) + "\n")

    # ================================================================ Firebase auth:export
    d = W.doc("firebase/auth_export_users.json", "json", "ja")
    users = []
    for p in (jp[7], jp[9]):
        users.append({"localId": hexs(28), "email": p.email, "emailVerified": True, "passwordHash": base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode(),
                      "salt": base64.b64encode(bytes(R.getrandbits(8) for _ in range(12))).decode(), "displayName": f"{p.family} {p.given}",
                      "phoneNumber": p.e164, "createdAt": str(R.randint(1600000000000, 1710000000000)),
                      "lastSignedInAt": str(R.randint(1710000000000, 1719000000000)), "providerUserInfo": []})
        person_row(d, p, phone=p.e164)
    W.write_text(d, json.dumps({"users": users}, ensure_ascii=False, indent=2))
    d.opt_type("CREDENTIAL")  # scrypt hashes

    # ================================================================ YAML seed of real admin accounts (plaintext initial passwords)
    d = W.doc("config/seed/admin_users.yml", "yml", "en")
    y = "# initial back-office accounts (prod), created 2024-04-01\nadmin_users:\n"
    for p in (jp[8], uk[1]):
        pw = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10)) + R.choice("#!%")
        y += (f"  - name: \"{name_of(p)}\"\n    email: {p.email}\n    phone: \"{p.phone_intl}\"\n    role: support_lead\n"
              f"    initial_password: \"{pw}\"\n")
        person_row(d, p, phone=p.phone_intl)
        d.add(p, "CREDENTIAL", pw)
    W.write_text(d, y)

    # ================================================================ Django fixture
    d = W.doc("crm/fixtures/customers_prod_snapshot.json", "json", "en")
    fx = []
    for i, p in enumerate((eu[2], eu[3], us[8]), 1):
        if p.region == "US":
            f = {"address_line1": p.street, "city": p.city, "postcode": p.zip, "country": "US"}
            a = us_addr(p)
        else:
            f = {"address_line1": p.street, "city": p.city, "postcode": p.plz, "country": p.region}
            a = p.addr
        fx.append({"model": "crm.customer", "pk": i, "fields": {"first_name": p.first, "last_name": p.last, "email": p.email,
                                                                   "phone": p.phone_nat, "date_of_birth": p.dob.isoformat(), **f,
                                                                   "created": ts().replace(" ", "T") + "Z"}})
        person_row(d, p, dob=p.dob.isoformat(), addr=a)
    W.write_text(d, json.dumps(fx, ensure_ascii=False, indent=4))

    # ================================================================ phpMyAdmin CSV of a PrestaShop ps_customer (';', quoted)
    d = W.doc("exports/phpmyadmin/ps_customer.csv", "csv", "fr")
    rows = ['"id_customer";"id_gender";"firstname";"lastname";"email";"passwd";"birthday";"newsletter";"ip_registration_newsletter";"date_add"']
    for i, p in enumerate((eu[0], eu[1], eu[2]), 1):
        ip = f"{R.choice([82, 90, 109, 176])}.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"
        rows.append(";".join(f'"{v}"' for v in (i, R.choice([1, 2]), p.first, p.last, p.email, bcrypt(), p.dob.isoformat(), 1, ip, ts())))
        person_row(d, p, phone=False, dob=p.dob.isoformat())
        d.add(p, "IP_ADDRESS", ip)
    W.write_text(d, "\n".join(rows) + "\n")
    d.opt_type("CREDENTIAL")

    # ================================================================ EC-CUBE dtb_customer (complete insert)
    d = W.doc("backup/eccube/eccube_prod_dtb_customer.sql", "sql", "ja")
    cols = [("id", "int UNSIGNED NOT NULL AUTO_INCREMENT"), ("customer_status_id", "smallint UNSIGNED DEFAULT NULL"),
            ("sex_id", "smallint UNSIGNED DEFAULT NULL"), ("pref_id", "smallint UNSIGNED DEFAULT NULL"), ("name01", "varchar(255) NOT NULL"),
            ("name02", "varchar(255) NOT NULL"), ("kana01", "varchar(255) DEFAULT NULL"), ("kana02", "varchar(255) DEFAULT NULL"),
            ("company_name", "varchar(255) DEFAULT NULL"), ("postal_code", "varchar(8) DEFAULT NULL"), ("addr01", "varchar(255) DEFAULT NULL"),
            ("addr02", "varchar(255) DEFAULT NULL"), ("email", "varchar(255) NOT NULL"), ("phone_number", "varchar(14) DEFAULT NULL"),
            ("birth", "datetime DEFAULT NULL"), ("password", "varchar(255) NOT NULL"), ("salt", "varchar(255) DEFAULT NULL"),
            ("secret_key", "varchar(255) NOT NULL"), ("create_date", "datetime NOT NULL")]
    rows = []
    for i, p in enumerate((jp[4], jp[5]), 1):
        pref, rest = jp_split(p)
        cut = rest.find("区") + 1 or rest.find("市") + 1 or 4
        rows.append((i, 2, 1 if p.sex_ja == "男" else 2, PREF_ID[pref], p.family, p.given, p.kana_family, p.kana_given, None,
                     p.zip.replace("-", ""), rest[:cut], rest[cut:], p.email, p.phone_nat.replace("-", ""), f"{p.dob.isoformat()} 00:00:00",
                     hexs(64), hexs(10), hexs(32), ts()))
        person_row(d, p, name=f"{p.family} {p.given}", phone=p.phone_nat.replace("-", ""), dob=p.dob.isoformat(), addr=rest)
    d.opt_type("IP_ADDRESS")  # the "-- Host:" line names the database server, no person
    W.write_text(d, mysql_head("eccube_prod") + mysql_table("dtb_customer", cols, rows, complete=True))
    d.opt_type("CREDENTIAL")  # salted hashes, activation keys

    # ================================================================ .bak of a member CSV (Japanese)
    d = W.doc("exports/members_20240630.csv.bak", "bak", "ja")
    rows = ["会員ID,氏名,フリガナ,メールアドレス,電話番号,生年月日,郵便番号,住所"]
    for p in (jp[8], jp[9]):
        rows.append(f"M{R.randint(100000, 999999)},{p.family} {p.given},{p.kana_family} {p.kana_given},{p.email},{p.phone_nat},"
                    f"{p.dob.strftime('%Y/%m/%d')},{p.zip},{p.addr_ja}")
        person_row(d, p, dob=p.dob.strftime('%Y/%m/%d'), addr=p.addr_ja)
    W.write_text(d, "\r\n".join(rows) + "\r\n")

    # ================================================================ XML 会員 export
    d = W.doc("exports/会員データ_20240630.xml", "xml", "ja")
    x = '<?xml version="1.0" encoding="UTF-8"?>\n<会員一覧 出力日="2024-06-30">\n'
    for p in (jp[0], jp[10]):
        x += (f"  <会員>\n    <会員番号>M{R.randint(100000, 999999)}</会員番号>\n    <氏名>{p.family}　{p.given}</氏名>\n"
              f"    <フリガナ>{p.kana_family}　{p.kana_given}</フリガナ>\n    <郵便番号>{p.zip}</郵便番号>\n    <住所>{p.addr_ja}</住所>\n"
              f"    <電話番号>{p.phone_nat}</電話番号>\n    <メールアドレス>{p.email}</メールアドレス>\n"
              f"    <生年月日>{p.dob.strftime('%Y-%m-%d')}</生年月日>\n    <入会日>{ts()[:10]}</入会日>\n  </会員>\n")
        person_row(d, p, name=f"{p.family}　{p.given}", dob=p.dob.strftime('%Y-%m-%d'), addr=p.addr_ja)
    W.write_text(d, x + "</会員一覧>\n")

    # ================================================================ Shift_JIS 受注 CSV (注文者 / お届け先)
    d = W.doc("EC/受注データ_202406.csv", "csv", "ja")
    hdr = ["受注番号", "受注日時", "注文者 氏名", "注文者 フリガナ", "注文者 郵便番号", "注文者 住所", "注文者 電話番号", "注文者 メールアドレス",
           "お届け先 氏名", "お届け先 郵便番号", "お届け先 住所", "お届け先 電話番号", "商品コード", "商品名", "数量", "金額"]
    rows = [",".join(hdr)]
    gift = W.jp_person()
    for p, q in ((jp[1], jp[1]), (jp[2], jp[2]), (jp[3], gift)):
        rows.append(",".join([f"{R.randint(10**7, 10**8)}", ts(2024), f"{p.family} {p.given}", f"{p.kana_family} {p.kana_given}", p.zip,
                              p.addr_ja, p.phone_nat, p.email, f"{q.family} {q.given}", q.zip, q.addr_ja, q.phone_nat,
                              f"TS-{R.randint(1000, 9999)}", "今治タオル ギフトセット", "1", f"{R.randint(20, 90)}00"]))
        person_row(d, p, addr=p.addr_ja)
        if q is not p:
            person_row(d, q, email=False, addr=q.addr_ja)
    W.write_text(d, "\r\n".join(rows) + "\r\n", encoding="cp932")

    # ================================================================ clinic app pg_dump: patients + visits
    d = W.doc("backup/pg/clinic_app_2024-06-30.sql", "sql", "en")
    prow, vrow = [], []
    diag = [("Type 2 diabetes mellitus", "Metformin 500 mg BID"), ("Major depressive disorder, recurrent", "Sertraline 50 mg daily")]
    for i, u in enumerate((us[6], us[7]), 1):
        prow.append((i, f"{u.first} {u.last}", u.dob.isoformat(), u.phone_nat, u.email, ts() + "-05"))
        vrow.append((100 + i, i, ts(2024)[:10], diag[i - 1][0], diag[i - 1][1]))
        person_row(d, u, dob=u.dob.isoformat())
        d.add(u, "HEALTH_INFO", diag[i - 1][0])
        d.sensitive(u)
    W.write_text(d, PG_HEAD + pg_copy("public.patients", ["id", "full_name", "date_of_birth", "phone", "email", "created_at"], prow) +
                 pg_copy("public.visits", ["id", "patient_id", "visit_date", "diagnosis", "prescription"], vrow))
    d.decoy("visit dates", [])

    # ================================================================ HR dump: SSNs and bank accounts
    d = W.doc("backup/mysql/hr_payroll_2024-06-30.sql", "sql", "en")
    cols = [("emp_no", "int NOT NULL"), ("first_name", "varchar(40)"), ("last_name", "varchar(40)"), ("ssn", "char(11)"),
            ("birth_date", "date"), ("hire_date", "date"), ("bank_routing", "char(9)"), ("bank_account", "varchar(17)")]
    rows = []
    for i, u in enumerate((us[2], us[9])):
        acct = f"{R.randint(10**9, 10**10 - 1)}"
        rows.append((20000 + i, u.first, u.last, u.ssn, u.dob.isoformat(), f"20{R.randint(10, 23)}-0{R.randint(1, 9)}-15", routing(R), acct))
        person_row(d, u, email=False, phone=False, dob=u.dob.isoformat())
        d.add(u, "US_SSN", u.ssn)
        d.add(u, "BANK_ACCOUNT", acct)
        d.sensitive(u)
    d.opt_type("IP_ADDRESS")  # the "-- Host:" line names the database server, no person
    W.write_text(d, mysql_head("hr") + mysql_table("employees", cols, rows))
    d.decoy("hire dates, routing numbers", [])

    # ================================================================ legacy card vault
    d = W.doc("backup/mysql/legacy_billing_cc_vault.sql", "sql", "en")
    cols = [("id", "int NOT NULL"), ("customer_id", "int"), ("cardholder", "varchar(80)"), ("card_number", "varchar(19)"),
            ("exp_month", "tinyint"), ("exp_year", "smallint"), ("created_at", "datetime")]
    rows = []
    for i, p in enumerate((us[4], us[8], eu[0]), 1):
        rows.append((i, 1000 + i, f"{p.first} {p.last}".upper(), p.card if hasattr(p, "card") else luhn_number(R, "4", 16),
                     R.randint(1, 12), R.randint(2025, 2029), ts()))
        d.add(p, "PERSON_NAME", f"{p.first} {p.last}".upper())
        d.add(p, "CREDIT_CARD", rows[-1][3])
        d.sensitive(p)
    d.opt_type("IP_ADDRESS")  # the "-- Host:" line names the database server, no person
    W.write_text(d, mysql_head("billing") + mysql_table("cc_vault", cols, rows))

    # ================================================================ gzipped newsletter dump
    sub = [(uk[2], "2023-11-02 10:14:55", f"86.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}"),
           (uk[3], "2024-01-19 18:40:02", f"92.{R.randint(1, 254)}.{R.randint(1, 254)}.{R.randint(1, 254)}")]
    body = mysql_head("newsletter") + mysql_table(
        "subscribers", [("id", "int NOT NULL"), ("email", "varchar(190)"), ("first_name", "varchar(64)"), ("subscribed_at", "datetime"),
                        ("confirm_ip", "varchar(45)")], [(i, k.email, k.first, t, ip) for i, (k, t, ip) in enumerate(sub, 1)])
    rel = "backup/mysql/newsletter_2024-06-30.sql.gz"
    with open(W.path_for(rel), "wb") as f:
        f.write(gzip.compress(body.encode("utf-8"), mtime=0))
    W.container(rel, "gz")
    d = W.doc(rel + "!/newsletter_2024-06-30.sql", "sql", "en")
    for k, _, ip in sub:
        d.add(k, "EMAIL_ADDRESS", k.email)
        d.add(k, "IP_ADDRESS", ip)
    d.opt_type("PERSON_NAME")  # a first name alone

    # ================================================================ more dump layouts (added after the first fixes)
    # mysqldump --xml: <row><field name="...">
    d = W.doc("backup/mysql/shop_customers_dump.xml", "xml", "en")
    x = ('<?xml version="1.0"?>\n<mysqldump xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<database name="shop_prod">\n'
         '\t<table_structure name="customers">\n\t\t<field Field="id" Type="int" Null="NO" Key="PRI" Extra="auto_increment" Comment="" />\n'
         '\t\t<field Field="email" Type="varchar(190)" Null="NO" Key="UNI" Extra="" Comment="" />\n\t</table_structure>\n'
         '\t<table_data name="customers">\n')
    for i, u in enumerate((us[5], us[7]), 1):
        x += "\t<row>\n" + "".join(f'\t\t<field name="{k}">{xesc(str(v))}</field>\n' for k, v in (
            ("id", 300 + i), ("first_name", u.first), ("last_name", u.last), ("email", u.email), ("birth_date", u.dob.isoformat()),
            ("street", u.street), ("city", u.city), ("state", u.state), ("zip", u.zip))) + '\t\t<field name="notes" xsi:nil="true" />\n\t</row>\n'
        person_row(d, u, phone=False, dob=u.dob.isoformat(), addr=us_addr(u))
    W.write_text(d, x + "\t</table_data>\n</database>\n</mysqldump>\n")

    # phpMyAdmin SQL export: column list, one row per line, UK members with NI numbers
    d = W.doc("backup/phpmyadmin/club_members.sql", "sql", "en")
    vals = []
    for i, k in enumerate((uk[0], uk[3]), 1):
        vals.append(f"({i}, {sq(k.last)}, {sq(k.first)}, {sq(k.dob.isoformat())}, {sq(k.addr_lines[0])}, {sq(k.addr_lines[1])}, "
                    f"{sq(k.addr_lines[2])}, {sq(k.phone_nat)}, {sq(k.nino)})")
        person_row(d, k, email=False, dob=k.dob.isoformat(), addr=k.addr)
        d.add(k, "UK_NINO", k.nino)
    W.write_text(d, "-- phpMyAdmin SQL Dump\n-- version 5.2.1\n-- https://www.phpmyadmin.net/\n--\n-- Host: localhost:3306\n"
                    "-- Generation Time: Jun 30, 2024 at 03:00 AM\n\nSET SQL_MODE = \"NO_AUTO_VALUE_ON_ZERO\";\n\n"
                    "CREATE TABLE `members` (\n  `member_id` int(11) NOT NULL,\n  `surname` varchar(50) NOT NULL,\n  `forename` varchar(50) NOT NULL,\n"
                    "  `dob` date DEFAULT NULL,\n  `address1` varchar(100) DEFAULT NULL,\n  `town` varchar(50) DEFAULT NULL,\n"
                    "  `postcode` varchar(10) DEFAULT NULL,\n  `mobile` varchar(20) DEFAULT NULL,\n  `ni_number` varchar(13) DEFAULT NULL\n"
                    ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;\n\n"
                    "INSERT INTO `members` (`member_id`, `surname`, `forename`, `dob`, `address1`, `town`, `postcode`, `mobile`, `ni_number`) VALUES\n"
                    + ",\n".join(vals) + ";\n\nCOMMIT;\n")

    # Active Directory export (ldifde)
    d = W.doc("ldap/ad_users_ldifde.ldf", "ldif", "en")
    out = []
    for u in (us[1], us[9]):
        out += [f"dn: CN={u.first} {u.last},OU=Staff,DC=corp,DC=northwind,DC=example", "changetype: add", "objectClass: top",
                "objectClass: person", "objectClass: organizationalPerson", "objectClass: user", f"cn: {u.first} {u.last}",
                f"sn: {u.last}", f"givenName: {u.first}", "title: Accounts Payable", f"telephoneNumber: {u.phone_intl}",
                f"streetAddress: {u.street}", f"l: {u.city}", f"st: {u.state}", f"postalCode: {u.zip}", "co: United States",
                f"mail: {u.email}", f"sAMAccountName: {u.first[0].lower()}{u.last.lower()}", ""]
        person_row(d, u, phone=u.phone_intl, addr=us_addr(u))
    W.write_text(d, "\r\n".join(out))

    # Firebase Realtime Database export: records keyed by push ids
    d = W.doc("firebase/rtdb_export_members.json", "json", "ja")
    members = {}
    for p in (jp[2], jp[5]):
        members["-N" + "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(18))] = {
            "displayName": f"{p.family} {p.given}", "email": p.email, "tel": p.phone_nat, "birthday": p.dob.isoformat(),
            "zip": p.zip, "address": p.addr_ja, "createdAt": R.randint(1600000000000, 1710000000000)}
        person_row(d, p, dob=p.dob.isoformat(), addr=p.addr_ja)
    W.write_text(d, json.dumps({"members": members, "settings": {"theme": "light"}}, ensure_ascii=False, indent=2))

    # SQL Server script (Generate Scripts: no ';', GO batches, N'' strings, CAST dates)
    d = W.doc("backup/mssql/CRM_Contacts_data.sql", "sql", "en")
    sql = "USE [CRM]\nGO\nSET IDENTITY_INSERT [dbo].[Contacts] ON \nGO\n"
    for i, p in enumerate((eu[1], eu[3]), 1):
        sql += (f"INSERT [dbo].[Contacts] ([ContactId], [FirstName], [LastName], [Email], [Phone], [BirthDate], [Street], [PostalCode], [City]) "
                f"VALUES ({i}, N'{p.first}', N'{p.last}', N'{p.email}', N'{p.phone_nat}', CAST(N'{p.dob.isoformat()}' AS Date), "
                f"N'{p.street}', N'{p.plz}', N'{p.city}')\nGO\n")
        person_row(d, p, dob=p.dob.isoformat(), addr=p.addr)
    W.write_text(d, sql + "SET IDENTITY_INSERT [dbo].[Contacts] OFF\nGO\n", encoding="utf-16")

    # pg_dump --inserts: HR records with SSNs
    d = W.doc("backup/pg/hr_inserts_2024-06-30.sql", "sql", "en")
    sql = PG_HEAD
    for i, u in enumerate((us[3], us[6]), 1):
        sql += (f"INSERT INTO public.employees (id, full_name, ssn, date_of_birth, home_address) VALUES ({i}, '{u.first} {u.last}', "
                f"'{u.ssn}', '{u.dob.isoformat()}', E'{u.street}\\n{u.city}, {u.state} {u.zip}');\n")
        person_row(d, u, email=False, phone=False, dob=u.dob.isoformat(), addr=us_addr(u))
        d.add(u, "US_SSN", u.ssn)
        d.sensitive(u)
    W.write_text(d, sql)

    # mongodump: users.bson beside its metadata
    d = W.doc("mongodump/shop/users.bson", "bson", "en")
    docs = b""
    for p in (us[4], eu[3]):
        a = us_addr(p) if p.region == "US" else p.addr
        docs += bson({"_id": bytes(R.getrandbits(8) for _ in range(12)), "profile": {"firstName": p.first, "lastName": p.last,
                      "birthDate": dt.datetime(p.dob.year, p.dob.month, p.dob.day)}, "email": p.email,
                      "contact": {"mobile": p.phone_nat}, "address": {"street": p.street, "city": p.city,
                                                                      "zip": p.zip if p.region == "US" else p.plz},
                      "passwordHash": bcrypt(), "avatar": bytes(R.getrandbits(8) for _ in range(40)), "loginCount": R.randint(1, 300),
                      "createdAt": dt.datetime(2021, R.randint(1, 12), R.randint(1, 28))})
        person_row(d, p, dob=p.dob.isoformat(), addr=a)
    with open(W.path(d), "wb") as f:
        f.write(docs)
    d.opt_type("CREDENTIAL")  # bcrypt hashes
    W.write_text(W.doc("mongodump/shop/users.metadata.json", "json", "en"),
                 '{"indexes":[{"v":{"$numberInt":"2"},"key":{"_id":{"$numberInt":"1"}},"name":"_id_"},'
                 '{"v":{"$numberInt":"2"},"key":{"email":{"$numberInt":"1"}},"name":"email_1","unique":true}],'
                 '"uuid":"' + hexs(32) + '","collectionName":"users","type":"collection"}')

    # ================================================================ look-alikes
    def decoy(path, text, desc, codes, lang="en", fmt="sql", opt=(), enc="utf-8"):
        dd = W.doc(path, fmt, lang)
        W.write_text(dd, text, encoding=enc)
        dd.decoy(desc, [c for c in codes if c not in opt])
        for t in opt:
            dd.opt_type(t)
        return dd

    ALL = ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_ADDRESS", "DATE_OF_BIRTH", "US_SSN", "CREDIT_CARD", "BANK_ACCOUNT",
           "JP_MY_NUMBER", "IP_ADDRESS", "CREDENTIAL"]
    cols = [("id", "int NOT NULL AUTO_INCREMENT"), ("first_name", "varchar(64) NOT NULL"), ("last_name", "varchar(64) NOT NULL"),
            ("email", "varchar(190) NOT NULL COMMENT 'login e-mail'"), ("phone", "varchar(32) DEFAULT NULL"), ("ssn", "char(11) DEFAULT NULL"),
            ("date_of_birth", "date DEFAULT NULL"), ("street_address", "varchar(128) DEFAULT NULL"), ("card_number", "varchar(19) DEFAULT NULL"),
            ("password_hash", "varchar(255) NOT NULL"), ("last_login_ip", "varchar(45) DEFAULT NULL")]
    decoy("backup/mysql/schema_only_2024-06-30.sql", mysql_head("shop_prod") + mysql_table("customers", cols, []) +
          mysql_table("orders", [("id", "int NOT NULL"), ("customer_id", "int NOT NULL"), ("total", "decimal(10,2)")], []),
          "schema only (mysqldump --no-data): column names, no rows", ALL, opt=("IP_ADDRESS",))

    prod = [(i, f"SKU-{R.randint(10000, 99999)}", n, f"49{R.randint(10**10, 10**11 - 1)}", f"{R.randint(5, 300)}.{R.randint(0, 99):02d}", ts(2024) + "+00")
            for i, n in enumerate(["Walnut desk lamp", "Linen duvet cover (queen)", "Cast iron skillet 26 cm", "Bamboo cutting board"], 1)]
    ship = [(i, str(uuid.UUID(int=R.getrandbits(128))), f"1Z{hexs(16).upper()}", R.choice(["UPS", "FedEx", "DHL"]), ts(2024) + "+00",
             f"{R.randint(1, 20)}.{R.randint(0, 9)}", hashlib.sha256(str(i).encode()).hexdigest()) for i in range(1, 5)]
    decoy("backup/pg/inventory_2024-06-30.sql", PG_HEAD + pg_copy("public.products", ["id", "sku", "name", "ean", "price", "updated_at"], prod) +
          pg_copy("public.shipments", ["id", "order_uuid", "tracking_number", "carrier", "shipped_at", "weight_kg", "label_sha256"], ship),
          "SKUs, EANs, UUIDs, tracking numbers, hashes, prices, timestamps", ALL)

    audit = [(i, str(uuid.UUID(int=R.getrandbits(128))), R.choice(["POST /api/v2/orders", "GET /api/v2/cart", "PUT /api/v2/profile"]),
              R.choice([200, 201, 204, 409]), R.randint(3, 900), hexs(64), ts(2024)) for i in range(1, 7)]
    decoy("backup/mysql/api_audit_log.sql", mysql_head("audit") + mysql_table(
        "api_audit", [("id", "bigint NOT NULL"), ("request_id", "char(36)"), ("route", "varchar(64)"), ("status", "smallint"),
                      ("duration_ms", "int"), ("body_sha256", "char(64)"), ("created_at", "datetime")], audit),
          "request UUIDs, body hashes, durations, timestamps", ALL, opt=("IP_ADDRESS",))

    decoy("app/db/migrate/20240301120000_add_identity_fields_to_users.rb",
          "class AddIdentityFieldsToUsers < ActiveRecord::Migration[7.1]\n  def change\n    add_column :users, :ssn_ciphertext, :text\n"
          "    add_column :users, :date_of_birth, :date\n    add_column :users, :phone, :string, limit: 32\n"
          "    add_index :users, :email, unique: true\n    # backfill: see script/backfill_identity.rb (run once, 2024-03-02)\n  end\nend\n",
          "a migration naming ssn / date_of_birth / phone columns", ALL, fmt="rb")

    decoy("app/database/factories/CustomerFactory.php",
          "<?php\n\nnamespace Database\\Factories;\n\nuse Illuminate\\Database\\Eloquent\\Factories\\Factory;\n\nclass CustomerFactory extends Factory\n{\n"
          "    public function definition(): array\n    {\n        return [\n            'first_name' => fake()->firstName(),\n"
          "            'last_name' => fake()->lastName(),\n            'email' => fake()->unique()->safeEmail(),\n"
          "            'phone' => fake()->phoneNumber(),\n            'date_of_birth' => fake()->date('Y-m-d', '-18 years'),\n"
          "            'street' => fake()->streetAddress(),\n            'password' => bcrypt(env('SEED_PASSWORD')),\n        ];\n    }\n}\n",
          "a Laravel factory: faker calls, no values", ALL, fmt="php")

    decoy("app/test/fixtures/users.yml",
          "# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html\n"
          "<% 1.upto(3) do |i| %>\nuser_<%= i %>:\n  first_name: <%= \"First#{i}\" %>\n  last_name: <%= \"Last#{i}\" %>\n"
          "  email: <%= \"user#{i}\" %>@<%= ENV.fetch('FIXTURE_DOMAIN') %>\n  phone: <%= \"+1-000-000-000#{i}\" %>\n"
          "  date_of_birth: <%= 30.years.ago.to_date %>\n  encrypted_password: <%= User.new.send(:password_digest, 'password') %>\n<% end %>\n",
          "ERB fixture templates", ALL, fmt="yml")

    decoy("ldap/ou_groups_export.ldif",
          "version: 1\n\ndn: ou=Groups,dc=toyo-seiki,dc=example,dc=co,dc=jp\nobjectClass: organizationalUnit\nou: Groups\n\n"
          "dn: cn=developers,ou=Groups,dc=toyo-seiki,dc=example,dc=co,dc=jp\nobjectClass: groupOfNames\ncn: developers\n"
          "description: Source repository write access\nmember: cn=svc-jenkins,ou=ServiceAccounts,dc=toyo-seiki,dc=example,dc=co,dc=jp\n"
          "member: cn=svc-sonar,ou=ServiceAccounts,dc=toyo-seiki,dc=example,dc=co,dc=jp\n\n"
          "dn: cn=svc-jenkins,ou=ServiceAccounts,dc=toyo-seiki,dc=example,dc=co,dc=jp\nobjectClass: applicationProcess\ncn: svc-jenkins\n"
          "description: CI build agent (host ci-01, rack B3)\n\n",
          "LDAP groups and service accounts", ["PERSON_NAME", "EMAIL_ADDRESS", "PHONE_NUMBER", "POSTAL_ADDRESS"], fmt="ldif")

    decoy("mongo/shop.products.json", "\n".join(json.dumps({"_id": {"$oid": hexs(24)}, "sku": f"SKU-{R.randint(10000, 99999)}", "title": t,
                                                            "brand": b, "gtin": f"0{R.randint(10**12, 10**13 - 1)}",
                                                            "price": {"$numberDecimal": f"{R.randint(5, 300)}.99"},
                                                            "updatedAt": {"$date": ts(2024).replace(' ', 'T') + ".000Z"}})
                                                 for t, b in (("Trail running shoe", "Merrell"), ("Espresso grinder", "Baratza"),
                                                              ("Rain shell jacket", "Patagonia"))) + "\n",
          "product catalogue: GTINs, prices, $oid, $date", ALL, fmt="json")

    decoy("es/bulk_products.ndjson", "".join(json.dumps({"index": {"_index": "products", "_id": str(i)}}) + "\n" +
                                             json.dumps({"sku": f"SKU-{R.randint(10000, 99999)}", "ean": f"49{R.randint(10**10, 10**11 - 1)}",
                                                         "title": t, "price_jpy": R.randint(500, 30000), "indexed_at": ts(2024)}, ensure_ascii=False) + "\n"
                                             for i, t in enumerate(["ステンレス水筒 500ml", "折りたたみ傘", "USB-C ケーブル 2m"], 1)),
          "product catalogue bulk: EANs, prices, timestamps", ALL, fmt="ndjson", lang="ja")

    d = W.doc("app/data/cache.db", "sqlite", "en")
    path = W.path(d)
    if os.path.exists(path):
        os.remove(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE kv_cache (key TEXT PRIMARY KEY, value TEXT, expires_at INTEGER)")
    for i in range(5):
        con.execute("INSERT INTO kv_cache VALUES (?,?,?)", (f"product:{R.randint(10000, 99999)}:price", f"{R.randint(5, 300)}.99", R.randint(1719000000, 1720000000)))
    con.commit()
    con.close()
    d.decoy("a cache database: product keys, prices, expiry times", ALL)

    decoy("backup/eccube/eccube_schema.sql", mysql_head("eccube_prod") + mysql_table(
        "dtb_customer", [("id", "int UNSIGNED NOT NULL AUTO_INCREMENT"), ("name01", "varchar(255) NOT NULL COMMENT '姓'"),
                         ("name02", "varchar(255) NOT NULL COMMENT '名'"), ("kana01", "varchar(255) DEFAULT NULL COMMENT 'セイ'"),
                         ("postal_code", "varchar(8) DEFAULT NULL COMMENT '郵便番号'"), ("addr01", "varchar(255) DEFAULT NULL COMMENT '住所1'"),
                         ("email", "varchar(255) NOT NULL COMMENT 'メールアドレス'"), ("phone_number", "varchar(14) DEFAULT NULL COMMENT '電話番号'"),
                         ("birth", "datetime DEFAULT NULL COMMENT '生年月日'")], []),
          "schema only, Japanese column comments", ALL, lang="ja", opt=("IP_ADDRESS",))

    decoy("EC/商品マスタ_202406.csv", "商品コード,商品名,JANコード,販売価格,在庫数,更新日時\r\n" + "".join(
        f"TS-{R.randint(1000, 9999)},{n},49{R.randint(10**10, 10**11 - 1)},{R.randint(10, 90)}00,{R.randint(0, 500)},{ts(2024)}\r\n"
        for n in ["今治タオル ギフトセット", "有田焼 マグカップ", "南部鉄器 急須"]),
          "商品マスタ: JAN codes, prices, stock, timestamps", ALL, lang="ja", fmt="csv", enc="cp932")

    decoy("backup/mysql/schema_only_dump.xml",
          '<?xml version="1.0"?>\n<mysqldump xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<database name="crm">\n'
          '\t<table_structure name="contacts">\n' + "".join(
              f'\t\t<field Field="{c}" Type="{t}" Null="YES" Key="" Extra="" Comment="" />\n'
              for c, t in (("id", "int"), ("full_name", "varchar(120)"), ("email", "varchar(190)"), ("phone", "varchar(32)"),
                           ("ssn", "char(11)"), ("date_of_birth", "date"), ("street_address", "varchar(200)"))) +
          '\t\t<options Name="contacts" Engine="InnoDB" Version="10" Rows="0" Collation="utf8mb4_0900_ai_ci" />\n'
          '\t</table_structure>\n</database>\n</mysqldump>\n',
          "mysqldump --xml --no-data: column names, no rows", ALL, fmt="xml")

    decoy("backup/mssql/seed_lookup_tables.sql",
          "USE [CRM]\nGO\n" + "".join(
              f"INSERT [dbo].[Countries] ([Code], [Name], [DialCode], [Capital]) VALUES (N'{c}', N'{n}', N'{dc}', N'{cap}')\nGO\n"
              for c, n, dc, cap in (("JP", "Japan", "+81", "Tokyo"), ("GB", "United Kingdom", "+44", "London"),
                                    ("DE", "Germany", "+49", "Berlin"), ("FR", "France", "+33", "Paris"))),
          "a lookup table of countries: names, dial codes, capitals", ALL)

    d = W.doc("mongodump/shop/products.bson", "bson", "en")
    with open(W.path(d), "wb") as f:
        f.write(b"".join(bson({"_id": bytes(R.getrandbits(8) for _ in range(12)), "sku": f"SKU-{R.randint(10000, 99999)}", "title": t,
                                "gtin": f"0{R.randint(10**12, 10**13 - 1)}", "price": float(R.randint(5, 300)) + 0.99,
                                "updatedAt": dt.datetime(2024, 6, R.randint(1, 28))})
                          for t in ("Trail running shoe", "Espresso grinder")))
    d.decoy("mongodump of products: GTINs, prices, dates", ALL)

    W.finish()


if __name__ == "__main__":
    main()
