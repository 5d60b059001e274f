package dev.dateline.publish;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole new site written into a fresh folder beside the output, file by file as the build
 * makes them, so no build holds its whole output in memory. {@link #commit()} moves the folder
 * into place.
 */
public final class StagedSite implements PendingSite {
    private static final int BUFFER = 64 * 1024;

    private final Path fresh;
    private final Path target;
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    StagedSite(Path fresh, Path target) {
        this.fresh = fresh;
        this.target = target;
    }

    @Override
    public void put(String path, byte[] content) {
        Path file = OutputWriter.inside(fresh, path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        }
        files.incrementAndGet();
        bytes.addAndGet(content.length);
    }

    @Override
    public void write(String path, Content content) {
        written(path, content);
    }

    /** Writes the file at {@code path} as {@code content} streams it; gives the file. */
    Path written(String path, Content content) {
        Path file = OutputWriter.inside(fresh, path);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
                content.writeTo(out);
            }
            files.incrementAndGet();
            bytes.addAndGet(Files.size(file));
            return file;
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        }
    }

    /**
     * Puts the output's file {@code existing}, whose bytes the new site keeps, at {@code path}: as a
     * hard link, so it keeps its time; as a copy with its time where links cannot be made.
     */
    void link(String path, Path existing) {
        Path file = OutputWriter.inside(fresh, path);
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createLink(file, existing);
            } catch (UnsupportedOperationException | IOException e) {
                Files.copy(existing, file, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        }
    }

    @Override
    public Path folder() {
        return fresh;
    }

    @Override
    public void commit() {
        try {
            Files.writeString(fresh.resolve(OutputWriter.MARKER), OutputWriter.MARKER_TEXT, StandardCharsets.UTF_8);
            OutputWriter.swap(fresh, target);
            committed = true;
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        }
    }

    @Override
    public int fileCount() {
        return files.get();
    }

    @Override
    public long totalBytes() {
        return bytes.get();
    }

    @Override
    public int changedCount() {
        return files.get();
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                OutputWriter.deleteTree(fresh);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the unfinished site " + fresh + ": " + e.getMessage(), e);
            }
        }
    }
}
