package dev.dateline.interop;

import dev.dateline.diagnostics.ControlCharacters;
import dev.dateline.diagnostics.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an import could not carry over (warnings) or could not read at all (errors), each
 * with where in the source it is. Nothing is dropped without a note here; but of warnings that
 * say the same thing (they differ only in what they quote, such as a column's name), only the
 * first {@link #ALIKE} are kept, and the rest are counted.
 */
public final class ImportReport {
    static final int ALIKE = 20;
    private static final Pattern QUOTED = Pattern.compile("`[^`]*`|\u201c[^\u201d]*\u201d");

    private final Path source;
    private final List<Note> notes = new ArrayList<>();
    private final Map<String, Integer> alike = new LinkedHashMap<>();

    /** One finding; {@code where} names the place in the source, e.g. {@code events[2] "Title"} or {@code line 7}. */
    public record Note(Severity severity, String where, String message) {
    }

    public ImportReport(Path source) {
        this.source = source;
    }

    void warning(String where, String message) {
        if (alike.merge(QUOTED.matcher(message).replaceAll("`\u2026`"), 1, Integer::sum) <= ALIKE) {
            notes.add(new Note(Severity.WARNING, where, message));
        }
    }

    void error(String where, String message) {
        notes.add(new Note(Severity.ERROR, where, message));
    }

    public List<Note> notes() {
        return List.copyOf(notes);
    }

    public boolean hasErrors() {
        return notes.stream().anyMatch(n -> n.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return severity == Severity.WARNING ? alike.values().stream().mapToLong(Integer::longValue).sum()
                : notes.stream().filter(n -> n.severity() == severity).count();
    }

    /** Each note as a line such as {@code timeline.json: events[2] "Title": warning: ...}. */
    public List<String> lines() {
        String file = source.getFileName() == null ? source.toString() : source.toString().replace('\\', '/');
        List<String> lines = new ArrayList<>(notes.stream()
                .map(n -> ControlCharacters.escape(file + ": " + (n.where().isEmpty() ? "" : n.where() + ": ")
                        + n.severity().label() + ": " + n.message()))
                .toList());
        alike.forEach((kind, count) -> {
            if (count > ALIKE) {
                lines.add(ControlCharacters.escape(String.format(Locale.ROOT, "%s: warning: %,d more like the %d above: %s",
                        file, count - ALIKE, ALIKE, kind)));
            }
        });
        return lines;
    }
}
