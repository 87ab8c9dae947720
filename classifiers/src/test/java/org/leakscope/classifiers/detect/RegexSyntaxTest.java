package org.leakscope.classifiers.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leakscope.classifiers.detect.RegexSyntax.Alt;
import org.leakscope.classifiers.detect.RegexSyntax.Chars;
import org.leakscope.classifiers.detect.RegexSyntax.Empty;
import org.leakscope.classifiers.detect.RegexSyntax.Node;
import org.leakscope.classifiers.detect.RegexSyntax.Repeat;
import org.leakscope.classifiers.detect.RegexSyntax.Seq;
import org.leakscope.classifiers.detect.RegexSyntax.Unknown;

/** The regex reader every analysis shares: flags resolved into character sets, zero-width parts, unknown parts. */
class RegexSyntaxTest {

    private static Node parse(String regex) {
        return RegexSyntax.parse(Pattern.compile(regex));
    }

    private static Node parse(String regex, int flags) {
        return RegexSyntax.parse(Pattern.compile(regex, flags));
    }

    private static Chars chars(Node n) {
        return assertInstanceOf(Chars.class, n);
    }

    @Test
    void literalsClassesAndShorthands() {
        Chars a = chars(parse("a"));
        assertEquals(1, a.chars().cardinality());
        assertFalse(a.supplementary());
        Chars d = chars(parse("\\d"));
        assertEquals(10, d.chars().cardinality(), "\\d is ASCII digits only without UNICODE_CHARACTER_CLASS");
        assertFalse(d.supplementary());
        Chars cls = chars(parse("[:：#]"));
        assertTrue(cls.chars().get('：'));
        assertEquals(3, cls.chars().cardinality());
        Chars negated = chars(parse("[^a]"));
        assertTrue(negated.supplementary(), "a negated class may match a supplementary code point");
        assertTrue(negated.chars().get(Character.MIN_HIGH_SURROGATE));
        assertTrue(chars(parse("\\p{IsHan}")).supplementary());
        assertTrue(chars(parse(".")).supplementary());
    }

    @Test
    void caseFlagsAreResolvedIntoTheSets() {
        Seq flagged = assertInstanceOf(Seq.class, parse("(?i)k"));
        assertInstanceOf(Empty.class, flagged.items().get(0), "inline flags are zero-width");
        assertEquals(2, chars(flagged.items().get(1)).chars().cardinality(), "ASCII folding only: k, K");
        Chars unicode = chars(parse("k", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        assertTrue(unicode.chars().get('\u212A'), "the Kelvin sign folds to k under UNICODE_CASE");
        Seq scoped = assertInstanceOf(Seq.class, parse("(?i:a)b"));
        assertEquals(2, chars(scoped.items().get(0)).chars().cardinality());
        assertEquals(1, chars(scoped.items().get(1)).chars().cardinality(), "a scoped flag ends with its group");
        Seq inline = assertInstanceOf(Seq.class, parse("a(?i)b"));
        assertInstanceOf(Empty.class, inline.items().get(1));
        assertEquals(2, chars(inline.items().get(2)).chars().cardinality(), "(?i) holds for the rest of the group");
    }

    @Test
    void zeroWidthPartsAndQuantifiers() {
        Seq s = assertInstanceOf(Seq.class, parse("(?<![\\d-])\\b^x(?=y)$"));
        assertEquals(5, s.items().stream().filter(n -> n instanceof Empty).count());
        Repeat r = assertInstanceOf(Repeat.class, parse("x{2,5}?"));
        assertEquals(2, r.min());
        assertEquals(5, r.max());
        assertEquals(-1, assertInstanceOf(Repeat.class, parse("x++")).max(), "possessive read as greedy, unbounded");
        assertInstanceOf(Empty.class, parse("(?=x)*"), "a quantified zero-width part stays zero-width");
        Empty behind = assertInstanceOf(Empty.class, s.items().get(0));
        assertTrue(behind.before().atStart(), "a negative look-behind holds at the text's start");
        assertFalse(behind.before().chars().get('7') || behind.before().chars().get('-'));
        assertTrue(behind.before().chars().get(' ') && behind.before().chars().get('\uD800'), "surrogates: maybe");
        assertTrue(assertInstanceOf(Empty.class, s.items().get(1)).before().boundary());
        Empty caret = assertInstanceOf(Empty.class, s.items().get(2));
        assertTrue(caret.before().atStart() && caret.before().chars().isEmpty(), "^ without MULTILINE: the start only");
        assertEquals(null, assertInstanceOf(Empty.class, s.items().get(4)).before(), "a look-ahead says nothing before");
        Empty lines = assertInstanceOf(Empty.class, assertInstanceOf(Seq.class, parse("(?m)^x")).items().get(1));
        assertTrue(lines.before().chars().get('\n') && lines.before().chars().get('\u2028') && !lines.before().chars().get(' '));
        Empty positive = assertInstanceOf(Empty.class, parse("(?<=[ab])"));
        assertEquals(2, positive.before().chars().cardinality());
        assertFalse(positive.before().atStart(), "a positive look-behind wants a char");
        assertEquals(null, assertInstanceOf(Empty.class, parse("(?<!x)?")).before(), "an optional look-behind demands nothing");
        assertEquals(null, assertInstanceOf(Empty.class, parse("(?<!ab)")).before(), "two chars: not read");
        Alt alt = assertInstanceOf(Alt.class, parse("ab|c"));
        assertEquals(2, alt.branches().size());
        Seq quoted = assertInstanceOf(Seq.class, parse("\\Qa.b\\E"));
        assertEquals(1, chars(quoted.items().get(1)).chars().cardinality(), "a quoted '.' is a literal");
    }

    @Test
    void whatIsNotUnderstoodIsUnknownInPlace() {
        Seq backRef = assertInstanceOf(Seq.class, parse("(a)\\1b"));
        assertInstanceOf(Unknown.class, backRef.items().get(1));
        assertInstanceOf(Chars.class, backRef.items().get(2), "the parts after it are still read");
        Seq surrogate = assertInstanceOf(Seq.class, parse("x\uD83D\uDE00"));
        assertInstanceOf(Unknown.class, surrogate.items().get(1));
        assertInstanceOf(Unknown.class, parse("a # comment", Pattern.COMMENTS));
        // an unknown part inside a group with flags: the flags do not leak to what follows the group
        Seq leak = assertInstanceOf(Seq.class, parse("(?i:a\\1)b"));
        assertEquals(1, chars(leak.items().get(1)).chars().cardinality());
    }
}
