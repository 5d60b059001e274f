package dev.dateline.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A new site for an output folder that already holds one. The whole new site is made in a folder
 * beside the output; files whose bytes are already in the output are hard links to the output's
 * files, so their times stay useful to {@code rsync} and to caches, and only the others are
 * written. {@link #commit()} swaps the folders (see {@link OutputWriter#swap}).
 */
public final class SiteUpdate implements PendingSite {
    private static final int CHUNK = 64 * 1024;

    private final StagedSite fresh;
    private final Path target;
    private final OutputListing existing;
    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    SiteUpdate(Path staging, Path target, OutputListing existing) {
        this.fresh = new StagedSite(staging, target);
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
            fresh.link(path, file);
            return;
        }
        changed.incrementAndGet();
        fresh.put(path, content);
    }

    @Override
    public void write(String path, Content content) {
        Path file = OutputWriter.inside(target, path);
        String relative = target.relativize(file).toString();
        paths.add(relative);
        Path written = fresh.written(path, content);
        try {
            bytes.addAndGet(Files.size(written));
            if (existing.files().contains(relative) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.mismatch(written, file) < 0) {
                Files.delete(written);
                fresh.link(path, file);
                return;
            }
        } catch (IOException e) {
            throw OutputWriter.cannotWrite(target, e);
        }
        changed.incrementAndGet();
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
    public Path folder() {
        return fresh.folder();
    }

    @Override
    public void commit() {
        fresh.commit();
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
        return changed.get();
    }

    @Override
    public void close() {
        fresh.close();
    }
}
