package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.at;
import static org.leakscope.classifiers.resolve.Rows.withEmail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Category;
import org.leakscope.classifiers.model.Finding;

/**
 * Round 19: a group that names nobody joins the one named person its e-mail's local part spells or whose address it
 * holds; a row's second e-mail that spells the row's name stays the row's.
 */
class UnnamedGroupsTest {

    private final SubjectResolver r = new SubjectResolver(ClassifierConfig.load(null));

    /** A cell of a table row: row {@code row}, column {@code col}, as a CSV's findings come (no location yet). */
    private static DocFinding cell(String doc, int row, char col, String type, String value) {
        return new DocFinding(doc, new Finding(Category.PII, type, value, "*", 0.9, null, "t",
                "#" + row, row * 100 + (col - 'A') * 10));
    }

    private static Subject withPhone(List<Subject> s, String phone) {
        return s.stream().filter(x -> x.phones().contains(phone)).findFirst().orElseThrow(() -> new AssertionError(s));
    }

    @Test
    void mailboxNamesOfAName() {
        assertEquals("y.goto", MailboxNames.local("Y.Goto+vpn@example.co.jp"));
        assertEquals("alfie", MailboxNames.local("alfie53@example.co.uk"));
        assertNull(MailboxNames.local("12345@example.com"));
        List<String> goto_ = MailboxNames.words("後藤 陽子");
        assertEquals(Set.of("goto", "yoko"), Set.copyOf(goto_));
        Set<String> forms = MailboxNames.forms(goto_, false);
        assertTrue(forms.containsAll(List.of("y.goto", "yoko.goto", "goto.yoko", "ygoto", "yokogoto")), forms.toString());
        assertFalse(forms.contains("yoko"), "a word alone only for the name's own row");
        assertTrue(MailboxNames.forms(MailboxNames.words("Brent Oyelaran"), false).contains("brent.oyelaran"));
        assertTrue(MailboxNames.forms(List.of("alfie", "tierney"), true).contains("alfie"));
    }

    @Test
    void aFamilyNameOfTwoWordsIsOneWordInAMailbox() {
        Set<String> forms = MailboxNames.forms(MailboxNames.words("Jasper Van Houten"), false);
        assertTrue(forms.containsAll(List.of("jvanhouten", "jasper.vanhouten", "vanhouten.j", "j.houten")), forms.toString());
        // two words: nothing joined
        assertFalse(MailboxNames.forms(MailboxNames.words("Jasper Houten"), false).contains("jasperhouten.j"));
        assertEquals(List.of("jasper", "van", "houten"), MailboxNames.words("Jasper Van Houten"));
    }

    /** A VPN log's user e-mail; a chat's name and phone; maybe another named person. */
    private List<DocFinding> vpnAndChat(String chatName) {
        return new ArrayList<>(List.of(
                at("vpn", 1, 50, "IP_ADDRESS", "153.231.178.31"),
                at("vpn", 1, 90, "EMAIL_ADDRESS", "y.goto@kisaragi.example.co.jp"),
                at("chat", 3, 6, "PERSON_NAME", chatName), at("chat", 3, 30, "PHONE_NUMBER", "+818058418509")));
    }

    @Test
    void anEmailOnlyGroupJoinsTheOneNamedPersonItsMailboxSpells() {
        List<Subject> s = r.resolve(vpnAndChat("後藤陽子"));
        Subject goto_ = withEmail(s, "y.goto@kisaragi.example.co.jp");
        assertEquals("後藤陽子", goto_.name(), s.toString());
        assertTrue(goto_.phones().contains("+818058418509"), s.toString());
        assertEquals(Set.of("vpn", "chat"), goto_.docIds());
    }

    @Test
    void notWhenTwoNamedPeopleSpellItOrTheNamedOneHasAnEmail() {
        List<DocFinding> two = vpnAndChat("後藤陽子");
        two.add(at("chat", 9, 6, "PERSON_NAME", "Yusuke Goto"));
        two.add(at("chat", 9, 30, "PHONE_NUMBER", "+819011112222"));
        List<Subject> s = r.resolve(two);
        assertNull(withEmail(s, "y.goto@kisaragi.example.co.jp").name(), s.toString());
        List<DocFinding> mailed = vpnAndChat("後藤陽子");
        mailed.add(at("chat", 3, 50, "EMAIL_ADDRESS", "yoko.goto@example.jp"));
        List<Subject> m = r.resolve(mailed);
        assertNull(withEmail(m, "y.goto@kisaragi.example.co.jp").name(), m.toString());
        // a mailbox that spells nobody's name joins no one
        List<Subject> other = r.resolve(vpnAndChat("Rhys Ellison"));
        assertNull(withEmail(other, "y.goto@kisaragi.example.co.jp").name(), other.toString());
    }

    @Test
    void anUnnamedPhoneAndAddressJoinTheOneNamedPersonAtThatAddress() {
        List<DocFinding> in = new ArrayList<>(List.of(
                cell("jira", 2, 'J', "POSTAL_ADDRESS", "5639 Sycamore Ct, Tacoma, WA 98447"),
                cell("jira", 2, 'J', "PHONE_NUMBER", "+12532281842"),
                cell("assets", 2, 'B', "PERSON_NAME", "Brent Oyelaran"),
                cell("assets", 2, 'C', "EMAIL_ADDRESS", "brent.oyelaran@example.com"),
                cell("assets", 2, 'D', "POSTAL_ADDRESS", "5639 Sycamore Ct,  Tacoma, WA 98447")));
        List<Subject> s = r.resolve(in);
        Subject brent = withEmail(s, "brent.oyelaran@example.com");
        assertTrue(brent.phones().contains("+12532281842"), s.toString());
        // two people at that address (a household): the phone is neither's
        in.add(cell("assets", 3, 'B', "PERSON_NAME", "Rosa Oyelaran"));
        in.add(cell("assets", 3, 'C', "EMAIL_ADDRESS", "rosa.oyelaran@example.com"));
        in.add(cell("assets", 3, 'D', "POSTAL_ADDRESS", "5639 Sycamore Ct, Tacoma, WA 98447"));
        List<Subject> t = r.resolve(in);
        assertNull(withPhone(t, "+12532281842").name(), t.toString());
        assertFalse(withEmail(t, "brent.oyelaran@example.com").phones().contains("+12532281842"), t.toString());
    }

    @Test
    void aRowsSecondEmailThatSpellsItsNameIsTheRowsOwn() {
        // Username | First name | Last name | Primary email | Secondary email | Mobile phone
        List<Subject> s = r.resolve(List.of(
                cell("okta", 3, 'A', "EMAIL_ADDRESS", "alfie.tierney@kisaragi.example.co.uk"),
                cell("okta", 3, 'B', "PERSON_NAME", "Alfie"), cell("okta", 3, 'C', "PERSON_NAME", "Tierney"),
                cell("okta", 3, 'D', "EMAIL_ADDRESS", "alfie.tierney@kisaragi.example.co.uk"),
                cell("okta", 3, 'E', "EMAIL_ADDRESS", "alfie53@example.co.uk"),
                cell("okta", 3, 'F', "PHONE_NUMBER", "+447520884162")));
        assertEquals(1, s.size(), s.toString());
        assertEquals(Set.of("alfie.tierney@kisaragi.example.co.uk", "alfie53@example.co.uk"), s.get(0).emails());
        // a manager's e-mail in the row is another person's, as before
        List<Subject> m = r.resolve(List.of(
                cell("hr", 3, 'B', "PERSON_NAME", "Alfie"), cell("hr", 3, 'C', "PERSON_NAME", "Tierney"),
                cell("hr", 3, 'D', "EMAIL_ADDRESS", "alfie.tierney@kisaragi.example.co.uk"),
                cell("hr", 3, 'E', "EMAIL_ADDRESS", "m.okafor@kisaragi.example.co.uk")));
        assertFalse(withEmail(m, "alfie.tierney@kisaragi.example.co.uk").emails().contains("m.okafor@kisaragi.example.co.uk"),
                m.toString());
    }
}
