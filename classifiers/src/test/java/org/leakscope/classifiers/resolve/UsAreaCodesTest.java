package org.leakscope.classifiers.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leakscope.classifiers.resolve.Rows.row;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leakscope.classifiers.ClassifierConfig;

/** A US phone's area code names the person's likely state when no address does. */
class UsAreaCodesTest {

    private final ClassifierConfig config = ClassifierConfig.load(null);
    private final UsAreaCodes codes = UsAreaCodes.fromConfig(config);
    private final SubjectResolver r = new SubjectResolver(config);

    @Test
    void areaCodesNameStates() {
        assertEquals("US-OR", codes.stateOf("+19713275540"));
        assertEquals("US-CA", codes.stateOf("+17149682231"));
        assertEquals("US-FL", codes.stateOf("+13058564472"));
        assertEquals("US-WA", codes.stateOf("+12066328850"));
        assertEquals("US-OH", codes.stateOf("+19376562174"));
        assertEquals("US-NY", codes.stateOf("+12124561414"));
        assertEquals("US-DC", codes.stateOf("+12024561414"));
        assertNull(codes.stateOf("+14165551234"), "Toronto is in Canada");
        assertNull(codes.stateOf("+18765551234"), "Jamaica shares +1");
        assertNull(codes.stateOf("+819012345678"));
        assertNull(codes.stateOf(null));
    }

    @Test
    void aPhoneOnlyPersonGetsTheStateAndAnAddressWins() {
        List<Subject> phoneOnly = r.resolve(List.of(row("D", 2, "EMAIL_ADDRESS", "a@example.com"),
                row("D", 2, "PHONE_NUMBER", "+19713275540")));
        assertEquals(Set.of("US-OR"), phoneOnly.get(0).jurisdictions());
        List<Subject> withAddress = r.resolve(List.of(row("D", 2, "EMAIL_ADDRESS", "a@example.com"),
                row("D", 2, "PHONE_NUMBER", "+19713275540"),
                row("D", 2, "POSTAL_ADDRESS", "6747 Oak Ave, Austin, TX 78722")));
        assertEquals(Set.of("US-TX"), withAddress.get(0).jurisdictions(), "the address names the state");
        List<Subject> canada = r.resolve(List.of(row("D", 2, "EMAIL_ADDRESS", "a@example.com"),
                row("D", 2, "PHONE_NUMBER", "+14165551234")));
        assertEquals(Set.of("CA"), canada.get(0).jurisdictions());
    }

    @Test
    void aCodeListedForTwoStatesIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("leakscope.yml"), "classify:\n  rule-packs:\n    us-area-codes: ac.yml\n");
        Files.writeString(dir.resolve("ac.yml"), "us_area_codes:\n  OR: [503]\n  WA: [503]\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> UsAreaCodes.fromConfig(ClassifierConfig.load(dir.resolve("leakscope.yml"))));
        assertTrue(e.getMessage().contains("503") && e.getMessage().contains("OR") && e.getMessage().contains("WA"),
                e.getMessage());
    }
}
