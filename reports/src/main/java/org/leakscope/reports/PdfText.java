package org.leakscope.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Makes any string showable in one font: unencodable characters become '?', control characters a space. */
final class PdfText {

    private final PDFont font;
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    String safe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                b.append(' ');
            } else if (encodable.computeIfAbsent(cp, c -> PdfFonts.canEncode(font, c))) {
                b.appendCodePoint(cp);
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** Width in points of an already {@link #safe} string. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (Exception e) {
            return safeText.length() * size * 0.6f; // cannot happen for safe text; a rough width beats a crash
        }
    }

    /** Greedy word wrap; a word wider than the line (e.g. Japanese, which has no spaces) is broken anywhere. */
    List<String> wrap(String text, float size, float maxWidth) {
        String t = safe(text).strip();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : t.split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // the word alone: break it by code points where it does not fit
            int[] cps = word.codePoints().toArray();
            for (int cp : cps) {
                String next = line + new String(Character.toChars(cp));
                if (!line.isEmpty() && width(next, size) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(cp);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
