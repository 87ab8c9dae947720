package org.leakscope.classifiers.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.TestTexts;

/** A vCard's ADR line is one postal address, written as addresses are written. */
class VcardAddressTest {

    @Test
    void componentsAreJoinedWithTheCodeAfterTheRegion() {
        assertEquals("123 Pine St, Seattle, WA 98101, USA", LabelledValueDetector.vcardAddress(";;123 Pine St;Seattle;WA;98101;USA"));
        assertEquals("Apt 4B, 123 Pine St, Seattle, WA 98101",
                LabelledValueDetector.vcardAddress(";Apt 4B;123 Pine St;Seattle;WA;98101;"));
        // no region: the postal code is a component of its own
        assertEquals("1-2-3 Marunouchi, Chiyoda-ku, 100-0005, Japan",
                LabelledValueDetector.vcardAddress(";;1-2-3 Marunouchi;Chiyoda-ku;;100-0005;Japan"));
    }

    @Test
    void theLabelRuleFindsItInAContactExport() {
        LabelledValueDetector adr = LabelledValueDetector.fromConfig(ClassifierConfig.load(null)).stream()
                .filter(d -> d.id().equals("label:vcard-adr")).findFirst().orElseThrow();
        assertEquals(List.of("123 Pine St, Seattle, WA 98101, USA"),
                TestTexts.values(adr, "BEGIN:VCARD\nFN:Grace Kim\nADR;TYPE=HOME:;;123 Pine St;Seattle;WA;98101;USA\nEND:VCARD"));
    }
}
