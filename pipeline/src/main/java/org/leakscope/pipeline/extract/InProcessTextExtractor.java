package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads plain and delimited text files up to a size in this JVM and passes every other file to the parser processes.
 * A text file embeds nothing and its readers (Tika's TXT parser, OpenCSV, leakscope's own line readers) hold no more
 * than the text, which the job holds anyway to classify it; sending it through a parser process cost as much CPU as
 * reading it (2026-12-02, 67 MB of reports, CSVs and logs: the parser processes took about a quarter of the run's CPU
 * time). What the parser processes guard against, a parser that hangs, crashes its JVM or exhausts its heap, comes
 * with binary formats and containers: they stay there, as does any file whose bytes Tika does not take for text
 * whatever its name, and any text above the size (a file there has the per-item timeout).
 *
 * <p>Tika's detection decides, with the name as a first test ({@link #mayReadHere}); Tika's reading of a text file
 * is then exactly what a parser process gives.
 */
public final class InProcessTextExtractor implements ItemExtractor {

    /** What Tika takes for text that its TXT parser or leakscope's table and line readers read (no markup, no mail). */
    static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv", "text/tab-separated-values", "text/x-log");

    private final TikaExtractor here;
    private final ItemExtractor elsewhere;
    private final long maxBytes;

    /**
     * @param here      reads the text files, in this JVM
     * @param elsewhere reads all other files (the parser processes)
     * @param maxBytes  the largest text file read here
     */
    public InProcessTextExtractor(TikaExtractor here, ItemExtractor elsewhere, long maxBytes) {
        this.here = here;
        this.elsewhere = elsewhere;
        this.maxBytes = maxBytes;
    }

    /** Names that text files have (a load file's .dat too): only such files are tried here. */
    private static final Set<String> TEXT_NAMES = Set.of("txt", "text", "csv", "tsv", "tab", "log", "dat");

    /**
     * Whether {@code file} may be read here: a regular file (no link) of at most the size with a text file's name. Only
     * such files are tried here, and told to the parser processes only when they are not, so that both ways agree
     * without reading the file (Tika's detection, which settles it, costs as much as reading a small text).
     */
    boolean mayReadHere(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !TEXT_NAMES.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) <= maxBytes;
        } catch (IOException | SecurityException e) {
            return false; // the parser process records why it cannot be read
        }
    }

    @Override
    public void extract(Path file, String path, Consumer<ExtractedItem> out) {
        // a file with a text file's name that Tika takes for something else goes to the parser processes unannounced
        if (!mayReadHere(file) || !here.extractIf(TEXT_TYPES, file, path, out)) {
            elsewhere.extract(file, path, out);
        }
    }

    @Override
    public void prefetch(Path file, String path) {
        if (!mayReadHere(file)) {
            elsewhere.prefetch(file, path);
        }
    }

    @Override
    public void prepare() {
        elsewhere.prepare();
    }

    @Override
    public void close() {
        elsewhere.close();
    }
}
