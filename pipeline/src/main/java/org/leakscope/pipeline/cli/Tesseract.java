package org.leakscope.pipeline.cli;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether the Tesseract OCR engine is installed, asked once before a run instead of item by item. */
final class Tesseract {

    private Tesseract() {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
