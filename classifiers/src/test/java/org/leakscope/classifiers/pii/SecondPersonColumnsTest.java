package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/** A row that names the employee and a dependant gives the dependant's cells a record of their own. */
class SecondPersonColumnsTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static Map<String, TreeSet<String>> typesByRecord(List<TextUnit> units) {
        Map<String, TreeSet<String>> out = new TreeMap<>();
        for (Finding f : C.classify(units).findings()) {
            out.computeIfAbsent(String.valueOf(f.recordKey()), k -> new TreeSet<>()).add(f.type());
        }
        return out;
    }

    @Test
    void aDependantsColumnsAreARecordOfTheirOwn() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 3, "A", "Emp ID", "HA-4411"),
                TextUnit.cell(null, 3, "B", "Employee", "Abernathy, Priya"),
                TextUnit.cell(null, 3, "G", "Dependent", "Abernathy, Raj"),
                TextUnit.cell(null, 3, "H", "Relationship", "Child"),
                TextUnit.cell(null, 3, "I", "Dep DOB", "04/12/2015"),
                TextUnit.cell(null, 3, "J", "Dep SSN", "412-68-3051"));
        assertEquals(Map.of("#3", new TreeSet<>(List.of("PERSON_NAME")),
                        "#3" + Classifier.SECOND_PERSON + Classifier.HOUSEHOLD,
                        new TreeSet<>(List.of("DATE_OF_BIRTH", "PERSON_NAME", "US_SSN"))),
                typesByRecord(row));
    }

    @Test
    void aGuardianSharesTheRowsHomeAnEmergencyContactDoesNot() {
        // household-headers: a roster's guardian is the row's household; an emergency contact is a second person only
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "B", "Student Last", "Castellanos"),
                TextUnit.cell(null, 2, "C", "Student First", "Trevor"),
                TextUnit.cell(null, 2, "F", "Guardian 1 Name", "Brent Castellanos"),
                TextUnit.cell(null, 2, "H", "Guardian 1 Cell", "(303) 936-7106"),
                TextUnit.cell(null, 2, "K", "Emergency Contact Phone", "(720) 555-0187"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")),
                records.get("#2" + Classifier.SECOND_PERSON + Classifier.HOUSEHOLD), records.toString());
        assertEquals(new TreeSet<>(List.of("PHONE_NUMBER")), records.get("#2" + Classifier.SECOND_PERSON),
                records.toString());
    }

    @Test
    void aStudentExportsMotherAndGuardianEmailAreTheParentsHousehold() {
        // PowerSchool: LastFirst | Home_Phone | Mother | Mother_Cell | Guardianemail (probe set 27: the mother's row had
        // taken the pupil's home phone); the pupil keeps the home phone
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "B", "LastFirst", "Pruitt, Marcus"),
                TextUnit.cell(null, 2, "C", "DOB", "05/07/2018"),
                TextUnit.cell(null, 2, "J", "Home_Phone", "(971) 671-2420"),
                TextUnit.cell(null, 2, "K", "Mother", "Ngozi Pruitt"),
                TextUnit.cell(null, 2, "L", "Mother_Cell", "(503) 905-9451"),
                TextUnit.cell(null, 2, "N", "Guardianemail", "ngozi.pruitt@example.com"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "PERSON_NAME", "PHONE_NUMBER")),
                records.get("#2" + Classifier.SECOND_PERSON + Classifier.HOUSEHOLD), records.toString());
        assertEquals(new TreeSet<>(List.of("DATE_OF_BIRTH", "PERSON_NAME", "PHONE_NUMBER")), records.get("#2"), records.toString());
    }

    @Test
    void aContactPhoneAfterTheEmergencyContactsNameIsTheContactsNotTheRowPersons() {
        // a crisis team's page: Name | Mobile | Emergency contact | Relationship | Contact phone
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Name", "Ken HASHIMOTO"),
                TextUnit.cell(null, 2, "B", "Mobile", "+81 90-2534-6768"),
                TextUnit.cell(null, 2, "C", "Emergency contact", "Yuko HASHIMOTO"),
                TextUnit.cell(null, 2, "D", "Relationship", "Spouse"),
                TextUnit.cell(null, 2, "E", "Contact phone", "+81 70-8428-1040"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#2" + Classifier.SECOND_PERSON),
                records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#2"), records.toString());
    }

    @Test
    void aTicketsAssigneeIsNotThePersonWhoseHomeTheDescriptionGives() {
        // a Jira export: the reporter writes "my home"; the assignee is the staff member handling it
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Summary", "Ship replacement laptop to home"),
                TextUnit.cell(null, 2, "G", "Assignee", "Luis Castellanos"),
                TextUnit.cell(null, 2, "H", "Reporter", "Harold Gallagher"),
                TextUnit.cell(null, 2, "J", "Description",
                        "Please ship to my home: 8042 W 14th St, Everett, WA 98242. Courier can call (425) 524-1334."));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("PERSON_NAME")), records.get("#2" + Classifier.SECOND_PERSON), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER", "POSTAL_ADDRESS")), records.get("#2"),
                records.toString());
    }

    @Test
    void aWardListsAttendingDoctorIsNotThePatientsRecord() {
        // 病室 | 患者氏名 | 主病名 | 主治医: the doctor beside each patient is a second person of the row
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 3, "A", "病室", "503"),
                TextUnit.cell(null, 3, "B", "患者氏名", "岡田　里奈"),
                TextUnit.cell(null, 3, "E", "主病名", "気管支喘息"),
                TextUnit.cell(null, 3, "F", "主治医", "高田　誠"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("HEALTH_INFO", "PERSON_NAME")), records.get("#3"), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME")), records.get("#3" + Classifier.SECOND_PERSON), records.toString());
    }

    @Test
    void aContactPhoneBeforeAnySecondPersonIsTheRowPersons() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Customer", "Ken HASHIMOTO"),
                TextUnit.cell(null, 2, "B", "Contact phone", "+81 90-2534-6768"));
        assertEquals(Map.of("#2", new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER"))), typesByRecord(row));
    }

    @Test
    void aRotasSecondGroupOfColumnsIsASecondPerson() {
        // Week of | Primary | Mobile | Secondary | Mobile: the header Mobile comes twice
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Week of", "09 Mar 2026"),
                TextUnit.cell(null, 2, "B", "Primary", "Bianca Quintero"),
                TextUnit.cell(null, 2, "C", "Mobile", "+1 253-478-4020"),
                TextUnit.cell(null, 2, "D", "Secondary", "Rhys Ellison"),
                TextUnit.cell(null, 2, "E", "Mobile", "+44 7520 462131"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#2"), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#2" + Classifier.SECOND_PERSON),
                records.toString());
        assertEquals(Set.of("Rhys Ellison", "+447520462131"), C.classify(row).findings().stream()
                .filter(f -> f.recordKey().endsWith(Classifier.SECOND_PERSON)).map(Finding::value)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aMessageThatNamesAColleagueIsTheColleaguesRecordNotTheAuthors() {
        // a Slack export's message: the text names someone on sick leave; user_profile.real_name is its author
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 3, "A", "text", "FYI Marcus Delgado is on sick leave until the 20th, recovering from pneumonia."),
                TextUnit.cell(null, 3, "B", "user_profile.real_name", "Rosa Brennan"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("HEALTH_INFO", "PERSON_NAME")), records.get("#3" + Classifier.SECOND_PERSON),
                records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME")), records.get("#3"), records.toString());
    }

    @Test
    void aMessageThatNamesItsOwnAuthorStaysTheAuthors() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 3, "A", "text", "Hi all, Rosa Brennan here: I'm on sick leave until the 20th with pneumonia."),
                TextUnit.cell(null, 3, "B", "user_profile.real_name", "Rosa Brennan"));
        assertEquals(Map.of("#3", new TreeSet<>(List.of("HEALTH_INFO", "PERSON_NAME"))), typesByRecord(row));
    }

    @Test
    void aSecondPersonsHeaderInAHeaderRowIsNoValue() {
        // the header row of a 年末調整 export: 配偶者氏名 beside 配偶者個人番号 is no name and its value
        List<TextUnit> rows = List.of(
                TextUnit.cell(null, 1, "A", null, "社員番号"), TextUnit.cell(null, 1, "B", null, "氏名"),
                TextUnit.cell(null, 1, "C", null, "個人番号"), TextUnit.cell(null, 1, "D", null, "配偶者氏名"),
                TextUnit.cell(null, 1, "E", null, "配偶者個人番号"), TextUnit.cell(null, 1, "F", null, "配偶者生年月日"));
        assertEquals(Map.of(), typesByRecord(rows));
    }

    @Test
    void aRowOfOnePersonKeepsOneRecord() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "Employee", "Whitaker, Delia"),
                TextUnit.cell(null, 2, "B", "SSN", "412-68-3051"),
                TextUnit.cell(null, 2, "C", "DOB", "04/12/1980"),
                TextUnit.cell(null, 2, "D", "Dependents", "2"));
        assertEquals(Map.of("#2", new TreeSet<>(List.of("DATE_OF_BIRTH", "PERSON_NAME", "US_SSN"))), typesByRecord(row));
    }
    @Test
    void aFamilyMembersColumnsBirthDateAndRelationAreTheirsNotTheEmployees() {
        // SmartHR's 家族情報: the employee, then the family member, her 続柄 and her 生年月日
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "A", "社員番号", "00412"),
                TextUnit.cell(null, 2, "B", "姓", "藤田"),
                TextUnit.cell(null, 2, "C", "名", "春香"),
                TextUnit.cell(null, 2, "D", "家族 姓", "藤田"),
                TextUnit.cell(null, 2, "E", "家族 名", "達也"),
                TextUnit.cell(null, 2, "F", "続柄", "配偶者"),
                TextUnit.cell(null, 2, "G", "生年月日", "1958/03/14"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("DATE_OF_BIRTH", "PERSON_NAME")), records.get("#2" + Classifier.SECOND_PERSON),
                records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME")), records.get("#2"), records.toString());
    }

    @Test
    void aBookingsStaffMemberIsARecordApartFromTheCustomer() {
        // RESERVA's 予約一覧: the customer's name, phone and mail, then the staff member who takes the booking
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "C", "予約者氏名", "村上 千秋"),
                TextUnit.cell(null, 2, "E", "電話番号", "090-3609-3162"),
                TextUnit.cell(null, 2, "F", "メールアドレス", "c.murakami@example.jp"),
                TextUnit.cell(null, 2, "H", "スタッフ", "小川 智子"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "PERSON_NAME", "PHONE_NUMBER")), records.get("#2"),
                records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME")), records.get("#2+p H"), records.toString());
    }

    @Test
    void anEventTicketsBuyerIsARecordApartFromTheAttendeeWhoseAnswerTheRowGives() {
        // Eventbrite's attendee report: the attendee, then the buyer who paid, then the attendee's answer
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 5, "C", "First Name", "Ronald"),
                TextUnit.cell(null, 5, "D", "Last Name", "Achterberg"),
                TextUnit.cell(null, 5, "E", "Email", "ronald.achterberg@example.com"),
                TextUnit.cell(null, 5, "J", "Buyer Last Name", "Montague"),
                TextUnit.cell(null, 5, "K", "Buyer First Name", "Ronald"),
                TextUnit.cell(null, 5, "L", "Buyer Email", "rmontague@example.org"),
                TextUnit.cell(null, 5, "AD", "Do you have any accessibility or dietary needs?",
                        "Peanut allergy (anaphylactic) - I carry an EpiPen"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "HEALTH_INFO", "PERSON_NAME")), records.get("#5"), records.toString());
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "PERSON_NAME")), records.get("#5" + Classifier.SECOND_PERSON),
                records.toString());
    }

    @Test
    void aShopOrdersShippingColumnsAreTheRecipients() {
        // WooCommerce: billing_ and shipping_ columns of one order (probe set 28: a gift's recipient had been the buyer's
        // second name, and the buyer's city the recipient's)
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 3, "E", "billing_first_name", "Bianca"),
                TextUnit.cell(null, 3, "F", "billing_last_name", "Lundgren"),
                TextUnit.cell(null, 3, "H", "billing_email", "bianca.lundgren@example.org"),
                TextUnit.cell(null, 3, "J", "billing_address_1", "2569 Lakeview Blvd"),
                TextUnit.cell(null, 3, "M", "billing_city", "Atlanta"),
                TextUnit.cell(null, 3, "P", "shipping_first_name", "Dwayne"),
                TextUnit.cell(null, 3, "Q", "shipping_last_name", "Kowalczyk"),
                TextUnit.cell(null, 3, "R", "shipping_address_1", "9468 Old Mill Ln"),
                TextUnit.cell(null, 3, "U", "shipping_city", "Phoenix"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "PERSON_NAME", "POSTAL_ADDRESS")), records.get("#3"), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "POSTAL_ADDRESS")), records.get("#3" + Classifier.SECOND_PERSON),
                records.toString());
        List<String> addresses = C.classify(row).findings().stream().filter(f -> "POSTAL_ADDRESS".equals(f.type()))
                .map(Finding::value).sorted().toList();
        assertEquals(List.of("2569 Lakeview Blvd, Atlanta", "9468 Old Mill Ln, Phoenix"), addresses);
    }

    @Test
    void aPharmacysPrescriberAndAParcelsSenderAreNotTheRowsPerson() {
        // a 調剤録 row: the patient, the prescriber (処方医) and the pharmacist (調剤薬剤師) (probe set 28: the prescriber's
        // name had taken the patient's record)
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "C", "患者氏名", "近藤 彩"),
                TextUnit.cell(null, 2, "E", "生年月日", "1977/10/07"),
                TextUnit.cell(null, 2, "K", "処方医", "森田 浩一"),
                TextUnit.cell(null, 2, "O", "調剤薬剤師", "西田 学"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("DATE_OF_BIRTH", "PERSON_NAME")), records.get("#2"), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME")), records.get("#2" + Classifier.SECOND_PERSON), records.toString());
        // a B2 送り状 row: the recipient's phone and the sender's (a shop) apart
        row = List.of(
                TextUnit.cell(null, 2, "I", "お届け先電話番号", "070-3950-8432"),
                TextUnit.cell(null, 2, "P", "お届け先名", "小松 真由美"),
                TextUnit.cell(null, 2, "T", "ご依頼主電話番号", "03-5212-7781"),
                TextUnit.cell(null, 2, "Y", "ご依頼主名", "株式会社みどり商店 通販事業部"));
        records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#2"), records.toString());
        assertEquals(new TreeSet<>(List.of("PHONE_NUMBER")), records.get("#2" + Classifier.SECOND_PERSON), records.toString());
    }

    @Test
    void aGymsEmergencyPhoneIsTheContactsNotTheMembers() {
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 4, "B", "First Name", "Heather"),
                TextUnit.cell(null, 4, "C", "Last Name", "Halvorsen"),
                TextUnit.cell(null, 4, "E", "Mobile", "(919) 203-3086"),
                TextUnit.cell(null, 4, "H", "Emergency Contact", "Desmond Lindqvist"),
                TextUnit.cell(null, 4, "I", "Emergency Phone", "(916) 794-8408"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#4"), records.toString());
        assertEquals(new TreeSet<>(List.of("PERSON_NAME", "PHONE_NUMBER")), records.get("#4" + Classifier.SECOND_PERSON),
                records.toString());
    }

    @Test
    void aDepositExportsLeadTenantIsTheRowsPersonAndItsJointTenantAHouseholdMember() {
        // a tenancy deposit protection export (probe set 29): "Lead Tenant First Name" | "Lead Tenant Surname" name the
        // row's person; "Joint Tenant Name" | "Joint Tenant Email" a second person who lives at the let property too
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "D", "Property Address", "Flat 2, 41 Headingley Lane, Leeds"),
                TextUnit.cell(null, 2, "E", "Property Postcode", "LS6 1BN"),
                TextUnit.cell(null, 2, "G", "Lead Tenant First Name", "Niamh"),
                TextUnit.cell(null, 2, "H", "Lead Tenant Surname", "Ellison"),
                TextUnit.cell(null, 2, "I", "Lead Tenant Email", "niamh28@example.co.uk"),
                TextUnit.cell(null, 2, "K", "Joint Tenant Name", "Freya Cartwright"),
                TextUnit.cell(null, 2, "L", "Joint Tenant Email", "freya16@example.co.uk"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "PERSON_NAME", "POSTAL_ADDRESS")), records.get("#2"), records.toString());
        assertEquals(new TreeSet<>(List.of("EMAIL_ADDRESS", "PERSON_NAME")),
                records.get("#2" + Classifier.SECOND_PERSON + Classifier.HOUSEHOLD), records.toString());
    }

    @Test
    void aWireLogsBeneficiaryAndAnAlertsCounterpartyAreNotTheOriginator() {
        // a wire room's outgoing log (probe set 30): Orig Name | Orig Address | Orig Acct are the row's person's, Bene Name |
        // Bene Address | "Bene Acct / IBAN" the beneficiary's (main had given the originator the beneficiary's IBAN and
        // typed neither account)
        List<TextUnit> row = List.of(
                TextUnit.cell(null, 2, "C", "Orig Name", "Wesley Prescott"),
                TextUnit.cell(null, 2, "D", "Orig Address", "4744 Old Mill Ln, Portland, OR 97243"),
                TextUnit.cell(null, 2, "E", "Orig Acct", "5521908734"),
                TextUnit.cell(null, 2, "F", "Bene Name", "Julien Moreau"),
                TextUnit.cell(null, 2, "G", "Bene Address", "74 rue de la République, 75011 Paris"),
                TextUnit.cell(null, 2, "H", "Bene Acct / IBAN", "FR579455495904TY5ITW6YAXD95"),
                TextUnit.cell(null, 2, "J", "Bene Bank BIC", "BNPAFRPPXXX"));
        Map<String, TreeSet<String>> records = typesByRecord(row);
        assertEquals(new TreeSet<>(List.of("BANK_ACCOUNT", "PERSON_NAME", "POSTAL_ADDRESS")), records.get("#2"), records.toString());
        assertEquals(new TreeSet<>(List.of("IBAN", "PERSON_NAME", "POSTAL_ADDRESS")),
                records.get("#2" + Classifier.SECOND_PERSON), records.toString());
        // an AML alert queue: the customer's account and the counterparty's are two people's
        List<TextUnit> alert = List.of(
                TextUnit.cell(null, 3, "A", "Alert ID", "ALR-5521903"),
                TextUnit.cell(null, 3, "D", "Customer Name", "CARUSO, TAMIKA"),
                TextUnit.cell(null, 3, "E", "Customer Acct", "7730418825"),
                TextUnit.cell(null, 3, "F", "Counterparty Name", "HALVORSEN, ROSA"),
                TextUnit.cell(null, 3, "G", "Counterparty Acct", "90817733402"),
                TextUnit.cell(null, 3, "H", "Counterparty RTN", "325081403"));
        records = typesByRecord(alert);
        assertEquals(new TreeSet<>(List.of("BANK_ACCOUNT", "PERSON_NAME")), records.get("#3"), records.toString());
        assertEquals(new TreeSet<>(List.of("BANK_ACCOUNT", "PERSON_NAME")), records.get("#3" + Classifier.SECOND_PERSON),
                records.toString());
    }
}
