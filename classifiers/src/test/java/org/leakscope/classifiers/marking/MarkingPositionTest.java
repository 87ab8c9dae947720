package org.leakscope.classifiers.marking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassificationResult;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.ScanText;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Whole items laid out as the extractor lays them out: PDF lines carry page and line and the first/last 3
 * lines of a page are headerFooter; DOCX header/footer parts are headerFooter; cells carry sheet/row/column.
 * Held-out style variants (footer-only banners, portion-marks-only, blocks, full-width brackets) and traps.
 */
class MarkingPositionTest {

    private static final MarkingDetector D = MarkingDetectorTest.D;
    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    /** A PDF: pages of lines; the first and last 3 lines of each page are the header/footer region. */
    private static List<TextUnit> pdf(String[]... pages) {
        List<TextUnit> u = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            for (int i = 0; i < pages[p].length; i++) {
                boolean edge = i < 3 || pages[p].length - i <= 3;
                u.add(TextUnit.pageLine(p + 1, i + 1, pages[p][i], edge));
            }
        }
        return u;
    }

    /** A DOCX: header part, body, footer part. */
    private static List<TextUnit> docx(String header, List<String> body, String footer) {
        List<TextUnit> u = new ArrayList<>();
        int n = 1;
        if (header != null) {
            u.add(new TextUnit(header, 0, n++, true, null, 0, null, null));
        }
        for (String b : body) {
            u.add(TextUnit.line(n++, b));
        }
        if (footer != null) {
            u.add(new TextUnit(footer, 0, n, true, null, 0, null, null));
        }
        return u;
    }

    private static List<String> filler(int n, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + " paragraph " + (i + 1) + " describes the schedule and the test results in running text.");
        }
        return out;
    }

    private static Set<String> codes(List<TextUnit> units) {
        return new TreeSet<>(C.classify(units).markings());
    }

    private static String[] page(String top, List<String> body, String bottom) {
        List<String> l = new ArrayList<>();
        if (top != null) {
            l.add(top);
        }
        l.addAll(body);
        if (bottom != null) {
            l.add(bottom);
        }
        return l.toArray(String[]::new);
    }

    // ------------------------------------------------------------------ banners, stamps and where they stand

    @Test
    void footerOnlyBannerCounts() {
        assertEquals(Set.of("US_SECRET"), codes(pdf(page(null, filler(8, "The"), "SECRET//NOFORN"))));
        assertEquals(Set.of("US_CUI"), codes(docx(null, filler(12, "The"), "CUI")));
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(docx(null, filler(12, "The"), "Company Confidential | Page 3 of 10")));
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(docx("社外秘\t\t\t1/5", filler(12, "本書"), null)));
    }

    @Test
    void letterSpacedAndDecoratedBanners() {
        assertEquals(Set.of("US_TOP_SECRET"), codes(pdf(page("T O P   S E C R E T", filler(8, "The"), "- TOP SECRET -"))));
        assertEquals(Set.of("US_CONFIDENTIAL"), codes(pdf(page("C O N F I D E N T I A L", filler(6, "The"),
                "Derived From: Multiple Sources"), page(null, List.of("Declassify On: 20451231"), null))));
    }

    @Test
    void controlMarkingsStayInTheFinding() {
        List<Finding> f = C.classify(pdf(page("TOP SECRET//SI/TK//NOFORN", filler(6, "The"), "TOP SECRET//SI/TK//NOFORN")))
                .findings().stream().filter(x -> x.category() == Category.MARKING).toList();
        assertEquals("TOP SECRET//SI/TK//NOFORN", f.get(0).masked());
        assertEquals("page=1;line=1", f.get(0).location());
    }

    @Test
    void japaneseStampsInFullWidthBracketsAndBoxes() {
        assertEquals(Set.of("JP_CHUI"), codes(pdf(page("［注意］", filler(6, "本書"), "- 1 -"))));
        assertEquals(Set.of("JP_CHUI"), codes(docx("【取扱注意】", filler(5, "本書"), null)));
        assertEquals(Set.of("JP_HI"), codes(pdf(page("（秘）", filler(6, "本書"), "（秘）"))));
        assertEquals(Set.of("JP_HI"), codes(pdf(page("┌──┐", List.of("│秘│", "└──┘", "試験成績書", "本文", "本文", "本文"), "1"))));
        assertEquals(Set.of("JP_GOKUHI"), codes(pdf(page("極　秘", filler(6, "本書"), null))));
        assertEquals(Set.of("JP_TOKUTEI_HIMITSU"), codes(pdf(page("特定秘密", filler(6, "本書"), null))));
        assertEquals(Set.of("JP_JUYO_KEIZAI_ANPO"), codes(docx("重要経済安保情報", filler(4, "本書"), null)));
        assertEquals(Set.of("JP_CHUI"), codes(docx("【取扱注意】 作業計画書", filler(4, "本書"), null)));
    }

    @Test
    void chuiAsANoteHeadingInTheBodyIsNotAMarking() {
        List<String> body = new ArrayList<>(filler(10, "本書"));
        body.add("【注意】");
        body.add("1. 駐車場内では徐行してください。");
        body.add("2. 盗難には十分ご注意ください。");
        body.addAll(filler(6, "その他"));
        assertEquals(Set.of(), codes(docx(null, body, null)));
    }

    @Test
    void shippingHandleWithCareIsNotAMarking() {
        assertEquals(Set.of(), codes(pdf(page("取扱注意", List.of("送り状番号 1234-5678-9012", "品名: 精密機器", "天地無用"),
                "取扱注意"))));
    }

    @Test
    void tokuteiHimitsuInTrainingTextIsNotAMarking() {
        List<String> body = new ArrayList<>(filler(10, "研修"));
        body.add("特定秘密");
        body.add("特定秘密保護法では、防衛・外交等の情報を特定秘密に指定する。");
        body.addAll(filler(6, "研修"));
        assertEquals(Set.of(), codes(docx(null, body, null)));
    }

    @Test
    void checkBoxFormListingLevelsIsNotAMarking() {
        List<String> body = new ArrayList<>(filler(10, "Request"));
        body.addAll(List.of("Security classification of the requested material (check one):", "☐ UNCLASSIFIED",
                "☐ CONFIDENTIAL", "☐ SECRET", "☐ TOP SECRET"));
        body.addAll(filler(6, "Request"));
        assertEquals(Set.of(), codes(docx(null, body, null)));
        List<String> plain = new ArrayList<>(filler(10, "Request"));
        plain.addAll(List.of("Classification level", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET"));
        plain.addAll(filler(6, "Request"));
        assertEquals(Set.of(), codes(docx(null, plain, null)));
        // as table cells of one row
        List<TextUnit> cells = new ArrayList<>(docx(null, filler(10, "Request"), null));
        cells.add(TextUnit.cell("Form", 4, "A", null, "UNCLASSIFIED"));
        cells.add(TextUnit.cell("Form", 4, "B", null, "CONFIDENTIAL"));
        cells.add(TextUnit.cell("Form", 4, "C", null, "SECRET"));
        assertEquals(Set.of(), codes(cells));
        // the Japanese form
        List<String> ja = new ArrayList<>(filler(10, "申請"));
        ja.addAll(List.of("秘密区分（該当に○）", "□秘", "□注意", "□部内限り"));
        ja.addAll(filler(6, "申請"));
        assertEquals(Set.of(), codes(docx(null, ja, null)));
    }

    @Test
    void spreadsheetTitleCellsCountRegisterColumnsDoNot() {
        List<TextUnit> title = List.of(TextUnit.cell("計画", 1, "A", null, "社外秘"),
                TextUnit.cell("計画", 2, "A", null, "品目"), TextUnit.cell("計画", 3, "A", "品目", "部品A"));
        ClassificationResult r = C.classify(title);
        assertEquals(Set.of("CORP_CONFIDENTIAL"), r.markings());
        assertEquals("sheet=計画;row=1;col=A", r.findings().stream().filter(f -> f.category() == Category.MARKING)
                .findFirst().orElseThrow().location());
        List<TextUnit> register = new ArrayList<>();
        register.add(TextUnit.cell("Register", 1, "A", null, "Document"));
        register.add(TextUnit.cell("Register", 1, "B", null, "Classification"));
        for (int row = 2; row < 9; row++) {
            register.add(TextUnit.cell("Register", row, "A", "Document", "Report " + row));
            register.add(TextUnit.cell("Register", row, "B", "Classification", "SECRET"));
        }
        assertEquals(Set.of(), codes(register));
        // spreadsheet header/footer codes (&C注意) outside the cells
        List<TextUnit> hf = new ArrayList<>(List.of(TextUnit.line(1, "&C注意")));
        for (int row = 1; row < 6; row++) {
            hf.add(TextUnit.cell("工程", row, "A", row == 1 ? null : "工程", "工程" + row));
        }
        assertEquals(Set.of("JP_CHUI"), codes(hf));
    }

    // ------------------------------------------------------------------ portion marks

    @Test
    void portionMarksWithoutABannerCountWhenSeveral() {
        List<String> body = new ArrayList<>(filler(9, "The"));
        body.addAll(List.of("(U) Background of the program.", "(S//NF) The seeker acquired the target at 38 km.",
                "(S) Range time is booked for June."));
        body.addAll(filler(6, "The"));
        assertEquals(Set.of("US_SECRET"), codes(docx(null, body, null)));
        assertEquals(Set.of(), codes(docx(null, List.of("intro", "intro", "intro", "intro", "intro", "intro", "intro",
                "intro", "intro", "(S//NF) The seeker was tested.", "end", "end", "end", "end", "end"), null)));
    }

    @Test
    void bareConfidentialPortionsNeedAPortionMarkedItem() {
        List<String> body = new ArrayList<>(filler(9, "The"));
        body.addAll(List.of("(U) Purpose of this memo.", "(C) The radar cross-section was measured at 3 GHz.",
                "(C) The test range was closed for two days.", "(U) Next steps."));
        body.addAll(filler(5, "The"));
        assertEquals(Set.of("US_CONFIDENTIAL"), codes(docx(null, body, null)));
        // (C) and (U) alone never
        List<String> alone = new ArrayList<>(filler(9, "The"));
        alone.add("(C) 2020 Towa Aero Electronics Co., Ltd. All rights reserved.");
        alone.add("(U) Unit prices are listed below.");
        alone.addAll(filler(5, "The"));
        assertEquals(Set.of(), codes(docx(null, alone, null)));
        // lettered paragraphs (A) (B) (C) (D) are an enumeration
        List<String> letters = new ArrayList<>(filler(9, "The"));
        letters.addAll(List.of("(A) The contractor shall deliver the report.", "(B) The government shall review it.",
                "(C) The contractor shall revise it.", "(D) Payment follows acceptance.", "(S) Supplies are listed."));
        letters.addAll(filler(5, "The"));
        assertEquals(Set.of(), codes(docx(null, letters, null)));
    }

    @Test
    void highestLevelOfASystemWins() {
        List<String> body = new ArrayList<>(filler(3, "The"));
        body.addAll(List.of("(TS//NF) Collection plan.", "(S//NF) Seeker data.", "(C) Range notes."));
        body.addAll(filler(3, "The"));
        ClassificationResult r = C.classify(pdf(page("TOP SECRET//NOFORN", body, "TOP SECRET//NOFORN")));
        assertEquals(Set.of("US_TOP_SECRET"), r.markings());
        assertEquals("US_TOP_SECRET", r.highestMarking());
    }

    @Test
    void highestMarkingFollowsTheConfigRanking() {
        ClassificationResult r = C.classify(pdf(page("CUI", filler(5, "The"), "CUI"),
                page("NATO SECRET", filler(5, "The"), "NATO SECRET")));
        assertEquals(Set.of("US_CUI", "NATO_SECRET"), r.markings());
        assertEquals("NATO_SECRET", r.highestMarking());
    }

    // ------------------------------------------------------------------ blocks

    @Test
    void authorityBlockCarriesTheLevelAndSupportsASinglePortion() {
        List<String> body = new ArrayList<>(filler(9, "The"));
        body.addAll(List.of("(C) The radar cross-section was measured at 3 GHz.", "Classified By: J. Doe, Program Manager",
                "Derived From: Multiple Sources", "Declassify On: 20451231"));
        body.addAll(filler(5, "The"));
        ClassificationResult r = C.classify(docx(null, body, null));
        assertEquals(Set.of("US_CONFIDENTIAL"), r.markings());
        assertTrue(r.findings().stream().anyMatch(f -> f.detector().equals("marking:block-authority")
                && f.masked().contains("Derived From: Multiple Sources")));
    }

    @Test
    void cuiDesignationIndicatorBlockWithoutBanner() {
        List<String> body = new ArrayList<>(filler(9, "The"));
        body.addAll(List.of("Controlled by: OUSD(A&S)", "Controlled by: Program Office", "Category: CTI",
                "Limited Dissemination Control: FEDCON", "POC: J. Brown, 703-555-0135"));
        body.addAll(filler(5, "The"));
        assertEquals(Set.of("US_CUI"), codes(docx(null, body, null)));
        List<String> iso = new ArrayList<>(filler(9, "The"));
        iso.addAll(List.of("Controlled by: QA Department", "Category: Hardware", "Revision: 3",
                "Document controlled by QA; printed copies are uncontrolled.", "Access is controlled by the user."));
        iso.addAll(filler(5, "The"));
        assertEquals(Set.of(), codes(docx(null, iso, null)));
    }

    // ------------------------------------------------------------------ notices

    @Test
    void wrappedDistributionStatementKeepsReasonAndControllingOffice() {
        List<Finding> f = D.detect(new ScanText(pdf(page("Technical Report TR-7", List.of(
                "DISTRIBUTION STATEMENT B. Distribution authorized to U.S. Government agencies only;",
                "Proprietary Information; 15 March 2023. Other requests for this document shall be referred to",
                "AFRL/RWWI, Eglin AFB, FL 32542.", "1. Introduction", "The study covers the thermal model."), "1"))));
        assertEquals(List.of("US_DISTRIBUTION_B"), f.stream().map(Finding::type).toList());
        assertTrue(f.get(0).masked().contains("Proprietary Information") && f.get(0).masked().endsWith("FL 32542."),
                f.get(0).masked());
    }

    @Test
    void aTableOfAllDistributionStatementsIsReference() {
        List<String> body = new ArrayList<>(filler(9, "Training"));
        body.addAll(List.of("DISTRIBUTION STATEMENT B: U.S. Government agencies only.",
                "DISTRIBUTION STATEMENT C: U.S. Government agencies and their contractors.",
                "DISTRIBUTION STATEMENT D: DoD and U.S. DoD contractors only.",
                "DISTRIBUTION STATEMENT E: DoD Components only."));
        body.addAll(filler(5, "Training"));
        assertEquals(Set.of(), codes(docx(null, body, null)));
    }

    @Test
    void exportNotices() {
        assertEquals(Set.of("EXPORT_ITAR"), codes(pdf(page("Drawing index", List.of(
                "WARNING - This document contains technical data whose export is restricted",
                "by the Arms Export Control Act (Title 22, U.S.C., Sec 2751, et seq.). Violations",
                "of these export laws are subject to severe criminal penalties.", "Sheet 1", "Sheet 2"), "1"))));
        assertEquals(Set.of("EXPORT_EAR"), codes(docx(null, List.of("GaN amplifier", "Export Classification: ECCN 3A001.b.2",
                "Gain 30 dB"), null)));
        assertEquals(Set.of(), codes(docx(null, List.of("GNSS antenna", "ECCN: EAR99", "Gain 3 dBi",
                "Our export policy: employees must not export technical data subject to the ITAR without a license."), null)));
    }

    // ------------------------------------------------------------------ traps in whole items

    @Test
    void mailFootersChattyMailsAndNdaTextAreNotMarkings() {
        assertEquals(Set.of(), codes(docx(null, List.of("From: a@example.com", "Subject: potluck",
                "Hi all, I'm bringing my top secret recipe chili.", "The secret to good ramen is the tare.",
                "Thanks, Andrew", "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential",
                "and may be privileged. If you are not the intended recipient, delete it."), null)));
        assertEquals(Set.of(), codes(docx(null, List.of("秘書室よりお知らせ", "駐車場利用のお知らせ", "ご注意ください。",
                "注意事項：場内は徐行。", "本メールには機密情報が含まれている場合があります。"), null)));
        List<String> nda = new ArrayList<>(List.of("MUTUAL NON-DISCLOSURE AGREEMENT"));
        nda.addAll(filler(8, "The"));
        nda.addAll(List.of("Proprietary Information", "1. Proprietary Information means any information marked as such.",
                "2. The Recipient shall keep Confidential Information secret."));
        nda.addAll(filler(5, "The"));
        assertEquals(Set.of(), codes(docx(null, nda, null)));
        assertEquals(Set.of(), codes(docx(null, List.of("秘密保持契約書", "第1条（秘密情報）", "甲及び乙は秘密情報を開示しない。",
                "第2条（秘密保持）", "乙は秘密を保持する。"), null)));
    }

    @Test
    void declassifiedStampsAloneAreNotMarkings() {
        assertEquals(Set.of(), codes(pdf(page("DECLASSIFIED", List.of("Authority NND 927034", "By NARA Date 2012",
                "Approved For Release 2005/01/11 : CIA-RDP79T00975A000100010001-5", "Memo text"), "DECLASSIFIED"))));
    }

    @Test
    void bareConfidentialIsACompanyMarkingWithoutGovernmentContext() {
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(pdf(page("CONFIDENTIAL", filler(6, "Pricing"), "CONFIDENTIAL"))));
        assertEquals(Set.of("US_CONFIDENTIAL"), codes(pdf(page("CONFIDENTIAL", List.of("MEMORANDUM FOR RECORD",
                "The Department of Defense reviewed the plan.", "Text", "Text"), "CONFIDENTIAL"))));
    }

    @Test
    void ukCaveatsMakeABareSecretUk() {
        assertEquals(Set.of("UK_SECRET"), codes(pdf(page("SECRET", List.of("UK EYES ONLY", "Sensor trade study", "Text",
                "Text"), "SECRET"))));
    }

    @Test
    void sbuAndItalianCuiInRunningText() {
        assertEquals(Set.of(), codes(docx(null, List.of("SBU review 2024", "Our SBU heads met on Monday.",
                "La casa in cui abito.", "Il documento di cui parliamo."), null)));
    }

    // ------------------------------------------------------------------ DEFENSE_RELATED

    @Test
    void defenseRelatedByWeightedTermsOnlyWithoutAMarking() {
        assertEquals(Set.of("DEFENSE_RELATED"), codes(docx(null, List.of("防衛装備庁との打合せ議事録",
                "研究試作の性能要求事項について確認した。", "誘導弾の試験日程"), null)));
        assertEquals(Set.of("DEFENSE_RELATED"), codes(docx(null, List.of("Contract FA8650-19-C-1234 kickoff",
                "DFARS 252.204-7012 applies; Covered Defense Information is marked."), null)));
        assertEquals(Set.of("JP_CHUI"), codes(docx("注意", List.of("防衛装備庁との打合せ", "誘導弾の試験"), null)));
        // one keyword, or organisation names alone (news), are not defense matter
        assertEquals(Set.of(), codes(docx(null, List.of("防衛装備庁の発表"), null)));
        assertEquals(Set.of(), codes(docx(null, List.of("社内ニュース", "防衛省の方が来訪され、自衛隊の災害派遣について講演された。",
                "防衛庁時代の思い出も語られた。"), null)));
        assertEquals(Set.of(), codes(docx(null, List.of("The former Secretary of Defense visited our plant.",
                "He talked about the DoD budget."), null)));
    }

    /** Plain text lines 1..n, as the extractor gives an unpaged text. */
    private static List<TextUnit> lines(List<String> text) {
        List<TextUnit> u = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            u.add(TextUnit.line(i + 1, text.get(i)));
        }
        return u;
    }

    @Test
    void aBannerAtTheTopOfALaterPartOfALongTextIsNotTheItemsBanner() {
        // 取扱注意 alone on a line counts where a banner stands: the top or bottom lines of an unpaged text
        List<String> top = new ArrayList<>();
        top.add("取扱注意");
        top.addAll(filler(30, "The"));
        List<TextUnit> t = lines(top);
        assertEquals(Set.of("JP_CHUI"), codes(t));
        assertEquals(Set.of("JP_CHUI"), C.classifyPart(t, true, false).markings(), "the first part has the item's top");
        assertEquals(Set.of(), C.classifyPart(t, false, true).markings(), "a later part's first lines are not the top");
        List<String> bottom = new ArrayList<>(filler(30, "The"));
        bottom.add("取扱注意");
        List<TextUnit> b = lines(bottom);
        assertEquals(Set.of("JP_CHUI"), codes(b));
        assertEquals(Set.of("JP_CHUI"), C.classifyPart(b, false, true).markings(), "the last part has the item's bottom");
        assertEquals(Set.of(), C.classifyPart(b, true, false).markings(), "more text follows: not the bottom");
    }

    // ------------------------------------------------------------------ probe round 12 (bench/probes/gen12m.py)

    /** A plain-text item: one line per unit, no pages. */
    private static List<TextUnit> text(String... lines) {
        List<TextUnit> u = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            u.add(TextUnit.line(i + 1, lines[i]));
        }
        return u;
    }

    @Test
    void cableClassificationLineAndNumberedPortionMarks() {
        assertEquals(Set.of("US_CONFIDENTIAL"), codes(text("DE RUEHC #4444 130", "ZNY CCCCC", "FM SECSTATE WASHDC", "TO AMEMBASSY TOKYO",
                "BT", "CONFIDENTIAL STATE 36166", "", "E.O. 13526: DECL: 03/15/2032", "TAGS: PREL, MARR, JA",
                "SUBJECT: ALLIANCE CONSULTATIONS", "", "1. (C) Summary: Consultations covered the patrol schedule.",
                "2. (C) Embassy should raise the basing question.", "3. (U) Press guidance is at para 5.", "BT")));
        // numbered portion marks alone, no banner: several classified ones count
        List<String> body = new ArrayList<>(filler(10, "The"));
        body.add("1. (S) The interceptor passed captive carry.");
        body.add("2. (U) Range safety approval is pending.");
        body.add("3. (S//NF) Launch window is 12-16 May.");
        body.addAll(filler(6, "Other"));
        assertEquals(Set.of("US_SECRET"), codes(docx(null, body, null)));
        assertEquals(Set.of("US_SECRET"), codes(text("SECRET SECTION 01 OF 03 TOKYO 001234", "SUBJECT: TALKS", "1. (S) Summary.")));
        // portion marks after bullets
        assertEquals(Set.of("US_SECRET"), codes(text("Talking points", "• (S//NF) The seeker passed.", "• (S//NF) Next test in May.", "• (U) Press line.")));
        assertEquals(Set.of("US_SECRET"), codes(text("Talking points", "- (S) The seeker passed.", "- (S) Next test in May.")));
        // a year is no cable number; a numbered (c) is a copyright
        assertEquals(Set.of(), codes(text("SECRET SANTA 2024", "Draw names by Friday.")));
        assertEquals(Set.of(), codes(text("Notes", "1. (c) 2020 Towa Aero, all rights reserved", "2. (c) 2021 Towa Aero", "3. (U) Background")));
    }

    @Test
    void exportNoticeInAMailBodyButNotAHedgedMailFooter() {
        assertEquals(Set.of("EXPORT_ITAR"), codes(text("From: eng@northfield.example.com", "Subject: Drawing package", "Hello,",
                "Attached is the drawing list.", "EXPORT CONTROL WARNING: This message contains technical data controlled under the ITAR",
                "(22 CFR Parts 120-130). Transfer to a foreign person requires a license.", "Regards,")));
        assertEquals(Set.of("EXPORT_EAR"), codes(text("Subject: datasheet", "Hello,", "NOTICE: This e-mail and its attachments contain technology "
                + "subject to the Export Administration Regulations (EAR).", "Regards,")));
        assertEquals(Set.of(), codes(text("Subject: lunch", "See you at noon.", "Regards,", "",
                "This e-mail may contain technical data subject to the ITAR (22 CFR 120-130) or the EAR. If you are not the intended recipient, delete it.")));
        assertEquals(Set.of(), codes(text("Subject: lunch", "See you at noon.", "",
                "NOTICE: This message and any attachments may contain information subject to the Export Administration Regulations (EAR).")));
    }

    @Test
    void aSubjectsBracketedTokenAndABodyStampAreNoListOfLevels() {
        // Tika repeats a mail's subject as the body's first line: 【関係者外秘】 there and ＜社外秘＞ under it are two markings
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(text("Subject: 【関係者外秘】新製品の価格について", "【関係者外秘】新製品の価格について",
                "＜社外秘＞", "", "営業部各位", "新製品の標準価格を下記のとおり決定しました。", "以上")));
        // but a header line listing levels in segments is a list
        assertEquals(Set.of(), codes(docx("社外秘 | 部外秘 | 関係者外秘", filler(6, "本規程"), null)));
        // marks of two systems side by side are no list
        assertEquals(Set.of("JP_GOKUHI"), codes(docx("極秘　　取扱注意", filler(6, "本書"), null)));
        // and a table of levels still is a list
        assertEquals(Set.of(), codes(text("情報の区分", "社外秘", "部外秘", "関係者外秘", "各区分の取扱いは別表による。")));
        // a level over a handling mark of another system, on lines of their own, are two markings
        assertEquals(Set.of("JP_GOKUHI", "JP_CHUI"), codes(text("極秘", "取扱注意", "", "防衛装備品の試験計画について",
                "試験は下記のとおり実施する。", "以上")));
        assertEquals(Set.of("CORP_CONFIDENTIAL", "JP_CHUI"), codes(text("社外秘", "取扱注意", "", "新製品の価格について",
                "標準価格を下記のとおり決定しました。", "以上")));
        // levels of two systems in a table of three are a list all the same
        assertEquals(Set.of(), codes(text("区分", "極秘", "秘", "取扱注意", "各区分の取扱いは別表による。")));
        assertEquals(Set.of(), codes(text("Classification", "SECRET", "CONFIDENTIAL", "CUI", "Select the level of the document.")));
    }

    @Test
    void aNameColumnHoldsNamesNotMarkings() {
        List<TextUnit> cells = new ArrayList<>();
        cells.add(TextUnit.cell("Attendees", 1, "A", null, "Family name (as in passport)"));
        cells.add(TextUnit.cell("Attendees", 1, "B", null, "Given name"));
        cells.add(TextUnit.cell("Attendees", 2, "A", "Family name (as in passport)", "CUI"));
        cells.add(TextUnit.cell("Attendees", 2, "B", "Given name", "Wei"));
        cells.add(TextUnit.cell("Attendees", 3, "A", "Family name (as in passport)", "ZHANG"));
        assertEquals(Set.of(), codes(cells));
        // a title cell is still a marking
        List<TextUnit> title = List.of(TextUnit.cell("Parts", 1, "A", null, "CUI"), TextUnit.cell("Parts", 2, "A", null, "NSN"),
                TextUnit.cell("Parts", 3, "A", "NSN", "5998-01-625-4431"));
        assertEquals(Set.of("US_CUI"), codes(title));
    }

    @Test
    void safetySignalWordsAreNotAHandlingMarking() {
        assertEquals(Set.of(), codes(text("注意", "本製品を分解しないでください。感電のおそれがあります。", "", "警告",
                "濡れた手で電源プラグに触れないでください。", "", "危険", "火気の近くで使用しないでください。")));
        assertEquals(Set.of(), codes(text("安全上のご注意", "注意", "高温部に触れないでください。")));
        // an MOD document's 注意 stamp still counts
        assertEquals(Set.of("JP_CHUI"), codes(pdf(page("注意", List.of("性能要求事項（案）", "1. 射程は別紙による。", "2. 環境条件は別紙による。",
                "3. 要求値は防衛装備庁の指示による。"), "注意"))));
    }

    @Test
    void noteHeadingsAndDisclaimerHeadingsAreNotMarkings() {
        // 【注意】 before a notice's title and over a sentence is "Note:"
        assertEquals(Set.of(), codes(text("From: it@example.co.jp", "Subject: 【注意】不審メールにご注意ください", "【注意】不審メールにご注意ください",
                "社員各位", "最近、取引先を装った不審なメールが増えています。")));
        assertEquals(Set.of(), codes(text("Subject: メンテナンスのお知らせ", "【注意】", "本日17時よりシステムメンテナンスを実施します。", "以上")));
        // 注意 over a title, and 【取扱注意】 before one, are stamps
        assertEquals(Set.of("JP_CHUI"), codes(text("注意", "性能要求事項（案）", "防衛装備庁", "本文")));
        assertEquals(Set.of("JP_CHUI"), codes(text("【取扱注意】作業計画書", "本書は作業を定める。")));
        assertEquals(Set.of("JP_CHUI"), codes(docx("【注意】 作業計画書", filler(6, "本書"), null)));
        // CONFIDENTIAL over a mail disclaimer is the disclaimer's heading
        assertEquals(Set.of(), codes(text("From: sales@example.com", "Subject: Quotation", "Please find the quotation attached.", "Best regards",
                "CONFIDENTIAL", "This e-mail and any attachments are confidential and intended solely for the addressee.")));
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(text("CONFIDENTIAL", "Pricing review", "List prices rise 4 % in April.")));
    }

    @Test
    void companyNameConfidentialAndMailSensitivity() {
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(docx("ACME CONFIDENTIAL", filler(6, "The"), null)));
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(docx(null, filler(6, "The"), "Towa Aero Confidential")));
        assertEquals(Set.of("CORP_CONFIDENTIAL"), codes(text("From: a@example.com", "Sensitivity: Company-Confidential", "Subject: plan", "Text.")));
        // a letter's handling line, a privilege legend and the words in the body are not
        assertEquals(Set.of(), codes(docx("Private & Confidential", filler(6, "The"), null)));
        assertEquals(Set.of(), codes(docx("PRIVILEGED AND CONFIDENTIAL", filler(6, "The"), null)));
        List<String> body = new ArrayList<>(filler(10, "The"));
        body.add("ACME Confidential");
        body.addAll(filler(6, "Other"));
        assertEquals(Set.of(), codes(docx(null, body, null)));
    }

    @Test
    void bannersWithSpacedSeparators() {
        assertEquals(Set.of("US_SECRET"), codes(docx("SECRET // NOFORN", filler(6, "The"), "SECRET // NOFORN")));
        assertEquals(Set.of("US_CUI"), codes(docx("CUI // SP-CTI", filler(6, "The"), null)));
        assertEquals(Set.of("NATO_RESTRICTED"), codes(docx("NATO/EAPC RESTRICTED", filler(6, "The"), null)));
        assertEquals(Set.of("EXPORT_ITAR"), codes(text("Drawing list", "EXPORT CONTROLLED INFORMATION - ITAR", "Part 44A-101 housing")));
    }
}
