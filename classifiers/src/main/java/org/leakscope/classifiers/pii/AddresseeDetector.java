package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.PatternDetector;

/**
 * The addressee of a letter, a statement or a notice: a line of two or three name words, in capitals as USPS asks
 * for envelopes ("GREGORY OKAFOR") or as written ("Colleen Halvorsen"), right above a US street line and its city,
 * state and ZIP line. The address block is the label that a window envelope has instead of "Name:". A firm's name
 * there ("NORTHWIND TRADERS LLC") is no person.
 */
public final class AddresseeDetector extends PatternDetector {

    private static final String SUFFIX = "(?i:st|street|ave|avenue|rd|road|dr|drive|blvd|boulevard|ln|lane|way|ct|court|pl|place"
            + "|pkwy|parkway|hwy|highway|ter|terrace|cir|circle|loop|trl|trail|plz|plaza|sq|square)";
    private static final String WORD = "(?:Mc|MC|Mac|MAC|O')?\\p{Lu}[\\p{L}'\\-]+";

    public AddresseeDetector() {
        super("addressee", "PERSON_NAME", List.of(Rule.of("addressee",
                        "(?m)^[ \\t]*(?<v>(?:(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\\.? )?" + WORD + "(?: \\p{Lu}\\.?)?(?: " + WORD + "){1,2}"
                                // or a card's "GALLAGHER,\nBRENT": the family name and a comma, the given names below
                                + "|" + WORD + ",[ \\t]*\\n[ \\t]*" + WORD + "(?: " + WORD + ")?)[ \\t]*\\n"
                                // the street line, then the city, state and ZIP line
                                + "(?=[ \\t]*\\d{1,6}[A-Z]? (?:[NSEWnsew]\\.? )?[\\p{L}\\d]+(?: [\\p{L}\\d]+){0,3} " + SUFFIX + "\\.?"
                                + "(?:,? (?i:apt|suite|ste|unit|#)\\.? ?[\\w-]+)?[ \\t]*\\n[ \\t]*[\\p{L}][\\p{L} .]{1,30},? [A-Z]{2},? \\d{5}(?:-\\d{4})?[ \\t]*(?:\\n|$))",
                        0.7)),
                ContextWords.NONE, ContextWords.NONE);
    }

    @Override
    protected boolean invalidate(String value) {
        return OrgWords.isOrganisation(value);
    }

    @Override
    protected String mask(String value) {
        return MaskStyle.parse("name", "addressee").apply(value);
    }
}
