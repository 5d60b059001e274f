package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {
    @TempDir
    Path root;

    private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
    private ChangeWatcher watcher;
    private Path events;

    @BeforeEach
    void watch() throws IOException {
        events = Files.createDirectories(root.resolve("g20/events"));
        Files.writeString(events.resolve("a.md"), "a");
        root = root.toRealPath();
        events = events.toRealPath();
        watcher = new ChangeWatcher(List.of(root), batches::add);
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void reportsAnEditorsAtomicSaveAsOneChangeOfTheFileAndNothingOfItsTemporaryFiles() throws IOException {
        Path file = events.resolve("a.md");
        Files.writeString(events.resolve(".a.md.swp"), "swap");
        Files.writeString(events.resolve("4913"), "");
        Files.delete(events.resolve("4913"));
        Path temp = events.resolve("a.md~");
        Files.writeString(temp, "new text");
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(events.resolve(".#a.md"), "lock");

        assertThat(next()).containsExactly(file);
    }

    @Test
    void watchesFoldersCreatedLater() throws IOException {
        Path folder = Files.createDirectories(root.resolve("new-timeline/events/deep"));
        assertThat(next()).contains(root.resolve("new-timeline"));
        Path late = Files.writeString(folder.resolve("late.md"), "late");
        Set<Path> batch = next();
        while (!batch.contains(late)) {
            assertThat(batch).as("folders still being created").allMatch(Files::isDirectory);
            batch = next();
        }
    }

    @Test
    void reportsDeletesAndRenames() throws IOException {
        Path from = events.resolve("a.md");
        Path to = events.resolve("b.md");
        Files.move(from, to);
        assertThat(next()).containsExactlyInAnyOrder(from, to);
        Files.delete(to);
        assertThat(next()).containsExactly(to);
    }

    @Test
    void aBurstOfChangesMakesFewBatches() throws IOException {
        Set<Path> written = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            written.add(Files.writeString(events.resolve("burst-" + i + ".md"), "text " + i));
        }
        Set<Path> seen = new HashSet<>();
        int count = 0;
        while (!seen.containsAll(written)) {
            seen.addAll(next());
            count++;
        }
        assertThat(count).as("batches for 20 files written at once").isLessThanOrEqualTo(3);
    }

    private Set<Path> next() {
        try {
            Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
            assertThat(batch).as("a batch of changes within 10 s").isNotNull();
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
