package dev.dateline.diagnostics;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Counts warnings that say the same thing, differing only in what they quote (a field's value,
 * a column's name), so that a report shows the first {@value #SHOWN} of each kind and then one line
 * with how many more there were: a file with a million alike problems cannot flood a terminal.
 * Not thread-safe; one per report.
 */
public final class AlikeWarnings {
    public static final int SHOWN = 20;
    private static final Pattern QUOTED = Pattern.compile("`[^`]*`|\u201c[^\u201d]*\u201d");

    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** Counts the warning; whether it is among the first {@value #SHOWN} of its kind, to be shown. */
    public boolean count(String message) {
        return counts.merge(QUOTED.matcher(message).replaceAll("`\u2026`"), 1, Integer::sum) <= SHOWN;
    }

    /** How many warnings were counted, shown or not. */
    public long total() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** For each kind with more than were shown: {@code N more like the 20 above: KIND}. */
    public Map<String, String> summaries() {
        Map<String, String> lines = new LinkedHashMap<>();
        counts.forEach((kind, count) -> {
            if (count > SHOWN) {
                lines.put(kind, String.format(Locale.ROOT, "%,d more like the %d above: %s", count - SHOWN, SHOWN, kind));
            }
        });
        return lines;
    }
}
