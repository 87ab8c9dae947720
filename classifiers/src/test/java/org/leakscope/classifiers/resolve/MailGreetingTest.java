package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.withEmail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/** A mail's salutation names its one recipient when the header gives the recipient's address alone. */
class MailGreetingTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    private static DocFinding at(int line, int col, String type, String value) {
        return new DocFinding("mail", new Finding(Category.PII, type, value, "*", 0.9, "line=" + line, "t", null,
                line * 100 + col));
    }


    /** From: 丸山 美咲 <…> / To: h.ishikawa36@… / Subject / greeting / body / the sender's signature. */
    private static List<DocFinding> reply(String greeting) {
        return new ArrayList<>(List.of(
                at(1, 0, "PERSON_NAME", "丸山 美咲"), at(1, 10, "EMAIL_ADDRESS", "m.maruyama@example.co.jp"),
                at(2, 4, "EMAIL_ADDRESS", "h.ishikawa36@example.ne.jp"),
                at(5, 0, "PERSON_NAME", greeting),
                at(10, 0, "PERSON_NAME", "丸山 美咲"), at(11, 5, "PHONE_NUMBER", "+819013844878"),
                at(12, 5, "EMAIL_ADDRESS", "m.maruyama@example.co.jp")));
    }

    @Test
    void aLoneNameAtTheBodysStartIsTheNamelessRecipients() {
        List<Subject> s = r.resolve(reply("石川 秀樹"));
        assertEquals(2, s.size(), s.toString());
        assertEquals("石川 秀樹", withEmail(s, "h.ishikawa36@example.ne.jp").name());
        assertEquals("丸山 美咲", withEmail(s, "m.maruyama@example.co.jp").name());
        assertTrue(withEmail(s, "m.maruyama@example.co.jp").phones().contains("+819013844878"));
    }

    @Test
    void theSendersOwnNameOrAFirstNameAloneIsNoRecipient() {
        List<Subject> own = r.resolve(reply("丸山 美咲"));
        assertNull(withEmail(own, "h.ishikawa36@example.ne.jp").name(), own.toString());
        List<Subject> first = r.resolve(List.of(at(1, 0, "PERSON_NAME", "Ann Lee"),
                at(1, 10, "EMAIL_ADDRESS", "ann@example.com"), at(2, 4, "EMAIL_ADDRESS", "bob@example.com"),
                at(4, 5, "PERSON_NAME", "Bob")));
        assertNull(withEmail(first, "bob@example.com").name(), first.toString());
    }

    @Test
    void aGreetingWithValuesAfterItOrTwoRecipientsStayAsTheyWere() {
        // "Dear Bob Roe, your SSN …": the block rules decide, as before
        List<DocFinding> values = new ArrayList<>(List.of(at(1, 0, "PERSON_NAME", "Ann Lee"),
                at(1, 10, "EMAIL_ADDRESS", "ann@example.com"), at(2, 4, "EMAIL_ADDRESS", "bob@example.com"),
                at(4, 5, "PERSON_NAME", "Bob Roe"), at(5, 20, "US_SSN", "219-09-9999")));
        List<Subject> s = r.resolve(values);
        assertNull(withEmail(s, "bob@example.com").name(), s.toString());
        // To: and Cc: both without names: the salutation may be either's
        List<DocFinding> two = reply("石川 秀樹");
        two.set(2, at(2, 4, "EMAIL_ADDRESS", "office36@example.ne.jp"));
        two.add(at(3, 4, "EMAIL_ADDRESS", "sales@example.ne.jp"));
        List<Subject> t = r.resolve(two);
        assertNull(withEmail(t, "office36@example.ne.jp").name(), t.toString());
        assertNull(withEmail(t, "sales@example.ne.jp").name(), t.toString());
        // ... unless one mailbox spells the name (rule 3c, MailboxNames: h.ishikawa36 for 石川 秀樹, read イシカワ ヒデキ)
        List<DocFinding> spelt = reply("石川 秀樹");
        spelt.add(at(3, 4, "EMAIL_ADDRESS", "sales@example.ne.jp"));
        List<Subject> u = r.resolve(spelt);
        assertEquals("石川 秀樹", withEmail(u, "h.ishikawa36@example.ne.jp").name(), u.toString());
        assertNull(withEmail(u, "sales@example.ne.jp").name(), u.toString());
    }

    /** From: IT Onboarding / To: Sabine Becker &lt;private&gt; / "Username: &lt;work address&gt;" / "Temporary password: …". */
    private static List<DocFinding> welcome(String toEmail, String username) {
        return new ArrayList<>(List.of(
                at(1, 0, "PERSON_NAME", "IT Onboarding"), at(1, 15, "EMAIL_ADDRESS", "it-onboarding@kisaragi.example.eu"),
                at(2, 4, "PERSON_NAME", "Sabine Becker"), at(2, 19, "EMAIL_ADDRESS", toEmail),
                at(13, 10, "EMAIL_ADDRESS", username), at(14, 20, "CREDENTIAL", "Kis-6363-Lumen!")));
    }

    @Test
    void anAccountUnderTheRecipientsOwnMailboxNameIsTheRecipients() {
        List<Subject> s = r.resolve(welcome("sabine.becker@example.de", "sabine.becker@kisaragi.example.eu"));
        Subject sabine = withEmail(s, "sabine.becker@example.de");
        assertEquals("Sabine Becker", sabine.name(), s.toString());
        assertTrue(sabine.emails().contains("sabine.becker@kisaragi.example.eu"), s.toString());
        assertTrue(sabine.dataElements().contains("CREDENTIAL"), s.toString());
    }

    @Test
    void anAccountUnderAnotherMailboxNameStaysApart() {
        // the recipient's mailbox is not spelled by her name, or the account's mailbox is not hers: no join
        for (List<DocFinding> mail : List.of(welcome("office@example.de", "sabine.becker@kisaragi.example.eu"),
                welcome("sabine.becker@example.de", "s.becker@kisaragi.example.eu"),
                welcome("sabine.becker@example.de", "helpdesk@kisaragi.example.eu"))) {
            List<Subject> s = r.resolve(mail);
            Subject account = withEmail(s, mail.get(4).finding().value());
            assertNull(account.name(), s.toString());
        }
    }

    @Test
    void aQuotedReplySignedWithTheFamilyNameIsTheOnePersonOfThatName() {
        // "＞ 連絡先：080-4438-7496" / "＞ 石川" under the sender's signature: the recipient's own earlier mail
        List<DocFinding> in = reply("石川 秀樹");
        in.add(at(14, 5, "PHONE_NUMBER", "+818044387496"));
        in.add(at(15, 2, "PERSON_NAME", "石川"));
        List<Subject> s = r.resolve(in);
        assertEquals(2, s.size(), s.toString());
        Subject ishikawa = withEmail(s, "h.ishikawa36@example.ne.jp");
        assertEquals("石川 秀樹", ishikawa.name());
        assertTrue(ishikawa.phones().contains("+818044387496"), s.toString());
        // the family name beside the full name is one person's: the record still names one person, whom a passport
        // zone's romanised name finds by reading (KanjiReadings)
        in.add(new DocFinding("scan", new Finding(Category.PII, "PERSON_NAME", "HIDEKI ISHIKAWA", "*", 0.9, "line=2",
                "t", null, 200)));
        in.add(new DocFinding("scan", new Finding(Category.PII, "JP_PASSPORT", "MZ8785694", "*", 0.9, "line=3", "t",
                null, 300)));
        List<Subject> withScan = r.resolve(in);
        assertEquals(2, withScan.size(), withScan.toString());
        assertEquals(java.util.Set.of("mail", "scan"), withEmail(withScan, "h.ishikawa36@example.ne.jp").docIds());
    }

    @Test
    void aFamilyNameAboveValuesOrOfTwoPeopleJoinsNoOne() {
        // From: 山口 春香 / To: 原田 美咲 / "原田さん" / … / 新住所：… / the sender's signature: the address is not 原田 美咲's
        List<Subject> s = r.resolve(List.of(
                at(1, 0, "PERSON_NAME", "山口 春香"), at(1, 10, "EMAIL_ADDRESS", "h.yamaguchi@example.co.jp"),
                at(2, 0, "PERSON_NAME", "原田 美咲"), at(2, 10, "EMAIL_ADDRESS", "m.harada@example.co.jp"),
                at(5, 0, "PERSON_NAME", "原田"), at(8, 4, "POSTAL_ADDRESS", "大阪府堺市北区長曽根町11-17"),
                at(14, 0, "PERSON_NAME", "山口 春香"), at(15, 3, "PHONE_NUMBER", "+817023246472")));
        assertTrue(withEmail(s, "m.harada@example.co.jp").postalAddress() == null, s.toString());
        // minutes naming 松岡部長, 水野課長, 松岡久美子 and "記録：松岡": names alone sign no values, 松岡久美子 stays a person
        List<Subject> minutes = r.resolve(List.of(at(2, 5, "PERSON_NAME", "松岡"), at(2, 12, "PERSON_NAME", "水野"),
                at(2, 20, "PERSON_NAME", "松岡久美子"), at(3, 3, "PERSON_NAME", "松岡")));
        assertTrue(minutes.stream().anyMatch(x -> "松岡久美子".equals(x.name())), minutes.toString());
        // two 石川 in the mail: the signed phone is neither's
        List<DocFinding> two = reply("石川 秀樹");
        two.add(at(3, 0, "PERSON_NAME", "石川 英子"));
        two.add(at(3, 10, "EMAIL_ADDRESS", "e.ishikawa@example.ne.jp"));
        two.add(at(14, 5, "PHONE_NUMBER", "+818044387496"));
        two.add(at(15, 2, "PERSON_NAME", "石川"));
        List<Subject> t = r.resolve(two);
        assertTrue(t.stream().noneMatch(x -> !x.emails().isEmpty() && x.phones().contains("+818044387496")),
                t.toString());
    }

    /** From: 藤田 達也 / To: 石川 春香 / "石川 春香 様" / … / a phone on line {@code phoneLine} / "人事部 藤田 達也" on line 9. */
    private static List<DocFinding> invitation(int phoneLine) {
        return List.of(at(1, 0, "PERSON_NAME", "藤田 達也"), at(1, 10, "EMAIL_ADDRESS", "t.fujita8@example.co.jp"),
                at(2, 0, "PERSON_NAME", "石川 春香"), at(2, 10, "EMAIL_ADDRESS", "h.ishikawa1@example.ne.jp"),
                at(5, 0, "PERSON_NAME", "石川 春香"), at(phoneLine, 14, "PHONE_NUMBER", "+819091754441"),
                at(9, 4, "PERSON_NAME", "藤田 達也"));
    }

    @Test
    void aPhoneJustAboveTheSendersSignatureIsTheSendersNotTheSalutations() {
        // "当日の緊急連絡先は私の携帯（090-…）までお願いします。" on the line above the signature
        List<Subject> s = r.resolve(invitation(8));
        assertTrue(withEmail(s, "t.fujita8@example.co.jp").phones().contains("+819091754441"), s.toString());
        assertTrue(withEmail(s, "h.ishikawa1@example.ne.jp").phones().isEmpty(), s.toString());
        // a phone nearer the salutation than the signature stays the addressee's ("お電話番号 090-… を登録しました")
        List<Subject> t = r.resolve(invitation(6));
        assertTrue(withEmail(t, "h.ishikawa1@example.ne.jp").phones().contains("+819091754441"), t.toString());
    }
    @Test
    void aTitleAndFamilyNameIsTheOnePersonOfTheItemWithThatFamilyName() {
        // From: HR <hr@…> / To: Jerome Hollis <…> / Jerome Hollis, address / Dear Ms Hollis, / … treatment for depression
        List<Subject> s = r.resolve(List.of(
                at(1, 10, "EMAIL_ADDRESS", "hr@example.co.uk"),
                at(2, 4, "PERSON_NAME", "Jerome Hollis"), at(2, 20, "EMAIL_ADDRESS", "jerome_hollis74@example.co.uk"),
                at(10, 0, "PERSON_NAME", "Jerome Hollis"), at(11, 0, "POSTAL_ADDRESS", "207 Clarendon Road, Watford WD17 1JJ"),
                at(15, 5, "PERSON_NAME", "Ms Hollis"), at(17, 30, "HEALTH_INFO", "treatment for depression")));
        Subject jerome = withEmail(s, "jerome_hollis74@example.co.uk");
        assertTrue(jerome.dataElements().contains("HEALTH_INFO"), s.toString());
        assertTrue(jerome.dataElements().contains("POSTAL_ADDRESS"), s.toString());
    }

    @Test
    void aTitleAndFamilyNameOfTwoPeopleOfTheItemJoinsNeither() {
        // To: Celeste Kilpatrick / Subject: Jerome Kilpatrick - timetable / Dear Mr Kilpatrick, / … glandular fever
        List<Subject> s = r.resolve(List.of(
                at(1, 10, "EMAIL_ADDRESS", "pastoral@example.co.uk"),
                at(2, 4, "PERSON_NAME", "Celeste Kilpatrick"), at(2, 30, "EMAIL_ADDRESS", "ck23@example.io"),
                at(3, 9, "PERSON_NAME", "Jerome Kilpatrick"),
                at(10, 5, "PERSON_NAME", "Mr Kilpatrick"), at(11, 30, "HEALTH_INFO", "glandular fever")));
        for (Subject x : s) {
            assertTrue(x.name() == null || !x.name().endsWith("Kilpatrick") || x.name().startsWith("Mr")
                    || !x.dataElements().contains("HEALTH_INFO"), s.toString());
        }
    }
}
