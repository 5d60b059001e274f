package dev.dateline.content;

import dev.dateline.cache.BuildCache;
import dev.dateline.diagnostics.Diagnostic;
import dev.dateline.diagnostics.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    /** What reading a file gave: its text, unless it could not be read, and why not. */
    private record Read(Optional<String> text, List<Diagnostic> diagnostics) {
    }

    /** What parsing a text gave. */
    private record Parsed<T>(Optional<T> result, List<Diagnostic> diagnostics) {
    }

    private record ReadKey(Path file) implements BuildCache.Key<Read> {
    }

    private record ParseKey<T>(Path file, Class<T> type) implements BuildCache.Key<Parsed<T>> {
    }

    private record Stamp(long size, FileTime modified) {
    }

    private final BuildCache cache;
    private final Class<T> type;

    /** Reads of files whose results are {@code type}s, remembered in {@code cache}. */
    ReadCache(BuildCache cache, Class<T> type) {
        this.cache = cache;
        this.type = type;
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
        // worked out before the file is read: a time that had not settled then is never trusted later
        Read read = cache.get(new ReadKey(file), () -> settledStamp(file), () -> {
            Diagnostics found = new Diagnostics();
            return new Read(TextFiles.read(file, found), found.sorted());
        });
        read.diagnostics().forEach(diagnostics::add);
        if (read.text().isEmpty()) {
            return Optional.empty();
        }
        String text = read.text().get();
        Parsed<T> parsed = cache.get(new ParseKey<>(file, type), () -> List.of(text, context), () -> {
            Diagnostics found = new Diagnostics();
            return new Parsed<>(parse.apply(text, found), found.sorted());
        });
        parsed.diagnostics().forEach(diagnostics::add);
        return parsed.result();
    }

    /** The file's size and time when it is older than {@link ContentLoader#SETTLED}, else something equal to nothing else. */
    private static Object settledStamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.lastModifiedTime().toInstant().isBefore(Instant.now().minus(ContentLoader.SETTLED))) {
                return new Stamp(attributes.size(), attributes.lastModifiedTime());
            }
        } catch (IOException e) {
            // unreadable now: read, which reports why
        }
        return new Object();
    }
}
