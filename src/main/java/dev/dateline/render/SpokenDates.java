package dev.dateline.render;

import dev.dateline.model.DatePoint;
import dev.dateline.model.Notation;
import dev.dateline.model.Precision;
import dev.dateline.model.Qualifier;
import dev.dateline.render.view.DateView;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Dates that the date patterns alone cannot show, as people say them, from the UI messages:
 * "about 13.8 billion years ago", "spring 2001", "the 2010s", "April 1985, day unknown",
 * "June 11, 2004 (day approximate)". Immutable and thread-safe.
 */
final class SpokenDates {
    /** Years before this are told as years ago; the two thousand years since the common era began are below their precision. */
    private static final long YEARS_AGO_BEFORE = -9999;
    private static final long MILLION = 1_000_000;

    private final Messages messages;
    private final Function<String, DateTimeFormatter> formatters;

    SpokenDates(Messages messages, Function<String, DateTimeFormatter> formatters) {
        this.messages = messages;
        this.formatters = formatters;
    }

    /** Whether the date patterns show the point: a calendar date of four-digit years, all of it known. */
    static boolean calendarText(DatePoint point) {
        return point.notation().plain() && point.precision() != Precision.SEASON
                && point.year() >= YEARS_AGO_BEFORE && point.year() <= 9999;
    }

    /** Whether any part of the point is approximate, or its year known only to its significant digits. */
    static boolean approximate(DatePoint point) {
        Notation n = point.notation();
        return point.qualifier().approximate() || n.significantDigits() > 0 || n.yearQualifier().approximate()
                || n.monthQualifier().approximate() || n.dayQualifier().approximate();
    }

    /** Whether any part of the point is uncertain. */
    static boolean uncertain(DatePoint point) {
        Notation n = point.notation();
        return point.qualifier().uncertain() || n.yearQualifier().uncertain() || n.monthQualifier().uncertain()
                || n.dayQualifier().uncertain();
    }

    void point(DatePoint point, List<DateView.Segment> out) {
        Notation n = point.notation();
        Qualifier qualifier = point.qualifier().and(Qualifier.of(n.significantDigits() > 0, false));
        String core;
        if (point.year() < YEARS_AGO_BEFORE) {
            long years = -n.year();
            boolean about = qualifier.approximate() || !n.exactYear() || !shownExactly(years);
            core = messages.format(about ? "date.yearsAgo.about" : "date.yearsAgo", number(years));
            qualifier = qualifier.without(Qualifier.APPROXIMATE);
        } else if (point.year() > 9999) {
            core = messages.format("date.farYear", number(n.year()));
            qualifier = qualifier.and(Qualifier.of(!shownExactly(n.year()), false));
        } else if (n.unspecifiedDigits() > 0) {
            String years = years(n);
            core = switch (point.precision()) {
                case MONTH -> messages.format("date.inYears", formatter("date.unknownYear.month").format(point.local()), years);
                case DAY -> messages.format("date.inYears", formatter("date.unknownYear.day").format(point.local()), years);
                case SEASON -> messages.format("date.season." + point.season(), years);
                default -> years;
            };
        } else if (point.precision() == Precision.SEASON) {
            core = messages.format("date.season." + point.season(), formatter(point.beforeCommonEra() ? "date.bce.year"
                    : "date.year").format(point.local()));
        } else if (n.significantDigits() > 0) {
            core = year(n.year());
        } else {
            String level = point.precision().name().toLowerCase(java.util.Locale.ROOT);
            core = formatter((point.beforeCommonEra() ? "date.bce." : "date.") + level).format(point.local());
        }
        String qualifierKey = switch (qualifier) {
            case NONE -> "{0}";
            case APPROXIMATE -> "date.approximate";
            case UNCERTAIN -> "date.uncertain";
            case APPROXIMATE_AND_UNCERTAIN -> "date.approximateUncertain";
        };
        Messages.Split outer = qualifierKey.equals("{0}") ? new Messages.Split("", "") : messages.split(qualifierKey);
        String unknownKey = n.monthUnspecified() && n.dayUnspecified() ? "date.monthAndDayUnknown"
                : n.monthUnspecified() ? "date.monthUnknown" : n.dayUnspecified() ? "date.dayUnknown" : null;
        Messages.Split unknown = unknownKey == null ? new Messages.Split("", "") : messages.split(unknownKey);
        DateFormatter.addText(outer.before(), out);
        DateFormatter.addText(unknown.before(), out);
        out.add(new DateView.Segment(core, point.htmlDatetime().orElse(null)));
        DateFormatter.addText(unknown.after(), out);
        DateFormatter.addText(parts(n), out);
        DateFormatter.addText(outer.after(), out);
    }

    /** "the 2010s" for 201X and 20XX, else the first and last year the digits allow. */
    private String years(Notation n) {
        if (n.year() > 0 && n.unspecifiedDigits() <= 2) {
            return messages.format("date.years", Long.toString(n.year()));
        }
        return messages.format("date.yearRange", year(n.firstYear()), year(n.lastYear()));
    }

    private String year(long year) {
        LocalDate day = LocalDate.of((int) (year < 0 ? year + 1 : year), 1, 1);
        return formatter(year < 0 ? "date.bce.year" : "date.year").format(day);
    }

    /** " (day approximate, year uncertain)" for qualifiers on single components, or nothing. */
    private String parts(Notation n) {
        List<String> parts = new ArrayList<>();
        part("year", n.yearQualifier(), parts);
        part("month", n.monthQualifier(), parts);
        part("day", n.dayQualifier(), parts);
        return parts.isEmpty() ? "" : messages.split("date.parts", String.join(", ", parts)).after();
    }

    private void part(String component, Qualifier qualifier, List<String> parts) {
        if (qualifier != Qualifier.NONE) {
            String kind = switch (qualifier) {
                case APPROXIMATE -> "approximate";
                case UNCERTAIN -> "uncertain";
                default -> "approximateUncertain";
            };
            parts.add(messages.get("date.part." + component + "." + kind));
        }
    }

    /** A number of years in words of the language: "13.8 billion", "170 million", "200,000". */
    private String number(long years) {
        long size = Math.abs(years);
        if (size < MILLION) {
            return NumberFormat.getIntegerInstance(messages.locale()).format(years);
        }
        NumberFormat compact = NumberFormat.getCompactNumberInstance(messages.locale(), NumberFormat.Style.LONG);
        compact.setMaximumFractionDigits(2);
        return compact.format(years);
    }

    /** Whether {@link #number} shows every digit of the number: to two decimals of a million or a billion. */
    private static boolean shownExactly(long years) {
        long size = Math.abs(years);
        if (size < MILLION) {
            return true;
        }
        long unit = size >= 1_000 * MILLION ? 1_000 * MILLION : MILLION;
        return size % (unit / 100) == 0;
    }

    private DateTimeFormatter formatter(String key) {
        return formatters.apply(messages.get(key));
    }
}
