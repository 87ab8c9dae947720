package org.leakscope.classifiers.pii;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.TokenInfoFST;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * Where a line can give {@link JapaneseNamePosDetector} a 姓 + 名 pair at all, answered from kuromoji's
 * dictionary without tokenising. The lattice picks each token's tag by its neighbours, so which word becomes
 * 姓 is only known after tokenising; but the tags 人名-姓 and 人名-名 come from dictionary entries only: the
 * unknown-word dictionary of IPADIC tags an unknown kanji or katakana word 人名-一般 at most, and the detector
 * uses no user dictionary. So a token tagged 姓 is a surface that has a 姓 entry, and likewise for 名. A line
 * with no surface having a 姓 entry, then at most two blanks, then a surface having a 名 entry, standing between
 * the boundaries the detector demands, cannot give a name whatever the lattice decides: it need not be
 * tokenised. Every position is tried, not only token boundaries, so the pairs offered are a superset of the
 * pairs the tokenizer can produce.
 */
public final class KuromojiNameEntries {

    private static final int MAX_GAP = 2; // the detector's limit between 姓 and 名
    static final int WHOLE_NAME_MIN = 3; // a whole-name entry of fewer kanji is taken only in a sentence about people

    private final TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
    private final TokenInfoFST fst = dictionary.getFST();
    private final Starts starts = Starts.INSTANCE;

    /**
     * One place a name could stand: the 姓 runs from {@code start} to {@code seiEnd}, the 名 ends at {@code end},
     * blanks between or not.
     */
    @FunctionalInterface
    interface PairTest {
        boolean test(int start, int seiEnd, int end, boolean spaced);
    }

    /**
     * True when {@code s} holds a dictionary 姓 surface, up to two blanks and a 名 surface, standing where the
     * detector would take them, for which {@code test} answers true.
     */
    boolean anyPair(String s, PairTest test) {
        Walk walk = new Walk(fst);
        Walk given = new Walk(fst);
        for (int p = 0; p < s.length(); p++) {
            if (!starts.sei().get(s.charAt(p)) || (p > 0 && isNameChar(s.codePointBefore(p)))) {
                continue; // no 姓 starts so, or the detector would drop it as part of a longer word
            }
            walk.start();
            for (int q = p; q < s.length() && walk.step(s.charAt(q), q == p); q++) {
                if (walk.isFinal() && walk.hasTag(dictionary, JapaneseNamePosDetector.SEI)
                        && givenNameFollows(s, p, q + 1, given, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a dictionary 姓 surface of 1-4 characters ends at {@code end} and starts where the detector takes a
     * name (no kanji or katakana right before it): a family name can stand before a title or honorific there.
     */
    boolean surnameEndsAt(String s, int end) {
        Walk walk = new Walk(fst);
        for (int p = Math.max(0, end - 4); p < end; p++) {
            if (!starts.sei().get(s.charAt(p)) || (p > 0 && isNameChar(s.codePointBefore(p)))) {
                continue;
            }
            walk.start();
            int q = p;
            while (q < end && walk.step(s.charAt(q), q == p)) {
                q++;
            }
            if (q == end && walk.isFinal() && walk.hasTag(dictionary, JapaneseNamePosDetector.SEI)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code s} from {@code from} to {@code to} is a dictionary 姓 surface (井上, 辻). */
    boolean surnameSurface(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to || !starts.sei().get(s.charAt(from))) {
            return false;
        }
        Walk walk = walkOver(s, from, to);
        return walk != null && walk.hasTag(dictionary, JapaneseNamePosDetector.SEI);
    }

    private static final KuromojiNameEntries SHARED = new KuromojiNameEntries();

    /**
     * True when the kanji name {@code name} (no blanks) is a dictionary 姓 surface followed by a dictionary 名 surface
     * (小松 + 彩): what the tokenizer can tag as a family and a given name, whatever its lists of common
     * family names hold.
     */
    public static boolean familyThenGivenName(String name) {
        for (int cut = 1; cut < name.length() && cut <= 4; cut++) {
            if (SHARED.surnameSurface(name, 0, cut) && SHARED.givenNameSurface(name, cut, name.length(), false)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} as a whole is a dictionary 姓 or 名 surface: a family or a given name alone (長谷川). */
    public static boolean oneNamePart(String name) {
        return SHARED.surnameSurface(name, 0, name.length()) || SHARED.givenNameSurface(name, 0, name.length(), false);
    }

    /** True when {@code s} from {@code from} to {@code to} is a dictionary place surface (近江, 松本). */
    boolean placeSurface(String s, int from, int to) {
        if (from < 0 || to > s.length() || from >= to) {
            return false;
        }
        Walk walk = walkOver(s, from, to);
        return walk != null && walk.hasTag(dictionary, JapaneseNamePosDetector.PLACE);
    }

    /** The dictionary walked over {@code s} from {@code from} to {@code to}, ending on a whole entry; or null. */
    private Walk walkOver(String s, int from, int to) {
        Walk walk = new Walk(fst);
        walk.start();
        for (int q = from; q < to; q++) {
            if (!walk.step(s.charAt(q), q == from)) {
                return null;
            }
        }
        return walk.isFinal() ? walk : null;
    }

    /**
     * True when a dictionary 人名-一般 surface of {@value #WHOLE_NAME_MIN} kanji or more (IPADIC lists people by their
     * whole names: 正岡子規, 紫式部) starts where the detector takes a name (no kanji or katakana right before it)
     * and ends where a name may end.
     */
    boolean anyWholeName(String s) {
        for (int p = 0; p < s.length(); p++) {
            if (!starts.wholeNames().get(s.charAt(p)) || (p > 0 && isNameChar(s.codePointBefore(p)))) {
                continue;
            }
            // the surface is a word: it ends where the run of kanji and katakana ends or a title starts (正岡子規先生)
            int max = Math.min(s.length(), p + starts.wholeNameMax());
            for (int r = p + 1; r <= max; r++) {
                boolean runEnds = r == s.length() || !isNameChar(s.codePointAt(r));
                if (r - p >= WHOLE_NAME_MIN && (runEnds || JapaneseNamePosDetector.titleAt(s, r, null) > 0)
                        && starts.wholeNameSurfaces().contains(s.substring(p, r))) {
                    return true;
                }
                if (runEnds) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code s} from {@code from} to {@code to} is a dictionary 名 surface (千恵子, 正義); with
     * {@code onlyName}, one the dictionary knows as nothing but a name (千恵子, not 正義 the noun).
     */
    boolean givenNameSurface(String s, int from, int to, boolean onlyName) {
        if (from < 0 || to > s.length() || from >= to || !starts.mei().get(s.charAt(from))) {
            return false;
        }
        Walk walk = walkOver(s, from, to);
        return walk != null && walk.hasTag(dictionary, JapaneseNamePosDetector.MEI)
                && (!onlyName || walk.hasOnlyTag(dictionary, JapaneseNamePosDetector.NAME));
    }

    /** True when any dictionary 人名 surface (姓, 名, 人名-一般) stands anywhere in {@code s}. */
    boolean anyNameSurface(String s) {
        Walk walk = new Walk(fst);
        for (int p = 0; p < s.length(); p++) {
            if (!starts.any().get(s.charAt(p))) {
                continue;
            }
            walk.start();
            for (int q = p; q < s.length() && walk.step(s.charAt(q), q == p); q++) {
                if (walk.isFinal() && walk.hasTag(dictionary, JapaneseNamePosDetector.NAME)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A 名 surface after the 姓 from {@code start} to {@code from}, past 0-2 blanks, that {@code test} accepts. */
    private boolean givenNameFollows(String s, int start, int from, Walk walk, PairTest test) {
        for (int gap = 0; gap <= MAX_GAP && from + gap <= s.length(); gap++) {
            if (gap > 0 && !Character.isWhitespace(s.charAt(from + gap - 1))) {
                return false;
            }
            int meiStart = from + gap;
            if (meiStart == s.length() || !starts.mei().get(s.charAt(meiStart))) {
                continue;
            }
            walk.start();
            for (int r = meiStart; r < s.length() && walk.step(s.charAt(r), r == meiStart); r++) {
                int end = r + 1;
                if (!walk.isFinal()) {
                    continue;
                }
                boolean whole = (from - start) + (end - meiStart) >= 2 && endsName(s, end);
                // a one-kanji 名 and the kanji after it, as the detector reads 晋三 (晋 + 三)
                boolean extended = end - meiStart == 1 && end < s.length()
                        && JapaneseNamePosDetector.GIVEN_NAME_ENDINGS.indexOf(s.charAt(end)) >= 0 && endsName(s, end + 1);
                if ((whole || extended) && walk.hasTag(dictionary, JapaneseNamePosDetector.MEI)
                        && ((whole && test.test(start, from, end, gap > 0))
                            || (extended && test.test(start, from, end + 1, gap > 0)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The name may end at {@code end}: what follows is not kanji or katakana, or is an honorific, a title, a player's
     * rank or a local office (九段, 市長).
     */
    static boolean endsName(String s, int end) {
        return end >= s.length() || !isNameChar(s.codePointAt(end)) || JapaneseNamePosDetector.titleAt(s, end, null) > 0
                || JapaneseNamePosDetector.rankAt(s, end, null) > 0 || JapaneseNamePosDetector.localOfficeAt(s, end, null) > 0;
    }

    static boolean isNameChar(int cp) {
        // the common ranges answered without the script lookup (a binary search): Latin and punctuation, hiragana,
        // the unified ideographs, the katakana letters (ー and ・ are of no script, Common)
        if (cp < '\u2E80' || (cp >= '\u3040' && cp <= '\u309F')) {
            return false;
        }
        if ((cp >= '\u4E00' && cp <= '\u9FFF') || (cp >= '\u30A1' && cp <= '\u30FA')) {
            return true;
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
        return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.KATAKANA;
    }

    /**
     * The characters the dictionary's 姓, 名 and 人名-一般 surfaces start with (about 1,300 and 1,500 for the first
     * two, most of them kanji, some kana): a walk is only worth starting there; and the 人名-一般 surfaces of three
     * kanji or more themselves (about 1,600), looked up whole. Read once per JVM by going through
     * every entry of the dictionary (~0.15 s); the FST is read from the same resource the dictionary reads it from, as
     * {@link TokenInfoFST} does not hand out its entries.
     */
    private record Starts(BitSet sei, BitSet mei, BitSet wholeNames, java.util.Set<String> wholeNameSurfaces,
                          int wholeNameMax, BitSet any) {

        static final Starts INSTANCE = read();

        private static Starts read() {
            TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
            BitSet sei = new BitSet(1 << 16);
            BitSet mei = new BitSet(1 << 16);
            BitSet wholeNames = new BitSet(1 << 16);
            java.util.Set<String> wholeNameSurfaces = new java.util.HashSet<>();
            BitSet any = new BitSet(1 << 16);
            String name = TokenInfoDictionary.class.getSimpleName() + TokenInfoDictionary.FST_FILENAME_SUFFIX;
            try (InputStream in = new BufferedInputStream(TokenInfoDictionary.class.getResourceAsStream(name))) {
                InputStreamDataInput data = new InputStreamDataInput(in);
                FST<Long> fst = new FST<>(FST.readMetadata(data, PositiveIntOutputs.getSingleton()), data);
                IntsRefFSTEnum<Long> entries = new IntsRefFSTEnum<>(fst);
                IntsRef wordIds = new IntsRef();
                for (IntsRefFSTEnum.InputOutput<Long> e = entries.next(); e != null; e = entries.next()) {
                    int first = e.input.ints[e.input.offset];
                    dictionary.lookupWordIds(e.output.intValue(), wordIds);
                    for (int i = 0; i < wordIds.length; i++) {
                        String pos = dictionary.getPartOfSpeech(wordIds.ints[wordIds.offset + i]);
                        if (pos != null && pos.startsWith(JapaneseNamePosDetector.SEI)) {
                            sei.set(first);
                        } else if (pos != null && pos.startsWith(JapaneseNamePosDetector.MEI)) {
                            mei.set(first);
                        } else if (pos != null && pos.startsWith(JapaneseNamePosDetector.PERSON)) {
                            any.set(first);
                            if (e.input.length >= WHOLE_NAME_MIN && allHan(e.input)) {
                                wholeNames.set(first);
                                wholeNameSurfaces.add(new String(e.input.ints, e.input.offset, e.input.length));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("kuromoji dictionary " + name, e);
            }
            any.or(sei);
            any.or(mei);
            int wholeNameMax = wholeNameSurfaces.stream().mapToInt(String::length).max().orElse(0);
            return new Starts(sei, mei, wholeNames, java.util.Set.copyOf(wholeNameSurfaces), wholeNameMax, any);
        }

        private static boolean allHan(IntsRef chars) {
            for (int i = 0; i < chars.length; i++) {
                if (Character.UnicodeScript.of(chars.ints[chars.offset + i]) != Character.UnicodeScript.HAN) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One walk down the dictionary's FST, a character at a time, as the tokenizer looks words up. */
    private static final class Walk {
        private final TokenInfoFST fst;
        private final FST.BytesReader reader;
        private final FST.Arc<Long> arc = new FST.Arc<>();
        private final IntsRef wordIds = new IntsRef();
        private int output;

        Walk(TokenInfoFST fst) {
            this.fst = fst;
            this.reader = fst.getBytesReader();
        }

        void start() {
            fst.getFirstArc(arc);
            output = 0;
        }

        /** Follows {@code c}; false when no surface goes on with it. */
        boolean step(char c, boolean first) {
            try {
                if (fst.findTargetArc(c, arc, arc, first, reader) == null) {
                    return false;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e); // the FST is in memory
            }
            output += arc.output().intValue();
            return true;
        }

        boolean isFinal() {
            return arc.isFinal();
        }

        /** Whether every entry of the surface walked so far has a part of speech starting with {@code tag}. */
        boolean hasOnlyTag(TokenInfoDictionary dictionary, String tag) {
            dictionary.lookupWordIds(output + arc.nextFinalOutput().intValue(), wordIds);
            for (int i = 0; i < wordIds.length; i++) {
                String pos = dictionary.getPartOfSpeech(wordIds.ints[wordIds.offset + i]);
                if (pos == null || !pos.startsWith(tag)) {
                    return false;
                }
            }
            return wordIds.length > 0;
        }

        /** Whether the surface walked so far has an entry whose part of speech starts with {@code tag}. */
        boolean hasTag(TokenInfoDictionary dictionary, String tag) {
            dictionary.lookupWordIds(output + arc.nextFinalOutput().intValue(), wordIds);
            for (int i = 0; i < wordIds.length; i++) {
                String pos = dictionary.getPartOfSpeech(wordIds.ints[wordIds.offset + i]);
                if (pos != null && pos.startsWith(tag)) {
                    return true;
                }
            }
            return false;
        }
    }
}
