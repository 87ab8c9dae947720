package org.leakscope.pipeline.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.AutoDetectReader;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.parser.txt.TXTParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.leakscope.classifiers.text.TextUnit;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a file with Tika's AutoDetectParser and spawns every embedded item (zip entry, mail message
 * or attachment, office embedded object) as an item of its own, depth first. The bytes of an embedded
 * item are spooled to a temporary file so that it gets its own SHA-256, size, status and text.
 *
 * <p>A failure never escapes: each item ends with a status. Thread-safe; one instance per job.
 */
public final class TikaExtractor implements ItemExtractor {

    private final ExtractSettings settings;
    private final AutoDetectParser parser;

    public TikaExtractor(ExtractSettings settings) {
        this.settings = settings;
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        // mboxes cut byte for byte: Tika's own parser loses bytes of 8-bit UTF-8 mail (MboxByteParser)
        Map<MediaType, Parser> parsers = new HashMap<>(parser.getParsers());
        parsers.put(MboxByteParser.MBOX, new MboxByteParser());
        parser.setParsers(parsers);
    }

    @Override
    public void extract(Path file, String path, Consumer<ExtractedItem> out) {
        extract(file, path, out, (started, size) -> { });
    }

    /** Told of each item before it is read: its path and size (a supervisor sizes its timeout by it). */
    @FunctionalInterface
    public interface StartListener {
        void started(String path, long sizeBytes);
    }

    /**
     * As {@link #extract(Path, String, Consumer)}, and tells {@code started} the path of each item before
     * it is parsed, so a supervising process knows which item hung or crashed.
     */
    public void extract(Path file, String path, Consumer<ExtractedItem> out, StartListener started) {
        extract(file, path, out, started, null);
    }

    /**
     * As {@link #extract(Path, String, Consumer)} when the file is of one of {@code types} as extract reads it (a regular
     * file); otherwise nothing is read or told and the answer is false.
     */
    public boolean extractIf(Set<String> types, Path file, String path, Consumer<ExtractedItem> out) {
        return extract(file, path, out, (started, size) -> { }, types);
    }

    private boolean extract(Path file, String path, Consumer<ExtractedItem> out, StartListener started, Set<String> only) {
        String special = SpecialFiles.describe(file);
        if (special != null && only != null) {
            return false;
        }
        if (special != null) {
            // never opened: a link may lead out of the input (/etc/shadow, /dev/zero), a pipe blocks the reader
            started.started(path, 0);
            out.accept(new ExtractedItem(DocIds.of(path), null, path, 0, null, SpecialFiles.mediaType(file), 0,
                    ExtractionStatus.UNSUPPORTED, special, false, List.of()));
            return true;
        }
        // parsers reopen a file by its name string (java.io.File): give them one that names it
        Path alias = InputPaths.namesItself(file) ? null : InputPaths.alias(file, settings.tempDir());
        try {
            return extractItem(alias != null ? alias : file, path, fileName(path), null, 0, out, started, null, only);
        } finally {
            if (alias != null) {
                try {
                    Files.deleteIfExists(alias);
                } catch (IOException e) {
                    // a link in our own temp folder: left for the folder's cleanup
                }
            }
        }
    }

    private String mediaTypeOf(Path bytes, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return parser.getDetector().detect(in, metadata).getBaseType().toString();
        }
    }

    /**
     * @param readError why the item's bytes could not be read in full (an embedded stream that broke off),
     *                  or null; such an item is read as far as it goes and is never OK
     * @param only      the media types read (an item of another is left unread and untold: false), or null for all
     */
    private boolean extractItem(Path bytes, String path, String name, String parentId, int depth,
                                Consumer<ExtractedItem> out, StartListener started, String readError, Set<String> only) {
        String docId = DocIds.of(path);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        String mediaType;
        try {
            mediaType = mediaTypeOf(bytes, name);
            String original = BackupNames.original(name);
            if (original != null && (mediaType.equals("text/plain") || mediaType.equals("application/octet-stream")
                    || mediaType.equals("application/zip") || mediaType.equals("application/x-tika-ooxml"))) {
                // members.csv.bak, dump.sql.old, roster.xlsx.bak: a copy kept beside the file is the file's kind
                mediaType = mediaTypeOf(bytes, original);
            }
        } catch (IOException e) {
            mediaType = MediaType.OCTET_STREAM.toString();
        }
        // a note that starts with header lines: its own parser, as the auto-detecting one would take it for a mail again
        boolean noteAsText = mediaType.equals("message/rfc822") && NoteHeaders.runIntoProse(bytes, name);
        if (noteAsText) {
            mediaType = MediaType.TEXT_PLAIN.toString();
        }
        // a Concordance / Relativity load file: Tika says text/plain, or octet-stream when it is in Windows-1252
        ConcordanceDat.Format loadFile = mediaType.equals("text/plain") || mediaType.equals("text/csv")
                || mediaType.equals("application/octet-stream") ? ConcordanceDat.sniff(bytes) : null;
        if (loadFile != null) {
            mediaType = MediaType.TEXT_PLAIN.toString();
        }
        if (only != null && !only.contains(mediaType)) {
            return false;
        }
        long size;
        String sha256;
        try {
            size = Files.size(bytes);
            started.started(path, size);
            sha256 = sha256(bytes);
        } catch (IOException e) {
            started.started(path, 0);
            out.accept(new ExtractedItem(docId, parentId, path, depth, null, null, 0, ExtractionStatus.ERROR,
                    "cannot read: " + e.getMessage(), false, List.of()));
            return true;
        }
        if (size == 0) {
            out.accept(new ExtractedItem(docId, parentId, path, depth, sha256, mediaType, 0,
                    ExtractionStatus.NO_TEXT, "empty file", false, List.of()));
            return true;
        }
        if (depth > settings.maxDepth()) {
            out.accept(new ExtractedItem(docId, parentId, path, depth, sha256, mediaType, size,
                    ExtractionStatus.TOO_LARGE, "nested deeper than the depth limit " + settings.maxDepth()
                            + "; not opened", false, List.of()));
            return true;
        }

        Spawner spawner = new Spawner(mediaType, path, docId, depth, size, out, started);
        // plain and delimited text is handed on in parts as it is read: a dump of any length, read whole
        boolean inParts = readInParts(mediaType);
        LayoutContentHandler handler = new LayoutContentHandler(inParts ? Long.MAX_VALUE : settings.maxTextChars(),
                mediaType.equals("application/pdf"));
        // in HTML (a page, a mail's body) a one-column table is layout: a signature's lines, not rows of records
        handler.boxTables(mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml") || isMessage(mediaType));
        int[] parts = {0};
        String type = mediaType;
        Consumer<List<TextUnit>> partSink = part -> {
            parts[0]++;
            out.accept(new ExtractedItem(docId, parentId, path, depth, sha256, type, size, ExtractionStatus.OK, null,
                    false, part, true));
        };
        if (inParts) {
            handler.handPartsTo(settings.partChars(), partSink);
        }
        ParseContext context = new ParseContext();
        // leaf parsers (the PDF parser looking for its OCR parser) find the parser here
        context.set(Parser.class, parser);
        // Tika's image OCR does not run under a custom embedded-document extractor; images embed nothing
        if (!mediaType.startsWith("image/")) {
            context.set(EmbeddedDocumentExtractor.class, spawner);
        }
        spawner.bodyContext = context;
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(!settings.ocr());
        PDFParserConfig pdf = new PDFParserConfig();
        if (settings.ocr()) {
            ocr.setLanguage("eng+jpn");
            // image-only PDF pages (scans) are rendered and read; pages with text keep their text
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            // said explicitly: Tika's default strategy fails on pages with little text when OCR is absent
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(PDFParserConfig.class, pdf);
        List<String> docxDeletions = mediaType.equals(DocxHeaderFooter.DOCX) ? DocxDeletions.lines(bytes) : List.of();
        if (!docxDeletions.isEmpty()) {
            // a DOCX with tracked deletions: they are read apart (DocxDeletions), inline they fused with the text
            // around them; only Tika's streaming DOCX reader can leave them out
            OfficeParserConfig office = new OfficeParserConfig();
            office.setUseSAXDocxExtractor(true);
            office.setIncludeDeletedContent(false);
            context.set(OfficeParserConfig.class, office);
        }
        context.set(TesseractOCRConfig.class, ocr);

        ExtractionStatus status = ExtractionStatus.OK;
        String detail = null;
        List<TextUnit> units;
        boolean truncated;
        ZipEncryption.Result zipEncryption = null;
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            metadata.set(Metadata.CONTENT_TYPE, mediaType);
            // a .txt that is a table (an Excel tab-delimited export, a roster written as text) is read as one
            boolean sniffed = loadFile == null && mediaType.equals("text/plain") && !noteAsText && !interchange(bytes)
                    && DelimitedText.looksLikeTable(bytes);
            boolean table = isDelimited(mediaType) || sniffed || loadFile != null;
            String notATable = table ? readTable(bytes, metadata, partSink, parts, handler, loadFile) : null;
            String interchange;
            if (loadFile != null && notATable == null) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, ConcordanceDat.class.getName());
            } else if (notATable == null && !sniffed && readZengin(mediaType, bytes, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, ZenginTransfer.class.getName());
            } else if (notATable == null && !sniffed && (interchange = readInterchange(mediaType, bytes, handler)) != null) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, interchange);
            } else if (notATable != null) {
                // a broken table is still text: its e-mails, phones and numbers are found line by line
                detail = sniffed ? null : notATable + "; read as plain text"; // a guess that failed says nothing
                new TXTParser().parse(in, handler, metadata, context);
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, TXTParser.class.getName());
            } else if (noteAsText) {
                new TXTParser().parse(in, handler, metadata, context);
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, TXTParser.class.getName());
            } else if (table) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, CsvUnits.class.getName());
            } else if ((mediaType.equals("application/json") || isJsonLines(mediaType, metadata))
                    && readJson(bytes, metadata, partSink, parts, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, JsonUnits.class.getName());
            } else if (mediaType.equals("text/x-sql") && readSql(bytes, metadata, partSink, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, SqlDumpUnits.class.getName());
            } else if (isBson(mediaType, metadata, bytes) && readBson(bytes, partSink, parts, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, BsonJsonReader.class.getName());
            } else if (mediaType.equals("application/x-sqlite3") && readSqlite(bytes, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, SqliteUnits.class.getName());
            } else if (isLdif(mediaType, metadata, bytes) && readLdif(bytes, metadata, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, LdifUnits.class.getName());
            } else if (mediaType.equals("application/xml") && readXml(bytes, handler)) {
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, XmlUnits.class.getName());
            } else if (VCARDS.contains(mediaType)) {
                readVcard(bytes, metadata, handler);
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, VcardText.class.getName());
            } else if (CALENDARS.contains(mediaType)) {
                readCalendar(bytes, metadata, handler);
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, CalendarText.class.getName());
            } else if (PLAIN_TEXT.contains(mediaType)) {
                // no table (DelimitedText said so above) and none of the text formats read above: Tika's text-and-CSV
                // parser would sniff it for a CSV dialect once more, three quarters of the cost of reading the file
                new TXTParser().parse(in, handler, metadata, context);
                metadata.add(TikaCoreProperties.TIKA_PARSED_BY, TXTParser.class.getName());
            } else {
                if (mediaType.equals("application/zip")) {
                    zipEncryption = ZipEncryption.check(bytes);
                    if (zipEncryption != null && zipEncryption.all()) {
                        throw new EncryptedDocumentException(zipEncryption.detail());
                    }
                    spawner.entryNames = ZipNames.decode(bytes);
                }
                parser.parse(in, handler, metadata, context);
                if (mediaType.equals("application/pdf")) {
                    // form entries beside their printed labels, and values only drawn in widget appearances
                    PdfFormFields.emit(bytes, handler);
                } else if (!docxDeletions.isEmpty()) {
                    // tracked deletions on lines of their own, not glued to the insertion that replaced them
                    DocxDeletions.emit(docxDeletions, handler);
                }
            }
        } catch (EncryptedDocumentException e) {
            status = ExtractionStatus.ENCRYPTED;
            detail = "password-protected or encrypted: " + oneLine(e);
        } catch (UnsupportedFormatException e) {
            status = ExtractionStatus.UNSUPPORTED;
            detail = oneLine(e);
        } catch (TikaException | IOException | SAXException e) {
            if (mediaType.equals("application/x-7z-compressed") && spawner.spawned == 0
                    && hasMessage(e, "doesn't have this timestamp")) {
                // Tika asks every 7z entry for a time that 7-Zip may omit (-mtm=off): read the entries ourselves
                String fallbackError = spawnSevenZipEntries(bytes, spawner);
                if (fallbackError != null) {
                    status = encryptedCause(e) ? ExtractionStatus.ENCRYPTED : ExtractionStatus.CORRUPT;
                    detail = fallbackError;
                }
            } else {
                status = encryptedCause(e) ? ExtractionStatus.ENCRYPTED : ExtractionStatus.CORRUPT;
                detail = oneLine(e);
            }
        } catch (OutOfMemoryError e) {
            status = ExtractionStatus.TOO_LARGE;
            detail = "out of memory while parsing";
        } catch (RuntimeException | StackOverflowError | NoClassDefFoundError e) {
            status = ExtractionStatus.ERROR;
            detail = oneLine(e);
        }
        if (zipEncryption != null && !zipEncryption.all()) {
            // the readable entries were read; each locked one is an unknown exposure with a name
            for (String locked : zipEncryption.encryptedNames()) {
                spawner.lockedEntry(locked, "password-protected ZIP entry; not read");
            }
        }
        if (spawner.encryptedEntries > 0 && status == ExtractionStatus.OK) {
            status = ExtractionStatus.ENCRYPTED;
            detail = zipEncryption != null ? zipEncryption.detail()
                    : spawner.encryptedEntries + " embedded item(s) could not be decrypted";
        }
        units = mediaType.equals("message/rfc822") ? MailHeaders.prepend(metadata, handler.units()) : handler.units();
        if (mediaType.equals(DocxHeaderFooter.DOCX) && status == ExtractionStatus.OK) {
            units = DocxHeaderFooter.mark(bytes, units);
        }
        if (mediaType.equals(PptxEdges.PPTX) && status == ExtractionStatus.OK) {
            units = PptxEdges.mark(bytes, units);
        }
        truncated = handler.truncated();
        if (status == ExtractionStatus.OK && !parsedByRealParser(metadata)) {
            status = ExtractionStatus.UNSUPPORTED;
            detail = unsupportedReason(mediaType);
        } else if (status == ExtractionStatus.OK && units.isEmpty() && spawner.spawned == 0 && parts[0] == 0) {
            status = ExtractionStatus.NO_TEXT;
            detail = mediaType.startsWith("image/") && !settings.ocr() ? "image; OCR is off" : "no text";
            if (mediaType.equals("application/pdf") && !PdfTail.hasEof(bytes)) {
                // cut off: the lenient parse found no pages, which says nothing of the pages that were lost
                status = ExtractionStatus.CORRUPT;
                detail = "truncated PDF: no end-of-file marker; no text could be read";
            }
        }
        if (readError != null && (status == ExtractionStatus.OK || status == ExtractionStatus.NO_TEXT)) {
            status = ExtractionStatus.CORRUPT;
            detail = "only part of the item could be read from its container (" + readError
                    + "); sha256 and size are of that part";
        }
        if (truncated) {
            detail = (detail == null ? "" : detail + "; ") + "text truncated at " + settings.maxTextChars()
                    + " characters";
        }
        out.accept(new ExtractedItem(docId, parentId, path, depth, sha256, mediaType, size, status, detail,
                truncated, units));
        return true;
    }

    /**
     * Spawns every embedded item as an item of its own (ICIJ extract's SPAWN strategy), as soon as Tika
     * hands it over: only the chain of items being read sits in the temp folder, never a whole archive.
     * Guards against decompression bombs: an item may not expand beyond its container's budget.
     */
    private final class Spawner implements EmbeddedDocumentExtractor {
        private final String parentType;
        private final String parentPath;
        private final String parentId;
        private final int parentDepth;
        private final Consumer<ExtractedItem> out;
        private final StartListener started;
        private final Set<String> names = new HashSet<>();
        private long budget;
        private ParseContext bodyContext;
        private boolean inlinedBody;
        private int bodyDepth;
        private int index;
        private int spawned;
        private int fileIndex;
        private int encryptedEntries;
        /** Names of the archive's file entries decoded archive-wide (see {@link ZipNames}), or null. */
        private List<String> entryNames;

        Spawner(String parentType, String parentPath, String parentId, int parentDepth, long parentSize,
                Consumer<ExtractedItem> out, StartListener started) {
            this.parentType = parentType;
            this.parentPath = parentPath;
            this.parentId = parentId;
            this.parentDepth = parentDepth;
            this.out = out;
            this.started = started;
            this.budget = Math.min(settings.maxEmbeddedBytes(),
                    Math.max(settings.minExpansionBudget(), parentSize * settings.maxExpansionRatio()));
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return true;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
                throws IOException {
            index++;
            String type = metadata.get(Metadata.CONTENT_TYPE);
            String resourceType = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
            // Images drawn inside a document are part of its page, not items of their own (unless OCR reads them).
            if (!settings.ocr() && "INLINE".equals(resourceType) && type != null && type.startsWith("image/")) {
                return;
            }
            // A message's own body parts are its text, not attachments: read them inline.
            if (isMessage(parentType) && isBodyPart(metadata, type)) {
                if (type.startsWith("text/html") && inlinedBody || bodyDepth > 0) {
                    return;
                }
                inlinedBody = true;
                bodyDepth++;
                try {
                    parser.parse(stream, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata,
                            bodyContext);
                } catch (TikaException | SAXException e) {
                    // a broken body part still leaves the rest of the message
                } finally {
                    bodyDepth--;
                }
                return;
            }
            String name = childName(metadata);
            // an office package's preview picture repeats its first page
            if (name.startsWith("docProps/thumbnail.")) {
                return;
            }
            name = repairedName(name);
            spawned++;
            spawn(stream, name);
        }

        /** Reads one embedded item into the temp folder, within the container's budget, and extracts it. */
        void spawn(InputStream stream, String name) throws IOException {
            String path = parentPath + "!/" + unique(name, names);
            if (budget <= 0) {
                started.started(path, 0);
                out.accept(tooLarge(path, -1, "not read: " + parentPath + " already expanded beyond its limit"
                        + " (possible decompression bomb)"));
                return;
            }
            Path tmp = Files.createTempFile(settings.tempDir(), "embedded-", ".bin");
            try {
                Copied copied = copyAtMost(stream, tmp, budget + 1);
                if (copied.bytes() > budget) {
                    budget = 0;
                    started.started(path, 0);
                    out.accept(tooLarge(path, copied.bytes(), "expands beyond the limit for " + parentPath
                            + " (possible decompression bomb); not read"));
                    return;
                }
                budget -= copied.bytes();
                if (copied.error() != null && encryptedCause(copied.error())) {
                    lockedEntryAt(path, "encrypted in its container; not read: " + oneLine(copied.error()));
                    return;
                }
                extractItem(tmp, path, name, parentId, parentDepth + 1, out, started,
                        copied.error() == null ? null : oneLine(copied.error()), null);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }

        /** A row for an entry that is known by name only because it is encrypted. */
        void lockedEntry(String name, String detail) {
            lockedEntryAt(parentPath + "!/" + unique(cleanName(name), names), detail);
        }

        private void lockedEntryAt(String path, String detail) {
            encryptedEntries++;
            started.started(path, 0);
            out.accept(new ExtractedItem(DocIds.of(path), parentId, path, parentDepth + 1, null, null, 0,
                    ExtractionStatus.ENCRYPTED, detail, false, List.of()));
        }

        /** Tika's name for the n-th file entry, unless the archive-wide decoding gives a better one. */
        private String repairedName(String tikaName) {
            int n = fileIndex++;
            if (entryNames == null || n >= entryNames.size()) {
                return tikaName;
            }
            String decoded = cleanName(entryNames.get(n));
            // only trust the position when both agree on the extension: Tika may have skipped an entry
            return extension(decoded).equals(extension(tikaName)) ? decoded : tikaName;
        }

        private ExtractedItem tooLarge(String path, long sizeSeen, String detail) {
            return new ExtractedItem(DocIds.of(path), parentId, path, parentDepth + 1, null, null,
                    Math.max(sizeSeen, 0), ExtractionStatus.TOO_LARGE, detail, false, List.of());
        }

        private String childName(Metadata metadata) {
            if (parentType.equals("application/mbox")) {
                return Integer.toString(index);
            }
            String name = metadata.get(TikaCoreProperties.INTERNAL_PATH);
            if (name == null || name.isBlank()) {
                name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            }
            if (name == null || name.isBlank()) {
                name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
            }
            if (name == null || name.isBlank()) {
                name = "embedded-" + index;
            }
            name = cleanName(name);
            return name.isEmpty() ? "embedded-" + index : name;
        }
    }

    /**
     * Reads a 7z archive's entries with commons-compress directly and spawns them; null when it worked,
     * else why not.
     */
    private static String spawnSevenZipEntries(Path archive, Spawner spawner) {
        try (SevenZFile sz = SevenZFile.builder().setPath(archive).get()) {
            SevenZArchiveEntry entry;
            while ((entry = sz.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                spawner.spawned++;
                spawner.spawn(sz.getInputStream(entry), cleanName(entry.getName()));
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return oneLine(e);
        }
    }

    /** How much of an embedded stream was copied, and why it stopped early (null when it did not). */
    private record Copied(long bytes, IOException error) {
    }

    /** Copies at most {@code limit} bytes; what could be read before an error is kept. */
    private static Copied copyAtMost(InputStream in, Path target, long limit) throws IOException {
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (java.io.OutputStream os = Files.newOutputStream(target)) {
            int n;
            while (total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0) {
                os.write(buf, 0, n);
                total += n;
            }
        } catch (IOException e) {
            return new Copied(total, e);
        }
        return new Copied(total, null);
    }

    /**
     * An entry name as a contract path segment: {@code /} separated, no empty, {@code .} or {@code ..}
     * segments (a zip-slip name never climbs out of its container, not even in a report).
     */
    static String cleanName(String name) {
        StringBuilder sb = new StringBuilder();
        for (String seg : name.replace('\\', '/').split("/")) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(seg);
        }
        return sb.toString();
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash ? name.substring(dot).toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static boolean hasMessage(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * CSV/TSV as a table ({@link CsvUnits}); null when read so, else why it is no table, when nothing of it was handed
     * on yet (then it is read as text).
     */
    private String readTable(Path bytes, Metadata metadata, Consumer<List<TextUnit>> partSink, int[] parts,
                             LayoutContentHandler handler, ConcordanceDat.Format loadFile) throws IOException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            if (loadFile != null) {
                in.skipNBytes(loadFile.bom());
                handler.tableUnits(CsvUnits.readConcordance(new java.io.InputStreamReader(in, loadFile.charset()),
                        loadFile.separator(), settings.partChars(), partSink));
                return null;
            }
            handler.tableUnits(CsvUnits.read(in, metadata, settings.partChars(), partSink));
            return null;
        } catch (CsvUnits.NotATable e) {
            if (parts[0] > 0) {
                throw e;
            }
            return e.getMessage();
        }
    }

    /** A SQL dump's rows as records ({@link SqlDumpUnits}). */
    private boolean readSql(Path bytes, Metadata metadata, Consumer<List<TextUnit>> partSink,
                            LayoutContentHandler handler) throws IOException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(bytes);
             AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            handler.tableUnits(SqlDumpUnits.read(reader, settings.partChars(), partSink));
            return true;
        }
    }

    /**
     * A 全銀協 transfer file ({@link ZenginTransfer}): Tika says text/plain or octet-stream (.dat, .txt, no
     * extension at all); the records themselves say what it is, so every record is checked, not the name.
     */
    private boolean readZengin(String mediaType, Path bytes, LayoutContentHandler handler) throws IOException {
        if (!mediaType.equals("text/plain") && !mediaType.equals("application/octet-stream")) {
            return false;
        }
        long size = Files.size(bytes);
        if (size > 16L * 1024 * 1024 || size < 3 * ZenginTransfer.RECORD) {
            return false;
        }
        // the header record first: a text file of another kind is not read whole a second time
        byte[] head = new byte[ZenginTransfer.RECORD + 2];
        int len;
        try (InputStream in = Files.newInputStream(bytes)) {
            len = in.readNBytes(head, 0, head.length);
        }
        if (!ZenginTransfer.mayBeHeader(head, len)) {
            return false;
        }
        List<byte[]> records = ZenginTransfer.records(Files.readAllBytes(bytes));
        if (records == null) {
            return false;
        }
        handler.tableUnits(ZenginTransfer.units(records, settings.maxTextChars()));
        return true;
    }

    /**
     * A machine-to-machine interchange file read as a table under its format's field names: HL7 v2
     * ({@link Hl7Segments}), ASC X12 ({@link X12Segments}), NACHA, BACS Standard 18 or IRS FIRE records
     * ({@link PaymentRecords}) or レセプト電算 records ({@link ReceiptRecords}). Tika says text/plain or octet-stream (.hl7, .edi, .x12, .ach, .txt, no extension); the
     * records say what the file is. Returns the reader's class name, or null when the file is none of these.
     */
    private String readInterchange(String mediaType, Path bytes, LayoutContentHandler handler) throws IOException {
        if (!mediaType.equals("text/plain") && !mediaType.equals("application/octet-stream")
                && !mediaType.equals("application/edi-x12") && !mediaType.equals("application/edifact")) {
            return null;
        }
        long size = Files.size(bytes);
        if (size > 16L * 1024 * 1024 || size < 16) {
            return null;
        }
        Interchange kind = Interchange.of(interchangeHead(bytes));
        if (kind == null) {
            return null;
        }
        boolean hl7 = kind == Interchange.HL7;
        boolean x12 = kind == Interchange.X12;
        boolean receipts = kind == Interchange.RECEIPTS;
        byte[] all = Files.readAllBytes(bytes);
        String text;
        if (receipts) { // レセプト電算 files are Shift_JIS by rule
            List<TextUnit> units = ReceiptRecords.read(new String(all, Charset.forName("windows-31j")),
                    settings.maxTextChars());
            if (units == null) {
                return null;
            }
            handler.tableUnits(units);
            return ReceiptRecords.class.getName();
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(all)).toString();
        } catch (CharacterCodingException e) {
            text = new String(all, Charset.forName("windows-1252"));
        }
        List<TextUnit> units;
        String by;
        if (hl7) {
            units = Hl7Segments.read(text, settings.maxTextChars());
            by = Hl7Segments.class.getName();
        } else if (x12) {
            units = X12Segments.read(text, settings.maxTextChars());
            by = X12Segments.class.getName();
        } else {
            units = PaymentRecords.read(text, settings.maxTextChars());
            by = PaymentRecords.class.getName();
        }
        if (units == null) {
            return null;
        }
        handler.tableUnits(units);
        return by;
    }

    /** A file's first 16 bytes as Latin-1, a UTF-8 byte-order mark left out: what the interchange formats start with. */
    private static String interchangeHead(Path bytes) throws IOException {
        byte[] head = new byte[16];
        try (InputStream in = Files.newInputStream(bytes)) {
            in.readNBytes(head, 0, head.length);
        }
        return new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", "");
    }

    /** The formats {@link #readInterchange} reads, told by a file's first bytes. */
    private enum Interchange {
        HL7, X12, FIXED, RECEIPTS;

        /** The format a file starting with {@code h} is in ({@link #interchangeHead}), or null. */
        static Interchange of(String h) {
            if (h.startsWith("MSH") || h.startsWith("FHS") || h.startsWith("BHS")) {
                return HL7;
            }
            if (h.startsWith("ISA")) {
                return X12;
            }
            // NACHA, BACS, IRS FIRE
            if (h.startsWith("101") || h.startsWith("1 01") || h.startsWith("VOL1") || h.matches("T\\d{4}[\\s\\S]*")) {
                return FIXED;
            }
            return ReceiptRecords.looksLikeReceipts(h) ? RECEIPTS : null;
        }
    }

    /** The file starts as one of {@link #readInterchange}'s formats (HL7, X12, NACHA, BACS, IRS FIRE, レセプト電算). */
    private static boolean interchange(Path bytes) {
        try {
            return Interchange.of(interchangeHead(bytes)) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** mongodump's {@code .bson}: Tika knows no BSON and says octet-stream. */
    private static boolean isBson(String mediaType, Metadata metadata, Path bytes) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (!mediaType.equals("application/octet-stream") || name == null
                || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".bson")) {
            return false;
        }
        try (InputStream in = Files.newInputStream(bytes)) {
            return BsonJsonReader.looksLikeBson(in.readNBytes(16), Files.size(bytes));
        } catch (IOException e) {
            return false;
        }
    }

    /** A BSON dump's documents as records: converted to JSON Lines as read ({@link BsonJsonReader}), then as JSON. */
    private boolean readBson(Path bytes, Consumer<List<TextUnit>> partSink, int[] parts, LayoutContentHandler handler)
            throws IOException {
        try (BsonJsonReader reader = new BsonJsonReader(Files.newInputStream(bytes))) {
            return readJson(reader, partSink, parts, handler);
        }
    }

    /** A SQLite database's tables as records ({@link SqliteUnits}); false when it cannot be opened. */
    private boolean readSqlite(Path bytes, LayoutContentHandler handler) {
        List<TextUnit> units = SqliteUnits.read(bytes, settings.maxTextChars());
        if (units == null) {
            return false;
        }
        handler.tableUnits(units);
        return true;
    }

    /** LDIF (an LDAP export): entries as records ({@link LdifUnits}). */
    private boolean readLdif(Path bytes, Metadata metadata, LayoutContentHandler handler)
            throws IOException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(bytes);
             AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            List<TextUnit> units = LdifUnits.read(reader, settings.maxTextChars());
            if (units == null) {
                return false;
            }
            handler.tableUnits(units);
            return true;
        }
    }

    /** LDIF by its name (.ldif, ldifde's .ldf) or, for plain text, by its first line ("version: 1", "dn: ..."). */
    private static boolean isLdif(String mediaType, Metadata metadata, Path bytes) {
        if (!mediaType.startsWith("text/")) {
            return false;
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".ldif") || n.endsWith(".ldf")) {
            return true;
        }
        if (!mediaType.equals("text/plain")) {
            return false;
        }
        byte[] head = new byte[64];
        int len;
        try (InputStream in = Files.newInputStream(bytes)) {
            len = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return false;
        }
        String first = new String(head, 0, len, StandardCharsets.ISO_8859_1).replace("\uFEFF", "")
                .replaceFirst("^\u00EF\u00BB\u00BF", "");
        return first.startsWith("version: 1") || first.startsWith("dn: ") || first.startsWith("dn:: ");
    }

    /** A data export in XML as records ({@link XmlUnits}); false when it is a document: then Tika reads it. */
    private boolean readXml(Path bytes, LayoutContentHandler handler) throws IOException {
        List<TextUnit> units;
        try (InputStream in = Files.newInputStream(bytes)) {
            units = XmlUnits.read(in, settings.maxTextChars());
        }
        if (units == null) {
            return false;
        }
        handler.tableUnits(units);
        return true;
    }

    /** iCalendar / vCalendar: read as {@link CalendarText} (folded lines joined, attendees as "Name <address>"). */
    private static final Set<String> CALENDARS = Set.of("text/calendar", "text/x-vcalendar");

    /** vCard: read as {@link VcardText} (quoted-printable values decoded). */
    private static final Set<String> VCARDS = Set.of("text/x-vcard", "text/vcard", "text/directory");

    private void readVcard(Path bytes, Metadata metadata, LayoutContentHandler handler)
            throws IOException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(bytes);
             AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            handler.tableUnits(VcardText.read(reader, settings.maxTextChars()));
        }
    }

    private void readCalendar(Path bytes, Metadata metadata, LayoutContentHandler handler)
            throws IOException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(bytes);
             AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            handler.tableUnits(CalendarText.read(reader, settings.maxTextChars()));
        }
    }

    /**
     * JSON as records ({@link JsonUnits}); false when the file is no JSON after all (a script named .json) and
     * nothing of it was handed on yet: then it is read as text.
     */
    private boolean readJson(Path bytes, Metadata metadata, Consumer<List<TextUnit>> partSink, int[] parts,
                             LayoutContentHandler handler) throws IOException, TikaException {
        try (TikaInputStream in = TikaInputStream.get(bytes);
             AutoDetectReader reader = new AutoDetectReader(in, metadata)) {
            return readJson(reader, partSink, parts, handler);
        }
    }

    /** JSON text as records; false when it is no JSON after all and nothing of it was handed on yet. */
    private boolean readJson(java.io.Reader reader, Consumer<List<TextUnit>> partSink, int[] parts,
                             LayoutContentHandler handler) throws IOException {
        try {
            handler.tableUnits(JsonUnits.read(reader, settings.partChars(), partSink));
            return true;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            if (parts[0] > 0) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Plain text, logs, JSON, SQL dumps and delimited text: read whole, in parts. Not every kind of text Tika
     * derives from text/plain: a mailbox or a message holds items of its own, and their parts would interleave.
     */
    private static boolean readInParts(String mediaType) {
        return isDelimited(mediaType) || IN_PARTS.contains(mediaType);
    }

    private static final Set<String> IN_PARTS = Set.of("text/plain", "text/x-log", "application/json", "text/x-sql");

    /**
     * JSON Lines / NDJSON (one record per line: log shippers, API and payroll exports): Tika knows no type for
     * them and says text/plain; read as records like JSON, each line's object a record.
     */
    private static boolean isJsonLines(String mediaType, Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (!mediaType.equals("text/plain") || name == null) {
            return false;
        }
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static boolean isDelimited(String mediaType) {
        return mediaType.equals("text/csv") || mediaType.equals("text/tab-separated-values");
    }

    private static boolean isMessage(String mediaType) {
        return mediaType.equals("message/rfc822") || mediaType.equals("application/vnd.ms-outlook");
    }

    /** A text part without a file name, not marked as an attachment: the message body. */
    private static boolean isBodyPart(Metadata metadata, String type) {
        if (type == null || !(type.startsWith("text/plain") || type.startsWith("text/html"))) {
            return false;
        }
        String disposition = metadata.get("Content-Disposition");
        if (disposition != null && disposition.toLowerCase(java.util.Locale.ROOT).startsWith("attachment")) {
            return false;
        }
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return name == null || name.isBlank();
    }

    /** Types Tika reads with its text-and-CSV parser as plain text; here TXTParser reads them. */
    private static final Set<String> PLAIN_TEXT = Set.of("text/plain", "text/x-log");

    private static boolean parsedByRealParser(Metadata metadata) {
        String[] parsers = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        for (String p : parsers) {
            if (!p.endsWith("EmptyParser") && !p.endsWith("AutoDetectParser") && !p.endsWith("DefaultParser")) {
                return true;
            }
        }
        return false;
    }

    private static String unsupportedReason(String mediaType) {
        if (mediaType.contains("rar")) {
            return "RAR archives are not opened: the only Java RAR parser (junrar) is not open-source licensed";
        }
        return "no parser for " + mediaType;
    }

    private static boolean encryptedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getName().endsWith("EncryptedDocumentException")
                    || t.getClass().getName().contains("InvalidPasswordException")
                    || t.getClass().getName().contains("PasswordRequiredException")) {
                return true;
            }
        }
        return false;
    }

    /** One line, no extracted text: the exception's class and message, and its root cause. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        if (root != e) {
            msg += " (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
        }
        // object identities (Parser@2c978637) would make reruns differ
        msg = msg.replaceAll("@[0-9a-f]{4,}\\b", "").replaceAll("\\s+", " ");
        return msg.length() > 300 ? msg.substring(0, 300) + "..." : msg;
    }

    private static String unique(String name, Set<String> seen) {
        String candidate = name;
        for (int n = 2; !seen.add(candidate); n++) {
            candidate = name + "#" + n;
        }
        return candidate;
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

}
