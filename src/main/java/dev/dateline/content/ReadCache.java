package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostic;
import dev.dateline.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What reading each file gave the last time, with its diagnostics: a loader that reads the
 * same folder again (as the preview does on every save) parses only the files whose text changed,
 * and reads only the files whose size or modification time changed.
 *
 * <p>A file's time is trusted only when it was already older than {@link ContentLoader#SETTLED} when the file
 * was read: file systems keep times in ticks of some milliseconds, and a file saved twice within
 * one tick, at the same size, would otherwise look unchanged after the second save. Such a file
 * is read again, and its text compared, until it has settled.
 *
 * <p>What a file gives may also depend on something outside it (a timeline's default language
 * comes from {@code site.yaml}): that is the context, and the last result is reused only with an
 * equal one.
 */
final class ReadCache<T> {
    private record Stamp(long size, FileTime modified) {
    }

    private record Entry<T>(Stamp stamp, boolean settled, Object context, String text, Optional<T> result,
            List<Diagnostic> diagnostics) {
    }

    private final Map<Path, Entry<T>> entries = new ConcurrentHashMap<>();
    private final boolean enabled;

    /** A cache that remembers, or, for a loader that reads a folder once, one that only reads. */
    ReadCache(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * What {@code parse} gives for the text of {@code file}, as {@link TextFiles#read} reads it;
     * the last result again when the file is unchanged. Its diagnostics go into {@code diagnostics}.
     */
    Optional<T> read(Path file, Diagnostics diagnostics, BiFunction<String, Diagnostics, Optional<T>> parse) {
        return read(file, List.of(), diagnostics, parse);
    }

    /** As {@link #read(Path, Diagnostics, BiFunction)}, for a file whose result also depends on {@code context}. */
    Optional<T> read(Path file, Object context, Diagnostics diagnostics, BiFunction<String, Diagnostics, Optional<T>> parse) {
        if (!enabled) {
            return TextFiles.read(file, diagnostics).flatMap(text -> parse.apply(text, diagnostics));
        }
        Instant now = Instant.now();
        Optional<Stamp> stamp = stamp(file);
        Entry<T> entry = entries.get(file);
        if (entry != null && !entry.context().equals(context)) {
            entry = null;
        }
        if (entry == null || !entry.settled() || stamp.isEmpty() || !entry.stamp().equals(stamp.get())) {
            Diagnostics found = new Diagnostics();
            Optional<String> text = TextFiles.read(file, found);
            boolean settled = stamp.isPresent() && stamp.get().modified().toInstant().isBefore(now.minus(ContentLoader.SETTLED));
            if (text.isEmpty()) {
                entry = new Entry<>(stamp.orElse(null), false, context, null, Optional.empty(), found.sorted());
            } else if (entry != null && text.get().equals(entry.text())) {
                entry = new Entry<>(stamp.orElse(null), settled, context, entry.text(), entry.result(), entry.diagnostics());
            } else {
                entry = new Entry<>(stamp.orElse(null), settled, context, text.get(), parse.apply(text.get(), found), found.sorted());
            }
            entries.put(file, entry);
        }
        entry.diagnostics().forEach(diagnostics::add);
        return entry.result();
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(new Stamp(attributes.size(), attributes.lastModifiedTime()));
        } catch (IOException e) {
            // unreadable now: read below, which reports why
            return Optional.empty();
        }
    }
}
