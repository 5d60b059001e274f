package dev.dateline.render;

import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.render.view.OverviewView.Tick;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The horizontal time scale of the overview: whole days, months or years covering every date
 * it must show, mapped onto the x range {@code left..right}.
 */
final class TimeAxis {
    private static final int MAX_CELLS = 62;

    /** The divisions the axis can have, coarser ones for longer stories. */
    enum Unit {
        DAY(ChronoUnit.DAYS, 56), MONTH(ChronoUnit.MONTHS, 60), YEAR(ChronoUnit.YEARS, 40);

        private final ChronoUnit step;
        private final int labelGap;

        Unit(ChronoUnit step, int labelGap) {
            this.step = step;
            this.labelGap = labelGap;
        }

        ZonedDateTime floor(ZonedDateTime t) {
            ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
            return switch (this) {
                case DAY -> day;
                case MONTH -> day.withDayOfMonth(1);
                case YEAR -> day.withDayOfYear(1);
            };
        }

        String messageKey() {
            return "overview.axis." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Unit unit;
    private final List<ZonedDateTime> bounds;
    private final int left;
    private final int right;

    private TimeAxis(Unit unit, List<ZonedDateTime> bounds, int left, int right) {
        this.unit = unit;
        this.bounds = bounds;
        this.left = left;
        this.right = right;
    }

    /** The finest axis with at most a few dozen divisions that covers {@code from} to {@code to}. */
    static TimeAxis covering(ZonedDateTime from, ZonedDateTime to, int left, int right) {
        for (Unit unit : Unit.values()) {
            List<ZonedDateTime> bounds = new ArrayList<>();
            ZonedDateTime t = unit.floor(from);
            bounds.add(t);
            while ((bounds.size() < 2 || t.isBefore(to)) && bounds.size() <= MAX_CELLS) {
                t = t.plus(1, unit.step);
                bounds.add(t);
            }
            if (bounds.size() <= MAX_CELLS || unit == Unit.YEAR) {
                return new TimeAxis(unit, List.copyOf(bounds), left, right);
            }
        }
        throw new AssertionError("the year axis always fits");
    }

    Unit unit() {
        return unit;
    }

    /** The first instant a date covers. */
    static ZonedDateTime start(EdtfDate date, ZoneId zone) {
        return date.start().start(zone);
    }

    /** The instant just after a date: the next day for a day, the instant itself for a time. */
    static ZonedDateTime end(EdtfDate date, ZoneId zone) {
        DatePoint last = date.end().orElse(date.start());
        return last.precision().hasTime() ? last.start(zone) : last.lastDay().plusDays(1).atStartOfDay(zone);
    }

    int x(ZonedDateTime t) {
        double total = seconds(bounds.get(0), bounds.get(bounds.size() - 1));
        double fraction = total == 0 ? 0.5 : seconds(bounds.get(0), t) / total;
        return (int) Math.round(left + fraction * (right - left));
    }

    /** The middle of a date, where its mark goes. */
    int x(EdtfDate date, ZoneId zone) {
        ZonedDateTime start = start(date, zone);
        return x(start.plus(Duration.between(start, end(date, zone)).dividedBy(2)));
    }

    /** The labelled divisions, each label centred in the first division it names. */
    List<Tick> ticks(DateTimeFormatter format, int labelWidth) {
        int cells = bounds.size() - 1;
        double cellWidth = (right - left) / (double) cells;
        int every = Math.max(1, (int) Math.ceil(Math.max(unit.labelGap, labelWidth) / cellWidth));
        List<Tick> ticks = new ArrayList<>();
        int half = labelWidth / 2;
        for (int i = 0; i < cells; i += every) {
            int centre = (int) Math.round(left + (i + 0.5) * cellWidth);
            int labelX = Math.max(left + half, Math.min(right - half, centre));
            ticks.add(new Tick(x(bounds.get(i)), labelX, format.format(bounds.get(i))));
        }
        return ticks;
    }

    private static double seconds(ZonedDateTime a, ZonedDateTime b) {
        return Duration.between(a, b).toSeconds();
    }
}
