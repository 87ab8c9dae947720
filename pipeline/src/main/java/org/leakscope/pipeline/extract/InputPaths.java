package org.leakscope.pipeline.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Input files kept so that each can be opened again and shown by its real name. A file's name is a string of
 * bytes; Java turns it into a String with the locale's file-name encoding, and that string does not always
 * name the file again: under a C/POSIX locale every non-ASCII name is lost (Japanese folder names made the
 * whole extract step fail), and a name that is not UTF-8 (Shift_JIS names unpacked from a Japanese Windows
 * zip, Latin-1 names from old shares) cannot be opened from its string under UTF-8 either. Such a file is
 * kept as its {@code file:} URI, whose percent escapes are the name's own bytes, and shown with its bytes
 * decoded as UTF-8, else as Shift_JIS, else with each byte that is neither as {@code %XX}. Every other file
 * (all of them, usually) is kept and shown exactly as before.
 */
public final class InputPaths {

    /** Japanese Windows' Shift_JIS: the names of files and zip entries made there. */
    static final Charset MS932 = Charset.forName("MS932");

    private InputPaths() {
    }

    /** What opens {@code file} again ({@link #open}): its path string, or its URI when the string does not. */
    public static String locator(Path file) {
        String s = file.toString();
        return namesItself(file, s) ? s : file.toAbsolutePath().toUri().toString();
    }

    /** The file a {@link #locator} names. */
    public static Path open(String locator) {
        return locator.startsWith("file:/") ? Path.of(URI.create(locator)) : Path.of(locator);
    }

    /**
     * How {@code file} under {@code root} is shown in the reports, with '/' between folders: the relative path's
     * string when that names the file, else its bytes decoded (see the class comment).
     */
    public static String display(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (namesItself(file, file.toString())) {
            return rel;
        }
        byte[] fileBytes = uriBytes(file);
        byte[] rootBytes = uriBytes(root);
        int from = rootBytes.length;
        while (from > 0 && rootBytes[from - 1] == '/') {
            from--;
        }
        if (from >= fileBytes.length || !startsWith(fileBytes, rootBytes, from)) {
            return rel; // not under root as bytes (cannot happen for a walked file): keep Java's reading
        }
        while (from < fileBytes.length && fileBytes[from] == '/') {
            from++;
        }
        byte[] name = new byte[fileBytes.length - from];
        System.arraycopy(fileBytes, from, name, 0, name.length);
        return decodeName(name);
    }

    /** A name's bytes as text: UTF-8, else Shift_JIS with Japanese in it, else UTF-8 with {@code %XX} for the rest. */
    static String decodeName(byte[] name) {
        String utf8 = strict(name, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String sjis = strict(name, MS932);
        if (sjis != null && sjis.codePoints().anyMatch(InputPaths::japanese)) {
            return sjis;
        }
        return escaped(name);
    }

    /** Whether {@code file}'s own string names it again (what java.io.File and most libraries rely on). */
    public static boolean namesItself(Path file) {
        return namesItself(file, file.toString());
    }

    /**
     * A name in {@code dir} made of ASCII that reads {@code file}: a symbolic link to it, or where links cannot
     * be made, a copy. For libraries that reopen a file by its string; the caller deletes it.
     */
    public static Path alias(Path file, Path dir) {
        try {
            Files.createDirectories(dir);
            Path link = Files.createTempFile(dir, "input-", ".alias");
            Files.delete(link);
            try {
                return Files.createSymbolicLink(link, file.toAbsolutePath());
            } catch (UnsupportedOperationException | IOException e) {
                return Files.copy(file, link);
            }
        } catch (IOException e) {
            return null; // read as it is: its error is recorded as any other
        }
    }

    private static boolean namesItself(Path file, String s) {
        try {
            return file.getFileSystem().getPath(s).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    // the path's bytes, absolute: the percent escapes of its file: URI undone
    private static byte[] uriBytes(Path p) {
        String raw = p.toAbsolutePath().toUri().getRawPath();
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c); // the URI's raw path is ASCII: every other byte is escaped
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] b, byte[] prefix, int length) {
        for (int i = 0; i < length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code b} decoded by {@code cs}, or null when it holds bytes {@code cs} does not map. */
    static String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean japanese(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HAN;
    }

    // UTF-8 where the bytes are UTF-8, %XX for each byte that is not
    private static String escaped(byte[] name) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(name);
        CharBuffer out = CharBuffer.allocate(name.length * 3 + 1);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    out.put(String.format(Locale.ROOT, "%%%02X", in.get() & 0xFF));
                }
            } else {
                d.flush(out);
                break;
            }
        }
        return out.flip().toString();
    }
}
