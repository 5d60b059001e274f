package dev.dateline.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders recursively and reports what changed in batches, one per burst of changes
 * (an editor's atomic save is a write, a rename and a delete): a batch is reported after 100 ms
 * without changes, or after a second of continuous ones. Folders created later are watched as
 * they appear; after an overflow every folder is registered again and the batch holds the
 * roots themselves. Editors' temporary files are ignored. Reports run on the watcher's thread,
 * one at a time; changes made meanwhile make the next batch.
 */
final class ChangeWatcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 100;
    private static final long MAX_DELAY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final List<Path> roots;
    private final Consumer<Set<Path>> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    ChangeWatcher(List<Path> roots, Consumer<Set<Path>> onChange) throws IOException {
        this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        this.onChange = onChange;
        this.service = FileSystems.getDefault().newWatchService();
        this.roots.forEach(this::registerTree);
        this.thread = new Thread(this::run, "dateline-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        Set<Path> batch = new LinkedHashSet<>();
        long firstChange = 0;
        try {
            while (true) {
                WatchKey key = batch.isEmpty() ? service.take() : service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    boolean wasEmpty = batch.isEmpty();
                    collect(key, batch);
                    firstChange = wasEmpty ? System.nanoTime() : firstChange;
                }
                if (!batch.isEmpty() && (key == null || System.nanoTime() - firstChange > MAX_DELAY_NANOS)) {
                    onChange.accept(Set.copyOf(batch));
                    batch.clear();
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                roots.forEach(this::registerTree);
                batch.addAll(roots);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (EditorFiles.isTemporary(path.getFileName().toString())) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(path);
            }
            batch.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /**
     * Watches a folder, then every folder inside it (not following links, which could loop).
     * Each folder is registered before it is listed, so a folder created meanwhile is either
     * listed or reported by an event.
     */
    private void registerTree(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            try (DirectoryStream<Path> children = Files.newDirectoryStream(folder)) {
                for (Path child : children) {
                    if (!Files.isSymbolicLink(child)) {
                        registerTree(child);
                    }
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // the folder vanished meanwhile; its parent reports that
        }
    }
}
