package org.leakscope.classifiers.pii;

import java.util.regex.Pattern;

/**
 * The organisation-word guard for names: "Chase Bank", "Acme Corp", "東和航空電子株式会社", "営業部" look like
 * names to a list or a label, but an organisation, a department or a place is not a data subject.
 */
public final class OrgWords {

    // whole words (Latin): legal forms and the nouns that end organisation names
    private static final Pattern LATIN = Pattern.compile("(?i)(?<![\\p{L}])(?:bank|bancorp|banc|inc|incorporated|corp"
            + "|corporation|co|company|llc|llp|ltd|limited|plc|gmbh|ag|sarl|kk|k\\.k|group|holdings?|partners"
            + "|associates|foundation|association|society|institute|university|college|school|academy|hospital"
            + "|clinic|center|centre|department|dept|ministry|agency|office|bureau|council|committee|services"
            + "|solutions|systems|technologies|technology|labs?|industries|international|enterprises|trust"
            + "|insurance|financial|capital|securities|airlines?|motors|electric|logistics|consulting|team|support"
            + "|club|church|fund|street|avenue|road|boulevard|county|city|state|republic)(?![\\p{L}])\\.?");

    // Japanese: legal forms and organisation nouns anywhere, department suffixes at the end of a 3+ char word
    // (阿部 and 岡部 are family names, 総務部 is not)
    private static final Pattern JA = Pattern.compile("株式会社|有限会社|合同会社|合資会社|\\(株\\)|\\(有\\)|㈱|銀行|信用金庫"
            + "|信用組合|証券|保険会社|生命|損保|大学|学校|病院|医院|クリニック|診療所|事務所|センター|協会|組合|財団|法人"
            + "|機構|研究所|省|庁|役所|役場|支店|本店|営業所|工場|ホールディングス|グループ|システム|サービス"
            + "|(?:^|\\s)[\\p{IsHan}\\p{IsKatakana}]{2,}(?:部|課|室|係|局|班|支社|本部)(?:\\s|$)");

    private OrgWords() {
    }

    public static boolean isOrganisation(String value) {
        if (value == null) {
            return false;
        }
        return LATIN.matcher(value).find() || JA.matcher(value).find();
    }
}
