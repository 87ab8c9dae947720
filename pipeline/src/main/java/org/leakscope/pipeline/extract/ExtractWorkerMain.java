package org.leakscope.pipeline.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * The parser process: reads requests (file, path) on stdin, extracts with {@link TikaExtractor} and
 * writes the items to the job's Unix-domain socket (not stdout, which the JVM itself may write to). The job kills it when an item takes too long; a parser that runs out of
 * memory or crashes ends only this process. It exits when its parent does.
 *
 * <p>Arguments: maxTextChars maxDepth ocr(true|false) tempDir maxEmbeddedBytes maxExpansionRatio minExpansionBudget
 * partChars answerSocket
 */
public final class ExtractWorkerMain {

    private ExtractWorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        System.setOut(System.err); // a library's chatter goes to the parser log, as the JVM's own does
        watchParent();
        SocketChannel answers = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(args[8])));
        ExtractSettings settings = new ExtractSettings(Long.parseLong(args[0]), Integer.parseInt(args[1]),
                Boolean.parseBoolean(args[2]), Path.of(args[3]), Long.parseLong(args[4]), Long.parseLong(args[5]),
                Long.parseLong(args[6]), Long.parseLong(args[7]));
        TikaExtractor extractor = new TikaExtractor(settings);
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(answers), 1 << 16));
        while (true) {
            byte type;
            try {
                type = in.readByte();
            } catch (EOFException e) {
                return;
            }
            if (type != WireCodec.REQUEST) {
                throw new IOException("unexpected message " + type);
            }
            Path file = InputPaths.open(WireCodec.readString(in));
            String path = WireCodec.readString(in);
            try {
                extractor.extract(file, path, item -> {
                    try {
                        WireCodec.writeItem(out, item);
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, (started, size) -> {
                    try {
                        out.writeByte(WireCodec.STARTED);
                        WireCodec.writeString(out, started);
                        out.writeLong(size);
                        out.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                return; // the job went away
            }
            out.writeByte(WireCodec.END);
            out.flush();
        }
    }

    /** A killed job cannot close our stdin while a parser hangs: look after it ourselves. */
    private static void watchParent() {
        ProcessHandle.current().parent().ifPresent(parent -> {
            Thread t = new Thread(() -> {
                while (true) {
                    if (!parent.isAlive()) {
                        Runtime.getRuntime().halt(0);
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "parent-watch");
            t.setDaemon(true);
            t.start();
        });
    }
}
