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

    /**
     * Greedy word wrap. Japanese has no spaces, so a run with CJK characters (or any word wider than the line)
     * is broken between any two characters, filling the current line first; a closing mark (。、）」 ...) never
     * starts a line (it may stand a little into the margin instead).
     */
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
            boolean breakable = hasCjk(word) || width(word, size) > maxWidth;
            if (!line.isEmpty() && !breakable) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (!line.isEmpty()) {
                line.append(' ');
            }
            for (int cp : word.codePoints().toArray()) {
                String next = line + new String(Character.toChars(cp));
                if (!line.isEmpty() && width(next, size) > maxWidth && NO_LINE_START.indexOf(cp) < 0) {
                    lines.add(line.toString().stripTrailing());
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

    /** Characters that must not begin a line in Japanese typesetting (kinsoku), among those the report uses. */
    private static final String NO_LINE_START = "。、，．・：；？！）」』】〕ー々ぁぃぅぇぉっゃゅょァィゥェォッャュョ,.:;)]";

    private static boolean hasCjk(String word) {
        return word.codePoints().anyMatch(cp -> {
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || (cp >= 0x3000 && cp <= 0x303F)
                    || (cp >= 0xFF00 && cp <= 0xFFEF);
        });
    }
}
