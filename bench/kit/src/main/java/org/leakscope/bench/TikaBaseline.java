package org.leakscope.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The baseline of the whole-run benchmark: plain Tika text extraction of every file (and, like leakscope,
 * of the items embedded in it) on N threads, nothing else; no OCR (leakscope's default). Prints files, bytes, seconds, files/s and MB/s.
 *
 * <pre>java org.leakscope.bench.TikaBaseline IN_DIR THREADS</pre>
 */
public final class TikaBaseline {

    private static final TesseractOCRConfig NO_OCR = new TesseractOCRConfig();
    private static final PDFParserConfig NO_PDF_OCR = new PDFParserConfig();

    static {
        NO_OCR.setSkipOcr(true);
        NO_PDF_OCR.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    }

    private TikaBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(in)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong bytes = new AtomicLong();
        AtomicLong chars = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            try (InputStream is = TikaInputStream.get(f)) {
                BodyContentHandler text = new BodyContentHandler(-1);
                ParseContext ctx = new ParseContext();
                ctx.set(Parser.class, parser); // embedded items are parsed too
                // no OCR, as leakscope without --ocr: Tika would run tesseract on every image it meets where
                // tesseract is installed, a PPTX's thumbnail included
                ctx.set(TesseractOCRConfig.class, NO_OCR);
                ctx.set(PDFParserConfig.class, NO_PDF_OCR);
                parser.parse(is, text, new Metadata(), ctx);
                chars.addAndGet(text.toString().length());
                bytes.addAndGet(Files.size(f));
            } catch (Exception | LinkageError e) {
                failed.incrementAndGet();
                try {
                    bytes.addAndGet(Files.size(f));
                } catch (IOException ignored) {
                    // counted as failed
                }
            }
        })).toList();
        for (Future<?> j : jobs) {
            j.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "tika-baseline files=%d failed=%d bytes=%d chars=%d seconds=%.1f files_per_s=%.1f mb_per_s=%.2f%n",
                files.size(), failed.get(), bytes.get(), chars.get(), seconds, files.size() / seconds,
                bytes.get() / 1e6 / seconds);
    }
}
