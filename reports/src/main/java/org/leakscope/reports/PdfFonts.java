package org.leakscope.reports;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Chooses the report font. Japanese case names, names and labels must render, but no CJK font ships with the
 * project (they are tens of MB), so one is looked up on the machine: the file named by system property
 * {@value #FONT_PROPERTY} or environment variable {@value #FONT_ENV}, else the first known CJK font in the usual
 * font folders (Debian: {@code apt-get install fonts-ipafont-gothic}), else a Unicode Latin font (DejaVu Sans),
 * else Standard 14 Helvetica. Whatever the font cannot encode is later shown as '?' (see {@link PdfText}).
 */
final class PdfFonts {

    static final String FONT_PROPERTY = "leakscope.pdf.font";
    static final String FONT_ENV = "LEAKSCOPE_PDF_FONT";

    /** File names of CJK fonts, best first. TrueType outlines first: PDFBox embeds those as subsets. */
    static final List<Pattern> CJK_FONT_NAMES = names(
            "ipaexg\\.ttf", "ipagp\\.ttf", "ipag\\.ttf", "ipaexm\\.ttf", "ipam\\.ttf",
            "fonts-japanese-gothic\\.ttf", "notosansjp-.*\\.ttf", "notosanscjk.*\\.ttf",
            "droidsansfallbackfull\\.ttf", "droidsansfallback\\.ttf", "wqy-zenhei\\.ttc", "wqy-microhei\\.ttc",
            "takaopgothic\\.ttf", "takaogothic\\.ttf", "vl-gothic-regular\\.ttf",
            "yugothr\\.ttc", "yugothm\\.ttc", "msgothic\\.ttc", "meiryo\\.ttc", "arial unicode\\.ttf",
            // CFF-outline OpenType last: PDFBox may refuse them, then the next candidate is tried
            "notosanscjk.*-regular\\.ttc", "notosanscjkjp-regular\\.otf", "notosansjp-regular\\.otf");
    static final List<Pattern> LATIN_FONT_NAMES = names(
            "dejavusans\\.ttf", "liberationsans-regular\\.ttf", "notosans-regular\\.ttf", "arial\\.ttf");

    /** A character every CJK candidate must have, to reject a font that merely has a CJK-ish file name. */
    private static final int CJK_PROBE = '日';

    private PdfFonts() {
    }

    /** A font loaded into one document; {@code resource} (if any) must stay open until the document is saved. */
    record Loaded(PDFont font, String source, boolean cjk, Closeable resource) implements Closeable {
        @Override
        public void close() throws IOException {
            if (resource != null) {
                resource.close();
            }
        }
    }

    static Loaded load(PDDocument doc) {
        return load(doc, explicitFont(), defaultFontDirs());
    }

    static Loaded load(PDDocument doc, Optional<Path> explicit, List<Path> fontDirs) {
        List<Path> candidates = new ArrayList<>();
        explicit.ifPresent(candidates::add);
        List<Path> files = listFontFiles(fontDirs);
        candidates.addAll(ranked(files, CJK_FONT_NAMES));
        for (Path p : candidates) {
            Loaded l = tryLoad(doc, p, true);
            if (l != null) {
                return l;
            }
        }
        for (Path p : ranked(files, LATIN_FONT_NAMES)) {
            Loaded l = tryLoad(doc, p, false);
            if (l != null) {
                return l;
            }
        }
        return new Loaded(new PDType1Font(Standard14Fonts.FontName.HELVETICA), "Standard14 Helvetica", false, null);
    }

    static Optional<Path> explicitFont() {
        String v = System.getProperty(FONT_PROPERTY);
        if (v == null || v.isBlank()) {
            v = System.getenv(FONT_ENV);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Paths.get(v.trim()));
    }

    static List<Path> defaultFontDirs() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        for (String d : List.of("/usr/share/fonts", "/usr/local/share/fonts", home + "/.local/share/fonts",
                home + "/.fonts", "/Library/Fonts", "/System/Library/Fonts", home + "/Library/Fonts")) {
            dirs.add(Paths.get(d));
        }
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Paths.get(windir, "Fonts"));
        }
        return dirs;
    }

    private static List<Path> listFontFiles(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir, 6)) {
                s.filter(Files::isRegularFile).forEach(files::add);
            } catch (IOException | RuntimeException e) {
                // an unreadable font folder only means fewer candidates
            }
        }
        return files;
    }

    /** Files matching one of the patterns, ordered by the first pattern they match, then by path. */
    private static List<Path> ranked(List<Path> files, List<Pattern> patterns) {
        record Hit(int rank, Path path) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            for (int i = 0; i < patterns.size(); i++) {
                if (patterns.get(i).matcher(name).matches()) {
                    hits.add(new Hit(i, f));
                    break;
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.path().toString()));
        return hits.stream().map(Hit::path).toList();
    }

    private static Loaded tryLoad(PDDocument doc, Path file, boolean requireCjk) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                return loadFromCollection(doc, file, requireCjk);
            }
            PDType0Font font = PDType0Font.load(doc, file.toFile());
            if (requireCjk && !canEncode(font, CJK_PROBE)) {
                return null;
            }
            return new Loaded(font, file.toString(), canEncode(font, CJK_PROBE), null);
        } catch (IOException | RuntimeException e) {
            return null; // e.g. CFF OpenType, a broken file: try the next candidate
        }
    }

    private static Loaded loadFromCollection(PDDocument doc, Path file, boolean requireCjk) throws IOException {
        TrueTypeCollection ttc = new TrueTypeCollection(new File(file.toString()));
        try {
            TrueTypeFont[] chosen = new TrueTypeFont[1];
            ttc.processAllFonts(ttf -> {
                if (chosen[0] == null && (!requireCjk || hasGlyph(ttf, CJK_PROBE))) {
                    chosen[0] = ttf;
                }
            });
            if (chosen[0] != null) {
                PDType0Font font = PDType0Font.load(doc, chosen[0], true);
                if (canEncode(font, 'A')) {
                    return new Loaded(font, file.toString(), hasGlyph(chosen[0], CJK_PROBE), ttc);
                }
            }
        } catch (IOException | RuntimeException e) {
            ttc.close();
            throw e;
        }
        ttc.close();
        return null;
    }

    private static boolean hasGlyph(TrueTypeFont ttf, int codePoint) {
        try {
            var cmap = ttf.getUnicodeCmapLookup();
            return cmap != null && cmap.getGlyphId(codePoint) > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static List<Pattern> names(String... regexes) {
        return Stream.of(regexes).map(Pattern::compile).toList();
    }
}
