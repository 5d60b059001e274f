package dev.dateline.diagnostics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one run so that all of them can be reported together. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void error(Location at, String message) {
        items.add(Diagnostic.error(at, message, null));
    }

    public void error(Location at, String message, String hint) {
        items.add(Diagnostic.error(at, message, hint));
    }

    public void warning(Location at, String message, String hint) {
        items.add(Diagnostic.warning(at, message, hint));
    }

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.size() - errorCount();
    }

    /** All diagnostics, by file, then line and column. */
    public List<Diagnostic> sorted() {
        return items.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> d.file().toString())
                        .thenComparingInt(Diagnostic::line)
                        .thenComparingInt(Diagnostic::column))
                .toList();
    }

    /** "2 errors, 1 warning". */
    public String summary() {
        return plural(errorCount(), "error") + ", " + plural(warningCount(), "warning");
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
