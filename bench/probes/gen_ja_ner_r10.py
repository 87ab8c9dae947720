#!/usr/bin/env python3
"""gen_ja_ner_r10.py - a fifth Japanese named-entity set for PERSON_NAME (round 22): ~200 one- to three-sentence
items shaped like Japanese Wikipedia leads and news (the Stockmark ner-wikipedia-dataset, 人名 against 法人名 /
地名 / 施設名 / 製品名 / イベント名), on fields and forms the four earlier Japanese generators do not use.
Tune on seed 22; measure seed 2222 before any change and once at the end, its misses unread.

    python3 bench/probes/gen_ja_ner_r10.py OUT [--seed N]

Person items (about half): business people (経営者, 代表取締役, 経済団体の会長), scholars of the humanities
(哲学者, 民俗学者, 歴史学者, 思想家), musicians (指揮者, ピアニスト, バンドのボーカル), manga artists (漫画家, pen
names with ・), chefs (料理人, 料理研究家), architects (建築家 and what they designed), religious figures (僧, 宗祖,
宣教師), explorers (探検家, 登山家; foreign navigators), foreign royalty (女王, 国王, 皇太子, numbered monarchs
エリザベス2世) and politicians, athletes of tennis, figure skating, golf, sumo (四股名 this set alone uses) and F1;
katakana foreign names with and without ・ / ＝, with and without a role, as the subject of person verbs (生まれ,
死去, 就任, 受賞, 優勝, 来日, 結婚, 出演); ordinary people with one-kanji family names (辻, 泉, 岡, 桂 …); names
followed by life dates （1950年 - ） or a reading and dates in brackets; names in lists with 、 and や; names after
によって, と共に, の妻, の息子, の弟子.

Decoys (about half): katakana runs that are places (many named after people: ヒューストン, ワシントン州,
ヴィクトリア湖), firms (ゴールドマン・サックス, ロールス・ロイス, マクドナルド), newspapers, teams (ボストン・
セルティックス, マクラーレン), products and brands (ルイ・ヴィトン, ポルシェ), events and prizes (ボストン・マラソン,
ノーベル賞, ウィンブルドン選手権, デビスカップ), works whose titles hold a fictional character (『ピーター・パン』),
species and breeds (ゴールデン・レトリバー), dishes named after people (ビーフストロガノフ, エッグベネディクト),
sumo stables (佐渡ヶ嶽部屋), Japanese words that look like names (吉野川, 真田丸, 春日大社, 坂本駅), and the
person templates with the person left out.

Truth conventions (those of gen_ja_ner_r9.py):
- a fictional character in a work's title (『ピーター・パン』) is no PERSON_NAME; fictional characters appear only there;
- a band or group (ザ・ビートルズ, スピッツ) is no person; a named member is;
- a pen name or 四股名 (藤子・F・不二雄, 大の里) is PERSON_NAME; a person's name inside the name of a firm, team,
  place, facility, prize, event, dish or breed (マクラーレン, ヒューストン, デビスカップ, ビーフストロガノフ) is not;
- a numbered monarch (エリザベス2世) is PERSON_NAME.
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
# business people: (name, firm or body, role)
BUSINESS = [("孫正義", "ソフトバンクグループ", "代表取締役会長兼社長"), ("三木谷浩史", "楽天グループ", "代表取締役会長兼社長"),
            ("前澤友作", "ZOZO", "創業者"), ("藤田晋", "サイバーエージェント", "代表取締役"), ("鈴木敏文", "セブン-イレブン・ジャパン", "会長"),
            ("澤田秀雄", "エイチ・アイ・エス", "創業者"), ("南場智子", "ディー・エヌ・エー", "会長"), ("新浪剛史", "サントリーホールディングス", "社長"),
            ("御手洗冨士夫", "キヤノン", "会長"), ("十倉雅和", "住友化学", "会長"), ("豊田章男", "トヨタ自動車", "会長"),
            ("宮内義彦", "オリックス", "シニア・チェアマン"), ("出井伸之", "ソニー", "会長"), ("土光敏夫", "東京芝浦電気", "社長"),
            ("渋沢栄一", "第一国立銀行", "頭取"), ("五代友厚", "大阪商法会議所", "会頭")]
BODIES = ["経団連", "経済同友会", "日本商工会議所", "関西経済連合会"]
# humanities: (name, field)
SCHOLARS = [("西田幾多郎", "哲学者"), ("和辻哲郎", "倫理学者"), ("柳田國男", "民俗学者"), ("折口信夫", "国文学者"),
            ("丸山眞男", "政治学者"), ("網野善彦", "歴史学者"), ("鶴見俊輔", "哲学者"), ("梅原猛", "哲学者"), ("加藤周一", "評論家"),
            ("吉本隆明", "思想家"), ("本居宣長", "国学者"), ("荻生徂徠", "儒学者"), ("新渡戸稲造", "教育者"), ("内村鑑三", "思想家"),
            ("小林秀雄", "文芸評論家"), ("上野千鶴子", "社会学者"), ("中根千枝", "社会人類学者"), ("白川静", "漢文学者")]
WORKS_HUM = ["善の研究", "風土", "遠野物語", "古代研究", "日本政治思想史研究", "無縁・公界・楽", "古事記伝", "武士道",
             "代表的日本人", "タテ社会の人間関係", "字統", "様々なる意匠"]
# music: (name, job)
MUSIC = [("小澤征爾", "指揮者"), ("辻井伸行", "ピアニスト"), ("内田光子", "ピアニスト"), ("五嶋みどり", "ヴァイオリニスト"),
         ("美空ひばり", "歌手"), ("宇多田ヒカル", "シンガーソングライター"), ("小田和正", "シンガーソングライター"), ("玉置浩二", "歌手"),
         ("吉田拓郎", "フォークシンガー"), ("尾崎豊", "シンガーソングライター"), ("甲本ヒロト", "ミュージシャン"), ("草野マサムネ", "ミュージシャン"),
         ("桜井和寿", "ミュージシャン"), ("葉加瀬太郎", "ヴァイオリニスト"), ("佐渡裕", "指揮者"), ("冨田勲", "作曲家")]
BANDS = [("ザ・クロマニヨンズ", "甲本ヒロト"), ("スピッツ", "草野マサムネ"), ("Mr.Children", "桜井和寿"),
         ("安全地帯", "玉置浩二"), ("オフコース", "小田和正"), ("ザ・ブルーハーツ", "甲本ヒロト")]
FOREIGN_BANDS = ["ザ・ビートルズ", "ザ・ローリング・ストーンズ", "クイーン", "レッド・ツェッペリン", "ザ・フー", "ピンク・フロイド",
                 "ボン・ジョヴィ", "ガンズ・アンド・ローゼズ"]
# manga artists: (name, work)
MANGAKA = [("松本零士", "銀河鉄道999"), ("藤子・F・不二雄", "ドラえもん"), ("赤塚不二夫", "天才バカボン"), ("石ノ森章太郎", "サイボーグ009"),
           ("鳥山明", "DRAGON BALL"), ("尾田栄一郎", "ONE PIECE"), ("高橋留美子", "うる星やつら"), ("萩尾望都", "ポーの一族"),
           ("浦沢直樹", "MONSTER"), ("荒木飛呂彦", "ジョジョの奇妙な冒険"), ("井上雄彦", "SLAM DUNK"), ("水木しげる", "ゲゲゲの鬼太郎"),
           ("ちばてつや", "あしたのジョー"), ("竹宮惠子", "風と木の詩"), ("諫山創", "進撃の巨人"), ("吾峠呼世晴", "鬼滅の刃")]
# chefs
CHEFS = [("道場六三郎", "和食"), ("陳建一", "四川料理"), ("坂井宏行", "フランス料理"), ("辻静雄", "フランス料理"), ("北大路魯山人", "美食"),
         ("土井善晴", "家庭料理"), ("栗原はるみ", "家庭料理"), ("小林カツ代", "家庭料理"), ("三國清三", "フランス料理"), ("村田吉弘", "日本料理")]
# architects: (name, building)
ARCHITECTS = [("丹下健三", "国立代々木競技場"), ("安藤忠雄", "光の教会"), ("隈研吾", "国立競技場"), ("黒川紀章", "中銀カプセルタワービル"),
              ("磯崎新", "つくばセンタービル"), ("伊東豊雄", "せんだいメディアテーク"), ("妹島和世", "金沢21世紀美術館"), ("坂茂", "紙の教会"),
              ("槇文彦", "スパイラル"), ("前川國男", "東京文化会館"), ("辰野金吾", "東京駅丸の内駅舎"), ("村野藤吾", "日生劇場")]
# religious figures: (name, detail)
RELIGIOUS = [("空海", "真言宗"), ("最澄", "天台宗"), ("親鸞", "浄土真宗"), ("日蓮", "日蓮宗"), ("道元", "曹洞宗"), ("法然", "浄土宗"),
             ("栄西", "臨済宗"), ("一遍", "時宗"), ("一休宗純", "臨済宗"), ("良寛", "曹洞宗"), ("瀬戸内寂聴", "天台宗")]
FOREIGN_RELIGIOUS = [("フランシスコ・ザビエル", "イエズス会", "宣教師"), ("マルティン・ルター", "ドイツ", "神学者"),
                     ("マザー・テレサ", "インド", "修道女"), ("ジャン・カルヴァン", "スイス", "神学者")]
# explorers
EXPLORERS = [("植村直己", "登山家"), ("白瀬矗", "探検家"), ("間宮林蔵", "探検家"), ("伊能忠敬", "測量家"), ("三浦雄一郎", "プロスキーヤー"),
             ("野口健", "登山家"), ("田部井淳子", "登山家"), ("最上徳内", "探検家")]
FOREIGN_EXPLORERS = ["マルコ・ポーロ", "クリストファー・コロンブス", "フェルディナンド・マゼラン", "ロアール・アムンセン",
                     "ヴァスコ・ダ・ガマ", "ジェームズ・クック", "デイヴィッド・リヴィングストン", "エドモンド・ヒラリー"]
# foreign royalty: (name, country, title)
ROYALTY = [("エリザベス2世", "イギリス", "女王"), ("チャールズ3世", "イギリス", "国王"), ("ヴィクトリア", "イギリス", "女王"),
           ("ルイ14世", "フランス", "国王"), ("マリー・アントワネット", "フランス", "王妃"), ("フェリペ6世", "スペイン", "国王"),
           ("ウィレム＝アレクサンダー", "オランダ", "国王"), ("マルグレーテ2世", "デンマーク", "女王"), ("ワチラロンコン", "タイ", "国王"),
           ("ヴィルヘルム2世", "ドイツ", "皇帝"), ("ダイアナ", "イギリス", "元皇太子妃"), ("エカチェリーナ2世", "ロシア", "女帝")]
# foreign politicians: (name, country, office)
FOREIGN_POL = [("ジミー・カーター", "アメリカ合衆国", "大統領"), ("ヒラリー・クリントン", "アメリカ合衆国", "国務長官"),
               ("ウィンストン・チャーチル", "イギリス", "首相"), ("シャルル・ド・ゴール", "フランス", "大統領"),
               ("ミハイル・ゴルバチョフ", "ソビエト連邦", "書記長"), ("フィデル・カストロ", "キューバ", "国家評議会議長"),
               ("ジャシンダ・アーダーン", "ニュージーランド", "首相"), ("アンソニー・アルバニージー", "オーストラリア", "首相"),
               ("ジョルジャ・メローニ", "イタリア", "首相"), ("テリーザ・メイ", "イギリス", "首相"), ("トニー・ブレア", "イギリス", "首相"),
               ("ウルズラ・フォン・デア・ライエン", "欧州連合", "欧州委員会委員長"), ("ルイス・イナシオ・ルーラ・ダ・シルヴァ", "ブラジル", "大統領"),
               ("ジョコ・ウィドド", "インドネシア", "大統領"), ("アンワル・イブラヒム", "マレーシア", "首相"),
               ("クラウディア・シェインバウム", "メキシコ", "大統領")]
# athletes: (name, sport)
ATHLETES_JA = [("伊達公子", "テニス"), ("杉山愛", "テニス"), ("西岡良仁", "テニス"), ("宇野昌磨", "フィギュアスケート"),
               ("坂本花織", "フィギュアスケート"), ("高橋大輔", "フィギュアスケート"), ("荒川静香", "フィギュアスケート"),
               ("鍵山優真", "フィギュアスケート"), ("松山英樹", "ゴルフ"), ("渋野日向子", "ゴルフ"), ("石川遼", "ゴルフ"),
               ("宮里藍", "ゴルフ"), ("尾崎将司", "ゴルフ"), ("角田裕毅", "F1"), ("佐藤琢磨", "インディカー"), ("中嶋悟", "F1"),
               ("小林可夢偉", "F1")]
ATHLETES_FOREIGN = [("ダニール・メドベージェフ", "ロシア", "テニス", "全米オープン"), ("ラファエル・ナダル", "スペイン", "テニス", "全仏オープン"),
                    ("アンディ・マリー", "イギリス", "テニス", "ウィンブルドン選手権"), ("ヤニック・シナー", "イタリア", "テニス", "全豪オープン"),
                    ("カルロス・アルカラス", "スペイン", "テニス", "全米オープン"), ("イガ・シフィオンテク", "ポーランド", "テニス", "全仏オープン"),
                    ("キム・ヨナ", "韓国", "フィギュアスケート", "世界選手権"), ("ネイサン・チェン", "アメリカ合衆国", "フィギュアスケート", "世界選手権"),
                    ("タイガー・ウッズ", "アメリカ合衆国", "ゴルフ", "マスターズ・トーナメント"), ("ロリー・マキロイ", "北アイルランド", "ゴルフ", "全英オープン"),
                    ("ルイス・ハミルトン", "イギリス", "F1", "イギリスグランプリ"), ("マックス・フェルスタッペン", "オランダ", "F1", "日本グランプリ"),
                    ("ミハエル・シューマッハ", "ドイツ", "F1", "モナコグランプリ"), ("アイルトン・セナ", "ブラジル", "F1", "モナコグランプリ"),
                    ("アラン・プロスト", "フランス", "F1", "フランスグランプリ"), ("ウサイン・ボルト", "ジャマイカ", "陸上競技", "世界選手権")]
SHIKONA = [("大の里", "石川県"), ("琴櫻", "千葉県"), ("御嶽海", "長野県"), ("若隆景", "福島県"), ("阿炎", "埼玉県"), ("高安", "茨城県"),
           ("朝乃山", "富山県"), ("貴景勝", "兵庫県"), ("正代", "熊本県"), ("翔猿", "東京都"), ("宇良", "大阪府"), ("王鵬", "東京都")]
STABLES = ["佐渡ヶ嶽部屋", "二所ノ関部屋", "宮城野部屋", "伊勢ヶ濱部屋", "九重部屋", "出羽海部屋", "時津風部屋", "高砂部屋"]
# katakana foreign people known by no role in the item (subjects of person verbs): (name, country)
FOREIGN_PLAIN = [("ジョン・レノン", "イギリス"), ("マドンナ", "アメリカ合衆国"), ("エルヴィス・プレスリー", "アメリカ合衆国"),
                 ("オードリー・ヘプバーン", "イギリス"), ("マリリン・モンロー", "アメリカ合衆国"), ("チャールズ・チャップリン", "イギリス"),
                 ("トム・クルーズ", "アメリカ合衆国"), ("ジョニー・デップ", "アメリカ合衆国"), ("キアヌ・リーブス", "カナダ"),
                 ("エド・シーラン", "イギリス"), ("ビヨンセ", "アメリカ合衆国"), ("アデル", "イギリス"), ("ジャン・レノ", "フランス"),
                 ("ソフィア・ローレン", "イタリア"), ("ニールス・ボーア", "デンマーク"), ("ステファン・ツヴァイク", "オーストリア"),
                 ("ガブリエル・ガルシア＝マルケス", "コロンビア"), ("ヨハン・ゼバスティアン・バッハ", "ドイツ"), ("アガサ・クリスティー", "イギリス"),
                 ("フリーダ・カーロ", "メキシコ"), ("イヴ・サン＝ローラン", "フランス"), ("ココ・シャネル", "フランス")]
PRIZES_INTL = ["ノーベル文学賞", "ノーベル平和賞", "グラミー賞", "アカデミー主演男優賞", "ピューリッツァー賞", "プリツカー賞",
               "カンヌ国際映画祭の男優賞", "ゴールデングローブ賞"]
# ordinary people with one-kanji family names
SURNAMES1 = [("辻", "つじ"), ("泉", "いずみ"), ("岡", "おか"), ("谷", "たに"), ("島", "しま"), ("畑", "はた"), ("星", "ほし"),
             ("柳", "やなぎ"), ("桂", "かつら"), ("楠", "くすのき"), ("峰", "みね"), ("岸", "きし"), ("東", "ひがし"), ("西", "にし"),
             ("杉", "すぎ"), ("梅", "うめ"), ("菊", "きく"), ("萩", "はぎ"), ("沖", "おき"), ("浜", "はま")]
SURNAMES2 = [("江口", "えぐち"), ("大川", "おおかわ"), ("小池", "こいけ"), ("上野", "うえの"), ("熊谷", "くまがい"), ("滝沢", "たきざわ"),
             ("長田", "ながた"), ("石井", "いしい"), ("水野", "みずの"), ("平田", "ひらた"), ("矢野", "やの"), ("福島", "ふくしま"),
             ("栗田", "くりた"), ("織田", "おだ"), ("秋山", "あきやま"), ("三宅", "みやけ"), ("野田", "のだ"), ("川口", "かわぐち")]
GIVEN = [("結菜", "ゆいな"), ("蒼", "あおい"), ("樹", "いつき"), ("朔", "さく"), ("詩織", "しおり"), ("智也", "ともや"), ("礼子", "れいこ"),
         ("光太郎", "こうたろう"), ("まどか", "まどか"), ("ゆかり", "ゆかり"), ("奏太", "そうた"), ("隼人", "はやと"), ("瑞穂", "みずほ"),
         ("伸一", "しんいち"), ("久美子", "くみこ"), ("啓介", "けいすけ"), ("弘", "ひろし"), ("忠", "ただし"), ("実", "みのる"),
         ("すず", "すず"), ("いずみ", "いずみ"), ("栞", "しおり"), ("文子", "ふみこ"), ("哲也", "てつや"), ("遥", "はるか")]
ND_JOBS = ["料理人", "建築家", "漫画家", "ピアニスト", "指揮者", "ゴルファー", "フィギュアスケーター", "テニス選手", "宗教家",
           "探検家", "哲学者", "民俗学者", "実業家", "パティシエ", "陶芸家", "僧侶"]
PREFS = ["青森県", "岩手県", "秋田県", "山形県", "茨城県", "千葉県", "山梨県", "福井県", "和歌山県", "鳥取県", "島根県", "徳島県",
         "香川県", "佐賀県", "宮崎県", "熊本県"]
CITIES = ["盛岡市", "秋田市", "山形市", "水戸市", "千葉市", "甲府市", "福井市", "和歌山市", "鳥取市", "松江市", "徳島市",
          "高松市", "佐賀市", "熊本市", "金沢市", "函館市"]
FOREIGN_CITIES = ["ロンドン", "パリ", "ニューヨーク", "ウィーン", "ミラノ", "バルセロナ", "ブエノスアイレス", "シドニー", "リヨン",
                  "ミュンヘン", "サンフランシスコ", "モントリオール"]

# decoy vocabulary
KATA_PLACES = ["ニューヨーク", "サンフランシスコ", "ブエノスアイレス", "リオデジャネイロ", "ケープタウン", "ヒューストン", "ワシントン州",
               "ヴィクトリア湖", "ルイジアナ州", "メルボルン", "セントピーターズバーグ", "サンパウロ", "ラスベガス", "コロンビア", "ボリビア",
               "アデレード", "ウェリントン", "エドモントン", "フィラデルフィア", "シャンゼリゼ通り"]
KATA_FIRMS = ["ゴールドマン・サックス", "モルガン・スタンレー", "ロールス・ロイス", "プロクター・アンド・ギャンブル", "ロッキード・マーティン",
              "ウォルト・ディズニー・カンパニー", "マクドナルド", "ケンタッキーフライドチキン", "ルイ・ヴィトン", "エルメス", "ポルシェ",
              "フェラーリ", "ランボルギーニ", "ボーイング", "ダイソン", "ヒューレット・パッカード", "ジョンソン・コントロールズ",
              "ハーレーダビッドソン", "バーバリー", "ブルックス・ブラザーズ"]
NEWSPAPERS = ["ニューヨーク・タイムズ", "ワシントン・ポスト", "ウォール・ストリート・ジャーナル", "ル・モンド", "フィナンシャル・タイムズ",
              "ロサンゼルス・タイムズ"]
TEAMS = ["ボストン・セルティックス", "シカゴ・ブルズ", "ニューヨーク・メッツ", "マンチェスター・シティ", "ユヴェントス", "アーセナル",
         "マクラーレン", "ウィリアムズ", "レッドブル・レーシング", "スクーデリア・フェラーリ", "ダラス・カウボーイズ", "トロント・ブルージェイズ"]
EVENTS = ["ボストン・マラソン", "ウィンブルドン選手権", "全豪オープン", "ツール・ド・フランス", "マスターズ・トーナメント",
          "ル・マン24時間レース", "モナコグランプリ", "デビスカップ", "ライダーカップ", "スタンレー・カップ", "スーパーボウル",
          "グランプリファイナル", "NHK杯国際フィギュアスケート競技大会", "ベルリン国際映画祭"]
PRIZES = ["ノーベル賞", "ピューリッツァー賞", "グラミー賞", "アカデミー賞", "プリツカー賞", "フィールズ賞", "ブッカー賞",
          "ゴンクール賞", "エミー賞", "トニー賞"]
TITLES = ["ピーター・パン", "シャーロック・ホームズの冒険", "トム・ソーヤーの冒険", "ロミオとジュリエット", "ハムレット",
          "アンナ・カレーニナ", "ドン・キホーテ", "オリバー・ツイスト", "赤毛のアン", "ハイジ"]
SPECIES = ["ゴールデン・レトリバー", "シベリアン・ハスキー", "ジャーマン・シェパード", "キングペンギン", "コモドオオトカゲ",
           "アフリカゾウ", "ヨークシャー・テリア", "ダーウィンフィンチ", "グラント・ガゼル", "ソメイヨシノ"]
DISHES = ["ビーフストロガノフ", "エッグベネディクト", "シーザーサラダ", "マルゲリータ", "ピーチ・メルバ", "サンドイッチ",
          "カルボナーラ", "ボロネーゼ", "ナシゴレン", "トムヤムクン", "クロックムッシュ", "ザッハトルテ"]
PRODUCTS = ["マッキントッシュ", "ウォークマン", "ルンバ", "チュッパチャプス", "ポラロイド", "ジープ・ラングラー", "フォード・マスタング",
            "シボレー・コルベット", "ボーイング747", "ゲームボーイ"]
JA_LOOKALIKES = ["吉野川は、四国最大の河川である。", "大河ドラマ『真田丸』の撮影が行われた。", "春日大社の万燈籠が行われた。",
                 "坂本駅から比叡山へはケーブルカーで向かう。", "岡崎城の天守が再建された。", "西郷どんの銅像が上野公園に立っている。",
                 "『信長の野望』の新作が発売された。", "浜田山は、杉並区の地名である。", "秋山郷は、長野県と新潟県にまたがる秘境である。",
                 "桂離宮の参観には事前申込が必要である。", "泉岳寺には赤穂浪士の墓がある。", "辻堂海岸で清掃活動が行われた。",
                 "星野リゾートの新施設が開業した。", "島忠の店舗が改装された。", "柳橋の料亭が営業を終えた。",
                 "東山動植物園のコアラが人気を集めている。", "栗林公園は、高松市にある回遊式大名庭園である。",
                 "岸和田だんじり祭が行われた。", "菊正宗は、兵庫県の酒造会社である。", "梅田の再開発が進んでいる。"]


class R10Gen(R9Gen):
    """gen_ja_ner_r9's items and truth; this round's ordinary people."""

    def full(self, one=None):
        """(family, given, family reading, given reading); a one-kanji family name when one, else either kind."""
        R = self.R
        pool = SURNAMES1 if one else SURNAMES2 if one is False else SURNAMES1 + SURNAMES2
        for _ in range(500):
            f = R.choice(pool)
            g = R.choice(GIVEN)
            if (f[0], g[0]) not in self.used:
                self.used.add((f[0], g[0]))
                return f[0], g[0], f[1], g[1]
        raise RuntimeError("names used up")


def yr(R, a, b):
    return R.randint(a, b)


def life(R, lo, hi, alive_p=0.3):
    """Life dates as a Wikipedia lead writes them: （1950年 - ） or （1901年4月29日 - 1989年1月7日）."""
    y0 = yr(R, lo, hi)
    if R.random() < alive_p:
        return f"{y0}年{yr(R, 1, 12)}月{yr(R, 1, 28)}日 - " if R.random() < 0.5 else f"{y0}年 - "
    y1 = y0 + yr(R, 40, 90)
    if R.random() < 0.5:
        return f"{y0}年 - {y1}年"
    return f"{y0}年{yr(R, 1, 12)}月{yr(R, 1, 28)}日 - {y1}年{yr(R, 1, 12)}月{yr(R, 1, 28)}日"


def persons(G: R10Gen):
    R = G.R
    # 1. business people
    for n, firm, role in R.sample(BUSINESS, 7):
        form = R.choice(["{n}（{life}）は、日本の実業家。{firm}{role}。",
                         "{firm}の{role}を務める{n}は、{body}の副会長に就任した。",
                         "{n}が{y}年に{body}の会長に就任した。",
                         "{firm}は{d}日、{n}{role}が退任すると発表した。",
                         "経営者の{n}によって設立された財団が、奨学金の支給を始めた。",
                         "{n}と共に会社を立ち上げた創業メンバーは、わずか5人だった。"])
        G.emit("keiei", form.format(n=n, firm=firm, role=role, body=R.choice(BODIES), y=yr(R, 1960, 2024),
                                    d=yr(R, 1, 28), life=life(R, 1920, 1975)), [n])
    # 2. humanities
    for n, field in R.sample(SCHOLARS, 7):
        form = R.choice(["{n}（{life}）は、日本の{field}。", "{field}の{n}は、主著『{w}』で知られる。",
                         "{n}の弟子である{m}は、師の学説を発展させた。", "{n}は{y}年、{u}の教授に就任した。",
                         "『{w}』は、{n}によって{y}年に刊行された。"])
        m = R.choice([s for s, _ in SCHOLARS if s != n])
        G.emit("jinbun", form.format(n=n, field=field, w=R.choice(WORKS_HUM), m=m, life=life(R, 1730, 1950),
                                     u=R.choice(["京都帝国大学", "東京帝国大学", "東北帝国大学", "法政大学"]), y=yr(R, 1900, 1990)),
               [n] + ([m] if "{m}" in form else []))
    # 3. music
    for n, job in R.sample(MUSIC, 6):
        form = R.choice(["{n}（{life}）は、日本の{job}。", "{job}の{n}が、{city}で公演を行った。",
                         "{n}が{y}年、{prize}を受賞した。", "{n}は{city}で生まれ、幼少期から音楽に親しんだ。"])
        G.emit("ongaku", form.format(n=n, job=job, life=life(R, 1930, 1995), city=R.choice(FOREIGN_CITIES),
                                     y=yr(R, 1970, 2024), prize=R.choice(["日本レコード大賞", "紫綬褒章", "グラミー賞"])), [n])
    for band, n in R.sample(BANDS, 2):
        form = R.choice(["{b}のボーカル、{n}が新曲を発表した。", "{n}は、ロックバンド・{b}のボーカリスト。",
                         "{b}は、{n}を中心に結成されたバンドである。"])
        G.emit("band", form.format(b=band, n=n), [n])
    # 4. manga
    for n, w in R.sample(MANGAKA, 6):
        form = R.choice(["{n}（{life}）は、日本の漫画家。代表作に『{w}』がある。", "漫画家の{n}が描いた『{w}』は、アニメ化された。",
                         "『{w}』は、{n}による日本の漫画作品。", "{n}の原画展が{city}で開かれた。",
                         "{n}は{y}年、『{w}』で連載デビューした。"])
        G.emit("manga", form.format(n=n, w=w, life=life(R, 1920, 1990), city=R.choice(CITIES), y=yr(R, 1950, 2015)), [n])
    # 5. chefs
    for n, kind in R.sample(CHEFS, 4):
        form = R.choice(["{n}は、日本の料理人。{kind}の第一人者として知られる。", "料理研究家の{n}が、新しいレシピ本を出版した。",
                         "{kind}の{n}シェフが、{city}に新店を開いた。", "{n}（{life}）は、日本の料理人、{kind}研究家。"])
        G.emit("ryori", form.format(n=n, kind=kind, city=R.choice(CITIES), life=life(R, 1883, 1960)), [n])
    # 6. architects
    for n, b in R.sample(ARCHITECTS, 5):
        form = R.choice(["{b}は、建築家の{n}が設計した。", "{n}は、日本の建築家。代表作に{b}がある。",
                         "{b}は{n}によって設計され、{y}年に竣工した。", "{n}が{y}年にプリツカー賞を受賞した。",
                         "{n}（{life}）は、{pref}出身の建築家。"])
        G.emit("kenchiku", form.format(n=n, b=b, y=yr(R, 1914, 2020), life=life(R, 1854, 1960), pref=R.choice(PREFS)), [n])
    # 7. religion
    for n, sect in R.sample(RELIGIOUS, 5):
        form = R.choice(["{n}は、{sect}の開祖とされる僧。", "{sect}の僧である{n}は、各地を巡って教えを広めた。",
                         "{n}が開いた寺院は、現在も多くの参拝者を集める。", "{n}（{life}）は、日本の僧。"])
        G.emit("shukyo", form.format(n=n, sect=sect, life=life(R, 774, 1300, 0)), [n])
    for n, where, job in R.sample(FOREIGN_RELIGIOUS, 2):
        form = R.choice(["{n}は、{w}の{job}。", "{y}年、{n}が鹿児島に上陸した。", "{n}は{y}年に死去した。"])
        G.emit("shukyo", form.format(n=n, w=where, job=job, y=yr(R, 1500, 1997)), [n])
    # 8. explorers
    for n, job in R.sample(EXPLORERS, 4):
        form = R.choice(["{n}は、日本の{job}。", "{job}の{n}は、{y}年に北極点への単独行に挑んだ。",
                         "{n}と共に登頂した隊員は、下山後に会見した。", "{n}（{life}）は、日本の{job}である。"])
        G.emit("tanken", form.format(n=n, job=job, y=yr(R, 1700, 2010), life=life(R, 1745, 1975)), [n])
    for n in R.sample(FOREIGN_EXPLORERS, 3):
        form = R.choice(["{n}は、{y}年に航海に出た。", "探検家の{n}が、南極点に到達した。", "{n}（{life}）は、{c}の探検家。",
                         "{n}によって、この島はヨーロッパに知られるようになった。"])
        G.emit("tanken", form.format(n=n, y=yr(R, 1270, 1953), life=life(R, 1254, 1919, 0),
                                     c=R.choice(["イタリア", "ポルトガル", "ノルウェー", "イギリス"])), [n])
    # 9. foreign royalty and politicians
    for n, c, title in R.sample(ROYALTY, 5):
        form = R.choice(["{n}は、{c}の{t}。", "{c}の{t}、{n}が{y}年に即位した。", "{n}が{y}年に死去した。",
                         "{n}の戴冠式が、{y}年に行われた。", "{c}{t}の{n}が国賓として来日した。"])
        G.emit("oushitsu", form.format(n=n, c=c, t=title, y=yr(R, 1643, 2023)), [n])
    for n, c, office in R.sample(FOREIGN_POL, 7):
        form = R.choice(["{n}は、{c}の政治家。第{k}代{o}。", "{y}年、{n}が{c}の{o}に就任した。",
                         "{n}は{y}年に来日し、首相と会談した。", "{n}が{y}年にノーベル平和賞を受賞した。",
                         "{n}（{life}）は、{c}の政治家である。", "{n}元{o}の回顧録が出版された。"])
        G.emit("gaikoku_seiji", form.format(n=n, c=c, o=office, k=yr(R, 10, 60), y=yr(R, 1945, 2024),
                                            life=life(R, 1874, 1975)), [n])
    # 10. athletes
    for n, sport in R.sample(ATHLETES_JA, 7):
        form = R.choice(["{n}は、日本の{s}選手。", "{s}の{n}が、{y}年の大会で優勝した。", "{n}が現役引退を発表した。",
                         "{n}は{y}年に{s}の世界ランキングで自己最高位に到達した。", "{n}（{life}）は、{pref}出身の{s}選手。"])
        G.emit("sport", form.format(n=n, s=sport, y=yr(R, 1990, 2024), life=life(R, 1960, 2003, 1), pref=R.choice(PREFS)), [n])
    for n, c, sport, ev in R.sample(ATHLETES_FOREIGN, 7):
        form = R.choice(["{n}が{ev}で優勝した。", "{n}は、{c}の{s}選手。", "{y}年の{ev}は、{n}が制した。",
                         "{n}が{d}日、来日した。", "{c}出身の{n}は、{y}年に現役を引退した。", "{n}は{y}年に結婚した。"])
        G.emit("sport", form.format(n=n, c=c, s=sport, ev=ev, y=yr(R, 1985, 2024), d=yr(R, 1, 28)), [n])
    for s, home in R.sample(SHIKONA, 4):
        form = R.choice(["{s}は、{home}出身の大相撲力士。{st}所属。", "大関{s}が{m}勝目を挙げた。",
                         "{st}の{s}が、新入幕を果たした。", "{s}が{basho}で初優勝を飾った。"])
        G.emit("sumo", form.format(s=s, home=home, st=R.choice(STABLES), m=yr(R, 3, 13),
                                   basho=R.choice(["初場所", "春場所", "夏場所", "名古屋場所", "秋場所", "九州場所"])), [s])
    # 11. katakana foreign people with no role, as the subjects of person verbs
    for n, c in R.sample(FOREIGN_PLAIN, 10):
        form = R.choice(["{n}は{y}年、{city}で生まれた。", "{n}が{y}年{m}月{d}日、{age}歳で死去した。",
                         "{n}が{prize}を受賞した。", "{n}が{d}日、プロモーションのため来日した。",
                         "{n}は{y}年に{m2}と結婚した。", "{n}が出演する映画が、来月公開される。",
                         "{n}（{life}）は、{c}出身。", "{n}の妻は、のちに回想録を出版した。",
                         "{n}の息子も、父と同じ道に進んだ。"])
        m2 = R.choice([x for x, _ in FOREIGN_PLAIN if x != n])
        G.emit("katakana", form.format(n=n, c=c, y=yr(R, 1880, 2020), city=R.choice(FOREIGN_CITIES), m=yr(R, 1, 12),
                                       d=yr(R, 1, 28), age=yr(R, 60, 99), prize=R.choice(PRIZES_INTL), m2=m2,
                                       life=life(R, 1685, 1990)),
               [n] + ([m2] if "{m2}" in form else []))
    # 12. ordinary people: one-kanji family names, life dates, readings, lists, によって / と共に / の妻 / の息子
    for _ in range(12):
        f, g, rf, rg = G.full(one=True)
        form = R.choice(["{f}{g}（{rf} {rg}、{life}）は、日本の{job}。",
                         "{f} {g}（{life}）は、{pref}出身の{job}。",
                         "{job}の{f}{g}は、{city}で工房を営む。",
                         "{f}が先制の適時打を放ち、チームは逃げ切った。",
                         "{f}{g}さん（{age}）は「地域の役に立ちたい」と話した。",
                         "{f}{g}によって設計された駅舎は、登録有形文化財となった。",
                         "{f}氏と共に会見した社長は、提携の狙いを説明した。",
                         "{city}の{f}{g}さんは、{y}年から食堂を営んでいる。",
                         "{f}九段が、名人戦で勝利した。"])
        text = form.format(f=f, g=g, rf=rf, rg=rg, life=life(R, 1930, 2000), job=R.choice(ND_JOBS), pref=R.choice(PREFS),
                           city=R.choice(CITIES), age=yr(R, 20, 85), y=yr(R, 1970, 2020))
        G.emit("hito1", text, [f + g if "{g}" in form else f])
    for _ in range(6):
        f, g, rf, rg = G.full(one=False)
        f2, g2, _, _ = G.full()
        f3, g3, _, _ = G.full()
        form = R.choice(["出演は{f}{g}、{f2}{g2}、{f3}{g3}ほか。",
                         "{f}{g}や{f2}{g2}らが参加した展覧会が{city}で開かれた。",
                         "{f}{g}の妻・{g2}も、{job}として活動した。",
                         "{f}{g}の息子である{f}{g2}は、家業を継いだ。",
                         "{f}{g}と共に{city}で事務所を開いたのは、{f2}{g2}である。",
                         "審査員は{f}{g}（{job}）、{f2}{g2}（{job2}）の2人が務めた。"])
        text = form.format(f=f, g=g, f2=f2, g2=g2, f3=f3, g3=g3, city=R.choice(CITIES), job=R.choice(ND_JOBS),
                           job2=R.choice(ND_JOBS))
        names = [f + g]
        if "{f2}{g2}" in form:
            names.append(f2 + g2)
        elif "{f}{g2}" in form:
            names.append(f + g2)
        elif "{g2}" in form:
            names.append(g2)
        if "{f3}" in form:
            names.append(f3 + g3)
        G.emit("list", text, names)


def decoys(G: R10Gen):
    R = G.R
    for x in R.sample(KATA_PLACES, 12):
        form = R.choice(["{x}で国際会議が開かれた。", "{x}は、観光客に人気の都市である。", "{x}行きの直行便が就航した。",
                         "{x}に日本企業の拠点が増えている。", "{x}で大規模な停電が発生した。"])
        G.emit("place", form.format(x=x), [], f"place: {x}")
    for x in R.sample(KATA_FIRMS, 12):
        form = R.choice(["{x}は{d}日、新製品を発表した。", "{x}の日本法人が東京都内に新社屋を構えた。",
                         "{x}は、{y}年に創業した企業である。", "{x}の株価が大幅に上昇した。", "{x}が日本市場から撤退する。"])
        G.emit("firm", form.format(x=x, d=yr(R, 1, 28), y=yr(R, 1837, 1990)), [], f"firm: {x}")
    for x in R.sample(NEWSPAPERS, 4):
        form = R.choice(["{x}が{d}日付で報じた。", "{x}の電子版によると、交渉は難航している。", "{x}は、{y}年に創刊された新聞である。"])
        G.emit("paper", form.format(x=x, d=yr(R, 1, 28), y=yr(R, 1851, 1900)), [], f"newspaper: {x}")
    for x in R.sample(TEAMS, 8):
        form = R.choice(["{x}が{y}年のリーグ優勝を果たした。", "{x}は、新監督の就任を発表した。", "{x}の本拠地で開幕戦が行われた。",
                         "{x}が来日し、親善試合を行った。"])
        G.emit("team", form.format(x=x, y=yr(R, 1990, 2024)), [], f"team: {x}")
    for x in R.sample(EVENTS, 9):
        form = R.choice(["{x}が{d}日に開幕した。", "{x}の日程が発表された。", "{x}は、{y}年に始まった。", "{x}で日本勢が健闘した。"])
        G.emit("event", form.format(x=x, d=yr(R, 1, 28), y=yr(R, 1877, 1990)), [], f"event: {x}")
    for x in R.sample(PRIZES, 6):
        form = R.choice(["{x}の授賞式が行われた。", "{x}の候補作が発表された。", "今年の{x}は、日本人の受賞者がいなかった。"])
        G.emit("prize", form.format(x=x), [], f"prize: {x}")
    for x in R.sample(TITLES, 6):
        form = R.choice(["『{x}』は、{y}年に発表された作品である。", "『{x}』の舞台版が上演された。", "『{x}』の新訳が刊行された。"])
        G.emit("title", form.format(x=x, y=yr(R, 1600, 1911)), [], f"a work's title with a fictional character: {x}")
    for x in R.sample(SPECIES, 6):
        form = R.choice(["{x}は、性格が穏やかで飼いやすい。", "動物園で{x}の赤ちゃんが生まれた。", "{x}の個体数が減少している。"])
        G.emit("species", form.format(x=x), [], f"species or breed: {x}")
    for x in R.sample(DISHES, 7):
        form = R.choice(["{x}は、家庭でも手軽に作れる料理である。", "ランチには{x}が人気だ。", "{x}の起源には諸説ある。"])
        G.emit("dish", form.format(x=x), [], f"dish: {x}")
    for x in R.sample(PRODUCTS, 5):
        form = R.choice(["{x}の新型が発売された。", "{x}は、{y}年に発売された。", "{x}の生産が終了した。"])
        G.emit("product", form.format(x=x, y=yr(R, 1948, 2010)), [], f"product: {x}")
    for x in R.sample(FOREIGN_BANDS, 4):
        form = R.choice(["{x}は、イギリスのロックバンドである。", "{x}の来日公演が決まった。", "{x}のアルバムが再発売された。"])
        G.emit("band", form.format(x=x), [], f"band: {x}")
    for x in R.sample(BANDS, 2):
        G.emit("band", R.choice(["{x}の全国ツアーが発表された。", "{x}は、日本のロックバンドである。"]).format(x=x[0]), [],
               f"band: {x[0]}")
    for x in R.sample(STABLES, 3):
        form = R.choice(["{x}は、日本相撲協会の相撲部屋である。", "{x}の力士が稽古を公開した。"])
        G.emit("stable", form.format(x=x), [], f"sumo stable: {x}")
    for s in R.sample(JA_LOOKALIKES, 12):
        G.emit("lookalike", s, [], "Japanese words that look like names")
    # the person templates with the person left out
    blanks = ["同国の新しい首相が{d}日、初めて来日した。".format(d=yr(R, 1, 28)),
              "優勝した選手には、賞金200万ドルが贈られた。",
              "新社長は就任会見で、海外事業の拡大を表明した。",
              "同賞の受賞者は、来月の授賞式で記念講演を行う。",
              "設計を担当した建築家は、木材を多用したと説明した。",
              "シェフおすすめのコース料理が好評だ。",
              "女王の即位70年を祝う式典が開かれた。",
              "同選手は{y}年に現役を引退した。".format(y=yr(R, 2000, 2024)),
              "元大関の年寄が、部屋を継承した。",
              "漫画家を目指す若者が増えている。",
              "探検隊は、{y}年に南極点に到達した。".format(y=yr(R, 1911, 1960)),
              "指揮者とオーケストラが観客の拍手に応えた。",
              "住職は「多くの方にお参りいただきたい」と話した。",
              "王室の広報担当者は、詳細を明らかにしなかった。",
              "大統領夫人は、病院を訪問した。",
              "ドライバーズチャンピオンが決まった。",
              "ピアニストが来日し、全国5都市で公演する。",
              "首脳会談は、約1時間にわたって行われた。"]
    for s in R.sample(blanks, 12):
        G.emit("blank", s, [], "template without a person")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=22)
    args = ap.parse_args()
    W = World(args.out, args.seed, "ja-ner-r10")
    G = R10Gen(W)
    persons(G)
    decoys(G)
    W.finish()


if __name__ == "__main__":
    main()
