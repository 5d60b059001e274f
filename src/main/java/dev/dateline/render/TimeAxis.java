package dev.dateline.render;

import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.render.view.OverviewView.Tick;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The horizontal time scale of the overview, mapped onto the x range {@code left..right}. Human
 * time is linear, in whole days, months, years, decades, centuries or millennia; a span longer than
 * {@link #LINEAR_YEARS} years, or reaching beyond java.time's years, is drawn as years before its
 * last moment on a logarithmic scale, so that the Big Bang and the wheel both find their place.
 */
final class TimeAxis {
    /** Spans of more years than this are drawn on the logarithmic scale. */
    static final double LINEAR_YEARS = 10_000;
    private static final int MAX_CELLS = 62;
    private static final double SECONDS_PER_YEAR = 31_556_952;
    /** The width of a character of the axis labels (12px sans-serif), with room to spare. */
    private static final int CHAR_WIDTH = 7;
    private static final int LABEL_GAP = 6;

    /** The divisions of a linear axis, coarser ones for longer stories. */
    enum Unit {
        DAY(ChronoUnit.DAYS, 1, 56), MONTH(ChronoUnit.MONTHS, 1, 60), YEAR(ChronoUnit.YEARS, 1, 40),
        DECADE(ChronoUnit.YEARS, 10, 40), CENTURY(ChronoUnit.YEARS, 100, 40), MILLENNIUM(ChronoUnit.YEARS, 1000, 40);

        private final ChronoUnit step;
        private final int amount;
        private final int labelGap;

        Unit(ChronoUnit step, int amount, int labelGap) {
            this.step = step;
            this.amount = amount;
            this.labelGap = labelGap;
        }

        ZonedDateTime floor(ZonedDateTime t) {
            ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
            return switch (this) {
                case DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                default -> day.withDayOfYear(1).withYear(t.getYear() - Math.floorMod(t.getYear(), amount));
            };
        }

        String messageKey() {
            return "overview.axis." + (this == DAY || this == MONTH ? name().toLowerCase(java.util.Locale.ROOT) : "year");
        }
    }

    private final Messages messages;
    private final Optional<Unit> unit;
    private final List<ZonedDateTime> bounds;
    private final double firstAge;
    private final double lastYear;
    private final int left;
    private final int right;

    private TimeAxis(Messages messages, Optional<Unit> unit, List<ZonedDateTime> bounds, double firstAge,
            double lastYear, int left, int right) {
        this.messages = messages;
        this.unit = unit;
        this.bounds = bounds;
        this.firstAge = firstAge;
        this.lastYear = lastYear;
        this.left = left;
        this.right = right;
    }

    /** The axis for moments from {@code from} to {@code to} (seconds from 1970), linear when it can be. */
    static TimeAxis covering(long from, long to, boolean calendar, ZoneId zone, Messages messages, int left, int right) {
        double years = (to - from) / SECONDS_PER_YEAR;
        if (!calendar || years > LINEAR_YEARS) {
            double last = year(to);
            return new TimeAxis(messages, Optional.empty(), List.of(), Math.max(10, last - year(from)), last, left, right);
        }
        ZonedDateTime start = Instant.ofEpochSecond(from).atZone(zone);
        ZonedDateTime end = Instant.ofEpochSecond(to).atZone(zone);
        for (Unit unit : Unit.values()) {
            List<ZonedDateTime> bounds = new ArrayList<>();
            ZonedDateTime t = unit.floor(start);
            bounds.add(t);
            while ((bounds.size() < 2 || t.isBefore(end)) && bounds.size() <= MAX_CELLS) {
                t = t.plus(unit.amount, unit.step);
                bounds.add(t);
            }
            if (bounds.size() <= MAX_CELLS || unit == Unit.MILLENNIUM) {
                return new TimeAxis(messages, Optional.of(unit), List.copyOf(bounds), 0, 0, left, right);
            }
        }
        throw new AssertionError("the millennium axis always fits ten thousand years");
    }

    /** Whether the axis is logarithmic, in years before its last moment. */
    boolean logarithmic() {
        return unit.isEmpty();
    }

    /** The caption that says which scale a logarithmic axis uses; nothing for the linear one. */
    Optional<String> caption() {
        if (unit.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(messages.format("overview.scale.logarithmic", yearText(Math.floor(lastYear - 1 / SECONDS_PER_YEAR))));
    }

    /** The first moment a date covers, in seconds from 1970. */
    static long start(EdtfDate date, ZoneId zone) {
        return date.start().firstSecond(zone);
    }

    /** The moment just after a date: the next day after a day, the instant itself for a time. */
    static long end(EdtfDate date, ZoneId zone) {
        DatePoint last = date.end().orElse(date.start());
        return last.endSecond(zone);
    }

    int x(long second) {
        double fraction;
        if (unit.isEmpty()) {
            double age = Math.max(1, lastYear - year(second));
            fraction = 1 - Math.log10(age) / Math.log10(firstAge);
        } else {
            double total = bounds.get(bounds.size() - 1).toEpochSecond() - bounds.get(0).toEpochSecond();
            fraction = total == 0 ? 0.5 : (second - bounds.get(0).toEpochSecond()) / total;
        }
        return (int) Math.round(left + fraction * (right - left));
    }

    /** The middle of a date, where its mark goes; on the logarithmic scale, its start. */
    int x(EdtfDate date, ZoneId zone) {
        long start = start(date, zone);
        return unit.isEmpty() ? x(start) : x(start + (end(date, zone) - start) / 2);
    }

    /** The labelled divisions; no label covers another. */
    List<Tick> ticks(int labelWidth) {
        if (unit.isEmpty()) {
            return logTicks();
        }
        DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.get(unit.get().messageKey()), messages.locale());
        int cells = bounds.size() - 1;
        double cellWidth = (right - left) / (double) cells;
        int every = Math.max(1, (int) Math.ceil(Math.max(unit.get().labelGap, labelWidth) / cellWidth));
        List<Tick> ticks = new ArrayList<>();
        int half = labelWidth / 2;
        for (int i = 0; i < cells; i += every) {
            int centre = (int) Math.round(left + (i + 0.5) * cellWidth);
            int labelX = Math.max(left + half, Math.min(right - half, centre));
            ticks.add(new Tick(x(bounds.get(i).toEpochSecond()), labelX, format.format(bounds.get(i))));
        }
        return ticks;
    }

    /** A division at each power of ten years ago, labelled "1K", "1M", "1B" in the language, from the oldest. */
    private List<Tick> logTicks() {
        NumberFormat compact = NumberFormat.getCompactNumberInstance(messages.locale(), NumberFormat.Style.SHORT);
        List<Tick> ticks = new ArrayList<>();
        int lastRight = Integer.MIN_VALUE;
        for (int power = (int) Math.floor(Math.log10(firstAge)); power >= 0; power--) {
            double age = Math.pow(10, power);
            int x = (int) Math.round(left + (1 - power / Math.log10(firstAge)) * (right - left));
            String label = compact.format((long) age);
            int half = (label.length() * CHAR_WIDTH + 1) / 2;
            int labelX = Math.max(left + half, Math.min(right - half, x));
            if (labelX - half >= lastRight + LABEL_GAP) {
                ticks.add(new Tick(x, labelX, label));
                lastRight = labelX + half;
            }
        }
        return ticks;
    }

    /** A moment as a year with its fraction, 1970.0 being the start of 1970. */
    private static double year(long second) {
        return 1970 + second / SECONDS_PER_YEAR;
    }

    private String yearText(double year) {
        long y = (long) year;
        return y > 0 ? Long.toString(y) : NumberFormat.getIntegerInstance(messages.locale()).format(y);
    }
}
