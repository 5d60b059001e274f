package dev.dateline.interop;

import dev.dateline.diagnostics.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import could not carry over (warnings) or could not read at all (errors), each
 * with where in the source it is. Nothing is dropped without a note here.
 */
public final class ImportReport {
    private final Path source;
    private final List<Note> notes = new ArrayList<>();

    /** One finding; {@code where} names the place in the source, e.g. {@code events[2] "Title"} or {@code line 7}. */
    public record Note(Severity severity, String where, String message) {
    }

    public ImportReport(Path source) {
        this.source = source;
    }

    void warning(String where, String message) {
        notes.add(new Note(Severity.WARNING, where, message));
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
        return notes.stream().filter(n -> n.severity() == severity).count();
    }

    /** Each note as a line such as {@code timeline.json: events[2] "Title": warning: ...}. */
    public List<String> lines() {
        String file = source.getFileName() == null ? source.toString() : source.toString().replace('\\', '/');
        return notes.stream()
                .map(n -> file + ": " + (n.where().isEmpty() ? "" : n.where() + ": ") + n.severity().label() + ": " + n.message())
                .toList();
    }
}
