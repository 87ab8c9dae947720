package org.leakscope.pipeline.extract;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.extractor.EmbeddedDocumentUtil;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * An mbox cut into its messages byte for byte, each handed on as message/rfc822, so that each message is decoded
 * by its own Content-Type charset. Tika's MboxParser reads the box as windows-1252 and writes each line back in
 * it: the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) become '?', and a UTF-8 body
 * sent as 8bit (Japanese mail from Thunderbird, most mail since) came out garbled — 送付先 as ®é�£çµ¡å��,
 * addresses and names lost. A message starts after a line beginning "From " (the first line, or any later one:
 * mboxo and mboxrd alike); a body line quoted as ">From " (mboxrd) loses one '>'. Each message is spooled to a
 * temporary file, so a message with a large attachment is not held in memory.
 */
final class MboxByteParser implements Parser {

    static final MediaType MBOX = MediaType.application("mbox");
    private static final byte[] FROM = {'F', 'r', 'o', 'm', ' '};

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return Set.of(MBOX);
    }

    @Override
    public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
            throws IOException, SAXException {
        metadata.set(Metadata.CONTENT_TYPE, MBOX.toString());
        XHTMLContentHandler xhtml = new XHTMLContentHandler(handler, metadata);
        xhtml.startDocument();
        EmbeddedDocumentExtractor embedded = EmbeddedDocumentUtil.getEmbeddedDocumentExtractor(context);
        InputStream in = new BufferedInputStream(stream, 1 << 16);
        try (TemporaryResources tmp = new TemporaryResources()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream(256);
            Path message = null;
            OutputStream out = null;
            boolean atStart = true;
            boolean lineStart = true; // the chunk read begins a line (a longer line comes in several chunks)
            while (readLine(in, line)) {
                byte[] l = line.toByteArray();
                boolean begins = lineStart;
                lineStart = l[l.length - 1] == '\n';
                if (begins && startsWith(l, 0, FROM)) {
                    if (out != null) {
                        out.close();
                        hand(message, embedded, xhtml);
                        Files.delete(message);
                    }
                    message = tmp.createTempFile();
                    out = Files.newOutputStream(message);
                    atStart = false;
                    continue;
                }
                if (atStart) {
                    // text before the first separator: not an mbox message (Tika's parser skips it too)
                    continue;
                }
                int q = 0;
                while (begins && q < l.length && l[q] == '>') {
                    q++;
                }
                // mboxrd: ">From " was "From ", ">>From " was ">From "
                int skip = q > 0 && startsWith(l, q, FROM) ? 1 : 0;
                out.write(l, skip, l.length - skip);
            }
            if (out != null) {
                out.close();
                hand(message, embedded, xhtml);
            }
        }
        xhtml.endDocument();
    }

    private static void hand(Path message, EmbeddedDocumentExtractor embedded, XHTMLContentHandler xhtml)
            throws IOException, SAXException {
        Metadata m = new Metadata();
        m.set(Metadata.CONTENT_TYPE, "message/rfc822");
        m.set(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE, TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.toString());
        if (embedded.shouldParseEmbedded(m)) {
            try (TikaInputStream msg = TikaInputStream.get(message)) {
                embedded.parseEmbedded(msg, xhtml, m, true);
            }
        }
    }

    /**
     * Longest piece of a line held at once: a line longer than this (a base64 body without breaks, a hostile
     * file of one line) is read in pieces, so a box's size never becomes one array in the heap.
     */
    static final int MAX_CHUNK = 1 << 16;

    /**
     * The next line with its line break into {@code line}, or its next {@link #MAX_CHUNK} bytes; false at the end
     * of the stream.
     */
    private static boolean readLine(InputStream in, ByteArrayOutputStream line) throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n' || line.size() == MAX_CHUNK) {
                return true;
            }
        }
        return line.size() > 0;
    }

    private static boolean startsWith(byte[] l, int at, byte[] prefix) {
        if (l.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (l[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
