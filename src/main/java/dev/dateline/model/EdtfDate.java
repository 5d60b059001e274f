package dev.dateline.model;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * All that is known about when something happened, in the ISO 8601-2 (EDTF) notation: a single
 * {@link DatePoint}, an interval between two, or an interval with one side open ({@code 1985/..})
 * or unknown ({@code /1985}). {@code start} is the first point known: for {@code ../1985} it is
 * 1985, with {@code before} open; {@code end} is the second point of an interval with both.
 */
public record EdtfDate(DatePoint start, Optional<DatePoint> end, IntervalEnd before, IntervalEnd after) {
    /** The farthest year either way that a date can name: a hundred billion, seven times the age of the universe. */
    public static final long MAX_YEAR = EdtfParser.MAX_YEAR;

    public EdtfDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before != IntervalEnd.KNOWN && after != IntervalEnd.KNOWN) {
            throw new IllegalArgumentException("an interval needs one known side");
        }
        if (end.isPresent() && (before != IntervalEnd.KNOWN || after != IntervalEnd.KNOWN)) {
            throw new IllegalArgumentException("an interval with an open or unknown side has one point");
        }
    }

    public EdtfDate(DatePoint start, Optional<DatePoint> end) {
        this(start, end, IntervalEnd.KNOWN, IntervalEnd.KNOWN);
    }

    public static EdtfDate of(DatePoint point) {
        return new EdtfDate(point, Optional.empty());
    }

    public static EdtfDate interval(DatePoint start, DatePoint end) {
        return new EdtfDate(start, Optional.of(end));
    }

    /** From {@code start} on: {@code 1985/..} with {@code after} open, {@code 1985/} with it unknown. */
    public static EdtfDate from(DatePoint start, IntervalEnd after) {
        return new EdtfDate(start, Optional.empty(), IntervalEnd.KNOWN, after);
    }

    /** Until {@code end}: {@code ../1985} with {@code before} open, {@code /1985} with it unknown. */
    public static EdtfDate until(IntervalEnd before, DatePoint end) {
        return new EdtfDate(end, Optional.empty(), before, IntervalEnd.KNOWN);
    }

    /** Parses EDTF text; throws {@link InvalidDateException} saying what is wrong and where. */
    public static EdtfDate parse(String text) {
        return EdtfParser.parse(text);
    }

    /** Whether the date is written as an interval, with two points or one side open or unknown. */
    public boolean isInterval() {
        return end.isPresent() || before != IntervalEnd.KNOWN || after != IntervalEnd.KNOWN;
    }

    /** The point the date starts at, unless its start is open or unknown. */
    public Optional<DatePoint> first() {
        return before == IntervalEnd.KNOWN ? Optional.of(start) : Optional.empty();
    }

    /** The point the date ends at (the date itself for a single point), unless its end is open or unknown. */
    public Optional<DatePoint> last() {
        return after == IntervalEnd.KNOWN ? Optional.of(end.orElse(start)) : Optional.empty();
    }

    /**
     * Where the date sorts, in seconds from 1970: the earliest moment its first known point allows,
     * exact within java.time's years and in mean Gregorian years beyond them, so that dates of every
     * precision and scale sort together.
     */
    public long sortSeconds(ZoneId zone) {
        return start.firstSecond(zone);
    }

    /** The notation as written, normalised. */
    public String edtf() {
        if (before != IntervalEnd.KNOWN) {
            return before.edtf() + "/" + start.edtf();
        }
        if (after != IntervalEnd.KNOWN) {
            return start.edtf() + "/" + after.edtf();
        }
        return start.edtf() + end.map(e -> "/" + e.edtf()).orElse("");
    }

    @Override
    public String toString() {
        return edtf();
    }
}
