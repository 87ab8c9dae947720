package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

class MarkingDetectorTest {

    private static final MarkingDetector D = MarkingDetector.fromConfig(ClassifierConfig.load(null));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SECRET//NOFORN|US_SECRET",
        "  SECRET//REL TO USA, FVEY  |US_SECRET",
        "TOP SECRET//SI/TK//NOFORN|US_TOP_SECRET",
        "CONFIDENTIAL|US_CONFIDENTIAL",
        "CUI|US_CUI",
        "CUI//SP-CTI//FED ONLY|US_CUI",
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY|US_CUI",
        "NATO SECRET|NATO_SECRET",
        "COSMIC TOP SECRET|NATO_COSMIC_TOP_SECRET",
        "UK SECRET|UK_SECRET",
        "UK TOP SECRET|UK_TOP_SECRET",
        "OFFICIAL-SENSITIVE|UK_OFFICIAL_SENSITIVE",
        "DISTRIBUTION STATEMENT D. Distribution authorized to the Department of Defense and U.S. DoD contractors only|US_DISTRIBUTION_D",
        "注意|JP_CHUI",
        "注 意|JP_CHUI",
        "　【取扱注意】|JP_CHUI",
        "秘|JP_HI",
        "（秘）|JP_HI",
        "㊙|JP_HI",
        "極秘|JP_GOKUHI",
        "［極　秘］|JP_GOKUHI",
        "特定秘密|JP_TOKUTEI_HIMITSU",
        "重要経済安保情報|JP_JUYO_KEIZAI_ANPO",
        "社外秘|CORP_CONFIDENTIAL",
        "Company Confidential|CORP_CONFIDENTIAL",
        "COMPANY CONFIDENTIAL|CORP_CONFIDENTIAL"
    })
    void markingLines(String line, String code) {
        assertEquals(code, D.codeOfLine(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "米国の元Secretary of Defenseも来訪されました。",
        "I'm bringing my grandmother's top secret recipe chili",
        "the secret to good ramen is the tare",
        "Secret",
        "秘書室より年末年始の役員スケジュールの確認",
        "秘書",
        "秘密保持契約書",
        "ご注意ください",
        "注意事項：会場内は飲食禁止です。",
        "This e-mail may contain confidential information. If you are not the intended",
        "本メールには機密情報が含まれている場合があります。",
        "(C) 2020 Towa Aero Electronics Co., Ltd. All rights reserved.",
        "1. Each user(s) account is for the sole use of the person to whom it is issued.",
        "DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.",
        "ECCN: EAR99",
        "UNCLASSIFIED",
        "特定秘密取扱業務従事者名簿"
    })
    void runningTextIsNotAMarking(String line) {
        assertNull(D.codeOfLine(line));
    }

    @TestFactory
    Stream<DynamicTest> rulePackExamples() {
        assertFalse(D.rules().isEmpty());
        return D.rules().stream().flatMap(r -> Stream.concat(
                r.examplesMatch().stream().map(ex -> DynamicTest.dynamicTest(r.id() + " matches " + ex,
                        () -> assertTrue(r.matchLine(norm(ex), ex) != null, ex))),
                r.examplesNoMatch().stream().map(ex -> DynamicTest.dynamicTest(r.id() + " ignores " + ex,
                        () -> assertNull(r.matchLine(norm(ex), ex), ex)))));
    }

    private static String norm(String s) {
        return org.leakscope.classifiers.text.TextNormalizer.normalize(s);
    }

    @Test
    void findingCarriesTheWholeLineOncePerDistinctLine() {
        List<Finding> f = D.detect(new ScanText(List.of(
                TextUnit.pageLine(1, 1, "SECRET//NOFORN", true),
                TextUnit.pageLine(1, 2, "Body text", false),
                TextUnit.pageLine(2, 1, "SECRET//NOFORN", true))));
        assertEquals(1, f.size());
        assertEquals(Category.MARKING, f.get(0).category());
        assertEquals("SECRET//NOFORN", f.get(0).masked());
        assertEquals("page=1;line=1", f.get(0).location());
        assertTrue(f.get(0).confidence() > 0.9);
    }

    @Test
    void portionMarksNeedTwo() {
        assertTrue(D.detect(ScanText.ofLines("(S//NF) The seeker was tested.")).isEmpty());
        List<Finding> two = D.detect(ScanText.ofLines("(S//NF) The seeker was tested.", "(S) Range time is booked."));
        assertEquals(List.of("US_SECRET", "US_SECRET"), two.stream().map(Finding::type).toList());
    }

    @Test
    void defenseContentOnlyWithoutAMarking() {
        List<Finding> f = D.detect(ScanText.ofLines("防衛装備庁との打合せ", "推進装置の燃焼試験日程について"));
        assertEquals(List.of("DEFENSE_RELATED"), f.stream().map(Finding::type).toList());
        List<Finding> marked = D.detect(ScanText.ofLines("注意", "防衛装備庁との打合せ", "推進装置の燃焼試験"));
        assertEquals(List.of("JP_CHUI"), marked.stream().map(Finding::type).toList());
        assertTrue(D.detect(ScanText.ofLines("防衛装備庁の発表")).isEmpty());
    }

    @Test
    void markingInsideAMultiLineUnitIsFoundOnItsLine() {
        List<Finding> f = D.detect(ScanText.ofLines("本文です。\n注意\n以上"));
        assertEquals(1, f.size());
        assertEquals("注意", f.get(0).value());
        assertEquals(6, f.get(0).offset());
    }
}
