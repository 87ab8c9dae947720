#!/usr/bin/env python3
"""gen_ja_ner_r8.py - a third Japanese named-entity set for PERSON_NAME (issue #4, round 8): ~150 small documents in
templates and vocabulary that neither gen_ja_ner.py nor gen_ja_ner_check.py uses. Tune on one seed (88) and measure
another (888) once, untouched, at the end.

    python3 bench/probes/gen_ja_ner_r8.py OUT [--seed N]

Person templates: 人事異動 notices (部長に△△氏, 発令 lists), 訃報 with 喪主, 社内報 interviews (speaker labels,
聞き手), court and police news with 被告 / 容疑者 / 被害者 and the age in brackets, 叙勲 lists, university and school
pages (教授 / 准教授 / 校長 / 弁護士 before or after the name), Wikipedia 人物 leads with the birth year and 和暦 in
brackets, novels and dialogue with given names in 「」 (with and without an honorific), meeting minutes
(出席者：… 敬称略), 名刺-like signature blocks with a romanised name, 代表取締役社長 before a name, sports
subjects (先発の近藤は), hiragana given names after a family name (主演の新井ひかりが), katakana foreign names with ・
or ＝ in sentences without a person word, full-width spaces, 々 and old kanji (佐々木, 髙橋, 山﨑, 齋藤, 渡邊),
one-kanji family names (辻, 岸, 星), one-kanji and three-kanji given names.

Decoys (>= 40 %): firms, banks and shops named after families or founders (村田製作所, 伊藤園, 本田技研, マクドナルド,
マツモトキヨシ), places and stations (橋本駅, 熊谷市, 岸和田市), schools named after founders (津田塾大学,
星薬科大学), facilities, prizes and museums named after a person (坂本龍馬記念館, 吉川英治文学賞), brands with ・
(ルイ・ヴィトン), eras and periods named after families (徳川時代, 源平合戦), and the same templates with the person
left out (容疑者の男（45）, 出席者：各部長, 教員一覧は準備中, 「早く来て」と母が呼んだ), plus words that contain a
one-kanji family name (岸辺, 星空, 辻褄, 谷間) or read like one (望月, 日向).

Conventions (as gen_ja_ner.py, after the Stockmark ner-wikipedia-dataset): a person's name inside the name of a firm,
shop, brand, school, place, prize, museum or event is no 人名 (the text names the organisation, not the person), so an
item naming only such things is a PERSON_NAME decoy; a speaker label or a bare family name used for a person
(今井：…, 先発の近藤は) is a person; a given name alone addressed in dialogue is a person. Only PERSON_NAME is
scored here: no e-mail addresses or phone numbers are written.

Writes OUT/files/** (.txt UTF-8 or CP932 Shift_JIS, .html, .md) and OUT/truth.json for score.py. stdlib only.
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World  # noqa: E402
from gen_ja_ner import Gen  # noqa: E402

# ------------------------------------------------------------------------------------------------ vocabulary
# (family, reading, romaji); none of them is a family name of the two other Japanese sets
SURNAMES = [("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("清水", "しみず", "Shimizu"),
            ("山口", "やまぐち", "Yamaguchi"), ("橋本", "はしもと", "Hashimoto"), ("石川", "いしかわ", "Ishikawa"),
            ("山下", "やました", "Yamashita"), ("今井", "いまい", "Imai"), ("河野", "こうの", "Kono"),
            ("小山", "こやま", "Koyama"), ("増田", "ますだ", "Masuda"), ("藤本", "ふじもと", "Fujimoto"),
            ("村田", "むらた", "Murata"), ("丸山", "まるやま", "Maruyama"), ("松岡", "まつおか", "Matsuoka"),
            ("工藤", "くどう", "Kudo"), ("菅野", "すがの", "Sugano"), ("平野", "ひらの", "Hirano"),
            ("熊谷", "くまがい", "Kumagai"), ("望月", "もちづき", "Mochizuki"), ("秋山", "あきやま", "Akiyama"),
            ("千田", "ちだ", "Chida"), ("水野", "みずの", "Mizuno"), ("矢野", "やの", "Yano"), ("飯田", "いいだ", "Iida")]
OLD_KANJI = [("佐々木", "ささき", "Sasaki"), ("髙橋", "たかはし", "Takahashi"), ("山﨑", "やまさき", "Yamasaki"),
             ("齋藤", "さいとう", "Saito"), ("渡邊", "わたなべ", "Watanabe"), ("野々村", "ののむら", "Nonomura"),
             ("濱田", "はまだ", "Hamada"), ("廣瀬", "ひろせ", "Hirose"), ("櫻井", "さくらい", "Sakurai")]
ONE_KANJI = [("辻", "つじ", "Tsuji"), ("岸", "きし", "Kishi"), ("星", "ほし", "Hoshi"), ("谷", "たに", "Tani"),
             ("泉", "いずみ", "Izumi"), ("東", "あずま", "Azuma")]
# (given, reading, romaji): one, two and three characters; hiragana and katakana given names
GIVEN = [("浩", "ひろし", "Hiroshi"), ("学", "まなぶ", "Manabu"), ("茂", "しげる", "Shigeru"), ("亮", "りょう", "Ryo"),
         ("愛", "あい", "Ai"), ("大輔", "だいすけ", "Daisuke"), ("拓也", "たくや", "Takuya"), ("裕太", "ゆうた", "Yuta"),
         ("達也", "たつや", "Tatsuya"), ("直人", "なおと", "Naoto"), ("美咲", "みさき", "Misaki"),
         ("陽子", "ようこ", "Yoko"), ("恵子", "けいこ", "Keiko"), ("真由美", "まゆみ", "Mayumi"),
         ("由紀子", "ゆきこ", "Yukiko"), ("久美子", "くみこ", "Kumiko"), ("純一郎", "じゅんいちろう", "Junichiro"),
         ("龍之介", "りゅうのすけ", "Ryunosuke"), ("小百合", "さゆり", "Sayuri"), ("あかね", "あかね", "Akane"),
         ("まどか", "まどか", "Madoka"), ("さゆり", "さゆり", "Sayuri"), ("ゆかり", "ゆかり", "Yukari"),
         ("エリカ", "えりか", "Erika"), ("ナオミ", "なおみ", "Naomi"), ("光太郎", "こうたろう", "Kotaro")]
FOREIGN = ["ピーター・ミラー", "サラ・ジョンソン", "デビッド・ウィリアムズ", "マリア・ガルシア", "エマ・ワトソン",
           "トム・ハンクス", "ロジャー・フェデラー", "ジェフ・ベゾス", "マーク・ザッカーバーグ", "アンナ・シュミット",
           "ジャン＝リュック・ゴダール", "ルーシー・テイラー", "ハンス・ミュラー", "オリヴィア・ブラウン"]
FIRMS = ["村田製作所", "堀場製作所", "伊藤園", "伊藤ハム", "松井証券", "岩谷産業", "山田養蜂場", "木村屋總本店",
         "吉本興業", "橋本総業", "丸山製作所", "本田技研", "松下電器", "石川島播磨重工業", "増田製粉所", "水野産業",
         "野村不動産", "安田倉庫", "飯田グループホールディングス", "秋山工務店"]
SHOPS = ["マツモトキヨシ", "マクドナルド", "ダイソン", "ケンタッキーフライドチキン", "ミスタードーナツ", "ウェンディーズ"]
BRANDS = ["ルイ・ヴィトン", "クリスチャン・ディオール", "ジョージア", "サトウのごはん", "金太郎飴", "桃太郎電鉄"]
PLACES = ["橋本駅", "熊谷市", "岸和田市", "小山駅", "石川町駅", "村上市", "山下公園", "新井薬師前駅", "今井浜海岸",
          "清水区", "平野区", "秋山郷", "水野町", "矢野口駅", "飯田市", "望月町", "山口県", "木村町"]
SCHOOLS = ["津田塾大学", "大妻女子大学", "跡見学園女子大学", "川村学園女子大学", "星薬科大学", "山脇学園",
           "嘉悦大学", "石川高等学校", "井上中学校"]
MUSEUMS = ["坂本龍馬記念館", "石川啄木記念館", "手塚治虫記念館", "野口英世記念館", "徳川美術館", "大隈講堂"]
PRIZES = ["吉川英治文学賞", "菊池寛賞", "山本周五郎賞", "江戸川乱歩賞"]
PERIODS = ["徳川時代", "藤原時代", "足利時代", "源平合戦", "北条執権期"]
EVENTS = ["山口国体", "熊谷うちわ祭", "岸和田だんじり祭", "飯田お練りまつり", "村上大祭", "全日本大学駅伝"]
JOBS = ["物理学者", "彫刻家", "脚本家", "料理研究家", "詩人", "外交官", "騎手", "写真家"]
DEPTS = ["営業本部長", "経営企画部長", "総務部長", "技術開発センター長", "人事課長", "大阪支店長", "品質保証室長"]
UNITS = ["営業本部", "経営企画部", "総務部", "技術開発センター", "人事課", "大阪支店", "品質保証室"]
FIELDS = ["有機化学", "日本近代文学", "計算機科学", "発達心理学", "国際法", "環境工学"]
CHARGES = ["窃盗", "詐欺", "傷害", "業務上横領", "住居侵入", "道路交通法違反"]


class R8Gen(Gen):
    def full(self, kind="plain"):
        """(family, given, family reading, given reading, family romaji, given romaji), unique in the set."""
        R = self.R
        pool = {"plain": SURNAMES, "old": OLD_KANJI, "one": ONE_KANJI}[kind]
        for _ in range(500):
            f = R.choice(pool)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used:
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1], f[2], g[2]
        raise RuntimeError("names used up")

    def any_full(self):
        r = self.R.random()
        return self.full("old" if r < 0.2 else "one" if r < 0.3 else "plain")

    def emit(self, kind, text, names, decoy=None):
        """Gen.emit's formats, but a Shift_JIS item is written as CP932: Python's shift_jis has no 髙 or 﨑 (NEC and
        IBM extensions), which Windows writes."""
        R = self.R
        self.n += 1
        roll = R.random()
        ext, enc = "txt", "utf-8"
        if roll < 0.08:
            enc = "cp932"
        elif roll < 0.16:
            ext = "html"
        elif roll < 0.22:
            ext = "md"
        d = self.W.doc(f"{'person' if names else 'decoy'}/{self.n:03d}_{kind}.{ext}", ext, "ja")
        if ext == "html":
            paras = "".join(f"<p>{s}</p>\n" for s in text.split("\n") if s)
            body = (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>お知らせ {self.n}</title></head>\n'
                    f"<body>\n{paras}</body></html>\n")
        elif ext == "md":
            body = f"# お知らせ {self.n}\n\n{text}\n"
        else:
            body = text + "\n"
        self.W.write_text(d, body, encoding=enc)
        for nm in names:
            d.add(self.person(nm), "PERSON_NAME", nm)
        if not names:
            d.decoy(decoy or kind, ["PERSON_NAME"])
        return d


def persons(G: R8Gen):
    R = G.R
    # 1. 人事異動: 部長に△△氏 and 発令 lists
    for _ in range(8):
        a, b = G.any_full(), G.any_full()
        if R.random() < 0.5:
            text = (f"{R.choice(FIRMS)}は{R.randint(1, 28)}日、{R.choice(DEPTS)}に{a[0]}{a[1]}氏（{R.randint(45, 60)}）が"
                    f"就任する人事を発表した。{R.randint(4, 10)}月1日付。")
            names = [a[0] + a[1]]
        else:
            d1, d2 = R.sample(DEPTS, 2)
            text = (f"人事異動（{R.randint(4, 10)}月1日付）\n{d1}\u3000{a[0]}\u3000{a[1]}（{d2}）\n"
                    f"{d2}\u3000{b[0]}\u3000{b[1]}（{R.choice(DEPTS)}）")
            names = [f"{a[0]}\u3000{a[1]}", f"{b[0]}\u3000{b[1]}"]
        G.emit("jinji", text, names)
    # 2. 訃報 with 喪主
    for _ in range(7):
        f, g, rf, rg, _, _ = G.any_full()
        heir = R.choice(GIVEN)
        rel = R.choice(["長男", "妻", "長女"])
        form = R.choice(["訃報　{f}{g}さん（{rf}・{rg}＝元{firm}専務）が{d}日、心不全で死去した。{age}歳。喪主は{rel}{h}（{hr}）さん。",
                         "【おくやみ】{f}　{g}氏　{age}歳（{d}日死去）{p}在住。告別式は近親者のみで執り行う。喪主は{rel}{h}氏。",
                         "元{firm}常務の{f}{g}（{rf}・{rg}）さんが亡くなった。{age}歳だった。"])
        text = form.format(f=f, g=g, rf=rf, rg=rg, firm=R.choice(FIRMS), d=R.randint(1, 28), age=R.randint(70, 99),
                           rel=rel, h=heir[0], hr=heir[1], p=R.choice(["横浜市", "仙台市", "金沢市"]))
        sp = "\u3000" if "{f}　{g}" in form else ""
        G.emit("fuho", text, [f + sp + g] + ([heir[0]] if "{h}" in form else []))
    # 3. 社内報 interviews: headline with the name, speaker labels, 聞き手
    for _ in range(6):
        f, g, *_ = G.any_full()
        q = G.any_full()
        text = (f"社内報　先輩社員に聞く\n{R.choice(UNITS)}\u3000{f}{g}さん（入社{R.randint(2, 15)}年目）\n"
                f"――入社のきっかけは？\n{f}：学生時代の研究が製品づくりに生かせると思いました。\n"
                f"（聞き手：広報室・{q[0]}）")
        G.emit("shanaiho", text, [f + g, q[0]])
    # 4. court and police news with the age in brackets
    for _ in range(10):
        f, g, *_ = G.any_full()
        age = R.randint(19, 85)
        form = R.choice(["{charge}の罪に問われた無職、{f}{g}被告（{age}）の初公判が{d}日、地裁で開かれた。",
                         "被害者の{f}{g}さん（{age}）は病院に運ばれたが、命に別条はない。",
                         "送検された{f}容疑者は「覚えていない」と容疑を否認している。",
                         "{charge}の疑いで{f}{g}容疑者（{age}）＝住所不定＝を再逮捕した。",
                         "判決によると、{f}被告は{y}年、勤務先から現金を着服した。"])
        text = form.format(charge=R.choice(CHARGES), f=f, g=g, age=age, d=R.randint(1, 28), y=R.randint(2015, 2024))
        G.emit("court", text, [f + g if "{g}" in form else f])
    # 5. 叙勲 lists
    for _ in range(5):
        a, b = G.any_full(), G.any_full()
        text = (f"春の叙勲　県内の受章者（敬称略）\n旭日小綬章\u3000{a[0]}{a[1]}（元県議会議員）{R.randint(70, 85)}\n"
                f"瑞宝双光章\u3000{b[0]}{b[1]}（元小学校長）{R.randint(70, 85)}")
        G.emit("jokun", text, [a[0] + a[1], b[0] + b[1]])
    # 6. university and school pages; one-kanji family names before 校長 / 弁護士
    for _ in range(9):
        f, g, rf, rg, Rf, Rg = G.full("one") if R.random() < 0.4 else G.any_full()
        form = R.choice(["教員紹介\n教授\u3000{f} {g}（{Rf} {Rg}）\n専門：{field}",
                         "{field}研究室（指導教員：{f}{g} 准教授）では、学部生を募集している。",
                         "{f}校長は始業式で「挑戦を恐れないで」と呼びかけた。",
                         "依頼人の代理人を務める{f}弁護士は、控訴しない考えを示した。",
                         "特任教授の{f}{g}は、{field}の分野で知られる。"])
        text = form.format(f=f, g=g, Rf=Rf.upper(), Rg=Rg, field=R.choice(FIELDS))
        nm = f + " " + g if "{f} {g}" in form else f + g if "{g}" in form else f
        G.emit("school", text, [nm])
    # 7. Wikipedia 人物 leads with the birth year and 和暦
    for _ in range(8):
        f, g, rf, rg, *_ = G.any_full()
        y = R.randint(1930, 1988)
        wa = f"昭和{y - 1925}年"
        form = R.choice(["{f} {g}（{rf} {rg}、{y}年〈{wa}〉{m}月{d}日 - ）は、日本の{job}。",
                         "{f}{g}（{y}年 - ）は、日本の{job}。本名同じ。",
                         "人物\n{job}の{f}{g}は、幼少期から絵を好んだ。妻は女優の{w}。"])
        w = G.any_full()
        text = form.format(f=f, g=g, rf=rf, rg=rg, y=y, wa=wa, m=R.randint(1, 12), d=R.randint(1, 28),
                           job=R.choice(JOBS), w=w[0] + w[1])
        names = [f + (" " if "{f} {g}" in form else "") + g] + ([w[0] + w[1]] if "{w}" in form else [])
        G.emit("jinbutsu", text, names)
    # 8. novels and dialogue: given names in 「」, with and without an honorific
    for _ in range(8):
        g = R.choice(GIVEN)[0]
        form = R.choice(["「{g}、早く来て」と母が呼んだ。", "「{g}さん、待ってください」\n私は思わず声をかけた。",
                         "「なあ{g}、本当に行くのか」\n兄は黙ってうなずいた。", "「{g}ちゃんはどこ？」と祖母が尋ねた。",
                         "「ありがとう、{g}」\nそう言って彼女は笑った。"])
        G.emit("novel", form.format(g=g), [g])
    # 9. meeting minutes
    for _ in range(6):
        a, b, c = G.any_full(), G.any_full(), G.any_full()
        if R.random() < 0.5:
            text = (f"定例会議 議事録\n日時：{R.randint(1, 12)}月{R.randint(1, 28)}日 10:00-11:00\n"
                    f"出席者：{a[0]}、{b[0]}、{c[0]}（敬称略）\n議題：来期予算について")
            names = [a[0], b[0], c[0]]
        else:
            text = (f"議事録\n出席者：{a[0]}部長、{b[0]}課長、{c[0]}{c[1]}\n記録：{a[0]}\n"
                    f"決定事項：次回は翌月第2火曜日に開催する。")
            names = [a[0], b[0], c[0] + c[1]]
        G.emit("minutes", text, names)
    # 10. 名刺-like signature blocks with a romanised name
    for _ in range(6):
        f, g, rf, rg, Rf, Rg = G.any_full()
        form = R.choice(["株式会社{firm}\n{dept}\n課長\u3000{f} {g}\n{Rg} {Rf}",
                         "――――――――――\n{firm}\n{dept}\n{f}\u3000{g}（{RF}, {Rg}）\n――――――――――",
                         "{Rg} {RF}\n{f}{g}\n{firm}　{dept}"])
        text = form.format(firm=R.choice(FIRMS), dept=R.choice(["第一営業部", "購買部", "技術部", "海外事業部"]),
                           f=f, g=g, Rf=Rf, Rg=Rg, RF=Rf.upper())
        sp = " " if "{f} {g}" in form else "\u3000" if "{f}\u3000{g}" in form else ""
        G.emit("meishi", text, [f + sp + g])
    # 11. roles before the name: 代表取締役社長, 主演の + hiragana given name, 先発の + family name
    for _ in range(9):
        f, g, *_ = G.any_full()
        hira = R.choice([x for x in GIVEN if x[0] == x[1]])[0]
        form = R.choice(["代表取締役社長\u3000{f}{g}", "代表取締役会長兼CEOの{f}{g}は{d}日、東京都内で会見した。",
                         "ヒロイン役の{f}{h}が、撮影を振り返った。", "主演の{f}{h}が舞台あいさつに立った。",
                         "4番の{f}が決勝打を放った。", "主将の{f}は「悔いはない」と話した。",
                         "先発の{f}は6回2失点と粘った。"])
        text = form.format(f=f, g=g, h=hira, d=R.randint(1, 28))
        nm = f + g if "{g}" in form else f + hira if "{h}" in form else f
        G.emit("role", text, [nm])
    # 12. katakana foreign names, often without a person word
    for nm in R.sample(FOREIGN, 8):
        form = R.choice(["{n}は昨年、家族と共に東京へ移住した。", "{n}によれば、交渉は最終段階にあるという。",
                         "監督は{n}。公開は来春の予定。", "通訳を介して{n}が質問に答えた。",
                         "{n}（{y}年 - ）は、イギリスの{job}。"])
        G.emit("foreign", form.format(n=nm, y=R.randint(1940, 1995), job=R.choice(JOBS)), [nm])


def decoys(G: R8Gen):
    R = G.R
    for x in R.sample(FIRMS, 12):
        form = R.choice(["{x}は{d}日、自社株買いを発表した。", "{x}の新社長に社外出身者が就任する。",
                         "{x}と共同で新素材を開発した。", "{x}の工場見学には予約が必要だ。"])
        G.emit("firm", form.format(x=x, d=R.randint(1, 28)), [], f"firm named after a family: {x}")
    for x in R.sample(SHOPS, 5):
        form = R.choice(["駅前に{x}の新店舗がオープンした。", "{x}が値上げを発表した。", "{x}の売上高が過去最高となった。"])
        G.emit("shop", form.format(x=x), [], f"shop named after a person: {x}")
    for x in R.sample(BRANDS, 5):
        form = R.choice(["{x}の新作が発表された。", "限定版の{x}が品薄になっている。", "{x}の広告が話題を呼んだ。"])
        G.emit("brand", form.format(x=x), [], f"brand: {x}")
    for x in R.sample(PLACES, 12):
        form = R.choice(["{x}の周辺で道路工事が行われる。", "{x}から路線バスで20分。", "{x}で花火大会が開かれた。",
                         "会場：{x}（雨天決行）"])
        G.emit("place", form.format(x=x), [], f"place named after a family: {x}")
    for x in R.sample(SCHOOLS, 6):
        form = R.choice(["{x}の入学式が行われた。", "{x}は、{y}年に創立された。", "{x}の学園祭には多くの来場者があった。"])
        G.emit("school", form.format(x=x, y=R.randint(1880, 1960)), [], f"school named after a family or founder: {x}")
    for x in R.sample(MUSEUMS, 4):
        form = R.choice(["{x}では企画展が開かれている。", "{x}への入館は無料となる。"])
        G.emit("named_after", form.format(x=x), [], f"facility named after a person: {x}")
    for x in R.sample(PRIZES, 3):
        form = R.choice(["{x}の選考会が開かれた。", "第{n}回{x}の候補作が発表された。"])
        G.emit("named_after", form.format(x=x, n=R.randint(10, 60)), [], f"prize named after a person: {x}")
    for x in R.sample(PERIODS, 3):
        G.emit("period", f"{x}を題材にした講座が始まった。", [], f"period named after a family: {x}")
    for x in R.sample(EVENTS, 3):
        G.emit("event", f"{x}が{R.randint(1, 28)}日に開幕した。", [], f"event named after a place: {x}")
    # the person templates with the person left out
    blanks = [f"{R.choice(FIRMS)}は{R.randint(1, 28)}日、{R.choice(DEPTS)}を新設する組織変更を発表した。",
              "人事異動は4月1日付で発令する。詳細は人事部まで。",
              "訃報の連絡を受け、社員一同で黙とうをささげた。",
              f"{R.choice(CHARGES)}の疑いで、住所不定、無職の男（{R.randint(20, 80)}）を逮捕した。",
              f"被害者の女性（{R.randint(20, 80)}）は軽傷とみられる。",
              "被告側は判決を不服として控訴した。",
              "春の叙勲の受章者が発表された。県内からは12人が選ばれた。",
              "教員一覧は現在準備中です。\n専門：" + R.choice(FIELDS),
              "校長先生のお話のあと、校歌を斉唱した。",
              "「早く来て」と母が呼んだ。",
              "「ありがとう」\nそう言って彼女は笑った。",
              "議事録\n出席者：各部部長（計5名）\n議題：来期予算について",
              "株式会社" + R.choice(FIRMS) + "\n総務部\u3000代表窓口",
              "代表取締役社長の交代は来年になる見通しだ。",
              "先発投手は6回を無失点に抑えた。",
              "主演俳優が舞台あいさつに立った。"]
    for s in blanks:
        G.emit("blank", s, [], "template without a person")
    words = ["岸辺に小舟が寄せられていた。", "満天の星空を見上げた。", "話の辻褄が合わない。", "谷間に霧が立ちこめた。",
             "今夜は望月が美しい。", "日向で猫が昼寝をしている。", "泉質は弱アルカリ性である。",
             "東の空が明るくなってきた。", "小松菜と油揚げの煮びたし。", "秋山の紅葉が見頃を迎えた。"]
    for s in words:
        G.emit("words", s, [], "words holding a one-kanji family name")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=88)
    args = ap.parse_args()
    W = World(args.out, args.seed, "ja-ner-r8")
    G = R8Gen(W)
    persons(G)
    decoys(G)
    W.finish()


if __name__ == "__main__":
    main()
