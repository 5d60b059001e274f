package dev.dateline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A new site for an output folder that already holds one. Files whose bytes are already there
 * are left alone; the others are written into a folder beside the output, and only
 * {@link #commit()} moves them in, each with an atomic rename, and deletes the files the new
 * site no longer has. A rebuild after a small edit so writes a few files, not the whole site.
 */
public final class SiteUpdate implements PendingSite {
    private static final int CHUNK = 64 * 1024;

    private final Path staging;
    private final Path target;
    private final OutputListing existing;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Map<String, Path> changes = new ConcurrentHashMap<>();
    private final AtomicInteger staged = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private boolean committed;

    SiteUpdate(Path staging, Path target, OutputListing existing) {
        this.staging = staging;
        this.target = target;
        this.existing = existing;
    }

    @Override
    public void put(String path, byte[] content) {
        Path file = OutputWriter.inside(target, path);
        String relative = target.relativize(file).toString();
        paths.add(relative);
        bytes.addAndGet(content.length);
        if (existing.files().contains(relative) && holds(file, content)) {
            return;
        }
        Path copy = staging.resolve(Integer.toString(staged.incrementAndGet()));
        try {
            Files.write(copy, content);
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        }
        changes.put(relative, copy);
    }

    /** Whether {@code file} is a regular file with exactly these bytes. */
    private static boolean holds(Path file, byte[] content) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != content.length) {
                return false;
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] chunk = new byte[Math.min(CHUNK, Math.max(content.length, 1))];
                for (int offset = 0; offset < content.length; ) {
                    int read = in.readNBytes(chunk, 0, Math.min(chunk.length, content.length - offset));
                    if (read == 0 || !Arrays.equals(chunk, 0, read, content, offset, offset + read)) {
                        return false;
                    }
                    offset += read;
                }
                return in.read() < 0;
            }
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void commit() {
        try {
            deleteStale();
            for (Map.Entry<String, Path> change : changes.entrySet()) {
                Path file = target.resolve(change.getKey());
                Files.createDirectories(file.getParent());
                Files.move(change.getValue(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            Path marker = target.resolve(OutputWriter.MARKER);
            byte[] text = OutputWriter.MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
            if (!holds(marker, text)) {
                Files.write(marker, text);
            }
            committed = true;
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        } finally {
            close();
        }
    }

    /** Deletes what the output holds but the new site does not, then the folders left empty. */
    private void deleteStale() throws IOException {
        for (String file : existing.files()) {
            if (!file.equals(OutputWriter.MARKER) && !paths.contains(file)) {
                Files.deleteIfExists(target.resolve(file));
            }
        }
        Set<String> needed = new HashSet<>();
        for (String file : paths) {
            for (Path folder = Path.of(file).getParent(); folder != null && needed.add(folder.toString()); ) {
                folder = folder.getParent();
            }
        }
        List<Path> folders = new ArrayList<>(existing.folders());
        folders.sort(Comparator.reverseOrder());
        for (Path folder : folders) {
            if (!needed.contains(target.relativize(folder).toString())) {
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException e) {
                    // something not of this site was put there during the build: leave it
                }
            }
        }
    }

    @Override
    public int fileCount() {
        return paths.size();
    }

    @Override
    public long totalBytes() {
        return bytes.get();
    }

    @Override
    public int changedCount() {
        return changes.size();
    }

    @Override
    public void close() {
        try {
            OutputWriter.deleteTree(staging);
        } catch (IOException e) {
            if (committed) {
                return;
            }
            throw new UncheckedIOException("cannot remove the unfinished site " + staging + ": " + e.getMessage(), e);
        }
    }
}
