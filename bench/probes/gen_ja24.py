#!/usr/bin/env python3
"""gen_ja24.py - Japanese personal documents outside HR (issue #4, round 24): what a leak from a town office, a clinic,
a care provider, a school, an estate agent, an insurer or a card company, or from a household's own PC, holds.

    python3 bench/probes/gen_ja24.py OUT [--seed N]      (tuning seed 24; check seed 2424, measured once before, once after)

Items: 住民票の写し (世帯主, 続柄, 本籍 lines; OCR text and a PDF), 戸籍全部事項証明書 text (【名】【生年月日】【父】【母】
【続柄】), 健康保険証 and 国民健康保険証 copies as OCR text (記号・番号, 枝番, 保険者番号), ねんきん定期便 and a
基礎年金番号通知書 (full-width digits), a 在留カード check record, a カルテ (SOAP), a 処方箋 PDF with 記号・番号, お薬手帳,
a 紹介状 (診療情報提供書) mail, a ward list, a lab-result CSV, 要介護認定 結果通知, ケアプラン docx, a home-help visit record,
a 生徒名簿 xlsx with 保護者, a class 連絡網, a 指導要録 note (障害 / 服薬 / アレルギー), a school health log CSV, a 賃貸入居申込書
docx with 勤務先 / 年収 / 連帯保証人 and the estate agent's mail, 自治会名簿 xlsx, PTA 役員名簿 PDF, 年賀状 宛名 CSVs (筆まめ-
like Shift_JIS with 連名, 宛名職人-like with 姓 / 名 in parts), a 顧客台帳 with フリガナ, a 生命保険 申込書 (受取人, 告知),
a 入院給付金 請求書, a クレジットカード入会申込書 PDF and a card desk's mail with a JCB number. Look-alikes: 記入例 / 見本
forms with 山田 太郎 and placeholder numbers (住民票 請求書, 保険証, ねんきん定期便, 在留カード, 処方箋, カード申込書), blank
forms (ケアプラン, 保健調査票, 入居申込書), 法人番号 and 医療機関コード lists, a 薬価 list, a 郵便番号 (KEN_ALL-like) list,
statistics tables (要介護認定者数, 在籍者数, 出生数), a health leaflet, an insurance pamphlet, 戸籍 請求 instructions.

Truth conventions (as the earlier sets): a type counts for an item when the item shows it; a person's name, labelled birth
date, phone, e-mail and address are their types; placeholder values on a 記入例 / 見本 (山田 太郎, 1234-567890, 0000 0000
0000) are decoys for the number types they imitate and optional for PERSON_NAME / DATE_OF_BIRTH / POSTAL_ADDRESS; a clinic's,
employer's or office's own address and phone are optional; a doctor, pharmacist or care manager named in passing is
PERSON_NAME of the item but no truth person; 本籍 (a registered domicile, no 〒) alone is optional POSTAL_ADDRESS; a
household's members listed with a birth date are truth people and the household's address is each member's; a 介護保険
被保険者番号 has no contract code (JP_HEALTH_INSURANCE optional beside it); a 在留カード number has no code (a decoy for
JP_PASSPORT); 要介護度, diagnoses, medication, disabilities and allergies of a named person are HEALTH_INFO (sensitive);
年収 and 勤務先 are no type; a card PIN (暗証番号) is optional CREDENTIAL; an insurer number (保険者番号) alone is an
organisation's, with the member's 記号・番号 it is JP_HEALTH_INSURANCE; an organisation's mailbox (a clinic's, a card desk's)
in a mail's header is optional EMAIL_ADDRESS; a child's given name alone beside a parent (a PTA list's 児童 column) is
PERSON_NAME of the item but no truth person (round 10: a first name alone). These two were set after the first
measurement of seed 24 (see README, round 24).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, jn, kn, to_fullwidth, luhn_number, csv_text, docx, xlsx, mail  # noqa: E402
from probelib import JP_GIVEN  # noqa: E402
from gen12s import pdf_ja  # noqa: E402
from gen8 import jp_mail  # noqa: E402

INSURERS = [("01130012", "全国健康保険協会　東京支部"), ("06132013", "関東精機健康保険組合"), ("01140011", "全国健康保険協会　神奈川支部"),
            ("06272015", "なにわ電機健康保険組合")]
KOKUHO = [("138131", "渋谷区"), ("141002", "横浜市"), ("271403", "堺市"), ("401307", "福岡市")]
BANKS = [("みずほ銀行", "渋谷支店"), ("三井住友銀行", "梅田支店"), ("横浜銀行", "本店営業部"), ("福岡銀行", "博多駅前支店"),
         ("ゆうちょ銀行", "〇一八店")]
EMPLOYERS = [("株式会社東洋精機", "03-5412-7788"), ("みなと物流株式会社", "045-662-3101"), ("北辰電機工業株式会社", "06-6344-2210"),
             ("さくらフーズ株式会社", "092-471-5521")]
CLINICS = [("さくら内科クリニック", "東京都渋谷区宇田川町12-3", "03-3461-2270", "1312345"),
           ("みなとみらい整形外科", "神奈川県横浜市西区みなとみらい2-3-1", "045-228-4411", "1411872"),
           ("博多駅前ファミリー診療所", "福岡県福岡市博多区博多駅前3-2-8", "092-433-1180", "4013355")]
DOCTORS = ["高田　誠", "三浦　律子", "中西　健一", "大野　真理"]
DX = [("2型糖尿病", "メトホルミン塩酸塩錠250mg　1回1錠　1日2回　朝夕食後"), ("高血圧症", "アムロジピン錠5mg　1回1錠　1日1回　朝食後"),
      ("気管支喘息", "フルティフォーム125エアゾール　1回2吸入　1日2回"), ("うつ病", "エスシタロプラム錠10mg　1回1錠　1日1回　夕食後"),
      ("逆流性食道炎", "ボノプラザン錠20mg　1回1錠　1日1回　朝食後"), ("脂質異常症", "ロスバスタチン錠2.5mg　1回1錠　1日1回　夕食後")]
CHILD_GIVEN = [("陽翔", "ハルト", "Haruto", "男"), ("結菜", "ユイナ", "Yuina", "女"), ("蓮", "レン", "Ren", "男"), ("芽依", "メイ", "Mei", "女"),
               ("湊", "ミナト", "Minato", "男"), ("凛", "リン", "Rin", "女"), ("大翔", "ヒロト", "Hiroto", "男"), ("葵", "アオイ", "Aoi", "女"),
               ("悠真", "ユウマ", "Yuma", "男"), ("陽菜", "ヒナ", "Hina", "女")]
ELDER_GIVEN = [("正雄", "マサオ", "Masao", "男"), ("ハル", "ハル", "Haru", "女"), ("清", "キヨシ", "Kiyoshi", "男"), ("トミ", "トミ", "Tomi", "女"),
               ("敏子", "トシコ", "Toshiko", "女"), ("勝", "マサル", "Masaru", "男")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=24)
    args = ap.parse_args()
    W = World(args.out, args.seed, "probe24ja")
    R = W.rnd
    names_used = set()

    def person(given_pool=None, born=None):
        for _ in range(200):
            p = W.jp_person()
            if given_pool:
                g = R.choice(given_pool)
                p.given, p.kana_given, p.sex_ja = g[0], g[1], g[3]
                p.romaji = f"{g[2]} {p.romaji.split()[1]}"
            if born:
                p.dob = dt.date(R.randint(*born), R.randint(1, 12), R.randint(1, 28))
            p.name = f"{p.family} {p.given}"
            if p.name not in names_used:
                names_used.add(p.name)
                return p
            W.people.remove(p)
        raise RuntimeError("no fresh name")

    def relative(p, given_pool=None, born=None, same_addr=True):
        for _ in range(200):
            q = person(given_pool, born)
            names_used.discard(q.name)
            q.family, q.kana_family = p.family, p.kana_family
            q.romaji = f"{q.romaji.split()[0]} {p.romaji.split()[1]}"
            q.name = f"{q.family} {q.given}"
            if same_addr:
                q.zip, q.addr_ja = p.zip, p.addr_ja
            if q.name not in names_used and q.given != p.given:
                names_used.add(q.name)
                return q
            W.people.remove(q)
        raise RuntimeError("no relative")

    def sp(p):
        return jn(p, "　")

    def ymd(p, sep="/"):
        return f"{p.dob.year}{sep}{p.dob.month:02d}{sep}{p.dob.day:02d}"

    def kanji_date(p):
        return f"{p.dob.year}年{p.dob.month}月{p.dob.day}日"

    def age(p, on=dt.date(2026, 10, 1)):
        return on.year - p.dob.year - ((on.month, on.day) < (p.dob.month, p.dob.day))

    def put(d, text, enc="utf-8"):
        W.write_text(d, text, enc)

    def add(d, p, *pairs):
        for t, v in pairs:
            d.add(p, t, v)
        if any(t == "HEALTH_INFO" for t, _ in pairs):
            d.sensitive(p)

    def kigo_bango():
        return f"{R.randint(1000000, 99999999)}", f"{R.randint(1, 9999)}"

    def mail_bytes(m):
        mid = f"<ja24.{W.seed}.{len(W.docs):03d}@mail.example.jp>"
        m.replace_header("Message-ID", mid)
        return bytes(m)

    # ================================================================== 住民票の写し
    head = person(born=(1965, 1980))
    wife = relative(head, [g for g in JP_GIVEN if g[3] == "女"], (1966, 1982))
    kid = relative(head, CHILD_GIVEN, (2008, 2014))
    honseki = f"{head.addr_ja.split('区')[0]}区{R.randint(1, 5)}丁目{R.randint(1, 30)}番地" if "区" in head.addr_ja else "東京都千代田区平河町一丁目4番地"
    d = W.doc(f"市民課/交付/住民票_写し_{head.family}.txt", "txt", "ja")
    lines = ["住民票の写し", "", f"住所　{head.addr_ja}", f"世帯主　{sp(head)}", ""]
    for no, (q, rel) in enumerate([(head, "世帯主"), (wife, "妻"), (kid, "子")], 1):
        lines += [f"{no}", f"氏名　{sp(q)}", f"生年月日　{q.wareki_dob()}　　性別　{q.sex_ja}　　続柄　{rel}",
                  f"住民となった日　{q.wareki_dob() if rel == '子' else f'平成{R.randint(20, 30)}年{R.randint(1, 12)}月{R.randint(1, 28)}日'}",
                  f"本籍　{honseki}　　筆頭者　{sp(head)}", ""]
        add(d, q, ("PERSON_NAME", sp(q)), ("DATE_OF_BIRTH", q.wareki_dob()), ("POSTAL_ADDRESS", head.addr_ja))
    lines += ["この写しは、住民票の原本と相違ないことを証明する。", "令和8年9月14日", "市区町村長　　長谷部　健"]
    put(d, "\n".join(lines) + "\n")
    d.opt_person_name("長谷部　健")

    head2 = person(born=(1950, 1962))
    son = relative(head2, [g for g in JP_GIVEN if g[3] == "男"], (1985, 1995))
    d = W.doc(f"市民課/交付/世帯全員の住民票_{head2.family}.pdf", "pdf", "ja")
    pdf_ja(W.path(d), [["住　民　票（世帯全員）", f"住所　〒{head2.zip}　{head2.addr_ja}", f"世帯主　{sp(head2)}", "",
                        "氏名　　　　　　生年月日　　　　　　　性別　続柄　　住民となった年月日",
                        f"{sp(head2)}　　{head2.wareki_dob()}　{head2.sex_ja}　　世帯主　昭和60年4月1日",
                        f"{sp(son)}　　{son.wareki_dob()}　{son.sex_ja}　　子　　　{son.wareki_dob()}",
                        "", "備考　前住所　大阪府大阪市北区梅田1丁目", "令和8年8月3日　交付"]])
    for q in (head2, son):
        add(d, q, ("PERSON_NAME", sp(q)), ("DATE_OF_BIRTH", q.wareki_dob()), ("POSTAL_ADDRESS", head2.addr_ja))

    # ================================================================== 戸籍全部事項証明書
    hitto = person(born=(1960, 1975))
    tsuma = relative(hitto, [g for g in JP_GIVEN if g[3] == "女"], (1962, 1978), same_addr=False)
    ko = relative(hitto, CHILD_GIVEN, (1995, 2005), same_addr=False)
    father = "　".join([hitto.family, R.choice(["正雄", "清", "勝"])])
    mother_of_wife = R.choice(["節子", "和子", "幸子"])
    d = W.doc(f"市民課/戸籍/戸籍全部事項証明書_{hitto.family}.txt", "txt", "ja")
    hon = f"本籍　{hitto.addr_ja.split('丁目')[0] if '丁目' in hitto.addr_ja else hitto.addr_ja}"
    put(d, "\n".join([
        "全部事項証明", hon, f"氏名　{sp(hitto)}", "", "戸籍事項", "　戸籍編製　【編製日】平成8年4月1日", "",
        f"戸籍に記録されている者　【名】{hitto.given}", f"　【生年月日】{hitto.wareki_dob()}　【配偶者区分】夫",
        f"　【父】{father}", "　【母】" + hitto.family + "　" + R.choice(["澄子", "美代子"]), "　【続柄】長男",
        "身分事項　出生　【出生日】" + hitto.wareki_dob() + "　【出生地】東京都世田谷区", "",
        f"戸籍に記録されている者　【名】{tsuma.given}", f"　【生年月日】{tsuma.wareki_dob()}　【配偶者区分】妻",
        f"　【父】{R.choice(['森', '林', '原田'])}　{R.choice(['正雄', '清', '勝'])}", f"　【母】{mother_of_wife}", "　【続柄】長女",
        "身分事項　婚姻　【婚姻日】平成8年4月1日", "",
        f"戸籍に記録されている者　【名】{ko.given}", f"　【生年月日】{ko.wareki_dob()}", f"　【父】{sp(hitto)}",
        f"　【母】{tsuma.given}", f"　【続柄】{'長男' if ko.sex_ja == '男' else '長女'}", "",
        "以下余白", "", "発行番号　第2026-0418号", "これは、戸籍に記録されている事項の全部を証明した書面である。"]) + "\n")
    add(d, hitto, ("PERSON_NAME", sp(hitto)), ("DATE_OF_BIRTH", hitto.wareki_dob()))
    add(d, tsuma, ("PERSON_NAME", tsuma.given), ("DATE_OF_BIRTH", tsuma.wareki_dob()))
    add(d, ko, ("PERSON_NAME", ko.given), ("DATE_OF_BIRTH", ko.wareki_dob()))
    d.opt_type("POSTAL_ADDRESS")
    d.decoy("発行番号 / 編製日 (not a birth date)", [])

    # ================================================================== 健康保険証 (OCR copies)
    p = person()
    ins, insname = R.choice(INSURERS)
    kig, ban = kigo_bango()
    d = W.doc(f"総務/本人確認/保険証_写し_{p.family}.txt", "txt", "ja")
    put(d, f"健康保険\n被保険者証　　本人（被保険者）\n令和{R.randint(3, 7)}年{R.randint(1, 12)}月{R.randint(1, 28)}日交付\n"
           f"記号　{kig}　　番号　{ban}　（枝番）00\n氏名　{sp(p)}\n生年月日　{p.wareki_dob()}　性別　{p.sex_ja}\n"
           f"資格取得年月日　平成{R.randint(20, 30)}年4月1日\n事業所名称　{R.choice(EMPLOYERS)[0]}\n"
           f"保険者番号　{ins}\n保険者名称　{insname}\n")
    add(d, p, ("JP_HEALTH_INSURANCE", f"{kig} {ban}"), ("PERSON_NAME", sp(p)), ("DATE_OF_BIRTH", p.wareki_dob()))

    p = person()
    hno, city = R.choice(KOKUHO)
    kig2, ban2 = f"{R.randint(10, 99)}", f"{R.randint(100000, 999999)}"
    d = W.doc(f"総務/本人確認/国保証_{p.family}.txt", "txt", "ja")
    put(d, f"国民健康保険被保険者証\n有効期限　令和9年7月31日\n記号　{kig2}　番号　{ban2}\n"
           f"氏　名　{sp(p)}　　性別　{p.sex_ja}\n生年月日　{p.wareki_dob()}\n資格取得年月日　令和2年4月1日\n"
           f"世帯主氏名　{sp(p)}\n住　所　{p.addr_ja}\n交付年月日　令和7年8月1日\n保険者番号　{hno}\n保険者　{city}\n")
    add(d, p, ("JP_HEALTH_INSURANCE", f"{kig2} {ban2}"), ("PERSON_NAME", sp(p)), ("DATE_OF_BIRTH", p.wareki_dob()),
        ("POSTAL_ADDRESS", p.addr_ja))

    # ================================================================== 年金
    p = person()
    pen = f"{R.randint(1000, 9999)}-{R.randint(0, 999999):06d}"
    d = W.doc(f"自宅PC/書類/ねんきん定期便_{p.family}.txt", "txt", "ja")
    put(d, f"〒{p.zip}\n{p.addr_ja}\n{sp(p)}　様\n\n令和8年度「ねんきん定期便」\n日本年金機構\n\n"
           f"基礎年金番号　{pen}\n生年月日　{p.wareki_dob()}\n照会番号　{R.randint(1000, 9999)}-{R.randint(100, 999)}-{R.randint(100, 999)}\n\n"
           f"1. これまでの年金加入期間\n　国民年金　{R.randint(10, 60)}月　厚生年金保険　{R.randint(100, 400)}月　合計　{R.randint(200, 420)}月\n"
           f"2. これまでの加入実績に応じた年金額　老齢基礎年金　{R.randint(400, 800)},{R.randint(100, 999)}円\n")
    add(d, p, ("PERSON_NAME", sp(p)), ("POSTAL_ADDRESS", f"〒{p.zip} {p.addr_ja}"), ("JP_PENSION_NUMBER", pen),
        ("DATE_OF_BIRTH", p.wareki_dob()))
    d.decoy("照会番号 (a notice's reference, no pension number)", [])

    p = person()
    pen = f"{R.randint(1000, 9999)}{R.randint(0, 999999):06d}"
    d = W.doc(f"自宅PC/書類/基礎年金番号通知書_{p.family}.txt", "txt", "ja")
    put(d, f"基礎年金番号通知書\n\n基礎年金番号\n{to_fullwidth(pen[:4] + '-' + pen[4:])}\n\n氏名\n{sp(p)}\n\n生年月日\n{p.wareki_dob()}\n\n"
           "交付年月日　令和4年6月10日\n日本年金機構\n")
    add(d, p, ("JP_PENSION_NUMBER", pen), ("PERSON_NAME", sp(p)), ("DATE_OF_BIRTH", p.wareki_dob()))

    # ================================================================== 在留カード check record
    v = person()
    v.family, v.given, v.name = "TRAN", "THI MAI", "TRAN THI MAI"
    v.dob = dt.date(R.randint(1994, 2001), R.randint(1, 12), R.randint(1, 28))
    zc = f"{R.choice('ABCDEFGHJKLMN')}{R.choice('PRSTUVWXYZ')}{R.randint(10000000, 99999999)}{R.choice('ABCDEFGH')}{R.choice('ABCDEFGH')}"
    d = W.doc("不動産/審査/外国籍入居者_本人確認記録_TRAN.docx", "docx", "ja")
    docx(W.path(d), ["外国籍の方の入居審査　本人確認記録", "確認書類：在留カード（原本確認済）"],
         table=[["氏名（NAME）", "TRAN THI MAI", "国籍・地域", "ベトナム"],
                ["生年月日", v.dob.strftime("%Y年%m月%d日"), "性別", "女 F."],
                ["在留カード番号", zc, "在留期間（満了日）", "2028年03月31日"],
                ["在留資格", "技術・人文知識・国際業務", "就労制限", "在留資格に基づく就労活動のみ可"],
                ["携帯電話", v.phone_nat, "勤務先", R.choice(EMPLOYERS)[0]]])
    add(d, v, ("PERSON_NAME", "TRAN THI MAI"), ("DATE_OF_BIRTH", v.dob.strftime("%Y年%m月%d日")), ("PHONE_NUMBER", v.phone_nat))
    d.decoy("在留カード番号 (no contract code) / 満了日", ["JP_PASSPORT"])
    d.opt_type("PHONE_NUMBER")

    # ================================================================== 医療
    clinic, caddr, ctel, ccode = CLINICS[0]
    pat = person(born=(1950, 1975))
    dx, rx = DX[0]
    kig, ban = kigo_bango()
    ins, _ = R.choice(INSURERS)
    doc_ = R.choice(DOCTORS)
    d = W.doc(f"クリニック/診療録/カルテ_{pat.family}.txt", "txt", "ja")
    put(d, f"診療録（外来）　{clinic}\n患者ID：{R.randint(100000, 999999)}\n患者氏名：{sp(pat)}（{pat.kana_family} {pat.kana_given}）\n"
           f"生年月日：{kanji_date(pat)}（{age(pat)}歳）　性別：{pat.sex_ja}\n受診日：2026年9月{R.randint(1, 28)}日　担当医：{doc_}\n\n"
           f"S）口渇、多尿。最近3か月で体重が4kg減少。\nO）随時血糖 238mg/dL、HbA1c 8.4%。BP 138/86。\n"
           f"A）{dx}（コントロール不良）\nP）{rx.split('　')[0]} 開始。栄養指導予約。2週後再診。\n")
    add(d, pat, ("PERSON_NAME", sp(pat)), ("DATE_OF_BIRTH", kanji_date(pat)), ("HEALTH_INFO", dx))
    d.opt_person_name(doc_)

    d = W.doc(f"クリニック/処方箋/処方箋_{pat.family}.pdf", "pdf", "ja")
    pdf_ja(W.path(d), [["処　方　箋", "（この処方箋は、どの保険薬局でも有効です。）",
                        "公費負担者番号　　　　　　　　保険者番号　" + ins,
                        f"被保険者証・被保険者手帳の記号・番号　{kig}・{ban}（枝番）01",
                        f"患者　氏名　{sp(pat)}　　生年月日　{pat.wareki_dob()}　{pat.sex_ja}　区分　被保険者",
                        f"保険医療機関の所在地及び名称　{caddr}　{clinic}", f"電話番号　{ctel}", f"保険医氏名　{doc_}　印",
                        f"都道府県番号　13　点数表番号　1　医療機関コード　{ccode}", "交付年月日　令和8年9月20日",
                        "処方", f"　Rp1　{rx}　14日分", "　Rp2　ビタミンB12錠500μg　1回1錠　1日3回　毎食後　14日分"]])
    add(d, pat, ("PERSON_NAME", sp(pat)), ("DATE_OF_BIRTH", pat.wareki_dob()), ("JP_HEALTH_INSURANCE", f"{kig}・{ban}"),
        ("HEALTH_INFO", rx))
    d.opt_type("PHONE_NUMBER"), d.opt_type("POSTAL_ADDRESS"), d.opt_person_name(doc_)

    pat2 = person(born=(1945, 1970))
    dx2, rx2 = DX[1]
    d = W.doc(f"自宅PC/スキャン/お薬手帳_{pat2.family}.txt", "txt", "ja")
    put(d, f"お薬手帳\nお名前　{sp(pat2)}　様\n生年月日　{pat2.wareki_dob()}\n血液型　{R.choice(['A', 'B', 'O', 'AB'])}型\n"
           f"緊急連絡先　{pat2.phone_nat}\nアレルギー歴　ペニシリン系（発疹）\n副作用歴　なし\n\n"
           f"2026年9月2日　調剤　みどり薬局 駅前店\n　{rx2}　28日分\n　ロキソプロフェンNa錠60mg　1回1錠　疼痛時　10回分\n"
           f"　薬剤師　{R.choice(['岡本', '浜田', '吉川'])}\n")
    add(d, pat2, ("PERSON_NAME", sp(pat2)), ("DATE_OF_BIRTH", pat2.wareki_dob()), ("PHONE_NUMBER", pat2.phone_nat),
        ("HEALTH_INFO", "ペニシリン系アレルギー"))

    pat3 = person(born=(1948, 1965))
    clinic3, caddr3, ctel3, _ = CLINICS[2]
    doc3 = R.choice(DOCTORS)
    body = (f"芝浦総合病院　地域医療連携室　御中\n\n{clinic3}の{doc3}です。下記の患者様のご紹介をお願いいたします。\n\n"
            f"診療情報提供書\n患者氏名：{sp(pat3)}　様（{pat3.sex_ja}性、{age(pat3)}歳）\n生年月日：{pat3.wareki_dob()}\n"
            f"患者連絡先：{pat3.phone_nat}\n傷病名：1. 慢性心不全（NYHA II度）　2. 発作性心房細動\n"
            "紹介目的：心エコー及びカテーテル検査による精査加療のお願い\n既往歴：2019年 脳梗塞（後遺症なし）\n"
            "現在の処方：エドキサバン錠30mg 1日1回、ビソプロロール錠2.5mg 1日1回\n\n"
            f"{clinic3}\n{caddr3}\nTEL {ctel3}\n{doc3}\n")
    d = W.doc(f"クリニック/メール/紹介状_{pat3.family}.eml", "eml", "ja")
    m = mail(f"{clinic3} <info@hakata-family.example.jp>", "連携室 <renkei@shibaura-hp.example.jp>",
             f"【紹介】{pat3.family}様　診療情報提供書", body, "2026-09-18 17:40")
    with open(W.path(d), "wb") as f:
        f.write(mail_bytes(m))
    add(d, pat3, ("PERSON_NAME", sp(pat3)), ("DATE_OF_BIRTH", pat3.wareki_dob()), ("PHONE_NUMBER", pat3.phone_nat),
        ("HEALTH_INFO", "慢性心不全"))
    d.opt_type("POSTAL_ADDRESS"), d.opt_type("EMAIL_ADDRESS"), d.opt_person_name(doc3)  # the clinic's and ward's mailboxes

    ward = [person(born=(1935, 1960)) for _ in range(3)]
    d = W.doc("病院/病棟/5階東病棟_入院患者一覧.xlsx", "xlsx", "ja")
    rows = [["5階東病棟　入院患者一覧（2026/10/01 現在）"], ["病室", "患者氏名", "年齢", "性別", "主病名", "主治医", "入院日", "備考"]]
    for q, (dxq, _) in zip(ward, [DX[2], DX[3], ("大腿骨頸部骨折", "")]):
        rows.append([f"50{R.randint(1, 9)}", sp(q), str(age(q)), q.sex_ja, dxq, R.choice(DOCTORS), f"2026/09/{R.randint(10, 28)}",
                     R.choice(["転倒リスク高", "禁食", "", "個室希望"])])
        add(d, q, ("PERSON_NAME", sp(q)), ("HEALTH_INFO", dxq))
    xlsx(W.path(d), {"入院患者": rows})

    labp = [person(born=(1955, 1985)) for _ in range(3)]
    d = W.doc("クリニック/検査/検査結果_202609.csv", "csv", "ja")
    rows = [["患者ID", "氏名", "生年月日", "検査日", "HbA1c", "eGFR", "LDL", "所見"]]
    for q, note in zip(labp, ["慢性腎臓病の疑い。腎臓内科へ紹介予定", "脂質異常症。食事療法継続", "異常なし"]):
        rows.append([f"{R.randint(100000, 999999)}", sp(q), ymd(q), "2026/09/12", f"{R.uniform(5.2, 9.0):.1f}",
                     str(R.randint(35, 95)), str(R.randint(90, 190)), note])
        add(d, q, ("PERSON_NAME", sp(q)), ("DATE_OF_BIRTH", ymd(q)), ("HEALTH_INFO", note if note != "異常なし" else "HbA1c / eGFR"))
    put(d, csv_text(rows), "cp932")

    # ================================================================== 介護
    elder = person(ELDER_GIVEN, (1932, 1945))
    daughter = relative(elder, [g for g in JP_GIVEN if g[3] == "女"], (1960, 1975), same_addr=False)
    hihoken = f"{R.randint(10 ** 9, 10 ** 10 - 1)}"
    d = W.doc(f"介護/認定/要介護認定結果通知書_{elder.family}.txt", "txt", "ja")
    put(d, f"〒{elder.zip}\n{elder.addr_ja}\n{sp(elder)}　様\n\n要介護認定・要支援認定等結果通知書\n\n"
           f"被保険者番号　{hihoken}\n被保険者氏名　{sp(elder)}\n生年月日　{elder.wareki_dob()}\n\n"
           "あなたの要介護認定・要支援認定等の申請について、次のとおり決定しましたので通知します。\n"
           "要介護状態区分　要介護３\n認定の有効期間　令和8年10月1日から令和10年9月30日まで\n"
           "介護認定審査会の意見　認知症の進行がみられるため、定期的な状態確認が望ましい。\n")
    add(d, elder, ("PERSON_NAME", sp(elder)), ("DATE_OF_BIRTH", elder.wareki_dob()),
        ("POSTAL_ADDRESS", f"〒{elder.zip} {elder.addr_ja}"), ("HEALTH_INFO", "要介護３"))
    d.opt_type("JP_HEALTH_INSURANCE")

    cm = R.choice(["井口　紀子", "宮本　聡"])
    d = W.doc(f"介護/ケアプラン/居宅サービス計画書_{elder.family}.docx", "docx", "ja")
    docx(W.path(d), ["居宅サービス計画書（1）", f"作成年月日　令和8年10月5日　　居宅介護支援事業者　ひだまりケアセンター　介護支援専門員　{cm}"],
         table=[["利用者名", f"{sp(elder)}　殿", "生年月日", elder.wareki_dob()],
                ["住所", elder.addr_ja, "要介護状態区分", "要介護３"],
                ["利用者及び家族の生活に対する意向", "本人：できるだけ自宅で暮らしたい。長女：日中の見守りをお願いしたい。", "", ""],
                ["総合的な援助の方針", "アルツハイマー型認知症と脳梗塞後遺症（右片麻痺）があり、服薬管理と転倒予防を中心に支援する。", "", ""],
                ["緊急連絡先", f"長女　{sp(daughter)}", "電話", daughter.phone_nat]])
    add(d, elder, ("PERSON_NAME", sp(elder)), ("DATE_OF_BIRTH", elder.wareki_dob()), ("POSTAL_ADDRESS", elder.addr_ja),
        ("HEALTH_INFO", "アルツハイマー型認知症"))
    add(d, daughter, ("PERSON_NAME", sp(daughter)), ("PHONE_NUMBER", daughter.phone_nat))
    d.opt_person_name(cm)

    d = W.doc(f"介護/訪問記録/サービス提供記録_{elder.family}_202610.txt", "txt", "ja")
    put(d, f"訪問介護　サービス提供記録\n利用者：{sp(elder)}　様\n訪問日：2026年10月12日　10:00〜11:00　身体介護1\n"
           "バイタル：体温36.4℃　血圧152/90　脈拍78\n服薬確認：ドネペジル塩酸塩錠5mg 朝食後 服用済み\n"
           "特記事項：右足のむくみあり。長女様へ電話で報告済み。\n担当：訪問介護員　坂口\n")
    add(d, elder, ("PERSON_NAME", sp(elder)), ("HEALTH_INFO", "ドネペジル"))

    # ================================================================== 学校
    kids = [person(CHILD_GIVEN, (2013, 2014)) for _ in range(4)]
    parents = [relative(k, JP_GIVEN, (1975, 1988)) for k in kids]
    d = W.doc("学校/名簿/6年2組_児童名簿.xlsx", "xlsx", "ja")
    rows = [["令和8年度　6年2組　児童名簿"], ["出席番号", "氏名", "ふりがな", "性別", "生年月日", "保護者氏名", "住所", "電話番号"]]
    for i, (k, g) in enumerate(zip(kids, parents), 1):
        rows.append([str(i), sp(k), f"{_hira(k.kana_family)} {_hira(k.kana_given)}", k.sex_ja, ymd(k), sp(g),
                     k.addr_ja, g.phone_nat])
        add(d, k, ("PERSON_NAME", sp(k)), ("DATE_OF_BIRTH", ymd(k)), ("POSTAL_ADDRESS", k.addr_ja))
        add(d, g, ("PERSON_NAME", sp(g)), ("PHONE_NUMBER", g.phone_nat))
    xlsx(W.path(d), {"名簿": rows})

    d = W.doc("学校/連絡網/6年2組_緊急連絡網.txt", "txt", "ja")
    lines = ["6年2組　緊急連絡網（令和8年度）", "※連絡は上から順に回してください。つながらない場合は次の方へ。", "", "担任 → "]
    for i, (k, g) in enumerate(zip(kids, parents), 1):
        lines.append(f"{i}. {k.family}{k.given}（保護者 {g.given}）　{g.phone_nat}")
        add(d, k, ("PERSON_NAME", f"{k.family}{k.given}"))
        add(d, g, ("PERSON_NAME", g.given), ("PHONE_NUMBER", g.phone_nat))
    put(d, "\n".join(lines) + "\n")

    k = kids[0]
    d = W.doc(f"学校/指導要録/指導に関する記録_{k.family}.docx", "docx", "ja")
    docx(W.path(d), ["児童指導要録（指導に関する記録）　令和8年度　第6学年"],
         table=[["児童氏名", sp(k), "生年月日", k.wareki_dob()],
                ["保護者氏名", sp(parents[0]), "現住所", k.addr_ja],
                ["行動の記録", "責任感○　思いやり○", "", ""],
                ["総合所見及び指導上参考となる諸事項", "ADHDの診断があり、服薬（コンサータ）を継続している。通級指導教室（情緒）に週2時間通う。"
                 "卵アレルギーのため給食は除去食対応。", "", ""],
                ["出欠の記録", "欠席日数 12（通院による）", "", ""]])
    add(d, k, ("PERSON_NAME", sp(k)), ("DATE_OF_BIRTH", k.wareki_dob()), ("POSTAL_ADDRESS", k.addr_ja), ("HEALTH_INFO", "ADHD"))
    add(d, parents[0], ("PERSON_NAME", sp(parents[0])))

    d = W.doc("学校/保健室/健康観察記録_10月.csv", "csv", "ja")
    rows = [["日付", "学年組", "児童名", "症状・状況", "対応"]]
    for k, sym, act in [(kids[1], "発熱38.6℃、インフルエンザA型と診断", "出席停止（10/14まで）"),
                        (kids[2], "気管支喘息の発作、吸入薬使用", "保護者迎え")]:
        rows.append(["2026/10/08", "6-2", sp(k), sym, act])
        add(d, k, ("PERSON_NAME", sp(k)), ("HEALTH_INFO", sym))
    put(d, csv_text(rows))

    # ================================================================== 不動産
    ap_ = person(born=(1980, 1996))
    spouse = relative(ap_, JP_GIVEN, (1980, 1996))
    gua = relative(ap_, [g for g in JP_GIVEN if g[3] == "男"], (1950, 1962), same_addr=False)
    emp, etel = R.choice(EMPLOYERS)
    d = W.doc(f"不動産/申込/入居申込書_{ap_.family}.docx", "docx", "ja")
    docx(W.path(d), ["賃貸住宅入居申込書", "物件名：グランメゾン代々木 302号室　賃料 128,000円"],
         table=[["申込者　氏名", sp(ap_), "フリガナ", kn(ap_, "　")],
                ["生年月日", kanji_date(ap_), "年齢", f"{age(ap_)}歳"],
                ["現住所", f"〒{ap_.zip}　{ap_.addr_ja}", "", ""],
                ["携帯電話", ap_.phone_nat, "メール", ap_.email],
                ["勤務先", emp, "勤務先電話", etel],
                ["勤続年数", f"{R.randint(2, 12)}年", "年収（税込）", f"{R.randint(380, 900)}万円"],
                ["入居者", f"{sp(spouse)}（妻・{kanji_date(spouse)}生）", "", ""],
                ["連帯保証人　氏名", sp(gua), "続柄", "父"],
                ["連帯保証人　生年月日", kanji_date(gua), "電話", gua.phone_nat],
                ["連帯保証人　住所", f"〒{gua.zip}　{gua.addr_ja}", "", ""]])
    add(d, ap_, ("PERSON_NAME", sp(ap_)), ("DATE_OF_BIRTH", kanji_date(ap_)), ("POSTAL_ADDRESS", f"〒{ap_.zip} {ap_.addr_ja}"),
        ("PHONE_NUMBER", ap_.phone_nat), ("EMAIL_ADDRESS", ap_.email))
    add(d, spouse, ("PERSON_NAME", sp(spouse)), ("DATE_OF_BIRTH", kanji_date(spouse)))
    add(d, gua, ("PERSON_NAME", sp(gua)), ("DATE_OF_BIRTH", kanji_date(gua)), ("PHONE_NUMBER", gua.phone_nat),
        ("POSTAL_ADDRESS", f"〒{gua.zip} {gua.addr_ja}"))

    d = W.doc(f"不動産/メール/申込受付_{ap_.family}.eml", "eml", "ja")
    m = jp_mail("代々木ホーム 仲介担当 <chukai@yoyogi-home.example.jp>", "管理部 <kanri@grand-kanri.example.jp>",
                "【入居申込】グランメゾン代々木302　審査のお願い",
                f"管理部　ご担当者様\n\nお世話になっております。下記のとおり入居申込を受け付けました。保証会社審査をお願いします。\n\n"
                f"申込者：{sp(ap_)} 様（{age(ap_)}歳）\n連絡先：{ap_.phone_nat} ／ {ap_.email}\n勤務先：{emp}（年収{R.randint(380, 900)}万円）\n"
                f"連帯保証人：{sp(gua)} 様（父）{gua.phone_nat}\n\n代々木ホーム　仲介担当\n", "2026-09-26 15:02")
    with open(W.path(d), "wb") as f:
        f.write(mail_bytes(m))
    add(d, ap_, ("PERSON_NAME", sp(ap_)), ("PHONE_NUMBER", ap_.phone_nat), ("EMAIL_ADDRESS", ap_.email))
    add(d, gua, ("PERSON_NAME", sp(gua)), ("PHONE_NUMBER", gua.phone_nat))

    # ================================================================== 自治会 / PTA
    members = [person(born=(1945, 1985)) for _ in range(4)]
    d = W.doc("自治会/名簿/第3班_会員名簿.xlsx", "xlsx", "ja")
    rows = [["さくら町三丁目自治会　会員名簿（令和8年度）"], ["班", "世帯主", "住所", "電話", "世帯人数", "備考"]]
    for q in members:
        rows.append(["3", sp(q), q.addr_ja, q.phone_nat, str(R.randint(1, 5)), R.choice(["", "班長", "会計", ""])])
        add(d, q, ("PERSON_NAME", sp(q)), ("POSTAL_ADDRESS", q.addr_ja), ("PHONE_NUMBER", q.phone_nat))
    xlsx(W.path(d), {"3班": rows})

    offs = [person(JP_GIVEN, (1978, 1990)) for _ in range(3)]
    ptakids = [relative(o, CHILD_GIVEN, (2014, 2019)) for o in offs]
    d = W.doc("学校/PTA/PTA役員名簿_令和8年度.pdf", "pdf", "ja")
    lines = ["令和8年度　PTA役員名簿", "役職　　氏名　　　　児童（学年組）　　電話　　　　　メール"]
    for role, o, c in zip(["会長", "副会長", "書記"], offs, ptakids):
        lines.append(f"{role}　{sp(o)}　{c.given}（{R.randint(1, 6)}年{R.randint(1, 3)}組）　{o.phone_nat}　{o.email}")
        add(d, o, ("PERSON_NAME", sp(o)), ("PHONE_NUMBER", o.phone_nat), ("EMAIL_ADDRESS", o.email))
        # the child's given name alone: PERSON_NAME of the item, no truth person (round 10: a first name alone)
    lines += ["", "※本名簿はPTA活動以外に使用しないでください。"]
    pdf_ja(W.path(d), [lines])

    # ================================================================== 年賀状 宛名 CSV
    ny = [person() for _ in range(4)]
    d = W.doc("自宅PC/年賀状/住所録_筆まめ.csv", "csv", "ja")
    rows = [["氏名", "フリガナ", "敬称", "郵便番号", "住所1", "住所2", "電話番号", "連名1", "連名1敬称", "メールアドレス", "誕生日", "メモ"]]
    for q in ny:
        a1, _, a2 = q.addr_ja.partition(" ")
        partner = R.choice([g for g in JP_GIVEN if g[0] != q.given])[0]
        rows.append([sp(q), kn(q, "　"), "様", q.zip, a1, a2, q.phone_nat, partner, "様", q.email, ymd(q),
                     R.choice(["大学の同期", "元同僚", "いとこ", "テニス仲間"])])
        add(d, q, ("PERSON_NAME", sp(q)), ("POSTAL_ADDRESS", f"{q.zip} {q.addr_ja}"), ("PHONE_NUMBER", q.phone_nat),
            ("EMAIL_ADDRESS", q.email), ("DATE_OF_BIRTH", ymd(q)))
    put(d, csv_text(rows), "cp932")

    ny2 = [person() for _ in range(3)]
    d = W.doc("自宅PC/年賀状/宛名職人_export.csv", "csv", "ja")
    rows = [["姓", "名", "姓ふりがな", "名ふりがな", "自宅〒", "自宅住所1", "自宅住所2", "自宅電話", "自宅携帯", "自宅E-mail",
             "会社名", "部署", "役職", "年賀状送付"]]
    for q in ny2:
        a1, _, a2 = q.addr_ja.partition(" ")
        rows.append([q.family, q.given, _hira(q.kana_family), _hira(q.kana_given), q.zip, a1, a2, "", q.phone_nat, q.email,
                     R.choice(["", "株式会社東洋精機", "みなと物流株式会社"]), "", "", "○"])
        add(d, q, ("PERSON_NAME", f"{q.family} {q.given}"), ("POSTAL_ADDRESS", f"{q.zip} {q.addr_ja}"),
            ("PHONE_NUMBER", q.phone_nat), ("EMAIL_ADDRESS", q.email))
    put(d, csv_text(rows))

    # ================================================================== 顧客台帳
    cust = [person() for _ in range(4)]
    d = W.doc("店舗/顧客/顧客台帳_2026.xlsx", "xlsx", "ja")
    rows = [["ヘアサロン　ルミエール　顧客台帳"], [],
            ["顧客番号", "氏名", "フリガナ", "性別", "生年月日", "郵便番号", "住所", "電話番号", "メール", "最終来店日", "備考"]]
    for q in cust:
        rows.append([f"C{R.randint(10000, 99999)}", sp(q), kn(q, " "), q.sex_ja, ymd(q), q.zip, q.addr_ja, q.phone_nat, q.email,
                     f"2026/0{R.randint(1, 9)}/{R.randint(10, 28)}", R.choice(["カラー剤でかぶれ歴あり", "", "DM不要", ""])])
        add(d, q, ("PERSON_NAME", sp(q)), ("DATE_OF_BIRTH", ymd(q)), ("POSTAL_ADDRESS", f"{q.zip} {q.addr_ja}"),
            ("PHONE_NUMBER", q.phone_nat), ("EMAIL_ADDRESS", q.email))
    xlsx(W.path(d), {"顧客": rows})
    d.opt_type("HEALTH_INFO")  # かぶれ歴 on a salon card

    # ================================================================== 保険
    ins_p = person(born=(1970, 1990))
    benef = relative(ins_p, [g for g in JP_GIVEN if g[3] != ins_p.sex_ja], (1970, 1992))
    bank, br = R.choice(BANKS[:4])
    acct = f"{R.randint(0, 9999999):07d}"
    d = W.doc(f"保険/申込/生命保険契約申込書_{ins_p.family}.docx", "docx", "ja")
    docx(W.path(d), ["生命保険契約申込書　兼　告知書", "商品名：終身医療保険〈新・安心プラス〉"],
         table=[["契約者・被保険者　氏名", sp(ins_p), "フリガナ", kn(ins_p, "　")],
                ["生年月日", ins_p.wareki_dob(), "性別", ins_p.sex_ja],
                ["住所", f"〒{ins_p.zip}　{ins_p.addr_ja}", "", ""],
                ["電話", ins_p.phone_nat, "", ""],
                ["死亡保険金受取人", sp(benef), "続柄", "配偶者"],
                ["受取人　生年月日", benef.wareki_dob(), "受取割合", "100%"],
                ["告知事項（過去5年以内の入院・手術・通院）", "はい：高血圧症で通院中（降圧剤服用）。2023年に胆石症で腹腔鏡下胆嚢摘出術（入院5日）。", "", ""],
                ["保険料払込口座", f"{bank}　{br}　普通　{acct}", "口座名義", kn(ins_p, " ")]])
    add(d, ins_p, ("PERSON_NAME", sp(ins_p)), ("DATE_OF_BIRTH", ins_p.wareki_dob()), ("POSTAL_ADDRESS", f"〒{ins_p.zip} {ins_p.addr_ja}"),
        ("PHONE_NUMBER", ins_p.phone_nat), ("HEALTH_INFO", "高血圧症で通院中"), ("BANK_ACCOUNT", acct))
    add(d, benef, ("PERSON_NAME", sp(benef)), ("DATE_OF_BIRTH", benef.wareki_dob()))

    clm = person(born=(1965, 1995))
    bank, br = R.choice(BANKS[:4])
    acct = f"{R.randint(0, 9999999):07d}"
    d = W.doc(f"保険/請求/入院給付金請求書_{clm.family}.txt", "txt", "ja")
    put(d, f"入院給付金・手術給付金　請求書\n証券番号　{R.randint(10 ** 9, 10 ** 10 - 1)}\n被保険者　{sp(clm)}\n"
           f"被保険者の生年月日　{clm.wareki_dob()}\n傷病名　急性虫垂炎\n入院期間　2026年8月3日〜2026年8月9日（7日間）\n"
           f"手術名　腹腔鏡下虫垂切除術\n\n給付金の受取口座\n金融機関　{bank}　{br}\n預金種目　普通\n口座番号　{acct}\n口座名義　{kn(clm, ' ')}\n"
           f"連絡先電話番号　{clm.phone_nat}\n")
    add(d, clm, ("PERSON_NAME", sp(clm)), ("DATE_OF_BIRTH", clm.wareki_dob()), ("HEALTH_INFO", "急性虫垂炎"),
        ("BANK_ACCOUNT", acct), ("PHONE_NUMBER", clm.phone_nat))

    # ================================================================== クレジットカード
    cc = person(born=(1975, 2000))
    bank, br = R.choice(BANKS[:4])
    acct = f"{R.randint(0, 9999999):07d}"
    emp, etel = R.choice(EMPLOYERS)
    d = W.doc(f"カード/申込/カード入会申込書_{cc.family}.pdf", "pdf", "ja")
    pdf_ja(W.path(d), [["クレジットカード入会申込書　（ゴールドカード）",
                        f"お名前　{sp(cc)}　　フリガナ　{kn(cc, '　')}",
                        f"生年月日　{kanji_date(cc)}　　性別　{cc.sex_ja}",
                        f"ご自宅住所　〒{cc.zip}　{cc.addr_ja}",
                        f"携帯電話　{cc.phone_nat}　　メールアドレス　{cc.email}",
                        f"お勤め先　{emp}　　お勤め先電話　{etel}　　年収　{R.randint(400, 1200)}万円",
                        "お住まい　持ち家（ご家族所有）　　居住年数　8年",
                        f"お支払い口座　{bank}　{br}　普通預金　口座番号　{acct}",
                        f"暗証番号（4桁）　{R.randint(1000, 9999)}"]])
    add(d, cc, ("PERSON_NAME", sp(cc)), ("DATE_OF_BIRTH", kanji_date(cc)), ("POSTAL_ADDRESS", f"〒{cc.zip} {cc.addr_ja}"),
        ("PHONE_NUMBER", cc.phone_nat), ("EMAIL_ADDRESS", cc.email), ("BANK_ACCOUNT", acct))
    d.opt_type("CREDENTIAL")

    cm2 = person(born=(1960, 1995))
    card = luhn_number(R, R.choice(["3540", "3562", "3589"]), 16)
    d = W.doc(f"カード/問合せ/会員照会_{cm2.family}.eml", "eml", "ja")
    m = mail("カスタマーデスク <desk@card.example.jp>", "不正検知チーム <fraud@card.example.jp>", "会員照会結果（不正利用の疑い）",
             f"不正検知チーム各位\n\n本日入電の会員照会結果です。\n\n会員氏名：{sp(cm2)}\nカード番号：{' '.join(card[i:i + 4] for i in range(0, 16, 4))}\n"
             f"本人確認：生年月日 {kanji_date(cm2)}、登録電話番号 {cm2.phone_nat} 一致\n"
             "申告内容：9/28 に身に覚えのない海外EC利用（3件）。カード停止・再発行を案内済み。\n\nカスタマーデスク　森下\n", "2026-09-29 11:20")
    with open(W.path(d), "wb") as f:
        f.write(mail_bytes(m))
    add(d, cm2, ("PERSON_NAME", sp(cm2)), ("CREDIT_CARD", card), ("DATE_OF_BIRTH", kanji_date(cm2)), ("PHONE_NUMBER", cm2.phone_nat))
    d.opt_type("EMAIL_ADDRESS")  # the card company's desk and team mailboxes

    # ================================================================== decoys
    def decoy(path, text, desc, codes, opt=(), fmt="txt", enc="utf-8"):
        dd = W.doc(path, fmt, "ja")
        if fmt == "xlsx":
            xlsx(W.path(dd), text)
        elif fmt == "docx":
            docx(W.path(dd), text[0], table=text[1])
        elif fmt == "pdf":
            pdf_ja(W.path(dd), text)
        else:
            put(dd, text, enc)
        dd.decoy(desc, codes)
        for t in opt:
            dd.opt_type(t)
        return dd

    PH = ("PERSON_NAME", "DATE_OF_BIRTH", "POSTAL_ADDRESS")
    decoy("市民課/様式/住民票交付請求書_記入例.txt",
          "住民票の写し等交付請求書（記入例）\n請求者　氏名　山田　太郎\n住所　東京都千代田区霞が関1丁目1番1号\n生年月日　昭和50年1月1日\n"
          "電話番号　03-0000-0000\n個人番号（マイナンバー）の記載　□希望する　☑希望しない\n（参考）個人番号　0000 0000 0000\n",
          "記入例 with 山田 太郎 and 0000 0000 0000", ["JP_MY_NUMBER", "PHONE_NUMBER"], PH)
    decoy("市民課/案内/戸籍証明書の請求について.txt",
          "戸籍証明書の請求には、本籍と筆頭者の氏名が必要です。本籍がわからない場合は、本籍入りの住民票の写しで確認できます。"
          "戸籍全部事項証明書は1通450円、除籍・改製原戸籍は750円です。郵送請求の場合は返信用封筒と定額小為替を同封してください。\n",
          "戸籍 請求 instructions", ["PERSON_NAME", "POSTAL_ADDRESS"])
    decoy("総務/様式/健康保険証_見本.txt",
          "健康保険\n被保険者証（見本）\n記号　12345678　番号　1234　（枝番）00\n氏名　協会　太郎\n生年月日　昭和60年1月1日\n"
          "保険者番号　01130012\n保険者名称　全国健康保険協会　○○支部\n",
          "保険証 見本 with placeholder 記号・番号", ["JP_HEALTH_INSURANCE"], PH)
    decoy("自宅PC/書類/ねんきん定期便の見方.txt",
          "「ねんきん定期便」の見方（見本）\n基礎年金番号　1234-567890\n氏名　年金　太郎　様\n生年月日　昭和50年4月1日\n"
          "※見本の番号・氏名は架空のものです。照会番号はお問い合わせの際にお伝えください。\n",
          "ねんきん定期便 見本 with 1234-567890", ["JP_PENSION_NUMBER"], PH)
    decoy("不動産/審査/在留カードの確認方法.txt",
          "在留カードの確認方法（見本）\n番号　AB12345678CD\n氏名　NAME　MAI NGOC THANH\n在留資格　留学\n"
          "在留カード番号は英字2桁・数字8桁・英字2桁です。番号の有効性は出入国在留管理庁の失効情報照会で確認してください。\n",
          "在留カード 見本", ["JP_PASSPORT"], PH)
    decoy("クリニック/マスタ/医療機関コード一覧.xlsx",
          {"医療機関": [["医療機関コード", "医療機関名称", "診療科", "電話番号"]] +
           [[c[3], c[0], "内科", c[2]] for c in CLINICS] + [["1318820", "佐藤整形外科医院", "整形外科", "03-3712-5501"],
                                                           ["1320456", "中村眼科", "眼科", "03-5423-8800"]]},
          "医療機関コード list (clinics named after families)", ["PERSON_NAME", "JP_HEALTH_INSURANCE"], ("PHONE_NUMBER",), fmt="xlsx")
    decoy("クリニック/マスタ/薬価一覧_2026.csv",
          csv_text([["薬価基準収載医薬品コード", "品名", "規格", "薬価（円）", "区分"],
                    ["3962002F1010", "メトホルミン塩酸塩錠250mg", "250mg1錠", "10.10", "内用薬"],
                    ["2171022F1020", "アムロジピン錠5mg", "5mg1錠", "10.10", "内用薬"],
                    ["1179054F1020", "エスシタロプラム錠10mg", "10mg1錠", "62.30", "内用薬"],
                    ["1149019F1560", "ロキソプロフェンNa錠60mg", "60mg1錠", "10.10", "内用薬"]]),
          "薬価 list", ["HEALTH_INFO", "PERSON_NAME"], enc="cp932")
    decoy("クリニック/様式/処方箋_記載例.pdf",
          [["処　方　箋（記載例）", "保険者番号　12345678", "被保険者証・被保険者手帳の記号・番号　○○○・△△△",
            "患者　氏名　山田　太郎　　生年月日　昭和50年1月1日　男", "医療機関コード　1234567",
            "処方　Rp1　アムロジピン錠5mg　1回1錠　1日1回　朝食後　28日分", "※本記載例は記載方法の説明用です。"]],
          "処方箋 記載例 with placeholders", ["JP_HEALTH_INSURANCE", "HEALTH_INFO"], PH, fmt="pdf")
    decoy("クリニック/掲示/糖尿病教室のご案内.txt",
          "糖尿病教室のご案内\n2型糖尿病は、食事と運動で血糖をコントロールすることが大切です。HbA1cが6.5%以上の方は、"
          "医師にご相談ください。メトホルミンなどの飲み薬やインスリン注射で治療します。毎月第2土曜日 10時〜 1階待合室にて。\n",
          "health leaflet", ["HEALTH_INFO", "PERSON_NAME"])
    decoy("介護/統計/要介護認定者数_令和8年.xlsx",
          {"認定者数": [["市区町村", "要支援1", "要支援2", "要介護1", "要介護2", "要介護3", "要介護4", "要介護5", "合計"]] +
           [[c, *[str(R.randint(200, 3000)) for _ in range(7)], str(R.randint(8000, 20000))]
            for c in ["渋谷区", "目黒区", "世田谷区", "中野区", "杉並区"]]},
          "要介護認定者数 statistics", ["HEALTH_INFO", "PERSON_NAME"], fmt="xlsx")
    decoy("介護/様式/居宅サービス計画書_様式.docx",
          (["居宅サービス計画書（1）　様式第1表", "作成年月日　　年　　月　　日"],
           [["利用者名", "　　　　　殿", "生年月日", "　　年　　月　　日"], ["住所", "", "要介護状態区分", "要介護1・2・3・4・5"],
            ["総合的な援助の方針", "", "", ""], ["緊急連絡先", "", "電話", ""]]),
          "blank ケアプラン form", ["HEALTH_INFO", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], fmt="docx")
    decoy("学校/統計/学年別在籍者数.csv",
          csv_text([["学年", "男子", "女子", "計", "長期欠席", "特別支援学級"]] +
                   [[f"{g}年", str(R.randint(40, 60)), str(R.randint(40, 60)), str(R.randint(85, 115)), str(R.randint(0, 4)),
                     str(R.randint(0, 5))] for g in range(1, 7)]),
          "school statistics", ["HEALTH_INFO", "PERSON_NAME"])
    decoy("学校/様式/保健調査票.docx",
          (["保健調査票（記入してご提出ください）"],
           [["児童氏名", "", "生年月日", "　　年　　月　　日"], ["保護者氏名", "", "電話", ""],
            ["既往歴", "□喘息　□アトピー性皮膚炎　□心臓疾患　□てんかん　□その他（　　）", "", ""],
            ["アレルギー", "□食物（　　）　□薬（　　）　□なし", "", ""]]),
          "blank 保健調査票", ["HEALTH_INFO", "PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER"], fmt="docx")
    decoy("不動産/様式/入居申込書_空欄.docx",
          (["賃貸住宅入居申込書"],
           [["申込者　氏名", "", "フリガナ", ""], ["生年月日", "　　年　　月　　日", "年齢", "　歳"], ["現住所", "〒　　－", "", ""],
            ["携帯電話", "", "メール", ""], ["勤務先", "", "年収（税込）", "　　万円"], ["連帯保証人　氏名", "", "続柄", ""]]),
          "blank 入居申込書", ["PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "EMAIL_ADDRESS", "POSTAL_ADDRESS"], fmt="docx")
    decoy("自宅PC/年賀状/郵便番号_抜粋.csv",
          csv_text([["13113", "150  ", "1500043", "ﾄｳｷｮｳﾄ", "ｼﾌﾞﾔｸ", "ﾄﾞｳｹﾞﾝｻﾞｶ", "東京都", "渋谷区", "道玄坂", "0", "0", "1", "0", "0", "0"],
                    ["14104", "231  ", "2310023", "ｶﾅｶﾞﾜｹﾝ", "ﾖｺﾊﾏｼﾅｶｸ", "ﾔﾏｼﾀﾁｮｳ", "神奈川県", "横浜市中区", "山下町", "0", "0", "0", "0", "0", "0"],
                    ["40132", "812  ", "8120011", "ﾌｸｵｶｹﾝ", "ﾌｸｵｶｼﾊｶﾀｸ", "ﾊｶﾀｴｷﾏｴ", "福岡県", "福岡市博多区", "博多駅前", "0", "0", "1", "0", "0", "0"],
                    ["04101", "980  ", "9800021", "ﾐﾔｷﾞｹﾝ", "ｾﾝﾀﾞｲｼｱｵﾊﾞｸ", "ﾁｭｳｵｳ", "宮城県", "仙台市青葉区", "中央", "0", "0", "1", "0", "0", "0"]]),
          "郵便番号 list (KEN_ALL rows, no house)", ["POSTAL_ADDRESS", "PERSON_NAME"], enc="cp932")
    decoy("保険/案内/医療保険パンフレット.txt",
          "終身医療保険〈新・安心プラス〉のご案内\n入院1日目から日額5,000円。がん・急性心筋梗塞・脳卒中の三大疾病で所定の状態になったとき一時金100万円。\n"
          "月払保険料の例：30歳男性 1,850円、40歳女性 2,320円（受取人：配偶者の場合）。告知内容によってはお引き受けできないことがあります。\n",
          "insurance pamphlet", ["HEALTH_INFO", "PERSON_NAME", "DATE_OF_BIRTH"])
    decoy("カード/様式/入会申込書_記入例.txt",
          "クレジットカード入会申込書（記入例）\nお名前　山田　太郎\nフリガナ　ヤマダ　タロウ\n生年月日　1980年1月1日\n"
          "ご自宅住所　〒100-0001　東京都千代田区千代田1-1\n携帯電話　090-0000-0000\nお支払い口座　○○銀行　△△支店　普通　口座番号　1234567\n"
          "カード番号（切替の場合）　1234 5678 9012 3456\n",
          "カード申込 記入例 with placeholder account and card", ["BANK_ACCOUNT", "CREDIT_CARD", "PHONE_NUMBER"], PH)
    decoy("総務/取引先/法人番号一覧.csv",
          csv_text([["法人番号", "商号又は名称", "所在地"], ["5835678256246", "株式会社佐藤製作所", "東京都大田区蒲田5丁目"],
                    ["7000012050002", "国税庁", "東京都千代田区霞が関3丁目"], ["2010401089234", "中村商事株式会社", "大阪府大阪市北区梅田2丁目"]]),
          "法人番号 list (firms named after families)", ["JP_MY_NUMBER", "PERSON_NAME"], ("POSTAL_ADDRESS",))
    decoy("市民課/統計/月別出生数_令和7年.csv",
          csv_text([["月", "出生数", "男", "女", "前年同月比"]] +
                   [[f"令和7年{mo}月", str(R.randint(90, 160)), str(R.randint(45, 80)), str(R.randint(45, 80)), f"{R.uniform(-8, 5):.1f}%"]
                    for mo in range(1, 13)]),
          "birth statistics", ["DATE_OF_BIRTH", "PERSON_NAME"])
    W.finish()


def _hira(kata: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in kata)


if __name__ == "__main__":
    main()
