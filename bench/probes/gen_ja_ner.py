#!/usr/bin/env python3
"""gen_ja_ner.py - Japanese named-entity prose for PERSON_NAME (issue #4): ~150 small documents of 1-3 sentences
shaped like public Japanese NER corpora (Wikipedia leads labelled 人名 / 法人名 / 政治的組織名 / その他の組織名 / 地名 /
施設名 / 製品名 / イベント名), news items and business mail. Half name people in many forms (姓名 with and without
a space, 姓 + title, given name in context, readings in brackets, katakana foreign names, historical and pen
names, lists, names beside organisations); the rest name NO person and are decoys for PERSON_NAME: companies,
places, facilities, products and events named after families, eras, departments, common words.

    python3 bench/probes/gen_ja_ner.py OUT [--seed N]

Writes OUT/files/** (.txt UTF-8, some Shift_JIS, some .html / .md) and OUT/truth.json for score.py. stdlib only.
The held-out twin is gen_ja_ner_check.py (other templates and vocabulary): do not tune on it.
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World, P  # noqa: E402

# ------------------------------------------------------------------------------------------------ vocabulary
SURNAMES = [("佐藤", "さとう"), ("鈴木", "すずき"), ("高橋", "たかはし"), ("田中", "たなか"), ("渡辺", "わたなべ"),
            ("伊藤", "いとう"), ("山本", "やまもと"), ("中村", "なかむら"), ("小林", "こばやし"), ("加藤", "かとう"),
            ("吉田", "よしだ"), ("山田", "やまだ"), ("山崎", "やまざき"), ("阿部", "あべ"), ("長谷川", "はせがわ"),
            ("藤原", "ふじわら"), ("青木", "あおき"), ("遠藤", "えんどう"), ("三浦", "みうら"), ("太田", "おおた"),
            ("竹内", "たけうち"), ("金子", "かねこ"), ("和田", "わだ"), ("石田", "いしだ"), ("上田", "うえだ"),
            ("柴田", "しばた"), ("酒井", "さかい"), ("宮本", "みやもと"), ("内田", "うちだ"), ("安藤", "あんどう"),
            ("谷口", "たにぐち"), ("大野", "おおの"), ("杉山", "すぎやま"), ("野口", "のぐち"), ("菊地", "きくち"),
            ("松尾", "まつお"), ("千葉", "ちば"), ("桜井", "さくらい"), ("原", "はら"), ("森", "もり")]
RARE_SURNAMES = [("勅使河原", "てしがわら"), ("五十嵐", "いがらし"), ("東海林", "しょうじ"), ("御手洗", "みたらい"),
                 ("一ノ瀬", "いちのせ"), ("薬師寺", "やくしじ"), ("西園寺", "さいおんじ"), ("鬼塚", "おにづか"),
                 ("釘宮", "くぎみや"), ("猪瀬", "いのせ"), ("我妻", "わがつま"), ("百瀬", "ももせ"), ("栗栖", "くりす"),
                 ("轟", "とどろき"), ("蛭田", "ひるた")]
GIVEN = [("一朗", "いちろう"), ("健太", "けんた"), ("翔太", "しょうた"), ("大輝", "だいき"), ("拓海", "たくみ"),
         ("誠", "まこと"), ("隆", "たかし"), ("和彦", "かずひこ"), ("正樹", "まさき"), ("博之", "ひろゆき"),
         ("雅人", "まさと"), ("康介", "こうすけ"), ("慎吾", "しんご"), ("花子", "はなこ"), ("美穂", "みほ"),
         ("由美", "ゆみ"), ("結衣", "ゆい"), ("陽菜", "ひな"), ("真央", "まお"), ("恵美", "えみ"), ("智子", "ともこ"),
         ("裕子", "ゆうこ"), ("明美", "あけみ"), ("京子", "きょうこ"), ("さくら", "さくら"), ("みどり", "みどり"),
         ("浩二", "こうじ"), ("俊介", "しゅんすけ"), ("直樹", "なおき"), ("麻美", "あさみ")]
FOREIGN = ["ドナルド・トランプ", "ジョン・スミス", "エマニュエル・マクロン", "アンゲラ・メルケル", "マイケル・ジョーダン",
           "ティム・クック", "イーロン・マスク", "マーガレット・サッチャー", "ウラジーミル・プーチン", "ジョー・バイデン",
           "ポール・マッカートニー", "レオナルド・ダ・ヴィンチ"]
HISTORICAL = ["夏目漱石", "織田信長", "徳川家康", "坂本龍馬", "紫式部", "松尾芭蕉", "芥川龍之介", "太宰治", "宮沢賢治",
              "樋口一葉", "福沢諭吉", "野口英世", "豊臣秀吉", "西郷隆盛", "森鴎外", "与謝野晶子"]
PREFS = ["北海道", "青森県", "宮城県", "新潟県", "長野県", "静岡県", "愛知県", "京都府", "兵庫県", "広島県", "福岡県", "熊本県"]
JOBS = ["政治家", "実業家", "俳優", "歌手", "小説家", "漫画家", "元プロ野球選手", "サッカー選手", "棋士", "アナウンサー",
        "研究者", "建築家", "作曲家", "声優"]
ORGS = ["日本経済新聞社", "東京大学", "京都大学", "日本放送協会", "読売ジャイアンツ", "阪神タイガース", "自由民主党",
        "立憲民主党", "日本銀行", "ソニーグループ", "楽天グループ", "日本航空", "全日本空輸", "国際連合", "文部科学省"]
FIRMS_AFTER_FAMILIES = ["トヨタ自動車", "本田技研工業", "松下電器産業", "スズキ", "鈴木自動車工業", "豊田通商",
                        "伊藤忠商事", "野村證券", "竹中工務店", "鹿島建設", "清水建設", "森永製菓", "江崎グリコ",
                        "山崎製パン", "武田薬品工業", "小林製薬", "島津製作所", "高島屋", "川崎重工業", "ヤマダ電機",
                        "豊田自動織機", "石橋産業", "佐藤製薬", "吉野家"]
PLACES = ["渡辺橋", "佐藤町", "山田駅", "中村区", "吉田町", "豊田市", "松本市", "藤沢市", "小林市", "島田市", "高田馬場",
          "吉祥寺", "中野区", "前橋市", "岡山県", "石川県", "福田町", "大森", "上野", "池田市", "原町", "森町", "市川市",
          "浜松町"]
FACILITIES = ["東京ドーム", "阪神甲子園球場", "日本武道館", "国立競技場", "横浜アリーナ", "大阪城ホール", "明治神宮",
              "東大寺", "上野動物園", "国立西洋美術館", "豊田スタジアム", "長谷寺", "清水寺", "浅草寺"]
PRODUCTS = ["カローラ", "プリウス", "シビック", "スーパーカブ", "ファミリーコンピュータ", "ウォークマン", "カップヌードル",
            "ポッキー", "プレイステーション", "一太郎", "花子", "写ルンです", "ジムニー", "アルト"]
EVENTS = ["東京オリンピック", "大阪万博", "日本シリーズ", "箱根駅伝", "紅白歌合戦", "全国高等学校野球選手権大会",
          "関ヶ原の戦い", "本能寺の変", "応仁の乱", "明治維新", "大化の改新", "東日本大震災"]
ERAS = ["令和", "平成", "昭和", "大正", "明治"]
DEPTS = ["秘書室", "人事部", "総務課", "広報室", "経営企画部", "法務部", "社長室", "会長室", "監査役室"]
TITLES = ["社長", "監督", "選手", "教授", "首相", "会長", "部長", "弁護士", "議員", "投手"]

# ------------------------------------------------------------------------------------------------ documents


class Gen:
    def __init__(self, W: World):
        self.W, self.R, self.n = W, W.rnd, 0
        self.used = set()

    def person(self, name):
        p = P(id=W_pid(self.W), region="JP", name=name, juris=["JP"])
        self.W._init(p)
        return p

    def full(self, rare=False):
        """(family, given, family reading, given reading), unique in the set."""
        R = self.R
        for _ in range(500):
            f = R.choice(RARE_SURNAMES if rare else SURNAMES)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used:
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1]
        raise RuntimeError("names used up")

    def date(self):
        R = self.R
        return f"{R.randint(1931, 2003)}年{R.randint(1, 12)}月{R.randint(1, 28)}日"

    def emit(self, kind, text, names, decoy=None):
        """One document: names are the person names written in it (truth); none makes it a decoy."""
        R = self.R
        self.n += 1
        roll = R.random()
        ext, enc = "txt", "utf-8"
        if roll < 0.07:
            enc = "shift_jis"
        elif roll < 0.14:
            ext = "html"
        elif roll < 0.20:
            ext = "md"
        folder = "person" if names else "decoy"
        d = self.W.doc(f"{folder}/{self.n:03d}_{kind}.{ext}", ext if ext != "txt" else "txt", "ja")
        if ext == "html":
            paras = "".join(f"<p>{s}</p>\n" for s in text.split("\n") if s)
            body = f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>記事 {self.n}</title></head>\n<body>\n{paras}</body></html>\n'
        elif ext == "md":
            body = f"# 記事 {self.n}\n\n{text}\n"
        else:
            body = text + "\n"
        self.W.write_text(d, body, encoding=enc)
        for nm in names:
            d.add(self.person(nm), "PERSON_NAME", nm)
        if not names:
            d.decoy(decoy or kind, ["PERSON_NAME"])
        return d


def W_pid(W):
    return f"J{len(W.people) + 1:04d}"


def persons(G: Gen):
    R = G.R
    # 1. Wikipedia lead: 姓名（date - ）は、… with and without a space
    for _ in range(8):
        f, g, rf, rg = G.full()
        sp = R.choice(["", " ", "\u3000"])
        name = f + sp + g
        G.emit("lead", f"{name}（{G.date()} - ）は、日本の{R.choice(JOBS)}。{R.choice(PREFS)}出身。", [name])
    # 2. reading in brackets
    for _ in range(8):
        f, g, rf, rg = G.full()
        form, sp = R.choice([("{f}{g}（{rf} {rg}）", ""), ("{f} {g}（{rf} {rg}、{d} - ）", " "), ("{f}{g}（{rf}{rg}）", "")])
        lead = form.format(f=f, g=g, rf=rf, rg=rg, d=G.date())
        G.emit("reading", f"{lead}は、{R.choice(PREFS)}出身の{R.choice(JOBS)}である。", [f + sp + g])
    # 3. family name + title in news
    for _ in range(12):
        f, g, rf, rg = G.full()
        t = R.choice(TITLES)
        org = R.choice(ORGS)
        tmpl = R.choice(["{org}の{f}{t}は{d}、記者会見を開き、新たな方針を発表した。",
                         "試合後、{f}{t}は「チーム全員でつかんだ勝利だ」と語った。",
                         "{org}によると、{f}{t}は来月にも渡米する予定だという。"])
        G.emit("title", tmpl.format(org=org, f=f, t=t, d=f"{R.randint(1, 28)}日"), [f])
    # 4. full name + honorific / title, news style
    for _ in range(10):
        f, g, rf, rg = G.full()
        age = R.randint(19, 88)
        tmpl = R.choice(["{p}警は{d}日、{job}の{f}{g}容疑者（{age}）を詐欺の疑いで逮捕した。",
                         "{p}の会社員、{f}{g}さん（{age}）が乗用車にはねられ、軽いけがをした。",
                         "{org}の{f}{g}会長は、記者団の質問に答えた。",
                         "表彰式では{f}{g}選手が金メダルを受け取った。"])
        G.emit("news", tmpl.format(p=R.choice(PREFS), d=R.randint(1, 28), job=R.choice(["無職", "会社員", "自営業"]),
                                   f=f, g=g, age=age, org=R.choice(ORGS)), [f + g])
    # 5. given name only, in context
    for _ in range(6):
        f, g, rf, rg = G.full()
        tmpl = R.choice(["{f}{g}さんの長女、{g2}さん（{age}）も式に参列した。",
                         "妻の{g2}さんは「まだ信じられない」と話した。",
                         "同級生の{g2}ちゃんと一緒に登校したという。"])
        g2 = R.choice(GIVEN)[0]
        text = tmpl.format(f=f, g=g, g2=g2, age=R.randint(3, 40))
        names = ([f + g] if "{f}" in tmpl else []) + [g2]
        G.emit("given", text, names)
    # 6. katakana foreign names
    for nm in R.sample(FOREIGN, 8):
        tmpl = R.choice(["米国の{n}氏は声明を発表した。", "{n}は、アメリカ合衆国の実業家。", "会談には{n}大統領も出席した。",
                         "{n}さんが来日し、東京都内で講演した。"])
        G.emit("foreign", tmpl.format(n=nm), [nm])
    # 7. historical and pen names
    for nm in R.sample(HISTORICAL, 10):
        tmpl = R.choice(["{n}は、{era}時代の日本の小説家である。", "{n}の作品は現在も多くの読者に読まれている。",
                         "この寺は{n}ゆかりの地として知られる。", "{n}が生まれたのは江戸時代末期とされる。"])
        G.emit("historical", tmpl.format(n=nm, era=R.choice(["明治", "大正", "昭和"])), [nm])
    # 8. names in lists
    for _ in range(6):
        a, b, c = (G.full() for _ in range(3))
        if R.random() < 0.5:
            text = f"{a[0]}、{b[0]}、{c[0]}の3人は、同じ研究室の出身である。"
            names = [a[0], b[0], c[0]]
        else:
            text = f"出演は{a[0]}{a[1]}、{b[0]}{b[1]}、{c[0]}{c[1]}ほか。"
            names = [a[0] + a[1], b[0] + b[1], c[0] + c[1]]
        G.emit("list", text, names)
    # 9. rare surnames
    for _ in range(6):
        f, g, rf, rg = G.full(rare=True)
        tmpl = R.choice(["{f}{g}は、日本の{job}。", "{f}{g}さんは{p}で生まれた。", "{f}氏は取材に対し、事実関係を認めた。"])
        text = tmpl.format(f=f, g=g, job=R.choice(JOBS), p=R.choice(PREFS))
        G.emit("rare", text, [f if "{g}" not in tmpl else f + g])
    # 10. names beside organisations and family-named firms
    for _ in range(8):
        f, g, rf, rg = G.full()
        firm = R.choice(FIRMS_AFTER_FAMILIES)
        tmpl = R.choice(["{firm}の{f}{g}社長は、新型車を発表した。", "{f}{g}（{firm}）が講演を行った。",
                         "{firm}社長の{f}{g}氏が{d}日、退任を表明した。", "{firm}に入社した{f}{g}は、のちに独立した。"])
        G.emit("org", tmpl.format(firm=firm, f=f, g=g, d=R.randint(1, 28)), [f + g])
    # 11. business mail
    for _ in range(6):
        a = G.full()
        b = G.full()
        firm = R.choice(FIRMS_AFTER_FAMILIES)
        text = (f"{firm}\n{R.choice(['営業部', '購買部', '総務部'])}\n{a[0]} {a[1]} 様\n\nいつもお世話になっております。"
                f"株式会社サンプル商事の{b[0]}です。\n先日の件につきまして、ご確認をお願いいたします。\n\n{b[0]} {b[1]}")
        G.emit("mail", text, [f"{a[0]} {a[1]}", f"{b[0]} {b[1]}"])


def decoys(G: Gen):
    R = G.R
    for firm in R.sample(FIRMS_AFTER_FAMILIES, 14):
        tmpl = R.choice(["{x}は{d}日、{y}年3月期の連結決算を発表した。", "{x}の本社は{p}にある。",
                         "{x}は、日本の企業である。", "{x}の株価が大幅に上昇した。", "{x}と提携した。"])
        G.emit("firm", tmpl.format(x=firm, d=R.randint(1, 28), y=R.randint(2015, 2025), p=R.choice(PREFS)), [],
               f"company named after a family: {firm}")
    for pl in R.sample(PLACES, 14):
        tmpl = R.choice(["{x}は、{p}にある地名である。", "{x}から徒歩5分の場所に位置する。", "会場は{x}の公民館。",
                         "{x}周辺では再開発が進んでいる。"])
        G.emit("place", tmpl.format(x=pl, p=R.choice(PREFS)), [], f"place named after a family: {pl}")
    for fa in R.sample(FACILITIES, 10):
        tmpl = R.choice(["{x}は、{y}年に開業した。", "{x}で記念式典が開かれた。", "{x}は多くの観光客でにぎわった。"])
        G.emit("facility", tmpl.format(x=fa, y=R.randint(1950, 2020)), [], f"facility: {fa}")
    for pr in R.sample(PRODUCTS, 10):
        tmpl = R.choice(["{x}は、{y}年に発売された。", "{x}の販売台数が過去最高を記録した。", "新しい{x}が登場した。"])
        G.emit("product", tmpl.format(x=pr, y=R.randint(1960, 2020)), [], f"product: {pr}")
    for ev in R.sample(EVENTS, 10):
        tmpl = R.choice(["{x}は、{y}年に行われた。", "{x}の開催まであと100日となった。", "{x}をきっかけに社会が大きく変わった。"])
        G.emit("event", tmpl.format(x=ev, y=R.randint(1600, 2021)), [], f"event: {ev}")
    for era in ERAS:
        G.emit("era", f"{era}{R.randint(2, 20)}年{R.randint(1, 12)}月、新しい制度が施行された。", [], f"era {era}")
    for dp in R.sample(DEPTS, 6):
        G.emit("dept", f"お問い合わせは{dp}までご連絡ください。\n担当窓口：{dp}", [], f"department: {dp}")
    # titles without a name, words the dictionary reads as names
    plain = ["監督と選手が一丸となり、勝利を目指した。", "社長は不在のため、副社長が対応した。",
             "正義と平和を守るための活動が続いている。", "希望と勇気を与える作品として評価された。",
             "教授会で新しい規則が承認された。", "首相官邸で臨時の会議が開かれた。",
             "大和の国は古くから栄えた。", "明日香村には多くの古墳が残る。", "森林の面積は年々減少している。",
             "原子力発電所の再稼働が議論されている。", "容疑者は依然として逃走中である。",
             "誠実な対応が求められている。", "新しい光が差し込んだ。", "翼を広げた鳥が空を舞う。"]
    for s in plain:
        G.emit("common", s, [], "common words and titles without a name")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    W = World(args.out, args.seed, "ja-ner")
    G = Gen(W)
    persons(G)
    decoys(G)
    W.finish()


if __name__ == "__main__":
    main()
