package org.leakscope.pipeline.extract;

import java.nio.file.Path;

/**
 * Limits of extraction.
 *
 * @param maxTextChars text kept per item; the rest is dropped and the item says it was truncated
 * @param maxDepth     containers nested deeper than this are recorded but not opened
 * @param ocr          run Tesseract OCR on images (when installed)
 * @param tempDir      where embedded items are spooled while they are read
 */
public record ExtractSettings(long maxTextChars, int maxDepth, boolean ocr, Path tempDir) {
}
