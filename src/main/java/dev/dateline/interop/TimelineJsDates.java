package dev.dateline.interop;

import dev.dateline.interop.TimelineJsSource.DateParts;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.InvalidDateException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns TimelineJS date parts into an EDTF date at the precision given: a year, a month, a
 * day, or a time. TimelineJS times carry no time zone, so a time is read in the site's zone
 * and written with that zone's offset on that day.
 */
final class TimelineJsDates {
    private final ZoneId zone;

    TimelineJsDates(ZoneId zone) {
        this.zone = zone;
    }

    /** The date of a slide or an era: its start, and its end when it has one that differs. */
    Optional<EdtfDate> date(Optional<DateParts> start, Optional<DateParts> end, String where, ImportReport report) {
        Optional<String> from = start.flatMap(p -> point(p, where + ": start date", report));
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> to = end.flatMap(p -> point(p, where + ": end date", report)).filter(e -> !e.equals(from.get()));
        if (to.isPresent()) {
            try {
                return Optional.of(EdtfDate.parse(from.get() + "/" + to.get()));
            } catch (InvalidDateException e) {
                report.warning(where, "the end date " + to.get() + " is not after the start " + from.get()
                        + "; only the start is kept");
            }
        }
        return Optional.of(EdtfDate.parse(from.get()));
    }

    private Optional<String> point(DateParts parts, String where, ImportReport report) {
        if (!parts.millisecond().isEmpty()) {
            report.warning(where, "milliseconds are not carried over; the time is kept to the second");
        }
        Optional<Long> year = year(parts.year());
        Optional<Integer> month = number(parts.month(), "month", where, report);
        Optional<Integer> day = number(parts.day(), "day", where, report);
        Optional<Integer> hour = number(parts.hour(), "hour", where, report);
        Optional<Integer> minute = number(parts.minute(), "minute", where, report);
        Optional<Integer> second = number(parts.second(), "second", where, report);
        if (year.isEmpty()) {
            report.error(where, parts.year().isEmpty() ? "the date has no year" : "the year `" + parts.year() + "` is not a whole number");
            return Optional.empty();
        }
        if (year.get() == 0 || Math.abs(year.get()) > EdtfDate.MAX_YEAR) {
            report.error(where, "the year " + year.get() + " cannot be imported: Dateline years reach a hundred "
                    + "billion either way and have no year 0");
            return Optional.empty();
        }
        if (Math.abs(year.get()) > 9999) {
            // as on TimelineJS's cosmological scale, a year this far away is known to the year
            if (month.isPresent() || day.isPresent() || hour.isPresent() || minute.isPresent() || second.isPresent()) {
                report.warning(where, "a year beyond four digits is kept without its month, day or time");
            }
            return Optional.of("Y" + year.get());
        }
        int y = year.get().intValue();
        boolean hasTime = hour.isPresent() || minute.isPresent() || second.isPresent();
        // TimelineJS reads a missing month or day as the first when a finer part is given.
        int m = month.orElse(1);
        int d = day.orElse(1);
        String text = yearText(y);
        if (month.isPresent() || day.isPresent() || hasTime) {
            text += "-" + two(m);
        }
        if (day.isPresent() || hasTime) {
            text += "-" + two(d);
        }
        try {
            if (hasTime) {
                text += time(y, m, d, hour.orElse(0), minute.orElse(0), second);
            }
            EdtfDate.parse(text);
            return Optional.of(text);
        } catch (InvalidDateException e) {
            report.error(where, "the date " + text + " does not exist: " + e.getMessage());
            return Optional.empty();
        } catch (DateTimeException e) {
            report.error(where, "the date " + text + " with the time " + hour.orElse(0) + ":" + minute.orElse(0)
                    + " does not exist: " + e.getMessage());
            return Optional.empty();
        }
    }

    private String time(int year, int month, int day, int hour, int minute, Optional<Integer> second) {
        LocalDateTime local = LocalDateTime.of(year < 0 ? year + 1 : year, month, day, hour, minute, second.orElse(0));
        ZoneOffset offset = zone.getRules().getOffset(local);
        return "T" + two(hour) + ":" + two(minute) + second.map(s -> ":" + two(s)).orElse("")
                + (offset.getTotalSeconds() == 0 ? "Z" : offset.getId());
    }

    private static Optional<Integer> number(String text, String part, String where, ImportReport report) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(text.replace("\u2212", "-")));
        } catch (NumberFormatException e) {
            report.warning(where, "the " + part + " `" + text + "` is not a whole number; it is left out");
            return Optional.empty();
        }
    }

    private static Optional<Long> year(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text.replace("\u2212", "-")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String yearText(int year) {
        return year < 0 ? String.format(Locale.ROOT, "-%04d", -year) : String.format(Locale.ROOT, "%04d", year);
    }

    private static String two(int value) {
        return String.format(Locale.ROOT, "%02d", value);
    }
}
