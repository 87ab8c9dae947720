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
 * <p>Both {@link #extract} and {@link #prefetch} route a file by the same test, so the parser processes are told of
 * exactly the files they will be asked for.
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

    /** Whether {@code file} is read in this JVM: a regular file (no link) of at most the size that Tika takes for text. */
    boolean readsHere(Path file, String path) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > maxBytes) {
                return false;
            }
        } catch (IOException | SecurityException e) {
            return false; // the parser process records why it cannot be read
        }
        return TEXT_TYPES.contains(here.detect(file, path));
    }

    @Override
    public void extract(Path file, String path, Consumer<ExtractedItem> out) {
        if (readsHere(file, path)) {
            here.extract(file, path, out);
        } else {
            elsewhere.extract(file, path, out);
        }
    }

    @Override
    public void prefetch(Path file, String path) {
        if (!readsHere(file, path)) {
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
