package org.leakscope.classifiers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.detect.DetectorRegistry;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.pii.EmailDetector;
import org.leakscope.classifiers.text.TextUnit;

class ClassifierTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static List<TextUnit> lines(String... l) {
        List<TextUnit> u = new ArrayList<>();
        for (int i = 0; i < l.length; i++) {
            u.add(TextUnit.line(i + 1, l[i]));
        }
        return u;
    }

    @Test
    void aResidentRecordsEventDatesUnderTheBirthDateAreNoBirthDates() {
        // a 住民票: the birth date's label stands within reach of the dates under it, each labelled as an event
        List<String> dobs = C.classify(lines("氏名　今井　直人", "生年月日　昭和44年6月10日", "住民となった日　平成20年4月1日",
                "住所を定めた日　平成20年3月28日", "届出日　平成20年4月2日", "死亡日　令和2年1月5日", "要介護認定日　令和6年4月1日",
                "入居日　令和6年5月1日")).findings().stream()
                .filter(f -> "DATE_OF_BIRTH".equals(f.type())).map(Finding::value).toList();
        assertEquals(List.of("昭和44年6月10日"), dobs);
        // the event's own label only: an occupant is no move-in date, a 住民となった年月日 column no birth date's label
        assertEquals(List.of("1993年1月2日"), C.classify(lines("入居者：藤田　千秋（妻・1993年1月2日生）")).findings().stream()
                .filter(f -> "DATE_OF_BIRTH".equals(f.type())).map(Finding::value).toList());
        assertEquals(List.of("昭和37年5月13日"), C.classify(lines("氏名　　　　　　生年月日　　　　　　　性別　続柄　　住民となった年月日",
                "井上　和也　　昭和37年5月13日　男　　世帯主　昭和60年4月1日")).findings().stream()
                .filter(f -> "DATE_OF_BIRTH".equals(f.type())).map(Finding::value).toList());
    }

    @Test
    void aRoleWithoutAColonBeforeANameAloneOnItsLineAboveTheRecordsIdentifiers() {
        assertEquals(List.of("Bianca Mbeki"), names("Renter Bianca Mbeki", "DL# WDLB73N343C4   State WA", "DOB 10/25/1970"));
        assertEquals(List.of("Heather Lindqvist"), names("Tenant Heather Lindqvist", "Phone (509) 555-0143"));
        // no given name first, or no identifier below: no name
        assertEquals(List.of(), names("Tenant Improvement Allowance", "Address of the premises: 12 Main St"));
        assertEquals(List.of(), names("Patient Safety Committee", "Phone extension 4411"));
        assertEquals(List.of(), names("Renter Bianca Mbeki", "Lease term: 12 months"));
    }

    private static List<String> names(String... l) {
        return C.classify(lines(l)).findings().stream().filter(f -> "PERSON_NAME".equals(f.type())).map(Finding::value).toList();
    }

    @Test
    void aFieldsNumberAfterAGivenNameWordIsNoName() {
        // Loan is a given name too; "No", "Number" and "Nr" never stand in a name (names.yml quotes "no": YAML reads a
        // bare no as false, and the word had been the list's "false")
        assertEquals(List.of("Terrence Hollis"), names("Borrower: Terrence Hollis", "Loan No: 88123",
                "Loan No. 4471882 was approved.", "Loan Number: 4471882", "Claim Nr 5512"));
    }

    @Test
    void aClinicianOrCarerUnderAStaffLabelIsARecordOfTheirOwn() {
        // a カルテ: the patient's name, the doctor's on the 担当医 line, the SOAP assessment below both
        List<Finding> fs = C.classify(lines("患者氏名：近藤　美咲", "生年月日：1969年4月12日",
                "受診日：2026年9月21日　担当医：中西　健一", "O）随時血糖 238mg/dL", "A）2型糖尿病")).findings();
        Finding patient = fs.stream().filter(f -> "近藤 美咲".equals(f.value())).findFirst().orElseThrow();
        Finding doctor = fs.stream().filter(f -> "中西 健一".equals(f.value())).findFirst().orElseThrow();
        assertNull(patient.recordKey());
        assertTrue(doctor.recordKey().startsWith(Classifier.STAFF_KEY), doctor.toString());
        // 受診日 is a visit, no birth date
        assertEquals(List.of("1969年4月12日"), fs.stream().filter(f -> "DATE_OF_BIRTH".equals(f.type())).map(Finding::value).toList());
        // and through the resolver the diagnosis is the patient's, the doctor a name alone
        List<org.leakscope.classifiers.resolve.Subject> people = new org.leakscope.classifiers.resolve.SubjectResolver(
                ClassifierConfig.load(null)).resolve(fs.stream()
                .map(f -> new org.leakscope.classifiers.resolve.DocFinding("karte", f)).toList());
        var p = people.stream().filter(x -> x.name().equals("近藤 美咲")).findFirst().orElseThrow();
        assertEquals(Set.of("DATE_OF_BIRTH", "HEALTH_INFO", "PERSON_NAME"), p.dataElements(), people.toString());
        var d = people.stream().filter(x -> x.name().equals("中西 健一")).findFirst().orElseThrow();
        assertEquals(Set.of("PERSON_NAME"), d.dataElements(), people.toString());
    }

    @Test
    void aKosekisMembersAreNamedWithTheHeadsFamilyName() {
        List<Finding> fs = C.classify(lines("全部事項証明", "本籍　埼玉県さいたま市浦和区高砂4丁目", "氏名　今井　直人", "",
                "戸籍に記録されている者　【名】直人", "　【生年月日】昭和44年6月10日", "",
                "戸籍に記録されている者　【名】真由美", "　【生年月日】昭和45年8月13日")).findings();
        List<String> names = fs.stream().filter(f -> "PERSON_NAME".equals(f.type())).map(Finding::value).toList();
        assertEquals(List.of("今井 直人", "今井 直人", "今井 真由美"), names);
        // through the resolver the head's 氏名 line and his 【名】 block are one person with his birth date
        List<org.leakscope.classifiers.resolve.Subject> people = new org.leakscope.classifiers.resolve.SubjectResolver(
                ClassifierConfig.load(null)).resolve(fs.stream()
                .map(f -> new org.leakscope.classifiers.resolve.DocFinding("koseki", f)).toList());
        assertEquals(2, people.stream().filter(x -> x.name().startsWith("今井")).count(), people.toString());
        var head = people.stream().filter(x -> x.name().equals("今井 直人")).findFirst().orElseThrow();
        assertTrue(head.dataElements().contains("DATE_OF_BIRTH"), people.toString());
        // without the 氏名 line, a 【名】 stays the given name as written
        assertEquals(List.of("美咲"), C.classify(lines("戸籍に記録されている者　【名】美咲", "　【生年月日】平成2年1月5日"))
                .findings().stream().filter(f -> "PERSON_NAME".equals(f.type())).map(Finding::value).toList());
    }

    @Test
    void aJuminhyosMembersLiveAtItsAddress() {
        List<TextUnit> u = lines("住民票の写し", "住所　大阪府堺市北区長曽根町6-3", "世帯主　原田　秀樹", "",
                "氏名　原田　秀樹", "生年月日　昭和43年1月17日　性別　男　続柄　世帯主", "",
                "氏名　原田　恵", "生年月日　昭和42年4月11日　性別　女　続柄　妻");
        List<Finding> fs = C.classify(u).findings();
        assertEquals(List.of("line=2", "line=5", "line=8"), fs.stream().filter(f -> "POSTAL_ADDRESS".equals(f.type()))
                .map(Finding::location).toList());
        List<org.leakscope.classifiers.resolve.Subject> people = new org.leakscope.classifiers.resolve.SubjectResolver(
                ClassifierConfig.load(null)).resolve(fs.stream()
                .map(f -> new org.leakscope.classifiers.resolve.DocFinding("juminhyo", f)).toList());
        var wife = people.stream().filter(x -> x.name().equals("原田 恵")).findFirst().orElseThrow();
        assertEquals(Set.of("DATE_OF_BIRTH", "PERSON_NAME", "POSTAL_ADDRESS"), wife.dataElements(), people.toString());
        // no 世帯主 (a letter with an address and a name), or no 住所 label: nothing is copied
        assertEquals(1, C.classify(lines("住民票の請求について", "住所　大阪府堺市北区長曽根町6-3", "氏名　原田　恵",
                "生年月日　昭和42年4月11日")).findings().stream().filter(f -> "POSTAL_ADDRESS".equals(f.type())).count());
        assertEquals(1, C.classify(lines("住民票", "世帯主　原田　秀樹", "送付先　大阪府堺市北区長曽根町6-3", "氏名　原田　恵",
                "生年月日　昭和42年4月11日")).findings().stream().filter(f -> "POSTAL_ADDRESS".equals(f.type())).count());
    }

    @Test
    void staffLabelsAreTheClinicsAndCarersNotThePatientsOrAnyInCharge() {
        for (String l : new String[] {"担当医：", "主治医 ", "保険医氏名　", "薬剤師　", "介護支援専門員 ", "訪問介護員：", "担任："}) {
            assertTrue(Classifier.STAFF_LABEL.matcher(l).find(), l);
        }
        for (String l : new String[] {"患者医師名：", "氏名：", "担当：", "保護者：", "医師より", "薬剤師会の"}) {
            assertTrue(!Classifier.STAFF_LABEL.matcher(l).find(), l);
        }
    }

    @Test
    void letterWithMarkingsAndPii() {
        ClassificationResult r = C.classify(List.of(
                TextUnit.pageLine(1, 1, "CUI", true),
                TextUnit.pageLine(1, 2, "SECRET//NOFORN", true),
                TextUnit.pageLine(1, 3, "Employee: Linda Johnson", false),
                TextUnit.pageLine(1, 4, "SSN: 604-51-6563", false),
                TextUnit.pageLine(1, 5, "Please call the office at (512) 264-7058 with the form.", false)));
        assertEquals(Set.of("US_CUI", "US_SECRET"), r.markings());
        assertEquals("US_SECRET", r.highestMarking());
        assertEquals(Set.of("PERSON_NAME", "US_SSN", "PHONE_NUMBER"), r.piiTypes());
        assertEquals("en", r.language());
        // text order
        List<Integer> offsets = r.findings().stream().map(Finding::offset).toList();
        assertEquals(offsets.stream().sorted().toList(), offsets);
        Finding ssn = r.findings().stream().filter(f -> f.type().equals("US_SSN")).findFirst().orElseThrow();
        assertEquals("***-**-6563", ssn.masked());
        assertEquals("page=1;line=4", ssn.location());
        assertNull(ssn.recordKey());
    }

    @Test
    void japaneseRosterCells() {
        ClassificationResult r = C.classify(List.of(
                TextUnit.cell("名簿", 2, "B", "氏名", "中島　恵子"),
                TextUnit.cell("名簿", 2, "C", "生年月日", "1984年8月1日"),
                TextUnit.cell("名簿", 2, "D", "電話番号", "０９０－１２３４－５６７８"),
                TextUnit.cell("名簿", 2, "E", "マイナンバー", "123456789018")));
        assertEquals(Set.of("PERSON_NAME", "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_MY_NUMBER"), r.piiTypes());
        assertEquals("ja", r.language());
        assertTrue(r.findings().stream().allMatch(f -> "名簿#2".equals(f.recordKey())));
        assertTrue(r.findings().stream().anyMatch(f -> f.value().equals("+819012345678")));
        // one finding per value: the DOB detector and the header rule do not both report the same date
        assertEquals(1, r.findings().stream().filter(f -> f.type().equals("DATE_OF_BIRTH")).count());
    }

    /**
     * A table of things (a dump's Countries, wp_terms, a Products sheet): its bare "name" column names the thing; in a
     * table of people (customers) the same header names a person.
     */
    @Test
    void aThingTablesNameColumnIsNoPersonsName() {
        for (String table : new String[] {"Countries", "wp_terms", "products", "order_items", "商品"}) {
            ClassificationResult r = C.classify(List.of(
                    TextUnit.cell(table, 2, "B", "Name", "Japan"),
                    TextUnit.cell(table, 3, "B", "Name", "Germany"),
                    TextUnit.cell(table, 4, "B", "name", "France")));
            assertEquals(Set.of(), r.piiTypes(), table);
        }
        ClassificationResult people = C.classify(List.of(TextUnit.cell("customers", 2, "B", "name", "Bianca Mbeki")));
        assertEquals(Set.of("PERSON_NAME"), people.piiTypes());
        // a person's name column under another header stays one in any table
        ClassificationResult buyer = C.classify(List.of(TextUnit.cell("order_items", 2, "B", "customer_name", "Bianca Mbeki")));
        assertEquals(Set.of("PERSON_NAME"), buyer.piiTypes());
    }

    /** A starter checklist (Name | …, Address | …, NI number | …, Date of birth | …): one person's fields, not rows. */
    @Test
    void aFormTablesFindingsAreRunningTextForTheResolver() {
        ClassificationResult r = C.classify(List.of(
                TextUnit.cell("Starter Checklist", 1, "A", null, "Name"),
                TextUnit.cell("Starter Checklist", 1, "B", null, "Charlotte Thomas"),
                TextUnit.cell("Starter Checklist", 2, "A", null, "Home address"),
                TextUnit.cell("Starter Checklist", 2, "B", null, "24 Park Road, Leeds LS6 7FU"),
                TextUnit.cell("Starter Checklist", 3, "A", null, "Date of birth"),
                TextUnit.cell("Starter Checklist", 3, "B", null, "14/03/1990")));
        assertTrue(r.piiTypes().containsAll(Set.of("PERSON_NAME", "DATE_OF_BIRTH")), r.findings().toString());
        assertTrue(r.findings().stream().allMatch(f -> f.recordKey() == null), r.findings().toString());
        // the place stays the cell's
        assertTrue(r.findings().stream().anyMatch(f -> f.location().equals("sheet=Starter Checklist;row=3;col=B")));
    }

    /** Roster values as HR exports write them: "Last, First" names, honorifics after a name, a licence's state. */
    @Test
    void rosterValuesWithCommasHonorificsAndStates() {
        ClassificationResult r = C.classify(List.of(
                TextUnit.cell("Enrollees", 5, "A", "Employee Name", "Whitaker, Delia"),
                TextUnit.cell("Enrollees", 5, "B", "Driver's license", "D1234567 (WA)"),
                TextUnit.cell("名簿", 2, "A", "氏名", "西村 陽子 様")));
        List<String> names = r.findings().stream().filter(f -> f.type().equals("PERSON_NAME")).map(Finding::value).toList();
        assertEquals(List.of("Whitaker, Delia", "西村 陽子"), names);
        assertTrue(r.piiTypes().contains("US_DRIVERS_LICENSE"), r.findings().toString());
        // a note is no name
        assertTrue(C.classify(List.of(TextUnit.cell("S", 2, "A", "Name", "see HR, room 4"))).findings().isEmpty());
    }

    /** A prose cell's labels are read around the hit: the card label beside the number beats an order label further on. */
    @Test
    void aProseCellsLabelsAreReadAroundTheHit() {
        ClassificationResult r = C.classify(List.of(TextUnit.cell("Tickets", 2, "C", "Description",
                "Customer says card 5113 0346 3575 2548 was charged twice for order #12345678.")));
        assertEquals(Set.of("CREDIT_CARD"), r.piiTypes(), r.findings().toString());
        ClassificationResult order = C.classify(List.of(TextUnit.cell("Tickets", 2, "C", "Description",
                "Customer asked about the status of order no. 5113 0346 3575 2548 placed last week on the web shop.")));
        assertEquals(Set.of(), order.piiTypes(), order.findings().toString());
    }

    /** A form of label | value | label | value rows: either label naming PII makes the row a form row. */
    @Test
    void aFourCellFormIsAForm() {
        ClassificationResult r = C.classify(List.of(
                TextUnit.cell("給与明細書", 1, "A", null, "社員番号"), TextUnit.cell("給与明細書", 1, "B", null, "E20417"),
                TextUnit.cell("給与明細書", 1, "C", null, "氏名"), TextUnit.cell("給与明細書", 1, "D", null, "西村 陽子 様"),
                TextUnit.cell("給与明細書", 2, "A", "社員番号", "個人番号"), TextUnit.cell("給与明細書", 2, "B", "E20417", "123456789018"),
                TextUnit.cell("給与明細書", 2, "C", "氏名", "支給日"), TextUnit.cell("給与明細書", 2, "D", "西村 陽子 様", "2024年3月25日")));
        List<String> names = r.findings().stream().filter(f -> f.type().equals("PERSON_NAME")).map(Finding::value).toList();
        assertEquals(List.of("西村 陽子"), names, "支給日 is a label, not a name under 氏名");
    }

    /** A form's first row is no header: its "Name" column holds labels ("Start date", "Phone"), not names. */
    @Test
    void aFormsLabelsAreNotTypedByItsFirstRow() {
        ClassificationResult r = C.classify(List.of(
                TextUnit.cell("Checklist", 1, "A", "Name", "Name"), TextUnit.cell("Checklist", 1, "B", "Ava Smith", "Ava Smith"),
                TextUnit.cell("Checklist", 2, "A", "Name", "Start date"), TextUnit.cell("Checklist", 2, "B", "Ava Smith", "1 May 2024"),
                TextUnit.cell("Checklist", 3, "A", "Name", "Phone"), TextUnit.cell("Checklist", 3, "B", "Ava Smith", "+44 20 7946 0958"),
                TextUnit.cell("Checklist", 4, "A", "Name", "Expected return"), TextUnit.cell("Checklist", 4, "B", "Ava Smith", "June")));
        List<String> names = r.findings().stream().filter(f -> f.type().equals("PERSON_NAME")).map(Finding::value).toList();
        assertEquals(List.of("Ava Smith"), names);
        // a two-column roster under a "Name" header still types its names by the header
        ClassificationResult roster = C.classify(List.of(
                TextUnit.cell("Staff", 1, "A", "Name", "Name"), TextUnit.cell("Staff", 1, "B", "Phone", "Phone"),
                TextUnit.cell("Staff", 2, "A", "Name", "Ava Smith"), TextUnit.cell("Staff", 2, "B", "Phone", "+44 20 7946 0958"),
                TextUnit.cell("Staff", 3, "A", "Name", "Oliver Walker"), TextUnit.cell("Staff", 3, "B", "Phone", "+44 20 7946 0959")));
        assertEquals(List.of("Ava Smith", "Oliver Walker"), roster.findings().stream()
                .filter(f -> f.type().equals("PERSON_NAME")).map(Finding::value).toList());
    }

    /** street | city | state | zip columns: the address is the row's, whole (and its state says where). */
    @Test
    void anAddressSplitOverColumnsIsReportedWhole() {
        String[] h = {"first_name", "street", "city", "state", "zip", "note"};
        String[] v = {"Elizabeth", "3378 Chestnut St", "Seattle", "WA", "98156", "Seattle office"};
        List<TextUnit> row = new ArrayList<>();
        for (int r = 1; r <= 2; r++) {
            for (int c = 0; c < h.length; c++) {
                row.add(TextUnit.cell(null, r, String.valueOf((char) ('A' + c)), h[c], r == 1 ? h[c] : v[c]));
            }
        }
        List<String> addresses = C.classify(row).findings().stream().filter(f -> f.type().equals("POSTAL_ADDRESS"))
                .map(Finding::value).toList();
        assertEquals(List.of("3378 Chestnut St, Seattle, WA 98156"), addresses);
        // 郵便番号 | 都道府県 | 市区町村 | 番地, in column order
        List<TextUnit> ja = List.of(TextUnit.cell(null, 2, "A", "郵便番号", "100-0005"),
                TextUnit.cell(null, 2, "B", "都道府県", "東京都"), TextUnit.cell(null, 2, "C", "市区町村", "千代田区"),
                TextUnit.cell(null, 2, "D", "番地", "丸の内1-1-2"));
        assertEquals(List.of("100-0005 東京都 千代田区 丸の内1-1-2"), C.classify(ja).findings().stream()
                .filter(f -> f.type().equals("POSTAL_ADDRESS")).map(Finding::value).toList());
        // the whole address is longer than its cell: it must not shadow the next cells' values
        List<TextUnit> withPhone = new ArrayList<>(ja);
        withPhone.add(TextUnit.cell(null, 2, "E", "電話番号", "090-1234-5678"));
        withPhone.add(TextUnit.cell(null, 2, "F", "メール", "a@example.jp"));
        assertEquals(Set.of("POSTAL_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS"), C.classify(withPhone).piiTypes());
    }

    @Test
    void decoysYieldNothing() {
        ClassificationResult r = C.classify(lines(
                "米国の元Secretary of Defenseも来訪されました。",
                "ご注意ください。注意事項：会場内は飲食禁止です。",
                "This e-mail may contain confidential information.",
                "(C) 2020 Towa Aero Electronics Co., Ltd. All rights reserved.",
                "追跡番号 5086560464490689 管理番号 200436320839",
                "part_no 666-57-0363"));
        assertTrue(r.markings().isEmpty(), r.markings().toString());
        assertTrue(r.piiTypes().isEmpty(), r.piiTypes().toString());
        assertNull(r.highestMarking());
    }

    @Test
    void maruHiIsFoundOnRawText() {
        assertEquals(Set.of("JP_HI"), C.classify(lines("㊙", "試験成績書")).markings());
    }

    @Test
    void emptyInput() {
        ClassificationResult r = C.classify(List.of());
        assertTrue(r.findings().isEmpty());
        assertNull(r.language());
    }

    @Test
    void sameResultFromManyThreads() throws Exception {
        List<TextUnit> u = lines("Contact: a.b@example.com, 03-3445-4104", "注意");
        ClassificationResult expected = C.classify(u);
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ClassificationResult>> fs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                fs.add(pool.submit(() -> C.classify(u)));
            }
            for (Future<ClassificationResult> f : fs) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void registryRejectsDuplicateIds() {
        DetectorRegistry r = new DetectorRegistry().register(new EmailDetector());
        assertThrows(IllegalStateException.class, () -> r.register(new EmailDetector()));
    }

    @Test
    void masks() {
        assertEquals("***-**-6789", Masks.ssn("123456789"));
        assertEquals("t***@example.com", Masks.email("taro@example.com"));
        assertEquals("****-****-5678", Masks.keepLast("1234-1234-5678", 4));
        assertEquals("J*** D**", Masks.name("Jane Doe"));
        assertEquals("****/**/**", Masks.digits("1984/08/01"));
    }
}
