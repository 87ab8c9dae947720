package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.Classifier;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.model.Finding;
import org.leakscope.classifiers.text.TextUnit;

/** OCR text of scanned paper (probe set 25): labels with 0 / 1 for letters, filled-in blanks, doubled blanks. */
class ScannedFormsTest {

    private static final Classifier C = new Classifier(ClassifierConfig.load(null));

    private static List<Finding> classify(String text) {
        List<TextUnit> units = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            units.add(TextUnit.line(i + 1, lines[i]));
        }
        return C.classify(units).findings();
    }

    private static Set<String> values(List<Finding> f, String type) {
        Set<String> out = new TreeSet<>();
        f.stream().filter(x -> type.equals(x.type())).forEach(x -> out.add(x.value()));
        return out;
    }

    @Test
    void anI9sColumnHeadersWithOcrSwapsAndWideGaps() {
        // header lines have no colon: their label words are read as words, and their gaps may be wider than one blank
        List<Finding> f = classify("Section 1.  Employee lnformation and Attestation\n"
                + "Last  Name (Fami1y  Name)   First Name (Given Name)   Middle Initia1\n"
                + "CASTELLANO   FRANKLIN   D\n"
                + "Date  of Birth (mm/dd/yyyy)  U.S. Socia1 Security Number  Employee's Emai1 Address  Te1eph0ne Number\n"
                + "10/08/1987   777 - 07 - 4393   castellano.franklin@example.com   (415)274-6494\n");
        assertEquals(Set.of("CASTELLANO   FRANKLIN"), values(f, "PERSON_NAME")); // not "Middle Initial"
        assertEquals(Set.of("10/08/1987"), values(f, "DATE_OF_BIRTH"));
        assertEquals(Set.of("777074393"), values(f, "US_SSN"));
    }

    @Test
    void anIntakeFormsFilledInBlanks() {
        List<Finding> f = classify("NEW PATIENT INTAKE F0RM     (p1ease print)\n"
                + "Name: __Ronald__Nwachukwu________   D0B: _09/08/2002_\n"
                + "Phone: _(614) 262-6118_    Email: _ronald.nwachukwu@example.org_\n");
        assertTrue(values(f, "PERSON_NAME").stream().anyMatch(v -> v.replaceAll("\\s+", " ").equals("Ronald Nwachukwu")), f.toString());
        assertEquals(Set.of("09/08/2002"), values(f, "DATE_OF_BIRTH"), f.toString());
        assertEquals(Set.of("ronald.nwachukwu@example.org"), values(f, "EMAIL_ADDRESS"), f.toString());
    }

    @Test
    void aDoctorsNoteAndAFitNote() {
        List<Finding> note = classify("Patient:  Barnaby Maddox     D0B:  10/16/1953\n");
        assertEquals(Set.of("10/16/1953"), values(note, "DATE_OF_BIRTH"), note.toString());
        List<Finding> fit = classify("Statement of Fitness for Work\n\nPatient name:  Sabrina Maddox\nDate  0f birth:  25/02/1954\n"
                + "I assessed your case  on: 05/03/2025\nbecause of  the following c0ndition(s):  Anxiety and depression\n");
        assertEquals(Set.of("25/02/1954"), values(fit, "DATE_OF_BIRTH"), fit.toString());
        assertEquals(Set.of("Anxiety and depression"), values(fit, "HEALTH_INFO"), fit.toString());
    }

    @Test
    void aClinicsTownIsNoPerson() {
        List<Finding> f = classify("BAYSlDE FAMILY MEDICAL CLINIC\n4410 Atlantic Ave, Long Beach,  CA 90807    Te1 (562) 402-1188\n"
                + "Patient:  Barnaby Maddox     D0B:  10/16/1953\n");
        assertEquals(Set.of("Barnaby Maddox"), values(f, "PERSON_NAME"), f.toString());
        assertTrue(values(classify("Sent from Virginia Beach by Tobias Wexler, tobias.wexler@example.com")
                .stream().toList(), "PERSON_NAME").stream().noneMatch(v -> v.contains("Beach")));
    }

    @Test
    void aW4sSocialSecurityNumberWithSpacedDashes() {
        List<Finding> f = classify("Step  1:  (a) First name and midd1e initia1  |  Last name  |  (b) Socia1 security  number\n"
                + "Enter   |  Lucinda  |  Wainwright  |  722 - 01 - 4920\n");
        assertEquals(Set.of("722014920"), values(f, "US_SSN"), f.toString());
    }

    @Test
    void aLettersFlatOnTheTownsLine() {
        List<Finding> f = classify("Howard Brennan\n1426 Willow Bend Dr\nApt 4D, Reno, NV 89548\nTel: +1 (503) 209-1068\n");
        assertEquals(1, values(f, "POSTAL_ADDRESS").size(), f.toString());
        assertTrue(values(f, "POSTAL_ADDRESS").iterator().next().contains("89548"), f.toString());
        // not a flat: the town's line as it always was
        List<Finding> plain = classify("Howard Brennan\n1426 Willow Bend Dr\nReno, NV 89548\n");
        assertEquals(1, values(plain, "POSTAL_ADDRESS").size(), plain.toString());
    }
}
