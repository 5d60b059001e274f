package dev.dateline.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What reading each file gave the last time, with its diagnostics: a loader that reads the
 * same folder again (as the preview does on every save) parses only the files whose text changed.
 */
final class ReadCache<T> {
    private record Entry<T>(String text, Optional<T> result, List<Diagnostic> diagnostics) {
    }

    private final Map<Path, Entry<T>> entries = new ConcurrentHashMap<>();

    Optional<T> read(Path file, String text, Diagnostics diagnostics, Function<Diagnostics, Optional<T>> parse) {
        Entry<T> entry = entries.get(file);
        if (entry == null || !entry.text().equals(text)) {
            Diagnostics found = new Diagnostics();
            entry = new Entry<>(text, parse.apply(found), found.sorted());
            entries.put(file, entry);
        }
        entry.diagnostics().forEach(diagnostics::add);
        return entry.result();
    }
}
