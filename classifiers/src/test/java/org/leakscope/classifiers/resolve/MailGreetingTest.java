package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static Subject withEmail(List<Subject> s, String email) {
        return s.stream().filter(x -> x.emails().contains(email)).findFirst().orElseThrow(() -> new AssertionError(s));
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
        two.add(at(3, 4, "EMAIL_ADDRESS", "sales@example.ne.jp"));
        List<Subject> t = r.resolve(two);
        assertNull(withEmail(t, "h.ishikawa36@example.ne.jp").name(), t.toString());
        assertNull(withEmail(t, "sales@example.ne.jp").name(), t.toString());
    }
}
