package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The word lookup of {@link OrgWords} answers as the regexes it replaced. */
class OrgWordsTest {

    // the former implementation, kept as the reference
    private static final Pattern LATIN = Pattern.compile("(?i)(?<![\\p{L}])(?:bank|bancorp|banc|inc|incorporated|corp"
            + "|corporation|co|company|llc|llp|ltd|limited|plc|gmbh|ag|sarl|kk|k\\.k|group|holdings?|partners"
            + "|associates|foundation|association|society|institute|university|college|school|academy|hospital"
            + "|clinic|center|centre|department|dept|ministry|agency|office|bureau|council|committee|services"
            + "|solutions|systems|technologies|technology|labs?|industries|international|enterprises|trust"
            + "|insurance|financial|capital|securities|airlines?|motors|electric|logistics|consulting|team|support"
            + "|club|church|fund|street|avenue|road|boulevard|county|city|state|republic"
            + "|customers?|service|human|resources|quality|assurance|program|programme|managers?|management|security"
            + "|classification|guide|marketing|sales|finance|legal|counsel|operations|engineering|accounting"
            + "|procurement|purchasing|compliance|audit|administration|admin|helpdesk|desk|staff|all|derived|multiple"
            + "|sources?|original|documents?|records|files|projects?|executive|officer|president|coordinator|assistant"
            + "|secretary|directors?|board|members|division|research|development|information|payroll|benefits"
            + "|recruiting|hiring|talent|success|relations|affairs|corporate|valued|colleagues|everyone|the|our|your"
            + "|account|member|policy|card|users?|clients?|subscriber|candidate|residents?|shareholders?|investors?"
            + "|advisory|authority)"
            + "(?![\\p{L}])\\.?");
    private static final Pattern JA = Pattern.compile("株式会社|有限会社|合同会社|合資会社|\\(株\\)|\\(有\\)|㈱|銀行|信用金庫"
            + "|信用組合|証券|保険会社|生命|損保|大学|学校|病院|医院|クリニック|診療所|事務所|センター|協会|組合|財団|法人"
            + "|機構|研究所|省|庁|役所|役場|支店|本店|営業所|工場|ホールディングス|グループ|システム|サービス"
            + "|(?:^|\\s)[\\p{IsHan}\\p{IsKatakana}]{2,}(?:部|課|室|係|局|班|支社|本部)(?:\\s|$)");

    private static boolean reference(String v) {
        return LATIN.matcher(v).find() || JA.matcher(v).find();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme K.K.|true", "Acme KK|true", "K.Kato|false", "Kk.K|true", "Ok.K|false", "Ak.K|false", "BANK|true", "Bankole|false",
        "Banc|true", "Bancorp Ltd.|true", "Labs|true", "Lab|true", "Holding|true", "Müllerbank|false", "Bankó|false",
        "Co-op|true", "coop|false", "Dr. Lee Incorporated|true", "\u212Aing Bank|true", "\u212Aing|false",
        "City Hall|true", "Cité Bank|true", "総務部|true", "営業部 山田|true", "阿部 寛|false", "山田 総務部長|false",
        "(株)山田|true", "山田支社|true", "大阪 支社|false", "Mary García|false",
        "Customer Service|true", "Multiple Sources|true", "Human Resources|true", "Program Manager|true",
        "Theodore Allison|false", "Allan Ourso|false", "Desmond Boardman|false", "Account Holder|true",
        "Carder Cardona|false"
    })
    void knownCases(String value, boolean org) {
        assertEquals(reference(value), OrgWords.isOrganisation(value), value);
        assertEquals(org, OrgWords.isOrganisation(value), value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Approved by: Change Advisory Board|Change Advisory|true", "Kevin Robinson Inc. report|Kevin Robinson|true",
        "Kevin Robinson & Co|Kevin Robinson|true", "Kevin Robinson met Tom|Kevin Robinson|false",
        "Kevin Robinson, Chase Bank|Kevin Robinson|false", "Kevin Robinson|Kevin Robinson|false",
        "Kevin Robinson Bankole|Kevin Robinson|false"
    })
    void wordsAfterANameCanMakeItAnOrganisation(String text, String name, boolean org) {
        assertEquals(org, OrgWords.followedByOrganisation(text, text.indexOf(name) + name.length()), text);
    }

    @Test
    void answersAsTheRegexesOnGeneratedValues() {
        List<String> parts = List.of("Bank", "bank", "BANK", "banc", "Inc", "inc.", "Corp", "co", "Co", "K", "k", ".",
                "K.K", "kk", "Labs", "lab", "Holdings", "holding", "Team", "State", "Street", "International",
                "Incorporated", "Kevin", "Robinson", "Chase", "é", "ü", "Ø", "\u212A", "\uD835\uDC00", "'", "-", " ",
                "  ", "\t", "\n", "\u2028", ",", "&", "1", "0", "株式会社", "(株)", "㈱", "銀行", "総務", "営業", "部", "課",
                "支社", "本部", "室", "山田", "太郎", "タロウ", "・", "ー", "　", "さん", "省", "庁");
        Random r = new Random(7);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                sb.append(parts.get(r.nextInt(parts.size())));
            }
            String v = sb.toString();
            assertEquals(reference(v), OrgWords.isOrganisation(v), v);
        }
    }
}
