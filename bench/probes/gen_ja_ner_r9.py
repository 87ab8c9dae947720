#!/usr/bin/env python3
"""gen_ja_ner_r9.py - a fourth Japanese named-entity set for PERSON_NAME (issue #4, round 9): ~200 one- and
two-sentence items shaped like Japanese Wikipedia sentences (the Stockmark ner-wikipedia-dataset: 人名 / 法人名 /
政治的組織名 / その他の組織名 / 地名 / 施設名 / 製品名 / イベント名), on topics the three earlier rounds did not
stress. Tune on seed 9; measure seed 99 before any change and once at the end, its misses unread.

    python3 bench/probes/gen_ja_ner_r9.py OUT [--seed N]

Person items (about half): history (戦国武将, 天皇, 将軍, 公卿, 幕末の志士), literature and the arts (作家, 画家,
作曲家, 映画監督 with their works in 『』), science (受賞者 and researchers with their 大学), politics (首相, 大臣,
政党の代表, 議員), sport (野球・サッカー選手 with their team, J リーグ, 大相撲の四股名), entertainment (俳優, 声優,
アイドルグループのメンバー, 芸名 in katakana or hiragana), business (創業者 beside the firms named after their
families), foreign people in katakana with ・ or ＝, Chinese and Korean names in kanji, and ordinary people in news
(氏 / さん / 容疑者 / 被告 / 教授 / 選手).

Decoys (about half): firms, banks, shops and agencies named after families (松下電器産業, 野村證券, 吉野家,
渡辺プロダクション), facilities and shrines named after people (徳川美術館, 乃木神社, ジョン・F・ケネディ国際空港),
places that are family names (宮崎県, 福田町, 目黒区), periods, clans' houses and battles (豊臣期, 明治時代,
伊達家, 桶狭間の戦い), prizes and cups named after people (谷崎潤一郎賞, 本田宗一郎杯), car models and brands written
maker・model or as a founder's name (トヨタ・クラウン, ジョニー・ウォーカー), foreign teams with ・ (ロサンゼルス・
ドジャース), idol groups and comedy duos, works whose titles hold an honorific (『サザエさん』), Chinese and Korean
words that begin with a one-kanji surname (王将, 金閣寺, 李朝), the person templates with the person left out, and
words the dictionary also reads as given names.

Truth conventions (decided for this set; the earlier sets agree where they overlap):
- a historical person (武将, 天皇 by the posthumous name, 将軍, 公卿) is PERSON_NAME, as in the Stockmark data;
- a sumo wrestler's 四股名 (白鵬, 照ノ富士) is PERSON_NAME: it is the name the public knows that natural person by,
  and the Stockmark data labels it 人名; the same word as a place (霧島市) is a decoy;
- a 芸名 or pen name in katakana or hiragana (タモリ, きゃりーぱみゅぱみゅ) is PERSON_NAME;
- a person's name inside the name of a firm, shop, agency, facility, shrine, airport, prize, cup, brand or product
  (本田技研工業, 渡辺プロダクション, 乃木神社, 谷崎潤一郎賞, 本田宗一郎杯, ジャック・ダニエル) names that thing, not
  the person: a decoy, as in the earlier rounds;
- a family's house or a period (伊達家, 徳川将軍家, 豊臣期, 明治時代) is no person; an emperor's name (明治天皇) is;
- a fictional character in a work's title (『サザエさん』, 『ちびまる子ちゃん』) is no PERSON_NAME;
- optional (neither counted nor a decoy): a rebellion named after its leader (平将門の乱), a cabinet or government
  named after its head with no other person in the item (岸田内閣), a clan written 〜氏 (北条氏), which reads as
  "Mr 北条" as well.
Only PERSON_NAME is scored here: no e-mail addresses or phone numbers are written.

Writes OUT/files/** (.txt UTF-8 or CP932, .html, .md) and OUT/truth.json for score.py. stdlib only.
"""
from __future__ import annotations

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from probelib import World  # noqa: E402
from gen_ja_ner import Gen  # noqa: E402

# ------------------------------------------------------------------------------------------------ vocabulary
# history: (name, kind, detail)
WARLORDS = [("武田信玄", "甲斐国"), ("上杉謙信", "越後国"), ("伊達政宗", "陸奥国"), ("毛利元就", "安芸国"),
            ("今川義元", "駿河国"), ("明智光秀", "丹波国"), ("石田三成", "近江国"), ("加藤清正", "肥後国"),
            ("黒田官兵衛", "豊前国"), ("前田利家", "加賀国"), ("島津義弘", "薩摩国"), ("長宗我部元親", "土佐国"),
            ("浅井長政", "近江国"), ("柴田勝家", "越前国"), ("真田信繁", "信濃国"), ("北条氏康", "相模国")]
BATTLES = ["桶狭間の戦い", "長篠の戦い", "川中島の戦い", "厳島の戦い", "賤ヶ岳の戦い", "小田原征伐", "大坂夏の陣",
           "姉川の戦い"]
EMPERORS = [("桓武天皇", 50), ("後醍醐天皇", 96), ("明治天皇", 122), ("聖武天皇", 45), ("天武天皇", 40),
            ("推古天皇", 33), ("白河天皇", 72), ("後鳥羽天皇", 82), ("昭和天皇", 124), ("嵯峨天皇", 52)]
SHOGUNS = [("足利義満", "室町幕府", 3), ("足利義政", "室町幕府", 8), ("徳川吉宗", "江戸幕府", 8),
           ("徳川綱吉", "江戸幕府", 5), ("徳川慶喜", "江戸幕府", 15), ("源頼朝", "鎌倉幕府", 1),
           ("源実朝", "鎌倉幕府", 3), ("足利尊氏", "室町幕府", 1), ("徳川家光", "江戸幕府", 3)]
COURTIERS = ["藤原道長", "藤原頼通", "菅原道真", "平清盛", "蘇我馬子", "中臣鎌足", "紀貫之", "在原業平", "橘諸兄"]
MEIJI = [("大久保利通", "薩摩藩"), ("木戸孝允", "長州藩"), ("勝海舟", "幕臣"), ("吉田松陰", "長州藩"),
         ("高杉晋作", "長州藩"), ("岩倉具視", "公家"), ("板垣退助", "土佐藩"), ("大隈重信", "佐賀藩"),
         ("山県有朋", "長州藩"), ("東郷平八郎", "薩摩藩"), ("乃木希典", "長州藩"), ("陸奥宗光", "紀州藩")]
REBELLIONS = [("平将門の乱", "平安時代"), ("大塩平八郎の乱", "江戸時代"), ("藤原広嗣の乱", "奈良時代"),
              ("由井正雪の乱", "江戸時代"), ("藤原純友の乱", "平安時代")]
# literature and arts: (name, work)
AUTHORS = [("川端康成", "雪国"), ("三島由紀夫", "金閣寺"), ("谷崎潤一郎", "細雪"), ("村上春樹", "ノルウェイの森"),
           ("大江健三郎", "万延元年のフットボール"), ("島崎藤村", "破戒"), ("志賀直哉", "暗夜行路"), ("遠藤周作", "沈黙"),
           ("安部公房", "砂の女"), ("井上靖", "敦煌"), ("司馬遼太郎", "竜馬がゆく"), ("松本清張", "点と線"),
           ("東野圭吾", "容疑者Xの献身"), ("吉本ばなな", "キッチン"), ("清少納言", "枕草子"), ("鴨長明", "方丈記"),
           ("宮部みゆき", "火車"), ("池波正太郎", "鬼平犯科帳"), ("有吉佐和子", "華岡青洲の妻"), ("向田邦子", "父の詫び状")]
PAINTERS = [("葛飾北斎", "富嶽三十六景"), ("歌川広重", "東海道五十三次"), ("尾形光琳", "燕子花図"),
            ("俵屋宗達", "風神雷神図"), ("伊藤若冲", "動植綵絵"), ("横山大観", "生々流転"), ("岡本太郎", "太陽の塔"),
            ("東山魁夷", "道"), ("棟方志功", "二菩薩釈迦十大弟子"), ("喜多川歌麿", "ポッピンを吹く女")]
COMPOSERS = [("滝廉太郎", "荒城の月"), ("山田耕筰", "赤とんぼ"), ("武満徹", "ノヴェンバー・ステップス"),
             ("坂本龍一", "戦場のメリークリスマス"), ("服部良一", "東京ブギウギ"), ("古関裕而", "栄冠は君に輝く"),
             ("中田喜直", "夏の思い出"), ("久石譲", "Summer")]
DIRECTORS = [("黒澤明", "七人の侍"), ("小津安二郎", "東京物語"), ("溝口健二", "雨月物語"), ("宮崎駿", "千と千尋の神隠し"),
             ("是枝裕和", "万引き家族"), ("北野武", "HANA-BI"), ("山田洋次", "男はつらいよ"), ("今村昌平", "楢山節考")]
LIT_PRIZES = ["芥川龍之介賞", "直木三十五賞", "谷崎潤一郎賞", "野間文芸賞", "読売文学賞", "毎日出版文化賞"]
# science: (name, field, affiliation)
LAUREATES = [("湯川秀樹", "物理学", "京都大学"), ("朝永振一郎", "物理学", "東京教育大学"), ("福井謙一", "化学", "京都大学"),
             ("利根川進", "生理学・医学", "マサチューセッツ工科大学"), ("白川英樹", "化学", "筑波大学"),
             ("野依良治", "化学", "名古屋大学"), ("小柴昌俊", "物理学", "東京大学"), ("山中伸弥", "生理学・医学", "京都大学"),
             ("大村智", "生理学・医学", "北里大学"), ("本庶佑", "生理学・医学", "京都大学"), ("梶田隆章", "物理学", "東京大学"),
             ("赤崎勇", "物理学", "名城大学"), ("天野浩", "物理学", "名古屋大学"), ("下村脩", "化学", "ボストン大学"),
             ("根岸英一", "化学", "パデュー大学"), ("鈴木章", "化学", "北海道大学"), ("小林誠", "物理学", "高エネルギー加速器研究機構"),
             ("益川敏英", "物理学", "京都大学"), ("大隅良典", "生理学・医学", "東京工業大学"), ("真鍋淑郎", "物理学", "プリンストン大学")]
PIONEERS = [("北里柴三郎", "細菌学者"), ("志賀潔", "細菌学者"), ("牧野富太郎", "植物学者"), ("高峰譲吉", "化学者"),
            ("鈴木梅太郎", "農芸化学者"), ("本多光太郎", "物理学者"), ("秦佐八郎", "細菌学者"), ("南方熊楠", "博物学者")]
UNIVS = ["東北大学", "大阪大学", "九州大学", "名古屋大学", "北海道大学", "筑波大学", "神戸大学", "広島大学",
         "東京科学大学", "千葉大学", "岡山大学", "慶應義塾大学", "早稲田大学", "立命館大学"]
FIELDS = ["分子生物学", "有機化学", "素粒子物理学", "材料工学", "神経科学", "天文学", "情報科学", "免疫学"]
# politics
PRIME_MINISTERS = ["吉田茂", "岸信介", "池田勇人", "佐藤栄作", "田中角栄", "大平正芳", "中曽根康弘", "竹下登", "宮沢喜一",
                   "細川護熙", "村山富市", "橋本龍太郎", "小渕恵三", "森喜朗", "福田康夫", "麻生太郎", "鳩山由紀夫", "菅直人",
                   "野田佳彦", "菅義偉", "岸田文雄", "石破茂"]
POLITICIANS = [("小池百合子", "東京都知事"), ("河野太郎", "デジタル大臣"), ("小泉進次郎", "環境大臣"), ("高市早苗", "経済安全保障担当大臣"),
               ("枝野幸男", "立憲民主党代表"), ("志位和夫", "日本共産党委員長"), ("山口那津男", "公明党代表"),
               ("土井たか子", "衆議院議長"), ("市川房枝", "参議院議員"), ("茂木敏充", "自由民主党幹事長"),
               ("林芳正", "内閣官房長官"), ("上川陽子", "外務大臣"), ("玉木雄一郎", "国民民主党代表"), ("辻元清美", "参議院議員")]
PARTIES = ["自由民主党", "立憲民主党", "公明党", "日本維新の会", "国民民主党", "日本共産党", "社会民主党", "れいわ新選組",
           "日本社会党", "民主党"]
MINISTRIES = ["財務省", "外務省", "経済産業省", "厚生労働省", "国土交通省", "総務省", "防衛省", "環境省"]
ROLES = ["財務大臣", "外務大臣", "防衛大臣", "文部科学大臣", "内閣官房長官", "厚生労働大臣", "総務大臣"]
# sport
BALLPLAYERS = [("大谷翔平", "ロサンゼルス・ドジャース"), ("松井秀喜", "ニューヨーク・ヤンキース"), ("野茂英雄", "ロサンゼルス・ドジャース"),
               ("田中将大", "東北楽天ゴールデンイーグルス"), ("山本由伸", "ロサンゼルス・ドジャース"), ("村上宗隆", "東京ヤクルトスワローズ"),
               ("長嶋茂雄", "読売ジャイアンツ"), ("落合博満", "中日ドラゴンズ"), ("鈴木誠也", "シカゴ・カブス"),
               ("菊池雄星", "ロサンゼルス・エンゼルス"), ("佐々木朗希", "千葉ロッテマリーンズ"), ("ダルビッシュ有", "サンディエゴ・パドレス")]
FOOTBALLERS = [("三浦知良", "横浜FC"), ("中田英寿", "ペルージャ"), ("本田圭佑", "ACミラン"), ("香川真司", "セレッソ大阪"),
               ("長友佑都", "FC東京"), ("久保建英", "レアル・ソシエダ"), ("三笘薫", "ブライトン"), ("遠藤航", "リヴァプール"),
               ("澤穂希", "INAC神戸レオネッサ"), ("中村俊輔", "横浜F・マリノス")]
ATHLETES = [("羽生結弦", "フィギュアスケート"), ("浅田真央", "フィギュアスケート"), ("錦織圭", "テニス"), ("大坂なおみ", "テニス"),
            ("井上尚弥", "ボクシング"), ("内村航平", "体操"), ("池江璃花子", "競泳"), ("八村塁", "バスケットボール"),
            ("高橋尚子", "マラソン"), ("北島康介", "競泳"), ("室伏広治", "ハンマー投"), ("伊調馨", "レスリング"),
            ("桐生祥秀", "陸上競技"), ("堀米雄斗", "スケートボード"), ("阿部一二三", "柔道")]
SHIKONA = [("白鵬", "モンゴル", 69), ("朝青龍", "モンゴル", 68), ("日馬富士", "モンゴル", 70), ("鶴竜", "モンゴル", 71),
           ("稀勢の里", "茨城県", 72), ("照ノ富士", "モンゴル", 73), ("貴乃花", "東京都", 65), ("若乃花", "東京都", 66),
           ("曙", "アメリカ合衆国", 64), ("武蔵丸", "アメリカ合衆国", 67), ("千代の富士", "北海道", 58), ("大鵬", "北海道", 48),
           ("豊昇龍", "モンゴル", 74), ("北の湖", "北海道", 55)]
NPB = ["横浜DeNAベイスターズ", "東京ヤクルトスワローズ", "広島東洋カープ", "中日ドラゴンズ", "オリックス・バファローズ",
       "千葉ロッテマリーンズ", "埼玉西武ライオンズ", "福岡ソフトバンクホークス", "北海道日本ハムファイターズ"]
JCLUBS = ["鹿島アントラーズ", "浦和レッドダイヤモンズ", "川崎フロンターレ", "横浜F・マリノス", "ガンバ大阪", "ヴィッセル神戸",
          "サンフレッチェ広島", "名古屋グランパス", "柏レイソル", "アルビレックス新潟", "清水エスパルス", "湘南ベルマーレ"]
FOREIGN_TEAMS = ["ロサンゼルス・ドジャース", "ニューヨーク・ヤンキース", "ボストン・レッドソックス", "シアトル・マリナーズ",
                 "マンチェスター・ユナイテッド", "レアル・マドリード", "バイエルン・ミュンヘン", "パリ・サンジェルマン",
                 "ゴールデンステート・ウォリアーズ", "ロサンゼルス・レイカーズ"]
BASHO = ["初場所", "春場所", "夏場所", "名古屋場所", "秋場所", "九州場所"]
# entertainment
ACTORS = ["木村拓哉", "渡辺謙", "真田広之", "吉永小百合", "高倉健", "菅田将暉", "綾瀬はるか", "長澤まさみ", "広瀬すず",
          "石原さとみ", "新垣結衣", "有村架純", "浜辺美波", "北川景子", "堺雅人", "阿部寛", "大泉洋", "松たか子"]
SEIYU = ["花澤香菜", "神谷浩史", "梶裕貴", "水樹奈々", "林原めぐみ", "山寺宏一", "野沢雅子", "宮野真守", "悠木碧",
         "釘宮理恵", "緒方恵美", "大塚明夫"]
MEMBERS = [("嵐", "松本潤"), ("嵐", "二宮和也"), ("乃木坂46", "白石麻衣"), ("AKB48", "指原莉乃"), ("SMAP", "中居正広"),
           ("モーニング娘。", "安倍なつみ"), ("ももいろクローバーZ", "百田夏菜子"), ("櫻坂46", "森田ひかる"),
           ("Snow Man", "目黒蓮"), ("Perfume", "西脇綾香"), ("サザンオールスターズ", "桑田佳祐"), ("GLAY", "TERU")]
GEIMEI = [("タモリ", "タレント"), ("さかなクン", "タレント"), ("きゃりーぱみゅぱみゅ", "歌手"), ("ローラ", "モデル"),
          ("イモトアヤコ", "タレント"), ("ベッキー", "タレント"), ("あいみょん", "シンガーソングライター"),
          ("りゅうちぇる", "タレント"), ("ゆりやんレトリィバァ", "お笑い芸人"), ("マツコ・デラックス", "コラムニスト"),
          ("デーブ・スペクター", "放送プロデューサー"), ("はるな愛", "タレント"), ("ヒロミ", "タレント"), ("IKKO", "美容家")]
MUSICIANS = ["米津玄師", "星野源", "椎名林檎", "中島みゆき", "矢沢永吉", "松任谷由実", "山下達郎", "井上陽水", "浜崎あゆみ",
             "安室奈美恵"]
DRAMAS = ["半沢直樹", "逃げるは恥だが役に立つ", "あまちゃん", "踊る大捜査線", "ロングバケーション", "花より男子", "VIVANT",
          "おしん"]
AGENCIES = ["渡辺プロダクション", "田辺エージェンシー", "太田プロダクション", "石井光三オフィス", "ホリプロ", "アミューズ",
            "青二プロダクション", "81プロデュース", "研音", "スターダストプロモーション"]
# business: (founder, firm, year)
FOUNDERS = [("松下幸之助", "松下電器産業", 1918), ("本田宗一郎", "本田技研工業", 1948), ("豊田佐吉", "豊田自動織機", 1926),
            ("豊田喜一郎", "トヨタ自動車", 1937), ("鈴木道雄", "鈴木式織機", 1909), ("盛田昭夫", "東京通信工業", 1946),
            ("稲盛和夫", "京都セラミック", 1959), ("柳井正", "ファーストリテイリング", 1963), ("岩崎弥太郎", "三菱商会", 1873),
            ("安藤百福", "日清食品", 1948), ("鳥井信治郎", "寿屋", 1899), ("伊藤雅俊", "イトーヨーカ堂", 1958),
            ("永守重信", "日本電産", 1973), ("江副浩正", "リクルート", 1960), ("小林一三", "阪急電鉄", 1907),
            ("御木本幸吉", "御木本真珠店", 1899), ("服部金太郎", "服部時計店", 1881), ("石橋正二郎", "ブリヂストン", 1931),
            ("出光佐三", "出光商会", 1911), ("野村徳七", "野村證券", 1925), ("樫尾忠雄", "カシオ計算機", 1957),
            ("早川徳次", "早川電機工業", 1912), ("山内溥", "任天堂", 1889), ("立石一真", "立石電機", 1933),
            ("吉田忠雄", "吉田工業", 1934), ("似鳥昭雄", "似鳥家具店", 1967)]
FAMILY_FIRMS = ["松下電器産業", "本田技研工業", "豊田自動織機", "鈴木自動車工業", "伊藤忠商事", "野村證券", "吉野家",
                "三井住友銀行", "住友化学", "三菱地所", "大林組", "鴻池組", "熊谷組", "戸田建設", "前田建設工業", "西松建設",
                "奥村組", "古河電気工業", "出光興産", "森永乳業", "亀田製菓", "不二家", "大塚製薬", "塩野義製薬", "久光製薬",
                "小野薬品工業", "中村屋", "松坂屋", "岩田屋", "藤崎", "天満屋", "島村楽器", "しまむら", "ニトリ", "ケーズデンキ",
                "ノジマ", "マツダ", "ヤマハ", "河合楽器製作所", "ブリヂストン", "キッコーマン", "カシオ計算機", "安田生命",
                "池田泉州銀行", "服部セイコー", "加藤産業", "大倉商事", "佐藤工業"]
INDUSTRIES = ["電機メーカー", "自動車メーカー", "総合商社", "証券会社", "建設会社", "製薬会社", "百貨店", "食品メーカー",
              "楽器メーカー", "化学メーカー", "小売企業"]
# foreign people: (name, country, job)
FOREIGN = [("カマラ・ハリス", "アメリカ合衆国", "政治家"), ("ボリス・ジョンソン", "イギリス", "政治家"),
           ("ジャスティン・トルドー", "カナダ", "政治家"), ("オラフ・ショルツ", "ドイツ", "政治家"),
           ("ナレンドラ・モディ", "インド", "政治家"), ("リシ・スナク", "イギリス", "政治家"),
           ("ビル・ゲイツ", "アメリカ合衆国", "実業家"), ("スティーブ・ジョブズ", "アメリカ合衆国", "実業家"),
           ("ウォーレン・バフェット", "アメリカ合衆国", "投資家"), ("ジェンスン・フアン", "アメリカ合衆国", "実業家"),
           ("サティア・ナデラ", "アメリカ合衆国", "実業家"), ("レオナルド・ディカプリオ", "アメリカ合衆国", "俳優"),
           ("ブラッド・ピット", "アメリカ合衆国", "俳優"), ("メリル・ストリープ", "アメリカ合衆国", "女優"),
           ("テイラー・スウィフト", "アメリカ合衆国", "歌手"), ("レディー・ガガ", "アメリカ合衆国", "歌手"),
           ("クリスティアーノ・ロナウド", "ポルトガル", "サッカー選手"), ("ノバク・ジョコビッチ", "セルビア", "テニス選手"),
           ("セリーナ・ウィリアムズ", "アメリカ合衆国", "テニス選手"), ("マリ・キュリー", "フランス", "物理学者"),
           ("アイザック・ニュートン", "イングランド", "自然哲学者"), ("チャールズ・ダーウィン", "イギリス", "自然科学者"),
           ("パブロ・ピカソ", "スペイン", "画家"), ("フィンセント・ファン・ゴッホ", "オランダ", "画家"),
           ("ウィリアム・シェイクスピア", "イングランド", "劇作家"), ("アーネスト・ヘミングウェイ", "アメリカ合衆国", "小説家"),
           ("カズオ・イシグロ", "イギリス", "小説家"), ("ヴォルフガング・アマデウス・モーツァルト", "オーストリア", "作曲家"),
           ("マーティン・ルーサー・キング", "アメリカ合衆国", "牧師"), ("ネルソン・マンデラ", "南アフリカ共和国", "政治家"),
           ("マハトマ・ガンディー", "インド", "弁護士"), ("ジャン＝ポール・サルトル", "フランス", "哲学者"),
           ("クロード・レヴィ＝ストロース", "フランス", "人類学者"), ("ドナルド・トランプ", "アメリカ合衆国", "政治家")]
FOREIGN_SINGLE = [("ナポレオン", "フランス", "皇帝"), ("ゲーテ", "ドイツ", "詩人"), ("ショパン", "ポーランド", "作曲家"),
                  ("ベートーヴェン", "ドイツ", "作曲家"), ("ガリレオ", "イタリア", "天文学者")]
FOREIGN_FAMILY_TITLE = [("トランプ", "大統領"), ("バイデン", "大統領"), ("マクロン", "大統領"), ("プーチン", "大統領"),
                        ("ゼレンスキー", "大統領"), ("スターマー", "首相"), ("メルツ", "首相"), ("グテーレス", "事務総長")]
# Chinese and Korean names in kanji: (name, country, role)
CJK = [("習近平", "中華人民共和国", "国家主席"), ("李強", "中華人民共和国", "国務院総理"), ("胡錦濤", "中華人民共和国", "国家主席"),
       ("江沢民", "中華人民共和国", "国家主席"), ("鄧小平", "中華人民共和国", "最高指導者"), ("毛沢東", "中華人民共和国", "国家主席"),
       ("周恩来", "中華人民共和国", "国務院総理"), ("孫文", "中華民国", "臨時大総統"), ("蔣介石", "中華民国", "総統"),
       ("李登輝", "中華民国", "総統"), ("蔡英文", "中華民国", "総統"), ("頼清徳", "中華民国", "総統"), ("文在寅", "大韓民国", "大統領"),
       ("尹錫悦", "大韓民国", "大統領"), ("朴槿恵", "大韓民国", "大統領"), ("李明博", "大韓民国", "大統領"),
       ("金大中", "大韓民国", "大統領"), ("盧武鉉", "大韓民国", "大統領"), ("金正恩", "朝鮮民主主義人民共和国", "総書記"),
       ("潘基文", "大韓民国", "国連事務総長")]
CLASSICS = [("李白", "唐", "詩人"), ("杜甫", "唐", "詩人"), ("孔子", "春秋時代", "思想家"), ("諸葛亮", "三国時代", "政治家"),
            ("曹操", "後漢末", "武将"), ("司馬遷", "前漢", "歴史家"), ("王羲之", "東晋", "書家"), ("魯迅", "中華民国", "作家"),
            ("李舜臣", "李氏朝鮮", "武将"), ("白居易", "唐", "詩人")]
# ordinary people (news): family names and given names no earlier round drew from
SURNAMES = [("大塚", "おおつか"), ("中島", "なかじま"), ("小野", "おの"), ("田村", "たむら"), ("松田", "まつだ"), ("中野", "なかの"),
            ("小島", "こじま"), ("岩田", "いわた"), ("福田", "ふくだ"), ("西田", "にしだ"), ("菅原", "すがわら"), ("武田", "たけだ"),
            ("新井", "あらい"), ("桑原", "くわばら"), ("野村", "のむら"), ("樋口", "ひぐち"), ("荒木", "あらき"), ("北村", "きたむら"),
            ("宮田", "みやた"), ("大西", "おおにし"), ("本間", "ほんま"), ("平井", "ひらい"), ("久保", "くぼ"), ("松井", "まつい"),
            ("片山", "かたやま"), ("横山", "よこやま"), ("服部", "はっとり"), ("大久保", "おおくぼ"), ("須藤", "すどう"),
            ("岩崎", "いわさき"), ("永井", "ながい"), ("吉川", "よしかわ"), ("岡本", "おかもと"), ("中川", "なかがわ"),
            ("杉本", "すぎもと"), ("土屋", "つちや"), ("高木", "たかぎ"), ("安田", "やすだ"), ("内藤", "ないとう"), ("宮崎", "みやざき"),
            ("関", "せき"), ("堀", "ほり"), ("南", "みなみ")]
GIVEN = [("翔", "しょう"), ("蓮", "れん"), ("悠真", "ゆうま"), ("陽翔", "はると"), ("湊", "みなと"), ("颯太", "そうた"),
         ("大和", "やまと"), ("海斗", "かいと"), ("凛", "りん"), ("芽依", "めい"), ("紬", "つむぎ"), ("葵", "あおい"),
         ("美月", "みづき"), ("千尋", "ちひろ"), ("沙織", "さおり"), ("香織", "かおり"), ("雅子", "まさこ"), ("洋子", "ようこ"),
         ("幸子", "さちこ"), ("和夫", "かずお"), ("勝", "まさる"), ("清", "きよし"), ("修", "おさむ"), ("稔", "みのる"),
         ("豊", "ゆたか"), ("秀樹", "ひでき"), ("康弘", "やすひろ"), ("美智子", "みちこ"), ("節子", "せつこ"), ("敏行", "としゆき"),
         ("一輝", "かずき"), ("琴音", "ことね"), ("ひまり", "ひまり"), ("すみれ", "すみれ"), ("こころ", "こころ"), ("あおい", "あおい")]
PREFS = ["北海道", "宮城県", "福島県", "栃木県", "群馬県", "埼玉県", "神奈川県", "富山県", "岐阜県", "三重県", "滋賀県",
         "奈良県", "岡山県", "山口県", "愛媛県", "高知県", "長崎県", "大分県", "鹿児島県", "沖縄県"]
CITIES = ["札幌市", "仙台市", "宇都宮市", "前橋市", "さいたま市", "横浜市", "富山市", "岐阜市", "津市", "大津市", "奈良市",
          "岡山市", "下関市", "松山市", "高知市", "長崎市", "大分市", "鹿児島市", "那覇市"]
JOBS = ["会社員", "無職", "自営業", "アルバイト", "団体職員", "会社役員", "大学生"]
CHARGES = ["詐欺", "窃盗", "強盗致傷", "覚醒剤取締法違反", "特殊詐欺", "器物損壊", "公務執行妨害", "業務上過失致死"]
ND_JOBS = ["陶芸家", "料理人", "建築家", "登山家", "書道家", "棋士", "落語家", "写真家", "児童文学作家", "騎手"]

# decoy vocabulary
FACILITIES = ["松下記念病院", "徳川美術館", "大原美術館", "足立美術館", "根津美術館", "出光美術館", "五島美術館", "山種美術館",
              "北里大学病院", "牧野植物園", "早稲田大学", "慶應義塾大学", "同志社大学", "大隈講堂", "東郷神社", "乃木神社",
              "豊国神社", "日光東照宮", "伊達家霊廟瑞鳳殿", "野村美術館", "藤田美術館", "岩崎邸庭園", "服部緑地", "吉田山荘",
              "中村記念病院", "野口英世記念館"]
PLACES = ["宮崎県", "福田町", "秋田市", "長野市", "小田原市", "松田町", "藤岡市", "菊池市", "伊東市", "高崎市", "大野市", "野田市",
          "羽生市", "本庄市", "品川区", "目黒区", "渋谷区", "神田", "三浦半島", "上田市", "太田市", "岡崎市", "吉川市",
          "霧島市", "佐野市", "新井宿", "西田町", "小島町", "松井田町", "中島公園", "武田尾温泉"]
PERIODS = ["豊臣期", "明治時代", "大正時代", "昭和時代", "平安時代", "鎌倉時代", "室町時代", "江戸時代", "戦国時代",
           "安土桃山時代", "徳川幕府", "室町幕府", "織豊期", "藤原京", "平城京"]
HOUSES = ["伊達家", "前田家", "徳川将軍家", "島津家", "細川家", "毛利家", "黒田家", "上杉家"]
EVENT_BATTLES = ["承久の乱", "壬申の乱", "保元の乱", "平治の乱", "島原の乱", "応仁の乱", "桜田門外の変", "禁門の変",
                 "戊辰戦争", "西南戦争", "関ヶ原の戦い", "壇ノ浦の戦い"]
NAMED_PRIZES = ["谷崎潤一郎賞", "川端康成文学賞", "三島由紀夫賞", "大宅壮一ノンフィクション賞", "沢村栄治賞", "正力松太郎賞",
                "本田宗一郎杯", "向田邦子賞", "山本周五郎賞", "吉川英治文学新人賞", "野口英世アフリカ賞", "朝永振一郎記念賞"]
CUPS = ["天皇杯", "皇后杯", "高松宮記念", "秩父宮杯", "内閣総理大臣杯", "東久邇宮記念賞"]
CAR_MODELS = ["トヨタ・クラウン", "日産・シルビア", "ホンダ・アコード", "スズキ・スイフト", "マツダ・ロードスター",
              "日産・セドリック", "トヨタ・セリカ", "日産・グロリア", "三菱・パジェロ", "スバル・レガシィ", "ホンダ・プレリュード",
              "トヨタ・カムリ"]
BRANDS = ["ジョニー・ウォーカー", "ジャック・ダニエル", "メルセデス・ベンツ", "アルファ・ロメオ", "ジム・ビーム",
          "ヘレナ・ルビンスタイン", "ドン・キホーテ", "アンナ・スイ", "ティファニー", "ジョン・ディア"]
FOREIGN_PLACES = ["ジョン・F・ケネディ国際空港", "ロナルド・レーガン・ワシントン・ナショナル空港", "ジョンズ・ホプキンス大学",
                  "カーネギー・ホール", "ロックフェラー・センター", "ジョージ・ワシントン・ブリッジ", "リンカーン・センター",
                  "シャルル・ド・ゴール空港", "マディソン・スクエア・ガーデン", "ヴィクトリア・アンド・アルバート博物館"]
GROUPS = ["嵐", "乃木坂46", "AKB48", "モーニング娘。", "ももいろクローバーZ", "欅坂46", "ダウンタウン", "ナインティナイン",
          "とんねるず", "サザンオールスターズ", "ドリームズ・カム・トゥルー", "ハリセンボン", "オードリー"]
SHOW_TITLES = ["サザエさん", "ちびまる子ちゃん", "クレヨンしんちゃん", "徹子の部屋", "ドラえもん", "笑っていいとも!",
               "名探偵コナン", "忍たま乱太郎", "アンパンマン", "こちら葛飾区亀有公園前派出所"]
CJK_WORDS = ["餃子の王将が新メニューを発表した。", "金閣寺は、京都市北区にある臨済宗相国寺派の寺院である。",
             "李朝の白磁は高く評価されている。", "金浦国際空港から市内まで地下鉄で30分。", "孫文記念館では特別展が開かれている。",
             "魯迅公園は上海市虹口区にある公園である。", "文化庁は、文部科学省の外局である。", "周口店の遺跡は世界遺産に登録された。",
             "曹洞宗の大本山は永平寺である。", "朴葉味噌は飛騨地方の郷土料理である。", "張家界は中国湖南省にある景勝地。",
             "金融庁は、日本の行政機関の一つである。"]


class R9Gen(Gen):
    """gen_ja_ner.Gen's people and truth, with this round's formats and optional items."""

    def full(self):
        """(family, given, family reading, given reading), unique in the set."""
        R = self.R
        for _ in range(500):
            f = R.choice(SURNAMES)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used:
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1]
        raise RuntimeError("names used up")

    def emit(self, kind, text, names, decoy=None, optional=False):
        """One item: names are the people written in it (truth); none makes it a PERSON_NAME decoy, unless
        optional (a convention left open: PERSON_NAME neither counted nor flagged)."""
        R = self.R
        self.n += 1
        roll = R.random()
        ext, enc = "txt", "utf-8"
        if roll < 0.06:
            enc = "cp932"
        elif roll < 0.13:
            ext = "html"
        elif roll < 0.18:
            ext = "md"
        folder = "person" if names else "optional" if optional else "decoy"
        d = self.W.doc(f"{folder}/{self.n:03d}_{kind}.{ext}", ext, "ja")
        if ext == "html":
            paras = "".join(f"<p>{s}</p>\n" for s in text.split("\n") if s)
            body = (f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8"><title>項目 {self.n}</title></head>\n'
                    f"<body>\n{paras}</body></html>\n")
        elif ext == "md":
            body = f"## 項目 {self.n}\n\n{text}\n"
        else:
            body = text + "\n"
        try:
            body.encode(enc)
        except UnicodeEncodeError:
            enc = "utf-8"  # a character CP932 lacks: written as UTF-8 instead
        self.W.write_text(d, body, encoding=enc)
        for nm in names:
            d.add(self.person(nm), "PERSON_NAME", nm)
        if optional:
            d.opt_type("PERSON_NAME")
        elif not names:
            d.decoy(decoy or kind, ["PERSON_NAME"])
        return d


def yr(R, a, b):
    return R.randint(a, b)


def persons(G: R9Gen):
    R = G.R
    # 1. history: 武将, 天皇, 将軍, 公卿, 幕末・明治
    for n, land in R.sample(WARLORDS, 4):
        other = R.choice([w for w, _ in WARLORDS if w != n])
        form = R.choice(["{n}は、戦国時代の武将、大名。{land}の戦国大名。",
                         "{n}は{battle}で{other}の軍と戦った。",
                         "{y}年、{n}は家督を継ぎ、{land}を平定した。",
                         "{land}の戦国大名である{n}は、内政にも優れていた。"])
        text = form.format(n=n, land=land, battle=R.choice(BATTLES), other=other, y=yr(R, 1530, 1590))
        G.emit("bushou", text, [n] + ([other] if "{other}" in form else []))
    for n, k in R.sample(EMPERORS, 3):
        form = R.choice(["{n}は、日本の第{k}代天皇。", "{n}の治世に、都は大きく発展した。", "{y}年、{n}が即位した。",
                         "この寺は{n}の勅願により創建されたと伝わる。"])
        G.emit("tenno", form.format(n=n, k=k, y=yr(R, 600, 1900)), [n])
    for n, bakufu, k in R.sample(SHOGUNS, 3):
        form = R.choice(["{n}は、{b}の第{k}代将軍。", "{b}第{k}代将軍の{n}は、文化の振興に努めた。",
                         "第{k}代将軍{n}の時代に、幕府の財政は悪化した。", "{n}が征夷大将軍に任じられたのは{y}年である。"])
        G.emit("shogun", form.format(n=n, b=bakufu, k=k, y=yr(R, 1192, 1867)), [n])
    for n in R.sample(COURTIERS, 2):
        form = R.choice(["{n}は、平安時代中期の公卿。", "{n}は娘を次々と入内させ、権勢を振るった。",
                         "{n}が詠んだ和歌は、勅撰和歌集に収められている。", "{y}年、{n}は太政大臣に任ぜられた。"])
        G.emit("kugyo", form.format(n=n, y=yr(R, 700, 1180)), [n])
    for n, han in R.sample(MEIJI, 3):
        form = R.choice(["{n}は、江戸時代末期の{han}士。明治維新の元勲の一人。", "{han}出身の{n}は、岩倉使節団に加わった。",
                         "{n}（{y}年 - {y2}年）は、日本の武士、政治家。", "明治政府では{n}が内務卿を務めた。"])
        y = yr(R, 1825, 1850)
        G.emit("ishin", form.format(n=n, han=han, y=y, y2=y + yr(R, 30, 70)), [n])
    # 2. literature and arts: works in 『』
    for n, w in R.sample(AUTHORS, 4):
        form = R.choice(["{n}は、日本の小説家。代表作に『{w}』などがある。", "『{w}』は、{n}の長編小説である。",
                         "{y}年、{n}は『{w}』で{prize}を受賞した。", "{n}の『{w}』は{y}年に刊行された。",
                         "『{w}』（{y}年）は{n}の代表作とされる。"])
        G.emit("sakka", form.format(n=n, w=w, y=yr(R, 1900, 2010), prize=R.choice(LIT_PRIZES)), [n])
    for n, w in R.sample(PAINTERS, 3):
        form = R.choice(["{n}は、江戸時代の絵師。『{w}』で知られる。", "『{w}』は、{n}が描いた作品である。",
                         "{n}の『{w}』が東京国立博物館で公開された。", "画家の{n}は、晩年まで筆を執り続けた。"])
        G.emit("gaka", form.format(n=n, w=w), [n])
    for n, w in R.sample(COMPOSERS, 2):
        form = R.choice(["『{w}』は、{n}が作曲した楽曲である。", "作曲家の{n}は、『{w}』で広く知られる。",
                         "{n}の『{w}』は、今も多くの人に歌われている。"])
        G.emit("sakkyoku", form.format(n=n, w=w), [n])
    for n, w in R.sample(DIRECTORS, 2):
        form = R.choice(["『{w}』（{y}年）は、{n}監督による日本映画。", "{n}が監督した『{w}』は、海外でも高く評価された。",
                         "映画監督の{n}は、『{w}』で国際映画祭の最高賞を受けた。"])
        G.emit("kantoku", form.format(n=n, w=w, y=yr(R, 1950, 2020)), [n])
    # 3. science
    for n, field, aff in R.sample(LAUREATES, 4):
        form = R.choice(["{n}は、日本の科学者。{aff}名誉教授。", "{y}年、{n}はノーベル{field}賞を受賞した。",
                         "ノーベル{field}賞を受賞した{n}（{aff}）の講演会が開かれた。", "{aff}の{n}教授は、記者会見で喜びを語った。",
                         "{n}の研究は、{aff}で行われた。"])
        G.emit("kagaku", form.format(n=n, field=field, aff=aff, y=yr(R, 1949, 2021)), [n])
    for n, job in R.sample(PIONEERS, 2):
        form = R.choice(["{n}は、日本の{job}。", "{job}の{n}は、{y}年に渡欧した。", "{n}が発見した物質は、のちに広く使われた。"])
        G.emit("kagaku", form.format(n=n, job=job, y=yr(R, 1880, 1920)), [n])
    for _ in range(3):
        f, g, rf, rg = G.full()
        univ = R.choice(UNIVS)
        form = R.choice(["{u}の{f}{g}教授らの研究グループは、新たな{field}の手法を開発した。",
                         "{u}大学院の{f}{g}准教授（{field}）は「実用化には時間がかかる」と話した。",
                         "{f}{g}（{rf} {rg}、{y}年 - ）は、日本の{field}者。{u}教授。",
                         "研究を主導した{u}の{f}教授は、成果を国際学会で発表した。"])
        text = form.format(u=univ, f=f, g=g, rf=rf, rg=rg, y=yr(R, 1955, 1985), field=R.choice(FIELDS))
        G.emit("kenkyu", text, [f + g if "{g}" in form else f])
    # 4. politics
    for n in R.sample(PRIME_MINISTERS, 4):
        form = R.choice(["{n}は、日本の政治家。第{k}代内閣総理大臣。", "{y}年、{n}は{party}総裁に選出された。",
                         "{n}は{y}年に首相に就任し、{role}を兼務した。", "元首相の{n}は、{y}年に政界を引退した。",
                         "{n}首相（当時）は、国会で施政方針演説を行った。"])
        G.emit("seiji", form.format(n=n, k=yr(R, 45, 103), y=yr(R, 1950, 2024), party=R.choice(PARTIES[:2]),
                                    role=R.choice(ROLES)), [n])
    for n, role in R.sample(POLITICIANS, 4):
        form = R.choice(["{role}の{n}は{d}日、記者会見を開いた。", "{n}は、日本の政治家。{role}などを歴任した。",
                         "{n}{role}は、法案の早期成立に意欲を示した。", "記者団の質問に{n}氏は「検討中だ」と答えた。"])
        G.emit("seiji", form.format(n=n, role=role, d=yr(R, 1, 28)), [n])
    for _ in range(2):
        f, g, rf, rg = G.full()
        form = R.choice(["{party}の{f}{g}衆議院議員（{pref}{k}区）は、{d}日に離党届を提出した。",
                         "{f}{g}は、日本の政治家。{party}所属の参議院議員（{k}期）。",
                         "{pref}議会の{f}議長は、予算案の修正に応じる考えを示した。"])
        text = form.format(party=R.choice(PARTIES), f=f, g=g, pref=R.choice(PREFS), k=yr(R, 1, 6), d=yr(R, 1, 28))
        G.emit("seiji", text, [f + g if "{g}" in form else f])
    # 5. sport
    for n, team in R.sample(BALLPLAYERS, 3):
        form = R.choice(["{n}は、日本のプロ野球選手。{team}所属。", "{team}の{n}が第{k}号本塁打を放った。",
                         "{n}は{y}年に{team}へ移籍した。", "先発した{n}は7回無失点の好投を見せた。"])
        G.emit("yakyu", form.format(n=n, team=team, k=yr(R, 3, 50), y=yr(R, 1995, 2024)), [n])
    for n, club in R.sample(FOOTBALLERS, 2):
        form = R.choice(["{n}は、日本のプロサッカー選手。ポジションはミッドフィールダー。", "{club}に所属する{n}が先制ゴールを決めた。",
                         "{y}年、{n}は{club}と契約した。"])
        G.emit("soccer", form.format(n=n, club=club, y=yr(R, 1995, 2024)), [n])
    for n, sport in R.sample(ATHLETES, 3):
        form = R.choice(["{sport}の{n}が、{y}年の世界選手権で金メダルを獲得した。", "{n}は、日本の{sport}選手。",
                         "{n}が現役引退を表明した。", "{sport}日本代表の{n}は、決勝で自己ベストを更新した。"])
        G.emit("sport", form.format(n=n, sport=sport, y=yr(R, 2000, 2024)), [n])
    for s, home, k in R.sample(SHIKONA, 4):
        form = R.choice(["{s}は、{home}出身の元大相撲力士。第{k}代横綱。", "横綱{s}が{b}で{m}度目の優勝を果たした。",
                         "{s}関は初日から{m}連勝とした。", "{b}千秋楽、大関{s}が横綱を破った。", "{home}出身の{s}は、{y}年に初土俵を踏んだ。"])
        G.emit("sumo", form.format(s=s, home=home, k=k, b=R.choice(BASHO), m=yr(R, 2, 12), y=yr(R, 1960, 2020)), [s])
    for _ in range(3):
        f, g, rf, rg = G.full()
        form = R.choice(["{club}は{d}日、{f}{g}選手との契約を更新したと発表した。",
                         "{team}の{f}{g}投手が、プロ初勝利を挙げた。",
                         "Jリーグ・{club}の{f}監督は、試合後に「守備が機能した」と語った。",
                         "ドラフト1位で{team}に入団した{f}{g}は、高校時代に甲子園で活躍した。"])
        text = form.format(club=R.choice(JCLUBS), team=R.choice(NPB), f=f, g=g, d=yr(R, 1, 28))
        G.emit("sport", text, [f + g if "{g}" in form else f])
    # 6. entertainment
    for n in R.sample(ACTORS, 3):
        form = R.choice(["{n}は、日本の俳優。{agency}所属。", "ドラマ『{w}』では{n}が主演を務めた。",
                         "{n}と{m}が映画で初共演する。", "{n}が{y}年の日本アカデミー賞で最優秀主演賞を受けた。"])
        m = R.choice([a for a in ACTORS if a != n])
        G.emit("haiyu", form.format(n=n, m=m, agency=R.choice(AGENCIES), w=R.choice(DRAMAS), y=yr(R, 1990, 2024)),
               [n] + ([m] if "{m}" in form else []))
    for n in R.sample(SEIYU, 2):
        form = R.choice(["{n}は、日本の声優。{agency}所属。", "主人公の声は{n}が担当した。", "声優の{n}が、歌手デビューを発表した。"])
        G.emit("seiyu", form.format(n=n, agency=R.choice(AGENCIES[6:8])), [n])
    for grp, n in R.sample(MEMBERS, 2):
        form = R.choice(["{g}のメンバーである{n}が、ソロ活動を開始した。", "{n}は、{g}の元メンバー。",
                         "{g}の{n}が、ドラマに初出演する。"])
        G.emit("idol", form.format(g=grp, n=n), [n])
    for n, job in R.sample(GEIMEI, 4):
        form = R.choice(["{n}は、日本の{job}。", "{n}が司会を務める番組が、放送{k}年目を迎えた。",
                         "{job}の{n}が、{pref}の観光大使に任命された。"])
        G.emit("geimei", form.format(n=n, job=job, k=yr(R, 2, 30), pref=R.choice(PREFS)), [n])
    for n in R.sample(MUSICIANS, 2):
        form = R.choice(["{n}は、日本のシンガーソングライター。", "{n}の新曲が、ドラマ『{w}』の主題歌に決まった。",
                         "{y}年、{n}は全国ツアーを行った。"])
        G.emit("ongaku", form.format(n=n, w=R.choice(DRAMAS), y=yr(R, 1980, 2024)), [n])
    # 7. business: founders beside the firms named after their families
    for n, firm, y in R.sample(FOUNDERS, 5):
        form = R.choice(["{firm}は、{y}年に{n}が創業した。", "{n}は、日本の実業家。{firm}の創業者。",
                         "{firm}の創業者である{n}は、「経営の神様」と呼ばれた。", "{y}年、{n}は{firm}を設立した。",
                         "{n}（{y0}年 - {y1}年）は、{firm}を創業した実業家である。"])
        G.emit("sogyo", form.format(n=n, firm=firm, y=y, y0=y - yr(R, 20, 35), y1=y + yr(R, 30, 60)), [n])
    for _ in range(3):
        f, g, rf, rg = G.full()
        firm = R.choice(FAMILY_FIRMS)
        form = R.choice(["{firm}は{d}日、{f}{g}副社長が社長に昇格する人事を発表した。",
                         "{firm}の{f}{g}社長は、決算会見で増配の方針を示した。",
                         "{firm}会長の{f}氏は、経済団体の副会長に就任する。",
                         "{firm}の創業家出身の{f}{g}氏が、取締役に選任された。"])
        G.emit("kigyo", form.format(firm=firm, f=f, g=g, d=yr(R, 1, 28)), [f + g if "{g}" in form else f])
    # 8. foreign people in katakana
    for n, country, job in R.sample(FOREIGN, 6):
        form = R.choice(["{n}は、{c}の{job}。", "{n}（{y}年 - ）は、{c}の{job}である。", "来日した{n}が、東京都内で講演した。",
                         "{c}の{job}である{n}は、{y2}年に来日した。", "{n}の伝記映画が公開された。"])
        y = yr(R, 1880, 1990)
        G.emit("gaikoku", form.format(n=n, c=country, job=job, y=y, y2=y + 30), [n])
    for n, country, job in R.sample(FOREIGN_SINGLE, 2):
        form = R.choice(["{n}は、{c}の{job}。", "{job}の{n}は、晩年を{c}で過ごした。"])
        G.emit("gaikoku", form.format(n=n, c=country, job=job), [n])
    for n, title in R.sample(FOREIGN_FAMILY_TITLE, 2):
        form = R.choice(["{n}{t}は{d}日、声明を発表した。", "首相は{n}{t}と電話で会談した。"])
        G.emit("gaikoku", form.format(n=n, t=title, d=yr(R, 1, 28)), [n])
    # 9. Chinese and Korean names in kanji
    for n, country, role in R.sample(CJK, 5):
        form = R.choice(["{n}は、{c}の政治家。{role}を務めた。", "{c}の{n}{role}は{d}日、首脳会談に臨んだ。",
                         "{n}{role}が国賓として来日した。", "{y}年、{n}が{role}に就任した。"])
        G.emit("cjk", form.format(n=n, c=country, role=role, d=yr(R, 1, 28), y=yr(R, 1950, 2022)), [n])
    for n, era, job in R.sample(CLASSICS, 2):
        form = R.choice(["{n}は、{era}の{job}。", "{era}の{job}である{n}の作品は、日本でも広く読まれた。"])
        G.emit("cjk", form.format(n=n, era=era, job=job), [n])
    # 10. ordinary people in news: 氏 / さん / 容疑者 / 被告 and wiki leads of the not famous
    for _ in range(8):
        f, g, rf, rg = G.full()
        form = R.choice(["{city}の路上で女性のバッグを奪ったとして、{pref}警は{d}日、{job}の{f}{g}容疑者（{age}）を逮捕した。",
                         "{charge}の罪に問われた{f}{g}被告（{age}）に対し、地裁は懲役{k}年の判決を言い渡した。",
                         "{city}の{f}{g}さん（{age}）方から出火し、木造2階建て住宅が全焼した。",
                         "取材に応じた{f}さんは「まさかこんなことになるとは」と話した。",
                         "{f}{g}（{rf} {rg}、{y}年 - ）は、日本の{nd}。{pref}出身。",
                         "{f}{g}は、日本の{nd}。{y}年に独立し、{city}に工房を構えた。",
                         "{f}氏は{y2}年から同社の社外取締役を務めている。"])
        text = form.format(city=R.choice(CITIES), pref=R.choice(PREFS), d=yr(R, 1, 28), job=R.choice(JOBS), f=f, g=g,
                           rf=rf, rg=rg, age=yr(R, 19, 84), charge=R.choice(CHARGES), k=yr(R, 2, 9), y=yr(R, 1940, 1995),
                           nd=R.choice(ND_JOBS), y2=yr(R, 2015, 2024))
        G.emit("news", text, [f + g if "{g}" in form else f])
    # 11. optional: rebellions named after their leader, cabinets named after their head, clans written 〜氏
    for x, era in R.sample(REBELLIONS, 2):
        G.emit("ran", f"{x}は、{era}に起きた反乱である。", [], optional=True)
    for n in R.sample(PRIME_MINISTERS, 2):
        fam = n[:2]
        G.emit("naikaku", f"{fam}内閣は{yr(R, 1950, 2024)}年に発足した。", [], optional=True)
    for x in R.sample(["北条氏", "足利氏", "武田氏", "大内氏", "細川氏"], 2):
        G.emit("uji", f"{x}は、鎌倉時代から戦国時代にかけて勢力を広げた一族である。", [], optional=True)


def decoys(G: R9Gen):
    R = G.R
    for x in R.sample(FAMILY_FIRMS, 14):
        form = R.choice(["{x}は、{pref}{city}に本社を置く{ind}。", "{x}は{y}年に創業した{ind}である。",
                         "{x}は{d}日、{y2}年3月期の連結決算を発表した。", "{x}と{x2}は、資本業務提携を結んだと発表した。",
                         "{x}の創業家が保有する株式を売却した。", "{x}の店舗が{city}に開業した。"])
        x2 = R.choice([f for f in FAMILY_FIRMS if f != x])
        G.emit("firm", form.format(x=x, x2=x2, pref=R.choice(PREFS), city=R.choice(CITIES), ind=R.choice(INDUSTRIES),
                                   y=yr(R, 1870, 1970), d=yr(R, 1, 28), y2=yr(R, 2015, 2025)), [],
               f"firm named after a family: {x}")
    for x in R.sample(FACILITIES, 9):
        form = R.choice(["{x}は、{y}年に開館した。", "{x}で記念式典が開かれた。", "{x}は、{city}にある。",
                         "{x}へは駅から徒歩10分で行ける。", "{x}の改修工事が完了した。"])
        G.emit("facility", form.format(x=x, y=yr(R, 1900, 2010), city=R.choice(CITIES)), [],
               f"facility named after a person or family: {x}")
    for x in R.sample(PLACES, 10):
        form = R.choice(["{x}は、人口約{k}万人の自治体である。", "{x}で花火大会が開かれた。", "{x}の沿岸部に大雨警報が出された。",
                         "{x}出身の選手が代表に選ばれた。", "{x}に新しい図書館が完成した。"])
        G.emit("place", form.format(x=x, k=yr(R, 2, 60)), [], f"place named like a family: {x}")
    for x in R.sample(PERIODS, 5):
        form = R.choice(["{x}に築かれた石垣が発掘された。", "{x}の文化財が特別公開される。", "この建物は{x}に建てられた。"])
        G.emit("period", form.format(x=x), [], f"period: {x}")
    for x in R.sample(HOUSES, 3):
        form = R.choice(["{x}に伝わる甲冑が公開された。", "{x}の菩提寺として知られる。", "{x}の家紋が刻まれている。"])
        G.emit("house", form.format(x=x), [], f"a family's house: {x}")
    for x in R.sample(EVENT_BATTLES, 4):
        form = R.choice(["{x}は、{y}年に起きた。", "{x}を題材にした歴史ドラマが放送された。", "{x}の後、政治の実権は武家に移った。"])
        G.emit("event", form.format(x=x, y=yr(R, 672, 1877)), [], f"event: {x}")
    for x in R.sample(NAMED_PRIZES, 6):
        form = R.choice(["第{k}回{x}の受賞作が発表された。", "{x}の選考会が都内で開かれた。", "{x}は、{y}年に創設された。"])
        G.emit("prize", form.format(x=x, k=yr(R, 5, 60), y=yr(R, 1950, 2010)), [], f"prize named after a person: {x}")
    for x in R.sample(CUPS, 2):
        G.emit("cup", f"{x}の決勝戦が{yr(R, 1, 28)}日に行われた。", [], f"cup: {x}")
    for x in R.sample(CAR_MODELS, 5):
        form = R.choice(["{x}は、{y}年に発売された乗用車である。", "{x}の新型が発表された。", "{x}は、{y}年に生産を終了した。"])
        G.emit("car", form.format(x=x, y=yr(R, 1960, 2020)), [], f"car model: {x}")
    for x in R.sample(BRANDS, 4):
        form = R.choice(["{x}は、世界的に知られるブランドである。", "{x}の新商品が発売された。", "{x}の店舗が銀座に開業した。"])
        G.emit("brand", form.format(x=x), [], f"brand named after a person: {x}")
    for x in R.sample(FOREIGN_PLACES, 4):
        form = R.choice(["{x}は、ニューヨークにある。", "{x}で記念式典が行われた。", "{x}の改修計画が発表された。"])
        G.emit("foreign_place", form.format(x=x), [], f"facility named after a person: {x}")
    for x in R.sample(FOREIGN_TEAMS, 3):
        form = R.choice(["{x}は{y}年のリーグ優勝を果たした。", "{x}の本拠地球場は改修される予定だ。", "{x}が来日し、親善試合を行った。"])
        G.emit("team", form.format(x=x, y=yr(R, 1990, 2024)), [], f"team: {x}")
    for x in R.sample(NPB + JCLUBS, 3):
        form = R.choice(["{x}は、{y}年に創設されたプロスポーツチーム。", "{x}が{d}日、本拠地で開幕戦を迎えた。"])
        G.emit("team", form.format(x=x, y=yr(R, 1936, 2000), d=yr(R, 1, 28)), [], f"team: {x}")
    for x in R.sample(GROUPS, 4):
        form = R.choice(["{x}は、日本のグループである。{y}年に結成された。", "{x}の冠番組が放送を終えた。",
                         "{x}のコンサートが東京ドームで開かれた。"])
        G.emit("group", form.format(x=x, y=yr(R, 1980, 2015)), [], f"group: {x}")
    for x in R.sample(AGENCIES[:4], 2):
        G.emit("agency", f"{x}は、東京都に本社を置く芸能事務所である。", [], f"agency named after its founder: {x}")
    for x in R.sample(SHOW_TITLES, 4):
        form = R.choice(["『{x}』の放送が{y}年で{k}周年を迎えた。", "『{x}』は、日本のテレビ番組である。", "『{x}』の映画版が公開された。"])
        G.emit("title", form.format(x=x, y=yr(R, 2020, 2025), k=yr(R, 10, 55)), [], f"a work's title: {x}")
    for s in R.sample(CJK_WORDS, 5):
        G.emit("cjk_word", s, [], "words beginning with a one-kanji Chinese or Korean surname")
    G.emit("basho", f"大相撲{R.choice(BASHO)}は{yr(R, 1, 28)}日、両国国技館で初日を迎えた。", [], "a basho, no wrestler")
    # the person templates with the person left out
    blanks = ["第{k}代内閣総理大臣の就任式が行われた。".format(k=yr(R, 90, 103)),
              "新横綱の誕生は{k}年ぶりとなる。".format(k=yr(R, 2, 20)),
              "同社の創業者は{y}年に死去した。".format(y=yr(R, 1950, 2010)),
              "ノーベル賞の受賞者は、来月ストックホルムで講演する。",
              "{pref}警は{d}日、{charge}の疑いで{city}の男（{age}）を逮捕した。".format(
                  pref=R.choice(PREFS), d=yr(R, 1, 28), charge=R.choice(CHARGES), city=R.choice(CITIES), age=yr(R, 20, 80)),
              "主演俳優は、撮影を振り返り「貴重な経験だった」と語った。",
              "研究グループは、成果を英科学誌に発表した。",
              "将軍家の菩提寺として栄えた。",
              "大統領は{d}日、議会で一般教書演説を行った。".format(d=yr(R, 1, 28)),
              "声優陣の発表は来月を予定している。",
              "天皇杯の決勝は国立競技場で行われる。",
              "横綱審議委員会は、定例会合を開いた。"]
    for s in R.sample(blanks, 8):
        G.emit("blank", s, [], "template without a person")
    words = ["和やかな雰囲気の中で式典が行われた。", "勇ましい行進曲が流れた。", "彩り豊かな弁当が並んだ。",
             "悠久の歴史を感じさせる町並みが残る。", "秀逸な脚本が高く評価された。", "清らかな水が湧き出ている。",
             "豊かな自然に恵まれた地域である。", "大和は、日本の古い呼び名である。", "誠にありがとうございます。",
             "勝ち越しを決めた。"]
    for s in R.sample(words, 5):
        G.emit("words", s, [], "words the dictionary also knows as given names")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    W = World(args.out, args.seed, "ja-ner-r9")
    G = R9Gen(W)
    persons(G)
    decoys(G)
    W.finish()


if __name__ == "__main__":
    main()
