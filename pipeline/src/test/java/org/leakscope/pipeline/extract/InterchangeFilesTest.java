package org.leakscope.pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.text.TextUnit;

/**
 * Machine-to-machine interchange files (probe set 19): HL7 v2, ASC X12, NACHA, BACS Standard 18, IRS FIRE and
 * レセプト電算 records read as rows of cells under their specifications' field names; FHIR resources' codes and address
 * lines, ISO 20022 party names and HL7 v3 value attributes named so that the column rules read them.
 */
class InterchangeFilesTest {

    @TempDir
    Path tmp;

    private List<TextUnit> units(String name, byte[] bytes) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return TestFiles.extract(tmp.resolve("spool"), file, file.getFileName().toString()).get(0).units();
    }

    private List<TextUnit> units(String name, String text) throws IOException {
        return units(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cells of {@code header}, in order, as "row:value". */
    private static List<String> cells(List<TextUnit> units, String header) {
        List<String> out = new ArrayList<>();
        for (TextUnit u : units) {
            if (u.isCell() && header.equals(u.columnHeader())) {
                out.add(u.row() + ":" + u.text());
            }
        }
        return out;
    }

    private static String pad(String s, int n) {
        return (s + " ".repeat(n)).substring(0, n);
    }

    @Test
    void hl7PatientIsOneRowAndNextOfKinAnother() throws IOException {
        String msg = String.join("\r",
                "MSH|^~\\&|EPIC|VMC|RHAPSODY|HIE|20260305101500||ADT^A01^ADT_A01|MSG0004821|P|2.5.1",
                "PID|1||MRN77^^^VMC^MR||OKAFOR^MARCUS^J||19850312|M|||1234 Maple Ave^^Everett^WA^98201^USA^H||^PRN^PH^^1^425^5551234|||M||ACCT1|123-45-6789",
                "NK1|1|OKAFOR^ADA|SPO^Spouse^HL70063||(425)555-4321",
                "PV1|1|I|3N^301^A^VMC||||1487654321^PATEL^RAJ^^^DR",
                "DG1|1||J18.9^Pneumonia, unspecified organism^I10||20260305|A",
                "OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.1|%|4.0-5.6|H|||F") + "\r";
        List<TextUnit> u = units("ADT_A01.hl7", msg);
        assertEquals(List.of("1:OKAFOR, MARCUS J"), cells(u, "Patient Name"));
        assertEquals(List.of("1:1985-03-12"), cells(u, "Date of Birth"));
        assertEquals(List.of("1:1234 Maple Ave, Everett, WA 98201"), cells(u, "Address"));
        assertEquals(List.of("1:+1 425 5551234", "2:(425)555-4321"), cells(u, "Phone"));
        assertEquals(List.of("1:123-45-6789"), cells(u, "SSN"));
        assertEquals(List.of("2:OKAFOR, ADA"), cells(u, "Contact Name"));
        assertEquals(List.of("1:J18.9 Pneumonia, unspecified organism"), cells(u, "Diagnosis"));
        assertEquals(List.of("1:Hemoglobin A1c 8.1 % (4.0-5.6) H"), cells(u, "Lab Result"));
        // the attending doctor is no data subject of the message
        assertFalse(u.stream().anyMatch(x -> x.text().contains("PATEL")));
    }

    @Test
    void hl7JapaneseNamesAndAddress() throws IOException {
        String msg = "MSH|^~\\&|HIS|H|SSMIX2|H|20260305094500||ADT^A04^ADT_A01|1|P|2.5\r"
                + "PID|0001||123^^^^PI||山田^太郎^^^^^L^I~ヤマダ^タロウ^^^^^L^P||19800101|M|||^^東京都渋谷区道玄坂1-2-3^^1500043^JPN^H\r";
        List<TextUnit> u = units("ADT_A04.hl7", msg);
        assertEquals(List.of("1:山田 太郎", "1:ヤマダ タロウ"), cells(u, "Patient Name"));
        assertEquals(List.of("1:〒150-0043 東京都渋谷区道玄坂1-2-3"), cells(u, "Address"));
    }

    @Test
    void notHl7WhenALineIsNoSegment() {
        assertNull(Hl7Segments.read("MSH|^~\\&|A|B\rthis is prose, not a segment\r", 10_000));
    }

    @Test
    void x12MembersClaimsAndProvidersAreRowsOfTheirOwn() throws IOException {
        String isa = "ISA*00*          *00*          *ZZ*SPONSOR01      *ZZ*CARRIER01      *260301*1200*^*00501*000000905*0*P*:";
        String e834 = String.join("~\n", isa, "GS*BE*S*C*20260301*1200*905*X*005010X220A1", "ST*834*0001*005010X220A1",
                "N1*P5*HARBORVIEW MANUFACTURING INC*FI*841234567", "INS*Y*18*021*28*A***FT", "REF*0F*219887654",
                "NM1*IL*1*WHITAKER*HEATHER****34*219887654", "PER*IP**HP*4255551234*EM*heather@example.com",
                "N3*1234 MAPLE AVE", "N4*EVERETT*WA*98201", "DMG*D8*19850312*F", "INS*N*01*021*28*A",
                "NM1*IL*1*WHITAKER*DELIA****34*219887655", "DMG*D8*20100401*F", "SE*12*0001", "GE*1*905", "IEA*1*000000905") + "~\n";
        List<TextUnit> u = units("834.edi", e834);
        assertEquals(List.of("1:WHITAKER, HEATHER", "2:WHITAKER, DELIA"), cells(u, "Insured Name"));
        assertEquals(List.of("1:219887654", "2:219887655"), cells(u, "SSN"));
        assertEquals(List.of("1:4255551234"), cells(u, "Phone"));
        assertEquals(List.of("1:heather@example.com"), cells(u, "E-mail"));
        assertEquals(List.of("1:1234 MAPLE AVE"), cells(u, "Address"));
        assertEquals(List.of("1:98201"), cells(u, "Zip"));
        assertEquals(List.of("1:1985-03-12", "2:2010-04-01"), cells(u, "Date of Birth"));

        String e837 = String.join("~", isa.replace("SPONSOR01      ", "VFM0412        "), "GS*HC*V*B*20260303*1015*1207*X*005010X222A1",
                "ST*837*0001*005010X222A1", "HL*1**20*1", "NM1*85*2*VALLEY FAMILY MEDICINE*****XX*1234567893", "N3*400 CLINIC WAY",
                "HL*2*1*22*0", "NM1*IL*1*PRUITT*IMANI****MI*W123456789", "DMG*D8*19800101*F", "NM1*PR*2*BLUE RIDGE HEALTH PLAN*****PI*60054",
                "CLM*PCN1*185***11:B:1*Y*A*Y*Y", "HI*ABK:E119*ABF:Z7901", "NM1*82*1*PATEL*RAJ****XX*1487654321", "SE*12*0001") + "~";
        u = units("837P.x12", e837);
        int patient = Integer.parseInt(cells(u, "Insured Name").get(0).split(":")[0]);
        assertEquals(List.of(patient + ":E11.9", patient + ":Z79.01"), cells(u, "Diagnosis"));
        assertEquals(List.of(patient + ":W123456789"), cells(u, "Member ID"));
        // the billing provider's address and the rendering doctor are rows of their own, not the patient's
        assertFalse(cells(u, "Address").contains(patient + ":400 CLINIC WAY"));
        assertEquals(1, cells(u, "Provider 82").size());
        assertFalse(cells(u, "Provider 82").get(0).startsWith(patient + ":"));
    }

    private static String nachaEntry(String name, String account) {
        return "622" + "07100001" + "3" + pad(account, 17) + "0000150000" + pad("EMP00001", 15) + pad(name, 22) + "  0" + "071000010000001";
    }

    private static String nacha(String sec, String... entries) {
        List<String> recs = new ArrayList<>();
        recs.add(pad("101 0710000131841234567" + "2603051200A094101" + pad("FIRST NATIONAL BANK", 23) + pad("HARBORVIEW MFG", 23), 94));
        recs.add(pad("5220" + pad("HARBORVIEW MFG", 16) + " ".repeat(20) + "1841234567" + sec + pad("PAYROLL", 10), 94));
        recs.addAll(List.of(entries));
        recs.add(pad("8220", 94));
        recs.add(pad("9000001", 94));
        return String.join("\n", recs) + "\n";
    }

    @Test
    void nachaEntriesUnderConsumerAndCorporateClasses() throws IOException {
        List<TextUnit> u = units("PAYROLL.ach", nacha("PPD", nachaEntry("MARCUS OKAFOR", "123456789")));
        assertEquals(List.of("1:MARCUS OKAFOR"), cells(u, "Individual Name"));
        assertEquals(List.of("1:123456789"), cells(u, "Account Number"));
        assertEquals(List.of("1:071000013"), cells(u, "Routing Number"));
        u = units("VENDOR.ach", nacha("CCD", nachaEntry("PACIFIC STEEL CORP", "987654321")));
        assertTrue(cells(u, "Individual Name").isEmpty());
        assertEquals(List.of("1:PACIFIC STEEL CORP"), cells(u, "Receiving Company Name"));
        // a record of another length: no NACHA file
        assertNull(PaymentRecords.read(nacha("PPD", nachaEntry("MARCUS OKAFOR", "123456789") + "X"), 10_000));
    }

    @Test
    void bacsPaymentsWithoutTheContraRecord() throws IOException {
        String vol = pad("VOL1173922", 79) + "1";
        String hdr = pad("HDR1A334205S  1334205", 80);
        String pay = "209849" + "70994012" + "0" + "99" + "401276" + "71234567" + "    " + "00000222879" + pad("HARBORVIEW UK LTD", 18)
                + pad("SAL MAR26 5339", 18) + pad("MAHMOOD P", 18);
        String contra = "401276" + "71234567" + "0" + "17" + "401276" + "71234567" + "    " + "00000222879" + pad("HARBORVIEW UK LTD", 18)
                + pad("CONTRA", 18) + pad("HARBORVIEW UK LTD", 18);
        List<TextUnit> u = units("SUBMISSION.txt", String.join("\r\n", vol, hdr, pay, contra, pad("EOF1", 80)) + "\r\n");
        assertEquals(List.of("1:MAHMOOD P"), cells(u, "Destination Account Name"));
        assertEquals(List.of("1:70994012"), cells(u, "Account Number"));
        assertEquals(List.of("1:209849"), cells(u, "Sort Code"));
    }

    private static String fireB(char tinType, String tin, String name) {
        String r = "B2025 " + pad(name, 4) + tinType + tin + pad("V123", 20) + " ".repeat(14) + "0".repeat(192) + " " + pad(name, 40)
                + " ".repeat(40) + pad("12 ELM STREET", 40) + " ".repeat(40) + pad("TACOMA", 40) + "WA" + pad("98401", 9) + " " + "00000003";
        return pad(r, 748);
    }

    @Test
    void fireTinTypeSaysWhetherThePayeeIsAPerson() throws IOException {
        String t = pad("T2025      841234567", 748);
        List<TextUnit> u = units("1099.txt", String.join("\r\n", t, fireB('2', "219887654", "HEATHER WHITAKER"),
                fireB('1', "912345678", "CASCADE MACHINE WORKS LLC"), pad("F00000001", 748)) + "\r\n");
        assertEquals(List.of("1:219887654"), cells(u, "Payee SSN"));
        assertEquals(List.of("1:HEATHER WHITAKER"), cells(u, "Payee Name"));
        assertEquals(List.of("2:912345678"), cells(u, "Payee EIN"));
        assertEquals(List.of("2:CASCADE MACHINE WORKS LLC"), cells(u, "Payee Business Name"));
        assertEquals(List.of("1:12 ELM STREET", "2:12 ELM STREET"), cells(u, "Mailing Address"));
    }

    @Test
    void receiptRecordsPerPatient() throws IOException {
        String uke = String.join("\r\n", "IR,1,13,1,1312345,,如月クリニック,202602,00,0355550123",
                "RE,1,1112,202602,山田　太郎,1,3550312,,,,,,,123456,,,,,,,,,,",
                "HO,06131234,123,4567,2,512,,,,,", "SY,8841234,20260203,1,,,01,", "SY,0000999,20260205,1,,急性気管支炎,,",
                "GO,1,512,99") + "\r\n\u001A";
        List<TextUnit> u = units("RECEIPTC.UKE", uke.getBytes(Charset.forName("windows-31j")));
        assertEquals(List.of("1:山田　太郎"), cells(u, "氏名"));
        assertEquals(List.of("1:昭和55年3月12日"), cells(u, "生年月日"));
        assertEquals(List.of("1:123"), cells(u, "被保険者証の記号"));
        assertEquals(List.of("1:4567"), cells(u, "被保険者証の番号"));
        assertEquals(List.of("1:傷病名コード 8841234", "1:急性気管支炎"), cells(u, "傷病名"));
    }

    @Test
    void fhirConditionCodeAndAddressLines() throws IOException {
        String bundle = "{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Prescott\","
                + "\"given\":[\"Luis\"]}],\"address\":[{\"line\":[\"8876 Harbor View Dr\"],\"city\":\"Portland\",\"state\":\"OR\",\"postalCode\":\"97272\"}]}},"
                + "{\"resource\":{\"resourceType\":\"Condition\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"195967001\","
                + "\"display\":\"Asthma\"}],\"text\":\"Asthma\"}}},"
                + "{\"resource\":{\"resourceType\":\"Observation\",\"code\":{\"text\":\"Body height\"}}}]}";
        List<TextUnit> u = units("Bundle.json", bundle);
        assertEquals(1, cells(u, "address line").size());
        assertEquals(2, cells(u, "condition").size()); // the coding's display and the text, of the Condition only
        assertFalse(u.stream().anyMatch(x -> "Body height".equals(x.text()) && "condition".equals(x.columnHeader())));
    }

    @Test
    void xmlPartyNamesAndValueAttributes() throws IOException {
        String pain = "<?xml version=\"1.0\"?><Document><CstmrCdtTrfInitn><PmtInf><CdtTrfTxInf><Cdtr><Nm>Élodie Mercier</Nm>"
                + "<PstlAdr><StrtNm>rue Nationale</StrtNm><PstCd>75011</PstCd></PstlAdr></Cdtr></CdtTrfTxInf></PmtInf></CstmrCdtTrfInitn></Document>";
        pain = pain.replace("</CdtTrfTxInf>", "</CdtTrfTxInf><CdtTrfTxInf><Cdtr><Nm>Sabine Wagner</Nm><PstlAdr><StrtNm>Lindenallee</StrtNm>"
                + "<PstCd>10115</PstCd></PstlAdr></Cdtr></CdtTrfTxInf>").replace("<PmtInf>", "<PmtInf><Dbtr><Nm>Kisaragi Europe GmbH</Nm></Dbtr>");
        List<TextUnit> u = units("pain.001.xml", pain);
        assertEquals(2, cells(u, "Cdtr Nm").size());
        // each transaction's creditor a record of its own, apart from the debtor firm and from each other
        int first = Integer.parseInt(cells(u, "Cdtr Nm").get(0).split(":")[0]);
        int second = Integer.parseInt(cells(u, "Cdtr Nm").get(1).split(":")[0]);
        int firm = Integer.parseInt(cells(u, "Dbtr Nm").get(0).split(":")[0]);
        assertTrue(first != second && first != firm && second != firm);
        assertEquals(List.of(first + ":rue Nationale", second + ":Lindenallee"), cells(u, "Strt Nm"));
        String cda = "<?xml version=\"1.0\"?><ClinicalDocument><recordTarget><patientRole><patient><birthTime value=\"19850312\"/></patient>"
                + "</patientRole></recordTarget><component><section><code code=\"11450-4\" codeSystem=\"2.16.840.1.113883.6.1\" "
                + "displayName=\"Problem List\"/><entry><observation><value code=\"I10\" codeSystem=\"2.16.840.1.113883.6.90\" "
                + "displayName=\"Essential (primary) hypertension\"/></observation></entry></section></component></ClinicalDocument>";
        u = units("ccd.xml", cda);
        assertEquals(1, cells(u, "birth Time").size());
        assertTrue(cells(u, "display Name").isEmpty());
        assertEquals(1, cells(u, "code display Name").size());
        assertEquals(1, cells(u, "diagnosis").size());
    }
}
