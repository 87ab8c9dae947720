package org.leakscope.classifiers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OCR of a scanned form: digits for letters in its labels, underscores of its blanks around what was written. */
class OcrFormTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Patient:  Barnaby Maddox     D0B:  10/16/1953|Patient:  Barnaby Maddox     DOB:  10/16/1953",
        "Date  0f birth:  25/02/1954|Date  of birth:  25/02/1954",
        "Emp1oyer: Harborline|Employer: Harborline",
        "A11ergies:  Penicillin|Allergies:  Penicillin",
        "because of the following c0ndition(s):  Anxiety|because of the following condition(s):  Anxiety",
        "INTAKE F0RM:|INTAKE FORM:",
        // values after the label's colon stay as written
        "Password: passw0rd|Password: passw0rd",
        "Username: j0hn|Username: j0hn",
        "Email: j0hn.d0e@example.com|Email: j0hn.d0e@example.com",
        // ... also where the next label follows on the line: the reports quote the value as written
        "Password: passw0rd   User: jdoe|Password: passw0rd   User: jdoe",
        "User: jdoe  Password: hunter1a  Host: db1|User: jdoe  Password: hunter1a  Host: db1",
        "Name: Ann Lee   D0B: 1/2/80|Name: Ann Lee   DOB: 1/2/80",
        // a form's header line, no colon: the words of form labels only
        "Last  Name (Fami1y  Name)   First Name (Given Name)   Middle Initia1|Last  Name (Family  Name)   First Name (Given Name)   Middle Initial",
        "Date  of Birth (mm/dd/yyyy)  U.S. Socia1 Security Number  Te1eph0ne Number|Date  of Birth (mm/dd/yyyy)  U.S. Social Security Number  Telephone Number",
        "Upgrade to Mode1 3 and ask a1ice|Upgrade to Mode1 3 and ask a1ice",
        "CASTELLANO   FRANK1IN   D|CASTELLANO   FRANK1IN   D",
        // no colon on the line, a code, a postcode, a number, a digit run
        "I w0rked 52 hours|I w0rked 52 hours",
        "Postcode SW1A 1AA:|Postcode SW1A 1AA:",
        "Step 1: (a)|Step 1: (a)",
        "Room B12: lab|Room B12: lab",
        "10:30 meeting|10:30 meeting",
        "Ref X1: y|Ref X1: y"
    })
    void labelsReadAsWords(String in, String out) {
        assertEquals(out, OcrLabels.fold(in));
        assertEquals(in.length(), OcrLabels.fold(in).length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`Name: __Ronald__Nwachukwu________   DOB`|`Name:   Ronald  Nwachukwu           DOB`",
        "`Email: _r.nwachukwu@example.org_`|`Email:  r.nwachukwu@example.org `",
        "`D0B: _09/08/2002_`|`D0B:  09/08/2002 `",
        "`____Dr. S. Batra____`|`    Dr. S. Batra    `",
        // an empty blank, a word's own underscore, a code's
        "`Name: ________`|`Name: ________`",
        "`Phone: (___) ___-____`|`Phone: (___) ___-____`",
        "`first_last@example.com`|`first_last@example.com`",
        "`user_id: 42`|`user_id: 42`",
        "`x_1`|`x_1`"
    })
    void filledBlanksReadAsSpaces(String in, String out) {
        assertEquals(out, FormBlanks.fold(in));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`Name: __Ann__Lee__   D0B: 01/02/1980`|`Name:   Ann  Lee     DOB: 01/02/1980`",
        "`ＤＯＢ： ０１/０２/１９８０`|`DOB: 01/02/1980`"
    })
    void theNormalizerDoesBoth(String in, String out) {
        assertEquals(out, TextNormalizer.normalize(in));
    }
}
