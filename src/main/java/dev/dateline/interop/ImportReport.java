package dev.dateline.interop;

import dev.dateline.diagnostics.AlikeWarnings;
import dev.dateline.diagnostics.ControlCharacters;
import dev.dateline.diagnostics.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import could not carry over (warnings) or could not read at all (errors), each
 * with where in the source it is. Nothing is dropped without a note here; but of warnings that
 * say the same thing (they differ only in what they quote, such as a column's name), only the
 * first {@value AlikeWarnings#SHOWN} are kept, and the rest are counted.
 */
public final class ImportReport {
    private final Path source;
    private final List<Note> notes = new ArrayList<>();
    private final AlikeWarnings alike = new AlikeWarnings();

    /** One finding; {@code where} names the place in the source, e.g. {@code events[2] "Title"} or {@code line 7}. */
    public record Note(Severity severity, String where, String message) {
    }

    public ImportReport(Path source) {
        this.source = source;
    }

    void warning(String where, String message) {
        if (alike.count(message)) {
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
        return severity == Severity.WARNING ? alike.total()
                : notes.stream().filter(n -> n.severity() == severity).count();
    }

    /** Each note as a line such as {@code timeline.json: events[2] "Title": warning: ...}. */
    public List<String> lines() {
        String file = source.getFileName() == null ? source.toString() : source.toString().replace('\\', '/');
        List<String> lines = new ArrayList<>(notes.stream()
                .map(n -> ControlCharacters.escape(file + ": " + (n.where().isEmpty() ? "" : n.where() + ": ")
                        + n.severity().label() + ": " + n.message()))
                .toList());
        alike.summaries().values().forEach(summary -> lines.add(ControlCharacters.escape(file + ": warning: " + summary)));
        return lines;
    }
}
