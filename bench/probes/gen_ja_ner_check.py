#!/usr/bin/env python3
"""gen_ja_ner_check.py - the held-out twin of gen_ja_ner.py: Japanese named-entity prose with other templates and
other vocabulary (other family and given names, other firms, places, works and events). Written before the
PERSON_NAME rules were tuned on gen_ja_ner.py's set and measured only at the end: do not tune on it.

    python3 bench/probes/gen_ja_ner_check.py OUT [--seed N]
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World  # noqa: E402
from gen_ja_ner import Gen  # noqa: E402

SURNAMES = [("松田", "まつだ"), ("中島", "なかじま"), ("石井", "いしい"), ("小川", "おがわ"), ("前田", "まえだ"),
            ("岡田", "おかだ"), ("藤井", "ふじい"), ("後藤", "ごとう"), ("近藤", "こんどう"), ("村上", "むらかみ"),
            ("福田", "ふくだ"), ("西村", "にしむら"), ("岡本", "おかもと"), ("中川", "なかがわ"), ("中野", "なかの"),
            ("原田", "はらだ"), ("小野", "おの"), ("中山", "なかやま"), ("森田", "もりた"), ("横山", "よこやま"),
            ("宮崎", "みやざき"), ("高木", "たかぎ"), ("大塚", "おおつか"), ("久保", "くぼ"), ("松井", "まつい"),
            ("小島", "こじま"), ("岩崎", "いわさき"), ("野村", "のむら"), ("木下", "きのした"), ("佐野", "さの"),
            ("大西", "おおにし"), ("杉本", "すぎもと"), ("新井", "あらい"), ("浜田", "はまだ"), ("菅原", "すがわら"),
            ("林", "はやし"), ("関", "せき"), ("堀", "ほり")]
RARE = [("小鳥遊", "たかなし"), ("長宗我部", "ちょうそかべ"), ("四十物", "あいもの"), ("九十九", "つくも"),
        ("鬼頭", "きとう"), ("百目鬼", "どうめき"), ("帷子", "かたびら"), ("左右田", "そうだ")]
GIVEN = [("太郎", "たろう"), ("次郎", "じろう"), ("健一", "けんいち"), ("修", "おさむ"), ("剛", "つよし"),
         ("悠斗", "ゆうと"), ("蓮", "れん"), ("湊", "みなと"), ("大和", "やまと"), ("颯太", "そうた"), ("奈々", "なな"),
         ("彩花", "あやか"), ("舞", "まい"), ("綾乃", "あやの"), ("千尋", "ちひろ"), ("沙織", "さおり"), ("香織", "かおり"),
         ("優奈", "ゆうな"), ("ひかり", "ひかり"), ("あおい", "あおい"), ("文子", "ふみこ"), ("義男", "よしお"),
         ("勝", "まさる"), ("紀子", "のりこ")]
FOREIGN = ["バラク・オバマ", "ビル・ゲイツ", "スティーブ・ジョブズ", "ウォーレン・バフェット", "テイラー・スウィフト",
           "リオネル・メッシ", "クリスティアーノ・ロナウド", "マリー・キュリー", "アルベルト・アインシュタイン",
           "ヴォルフガング・アマデウス・モーツァルト"]
HISTORICAL = ["聖徳太子", "源頼朝", "足利尊氏", "武田信玄", "上杉謙信", "伊達政宗", "明智光秀", "清少納言",
              "小林一茶", "葛飾北斎", "石川啄木", "川端康成", "三島由紀夫", "正岡子規"]
FIRMS = ["三井物産", "住友商事", "三菱商事", "丸紅", "大和証券", "大林組", "島精機製作所", "久光製薬", "豊田合成",
         "岩崎通信機", "木下グループ", "加藤産業", "藤田観光", "松坂屋", "伊勢丹", "大丸", "野村総合研究所",
         "本田技術研究所", "ダイハツ工業", "マツダ", "ヤマハ発動機", "カシオ計算機", "ブリヂストン", "シャープ"]
PLACES = ["高橋町", "伊藤町", "田中町", "加藤町", "斎藤町", "松本駅", "岡崎市", "藤枝市", "大塚駅", "木下駅",
          "中島公園", "西村町", "小野市", "石井町", "長崎市", "福島県", "宮崎県", "吉川市", "上田市", "菊川市"]
WORKS = ["吾輩は猫である", "雪国", "坊っちゃん", "羅生門", "銀河鉄道の夜", "人間失格", "舞姫", "たけくらべ"]
EVENTS = ["ラグビーワールドカップ2019日本大会", "札幌オリンピック", "長野オリンピック", "愛知万博", "阪神・淡路大震災",
          "桶狭間の戦い", "壇ノ浦の戦い", "大阪夏の陣", "天皇杯全日本サッカー選手権大会", "夏の甲子園"]
BUILDINGS = ["東京スカイツリー", "横浜スタジアム", "名古屋城", "姫路城", "京セラドーム大阪", "金閣寺", "厳島神社",
             "豊洲市場", "両国国技館", "福岡PayPayドーム"]
COMMON = ["選手会は声明を発表し、今後も協議を続けるとした。", "新社長の人選は難航している。",
          "勝利の喜びを分かち合った。", "平和への祈りを込めた式典となった。", "光と影をテーマにした展示が始まった。",
          "学長選考会議が開かれた。", "総理大臣の談話が発表された。", "被告側は控訴する方針だ。",
          "大和川の水位が上昇している。", "清水の舞台から飛び降りる覚悟だ。", "秀逸な作品が集まった。",
          "春日大社の例大祭が行われた。"]


class CheckGen(Gen):
    def full(self, rare=False):
        R = self.R
        for _ in range(500):
            f = R.choice(RARE if rare else SURNAMES)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used:
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1]
        raise RuntimeError("names used up")


def persons(G):
    R = G.R
    for _ in range(6):  # obituaries
        f, g, rf, rg = G.full()
        G.emit("obit", f"{f}{g}氏（{R.choice(['元','前'])}{R.choice(FIRMS)}社長）{R.randint(3, 28)}日、肺炎のため死去、{R.randint(60, 99)}歳。"
                       f"葬儀は近親者で行う。", [f + g])
    for _ in range(6):  # bylines and credits
        f, g, rf, rg = G.full()
        form = R.choice(["（文・{f}{g}）", "作詞・作曲：{f}{g}", "取材・文／{f} {g}", "撮影：{f}{g}"])
        G.emit("byline", f"秋の京都を歩く特集。\n{form.format(f=f, g=g)}", [f + (" " if "{f} {g}" in form else "") + g])
    for _ in range(6):  # role before the name
        f, g, rf, rg = G.full()
        form = R.choice(["代表取締役社長 {f}{g}", "{firm}代表取締役の{f}{g}は、", "主演の{f}{g}が"])
        text = form.format(f=f, g=g, firm=R.choice(FIRMS)) + ("記者発表に臨んだ。" if not form.endswith("}") else "\n以上")
        G.emit("role", text, [f + g])
    for _ in range(8):  # sports results
        f, g, rf, rg = G.full()
        form = R.choice(["男子100メートル決勝は{f}{g}（{firm}）が10秒05で優勝した。", "{f}が2ランを放ち、チームは逆転勝ちした。",
                         "先発の{f}は7回を無失点に抑えた。", "{f}{g}が自己ベストを更新した。"])
        G.emit("sport", form.format(f=f, g=g, firm=R.choice(FIRMS)), [f + g if "{g}" in form else f])
    for _ in range(8):  # readings and romaji
        f, g, rf, rg = G.full()
        form = R.choice(["{f}{g}（{rf}{rg}、{y}年 - ）は、日本の女優。", "{f} {g}（{rf} {rg}）は、{p}生まれの画家。",
                         "{f}{g}（{rf} {rg}、英: {R} {F}）は、日本の経済学者。"])
        sp = " " if form.startswith("{f} {g}") else ""
        G.emit("reading", form.format(f=f, g=g, rf=rf, rg=rg, y=R.randint(1950, 2000), p=R.choice(["東京都", "大阪府"]),
                                      R=rg.capitalize(), F=rf.capitalize()), [f + sp + g])
    for _ in range(8):  # family name + title, other titles
        f, g, rf, rg = G.full()
        t = R.choice(["市長", "知事", "校長", "先生", "さん", "准教授", "理事長", "被告", "氏", "容疑者"])
        G.emit("title", f"{f}{t}は{R.randint(1, 28)}日の会見で、「全力で取り組む」と述べた。", [f])
    for _ in range(6):  # given name in context
        g = R.choice(GIVEN)[0]
        form = R.choice(["長男の{g}君は今春、小学校に入学した。", "孫の{g}ちゃんを抱いて笑顔を見せた。",
                         "母親は「{g}が無事でよかった」と涙ぐんだ。"])
        G.emit("given", form.format(g=g), [g])
    for nm in R.sample(FOREIGN, 7):
        form = R.choice(["{n}（1955年 - ）は、アメリカ合衆国の実業家。", "{n}元大統領の回顧録が出版された。",
                         "{n}が記者会見で新作を発表した。", "同社の創業者である{n}は、"])
        G.emit("foreign", form.format(n=nm), [nm])
    for nm in R.sample(HISTORICAL, 9):
        form = R.choice(["{n}の肖像画が公開された。", "{n}（生年不詳 - ）は、日本の武将。", "展覧会では{n}の直筆の書状が展示される。",
                         "{n}と深い関わりのある神社である。"])
        G.emit("historical", form.format(n=nm), [nm])
    for _ in range(5):  # lists
        a, b = G.full(), G.full()
        form = R.choice(["{a}{ag}・{b}{bg}の両氏が受賞した。", "受賞者：{a}{ag}、{b}{bg}"])
        G.emit("list", form.format(a=a[0], ag=a[1], b=b[0], bg=b[1]), [a[0] + a[1], b[0] + b[1]])
    for _ in range(4):
        f, g, rf, rg = G.full(rare=True)
        G.emit("rare", f"{f}{g}（{rf} {rg}）は、日本の陶芸家。", [f + g])
    for _ in range(6):  # mail with signature
        a, b = G.full(), G.full()
        firm = R.choice(FIRMS)
        G.emit("mail", f"{a[0]}様\n\nお世話になっております。\n資料を添付いたしますのでご査収ください。\n\n--\n{firm}\n{b[0]}　{b[1]}",
               [a[0], f"{b[0]}\u3000{b[1]}"])


def decoys(G):
    R = G.R
    for x in R.sample(FIRMS, 14):
        form = R.choice(["{x}は{d}日、新中期経営計画を公表した。", "{x}（本社・{p}）は、", "{x}が新工場の建設を決めた。",
                         "{x}の営業利益は前年比で増加した。"])
        G.emit("firm", form.format(x=x, d=R.randint(1, 28), p=R.choice(["東京都港区", "大阪市北区", "名古屋市"])), [], f"firm {x}")
    for x in R.sample(PLACES, 14):
        form = R.choice(["{x}で祭りが開かれた。", "{x}の人口は減少傾向にある。", "{x}行きのバスが運休した。"])
        G.emit("place", form.format(x=x), [], f"place {x}")
    for x in WORKS:
        G.emit("work", f"『{x}』は、日本の小説である。", [], f"work {x}")
    for x in EVENTS:
        G.emit("event", f"{x}では多くのボランティアが活躍した。", [], f"event {x}")
    for x in BUILDINGS:
        G.emit("facility", f"{x}には年間数百万人が訪れる。", [], f"facility {x}")
    for x in COMMON:
        G.emit("common", x, [], "common words")
    for era in ["令和", "平成", "昭和"]:
        G.emit("era", f"{era}{R.randint(2, 30)}年度の予算案が可決された。", [], f"era {era}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=77)
    args = ap.parse_args()
    W = World(args.out, args.seed, "ja-ner-check")
    G = CheckGen(W)
    persons(G)
    decoys(G)
    W.finish()


if __name__ == "__main__":
    main()
