#!/usr/bin/env python3
"""gen14.py - probe set 14 for leakscope: personal data in document domains no earlier probe covered, each in the
layout that domain really uses, with look-alikes from the same domains.

  Clinic    処方箋 (docx form table), 検査結果報告書 (xlsx), お薬手帳 export (JSON), a US discharge summary (PDF), a lab
            requisition (PDF), a 問診票 (CSV), a school nurse log (CSV)
  School    生徒名簿 with 保護者 and 緊急連絡先 (xlsx), a US roster with guardians (CSV), 学籍簿 (docx), 保健調査票 (text)
  Property  賃貸借契約書 with 連帯保証人 and 緊急連絡先 (docx), 入居申込書 (xlsx), a US rent ledger with ACH details (xlsx)
  Travel    宿泊者名簿 with foreign guests' 国籍 / 旅券番号 (Shift_JIS CSV), a UK hotel registration card (text), a
            passenger manifest (fixed columns), a booking confirmation (eml), 予約確認メール (eml), a travel agency's
            booking JSON
  Insurance 保険金請求書 (docx), adjuster notes (text), an auto FNOL JSON (driver's licence)
  Recruit   an ATS CSV export, 職務経歴書 (docx), a UK cover letter (docx), interview notes with an adjustment request
  Calls     a card-payment call transcript (text), 応対履歴 (CSV), a chat transcript (JSON)
  Court     訴状 with 原告 / 被告 (docx), 当事者目録 (text), a US complaint (PDF), a small-claims docket (CSV)
  Banking   全銀協 総合振込 and 給与振込 files (120-byte fixed-width Shift_JIS records, half-width kana names)
  Letters   年賀状 address list export (筆まめ-style CSV with 連名), 喪中欠礼 list (text)
  Look-alikes: a blank 処方箋, a 保険金請求書 記入例 with 山田太郎 placeholders, a drug catalogue (YJ / JAN codes,
            indications), a hotel room list (extensions), a school event schedule, a property listing (agency phone,
            the property's address), a blank lab requisition, a manifest with ICAO's specimen, the 全銀 record layout
            spec, a 訴状 template, a job requisition export, an IVR script, a 年賀状 宛名 sample, an insurance brochure

    python3 bench/probes/gen14.py OUT [--seed N]      (tuning seed 14; check seed 1515, measured once before and once after)

Truth conventions (besides README's): a guardian, 連帯保証人 or 緊急連絡先 named with a phone is a truth person; a
student or child named with a birth date is a truth person (no e-mail or phone: matched by name); a doctor, agent,
adjuster, recruiter or attorney named in their role is PERSON_NAME of the item but no truth person, and a clinic's,
agency's, hotel's, court's or firm's own phone and address are optional; a property's address in a listing or a
contract is optional POSTAL_ADDRESS (a building, not where a named person lives, unless the tenant lives there); a
passport number of a state without a contract code (GBR) is no PII type; a masked card (**** 1234) is no CREDIT_CARD;
a prescription's or lab report's drugs and findings are HEALTH_INFO of the patient; a drug catalogue's indications
are no HEALTH_INFO (no person); half-width kana names in a 全銀 file are PERSON_NAME and its 口座番号 BANK_ACCOUNT;
placeholders (山田 太郎, 東京都千代田区…1-1, 1234567) are decoys for the number types and optional for names,
addresses and birth dates.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import *  # noqa: E402,F401,F403
from gen12s import eml, fix_status, half_kana  # noqa: E402



def jp_passport(R):
    return R.choice(["TR", "TK", "TZ", "MU"]) + f"{R.randint(1000000, 9999999)}"


def uk_passport(R):
    return f"{R.randint(100000000, 999999999)}"


BANKS = [("0001", "ﾐｽﾞﾎ", "ミズホ"), ("0005", "ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ", "ミツビシユーエフジェイ"), ("0009", "ﾐﾂｲｽﾐﾄﾓ", "ミツイスミトモ"),
         ("0010", "ﾘｿﾅ", "リソナ"), ("0150", "ｽﾙｶﾞ", "スルガ")]
BRANCHES = [("101", "ｼﾌﾞﾔ"), ("212", "ﾖｺﾊﾏ"), ("305", "ｳﾒﾀﾞ"), ("418", "ﾊｶﾀ"), ("523", "ｾﾝﾀﾞｲ"), ("047", "ﾅｺﾞﾔ")]


def fw(s, n, enc="shift_jis"):
    """Left-justified, space-padded to n bytes in Shift_JIS (全銀 fields are byte counts)."""
    b = s.encode(enc)
    assert len(b) <= n, (s, n)
    return s + " " * (n - len(b))


def zengin(kind, payer_kana, date_mmdd, rows, R):
    """A 全銀協 規定 振込 file: header (1), data (2), trailer (8), end (9) records of 120 bytes, CRLF, Shift_JIS."""
    bank = BANKS[0]
    recs = ["1" + kind + "0" + f"{R.randint(10**9, 10**10 - 1)}" + fw(payer_kana, 40) + date_mmdd + bank[0] + fw(bank[1], 15)
            + "001" + fw("ﾎﾝﾃﾝ", 15) + "1" + f"{R.randint(1000000, 9999999)}" + " " * 17]
    total = 0
    for (bk, bname, _), (br, brname), acct, name_kana, amount in rows:
        total += amount
        recs.append("2" + bk + fw(bname, 15) + br + fw(brname, 15) + "    " + "1" + acct + fw(name_kana, 30) + f"{amount:010d}" + "0"
                    + " " * 10 + " " * 10 + "7" + " " + " " * 7)
    recs.append("8" + f"{len(rows):06d}" + f"{total:012d}" + " " * 101)
    recs.append("9" + " " * 119)
    for r in recs:
        assert len(r.encode("shift_jis")) == 120, (len(r.encode("shift_jis")), r)
    return ("\r\n".join(recs) + "\r\n").encode("shift_jis")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe14")
    R = W.rnd







    def child_of(parent, born_from, born_to):
        """A child sharing the parent's family name, address and (for the US) city; a birth date in range."""
        for _ in range(100):
            c = W.jp_person() if parent.region == "JP" else W.us_person()
            if parent.region == "JP":
                key = (parent.family, c.given)
                if any(getattr(q, "family", None) == parent.family and q.given == c.given for q in W.people if q is not c):
                    continue  # an unused person has no documents and is left out of the truth
                c.family, c.kana_family = parent.family, parent.kana_family
                c.name, c.zip, c.addr_ja = f"{c.family} {c.given}", parent.zip, parent.addr_ja
            else:
                if any(getattr(q, "last", None) == parent.last and q.first == c.first for q in W.people if q is not c):
                    continue
                c.last, c.name = parent.last, f"{c.first} {parent.last}"
                c.street, c.city, c.state, c.zip, c.juris = parent.street, parent.city, parent.state, parent.zip, parent.juris
            c.dob = dt.date(R.randint(born_from, born_to), R.randint(1, 12), R.randint(1, 28))
            return c
        raise RuntimeError("no child")

    def ymd(d):
        return d.strftime("%Y/%m/%d")

    def ja_date(d):
        return f"{d.year}年{d.month}月{d.day}日"

    def us_date(d):
        return d.strftime("%m/%d/%Y")

    CLINIC = "医療法人社団 青葉会 あおばクリニック"

    # =========================================================================== clinic
    p = W.jp_person()
    d = W.doc(f"clinic/処方箋/処方箋_{p.family}_20261012.docx", "docx", "ja")
    ins_no = f"{R.randint(10, 99)}{R.randint(100000, 999999)}"
    kigo, bango = f"{R.randint(1000, 9999)}", f"{R.randint(10, 999)}"
    drugs = ["メトホルミン塩酸塩錠500mg 1回1錠 1日2回 朝夕食後 28日分", "アムロジピン錠5mg 1回1錠 1日1回 朝食後 28日分"]
    docx(W.path(d), ["処　方　箋", "（この処方箋は、どの保険薬局でも有効です。）"], table=[
        ["公費負担者番号", "", "保険者番号", ins_no],
        ["被保険者証・被保険者手帳の記号・番号", f"{kigo}・{bango}", "", ""],
        ["患者 氏名", jn(p, "　"), "生年月日", f"{p.wareki_dob()} {p.sex_ja}"],
        ["区分", "被保険者", "交付年月日", "令和8年10月12日"],
        ["処方", drugs[0], "", ""], ["", drugs[1], "", ""], ["", "以下余白", "", ""],
        ["保険医療機関の所在地及び名称", f"〒150-0002 東京都渋谷区渋谷2-14-6 {CLINIC}", "電話番号", "03-5466-2210"],
        ["保険医氏名", "内科 大西 健一　㊞", "", ""]])
    add_all(d, p, [("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", p.wareki_dob()), ("JP_HEALTH_INSURANCE", f"{kigo}・{bango}"),
                   ("HEALTH_INFO", drugs[0])])
    d.opt_type("PHONE_NUMBER"); d.opt_type("POSTAL_ADDRESS")  # the clinic's

    p = W.jp_person()
    d = W.doc(f"clinic/検査/検査結果報告書_{p.family}.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"報告書": [["検査結果報告書", "", "", "", ""], ["依頼元", CLINIC, "", "報告日", "2026/10/14"],
                                  ["患者ID", f"{R.randint(100000, 999999)}", "患者氏名", jn(p), ""],
                                  ["生年月日", ymd(p.dob), "性別", p.sex_ja, ""], ["", "", "", "", ""],
                                  ["検査項目", "結果", "単位", "基準値", "判定"], ["HbA1c(NGSP)", "8.4", "%", "4.6-6.2", "H"],
                                  ["空腹時血糖", "168", "mg/dL", "70-109", "H"], ["LDLコレステロール", "152", "mg/dL", "70-139", "H"],
                                  ["AST", "24", "U/L", "13-30", ""], ["所見", "糖尿病の疑い。要精密検査。", "", "", ""]]})
    add_all(d, p, [("PERSON_NAME", jn(p)), ("DATE_OF_BIRTH", ymd(p.dob)), ("HEALTH_INFO", "糖尿病の疑い。要精密検査。")])

    p = W.jp_person()
    d = W.doc(f"clinic/お薬手帳/okusuri_techo_export_{p.kana_given}.json", "json", "ja")
    rec = {"format": "JAHIS電子版お薬手帳データフォーマット", "version": "2.4", "patient": {
        "name": jn(p, "　"), "kana": kn(p, "　"), "sex": p.sex_ja, "birthDate": p.dob.isoformat(), "postalCode": p.zip,
        "address": p.addr_ja, "phone": p.phone_nat, "allergies": ["ペニシリン系抗生物質"], "sideEffects": []},
        "dispensings": [{"date": "2026-09-30", "pharmacy": "さくら調剤薬局 渋谷店", "pharmacist": "高田 理恵",
                         "drugs": [{"name": "レバミピド錠100mg", "dose": "1回1錠", "usage": "1日3回毎食後", "days": 14},
                                   {"name": "ランソプラゾールOD錠15mg", "dose": "1回1錠", "usage": "1日1回朝食後", "days": 14}]},
                        {"date": "2026-10-21", "pharmacy": "さくら調剤薬局 渋谷店", "drugs": [{"name": "ゾルピデム酒石酸塩錠5mg", "dose": "1回1錠", "usage": "就寝前", "days": 14}]}]}
    W.write_text(d, json.dumps(rec, ensure_ascii=False, indent=2))
    add_all(d, p, [("PERSON_NAME", jn(p, "　")), ("DATE_OF_BIRTH", p.dob.isoformat()), ("POSTAL_ADDRESS", p.addr_ja),
                   ("PHONE_NUMBER", p.phone_nat), ("HEALTH_INFO", "ペニシリン系抗生物質 (allergy); ランソプラゾール")])

    p = W.us_person()
    d = W.doc(f"Clinic/HIM/Discharge_Summary_{p.last}_MRN.pdf", "pdf", "en")
    mrn = f"{R.randint(10000000, 99999999)}"
    pdf(W.path(d), [[
        "Mercy Valley Regional Medical Center - DISCHARGE SUMMARY",
        f"Patient: {p.last.upper()}, {p.first}        MRN: {mrn}",
        f"DOB: {us_date(p.dob)}   Sex: F/M   Admitted: 10/03/2026   Discharged: 10/07/2026",
        f"Address: {us_addr(p)}   Phone: {p.phone_nat}",
        "Attending: Raymond Ostrowski, MD",
        "Principal diagnosis: Community-acquired pneumonia, right lower lobe (J18.9)",
        "Secondary: Type 2 diabetes mellitus without complications (E11.9); hypertension (I10)",
        "Hospital course: treated with IV ceftriaxone and azithromycin, transitioned to oral therapy on day 3.",
        "Discharge medications: amoxicillin-clavulanate 875 mg PO BID x 5 days; metformin 1000 mg BID; lisinopril 10 mg daily",
        "Follow-up: primary care in 7 days; return if fever > 101 F or shortness of breath.",
    ]])
    add_all(d, p, [("PERSON_NAME", f"{p.last.upper()}, {p.first}"), ("DATE_OF_BIRTH", us_date(p.dob)), ("POSTAL_ADDRESS", us_addr(p)),
                   ("PHONE_NUMBER", p.phone_nat), ("HEALTH_INFO", "Community-acquired pneumonia")])

    p = W.us_person()
    d = W.doc(f"Clinic/Lab/Requisition_{p.last}.pdf", "pdf", "en")
    pdf(W.path(d), [[
        "Cascade Diagnostics - LABORATORY TEST REQUISITION",
        "Ordering provider: Leah Brandt, NP     NPI 1487652093     Fax (206) 555-0144",
        f"Patient last name: {p.last}    First name: {p.first}    Sex: F",
        f"Date of birth: {us_date(p.dob)}    Patient phone: {p.phone_nat}",
        f"Patient address: {p.street}    City/State/ZIP: {p.city}, {p.state} {p.zip}",
        "Bill to: Insurance   Carrier: Premera Blue Cross   Member ID: PBX449120733",
        "ICD-10 diagnosis codes: E03.9 (hypothyroidism, unspecified), R53.83 (fatigue)",
        "Tests ordered: [X] TSH w/ reflex FT4   [X] CBC w/ diff   [X] CMP   [ ] Lipid panel   [ ] HbA1c",
        "Specimen collected: 10/15/2026 08:40   Fasting: Y",
    ]])
    add_all(d, p, [("PERSON_NAME", f"{p.first} {p.last}"), ("DATE_OF_BIRTH", us_date(p.dob)), ("PHONE_NUMBER", p.phone_nat),
                   ("POSTAL_ADDRESS", us_addr(p)), ("HEALTH_INFO", "E03.9 (hypothyroidism, unspecified)")])
    d.opt_type("PHONE_NUMBER")  # the provider's fax beside it

    ps = [W.jp_person() for _ in range(3)]
    d = W.doc("clinic/問診/問診票_2026-10.csv", "csv", "ja")
    hist = [("高血圧", "アムロジピン"), ("気管支喘息", "シムビコート"), ("なし", "なし")]
    rows = [["受付番号", "氏名", "フリガナ", "生年月日", "電話番号", "既往歴", "服用中の薬", "アレルギー", "妊娠の可能性"]]
    for i, q in enumerate(ps):
        rows.append([f"{2026100 + i}", jn(q), kn(q), ymd(q.dob), q.phone_nat, hist[i][0], hist[i][1], "卵" if i == 1 else "なし", "なし"])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("DATE_OF_BIRTH", ymd(q.dob)), ("PHONE_NUMBER", q.phone_nat)])
    d.add(ps[0], "HEALTH_INFO", "高血圧"); d.add(ps[1], "HEALTH_INFO", "気管支喘息")
    W.write_text(d, "\ufeff" + csv_text(rows))

    # =========================================================================== school
    gs = [W.jp_person() for _ in range(4)]
    kids = [child_of(g, 2010, 2011) for g in gs]
    d = W.doc("school/2年3組/生徒名簿_2年3組.xlsx", "xlsx", "ja")
    rows = [["令和8年度 2年3組 生徒名簿", "", "", "", "", "", ""], ["担任：小野寺 恵子", "", "", "", "", "", ""],
            ["出席番号", "生徒氏名", "ふりがな", "生年月日", "住所", "保護者氏名", "保護者連絡先"]]
    for i, (k, g) in enumerate(zip(kids, gs), 1):
        rows.append([i, jn(k), f"{k.kana_family} {k.kana_given}", ymd(k.dob), ja_addr(k), jn(g), g.phone_nat])
        add_all(d, k, [("PERSON_NAME", jn(k)), ("DATE_OF_BIRTH", ymd(k.dob)), ("POSTAL_ADDRESS", ja_addr(k))])
        add_all(d, g, [("PERSON_NAME", jn(g)), ("PHONE_NUMBER", g.phone_nat)])
    xlsx(W.path(d), {"名簿": rows})

    gs = [W.us_person() for _ in range(3)]
    kids = [child_of(g, 2012, 2014) for g in gs]
    d = W.doc("School/Roster/Grade6_Homeroom_Roster.csv", "csv", "en")
    rows = [["Student ID", "Student Last", "Student First", "Birthdate", "Grade", "Guardian 1 Name", "Guardian 1 Relationship",
             "Guardian 1 Cell", "Guardian 1 Email", "Home Address"]]
    for k, g in zip(kids, gs):
        rows.append([f"S{R.randint(100000, 999999)}", k.last, k.first, us_date(k.dob), "06", un(g), "Mother" if R.random() < .5 else "Father",
                     g.phone_nat, g.email, us_addr(g)])
        add_all(d, k, [("PERSON_NAME", f"{k.first} {k.last}"), ("DATE_OF_BIRTH", us_date(k.dob)), ("POSTAL_ADDRESS", us_addr(k))])
        add_all(d, g, [("PERSON_NAME", un(g)), ("PHONE_NUMBER", g.phone_nat), ("EMAIL_ADDRESS", g.email), ("POSTAL_ADDRESS", us_addr(g))])
    W.write_text(d, csv_text(rows))

    g = W.jp_person()
    k = child_of(g, 2012, 2012)
    d = W.doc(f"school/学籍/学籍に関する記録_{k.family}{k.given}.docx", "docx", "ja")
    docx(W.path(d), ["児童指導要録（学籍に関する記録）", "学校名　市立けやき台小学校"], table=[
        ["児童", "ふりがな", kn(k), ""], ["", "氏名", jn(k), f"性別 {k.sex_ja}"], ["", "生年月日", ja_date(k.dob) + "生", ""],
        ["", "現住所", ja_addr(k), ""], ["保護者", "ふりがな", kn(g), ""], ["", "氏名", jn(g), ""], ["", "現住所", "児童の欄に同じ", ""],
        ["入学前の経歴", "けやき台保育園", "", ""], ["入学", "令和元年4月1日 第1学年入学", "", ""]])
    add_all(d, k, [("PERSON_NAME", jn(k)), ("DATE_OF_BIRTH", ja_date(k.dob)), ("POSTAL_ADDRESS", ja_addr(k))])
    d.add(g, "PERSON_NAME", jn(g))

    k = child_of(W.jp_person(), 2011, 2011)
    d = W.doc(f"school/保健室/保健調査票_{k.family}.txt", "text", "ja")
    W.write_text(d, f"保健調査票（令和8年度）\n学年・組：3年1組\n氏名：{jn(k)}（{kn(k)}）\n生年月日：{ja_date(k.dob)}\n"
                    "既往症：気管支喘息（小学2年まで通院）、川崎病（3歳）\nアレルギー：そば（アナフィラキシーの既往あり、エピペン所持）\n"
                    "現在治療中の病気：なし\n学校生活管理指導表：提出済み\n")
    add_all(d, k, [("PERSON_NAME", jn(k)), ("DATE_OF_BIRTH", ja_date(k.dob)), ("HEALTH_INFO", "そば アナフィラキシー")])

    kids = [child_of(W.us_person(), 2013, 2015) for _ in range(3)]
    d = W.doc("School/Health/Nurse_Visit_Log_Oct2026.csv", "csv", "en")
    notes = ["Asthma flare at recess; albuterol inhaler 2 puffs per action plan; parent notified", "Type 1 diabetic - BG 62, given juice, recheck 110",
             "Headache, no fever; rested 15 min, returned to class"]
    rows = [["Date", "Time", "Student", "DOB", "Grade", "Reason / Intervention", "Nurse"]]
    for i, k in enumerate(kids):
        rows.append([f"10/{12 + i}/2026", f"1{i}:20", f"{k.last}, {k.first}", us_date(k.dob), "4", notes[i], "M. Ferreira, RN"])
        add_all(d, k, [("PERSON_NAME", f"{k.last}, {k.first}"), ("DATE_OF_BIRTH", us_date(k.dob))])
    d.add(kids[0], "HEALTH_INFO", notes[0]); d.add(kids[1], "HEALTH_INFO", notes[1])
    W.write_text(d, csv_text(rows))

    # =========================================================================== real estate
    t, gu, em = W.jp_person(), W.jp_person(), W.jp_person()
    d = W.doc(f"不動産/契約/賃貸借契約書_{t.family}様_メゾン本郷203.docx", "docx", "ja")
    docx(W.path(d), ["住宅賃貸借契約書", "（1）賃貸借の目的物", "名称　メゾン本郷　203号室", "所在地　東京都文京区本郷4丁目12番8号",
                     "（2）契約期間　令和8年11月1日から令和10年10月31日まで（2年）", "（3）賃料等　賃料 月額98,000円　共益費 5,000円　敷金 196,000円",
                     "（4）貸主及び管理業者　株式会社本郷ハウジング　電話 03-3811-4402"], table=[
        ["借主", "氏名", jn(t, "　"), ""], ["", "生年月日", ja_date(t.dob), ""], ["", "現住所", ja_addr(t), ""], ["", "電話", t.phone_nat, ""],
        ["連帯保証人", "氏名", jn(gu, "　"), "借主との関係：父" if gu.sex_ja == "男" else "借主との関係：母"],
        ["", "住所", ja_addr(gu), ""], ["", "電話", gu.phone_nat, ""], ["", "極度額", "1,200,000円", ""],
        ["緊急連絡先", "氏名", jn(em, "　"), "続柄：兄弟姉妹"], ["", "電話", em.phone_nat, ""]])
    add_all(d, t, [("PERSON_NAME", jn(t, "　")), ("DATE_OF_BIRTH", ja_date(t.dob)), ("POSTAL_ADDRESS", ja_addr(t)), ("PHONE_NUMBER", t.phone_nat)])
    add_all(d, gu, [("PERSON_NAME", jn(gu, "　")), ("POSTAL_ADDRESS", ja_addr(gu)), ("PHONE_NUMBER", gu.phone_nat)])
    add_all(d, em, [("PERSON_NAME", jn(em, "　")), ("PHONE_NUMBER", em.phone_nat)])

    a = W.jp_person()
    d = W.doc(f"不動産/申込/入居申込書_{a.family}.xlsx", "xlsx", "ja")
    xlsx(W.path(d), {"入居申込書": [["入居申込書", "", "", ""], ["物件名", "グランシティ錦 805", "", ""], ["申込者", "", "", ""],
                                      ["フリガナ", kn(a), "", ""], ["氏名", jn(a), "", ""], ["生年月日", ymd(a.dob), "年齢", f"{2026 - a.dob.year}歳"],
                                      ["現住所", ja_addr(a), "", ""], ["携帯電話", a.phone_nat, "E-mail", a.email],
                                      ["勤務先", "東海精機株式会社", "年収", "520万円"], ["入居者", "本人のみ", "", ""]]})
    add_all(d, a, [("PERSON_NAME", jn(a)), ("DATE_OF_BIRTH", ymd(a.dob)), ("POSTAL_ADDRESS", ja_addr(a)), ("PHONE_NUMBER", a.phone_nat),
                   ("EMAIL_ADDRESS", a.email)])

    ts = [W.us_person() for _ in range(3)]
    d = W.doc("Property/Ledgers/Ridgeview_Apts_Rent_Ledger_Oct2026.xlsx", "xlsx", "en")
    rows = [["Ridgeview Apartments - Tenant Ledger", "", "", "", "", "", "", ""], ["Period: 10/01/2026 - 10/31/2026", "", "", "", "", "", "", ""],
            ["Unit", "Tenant", "Phone", "Email", "Rent", "Paid", "ACH Routing", "ACH Account"]]
    for i, q in enumerate(ts):
        acct = f"{R.randint(10**9, 10**10 - 1)}"
        rows.append([f"{100 + i * 3}B", f"{q.last}, {q.first}", q.phone_nat, q.email, "1,650.00", "1,650.00", "125000105", acct])
        add_all(d, q, [("PERSON_NAME", f"{q.last}, {q.first}"), ("PHONE_NUMBER", q.phone_nat), ("EMAIL_ADDRESS", q.email), ("BANK_ACCOUNT", acct)])
    xlsx(W.path(d), {"Ledger": rows})

    # =========================================================================== hospitality / travel
    jg, ug, gg = W.jp_person(), W.us_person(), W.uk_person()
    d = W.doc("hotel/宿泊者名簿/宿泊者名簿_202610.csv", "csv", "ja")
    ug_pp, gg_pp = ug.passport, uk_passport(R)
    rows = [["到着日", "部屋", "氏名", "住所", "電話番号", "職業", "国籍", "旅券番号", "前泊地", "行先地"],
            ["2026/10/02", "512", jn(jg), ja_addr(jg), jg.phone_nat, "会社員", "日本", "", "", ""],
            ["2026/10/02", "608", f"{ug.last.upper()} {ug.first.upper()}", f"{ug.street}, {ug.city}, {ug.state}", "", "", "アメリカ合衆国", ug_pp, "京都", "広島"],
            ["2026/10/03", "415", f"{gg.last.upper()} {gg.first.upper()}", gg.addr, "", "", "英国", gg_pp, "東京", "金沢"]]
    W.write_text(d, csv_text(rows), encoding="cp932")
    add_all(d, jg, [("PERSON_NAME", jn(jg)), ("POSTAL_ADDRESS", ja_addr(jg)), ("PHONE_NUMBER", jg.phone_nat)])
    add_all(d, ug, [("PERSON_NAME", f"{ug.last.upper()} {ug.first.upper()}"), ("POSTAL_ADDRESS", f"{ug.street}, {ug.city}, {ug.state}"), ("US_PASSPORT", ug_pp)])
    add_all(d, gg, [("PERSON_NAME", f"{gg.last.upper()} {gg.first.upper()}"), ("POSTAL_ADDRESS", gg.addr)])

    g2 = W.uk_person()
    d = W.doc(f"Hotel/Registration/RegCard_{g2.last}_Rm214.txt", "text", "en")
    pp = uk_passport(R)
    W.write_text(d, "THE HARCOURT HOTEL, BATH - GUEST REGISTRATION CARD\n"
                    f"Surname: {g2.last}            Forename(s): {g2.first}\nNationality: British\n"
                    f"Passport No.: {pp}   Date of birth: {g2.dob.strftime('%d/%m/%Y')}\n"
                    f"Home address: {g2.addr}\nMobile: {g2.phone_nat}   Email: {g2.email}\n"
                    "Vehicle registration: none   Arrival: 14/10/2026  Departure: 16/10/2026  Room 214\n"
                    "Guest signature: ____________________\n")
    add_all(d, g2, [("PERSON_NAME", f"{g2.first} {g2.last}"), ("DATE_OF_BIRTH", g2.dob.strftime('%d/%m/%Y')), ("POSTAL_ADDRESS", g2.addr),
                    ("PHONE_NUMBER", g2.phone_nat), ("EMAIL_ADDRESS", g2.email)])
    d.opt_type("US_PASSPORT")  # a British passport number: no contract code (README, round 9); flagging it is moot

    pax = [W.jp_person(), W.jp_person(), W.us_person(), W.uk_person()]
    d = W.doc("travel/manifest/NH0110_HND-LAX_20261020_APIS.txt", "text", "en")
    lines = ["PASSENGER MANIFEST  FLT NH0110  HND-LAX  20OCT26", "SEQ SURNAME/GIVEN              SEX DOB      NAT DOC TYPE DOC NO     SEAT"]
    for i, q in enumerate(pax, 1):
        if q.region == "JP":
            sur, giv, nat, doc = q.romaji.split()[1], q.romaji.split()[0].upper(), "JPN", jp_passport(R)
            t = "JP_PASSPORT"
        elif q.region == "US":
            sur, giv, nat, doc, t = q.last.upper(), q.first.upper(), "USA", q.passport, "US_PASSPORT"
        else:
            sur, giv, nat, doc, t = q.last.upper(), q.first.upper(), "GBR", uk_passport(R), None
        dob = q.dob.strftime("%d%b%y").upper()
        lines.append(f"{i:03d} {(sur + '/' + giv):<26} {'F' if i % 2 else 'M'}   {dob}  {nat} P        {doc:<10} {30 + i}{'ABCK'[i - 1]}")
        add_all(d, q, [("PERSON_NAME", f"{sur}/{giv}"), ("DATE_OF_BIRTH", dob)])
        if t:
            d.add(q, t, doc)
    W.write_text(d, "\n".join(lines) + "\nEND OF MANIFEST  4 PAX\n")

    b = W.us_person()
    d = W.doc(f"Travel/Bookings/Booking_Confirmation_{b.last}.eml", "eml", "en")
    m = eml("Seabreeze Resort Reservations <reservations@seabreeze-resort.example.com>", f"{un(b)} <{b.email}>",
            "Your reservation is confirmed - Conf# SBR-7Q4K2M", f"Dear {b.first},\n\nThank you for booking with Seabreeze Resort.\n\n"
            f"Confirmation number: SBR-7Q4K2M\nGuest name: {un(b)}\nArrival: Fri, Nov 13, 2026   Departure: Mon, Nov 16, 2026\n"
            f"Room: Ocean View King, 2 adults\nPhone on file: {b.phone_nat}\nBilling address: {us_addr(b)}\n"
            "Card: Visa ending in 4417 (guarantee only)\nSpecial requests: ground floor room - guest uses a wheelchair\n\n"
            "Seabreeze Resort, 2100 Ocean Dr, Miami Beach, FL 33139, (305) 555-0192\n", "2026-10-20 14:05", tz=-5)
    W.write_text(d, m.as_string())
    add_all(d, b, [("PERSON_NAME", un(b)), ("EMAIL_ADDRESS", b.email), ("PHONE_NUMBER", b.phone_nat), ("POSTAL_ADDRESS", us_addr(b)),
                   ("HEALTH_INFO", "guest uses a wheelchair")])
    d.opt_type("PHONE_NUMBER"); d.opt_type("POSTAL_ADDRESS")
    d.decoy("a masked card (ending in 4417)", ["CREDIT_CARD"])

    b = W.jp_person()
    d = W.doc(f"hotel/予約/予約確認_{b.family}様.eml", "eml", "ja")
    m = eml("湯の森旅館 予約係 <yoyaku@yunomori.example.jp>", f"{jn(b)} 様 <{b.email}>", "【湯の森旅館】ご予約確認（予約番号 YM-20261103-0412）",
            f"{jn(b)} 様\n\nこの度は湯の森旅館をご予約いただき誠にありがとうございます。\n\n■ご予約内容\n予約番号：YM-20261103-0412\n"
            f"宿泊日：2026年11月3日（火）より1泊\n人数：大人2名\n代表者様：{jn(b)} 様（{kn(b)}）\nご連絡先：{b.phone_nat}\n"
            "ご要望：夕食は卵アレルギー対応をお願いします（同行者）\n\n湯の森旅館　〒419-0101 静岡県田方郡函南町平井1200　TEL 055-978-1126\n",
            "2026-10-18 10:12")
    W.write_text(d, m.as_string())
    add_all(d, b, [("PERSON_NAME", jn(b)), ("EMAIL_ADDRESS", b.email), ("PHONE_NUMBER", b.phone_nat)])
    d.opt_type("POSTAL_ADDRESS"); d.opt_type("HEALTH_INFO")  # the ryokan's address; a companion's allergy, unnamed

    tr = [W.us_person(), W.us_person()]
    d = W.doc("Travel/Agency/api_booking_PNR_K7ZT4Q.json", "json", "en")
    rec = {"pnr": "K7ZT4Q", "created": "2026-09-28T16:02:11Z", "itinerary": [{"flight": "UA 837", "from": "SFO", "to": "NRT", "date": "2026-11-02"}],
           "contact": {"email": tr[0].email, "phone": tr[0].phone_intl},
           "travelers": [{"type": "ADT", "givenName": q.first, "surname": q.last, "dateOfBirth": q.dob.isoformat(), "gender": "U",
                          "document": {"docType": "PASSPORT", "number": q.passport, "issuingCountry": "US", "expiry": "2031-04-30"}} for q in tr],
           "payment": {"method": "card", "last4": "0082"}}
    W.write_text(d, json.dumps(rec, indent=2))
    for i, q in enumerate(tr):
        add_all(d, q, [("PERSON_NAME", q.first + " " + q.last), ("DATE_OF_BIRTH", q.dob.isoformat()), ("US_PASSPORT", q.passport)])
    add_all(d, tr[0], [("EMAIL_ADDRESS", tr[0].email), ("PHONE_NUMBER", tr[0].phone_intl)])

    # =========================================================================== insurance
    c = W.jp_person()
    d = W.doc(f"保険/請求/保険金請求書_{c.family}.docx", "docx", "ja")
    bank, br = R.choice(BANKS), R.choice(BRANCHES)
    acct = f"{R.randint(1000000, 9999999)}"
    docx(W.path(d), ["保険金・給付金請求書", "あおい生命保険株式会社 御中", "証券番号　AO-2219-448031"], table=[
        ["被保険者", "フリガナ", kn(c), ""], ["", "氏名", jn(c), ""], ["", "生年月日", ja_date(c.dob), ""],
        ["請求者", "住所", ja_addr(c), ""], ["", "電話番号", c.phone_nat, ""],
        ["請求内容", "入院給付金・手術給付金", "", ""], ["傷病名", "右大腿骨頸部骨折", "", ""],
        ["入院期間", "2026年9月2日～2026年9月29日（28日間）", "手術日", "2026年9月4日（人工骨頭置換術）"],
        ["受取口座", f"{bank[2]}銀行 {br[1]}支店", "普通", acct], ["口座名義（カナ）", kn(c), "", ""]])
    add_all(d, c, [("PERSON_NAME", jn(c)), ("DATE_OF_BIRTH", ja_date(c.dob)), ("POSTAL_ADDRESS", ja_addr(c)), ("PHONE_NUMBER", c.phone_nat),
                   ("HEALTH_INFO", "右大腿骨頸部骨折"), ("BANK_ACCOUNT", acct)])

    c = W.us_person()
    d = W.doc(f"Claims/Adjuster_Notes/CLM-2026-118204_{c.last}.txt", "text", "en")
    W.write_text(d, f"Claim CLM-2026-118204  Policy HO3-77120459  Line: Auto BI\nAdjuster: Denise Kovacs\n\n"
                    f"10/06/2026 09:14  Recorded statement taken from claimant {un(c)} (DOB {us_date(c.dob)}), cell {c.phone_nat}.\n"
                    f"  Claimant states rear-ended at light on 09/29. Reports neck and lower back pain; seen at urgent care same day,\n"
                    f"  diagnosed cervical strain (whiplash), prescribed cyclobenzaprine and PT 2x/week for 6 weeks.\n"
                    f"10/09/2026 15:40  Medical authorization received. Claimant's address confirmed: {us_addr(c)}.\n"
                    "10/14/2026 11:02  Reserve set. Awaiting PT records. Diary 30 days.\n")
    add_all(d, c, [("PERSON_NAME", un(c)), ("DATE_OF_BIRTH", us_date(c.dob)), ("PHONE_NUMBER", c.phone_nat), ("POSTAL_ADDRESS", us_addr(c)),
                   ("HEALTH_INFO", "cervical strain (whiplash)")])

    c = W.us_person()
    d = W.doc(f"Claims/FNOL/fnol_{R.randint(100000, 999999)}.json", "json", "en")
    rec = {"claimNumber": "AC-2026-55120", "lossDate": "2026-10-11", "lossType": "collision", "vehicle": {"vin": "1HGCV1F34LA012345", "year": 2020, "make": "Honda"},
           "driver": {"firstName": c.first, "lastName": c.last, "dob": c.dob.isoformat(), "licenseNumber": c.dl, "licenseState": c.state,
                      "address": {"line1": c.street, "city": c.city, "state": c.state, "postalCode": c.zip}, "mobile": c.phone_nat},
           "injuries": False, "policeReport": "RPT-26-009981"}
    W.write_text(d, json.dumps(rec, indent=2))
    add_all(d, c, [("PERSON_NAME", f"{c.first} {c.last}"), ("DATE_OF_BIRTH", c.dob.isoformat()), ("US_DRIVERS_LICENSE", c.dl),
                   ("POSTAL_ADDRESS", us_addr(c)), ("PHONE_NUMBER", c.phone_nat)])

    # =========================================================================== recruiting
    cs = [W.us_person(), W.uk_person(), W.us_person(), W.jp_person()]
    d = W.doc("Recruiting/ATS/greenhouse_candidates_export_2026-10-31.csv", "csv", "en")
    rows = [["Candidate ID", "First Name", "Last Name", "Email", "Phone", "Job", "Stage", "Source", "Recruiter", "Applied On"]]
    for q in cs:
        first, last = (q.first, q.last) if q.region != "JP" else (q.romaji.split()[0], q.romaji.split()[1].title())
        rows.append([f"{R.randint(40000000, 49999999)}", first, last, q.email, q.phone_intl if q.region != "US" else q.phone_nat,
                     "Senior Data Engineer", R.choice(["Application Review", "Phone Screen", "Onsite"]), R.choice(["LinkedIn", "Referral", "Company website"]),
                     "Megan Ortiz", "2026-10-0" + str(R.randint(1, 9))])
        add_all(d, q, [("PERSON_NAME", f"{first} {last}"), ("EMAIL_ADDRESS", q.email), ("PHONE_NUMBER", q.phone_nat)])
    W.write_text(d, csv_text(rows))

    c = W.jp_person()
    d = W.doc(f"採用/応募書類/職務経歴書_{c.family}{c.given}.docx", "docx", "ja")
    docx(W.path(d), ["職務経歴書", f"{ja_date(dt.date(2026, 10, 1))}現在", f"氏名　{jn(c, '　')}",
                     f"生年月日　{ja_date(c.dob)}（{2026 - c.dob.year}歳）", f"住所　{ja_addr(c)}", f"電話　{c.phone_nat}　メール　{c.email}",
                     "■職務要約", "大手SIerにて製造業向け生産管理システムの開発に8年間従事。要件定義から運用保守まで一貫して担当。",
                     "■職務経歴", "2016年4月～現在　株式会社ミライシステムズ　システム開発部", "■保有資格", "応用情報技術者（2017年）"])
    add_all(d, c, [("PERSON_NAME", jn(c, "　")), ("DATE_OF_BIRTH", ja_date(c.dob)), ("POSTAL_ADDRESS", ja_addr(c)), ("PHONE_NUMBER", c.phone_nat),
                   ("EMAIL_ADDRESS", c.email)])

    c = W.uk_person()
    d = W.doc(f"Recruiting/Applications/CoverLetter_{c.first}_{c.last}.docx", "docx", "en")
    docx(W.path(d), [un(c), c.addr_lines[0], c.addr_lines[1], c.addr_lines[2], c.phone_nat, c.email, "", "12 October 2026", "",
                     "Dear Hiring Manager,", "I am writing to apply for the Product Analyst role advertised on your careers page. In my four years at a "
                     "Leeds fintech I built the pricing dashboards used by the board.", "I would welcome the chance to discuss the role.",
                     "Yours faithfully,", un(c)])
    add_all(d, c, [("PERSON_NAME", un(c)), ("POSTAL_ADDRESS", c.addr), ("PHONE_NUMBER", c.phone_nat), ("EMAIL_ADDRESS", c.email)])

    c = W.us_person()
    d = W.doc(f"Recruiting/Interviews/Debrief_{c.last}.md", "text", "en")
    W.write_text(d, f"# Interview debrief - {un(c)} (Staff Engineer)\n\nPanel: K. Osei, M. Ortiz, T. Haddad\n\n"
                    f"- Candidate contact: {c.email}\n- Accommodation: candidate disclosed dyslexia and asked for written questions "
                    "in advance; provided.\n- System design: strong; coding: solid.\n- Recommendation: hire (3 of 3).\n")
    add_all(d, c, [("PERSON_NAME", un(c)), ("EMAIL_ADDRESS", c.email), ("HEALTH_INFO", "disclosed dyslexia")])

    # =========================================================================== call centre
    c = W.us_person()
    d = W.doc(f"CallCenter/Transcripts/call_20261016_{R.randint(1000, 9999)}.txt", "text", "en")
    W.write_text(d, "[00:00:02] AGENT (Jordan): Thank you for calling Brightline Utilities, this call may be recorded. Who am I speaking with?\n"
                    f"[00:00:07] CALLER: Hi, it's {un(c)}.\n[00:00:09] AGENT (Jordan): Thanks. Can you verify your date of birth and service address?\n"
                    f"[00:00:14] CALLER: {c.dob.strftime('%B %-d, %Y')}, and it's {c.street}, {c.city}.\n"
                    "[00:00:22] AGENT (Jordan): Great. And a good callback number?\n"
                    f"[00:00:25] CALLER: {c.phone_nat}.\n[00:00:31] AGENT (Jordan): I can take the past-due amount now. Card number when you're ready.\n"
                    f"[00:00:36] CALLER: {fmt_card(c.card)}, expires oh-nine twenty-eight.\n[00:00:49] AGENT (Jordan): That's processed.\n")
    add_all(d, c, [("PERSON_NAME", un(c)), ("DATE_OF_BIRTH", c.dob.strftime('%B %-d, %Y')), ("POSTAL_ADDRESS", f"{c.street}, {c.city}"),
                   ("PHONE_NUMBER", c.phone_nat), ("CREDIT_CARD", fmt_card(c.card))])

    cs = [W.jp_person() for _ in range(3)]
    d = W.doc("コールセンター/応対履歴/応対履歴_202610.csv", "csv", "ja")
    rows = [["受付日時", "オペレーター", "顧客名", "電話番号", "区分", "内容"],
            ["2026/10/05 10:12", "OP031", jn(cs[0]), cs[0].phone_nat, "住所変更", f"転居のため住所変更。新住所：{ja_addr(cs[0])}"],
            ["2026/10/05 11:40", "OP017", jn(cs[1]), cs[1].phone_nat, "解約", "入院中のため家族より解約の申出。本人確認は折り返しで実施。"],
            ["2026/10/06 09:03", "OP031", jn(cs[2]), cs[2].phone_nat, "問合せ", f"請求書の再送依頼。送付先メール：{cs[2].email}"]]
    W.write_text(d, csv_text(rows), encoding="cp932")
    add_all(d, cs[0], [("PERSON_NAME", jn(cs[0])), ("PHONE_NUMBER", cs[0].phone_nat), ("POSTAL_ADDRESS", ja_addr(cs[0]))])
    add_all(d, cs[1], [("PERSON_NAME", jn(cs[1])), ("PHONE_NUMBER", cs[1].phone_nat), ("HEALTH_INFO", "入院中")])
    add_all(d, cs[2], [("PERSON_NAME", jn(cs[2])), ("PHONE_NUMBER", cs[2].phone_nat), ("EMAIL_ADDRESS", cs[2].email)])

    c = W.uk_person()
    d = W.doc(f"CallCenter/Chat/chat_{R.randint(10**6, 10**7)}.json", "json", "en")
    rec = {"conversation_id": "c_8841207", "channel": "web", "messages": [
        {"from": "bot", "text": "Hi! How can we help today?"},
        {"from": "visitor", "text": "my parcel never arrived, order 40-118823"},
        {"from": "agent", "name": "Priya (Support)", "text": "Sorry about that. Can you confirm the delivery address and a contact email?"},
        {"from": "visitor", "text": f"{c.addr}, and it's {c.email}"},
        {"from": "visitor", "text": f"name on the order is {un(c)}, mobile {c.phone_nat}"},
        {"from": "agent", "name": "Priya (Support)", "text": "Thanks, I've raised a trace with the courier."}]}
    W.write_text(d, json.dumps(rec, indent=1))
    add_all(d, c, [("POSTAL_ADDRESS", c.addr), ("EMAIL_ADDRESS", c.email), ("PERSON_NAME", un(c)), ("PHONE_NUMBER", c.phone_nat)])

    # =========================================================================== court
    pl, df = W.jp_person(), W.jp_person()
    d = W.doc(f"法務/訴訟/訴状_{pl.family}対{df.family}.docx", "docx", "ja")
    docx(W.path(d), ["訴　　　状", "令和8年10月20日", "東京地方裁判所民事部　御中", "原告訴訟代理人弁護士　村井 智也",
                     f"〒{pl.zip}　{pl.addr_ja}", f"原　　告　　{jn(pl, '　')}", "〒105-0001　東京都港区虎ノ門1丁目2番3号　虎ノ門法律事務所（送達場所）",
                     "電　話　03-3501-7788　ＦＡＸ　03-3501-7789", f"〒{df.zip}　{df.addr_ja}", f"被　　告　　{jn(df, '　')}",
                     "貸金返還請求事件", "訴訟物の価額　金300万円", "請求の趣旨", "１　被告は、原告に対し、金300万円及びこれに対する令和7年4月1日から支払済みまで年3分の割合による金員を支払え。",
                     "２　訴訟費用は被告の負担とする。", "請求の原因", f"１　原告は、被告に対し、令和6年3月15日、金300万円を弁済期令和7年3月31日の約定で貸し付けた。"])
    add_all(d, pl, [("PERSON_NAME", jn(pl, "　")), ("POSTAL_ADDRESS", f"〒{pl.zip}　{pl.addr_ja}")])
    add_all(d, df, [("PERSON_NAME", jn(df, "　")), ("POSTAL_ADDRESS", f"〒{df.zip}　{df.addr_ja}")])
    d.opt_type("PHONE_NUMBER")  # the law office's

    pl, df = W.jp_person(), W.jp_person()
    d = W.doc(f"法務/訴訟/当事者目録_{pl.family}.txt", "text", "ja")
    W.write_text(d, "当　事　者　目　録\n\n"
                    f"〒{pl.zip}\n{pl.addr_ja}\n　　　原　　　告　　　{jn(pl, '　')}\n\n"
                    f"〒{df.zip}\n{df.addr_ja}\n　　　被　　　告　　　{jn(df, '　')}\n（送達場所）\n勤務先　株式会社中央精工 総務部\n")
    add_all(d, pl, [("PERSON_NAME", jn(pl, "　")), ("POSTAL_ADDRESS", pl.addr_ja)])
    add_all(d, df, [("PERSON_NAME", jn(df, "　")), ("POSTAL_ADDRESS", df.addr_ja)])

    pl, df = W.us_person(), W.us_person()
    d = W.doc(f"Legal/Filings/Complaint_{pl.last}_v_{df.last}.pdf", "pdf", "en")
    pdf(W.path(d), [[f"SUPERIOR COURT OF THE STATE OF {'WASHINGTON' if pl.state == 'WA' else 'CALIFORNIA'}",
                     f"{pl.first.upper()} {pl.last.upper()}, an individual,          Case No.: 26-2-11834-1",
                     "                    Plaintiff,", "        v.                                 COMPLAINT FOR DAMAGES",
                     f"{df.first.upper()} {df.last.upper()}, an individual,", "                    Defendant.",
                     f"1. Plaintiff {un(pl)} is an individual residing at {us_addr(pl)}.",
                     f"2. Defendant {un(df)} is an individual residing at {us_addr(df)}.",
                     "3. On or about March 3, 2026, Defendant's dog bit Plaintiff on the left forearm, requiring twelve stitches",
                     "   and a course of rabies post-exposure prophylaxis.",
                     "Dated: October 22, 2026     By: Alan Whitcombe, WSBA #40417, Attorney for Plaintiff"]])
    add_all(d, pl, [("PERSON_NAME", un(pl)), ("POSTAL_ADDRESS", us_addr(pl)), ("HEALTH_INFO", "dog bite, rabies post-exposure prophylaxis")])
    add_all(d, df, [("PERSON_NAME", un(df)), ("POSTAL_ADDRESS", us_addr(df))])

    pa = [W.us_person() for _ in range(4)]
    d = W.doc("Legal/Dockets/small_claims_docket_2026-11.csv", "csv", "en")
    rows = [["Case Number", "Filed", "Plaintiff", "Plaintiff Address", "Defendant", "Defendant Address", "Amount", "Hearing"],
            ["SC-26-004118", "10/02/2026", un(pa[0]), us_addr(pa[0]), un(pa[1]), us_addr(pa[1]), "$2,400.00", "11/18/2026 9:00"],
            ["SC-26-004131", "10/05/2026", un(pa[2]), us_addr(pa[2]), un(pa[3]), us_addr(pa[3]), "$780.00", "11/18/2026 10:30"]]
    W.write_text(d, csv_text(rows))
    for q in pa:
        add_all(d, q, [("PERSON_NAME", un(q)), ("POSTAL_ADDRESS", us_addr(q))])

    # =========================================================================== banking: 全銀 files
    ps = [W.jp_person() for _ in range(4)]
    d = W.doc("経理/振込/SOGOFURI_20261025.txt", "text", "ja")
    rows = []
    for q in ps:
        acct = f"{R.randint(1000000, 9999999)}"
        rows.append((R.choice(BANKS), R.choice(BRANCHES), acct, half_kana(kn(q)), R.randint(20000, 900000)))
        add_all(d, q, [("PERSON_NAME", half_kana(kn(q))), ("BANK_ACCOUNT", acct)])
    with open(W.path(d), "wb") as f:
        f.write(zengin("21", "ｶ)ﾄｳｶｲｾｲｷ", "1025", rows, R))

    ps = [W.jp_person() for _ in range(3)]
    d = W.doc("経理/給与/KYUYO_FURIKOMI_202611.dat", "text", "ja")
    rows = []
    for q in ps:
        acct = f"{R.randint(1000000, 9999999)}"
        rows.append((R.choice(BANKS), R.choice(BRANCHES), acct, half_kana(kn(q)), R.randint(180000, 520000)))
        add_all(d, q, [("PERSON_NAME", half_kana(kn(q))), ("BANK_ACCOUNT", acct)])
    with open(W.path(d), "wb") as f:
        f.write(zengin("11", "ｶ)ﾐﾗｲｼｽﾃﾑｽﾞ", "1125", rows, R))

    # =========================================================================== letters
    fam = [W.jp_person() for _ in range(4)]
    d = W.doc("個人/年賀状/年賀状住所録_2027.csv", "csv", "ja")
    rows = [["氏名", "氏名フリガナ", "連名1", "連名2", "郵便番号", "住所1", "住所2", "電話番号", "区分", "2026年受", "2026年出"]]
    for i, q in enumerate(fam):
        a1, _, a2 = q.addr_ja.partition(" ")
        spouse = R.choice(["洋子", "美穂", "隆", "誠"])
        rows.append([jn(q), kn(q), spouse, R.choice(["", "翔太", "さくら"]), q.zip, a1, a2, q.phone_nat if i % 2 == 0 else "",
                     R.choice(["友人", "親戚", "会社"]), "○", "○"])
        add_all(d, q, [("PERSON_NAME", jn(q)), ("POSTAL_ADDRESS", f"{q.zip} {q.addr_ja}")])
        if i % 2 == 0:
            d.add(q, "PHONE_NUMBER", q.phone_nat)
    W.write_text(d, "\ufeff" + csv_text(rows))

    fam = [W.jp_person() for _ in range(2)]
    d = W.doc("個人/年賀状/喪中はがき受領一覧.txt", "text", "ja")
    W.write_text(d, "喪中欠礼はがき 受領一覧（2026年）\n\n" + "".join(
        f"・{jn(q)} 様（{ja_addr(q)}）　{R.choice(['父', '母', '祖母'])} 逝去（{R.choice([3, 6, 8])}月）\n" for q in fam))
    for q in fam:
        add_all(d, q, [("PERSON_NAME", jn(q)), ("POSTAL_ADDRESS", ja_addr(q))])

    # =========================================================================== look-alikes
    d = W.doc("clinic/様式/処方箋_様式_空欄.docx", "docx", "ja")
    docx(W.path(d), ["処　方　箋", "（この処方箋は、どの保険薬局でも有効です。）"], table=[
        ["公費負担者番号", "", "保険者番号", ""], ["被保険者証・被保険者手帳の記号・番号", "", "", ""], ["患者 氏名", "", "生年月日", "明・大・昭・平・令　　年　月　日"],
        ["処方", "", "", ""], ["保険医療機関の所在地及び名称", "", "電話番号", ""], ["保険医氏名", "", "", "㊞"]])
    d.decoy("a blank 処方箋 form", ["PERSON_NAME", "DATE_OF_BIRTH", "JP_HEALTH_INSURANCE", "HEALTH_INFO", "PHONE_NUMBER"])

    d = W.doc("保険/様式/保険金請求書_記入例.docx", "docx", "ja")
    docx(W.path(d), ["保険金・給付金請求書　【記入例】", "※太枠内をご記入ください。"], table=[
        ["被保険者", "フリガナ", "ヤマダ　タロウ", ""], ["", "氏名", "山田　太郎", ""], ["", "生年月日", "昭和55年1月1日", ""],
        ["請求者", "住所", "〒100-0001 東京都千代田区千代田1-1", ""], ["", "電話番号", "03-1234-5678", ""],
        ["傷病名", "（例）〇〇骨折", "", ""], ["受取口座", "〇〇銀行 〇〇支店", "普通", "1234567"]])
    d.decoy("記入例 placeholders (山田 太郎, 03-1234-5678, 1234567)", ["PHONE_NUMBER", "BANK_ACCOUNT", "HEALTH_INFO"])
    for t in ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS"):
        d.opt_type(t)

    d = W.doc("clinic/採用薬/院内採用薬一覧_2026.xlsx", "xlsx", "ja")
    drugs = [("メトホルミン塩酸塩錠500mg", "3962002F2010", "4987123456783", "2型糖尿病", "10.10"),
             ("アムロジピン錠5mg", "2171022F1093", "4987188163040", "高血圧症、狭心症", "10.40"),
             ("ランソプラゾールOD錠15mg", "2329023F1020", "4987065422012", "胃潰瘍、逆流性食道炎", "18.00"),
             ("ゾルピデム酒石酸塩錠5mg", "1129009F1025", "4987431234566", "不眠症", "11.20"),
             ("レバミピド錠100mg", "2329021F1021", "4987300123453", "胃炎、胃潰瘍", "10.10")]
    xlsx(W.path(d), {"採用薬": [["薬品名", "YJコード", "JANコード", "効能・効果", "薬価(円)"]] + [list(x) for x in drugs]})
    d.decoy("a drug catalogue: indications of no person, YJ and JAN codes", ["HEALTH_INFO", "JP_MY_NUMBER", "PERSON_NAME", "PHONE_NUMBER"])

    d = W.doc("hotel/客室/客室一覧.xlsx", "xlsx", "ja")
    rows = [["客室番号", "タイプ", "ベッド", "定員", "禁煙", "内線", "面積(㎡)"]]
    for fl in (4, 5, 6):
        for r in range(1, 5):
            rows.append([f"{fl}{r:02d}", R.choice(["スタンダードツイン", "デラックスダブル", "和室10畳"]), R.choice(["ツイン", "ダブル", "布団"]), 2, "○",
                         f"{fl}{r:02d}0", R.choice([22.5, 28.0, 35.2])])
    xlsx(W.path(d), {"客室": rows})
    d.decoy("a hotel room list (extensions, room numbers)", ["PHONE_NUMBER", "PERSON_NAME"])

    d = W.doc("school/行事/令和8年度_年間行事予定.docx", "docx", "ja")
    docx(W.path(d), ["令和8年度 年間行事予定（市立けやき台小学校）"], table=[["月日", "曜日", "行事"], ["4月6日", "月", "始業式・入学式"],
                                                                           ["5月23日", "土", "運動会（雨天順延5月24日）"], ["6月12日", "金", "保護者会・授業参観"],
                                                                           ["7月17日", "金", "終業式"], ["10月2日", "金", "創立50周年記念式典（昭和51年10月2日開校）"],
                                                                           ["11月14日", "土", "学習発表会"], ["3月19日", "金", "卒業式"]])
    d.decoy("a school event schedule (dates, a founding date)", ["DATE_OF_BIRTH", "PERSON_NAME"])

    d = W.doc("不動産/物件/物件概要_グランシティ錦.html", "html", "ja")
    W.write_text(d, "<html><head><meta charset='utf-8'><title>グランシティ錦 805号室 | 東海ハウジング</title></head><body>"
                    "<h1>グランシティ錦 805号室</h1><table><tr><th>所在地</th><td>愛知県名古屋市中区錦3-15-22</td></tr>"
                    "<tr><th>間取り</th><td>1LDK（42.3㎡）</td></tr><tr><th>賃料</th><td>98,000円</td></tr><tr><th>築年月</th><td>2008年3月</td></tr>"
                    "<tr><th>取引態様</th><td>仲介</td></tr></table><p>お問い合わせ：東海ハウジング株式会社 名駅店 TEL 052-571-3380（10:00～19:00 水曜定休）"
                    "<br>宅地建物取引業 愛知県知事(3)第21877号</p></body></html>")
    d.opt_type("PHONE_NUMBER"); d.opt_type("POSTAL_ADDRESS")  # the agency's phone and the property's address
    d.decoy("a property listing (built date, licence number)", ["PERSON_NAME", "DATE_OF_BIRTH", "BANK_ACCOUNT"])

    d = W.doc("Clinic/Forms/Lab_Requisition_BLANK.pdf", "pdf", "en")
    pdf(W.path(d), [["Cascade Diagnostics - LABORATORY TEST REQUISITION", "Ordering provider: ____________  NPI: __________",
                     "Patient last name: ____________  First name: ____________  Sex: [ ] F [ ] M", "Date of birth: ___/___/______  Patient phone: (___) ___-____",
                     "ICD-10 diagnosis codes (required): ____________", "Tests: [ ] TSH w/ reflex FT4  [ ] CBC w/ diff  [ ] CMP  [ ] Lipid panel  [ ] HbA1c",
                     "Common codes: E11.9 Type 2 diabetes; E78.5 Hyperlipidemia; I10 Essential hypertension; Z00.00 Routine exam"]])
    d.decoy("a blank lab requisition with a code list", ["PERSON_NAME", "DATE_OF_BIRTH", "HEALTH_INFO", "PHONE_NUMBER"])

    d = W.doc("travel/manifest/APIS_format_test_UTO.txt", "text", "en")
    W.write_text(d, "APIS MESSAGE VALIDATOR - SAMPLE INPUT (ICAO Doc 9303 specimen data, fictitious state UTO)\n"
                    "SEQ SURNAME/GIVEN              SEX DOB      NAT DOC TYPE DOC NO     SEAT\n"
                    "001 ERIKSSON/ANNA MARIA        F   12AUG74  UTO P        L898902C3  01A\n"
                    "Expected: 1 record, 0 errors\n")
    d.opt_type("PERSON_NAME"); d.opt_type("DATE_OF_BIRTH")
    d.decoy("ICAO's specimen passport (state UTO)", ["US_PASSPORT", "JP_PASSPORT"])

    d = W.doc("経理/振込/全銀フォーマット_レコード仕様.txt", "text", "ja")
    W.write_text(d, "全銀協規定 総合振込 データレコード（120バイト）\n項目\t桁数\t属性\t内容\n"
                    "データ区分\t1\tN\t2\n被仕向銀行番号\t4\tN\t統一金融機関番号\n被仕向銀行名\t15\tC\t半角カナ\n被仕向支店番号\t3\tN\t統一店番号\n"
                    "被仕向支店名\t15\tC\t半角カナ\n手形交換所番号\t4\tN\t未使用\n預金種目\t1\tN\t1:普通 2:当座 4:貯蓄\n口座番号\t7\tN\t右詰め、残り前ゼロ\n"
                    "受取人名\t30\tC\t半角カナ（例：ﾔﾏﾀﾞ ﾀﾛｳ）\n振込金額\t10\tN\t右詰め、残り前ゼロ\n新規コード\t1\tN\t1:第1回 2:変更 0:その他\n"
                    "顧客コード1\t10\tN\t依頼人が定めた受取人識別\n顧客コード2\t10\tN\t同上\n振込指定区分\t1\tN\t7:テレ振込 8:文書振込\n識別表示\t1\tC\tY または スペース\nダミー\t7\tC\tスペース\n")
    d.opt_type("PERSON_NAME")
    d.decoy("the 全銀 record layout (field names, byte counts, ﾔﾏﾀﾞ ﾀﾛｳ example)", ["BANK_ACCOUNT", "PHONE_NUMBER"])

    d = W.doc("法務/書式/訴状_ひな形_貸金返還請求.docx", "docx", "ja")
    docx(W.path(d), ["訴　　　状（ひな形）", "令和　　年　　月　　日", "〇〇地方裁判所　御中", "〒〇〇〇－〇〇〇〇　〇〇県〇〇市〇〇町〇丁目〇番〇号",
                     "原　　告　　〇〇　〇〇", "電　話　〇〇〇－〇〇〇－〇〇〇〇", "〒〇〇〇－〇〇〇〇　〇〇県〇〇市〇〇町〇丁目〇番〇号", "被　　告　　〇〇　〇〇",
                     "貸金返還請求事件", "請求の趣旨", "１　被告は、原告に対し、金〇〇円を支払え。"])
    d.decoy("a 訴状 template with ○ placeholders", ["PERSON_NAME", "POSTAL_ADDRESS", "PHONE_NUMBER"])

    d = W.doc("Recruiting/ATS/job_requisitions_2026Q4.csv", "csv", "en")
    W.write_text(d, csv_text([["Req ID", "Title", "Department", "Location", "Openings", "Salary Min", "Salary Max", "Opened"],
                              ["REQ-2026-0412", "Senior Data Engineer", "Data Platform", "Seattle, WA (hybrid)", "2", "165000", "205000", "2026-09-14"],
                              ["REQ-2026-0419", "Product Analyst", "Growth", "London, UK", "1", "62000", "75000", "2026-09-21"],
                              ["REQ-2026-0431", "Staff Engineer", "Payments", "Remote (US)", "1", "210000", "255000", "2026-10-02"],
                              ["REQ-2026-0440", "Recruiting Coordinator", "People", "Denver, CO", "1", "58000", "70000", "2026-10-09"]]))
    d.decoy("a job requisition export (req ids, salaries, cities)", ["PERSON_NAME", "PHONE_NUMBER", "POSTAL_ADDRESS", "DATE_OF_BIRTH"])

    d = W.doc("CallCenter/IVR/ivr_payment_script_v7.txt", "text", "en")
    W.write_text(d, "IVR PAYMENT FLOW v7 (Brightline Utilities)\nPROMPT 100: Welcome to Brightline Utilities. For billing, press 1. To report an outage, press 2.\n"
                    "PROMPT 110: Please enter your 10-digit account number followed by the pound key.\n"
                    "PROMPT 120: For verification, enter your date of birth as two-digit month, two-digit day, four-digit year.\n"
                    "PROMPT 130: Enter your 16-digit card number. Test card for UAT only: 4000 0000 0000 0002 (declines).\n"
                    "PROMPT 140: Enter the expiration date, month then year.\nPROMPT 900: Goodbye. Support line 1-800-555-0134.\n")
    d.opt_type("PHONE_NUMBER"); d.opt_type("CREDIT_CARD")
    d.decoy("an IVR script (prompts naming card, birth date and account)", ["PERSON_NAME", "DATE_OF_BIRTH", "BANK_ACCOUNT"])

    d = W.doc("個人/年賀状/宛名面_見本.txt", "text", "ja")
    W.write_text(d, "年賀状 宛名面 印刷見本（テンプレート）\n〒100-0001\n東京都千代田区千代田1-1\n山田　太郎　様\n\u3000花子　様\n"
                    "差出人：〒123-4567　〇〇県〇〇市〇〇町1-2-3　見本　一郎\n※実際の宛名は住所録から差し込まれます。\n")
    d.opt_type("PERSON_NAME"); d.opt_type("POSTAL_ADDRESS")
    d.decoy("a 宛名 sample with placeholders", ["PHONE_NUMBER", "DATE_OF_BIRTH"])

    d = W.doc("保険/パンフレット/医療保険_給付のご案内.html", "html", "ja")
    W.write_text(d, "<html><head><meta charset='utf-8'><title>医療保険 給付のご案内</title></head><body><h1>こんなときに給付金をお支払いします</h1>"
                    "<ul><li>がん（悪性新生物）と診断されたとき：診断給付金 100万円</li><li>急性心筋梗塞・脳卒中で所定の状態となったとき</li>"
                    "<li>骨折・脱臼で入院したとき：入院給付金 日額1万円</li></ul><p>例）45歳男性が大腿骨骨折で28日間入院した場合：28万円</p>"
                    "<p>ご請求は保険金請求書（記入例をご参照ください）に必要事項をご記入のうえご提出ください。お問い合わせ 0120-555-310</p></body></html>")
    d.opt_type("PHONE_NUMBER")
    d.decoy("an insurance brochure naming diseases and a worked example with no person", ["HEALTH_INFO", "PERSON_NAME", "DATE_OF_BIRTH"])

    W.finish()
    fix_status(args.out, W)


if __name__ == "__main__":
    main()
