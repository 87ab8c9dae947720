package org.leakscope.pipeline.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.leakscope.pipeline.RunSettings;
import org.leakscope.pipeline.extract.InputPaths;
import org.leakscope.pipeline.store.FileRow;
import org.leakscope.pipeline.store.WorkStore;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * crawlStep: walks every input and records each regular file as a work item, in a stable order
 * (sorted paths), so every run and every restart numbers the files the same way. A new run starts
 * from empty work tables and an empty index.
 */
final class CrawlTasklet implements Tasklet {

    private static final int BATCH = 1000;

    private final RunSettings settings;
    private final WorkStore store;

    CrawlTasklet(RunSettings settings, WorkStore store) {
        this.settings = settings;
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        store.resetAll();
        deleteTree(settings.indexDir());
        deleteTree(settings.shardsDir());
        List<FileRow> batch = new ArrayList<>();
        long fileNo = 0;
        boolean prefix = settings.inputs().size() > 1;
        for (Path given : settings.inputs()) {
            // an input that is a link to a folder (a mounted case folder) is walked where it leads: the walk
            // follows no links, and found nothing under it
            Path input = Files.isDirectory(given) && Files.isSymbolicLink(given) ? given.toRealPath() : given;
            Path root = Files.isDirectory(input) ? input : input.getParent();
            Path absolute = given.toAbsolutePath();
            String inputName = absolute.getParent() == null ? given.toString()
                    : InputPaths.display(absolute.getParent(), absolute);
            for (Found found : listFiles(input, root)) {
                Path file = found.file();
                String rel = found.name();
                if (prefix && Files.isDirectory(input)) {
                    rel = inputName + "/" + rel;
                }
                // the entry itself: a link in the input is listed, not followed (a dangling one has no target)
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                batch.add(new FileRow(++fileNo, rel, InputPaths.locator(file), attrs.size(),
                        attrs.lastModifiedTime().toInstant().toString()));
                if (batch.size() == BATCH) {
                    store.insertFiles(batch);
                    batch.clear();
                }
                contribution.incrementReadCount();
            }
        }
        store.insertFiles(batch);
        contribution.incrementWriteCount(fileNo);
        return RepeatStatus.FINISHED;
    }

    /** A file found and its name under the input's root, as reports show it. */
    private record Found(Path file, String name) {
    }

    /**
     * The entries under {@code input} other than folders, with their names under {@code root}, sorted by name;
     * never the output folder itself, never via symbolic links. Links, named pipes, devices and sockets are
     * listed too (extraction records them as not read, UNSUPPORTED): nothing in the input goes unmentioned.
     * An input that is itself a file is read, through a link too: the user named it.
     */
    private List<Found> listFiles(Path input, Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(input)) {
            Path file = Files.isSymbolicLink(input) ? input.toRealPath() : input;
            return List.of(new Found(file, InputPaths.display(root, input)));
        }
        Path output = settings.output();
        Path outputReal = Files.exists(output) ? output.toRealPath() : output;
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(output) || dir.equals(outputReal) ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                // an unreadable file is still a work item: extraction records why it could not be read
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        // each name read once, for the sort and the reports
        List<Found> found = new ArrayList<>(files.size());
        for (Path p : files) {
            found.add(new Found(p, InputPaths.display(root, p)));
        }
        found.sort(Comparator.comparing(Found::name));
        return found;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
