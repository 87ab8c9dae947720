package org.leakscope.pipeline.extract;

import java.nio.file.Path;

/**
 * Limits of extraction.
 *
 * @param maxTextChars text kept per item; the rest is dropped and the item says it was truncated
 * @param maxDepth     containers nested deeper than this are recorded but not opened
 * @param ocr          run Tesseract OCR on images (when installed)
 * @param tempDir      where embedded items are spooled while they are read
 * @param maxEmbeddedBytes   most bytes all embedded items of one container may expand to
 * @param maxExpansionRatio  ... or this many times the container's own size, whichever is less
 * @param minExpansionBudget ... but never less than this, so small archives of big files still open
 */
public record ExtractSettings(long maxTextChars, int maxDepth, boolean ocr, Path tempDir, long maxEmbeddedBytes,
                              long maxExpansionRatio, long minExpansionBudget) {

    /** Default guards: 4 GiB per container, or 100 times its size when that is less (at least 128 MiB). */
    public ExtractSettings(long maxTextChars, int maxDepth, boolean ocr, Path tempDir) {
        this(maxTextChars, maxDepth, ocr, tempDir, 4L << 30, 100, 128L << 20);
    }
}
