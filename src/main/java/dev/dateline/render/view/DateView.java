package dev.dateline.render.view;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A date as shown: pieces of text, those that name a date carrying the value of their
 * {@code <time datetime>}. {@code localText} is the time where it happened, for dates with a time.
 */
public record DateView(List<Segment> segments, String edtf, String localText, boolean approximate, boolean uncertain) {

    /** A run of text; {@code datetime} is null for connecting words such as "ca." or "–". */
    public record Segment(String text, String datetime) {
    }

    public DateView {
        segments = List.copyOf(segments);
    }

    /** The whole date as plain text. */
    public String text() {
        return segments.stream().map(Segment::text).collect(Collectors.joining());
    }

    /** Whether there is a local time to show, not just blanks. */
    public boolean hasLocalText() {
        return localText != null && !localText.isBlank();
    }

    /** The datetime of the first point, for metadata. */
    public String datetime() {
        return segments.stream().filter(s -> s.datetime() != null).findFirst().map(Segment::datetime).orElse("");
    }

    @Override
    public String toString() {
        return text();
    }
}
