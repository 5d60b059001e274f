package dev.dateline.model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * All that is known about when something happened: a single {@link DatePoint} or an
 * interval between two, in the ISO 8601-2 (EDTF level 1) notation.
 */
public record EdtfDate(DatePoint start, Optional<DatePoint> end) {

    public EdtfDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static EdtfDate of(DatePoint point) {
        return new EdtfDate(point, Optional.empty());
    }

    public static EdtfDate interval(DatePoint start, DatePoint end) {
        return new EdtfDate(start, Optional.of(end));
    }

    /** Parses EDTF text; throws {@link InvalidDateException} saying what is wrong and where. */
    public static EdtfDate parse(String text) {
        return EdtfParser.parse(text);
    }

    public boolean isInterval() {
        return end.isPresent();
    }

    /** The first instant the date covers, with dates that carry no time read in {@code zone}. */
    public ZonedDateTime sortKey(ZoneId zone) {
        return start.start(zone);
    }

    /** The notation as written, normalised. */
    public String edtf() {
        return start.edtf() + end.map(e -> "/" + e.edtf()).orElse("");
    }

    @Override
    public String toString() {
        return edtf();
    }
}
