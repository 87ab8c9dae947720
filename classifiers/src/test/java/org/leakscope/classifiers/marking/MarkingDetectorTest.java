package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

/** Single lines judged alone, and the rule pack's own examples (the rule-pack self-test). */
class MarkingDetectorTest {

    static final MarkingDetector D = MarkingDetector.fromConfig(ClassifierConfig.load(null));
    private static final Pattern LATIN_WORDS = Pattern.compile("[A-Za-z]{2,}\\s+[A-Za-z]{2,}");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /** Every marking code of the output contract (DEFENSE_RELATED comes from the defense rule set). */
    static final List<String> CONTRACT_CODES = List.of("US_TOP_SECRET", "US_SECRET", "US_CONFIDENTIAL", "US_CUI",
            "US_DISTRIBUTION_B", "US_DISTRIBUTION_C", "US_DISTRIBUTION_D", "US_DISTRIBUTION_E", "US_DISTRIBUTION_F",
            "EXPORT_ITAR", "EXPORT_EAR", "NATO_COSMIC_TOP_SECRET", "NATO_SECRET", "NATO_CONFIDENTIAL",
            "NATO_RESTRICTED", "UK_TOP_SECRET", "UK_SECRET", "UK_OFFICIAL_SENSITIVE", "JP_TOKUTEI_HIMITSU",
            "JP_JUYO_KEIZAI_ANPO", "JP_GOKUHI", "JP_HI", "JP_CHUI", "CORP_CONFIDENTIAL");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SECRET//NOFORN|US_SECRET",
        "  SECRET//REL TO USA, FVEY  |US_SECRET",
        "TOP SECRET//SI/TK//NOFORN|US_TOP_SECRET",
        "TOP SECRET//SPECIAL ACCESS REQUIRED-TWISTED FEATHER|US_TOP_SECRET",
        "SECRET//RD-CNWDI|US_SECRET",
        "S E C R E T|US_SECRET",
        "T O P   S E C R E T|US_TOP_SECRET",
        "- SECRET -|US_SECRET",
        "Classification: SECRET//NOFORN|US_SECRET",
        "CONFIDENTIAL|US_CONFIDENTIAL",
        "CONFIDENTIAL//REL TO USA, JPN|US_CONFIDENTIAL",
        "CUI|US_CUI",
        "CUI//SP-CTI//FED ONLY|US_CUI",
        "UNCLASSIFIED//FOR OFFICIAL USE ONLY|US_CUI",
        "CUI Category: CTI, EXPT|US_CUI",
        "NATO SECRET|NATO_SECRET",
        "NATO RESTRICTED|NATO_RESTRICTED",
        "NATO CONFIDENTIAL|NATO_CONFIDENTIAL",
        "COSMIC TOP SECRET|NATO_COSMIC_TOP_SECRET",
        "UK SECRET|UK_SECRET",
        "SECRET UK EYES ONLY|UK_SECRET",
        "UK TOP SECRET|UK_TOP_SECRET",
        "OFFICIAL-SENSITIVE|UK_OFFICIAL_SENSITIVE",
        "OFFICIAL-SENSITIVE [PERSONAL]|UK_OFFICIAL_SENSITIVE",
        "DISTRIBUTION STATEMENT B. Distribution authorized to U.S. Government agencies only|US_DISTRIBUTION_B",
        "DISTRIBUTION STATEMENT D. Distribution authorized to the Department of Defense and U.S. DoD contractors only|US_DISTRIBUTION_D",
        "Further dissemination only as directed by NAVAIR PMA-201 (1 June 2023) or higher DoD authority.|US_DISTRIBUTION_F",
        "EXPORT CONTROLLED - ITAR|EXPORT_ITAR",
        "ECCN: 3A001.b.2|EXPORT_EAR",
        "注意|JP_CHUI",
        "注 意|JP_CHUI",
        "　【取扱注意】|JP_CHUI",
        "［注意］|JP_CHUI",
        "取扱厳重注意|JP_CHUI",
        "秘|JP_HI",
        "（秘）|JP_HI",
        "㊙|JP_HI",
        "省秘|JP_HI",
        "防衛秘密|JP_HI",
        "秘密区分：秘|JP_HI",
        "極秘|JP_GOKUHI",
        "［極　秘］|JP_GOKUHI",
        "特定秘密|JP_TOKUTEI_HIMITSU",
        "┏━━━━┓┃特定秘密┃|JP_TOKUTEI_HIMITSU",
        "重要経済安保情報|JP_JUYO_KEIZAI_ANPO",
        "社外秘|CORP_CONFIDENTIAL",
        "部外秘|CORP_CONFIDENTIAL",
        "関係者外秘|CORP_CONFIDENTIAL",
        "社内限り|CORP_CONFIDENTIAL",
        "Company Confidential|CORP_CONFIDENTIAL",
        "COMPANY CONFIDENTIAL|CORP_CONFIDENTIAL",
        "Internal Use Only|CORP_CONFIDENTIAL",
        "ACME PROPRIETARY|CORP_CONFIDENTIAL"
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
        "TOP SECRET RECIPE",
        "SECRET SAUCE",
        "秘書室より年末年始の役員スケジュールの確認",
        "秘書",
        "秘密保持契約書",
        "第3条（秘密情報）受領者は秘密情報を第三者に開示してはならない。",
        "ご注意ください",
        "注意事項：会場内は飲食禁止です。",
        "要注意",
        "This e-mail may contain confidential information. If you are not the intended",
        "CONFIDENTIALITY NOTICE: This message is intended only for the addressee.",
        "本メールには機密情報が含まれている場合があります。",
        "(C) 2020 Towa Aero Electronics Co., Ltd. All rights reserved.",
        "1. Each user(s) account is for the sole use of the person to whom it is issued.",
        "DISTRIBUTION STATEMENT A. Approved for public release; distribution is unlimited.",
        "ECCN: EAR99",
        "UNCLASSIFIED",
        "DECLASSIFIED",
        "Declassified by NARA on 2012-05-01, Authority NND 927034",
        "APPROVED FOR RELEASE 2005/01/11",
        "特定秘密取扱業務従事者名簿",
        "特定秘密保護法の概要について説明します。",
        "la casa in cui abito è grande",
        "Settings are controlled by the user.",
        "Our SBU heads met on Monday to review the plan.",
        "This Agreement governs the exchange of Proprietary Information between the parties.",
        "☐ SECRET",
        "□ 秘",
        "□ 極秘　□ 秘　□ 取扱注意",
        "■ 秘",
        "[ ] CONFIDENTIAL",
        "The ITAR team meets on Monday.",
        "極秘裏に進められた交渉"
    })
    void runningTextIsNotAMarking(String line) {
        assertNull(D.codeOfLine(line));
    }

    @TestFactory
    Stream<DynamicTest> rulePackExamples() {
        assertFalse(D.rules().isEmpty());
        return D.rules().stream().flatMap(r -> Stream.concat(
                r.examplesMatch().stream().map(ex -> DynamicTest.dynamicTest(r.id() + " matches " + ex,
                        () -> assertNotNull(D.codeOfLine(r, ex), ex))),
                r.examplesNoMatch().stream().map(ex -> DynamicTest.dynamicTest(r.id() + " ignores " + ex,
                        () -> assertNull(D.codeOfLine(r, ex), ex)))));
    }

    @TestFactory
    Stream<DynamicTest> portionExamples() {
        MarkingDetector.Portions p = D.portions();
        assertNotNull(p);
        return Stream.concat(
                p.examplesMatch().stream().map(ex -> DynamicTest.dynamicTest("portion " + ex, () -> {
                    String c = D.portionCode(ex);
                    assertTrue(c != null && !c.isEmpty(), ex);
                })),
                p.examplesNoMatch().stream().map(ex -> DynamicTest.dynamicTest("no portion " + ex, () -> {
                    String c = D.portionCode(ex);
                    assertTrue(c == null || c.isEmpty(), ex + " -> " + c);
                })));
    }

    @Test
    void everyRuleCitesItsSourceAndHasPositiveAndTrapExamplesInBothLanguages() {
        for (MarkingRule r : D.rules()) {
            assertTrue(r.source() != null && !r.source().isBlank() && !"null".equals(r.source()), r.id());
            assertFalse(r.examplesMatch().isEmpty(), r.id() + " has no positive example");
            assertTrue(r.examplesNoMatch().stream().anyMatch(x -> CJK.matcher(x).find()), r.id() + " needs a Japanese trap");
            assertTrue(r.examplesNoMatch().stream().anyMatch(x -> LATIN_WORDS.matcher(x).find()), r.id() + " needs an English trap");
        }
        for (MarkingDetector.Block b : D.blocks()) {
            assertFalse(b.source().isBlank() || "null".equals(b.source()), b.name());
        }
    }

    @Test
    void everyContractCodeHasARule() {
        Set<String> covered = new TreeSet<>();
        for (MarkingRule r : D.rules()) {
            for (String ex : r.examplesMatch()) {
                covered.add(D.codeOfLine(r, ex));
            }
        }
        covered.addAll(D.portions().levels().values());
        Set<String> missing = CONTRACT_CODES.stream().filter(c -> !covered.contains(c)).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "codes without a rule: " + missing);
    }

    @Test
    void findingCarriesTheWholeLineOncePerDistinctLine() {
        List<Finding> f = D.detect(new ScanText(List.of(
                TextUnit.pageLine(1, 1, "SECRET//REL TO USA, FVEY", true),
                TextUnit.pageLine(1, 2, "Body text", false),
                TextUnit.pageLine(2, 1, "SECRET//REL TO USA, FVEY", true))));
        assertEquals(1, f.size());
        assertEquals(Category.MARKING, f.get(0).category());
        assertEquals("SECRET//REL TO USA, FVEY", f.get(0).masked());
        assertEquals("page=1;line=1", f.get(0).location());
        assertTrue(f.get(0).confidence() > 0.95, "repeated header banner");
    }

    @Test
    void markingInsideAMultiLineUnitIsFoundOnItsLine() {
        List<Finding> f = D.detect(ScanText.ofLines("本文です。\n注意\n以上"));
        assertEquals(1, f.size());
        assertEquals("注意", f.get(0).value());
        assertEquals(6, f.get(0).offset());
    }

    @Test
    void headerStampAndBodyStampAreTwoMarkingsNotAListOfLevels() {
        // (page 0: a docx is unpaged) a docx's page header 社外秘 over a 取扱注意 stamp on the first body line (probe set 8, 緊急連絡先届)
        Set<String> codes = D.detect(new ScanText(List.of(
                        TextUnit.pageLine(0, 1, "社外秘", true),
                        TextUnit.pageLine(0, 2, "取扱注意", false),
                        TextUnit.pageLine(0, 3, "緊急連絡先届", false))))
                .stream().map(Finding::type).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("CORP_CONFIDENTIAL", "JP_CHUI"), codes);
        // the same words listed in the body, one a line, are a policy's table of levels
        assertTrue(D.detect(new ScanText(List.of(
                TextUnit.pageLine(0, 1, "情報の区分", false),
                TextUnit.pageLine(0, 2, "社外秘", false),
                TextUnit.pageLine(0, 3, "取扱注意", false),
                TextUnit.pageLine(0, 4, "公開", false)))).isEmpty());
    }
}
