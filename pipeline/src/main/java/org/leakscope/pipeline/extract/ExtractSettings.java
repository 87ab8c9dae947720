package org.leakscope.pipeline.extract;

import java.nio.file.Path;

/**
 * Limits of extraction.
 *
 * @param maxTextChars text kept per item whose text is held whole (office documents, PDF, mail); the rest is
 *                     dropped and the item says it was truncated. Plain and delimited text have no limit
 * @param maxDepth     containers nested deeper than this are recorded but not opened
 * @param ocr          run Tesseract OCR on images (when installed)
 * @param tempDir      where embedded items are spooled while they are read
 * @param maxEmbeddedBytes   most bytes all embedded items of one container may expand to
 * @param maxExpansionRatio  ... or this many times the container's own size, whichever is less
 * @param minExpansionBudget ... but never less than this, so small archives of big files still open
 * @param partChars    plain and delimited text is handed on in parts of about this many characters: they are read
 *                     whole, however long, with no more than a few parts in memory
 */
public record ExtractSettings(long maxTextChars, int maxDepth, boolean ocr, Path tempDir, long maxEmbeddedBytes,
                              long maxExpansionRatio, long minExpansionBudget, long partChars) {

    /** Default text parts of two million characters. */
    public static final long PART_CHARS = 2_000_000;

    /**
     * Default guards: 4 GiB per container, or 100 times its size when that is less (at least 128 MiB); default
     * text parts.
     */
    public ExtractSettings(long maxTextChars, int maxDepth, boolean ocr, Path tempDir) {
        this(maxTextChars, maxDepth, ocr, tempDir, 4L << 30, 100, 128L << 20, PART_CHARS);
    }
}
