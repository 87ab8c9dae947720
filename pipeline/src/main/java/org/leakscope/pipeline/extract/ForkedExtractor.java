package org.leakscope.pipeline.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.ZipFile;

/**
 * Runs {@link TikaExtractor} in a separate JVM (the parser process) and supervises it, the way IPED's
 * external parsing and Tika pipes do: an item that takes longer than the timeout is recorded as
 * {@code TIMEOUT} and the process is killed and restarted; a parser that exhausts the process's heap or
 * crashes it costs only the item it was reading ({@code TOO_LARGE} / {@code ERROR}). Items read before
 * the failure are kept.
 *
 * <p>Parse-ahead: with a {@link #prefetch} hint for the next file, the request for it is sent while the
 * current file's items are still being classified and stored, so the parser process reads file N+1 while
 * the job works on file N (one file ahead at most). What the job has not taken yet is held here only up to
 * three parts' worth of characters (a unit counting 80 besides its text); beyond that the parser process
 * waits, so a long text or a roster (which come in parts) never piles up in the job's heap. Not thread-safe, except {@link #prefetch}: one instance per job thread.
 *
 * <p>Requests go to the process's stdin; its answers come back over a Unix-domain socket of their own, not its
 * stdout: a JVM writes to stdout behind Java's back (JFR's start message, {@code -Xlog} output, a native library),
 * and one stray byte in the answers once made every later item of the run unreadable. The process's stdout and
 * stderr go to the parser log.
 */
public final class ForkedExtractor implements ItemExtractor {

    /** Hints kept at most: a chunk's worth of files and then some. */
    private static final int MAX_UPCOMING = 256;

    /** Exit code of the parser process when its heap is exhausted (-XX:+ExitOnOutOfMemoryError gives 3). */
    private static final int OOM_EXIT = 3;

    /** Numbers the answer sockets of this JVM's parser processes. */
    private static final java.util.concurrent.atomic.AtomicLong SOCKETS = new java.util.concurrent.atomic.AtomicLong();

    private final ExtractSettings settings;
    private final long timeoutMillis;
    private final long timeoutMillisPerMb;
    private final String workerHeap;
    private final Path logFile;
    private final List<String> jvmOptions;

    private Process process;
    /** The socket the parser process connects to, until it has connected (then the file is deleted). */
    private ServerSocketChannel answers;
    private Path answersFile;
    private DataOutputStream toWorker;
    private BlockingQueue<Message> fromWorker;
    /**
     * Weight (characters + 80 a unit) read from the parser process and not yet taken: the reader thread waits, before
     * it decodes the next item, while it would exceed three parts' characters, so a long text or a roster read ahead
     * waits in the parser process (and the socket), not in this heap.
     */
    private Semaphore inFlight;
    private Thread reader;
    /** Requests written to the parser process whose END was not read yet, oldest first (two at most). */
    private final Deque<Request> sent = new ArrayDeque<>();
    /** Files announced by {@link #prefetch} and not asked for yet, in the order they will be asked for. */
    private final Deque<Request> upcoming = new ConcurrentLinkedDeque<>();

    /** One file to read: where it is and its contract path. */
    private record Request(String file, String path) {
    }

    /**
     * What the reader thread saw: a message or the end of the stream. {@code weight}: the item's characters, as far
     * as they count against {@link #inFlight}.
     */
    private record Message(byte type, String path, long size, ExtractedItem item, int weight) {
        static final Message EOF = new Message((byte) 0, null, 0, null, 0);
    }

    public ForkedExtractor(ExtractSettings settings, long timeoutMillis, String workerHeap, Path logFile) {
        this(settings, timeoutMillis, 0, workerHeap, logFile);
    }

    /**
     * @param timeoutMillis      time an item may take to be read ...
     * @param timeoutMillisPerMb ... plus this much per MiB of the item (IPED's timeOutPerMB): big files get longer
     */
    public ForkedExtractor(ExtractSettings settings, long timeoutMillis, long timeoutMillisPerMb, String workerHeap,
                           Path logFile) {
        this(settings, timeoutMillis, timeoutMillisPerMb, workerHeap, logFile, List.of());
    }

    /** ... and extra options of the parser process's JVM ({@code extract.parser-jvm-options}), put before its heap. */
    public ForkedExtractor(ExtractSettings settings, long timeoutMillis, long timeoutMillisPerMb, String workerHeap,
                           Path logFile, List<String> jvmOptions) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.settings = settings;
        this.timeoutMillis = timeoutMillis;
        this.timeoutMillisPerMb = timeoutMillisPerMb;
        this.workerHeap = workerHeap;
        this.logFile = logFile;
    }

    @Override
    public void prefetch(Path file, String path) {
        if (upcoming.size() < MAX_UPCOMING) {
            upcoming.add(new Request(InputPaths.locator(file), path));
        }
    }

    @Override
    public void extract(Path file, String path, Consumer<ExtractedItem> out) {
        Request request = new Request(InputPaths.locator(file), path);
        Request next = nextAfter(request);
        // items started but not yet delivered, innermost last: an item's embedded items are read while it is open
        java.util.Deque<String> open = new java.util.ArrayDeque<>();
        open.add(path);
        try {
            // a request sent ahead for a file that is not asked for now (a chunk read again after a failure)
            while (!sent.isEmpty() && !sent.peekFirst().equals(request)) {
                discard(sent.peekFirst());
            }
            if (sent.isEmpty()) {
                send(request);
            }
        } catch (IOException e) {
            kill();
            out.accept(failed(file, path, ExtractionStatus.ERROR, "cannot start the parser process: " + e.getMessage()));
            return;
        }
        if (next != null && sent.size() == 1) {
            sendAhead(next);
        }
        long timeout = timeoutMillis;
        while (true) {
            Message m = next(timeout, path);
            if (m == null) {
                kill();
                failOpenItems(file, open, ExtractionStatus.TIMEOUT, "no result within " + timeout / 1000
                        + " s; the parser was stopped", out);
                return;
            }
            switch (m.type()) {
                case WireCodec.STARTED -> {
                    if (!m.path().equals(open.peekLast())) {
                        open.add(m.path());
                    }
                    timeout = timeoutMillis + timeoutMillisPerMb * (m.size() >> 20);
                }
                case WireCodec.ITEM -> {
                    inFlight.release(m.weight());
                    out.accept(m.item());
                    if (!m.item().more()) {
                        open.remove(m.item().path());
                    }
                }
                case WireCodec.END -> {
                    sent.pollFirst();
                    return;
                }
                default -> {
                    int exit = waitForExit();
                    kill(); // gone already; forget what was sent to it
                    boolean oom = exit == OOM_EXIT;
                    failOpenItems(file, open, oom ? ExtractionStatus.TOO_LARGE : ExtractionStatus.ERROR,
                            oom ? "the parser ran out of memory (" + workerHeap + " heap)"
                                    : "the parser process died (exit " + exit + ")", out);
                    return;
                }
            }
        }
    }

    /**
     * Drops the hints up to {@code request} and returns the file announced after it, the one to read ahead;
     * null when there is none or the hints are out of step with what is asked for (then they are dropped).
     */
    private Request nextAfter(Request request) {
        if (!upcoming.contains(request)) {
            upcoming.clear();
            return null;
        }
        while (!request.equals(upcoming.poll())) {
            // drop the hints before it
        }
        return upcoming.peek();
    }

    private void send(Request request) throws IOException {
        ensureStarted();
        WireCodec.writeRequest(toWorker, request.file(), request.path());
        sent.addLast(request);
    }

    /**
     * Sends the next file's request to the process that is reading the current one, never to a new one: a
     * process started here would answer for the next file while the current file's items are awaited.
     */
    private void sendAhead(Request next) {
        if (process == null || !process.isAlive()) {
            return; // reading the current file meets the end of the process and says so
        }
        try {
            WireCodec.writeRequest(toWorker, next.file(), next.path());
            sent.addLast(next);
        } catch (IOException e) {
            // as above: the process is gone
        }
    }

    /** The parser process's next message, or null when none came within {@code timeout} ms. */
    private Message next(long timeout, String path) {
        try {
            return fromWorker.poll(timeout, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new IllegalStateException("interrupted while reading " + path, e);
        }
    }

    /** Reads and drops what the parser process sends for a request nobody waits for any more. */
    private void discard(Request stale) {
        while (true) {
            Message m = next(timeoutMillis, stale.path());
            if (m == null || m == Message.EOF) {
                kill();
                return;
            }
            inFlight.release(m.weight());
            if (m.type() == WireCodec.END) {
                sent.pollFirst();
                return;
            }
        }
    }

    /** The parser process boots (a JVM, Tika's parsers) while the job builds its classifier. */
    @Override
    public void prepare() {
        try {
            ensureStarted();
        } catch (IOException e) {
            // the first file says why the parser process cannot start
        }
    }

    /** The row for an item whose reading failed; for a file on disk its hash and size are still known. */
    private static ExtractedItem failed(Path file, String itemPath, ExtractionStatus status, String detail) {
        int sep = itemPath.lastIndexOf("!/");
        String parent = sep < 0 ? null : DocIds.of(itemPath.substring(0, sep));
        int depth = itemPath.split("!/", -1).length - 1;
        String sha = null;
        long size = 0;
        if (depth == 0) {
            try {
                sha = TikaExtractor.sha256(file);
                size = Files.size(file);
            } catch (IOException e) {
                // leave them unknown
            }
        }
        return new ExtractedItem(DocIds.of(itemPath), parent, itemPath, depth, sha, null, size, status, detail, false,
                List.of());
    }

    /**
     * Rows for the items that were open when reading stopped: the innermost one failed; the items that
     * contain it lose the rest of their text and embedded items.
     */
    private static void failOpenItems(Path file, java.util.Deque<String> open, ExtractionStatus status, String why,
                                      Consumer<ExtractedItem> out) {
        String innermost = open.peekLast();
        for (java.util.Iterator<String> it = open.descendingIterator(); it.hasNext(); ) {
            String p = it.next();
            out.accept(failed(file, p, status, p.equals(innermost) ? why
                    : "reading stopped in its embedded item " + innermost + " (" + why + "); the rest was not read"));
        }
    }

    private void ensureStarted() throws IOException {
        if (process != null && process.isAlive()) {
            return;
        }
        kill();
        sent.clear();
        Files.createDirectories(logFile.getParent());
        Files.createDirectories(settings.tempDir());
        // a short name: a socket path may have about 100 bytes at most
        answersFile = settings.tempDir().resolve("lsp-" + ProcessHandle.current().pid() + "-" + SOCKETS.incrementAndGet()
                + ".sock");
        Files.deleteIfExists(answersFile);
        answers = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        answers.bind(UnixDomainSocketAddress.of(answersFile));
        ProcessBuilder pb = new ProcessBuilder(command(answersFile));
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        pb.redirectError(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        try {
            process = pb.start();
        } catch (IOException e) {
            closeAnswers();
            throw e;
        }
        toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        BlockingQueue<Message> queue = new LinkedBlockingQueue<>();
        fromWorker = queue;
        // by weight (characters + 80 a unit, WireCodec#weight): two to three parts of a roster, one and a half of text
        int budget = (int) Math.min(Integer.MAX_VALUE, 3 * settings.partChars());
        Semaphore semaphore = new Semaphore(budget);
        inFlight = semaphore;
        Process started = process;
        ServerSocketChannel server = answers;
        Path serverFile = answersFile;
        reader = new Thread(() -> {
            try (SocketChannel channel = accept(server, serverFile, started)) {
                read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16)), queue,
                        semaphore, budget);
            } catch (IOException | RuntimeException e) {
                queue.add(Message.EOF);
            }
        }, "parser-process-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The parser process's connection; waits while the process boots (the job builds its classifier meanwhile).
     * A process that ends before it connects gives an IOException, read as the end of its answers.
     */
    private static SocketChannel accept(ServerSocketChannel server, Path file, Process process) throws IOException {
        try (server) {
            server.configureBlocking(false);
            while (true) {
                SocketChannel channel = server.accept(); // blocking mode, whatever the server's
                if (channel != null) {
                    return channel;
                }
                if (!process.isAlive()) {
                    throw new IOException("the parser process ended before it connected");
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    throw new IOException("stopped while waiting for the parser process", e);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void closeAnswers() {
        try {
            if (answers != null) {
                answers.close();
            }
            if (answersFile != null) {
                Files.deleteIfExists(answersFile);
            }
        } catch (IOException e) {
            // a leftover socket file in the temp folder; nothing reads it
        }
        answers = null;
        answersFile = null;
    }

    private static void read(DataInputStream in, BlockingQueue<Message> queue, Semaphore inFlight, int budget) {
        try {
            while (true) {
                byte type = in.readByte();
                switch (type) {
                    case WireCodec.STARTED -> queue.add(new Message(type, WireCodec.readString(in), in.readLong(), null,
                            0));
                    case WireCodec.ITEM -> {
                        // room first, then decode: a decoded part waiting for room would be in the heap already
                        int weight = (int) Math.min(budget, WireCodec.readWeight(in));
                        inFlight.acquire(weight);
                        queue.add(new Message(type, null, 0, WireCodec.readItem(in), weight));
                    }
                    case WireCodec.END -> queue.add(new Message(type, null, 0, null, 0));
                    default -> throw new IOException("unexpected message " + type);
                }
            }
        } catch (IOException | RuntimeException e) {
            queue.add(Message.EOF);
        } catch (InterruptedException e) {
            // the process was stopped: nobody reads this queue any more
        }
    }

    /**
     * The class-data archive this JVM runs with (the launcher's, see {@code leakscope}) and its log switches: the parser
     * process has the same class path, so it maps the same archive and skips loading and verifying those classes. And
     * the JIT tier the launcher chose for a small input (C1 alone): the parser process reads the same few files.
     */
    private static final List<String> INHERITED_OPTIONS = java.lang.management.ManagementFactory.getRuntimeMXBean()
            .getInputArguments().stream()
            .filter(a -> a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xshare:") || a.startsWith("-Xlog:cds")
                    || a.startsWith("-XX:TieredStopAtLevel="))
            .toList();

    private List<String> command(Path answersSocket) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(INHERITED_OPTIONS);
        cmd.addAll(jvmOptions);
        cmd.add("-Xmx" + workerHeap);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("-Dfile.encoding=UTF-8");
        String classpath = System.getProperty("java.class.path");
        cmd.add("-cp");
        cmd.add(classpath);
        if (isExecutableJar(classpath)) {
            // inside the Spring Boot jar the classes are nested: let Boot's launcher load them
            cmd.add("-Dloader.main=" + ExtractWorkerMain.class.getName());
            cmd.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            cmd.add(ExtractWorkerMain.class.getName());
        }
        cmd.add(Long.toString(settings.maxTextChars()));
        cmd.add(Integer.toString(settings.maxDepth()));
        cmd.add(Boolean.toString(settings.ocr()));
        cmd.add(settings.tempDir().toString());
        cmd.add(Long.toString(settings.maxEmbeddedBytes()));
        cmd.add(Long.toString(settings.maxExpansionRatio()));
        cmd.add(Long.toString(settings.minExpansionBudget()));
        cmd.add(Long.toString(settings.partChars()));
        cmd.add(answersSocket.toString());
        return cmd;
    }

    private static boolean isExecutableJar(String classpath) {
        if (classpath.contains(java.io.File.pathSeparator) || !classpath.endsWith(".jar")) {
            return false;
        }
        try (ZipFile zip = new ZipFile(classpath)) {
            return zip.getEntry("BOOT-INF/") != null || zip.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private int waitForExit() {
        try {
            if (process.waitFor(10, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return -1;
    }

    private void kill() {
        sent.clear(); // whatever was asked of the process is lost with it
        if (reader != null) {
            reader.interrupt(); // it may be waiting for room in a queue nobody reads any more
            reader = null;
        }
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        closeAnswers();
    }

    @Override
    public void close() {
        upcoming.clear();
        if (!sent.isEmpty()) {
            kill(); // it is reading a file read ahead that nobody will ask for
        }
        if (process != null && process.isAlive()) {
            try {
                toWorker.close(); // EOF: the worker ends by itself
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (IOException e) {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
        process = null;
        closeAnswers();
    }
}
