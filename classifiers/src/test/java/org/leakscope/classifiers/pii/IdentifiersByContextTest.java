package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.TestTexts;
import org.leakscope.classifiers.validate.InsurerNumber;

/** Identifiers that count only with context, with their validators; valid, invalid and look-alike rows. */
class IdentifiersByContextTest {

    private static List<String> split(String expected) {
        return expected == null ? List.of() : List.of(expected.split(";"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "01130012|true",      // 協会けんぽ東京 (domain reference C1)
        "0113-0012|true",
        "01130013|false",     // check digit off by one
        "138057|true",        // 国保, 6 digits
        "138058|false",
        "00000000|false",     // filler
        "0113001|false",      // 7 digits
        "01A30012|false"
    })
    void insurerNumberCheckDigit(String value, boolean valid) {
        assertEquals(valid, InsurerNumber.isValid(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "健康保険被保険者証 記号 94473092　番号 585|記号 94473092 番号 585",
        "健康保険証の記号・番号 記号：１２３４ 番号：５６（枝番：01）|記号:1234 番号:56(枝番:01)",
        "国民健康保険 記号 A-12 番号 3456|記号 A-12 番号 3456",
        "被保険者番号：12345678|12345678",
        "保険証番号 AB-1234-56|AB-1234-56",
        "Health insurance card no.: 7788-9911|7788-9911",
        "保険者番号 01130012|01130012",
        "保険者番号：０１１３００１２|01130012",   // full-width digits
        "保険者番号 01130013|",                    // check digit fails
        "部品カタログ 記号 X-12 番号 345|",        // 記号 … 番号 without insurance words
        "商品記号 AB 番号 12 在庫あり|",
        "健康保険の手続きについて説明します|"
    })
    void japaneseHealthInsurance(String line, String expected) {
        assertEquals(split(expected), TestTexts.values(new JapaneseHealthInsuranceDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Routing number: 021000021, Account number: 123456789012|123456789012",
        "ABA# 011000015 Acct# 00045678|00045678",
        "Account No. 4455667788 / Routing 121000358|4455667788",
        "routing 021000022 account 12345678|",     // ABA checksum fails
        "routing 991000021 account 12345678|",     // not a Federal Reserve prefix
        "Order 021000021 item 12345678|"           // no labels
    })
    void usBankAccountWithAbaRouting(String line, String expected) {
        assertEquals(split(expected), TestTexts.values(new UsBankAccountDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'4088 Washington Blvd, Apt 24D\nNew York, NY 10012'|'4088 Washington Blvd, Apt 24D\nNew York, NY 10012'",
        "1870 Market St, San Francisco, CA 94118|1870 Market St, San Francisco, CA 94118",
        "'P.O. Box 1234\nAustin, TX 78701'|'P.O. Box 1234\nAustin, TX 78701'",
        "'70 Victoria Road\nEdinburgh EH3 8YR'|'70 Victoria Road\nEdinburgh EH3 8YR'",
        "〒１８０－０００４ 東京都武蔵野市吉祥寺本町 2 丁目 8 番 4 号|〒180-0004 東京都武蔵野市吉祥寺本町 2 丁目 8 番 4 号",
        "東京都では|",                                       // a prefecture alone
        "Page 12 Section Road, Chapter XX 12345|",           // no state code
        "Flight 1870 Market Analysis, CA 94118|"             // no street suffix
    })
    void postalAddresses(String text, String expected) {
        assertEquals(split(expected), TestTexts.values(new PostalAddressDetector(), text.split("\n")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "生年月日 1973 年 4 月 2 日|1973 年 4 月 2 日",
        "生年月日：昭和５９年８月１日|昭和59年8月1日",
        "生年月日 平成元年 1月 8日|平成元年 1月 8日",
        "DOB: 03/14/1975|03/14/1975",
        "Born on 14 March 1975 in Leeds|14 March 1975",
        "提出日 2021 年 5 月 2 日|",                         // another date
        "入社日：1995年4月1日|"
    })
    void datesOfBirthOnlyByContext(String line, String expected) {
        assertEquals(split(expected), TestTexts.values(new DateOfBirthDetector(), line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY|",   // AWS's documented example key
        "AWS_SECRET_ACCESS_KEY=Zk3p9Qw7Lm2Xv8Rt5Yb1Nc4Hd6Gf0Js|Zk3p9Qw7Lm2Xv8Rt5Yb1Nc4Hd6Gf0Js",
        "AWS_SECRET_ACCESS_KEY|",                             // the variable name alone
        "AWS_SECRET_ACCESS_KEY=${AWS_SECRET}|",
        "SECRET_KEY = os.environ['SECRET_KEY']|",
        "API_TOKEN: your-token-here|",
        "API_TOKEN=required|",                                // a word, not a secret
        "パスワード：Tokyo2024!|Tokyo2024!",
        "password: <password>|"
    })
    void credentialsNeedASecretValue(String line, String expected) {
        assertEquals(split(expected), TestTexts.values(new CredentialDetector(), line));
    }
}
