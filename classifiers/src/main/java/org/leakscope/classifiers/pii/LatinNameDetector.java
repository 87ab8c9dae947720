package org.leakscope.classifiers.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leakscope.classifiers.ClassifierConfig;
import org.leakscope.classifiers.detect.CharIndex;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.Masks;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * Latin-script names. Where the layout says "this is a person" any capitalised full name counts: the display
 * name of a mail address ({@code John Baker <jbaker@…>}, {@code "Baker, John" <…>}), the line under a closing
 * (Regards, Sincerely …), a title (Mr., Ms., Dr.). Elsewhere a known given name followed by a capitalised
 * surname ("Kevin Robinson", "Taro YAMADA"): the common given names (names.yml given_names) count alone, the
 * long tail (given_names_more, many of which are also words: Will, May, Chase) only with a label, an honorific
 * or another identifier (e-mail, phone) on the line. Organisation words (Bank, Inc, Ltd …) drop a hit.
 */
public final class LatinNameDetector extends PatternDetector {

    private static final String WORD = "(?:Mc|Mac|O'|D')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
    private static final String FULL = WORD + "(?: [A-Z]\\.?)?(?: (?:van |von |de |da |del |la |le )?(?:" + WORD + "|[A-Z]{2,20})){1,2}";
    private static final Pattern IDENTIFIER = Pattern.compile("@[\\w.-]+\\.[A-Za-z]{2,}|\\+?\\d[\\d ().-]{8,}\\d");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\p{N}@._-])[A-Z][a-z]+");
    // family names keep their accents (Lefèvre, Müller, García, Øster): EU data subjects are named so
    private static final Pattern SURNAME_TAIL = Pattern.compile(
            "(?: [A-Z]\\.)? (?:Mc|Mac|O')?(?:\\p{Lu}\\p{Ll}{1,20}|[A-Z]{2,20})(?:-\\p{Lu}\\p{Ll}+)?(?![\\p{L}\\p{N}@])");
    private static final Pattern NEXT_WORDS = Pattern.compile("(?: &)? [A-Z][\\w.&'-]*(?: [A-Z][\\w.&'-]*)?");
    private static final ContextWords CONTEXT = ContextWords.of("name", "mr", "ms", "mrs", "miss", "dr", "prof", "dear",
            "employee", "customer", "patient", "applicant", "contact", "attn", "attention",
            "signed", "signature", "regards", "sincerely", "manager", "director", "engineer",
            "様", "氏名", "担当");

    private final Set<String> given;
    private final Set<String> moreGiven;

    public LatinNameDetector(List<String> givenNames) {
        this(givenNames, List.of());
    }

    public LatinNameDetector(List<String> givenNames, List<String> moreGivenNames) {
        super("latin_person_name", "PERSON_NAME", rules(), CONTEXT, ContextWords.NONE);
        this.given = Set.copyOf(clean(givenNames));
        this.moreGiven = Set.copyOf(clean(moreGivenNames));
    }

    public static LatinNameDetector fromConfig(ClassifierConfig config) {
        ClassifierConfig.LoadedPack pack = config.rulePack("names");
        return new LatinNameDetector(
                ClassifierConfig.stringList(pack.yaml().get("given_names"), pack.source() + ": key given_names"),
                ClassifierConfig.stringList(pack.yaml().get("given_names_more"), pack.source() + ": key given_names_more"));
    }

    private static List<String> clean(List<String> names) {
        // YAML reads Yes/No/On as booleans; a name is one capitalised word
        return names.stream().filter(n -> n.matches("[A-Z][a-z]+")).distinct().toList();
    }

    private static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        r.add(Rule.of("display-name", "(?<![\\p{L}\\p{N}])\"?(?<v>" + FULL + ")\"? ?<[\\w.+-]+@[\\w.-]+>", 0.8));
        r.add(Rule.of("display-name-last-first", "\"(?<v>" + WORD + ", " + WORD + "(?: [A-Z]\\.?)?)\" ?<[\\w.+-]+@", 0.8));
        r.add(Rule.of("signature", "(?m)^[ \\t]*(?i:best regards|kind regards|warm regards|regards|best wishes|sincerely(?: yours)?"
                + "|yours sincerely|yours truly|yours faithfully|respectfully|thanks|thank you|many thanks|cheers|best)"
                + "[,.!]?[ \\t]*\\n(?:[ \\t]*\\n)?[ \\t]*(?<v>" + FULL + ")[ \\t]*,?[ \\t]*$", 0.75));
        r.add(Rule.of("title", "(?<![\\p{L}])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.? (?<v>" + FULL + ")(?![\\p{L}\\p{N}@])", 0.7));
        return r;
    }

    /**
     * "Given Surname" pairs whose given name is on a list. Scanned word by word with a set lookup: a
     * regex alternation of thousands of names costs a backtracking attempt per name at every position.
     */
    private void givenNameHits(ScanText t, List<Hit> out) {
        String text = t.text();
        Matcher tail = SURNAME_TAIL.matcher(text);
        // capitals are a small share of running text: only their positions are tried (the item's index)
        CharIndex.forEachMatch(text, t.index(), CAPITALISED_WORD, word -> {
            String first = word.group();
            boolean common = given.contains(first);
            if (!common && !moreGiven.contains(first)) {
                return;
            }
            tail.region(word.end(), text.length());
            if (tail.lookingAt()) {
                out.add(new Hit(word.start(), tail.end(), text.substring(word.start(), tail.end()),
                        common ? 0.6 : 0.4, common ? "given-surname" : "more-given-surname"));
            }
        });
    }

    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> out = new ArrayList<>();
        List<Hit> raw = new ArrayList<>(super.candidates(t));
        givenNameHits(t, raw);
        Matcher next = NEXT_WORDS.matcher(t.text());
        // a line with several names is searched for an identifier once
        java.util.Map<Integer, Boolean> identified = new java.util.HashMap<>();
        for (Hit h : raw) {
            // "Kevin Robinson Inc.", "Chase Bank": the name, or the words right after it, name an organisation
            next.region(h.end(), Math.min(t.text().length(), h.end() + 40));
            if (OrgWords.isOrganisation(h.raw()) || (next.lookingAt() && OrgWords.isOrganisation(next.group()))) {
                continue;
            }
            double score = h.score();
            // another identifier on the same line makes a name a record's name
            int unit = t.unitIndexAt(h.start());
            if (identified.computeIfAbsent(unit, u -> IDENTIFIER.matcher(t.normalized(u)).find())) {
                score = Math.min(1.0, score + 0.2);
            }
            out.add(new Hit(h.start(), h.end(), h.raw(), score, h.rule()));
        }
        return out;
    }

    @Override
    protected double contextBoost() {
        return 0.15;
    }

    @Override
    protected String normalizeValue(String raw) {
        return raw.strip();
    }

    @Override
    protected String mask(String value) {
        return Masks.name(value);
    }
}
