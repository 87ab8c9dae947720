package org.leakscope.pipeline.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.tika.metadata.Metadata;
import org.leakscope.classifiers.text.TextUnit;

/**
 * The sender and recipients of a message are personal data of the message, but Tika keeps them in
 * metadata: put them back in front of the body as header lines.
 */
final class MailHeaders {

    private static final String[][] HEADERS = {
            {"From", "Message-From"}, {"To", "Message-To"}, {"Cc", "Message-Cc"}, {"Bcc", "Message-Bcc"},
            {"Subject", "dc:subject"}, {"Sensitivity", "Message:Raw-Header:Sensitivity"},
    };

    private MailHeaders() {
    }

    static List<TextUnit> prepend(Metadata metadata, List<TextUnit> body) {
        List<TextUnit> out = new ArrayList<>();
        for (String[] h : HEADERS) {
            for (String v : metadata.getValues(h[1])) {
                if (v != null && !v.isBlank()) {
                    out.add(TextUnit.line(out.size() + 1, h[0] + ": " + v.strip()));
                }
            }
        }
        int shift = out.size();
        for (TextUnit u : body) {
            out.add(u.isCell() || u.page() > 0 ? u
                    : new TextUnit(u.text(), 0, u.line() + shift, u.headerFooter(), null, 0, null, null));
        }
        return out;
    }
}
