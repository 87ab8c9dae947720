package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutomatonStoreTest {

    /** Rules of the kinds the classifier has: labels, identifiers with look-arounds, kana, case-insensitive words. */
    private static final List<Pattern> RULES = List.of(
            Pattern.compile("(?i)(?:date of birth|d\\.o\\.b\\.?|born on)\\s*[:：]?\\s*(?<v>\\d{1,2}/\\d{1,2}/\\d{4})"),
            Pattern.compile("(?<![\\d-])(?<v>\\d{3}-\\d{2}-\\d{4})(?![\\d-])"),
            Pattern.compile("(?:氏名|お名前)[ 　:：]*(?<v>[\\p{IsHan}]{1,4}[ 　]?[\\p{IsHan}]{1,3})"),
            Pattern.compile("\\b[A-Z]{2}\\d{2} ?[A-Z0-9]{4}"),
            Pattern.compile("x*")); // matches the empty string: no trigger, stored as none

    @TempDir
    Path dir;

    @Test
    void automataReadBackAcceptTheSameLanguageWithTheSameStates() {
        AutomatonStore written = new AutomatonStore();
        List<Automaton> computed = new ArrayList<>();
        for (Pattern p : RULES) {
            computed.add(written.lookup("trigger " + p.pattern(), () -> RegexTrigger.of(p)));
            written.lookup("confirming " + p.pattern(), () -> RegexTrigger.confirming(p));
        }
        assertNull(computed.get(RULES.size() - 1), "x* has no trigger");
        Path file = dir.resolve("automata.bin");
        written.writeIfChanged(file);
        assertTrue(Files.isRegularFile(file));

        AutomatonStore read = new AutomatonStore();
        read.read(file);
        assertEquals(written.size(), read.size());
        for (int i = 0; i < RULES.size(); i++) {
            Automaton a = computed.get(i);
            Automaton b = read.lookup("trigger " + RULES.get(i).pattern(), () -> {
                throw new AssertionError("read from the file, not computed");
            });
            if (a == null) {
                assertNull(b);
                continue;
            }
            assertNotNull(b);
            assertEquals(a.getNumStates(), b.getNumStates());
            assertEquals(a.getNumTransitions(), b.getNumTransitions());
            assertTrue(b.isDeterministic(), "a run automaton needs it deterministic");
            assertTrue(Operations.sameLanguage(a, b), RULES.get(i).pattern());
            new CharacterRunAutomaton(b); // usable as the scan uses it
        }
    }

    @Test
    void aDamagedFileIsIgnoredWholeAndWrittenAnew() throws IOException {
        AutomatonStore written = new AutomatonStore();
        for (Pattern p : RULES) {
            written.lookup("trigger " + p.pattern(), () -> RegexTrigger.of(p));
        }
        Path file = dir.resolve("automata.bin");
        written.writeIfChanged(file);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length - 7)); // cut short

        AutomatonStore read = new AutomatonStore();
        read.read(file);
        assertEquals(0, read.size(), "no entry of a cut file is used");
        AtomicInteger computed = new AtomicInteger();
        read.lookup("trigger " + RULES.get(0).pattern(), () -> {
            computed.incrementAndGet();
            return RegexTrigger.of(RULES.get(0));
        });
        assertEquals(1, computed.get());
        read.writeIfChanged(file);
        AutomatonStore again = new AutomatonStore();
        again.read(file);
        assertEquals(1, again.size());

        Files.writeString(file, "not a store");
        AutomatonStore foreign = new AutomatonStore();
        foreign.read(file);
        assertEquals(0, foreign.size());
    }

    @Test
    void aStoreWithNothingNewIsNotWritten() {
        AutomatonStore written = new AutomatonStore();
        written.lookup("trigger a", () -> RegexTrigger.of(RULES.get(1)));
        Path file = dir.resolve("automata.bin");
        written.writeIfChanged(file);
        AutomatonStore read = new AutomatonStore();
        read.read(file);
        read.lookup("trigger a", () -> {
            throw new AssertionError("known");
        });
        Path other = dir.resolve("other.bin");
        read.writeIfChanged(other);
        assertFalse(Files.exists(other), "every entry came from the file: nothing to write");
    }
}
