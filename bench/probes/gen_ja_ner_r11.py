#!/usr/bin/env python3
"""gen_ja_ner_r11.py - a sixth Japanese named-entity set for PERSON_NAME (round 23): ~200 one- to three-sentence
items shaped like Japanese news and Wikipedia leads (the Stockmark ner-wikipedia-dataset, 人名 against 法人名 /
地名 / 施設名 / 製品名 / イベント名), on domains and phrasings the five earlier Japanese generators do not use.
Tune on seed 23; measure seed 2323 before any change and once at the end, its items and misses unread.

    python3 bench/probes/gen_ja_ner_r11.py OUT [--seed N]

Person items (about half): business news (人事: 〜常務が社長に昇格, 決算会見で〜社長は, 〜会長が退任), local news
(市長 / 町長 / 村長 / 知事 by name, 議会の議長, 定例会見), crime and court reports in other patterns (〜被告に懲役〜年の
判決, 〜容疑者を逮捕, 裁判長, 弁護人の〜弁護士, 被害者の〜さん), obituaries of foreign people (国籍 + 職業 + katakana
name + さん / 氏 + 死去), other sports (柔道, 卓球, 競馬の騎手, 将棋・囲碁の棋士 with 名人 / 九段 / 本因坊, e-sports
players), academia (〜教授らの研究グループ), anime voice actors (声優の〜, 〜役), classical, Heian and Edo figures
this set alone uses (坂上田村麻呂, 千利休, 近松門左衛門, 鑑真), names with katakana given names (ジョン万次郎, 森マリア),
nicknames (愛称), 旧姓 in brackets, family names followed by 氏 in lists with 、, and katakana foreign names as the
subjects of verbs that teams and firms also take (来日した, 優勝した, 受賞した, 制した), written with a nationality or
occupation before them or 選手 / 監督 after them.

Decoys (about half): firms and their results (決算, 社長人事 without a name), teams (優勝した, 制した, 来日した), bands,
places that are family names (成田市, 小松市), works, fictional characters (named as such: 〜の主人公, 〜に登場する
架空の人物), ships (にっぽん丸, 護衛艦いずも), racehorses (競走馬 that 制した a race), sake brands and rice / fruit
varieties (久保田, 山田錦, 佐藤錦), ancient capitals (藤原京), trains and satellites with given-name names (のぞみ,
あずさ, ひまわり), races and titles named after people or families (有馬記念, 安田記念, 本因坊戦), facilities named
after people (北里大学), houses and periods, and the person templates with the person left out (元大関, 同市長, 新社長).

Truth conventions (those of gen_ja_ner_r9.py and gen_ja_ner_r10.py):
- a fictional character is no PERSON_NAME; an item naming a character and no real person is a decoy, one naming the
  voice actor too is a person item;
- a racehorse, a ship, a train or a sake brand is no person, even when its name is a person's or family's name;
- a person's name inside the name of a firm, race, title match, facility or period is not a PERSON_NAME;
- a family name alone with a title (〜市長, 〜被告, 〜氏) is PERSON_NAME (the value is the family name);
- a historical person is PERSON_NAME; a house (平家) or a capital (藤原京) is not.
Only PERSON_NAME is scored: no e-mail addresses or phone numbers are written. Only a document's type list is
scored, so the truth values are descriptive.

Writes OUT/files/** (.txt UTF-8 or CP932, .html, .md) and OUT/truth.json for score.py. stdlib only.
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World  # noqa: E402
from gen_ja_ner_r9 import R9Gen  # noqa: E402

# ------------------------------------------------------------------------------------------------ vocabulary
# ordinary people: family and given names the earlier Japanese generators do not draw (combined at random)
SURNAMES = [("植田", "うえだ"), ("西川", "にしかわ"), ("大島", "おおしま"), ("松下", "まつした"), ("小西", "こにし"),
            ("川村", "かわむら"), ("高田", "たかだ"), ("松浦", "まつうら"), ("内山", "うちやま"), ("古川", "ふるかわ"),
            ("黒田", "くろだ"), ("尾崎", "おざき"), ("荒井", "あらい"), ("宮下", "みやした"), ("早川", "はやかわ"),
            ("野崎", "のざき"), ("川上", "かわかみ"), ("吉村", "よしむら"), ("岩本", "いわもと"), ("桑田", "くわた"),
            ("石原", "いしはら"), ("大森", "おおもり"), ("梶原", "かじわら"), ("奥村", "おくむら"), ("宮沢", "みやざわ"),
            ("沢田", "さわだ"), ("平松", "ひらまつ"), ("浅井", "あさい"), ("片岡", "かたおか"), ("杉浦", "すぎうら"),
            ("高野", "たかの"), ("嶋田", "しまだ"), ("根本", "ねもと"), ("徳永", "とくなが"), ("三好", "みよし"),
            ("篠原", "しのはら"), ("長尾", "ながお"), ("辻本", "つじもと"), ("北野", "きたの"), ("大竹", "おおたけ"),
            ("河合", "かわい"), ("米田", "よねだ"), ("堀内", "ほりうち"), ("竹田", "たけだ"), ("小倉", "おぐら"),
            ("西山", "にしやま"), ("白石", "しらいし"), ("松村", "まつむら"), ("中谷", "なかたに"), ("岸本", "きしもと"),
            ("野中", "のなか"), ("堤", "つつみ"), ("南雲", "なぐも"), ("鎌田", "かまだ"), ("日高", "ひだか"), ("稲垣", "いながき")]
GIVEN = [("悠人", "ゆうと"), ("健司", "けんじ"), ("雄一", "ゆういち"), ("美由紀", "みゆき"), ("聡", "さとし"), ("剛志", "つよし"),
         ("信也", "しんや"), ("智美", "ともみ"), ("由香", "ゆか"), ("理恵", "りえ"), ("涼子", "りょうこ"), ("直美", "なおみ"),
         ("俊彦", "としひこ"), ("正和", "まさかず"), ("和子", "かずこ"), ("貴之", "たかゆき"), ("孝", "たかし"), ("昌平", "しょうへい"),
         ("圭", "けい"), ("将太", "しょうた"), ("陽介", "ようすけ"), ("美紀", "みき"), ("早紀", "さき"), ("千夏", "ちなつ"),
         ("紗希", "さき"), ("愛子", "あいこ"), ("萌", "もえ"), ("彩乃", "あやの"), ("夏美", "なつみ"), ("宏", "ひろし"),
         ("進", "すすむ"), ("明", "あきら"), ("克也", "かつや"), ("篤", "あつし"), ("悟", "さとる"), ("なつみ", "なつみ"),
         ("みゆき", "みゆき"), ("かおる", "かおる"), ("のぞみ", "のぞみ"), ("あかり", "あかり"), ("大地", "だいち"), ("航", "わたる")]
KATA_GIVEN = ["マリア", "ジョージ", "ケン", "エミ", "ハンナ", "ルイ", "アンナ", "ジュン", "リサ", "レオ"]
# invented foreign people (katakana, given name first)
F_FIRST = ["ルーカス", "エミリア", "トーマス", "ソフィー", "マルコ", "アントン", "イザベラ", "ハンス", "カタリーナ", "ディエゴ",
           "オリヴィア", "ヨナス", "ミゲル", "ラウラ", "ニコラス", "アレクセイ", "ヘレナ", "パトリック", "グレタ", "ファビオ"]
F_LAST = ["ベッカー", "ロドリゲス", "カルヴァーリョ", "ノヴァク", "フィッシャー", "マルティネス", "ペトロフ", "ヤンセン",
          "コワルスキ", "ルッソ", "ベルナール", "デュボワ", "アンデション", "オコンネル", "サントス", "クズネツォフ", "ホフマン",
          "リンドクヴィスト", "モレッティ", "ファン・ダイク"]
NATIONS = ["米国", "英国", "フランス", "ドイツ", "ブラジル", "スペイン", "ポーランド", "オランダ", "スウェーデン", "ロシア",
           "アルゼンチン", "ポルトガル", "イタリア", "カナダ"]
F_JOBS = ["作家", "映画監督", "俳優", "歌手", "画家", "物理学者", "経済学者", "ジャーナリスト", "指揮者", "写真家", "元首相",
          "元外相", "建築家", "デザイナー"]

FIRMS = ["東洋精機", "北辰電機", "大和化成", "日東製鋼", "三協物産", "中央ホールディングス", "関東電設", "西日本運輸", "丸高食品",
         "昭栄建設", "新星銀行", "旭光薬品", "光洋システム", "富士見商事"]
ROLES_UP = ["常務", "専務", "副社長", "取締役", "執行役員"]
PREFS = ["北海道", "青森県", "新潟県", "長野県", "静岡県", "岐阜県", "石川県", "兵庫県", "広島県", "山口県", "福岡県", "鹿児島県",
         "栃木県", "群馬県", "奈良県", "愛媛県"]
CITIES = ["旭川市", "八戸市", "長岡市", "松本市", "浜松市", "大垣市", "小松市", "姫路市", "福山市", "下関市", "久留米市",
          "鹿屋市", "足利市", "高崎市", "橿原市", "今治市", "成田市", "木更津市"]
TOWNS = ["小布施町", "軽井沢町", "草津町", "白川村", "大洗町", "南三陸町", "ニセコ町", "伊根町", "美瑛町", "上勝町", "檜原村", "十津川村"]
UNIVS = ["東北大学", "名古屋大学", "九州大学", "北海道大学", "広島大学", "筑波大学", "神戸大学", "岡山大学", "金沢大学", "熊本大学"]
FIELDS = ["新型の電池材料", "がん細胞の増殖を抑える物質", "深海微生物の新種", "認知症の早期診断法", "高効率の太陽電池",
          "植物の乾燥耐性の仕組み", "睡眠と記憶の関係", "古代DNAの解析手法"]
WORKS_ANIME = ["星降る街のアリス", "蒼穹のレガリア", "放課後ラジオ部", "銀河探偵社", "はらぺこ魔王", "月影の剣士", "コードネーム・ヒバリ",
               "うちの猫が喋る件"]
CHARACTERS = [("天城ユウマ", "主人公"), ("白雪ミナ", "ヒロイン"), ("黒崎レン", "ライバル"), ("桐生アカネ", "主人公"),
              ("御影ソウタ", "主人公"), ("小鳥遊ハル", "ヒロイン"), ("九条カイト", "敵役"), ("鳴海リコ", "主人公"),
              ("早乙女ツバキ", "ヒロイン"), ("如月コウ", "主人公")]
CLASSICAL = [("坂上田村麻呂", "平安時代初期の公卿、武官", "征夷大将軍"), ("小野小町", "平安時代前期の歌人", "六歌仙"),
             ("北条政子", "鎌倉幕府を開いた源頼朝の正室", "尼将軍"), ("楠木正成", "鎌倉時代末期から南北朝時代の武将", "千早城"),
             ("千利休", "戦国時代から安土桃山時代の茶人", "わび茶"), ("井原西鶴", "江戸時代の浮世草子作者", "好色一代男"),
             ("近松門左衛門", "江戸時代の人形浄瑠璃・歌舞伎の作者", "曽根崎心中"), ("杉田玄白", "江戸時代の蘭方医", "解体新書"),
             ("平賀源内", "江戸時代中期の本草学者、発明家", "エレキテル"), ("二宮尊徳", "江戸時代後期の農政家", "報徳仕法"),
             ("行基", "奈良時代の僧", "東大寺の大仏造立"), ("鑑真", "唐から来日した僧", "唐招提寺"), ("運慶", "鎌倉時代の仏師", "金剛力士像"),
             ("雪舟", "室町時代の水墨画家", "秋冬山水図"), ("世阿弥", "室町時代の能役者", "風姿花伝"), ("与謝蕪村", "江戸時代中期の俳人", "夜色楼台図"),
             ("藤原定家", "鎌倉時代初期の公家、歌人", "小倉百人一首"), ("和泉式部", "平安時代中期の歌人", "和泉式部日記"),
             ("安倍晴明", "平安時代の陰陽師", "晴明神社"), ("源義経", "平安時代末期の武将", "壇ノ浦の戦い"),
             ("阿倍仲麻呂", "奈良時代の遣唐留学生", "天の原"), ("緒方洪庵", "江戸時代後期の蘭方医", "適塾")]
KATA_HIST = [("ジョン万次郎", "中浜万次郎", "土佐国の漁師"), ("ヤン・ヨーステン", "耶楊子", "オランダの航海士"),
             ("ウィリアム・アダムス", "三浦按針", "イギリスの航海士"), ("ラフカディオ・ハーン", "小泉八雲", "作家")]
JUDO_CLASSES = ["男子60キロ級", "男子73キロ級", "男子100キロ級", "女子48キロ級", "女子57キロ級", "女子78キロ超級"]
TT_EVENTS = ["男子シングルス", "女子シングルス", "混合ダブルス"]
RACES = ["有馬記念", "日本ダービー", "天皇賞（秋）", "菊花賞", "皐月賞", "ジャパンカップ", "桜花賞", "宝塚記念", "安田記念", "高松宮記念"]
HORSES = ["サクラノハヤテ", "ミラクルサンデー", "シルバーフォルテ", "トウカイノゾミ", "アサヒクイーン", "ゴールドマサムネ",
          "キングヘイロウ", "ハルカゼダンサー", "ダイワノボル", "メイショウタロウ"]
SHOGI_TITLES = ["名人", "竜王", "王位", "棋聖", "王座"]
GO_TITLES = ["本因坊", "名人", "棋聖", "天元", "碁聖"]
GAMES = ["ストリートファイター6", "鉄拳8", "ぷよぷよ", "大乱闘スマッシュブラザーズ", "VALORANT"]
NICKS = ["ヨッシー", "マー君", "ゴジラ", "ハマの番長", "ミスター", "カズさん", "ナベちゃん"]

# decoy vocabulary
FIRMS_FAMILY = ["島津製作所", "竹中工務店", "大林組", "鹿島建設", "松井証券", "岩谷産業", "久光製薬", "森永製菓", "江崎グリコ",
                "山崎製パン", "堀場製作所", "村田製作所", "豊田通商", "小糸製作所", "石橋産業", "西松建設"]
TEAMS = ["鹿島アントラーズ", "浦和レッズ", "川崎フロンターレ", "サンフレッチェ広島", "千葉ジェッツ", "宇都宮ブレックス",
         "琉球ゴールデンキングス", "埼玉西武ライオンズ", "東北楽天ゴールデンイーグルス", "パナソニック ワイルドナイツ",
         "FCバルセロナ", "レアル・マドリード", "バイエルン・ミュンヘン", "ロサンゼルス・レイカーズ"]
ESPORTS_TEAMS = ["ZETA DIVISION", "DetonatioN FocusMe", "REJECT", "Crazy Raccoon", "FENNEL"]
BANDS = ["サカナクション", "いきものがかり", "ゆず", "King Gnu", "back number", "ヨルシカ", "ずっと真夜中でいいのに。", "緑黄色社会"]
PLACE_SURNAMES = ["成田市", "小松市", "大垣市", "松本市", "上田市", "岸和田市", "高山市", "石岡市", "三浦市", "藤沢市", "桑名市",
                  "安城市", "加藤郡", "吉野町", "長島町", "大野市"]
WORKS = ["千と千尋の神隠し", "魔女の宅急便", "火垂るの墓", "伊豆の踊子", "舟を編む", "蜜蜂と遠雷", "よつばと!", "のだめカンタービレ",
         "坊っちゃん", "細雪", "アルプスの少女ハイジ", "ベルサイユのばら"]
SHIPS = [("にっぽん丸", "客船"), ("飛鳥II", "客船"), ("海王丸", "帆船"), ("日本丸", "帆船"), ("いずも", "護衛艦"),
         ("しらせ", "南極観測船"), ("そうりゅう", "潜水艦"), ("さんふらわあ", "フェリー"), ("武蔵", "戦艦"), ("大和", "戦艦")]
SAKE = [("久保田", "新潟県の日本酒の銘柄"), ("八海山", "新潟県の日本酒の銘柄"), ("獺祭", "山口県の日本酒の銘柄"),
        ("十四代", "山形県の日本酒の銘柄"), ("越乃寒梅", "新潟県の日本酒の銘柄"), ("黒龍", "福井県の日本酒の銘柄"),
        ("山田錦", "酒造好適米の品種"), ("佐藤錦", "サクランボの品種"), ("紅秀峰", "サクランボの品種"),
        ("ひとめぼれ", "イネの品種"), ("ゆめぴりか", "イネの品種"), ("あきたこまち", "イネの品種"), ("王林", "リンゴの品種"),
        ("幸水", "ナシの品種"), ("二十世紀", "ナシの品種"), ("シャインマスカット", "ブドウの品種")]
CAPITALS = ["藤原京", "平城京", "長岡京", "恭仁京", "難波宮", "近江大津宮", "紫香楽宮", "平安京"]
TRAINS = [("のぞみ", "東海道新幹線"), ("あずさ", "特急"), ("こまち", "秋田新幹線"), ("はやぶさ", "東北新幹線"),
          ("かがやき", "北陸新幹線"), ("つばさ", "山形新幹線"), ("さくら", "九州新幹線"), ("ひかり", "東海道新幹線")]
SATELLITES = [("ひまわり9号", "気象衛星"), ("みちびき", "測位衛星"), ("だいち4号", "地球観測衛星"), ("はやぶさ2", "小惑星探査機"),
              ("しずく", "水循環変動観測衛星"), ("いぶき", "温室効果ガス観測技術衛星")]
FACILITIES = ["北里大学", "野口英世記念館", "湯川記念館", "嘉納治五郎記念国際スポーツ研究・交流センター", "牧野植物園",
              "手塚治虫記念館", "石ノ森萬画館", "坂本龍馬記念館", "吉田松陰記念館", "杉原千畝記念館"]
HOUSES = ["平家の落人伝説が残る集落を訪ねた。", "源氏と平家の争いは、源平合戦とも呼ばれる。", "鎌倉幕府の滅亡後、建武の新政が始まった。",
          "北条家ゆかりの寺で、特別公開が始まった。", "室町時代の文化は、北山文化と東山文化に分けられる。",
          "徳川家の菩提寺である増上寺で、法要が営まれた。", "織豊期の城郭の石垣が発掘された。"]
TITLE_MATCHES = ["本因坊戦", "名人戦", "竜王戦", "王将戦", "棋聖戦", "碁聖戦"]
BLANKS = ["元大関が引退会見を行い、「悔いはない」と語った。", "同市長は、来年度予算案について「子育て支援に重点を置いた」と述べた。",
          "新社長には、生え抜きの常務が昇格する。", "決算会見で社長は、値上げの影響は限定的だと説明した。",
          "裁判長は「犯行は悪質で、酌量の余地はない」と述べた。", "警察は、逮捕した男の身元の確認を急いでいる。",
          "町長は定例会見で、ふるさと納税の返礼品を見直すと表明した。", "知事は記者団に対し、県としての支援策を検討すると述べた。",
          "研究グループは、成果を英科学誌に発表した。", "声優陣の続投が発表された。", "主人公の声は、新人声優が担当する。",
          "名人は対局後、「終盤は苦しかった」と振り返った。", "騎手は「馬がよく頑張ってくれた」と話した。",
          "議長は、本会議の休憩を宣言した。", "遺族によると、葬儀は近親者のみで営まれる。", "監督は試合後、選手たちの奮闘をたたえた。",
          "容疑者は調べに対し、容疑を否認している。", "前町長の死去に伴う町長選挙が告示された。", "副知事は、議会の同意を得て選任される。",
          "同社の会長は、来月の株主総会で退任する。"]
FILLERS = ["", "", "", "関係者によると、詳細は後日発表される。", "同日、記者会見が開かれた。", "地元では歓迎の声が上がっている。"]


class R11Gen(R9Gen):
    """gen_ja_ner_r9's items and truth; this round's ordinary people."""

    def full(self):
        R = self.R
        for _ in range(500):
            f = R.choice(SURNAMES)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used and all(f[0] != u[0] for u in self.used):
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1]
        for _ in range(500):
            f = R.choice(SURNAMES)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used:
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1]
        raise RuntimeError("names used up")

    def foreign(self):
        R = self.R
        for _ in range(500):
            n = f"{R.choice(F_FIRST)}・{R.choice(F_LAST)}"
            if n not in self.used:
                self.used.add(n)
                return n
        raise RuntimeError("foreign names used up")


def yr(R, a, b):
    return R.randint(a, b)


def tail(R):
    return R.choice(FILLERS)


def persons(G: R11Gen):
    R = G.R
    # 1. business news: 人事, 決算会見
    for _ in range(10):
        f, g, _, _ = G.full()
        f2, g2, _, _ = G.full()
        firm = R.choice(FIRMS)
        form = R.choice(["{firm}は{d}日、{f}{g}{up}が社長に昇格する人事を発表した。{f2}{g2}社長は代表権のない会長に就く。",
                         "{firm}の{f}社長は{d}日の決算会見で、「円安の追い風が続いた」と述べた。",
                         "{d}日に開かれた決算会見で、{firm}の{f}{g}社長は増配を表明した。",
                         "{firm}は、{f}{g}会長が{m}月末で退任すると発表した。後任には{f2}{g2}{up}が就く。",
                         "{firm}の新社長に就任した{f}{g}氏（{age}）は、営業畑を歩んできた。",
                         "人事、{firm}（{m}月{d}日）取締役{f}{g}▽執行役員{f2}{g2}",
                         "{firm}社長の{f}氏は記者団に「海外事業を強化する」と語った。"])
        text = form.format(firm=firm, f=f, g=g, f2=f2, g2=g2, up=R.choice(ROLES_UP), d=yr(R, 1, 28), m=yr(R, 1, 12),
                           age=yr(R, 48, 66))
        names = [f + g if "{f}{g}" in form else f] + ([f2 + g2] if "{f2}" in form else [])
        G.emit("jinji", text + tail(R), names)
    # 2. local news: 市長, 町長, 村長, 知事, 議長
    for _ in range(10):
        f, g, _, _ = G.full()
        form = R.choice(["{city}の{f}{g}市長は{d}日の定例会見で、新庁舎の建設計画を見直すと発表した。",
                         "{f}市長は、{city}議会の本会議で施政方針演説を行った。",
                         "{town}の{f}{g}町長（{age}）が、任期満了に伴う町長選挙への立候補を表明した。",
                         "{pref}の{f}知事は{d}日、豪雨被害の現地を視察した。",
                         "任期満了に伴う{city}長選挙は、現職の{f}{g}氏が3選を果たした。",
                         "{city}議会の{f}{g}議長は、議員定数の削減案を議会運営委員会に諮った。",
                         "{town}の{f}町長は「観光客の受け入れ態勢を整えたい」と語った。",
                         "{pref}知事選挙で初当選した{f}{g}氏が、{d}日に初登庁した。"])
        city = R.choice(CITIES)
        text = form.format(city=city, town=R.choice(TOWNS), pref=R.choice(PREFS), f=f, g=g, d=yr(R, 1, 28), age=yr(R, 45, 75))
        text = text.replace(city + "長選挙", city[:-1] + "市長選挙")
        G.emit("chiho", text + tail(R), [f + g if "{g}" in form else f])
    # 3. crime and court
    for _ in range(9):
        f, g, _, _ = G.full()
        f2, g2, _, _ = G.full()
        form = R.choice(["{city}の無職、{f}{g}被告（{age}）に対し、地裁は懲役{n}年の判決を言い渡した。",
                         "{pref}警は{d}日、詐欺の疑いで、{city}に住む会社員の{f}{g}容疑者（{age}）を逮捕した。",
                         "{f}{g}裁判長は「被害者の落ち度はない」と述べ、求刑通りの判決を言い渡した。",
                         "弁護人の{f}{g}弁護士は、判決を不服として控訴する方針を明らかにした。",
                         "事故で亡くなったのは、{city}の会社員、{f}{g}さん（{age}）と判明した。",
                         "{f}被告は初公判で起訴内容を認めた。検察側は懲役{n}年を求刑した。",
                         "強盗致傷の罪に問われた{f}{g}被告の控訴審で、高裁は一審判決を支持した。被害者の{f2}{g2}さんは「納得できない」と話した。"])
        text = form.format(city=R.choice(CITIES), pref=R.choice(PREFS)[:-1] if R.random() < 0.5 else "県", f=f, g=g, f2=f2,
                           g2=g2, age=yr(R, 19, 80), n=yr(R, 2, 12), d=yr(R, 1, 28))
        text = text.replace("北海警", "北海道警")
        names = [f + g if "{f}{g}" in form else f] + ([f2 + g2] if "{f2}" in form else [])
        G.emit("jiken", text, names)
    # 4. obituaries of foreign people
    for _ in range(7):
        n = G.foreign()
        form = R.choice(["{nat}の{job}、{n}さんが{d}日、{city}の自宅で死去した。{age}歳だった。",
                         "{nat}の{job}{n}氏が死去 {age}歳",
                         "{job}の{n}氏が{d}日、死去した。{age}歳。{nat}メディアが報じた。",
                         "{n}さん（{nat}の{job}）{d}日、病気のため死去、{age}歳。",
                         "訃報　{n}氏（{nat}・{job}）{d}日死去。{age}歳。代表作は晩年まで読み継がれた。"])
        text = form.format(n=n, nat=R.choice(NATIONS), job=R.choice(F_JOBS), d=yr(R, 1, 28), age=yr(R, 62, 101),
                           city=R.choice(["パリ", "ロンドン", "ベルリン", "マドリード", "ニューヨーク", "ストックホルム", "リスボン"]))
        G.emit("fuho", text, [n])
    # 5. other sports: judo, table tennis, jockeys, shogi / go, e-sports
    for _ in range(3):
        f, g, _, _ = G.full()
        form = R.choice(["柔道の全日本選抜体重別選手権は{d}日、{cls}決勝が行われ、{f}{g}（{club}）が初優勝した。",
                         "{cls}の{f}{g}選手が、世界選手権の代表に選ばれた。",
                         "柔道{cls}で五輪2連覇を果たした{f}{g}が、現役引退を表明した。"])
        G.emit("judo", form.format(d=yr(R, 1, 28), cls=R.choice(JUDO_CLASSES), f=f, g=g,
                                   club=R.choice(["旭化成", "パーク24", "了徳寺大職", "日本製鉄", "自衛隊体育学校"])), [f + g])
    for _ in range(3):
        f, g, _, _ = G.full()
        form = R.choice(["卓球の全日本選手権{ev}で、{f}{g}が2年ぶりの優勝を果たした。",
                         "卓球の{f}{g}選手（{age}）が、世界ランキングで自己最高の{k}位に浮上した。",
                         "{ev}決勝で、{f}は中国選手をフルゲームの末に破った。"])
        G.emit("takkyu", form.format(ev=R.choice(TT_EVENTS), f=f, g=g, age=yr(R, 15, 30), k=yr(R, 3, 9)),
               [f + g if "{g}" in form else f])
    for _ in range(3):
        f, g, _, _ = G.full()
        form = R.choice(["{race}は、{f}{g}騎手騎乗の{horse}が制した。",
                         "{f}{g}騎手がJRA通算1000勝を達成した。",
                         "{horse}に騎乗した{f}騎手は「最後までよく伸びてくれた」と話した。"])
        G.emit("keiba", form.format(race=R.choice(RACES), f=f, g=g, horse=R.choice(HORSES)), [f + g if "{g}" in form else f])
    for _ in range(3):
        f, g, _, _ = G.full()
        f2, g2, _, _ = G.full()
        form = R.choice(["将棋の第{k}期{t}戦七番勝負は、{f}{g}{t}が{f2}{g2}八段を破り、防衛を果たした。",
                         "囲碁の{gt}戦で、挑戦者の{f}{g}九段が{f2}{gt}を破った。",
                         "{f}{g}九段（{age}）が、史上{k}人目の通算1200勝を達成した。",
                         "将棋の{f}{t}が{d}日、タイトル戦の対局に臨んだ。"])
        text = form.format(k=yr(R, 30, 85), t=R.choice(SHOGI_TITLES), gt=R.choice(GO_TITLES), f=f, g=g, f2=f2, g2=g2,
                           age=yr(R, 25, 70), d=yr(R, 1, 28))
        names = [f + g if "{f}{g}" in form else f]
        if "{f2}{g2}" in form:
            names.append(f2 + g2)
        elif "{f2}" in form:
            names.append(f2)
        G.emit("kishi", text, names)
    for _ in range(2):
        f, g, _, _ = G.full()
        form = R.choice(["『{game}』の世界大会で、プロゲーマーの{f}{g}選手が優勝した。",
                         "eスポーツの{f}{g}選手が、『{game}』の国際大会への出場を決めた。"])
        G.emit("esports", form.format(game=R.choice(GAMES), f=f, g=g), [f + g])
    # 6. academia
    for _ in range(7):
        f, g, _, _ = G.full()
        f2, g2, _, _ = G.full()
        form = R.choice(["{u}の{f}{g}教授らの研究グループは、{x}を発見したと発表した。",
                         "{u}大学院の{f}{g}准教授らは、{x}を明らかにした。成果は米科学誌に掲載された。",
                         "{x}について、{u}の{f}教授は「応用の可能性は大きい」と話している。",
                         "研究グループの{f}{g}助教と{f2}{g2}特任研究員は、{x}に関する論文を発表した。",
                         "{f}{g}・{u}教授（{field}）は、「今後は臨床応用を目指す」としている。"])
        text = form.format(u=R.choice(UNIVS), f=f, g=g, f2=f2, g2=g2, x=R.choice(FIELDS),
                           field=R.choice(["分子生物学", "材料工学", "脳科学", "古生物学"]))
        names = [f + g if "{f}{g}" in form else f] + ([f2 + g2] if "{f2}" in form else [])
        G.emit("kenkyu", text, names)
    # 7. anime voice actors (characters are no persons)
    for _ in range(6):
        f, g, _, _ = G.full()
        ch, part = R.choice(CHARACTERS)
        form = R.choice(["テレビアニメ『{w}』で、{part}の{ch}役を声優の{f}{g}が演じる。",
                         "声優の{f}{g}さんが、『{w}』の{ch}役に決まった。",
                         "『{w}』の{ch}を演じる{f}{g}は、今作が初主演となる。",
                         "{ch}役の{f}{g}、{ch2}役の{f2}{g2}らの出演が発表された。"])
        f2, g2, _, _ = G.full() if "{f2}" in form else ("", "", "", "")
        ch2 = R.choice([c for c, _ in CHARACTERS if c != ch])
        G.emit("seiyu", form.format(w=R.choice(WORKS_ANIME), part=part, ch=ch, ch2=ch2, f=f, g=g, f2=f2, g2=g2),
               [f + g] + ([f2 + g2] if f2 else []))
    # 8. classical, Heian and Edo figures
    for n, desc, w in R.sample(CLASSICAL, 8):
        form = R.choice(["{n}は、{desc}。", "{w}で知られる{n}は、{desc}である。", "{n}の生涯をたどる特別展が開かれた。",
                         "{desc}の{n}ゆかりの地を巡る。", "{n}は、{w}で知られる。"])
        G.emit("koten", form.format(n=n, desc=desc, w=w), [n])
    # 9. katakana given names
    for n, other, desc in R.sample(KATA_HIST, 2):
        form = R.choice(["{n}（{o}）は、{desc}。", "{desc}の{n}は、のちに{o}と名乗った。", "{n}の足跡をたどる企画展が開かれた。"])
        G.emit("kata_mei", form.format(n=n, o=other, desc=desc), [n] + ([other] if "{o}" in form else []))
    for _ in range(4):
        f, _, _, _ = G.full()
        k = R.choice(KATA_GIVEN)
        form = R.choice(["タレントの{f}{k}さんが、{city}の観光大使に就任した。",
                         "{f}{k}（{y}年 - ）は、日本のモデル、タレント。",
                         "ハーフの{f}{k}選手が、陸上の日本選手権で優勝した。",
                         "ピアニストの{f}{k}が、デビュー10周年の記念公演を開いた。"])
        G.emit("kata_mei", form.format(f=f, k=k, city=R.choice(CITIES), y=yr(R, 1985, 2003)), [f + k])
    # 10. nicknames
    for _ in range(3):
        f, g, _, _ = G.full()
        form = R.choice(["愛称「{nick}」で親しまれた{f}{g}が、{y}年限りでの引退を表明した。",
                         "{f}{g}は「{nick}」の愛称で知られるプロ野球選手。",
                         "ファンから「{nick}」と呼ばれる{f}{g}さんは、地元の人気者だ。"])
        G.emit("aisho", form.format(nick=R.choice(NICKS), f=f, g=g, y=yr(R, 2020, 2026)), [f + g])
    # 11. 旧姓 in brackets
    for _ in range(4):
        f, g, _, _ = G.full()
        f2, _, _, _ = G.full()
        form = R.choice(["{f}{g}（旧姓・{f2}）は、日本の元バレーボール選手。",
                         "{f}（旧姓{f2}）{g}さんは、結婚後も旧姓で仕事を続けている。",
                         "{f}{g}（旧姓：{f2}、{y}年 - ）は、日本の女優。",
                         "競泳の{f}{g}（旧姓{f2}）が、引退後初めて大会に出場した。"])
        G.emit("kyusei", form.format(f=f, g=g, f2=f2, y=yr(R, 1970, 1998)), [f + g])
    # 12. family names + 氏 in lists with 、
    for _ in range(5):
        fs = [G.full()[0] for _ in range(R.randint(2, 4))]
        lst = "、".join(x + "氏" for x in fs)
        form = R.choice(["会合には{lst}の{k}人が出席した。", "新役員には{lst}が選ばれた。", "パネリストは{lst}。",
                         "審査委員は、{lst}が務める。"])
        G.emit("shi_list", form.format(lst=lst, k=len(fs)), fs)
    # 13. katakana foreign names as subjects of verbs teams and firms also take
    for _ in range(10):
        n = G.foreign()
        form = R.choice(["{nat}の{job}、{n}が{d}日、来日した。",
                         "{nat}出身の{n}選手が、大会の男子シングルスで優勝した。",
                         "{n}監督率いる{nat}代表が、決勝を制した。",
                         "{nat}の{job}{n}が、{prize}を受賞した。",
                         "{job}の{n}さんが来日し、都内で記者会見を開いた。",
                         "マラソンの{n}選手（{nat}）が、大会を新記録で制した。",
                         "柔道男子100キロ級は、{nat}の{n}が制した。",
                         "{n}氏（{nat}の{job}）が{d}日、首相と会談した。"])
        text = form.format(n=n, nat=R.choice(NATIONS), job=R.choice(F_JOBS), d=yr(R, 1, 28),
                           prize=R.choice(["芥川賞", "ブッカー国際賞", "日本国際賞", "京都賞", "高松宮殿下記念世界文化賞"]))
        G.emit("gaikokujin", text + tail(R), [n])


def decoys(G: R11Gen):
    R = G.R
    for x in R.sample(FIRMS_FAMILY, 10):
        form = R.choice(["{x}は{d}日、{y}年3月期の連結決算を発表した。純利益は過去最高となった。",
                         "{x}の決算会見で、社長は「価格転嫁が進んだ」と説明した。",
                         "{x}は、社長交代の人事を{d}日に発表する。", "{x}の株価が年初来高値を更新した。",
                         "{x}が、海外の同業を買収すると発表した。"])
        G.emit("kigyo", form.format(x=x, d=yr(R, 1, 28), y=yr(R, 2020, 2026)), [], f"firm named after a family: {x}")
    for x in R.sample(TEAMS, 8):
        form = R.choice(["{x}が{y}年のリーグ優勝を果たした。", "{x}が決勝を制し、初の日本一に輝いた。", "{x}が来日し、親善試合を行った。",
                         "{x}は、新監督の就任を発表した。", "{x}がカップ戦を制した。"])
        G.emit("team", form.format(x=x, y=yr(R, 1995, 2025)), [], f"team: {x}")
    for x in R.sample(ESPORTS_TEAMS, 2):
        G.emit("esports", R.choice(["eスポーツチームの{x}が、国際大会で優勝した。", "{x}が、新メンバーの加入を発表した。"]).format(x=x),
               [], f"e-sports team: {x}")
    for x in R.sample(BANDS, 4):
        form = R.choice(["{x}の全国ツアーが{m}月から始まる。", "{x}が新曲を配信した。", "{x}は、日本のバンドである。"])
        G.emit("band", form.format(x=x, m=yr(R, 1, 12)), [], f"band: {x}")
    for x in R.sample(PLACE_SURNAMES, 7):
        form = R.choice(["{x}で夏祭りが開かれ、多くの人出でにぎわった。", "{x}議会は{d}日、来年度予算案を可決した。",
                         "{x}の人口が10万人を割り込んだ。", "{x}と姉妹都市の交流事業が再開された。"])
        G.emit("chimei", form.format(x=x, d=yr(R, 1, 28)), [], f"place named like a family: {x}")
    for x in R.sample(WORKS, 6):
        form = R.choice(["『{x}』が、{y}年ぶりに舞台化される。", "『{x}』の原画展が開かれた。", "『{x}』は、今も読み継がれる名作である。"])
        G.emit("sakuhin", form.format(x=x, y=yr(R, 5, 30)), [], f"work: {x}")
    for ch, part in R.sample(CHARACTERS, 7):
        w = R.choice(WORKS_ANIME)
        form = R.choice(["{ch}は、アニメ『{w}』に登場する架空の人物で、物語の{part}である。",
                         "『{w}』の{part}・{ch}のフィギュアが発売された。",
                         "{ch}は、『{w}』の{part}。作中では17歳の高校生として描かれる。",
                         "人気キャラクター「{ch}」の誕生日を祝うイベントが開かれた。"])
        G.emit("character", form.format(ch=ch, w=w, part=part), [], f"fictional character: {ch}")
    for x, kind in R.sample(SHIPS, 5):
        form = R.choice(["{k}「{x}」が{port}港に入港した。", "{k}{x}が、{y}年ぶりに一般公開された。", "{k}の{x}が、{port}を出港した。"])
        G.emit("fune", form.format(k=kind, x=x, port=R.choice(["横浜", "神戸", "函館", "長崎", "博多"]), y=yr(R, 3, 20)), [],
               f"ship: {x}")
    for x in R.sample(HORSES, 7):
        form = R.choice(["{race}は、{x}が制した。", "{x}は、日本の競走馬。主な勝ち鞍は{race}。",
                         "{race}を制した{x}が、種牡馬として引退した。", "{x}が{race}で優勝し、G1初制覇を果たした。"])
        G.emit("keibaba", form.format(x=x, race=R.choice(RACES)), [], f"racehorse: {x}")
    for x, desc in R.sample(SAKE, 6):
        form = R.choice(["{x}は、{desc}。", "{x}の出荷が始まった。", "{desc}である{x}の価格が高騰している。"])
        G.emit("meigara", form.format(x=x, desc=desc), [], f"brand or variety: {x}")
    for x in R.sample(CAPITALS, 4):
        form = R.choice(["{x}の跡から、新たな木簡が出土した。", "{x}は、日本の古代の都である。", "{x}への遷都が行われた。"])
        G.emit("miyako", form.format(x=x), [], f"ancient capital: {x}")
    for x, line in R.sample(TRAINS, 4):
        form = R.choice(["{line}「{x}」が、大雪のため運休した。", "{line}{x}{n}号は、定刻より30分遅れて到着した。",
                         "{line}の{x}が、臨時列車として増発される。"])
        G.emit("ressha", form.format(x=x, line=line, n=yr(R, 1, 99)), [], f"train: {x}")
    for x, kind in R.sample(SATELLITES, 2):
        form = R.choice(["{k}{x}の運用が始まった。", "{k}「{x}」が打ち上げられ、予定の軌道に投入された。"])
        G.emit("eisei", form.format(x=x, k=kind), [], f"satellite: {x}")
    for x in R.sample(FACILITIES, 4):
        form = R.choice(["{x}で企画展が開かれている。", "{x}の入館者数が過去最多となった。", "{x}は、{y}年に開館した。"])
        G.emit("shisetsu", form.format(x=x, y=yr(R, 1960, 2010)), [], f"facility named after a person: {x}")
    for s in R.sample(HOUSES, 3):
        G.emit("ie", s, [], "house or period")
    for x in R.sample(TITLE_MATCHES, 3):
        form = R.choice(["第{k}期{x}の挑戦者決定戦が行われた。", "{x}七番勝負の第1局が、{city}で行われた。"])
        G.emit("kisen", form.format(x=x, k=yr(R, 40, 80), city=R.choice(CITIES)), [], f"title match: {x}")
    for x in R.sample(RACES, 2):
        G.emit("race", R.choice(["{x}の出走馬が確定した。", "{x}の枠順が発表された。"]).format(x=x), [], f"race: {x}")
    for s in R.sample(BLANKS, 16):
        G.emit("blank", s, [], "template without a person")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=23)
    args = ap.parse_args()
    W = World(args.out, args.seed, "ja-ner-r11")
    G = R11Gen(W)
    persons(G)
    decoys(G)
    W.finish()


if __name__ == "__main__":
    main()
