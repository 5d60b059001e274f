package dev.dateline.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the EDTF level 1 subset that Dateline supports. */
final class EdtfParser {
    private static final String FORMS = "write 2017, 2017-07, 2017-07-09, 2017-07-09T20:45-04:00 or -0044 (44 BCE), "
            + "add ~ (approximate) or ? (uncertain), or give an interval as 2017-07-07/2017-07-08";

    private static final Pattern POINT = Pattern.compile(
            "(?<year>-?\\d{4})"
            + "(?:-(?<month>\\d{2})"
            + "(?:-(?<day>\\d{2})"
            + "(?:T(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2}))?"
            + "(?<offset>Z|[+-]\\d{2}:\\d{2})?)?)?)?"
            + "(?<qualifier>[~?%])?");

    private static final String NOT_A_DATE = "not a date in the form year-month-day";
    /** A year written after the day or the month: {@code 9. juli 2017}, {@code 07/09/2017}. */
    private static final Pattern YEAR_LATER = Pattern.compile("[^\\d+/-].*\\d{4}.*|\\d{1,3}\\D.*\\d{4}.*");
    private static final String YEAR_FIRST = "write the year first, as year-month-day: 2017-07-09 for 9 July 2017";
    /** A time after a space instead of a T: {@code 2017-07-09 20:45Z}. */
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} +\\d{2}:\\d{2}.*");
    private static final String TIME_AFTER_T = "write a T between the date and the time: 2017-07-09T20:45-04:00";
    private static final String BOTH_ENDS = "give both ends of the interval, as in 2017-07-07/2017-07-08";

    private EdtfParser() {
    }

    static EdtfDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDateException("the date is empty", 0, FORMS);
        }
        if (YEAR_LATER.matcher(text).matches()) {
            throw new InvalidDateException(NOT_A_DATE, 0, YEAR_FIRST);
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            return EdtfDate.of(point(text, 0, true));
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new InvalidDateException("an interval has exactly one '/'", text.indexOf('/', slash + 1), FORMS);
        }
        if (slash == 0) {
            throw new InvalidDateException("the interval has no start", 0, BOTH_ENDS);
        }
        if (slash == text.length() - 1) {
            throw new InvalidDateException("the interval has no end", slash, BOTH_ENDS);
        }
        DatePoint start = point(text.substring(0, slash), 0, false);
        DatePoint end = point(text.substring(slash + 1), slash + 1, false);
        boolean bothHaveTimes = start.precision().hasTime() && end.precision().hasTime();
        boolean endsBeforeStart = bothHaveTimes
                ? end.offsetDateTime().orElseThrow().isBefore(start.offsetDateTime().orElseThrow())
                : end.lastDay().isBefore(start.date());
        if (endsBeforeStart) {
            throw new InvalidDateException("the interval ends (" + end.edtf() + ") before it starts ("
                    + start.edtf() + ")", slash + 1, "swap the two dates");
        }
        return EdtfDate.interval(start, end);
    }

    private static DatePoint point(String text, int base, boolean whole) {
        Matcher m = POINT.matcher(text);
        if (!m.matches()) {
            int at = base + firstBadIndex(text);
            throw new InvalidDateException(whole ? NOT_A_DATE : "'" + text + "' is " + NOT_A_DATE, at,
                    SPACE_BEFORE_TIME.matcher(text).matches() ? TIME_AFTER_T : FORMS);
        }
        if (m.group("hour") != null && m.group("offset") == null) {
            throw new InvalidDateException("a time needs the UTC offset of where it happened",
                    base + (m.group("second") != null ? m.end("second") : m.end("minute")),
                    "add Z or an offset such as -04:00 or +02:00");
        }
        int written = Integer.parseInt(m.group("year"));
        if (written == 0) {
            throw new InvalidDateException("there is no year 0000", base, "years run ... -0002, -0001 (1 BCE), 0001 (1 CE), 0002 ...");
        }
        // Years before the common era are numbered as historians (and TimelineJS) do: -0044 is 44 BCE,
        // and 1 BCE is followed by 1 CE. java.time counts on through a year 0, so -0044 is its year -43.
        int year = written < 0 ? written + 1 : written;
        Qualifier qualifier = m.group("qualifier") == null ? Qualifier.NONE : Qualifier.of(m.group("qualifier").charAt(0));
        DatePoint point;
        if (m.group("month") == null) {
            point = DatePoint.ofYear(year);
        } else {
            int month = Integer.parseInt(m.group("month"));
            if (month < 1 || month > 12) {
                throw new InvalidDateException("there is no month " + m.group("month"), base + m.start("month"),
                        "months run from 01 to 12");
            }
            if (m.group("day") == null) {
                point = DatePoint.ofMonth(year, month);
            } else {
                point = dayOrTime(m, base, year, month);
            }
        }
        return point.qualified(qualifier);
    }

    private static DatePoint dayOrTime(Matcher m, int base, int year, int month) {
        int day = Integer.parseInt(m.group("day"));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            int length = LocalDate.of(year, month, 1).lengthOfMonth();
            throw new InvalidDateException("day " + m.group("day") + " does not exist in "
                    + m.group("year") + "-" + m.group("month"), base + m.start("day"),
                    "that month has " + length + " days");
        }
        if (m.group("hour") == null) {
            return DatePoint.ofDay(date);
        }
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        int second = m.group("second") == null ? 0 : Integer.parseInt(m.group("second"));
        if (hour > 23) {
            throw new InvalidDateException("there is no hour " + m.group("hour"), base + m.start("hour"), "hours run from 00 to 23");
        }
        if (minute > 59) {
            throw new InvalidDateException("there is no minute " + m.group("minute"), base + m.start("minute"), "minutes run from 00 to 59");
        }
        if (second > 59) {
            throw new InvalidDateException("there is no second " + m.group("second"), base + m.start("second"), "seconds run from 00 to 59");
        }
        ZoneOffset offset = offset(m.group("offset"), base + m.start("offset"));
        LocalDateTime local = date.atTime(hour, minute, second);
        return DatePoint.ofDateTime(local.atOffset(offset), m.group("second") != null);
    }

    private static ZoneOffset offset(String text, int at) {
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        int hours = Integer.parseInt(text.substring(1, 3));
        int minutes = Integer.parseInt(text.substring(4, 6));
        int limit = text.charAt(0) == '-' ? 12 * 60 : 14 * 60;
        if (minutes > 59 || hours * 60 + minutes > limit) {
            throw new InvalidDateException("the UTC offset " + text + " does not exist", at,
                    "offsets run from -12:00 to +14:00");
        }
        return ZoneOffset.of(text);
    }

    /** The index of the first character that cannot continue a valid date. */
    private static int firstBadIndex(String text) {
        for (int length = text.length(); length > 0; length--) {
            Matcher prefix = POINT.matcher(text.substring(0, length));
            if (prefix.matches() || prefix.hitEnd()) {
                return Math.min(length, text.length() - 1);
            }
        }
        return 0;
    }
}
