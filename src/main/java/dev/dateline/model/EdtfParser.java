package dev.dateline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads EDTF (ISO 8601-2) levels 0 and 1 and, of level 2, exponential and significant-digit
 * years, unspecified digits in any component and qualifiers on one component.
 */
final class EdtfParser {
    static final String FORMS = "write 2017, 2017-07, 2017-07-09, 2017-07-09T20:45-04:00, -0044 (44 BCE), "
            + "Y-170000002 or Y-17E7 (years beyond four digits), 2001-21 (spring; 22 summer, 23 autumn, 24 winter), "
            + "201X (unspecified digits), add ~ (approximate), ? (uncertain) or % (both), "
            + "or give an interval as 2017-07-07/2017-07-08, 1985/.. (open) or 1985/ (end unknown)";
    /** Years beyond this are refused: they sort as seconds in a long. */
    static final long MAX_YEAR = 100_000_000_000L;

    private static final String NOT_A_DATE = "not a date in the form year-month-day";
    /** A year written after the day or the month: {@code 9. juli 2017}, {@code 07/09/2017}. */
    private static final Pattern YEAR_LATER = Pattern.compile("[^\\dXY+/.?~%-].*\\d{4}.*|\\d{1,3}[^\\dX].*\\d{4}.*");
    private static final String YEAR_FIRST = "write the year first, as year-month-day: 2017-07-09 for 9 July 2017";
    /** A time after a space instead of a T: {@code 2017-07-09 20:45Z}. */
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} +\\d{2}:\\d{2}.*");
    private static final String TIME_AFTER_T = "write a T between the date and the time: 2017-07-09T20:45-04:00";
    private static final String ONE_SIDE = "give at least one end, as in 1985/.. (from 1985 on) or ../1985 (until 1985)";

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
            return EdtfDate.of(new PointReader(text, 0, true).read());
        }
        if (text.indexOf('/', slash + 1) >= 0) {
            throw new InvalidDateException("an interval has exactly one '/'", text.indexOf('/', slash + 1), FORMS);
        }
        String left = text.substring(0, slash);
        String right = text.substring(slash + 1);
        IntervalEnd before = side(left);
        IntervalEnd after = side(right);
        if (before != IntervalEnd.KNOWN && after != IntervalEnd.KNOWN) {
            throw new InvalidDateException("the interval has neither a start nor an end", 0, ONE_SIDE);
        }
        if (before != IntervalEnd.KNOWN) {
            return EdtfDate.until(before, new PointReader(right, slash + 1, false).read());
        }
        DatePoint start = new PointReader(left, 0, false).read();
        if (after != IntervalEnd.KNOWN) {
            return EdtfDate.from(start, after);
        }
        DatePoint end = new PointReader(right, slash + 1, false).read();
        boolean bothHaveTimes = start.precision().hasTime() && end.precision().hasTime();
        boolean endsBeforeStart = bothHaveTimes
                ? end.offsetDateTime().orElseThrow().isBefore(start.offsetDateTime().orElseThrow())
                : end.lastEpochDay() < start.firstEpochDay();
        if (endsBeforeStart) {
            throw new InvalidDateException("the interval ends (" + end.edtf() + ") before it starts ("
                    + start.edtf() + ")", slash + 1, "swap the two dates");
        }
        return EdtfDate.interval(start, end);
    }

    private static IntervalEnd side(String text) {
        return text.isEmpty() ? IntervalEnd.UNKNOWN : text.equals("..") ? IntervalEnd.OPEN : IntervalEnd.KNOWN;
    }

    /** Reads one point, keeping the index of each component for the errors. */
    private static final class PointReader {
        private final String text;
        private final int base;
        private final boolean whole;
        private int at;

        private final Qualifier[] prefix = {Qualifier.NONE, Qualifier.NONE, Qualifier.NONE};
        private final Qualifier[] suffix = {Qualifier.NONE, Qualifier.NONE, Qualifier.NONE};

        PointReader(String text, int base, boolean whole) {
            this.text = text;
            this.base = base;
            this.whole = whole;
        }

        DatePoint read() {
            prefix[0] = qualifier();
            int yearAt = at;
            Notation year = year();
            suffix[0] = qualifier();
            int components = 1;
            boolean monthUnspecified = false;
            boolean dayUnspecified = false;
            int month = 1;
            int day = 1;
            int monthAt = -1;
            int dayAt = -1;
            Precision precision = Precision.YEAR;
            if (peek('-')) {
                if (text.charAt(yearAt) == 'Y' || year.significantDigits() > 0) {
                    throw new InvalidDateException("a year written with " + (text.charAt(yearAt) == 'Y' ? "Y" : "S")
                            + " has no month or day", base + at, "give only the year, as in Y-170000002 or 1950S2");
                }
                at++;
                prefix[1] = qualifier();
                monthAt = at;
                String m = twoDigits();
                suffix[1] = qualifier();
                components = 2;
                if (m.equals("XX")) {
                    monthUnspecified = true;
                } else {
                    month = Integer.parseInt(m);
                    if (month >= 21 && month <= 24) {
                        precision = Precision.SEASON;
                    } else if (month < 1 || month > 12) {
                        throw new InvalidDateException("there is no month " + m, base + monthAt, month < 21
                                ? "months run from 01 to 12"
                                : "months run from 01 to 12; the seasons are 21 (spring), 22 (summer), 23 (autumn) and 24 (winter)");
                    } else {
                        precision = Precision.MONTH;
                    }
                }
                if (peek('-')) {
                    if (precision == Precision.SEASON) {
                        throw new InvalidDateException("a season has no day", base + at, "write the season alone, as in 2001-21");
                    }
                    at++;
                    prefix[2] = qualifier();
                    dayAt = at;
                    String d = twoDigits();
                    suffix[2] = qualifier();
                    components = 3;
                    if (d.equals("XX")) {
                        dayUnspecified = true;
                    } else if (monthUnspecified) {
                        throw new InvalidDateException("a day needs its month", base + monthAt,
                                "give the month, or write the day as XX too: 1985-XX-XX");
                    } else {
                        day = Integer.parseInt(d);
                        precision = Precision.DAY;
                    }
                }
            }
            if (at < text.length() && text.charAt(at) == ' ' && SPACE_BEFORE_TIME.matcher(text).matches()) {
                throw new InvalidDateException(message(), base + at, TIME_AFTER_T);
            }
            Optional<Time> time = Optional.empty();
            if (peek('T') && precision == Precision.DAY) {
                if (!year.exactYear()) {
                    throw new InvalidDateException("a time needs a known year", base + at, "give every digit of the year");
                }
                at++;
                time = Optional.of(time());
                suffix[2] = qualifier();
            }
            if (at != text.length()) {
                throw new InvalidDateException(message(), base + Math.min(at, text.length() - 1), FORMS);
            }
            // a qualifier after a component covers it and those to its left; one before it, it alone
            Qualifier[] applied = new Qualifier[components];
            Qualifier common = null;
            for (int c = 0; c < components; c++) {
                applied[c] = prefix[c];
                for (int later = c; later < components; later++) {
                    applied[c] = applied[c].and(suffix[later]);
                }
                common = common == null ? applied[c] : common.common(applied[c]);
            }
            Notation notation = new Notation(year.year(), year.unspecifiedDigits(), year.exponent(),
                    year.significantDigits(), monthUnspecified, dayUnspecified, applied[0].without(common),
                    components > 1 ? applied[1].without(common) : Qualifier.NONE,
                    components > 2 ? applied[2].without(common) : Qualifier.NONE);
            LocalDateTime local = local(notation, precision, month, day, dayAt);
            if (time.isPresent()) {
                Time t = time.get();
                return new DatePoint(local.withHour(t.hour).withMinute(t.minute).withSecond(t.second),
                        t.seconds ? Precision.SECOND : Precision.MINUTE, Optional.of(t.offset), common, notation);
            }
            return new DatePoint(local, precision, Optional.empty(), common, notation);
        }

        private String message() {
            return whole ? NOT_A_DATE : "'" + text + "' is " + NOT_A_DATE;
        }

        private InvalidDateException notADate() {
            return new InvalidDateException(message(), base + Math.min(at, Math.max(0, text.length() - 1)), FORMS);
        }

        private boolean peek(char c) {
            return at < text.length() && text.charAt(at) == c;
        }

        private Qualifier qualifier() {
            if (at < text.length() && "~?%".indexOf(text.charAt(at)) >= 0) {
                return Qualifier.of(text.charAt(at++));
            }
            return Qualifier.NONE;
        }

        private String digits() {
            int from = at;
            while (at < text.length() && Character.isDigit(text.charAt(at)) && text.charAt(at) < 128) {
                at++;
            }
            return text.substring(from, at);
        }

        private String twoDigits() {
            int from = at;
            for (int i = 0; i < 2; i++) {
                if (at >= text.length() || "0123456789X".indexOf(text.charAt(at)) < 0) {
                    throw notADate();
                }
                at++;
            }
            String two = text.substring(from, at);
            if (two.indexOf('X') >= 0 && !two.equals("XX")) {
                throw new InvalidDateException("a month or day is written with two digits or XX", base + from,
                        "write 1985-04-XX or 1985-XX-XX for a day or month not known");
            }
            return two;
        }

        private Notation year() {
            int from = at;
            if (peek('Y')) {
                at++;
                boolean negative = peek('-');
                if (negative) {
                    at++;
                }
                String digits = digits();
                if (digits.isEmpty()) {
                    throw notADate();
                }
                int exponent = 0;
                if (peek('E')) {
                    at++;
                    String e = digits();
                    if (e.isEmpty()) {
                        throw notADate();
                    }
                    exponent = e.length() > 2 ? 99 : Integer.parseInt(e);
                } else if (digits.length() <= 4) {
                    throw new InvalidDateException("a year of four digits or fewer is written without Y", base + from,
                            "write " + HtmlDatetime.year(negative ? -Long.parseLong(digits) : Long.parseLong(digits))
                                    + "; Y starts years of five digits or more, as in Y170000002");
                }
                long value = value(digits, exponent, from);
                long year = negative ? -value : value;
                return new Notation(year, 0, exponent, significant(year, from), false, false,
                        Qualifier.NONE, Qualifier.NONE, Qualifier.NONE);
            }
            boolean negative = peek('-');
            if (negative) {
                at++;
            }
            int digitsAt = at;
            int unspecified = 0;
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                if (at >= text.length() || "0123456789X".indexOf(text.charAt(at)) < 0) {
                    throw notADate();
                }
                char c = text.charAt(at);
                if (c == 'X') {
                    unspecified++;
                } else if (unspecified > 0) {
                    throw new InvalidDateException("only the last digits of a year can be unspecified", base + at,
                            "write 156X or 15XX, the known digits first");
                }
                digits.append(c == 'X' ? '0' : c);
                at++;
            }
            if (at < text.length() && Character.isDigit(text.charAt(at))) {
                throw new InvalidDateException("a year of more than four digits starts with Y", base + from,
                        "write Y" + text.substring(from, at) + digits() + ", as in Y170000002 or Y-170000002");
            }
            if (unspecified == 4) {
                throw new InvalidDateException("the year has no known digit", base + digitsAt,
                        "give at least its first digit, as in 1XXX for a year from 1000 to 1999");
            }
            long value = Long.parseLong(digits.toString());
            if (value == 0 && unspecified == 0) {
                throw new InvalidDateException("there is no year 0000", base + from,
                        "years run ... -0002, -0001 (1 BCE), 0001 (1 CE), 0002 ...");
            }
            long year = Math.max(1, value) * (negative ? -1 : 1);
            int significant = unspecified == 0 ? significant(year, from) : 0;
            return new Notation(year, unspecified, 0, significant, false, false,
                    Qualifier.NONE, Qualifier.NONE, Qualifier.NONE);
        }

        private long value(String digits, int exponent, int from) {
            try {
                long value = Math.multiplyExact(Long.parseLong(digits), Notation.pow10(exponent));
                if (value > MAX_YEAR) {
                    throw new ArithmeticException();
                }
                if (value == 0) {
                    throw new InvalidDateException("there is no year 0", base + from,
                            "years run ... -2, -1 (1 BCE), 1 (1 CE), 2 ...");
                }
                return value;
            } catch (ArithmeticException | NumberFormatException e) {
                throw new InvalidDateException("the year is too far from now", base + from,
                        "years reach at most a hundred billion either way, Y-1E11 to Y1E11");
            }
        }

        private int significant(long year, int from) {
            if (!peek('S')) {
                return 0;
            }
            at++;
            String s = digits();
            if (s.isEmpty()) {
                throw notADate();
            }
            int digits = Long.toString(Math.abs(year)).length();
            int significant = s.length() > 2 ? 99 : Integer.parseInt(s);
            if (significant < 1 || significant > digits) {
                throw new InvalidDateException("the year has " + digits + " digits, not " + s + " significant ones",
                        base + at - s.length(), "write S and a number from 1 to " + digits + ", as in 1950S2");
            }
            return significant;
        }

        /** The earliest moment the point allows, checking that its day exists in some year it allows. */
        private LocalDateTime local(Notation notation, Precision precision, int month, int day, int dayAt) {
            int first = DatePoint.javaYear(notation.firstYear());
            if (precision != Precision.DAY) {
                int m = precision == Precision.SEASON ? (month - 20) * 3 : month;
                return LocalDate.of(first, m, 1).atStartOfDay();
            }
            int last = DatePoint.javaYear(notation.lastYear());
            for (int y = first; y <= last; y++) {
                if (day >= 1 && day <= LocalDate.of(y, month, 1).lengthOfMonth()) {
                    return LocalDate.of(y, month, day).atStartOfDay();
                }
            }
            int length = LocalDate.of(first, month, 1).lengthOfMonth();
            String written = EdtfWriter.year(notation) + "-" + HtmlDatetime.two(month);
            throw new InvalidDateException("day " + HtmlDatetime.two(day) + " does not exist in " + written,
                    base + dayAt, "that month has " + length + " days");
        }

        private record Time(int hour, int minute, int second, boolean seconds, ZoneOffset offset) {
        }

        private Time time() {
            int hourAt = at;
            String hour = fixed(2);
            expect(':');
            int minuteAt = at;
            String minute = fixed(2);
            String second = null;
            int secondAt = -1;
            if (peek(':')) {
                at++;
                secondAt = at;
                second = fixed(2);
            }
            if (at >= text.length() || "Z+-".indexOf(text.charAt(at)) < 0) {
                if (at >= text.length() || "~?%".indexOf(text.charAt(at)) >= 0) {
                    throw new InvalidDateException("a time needs the UTC offset of where it happened", base + at,
                            "add Z or an offset such as -04:00 or +02:00");
                }
                throw notADate();
            }
            if (Integer.parseInt(hour) > 23) {
                throw new InvalidDateException("there is no hour " + hour, base + hourAt, "hours run from 00 to 23");
            }
            if (Integer.parseInt(minute) > 59) {
                throw new InvalidDateException("there is no minute " + minute, base + minuteAt, "minutes run from 00 to 59");
            }
            if (second != null && Integer.parseInt(second) > 59) {
                throw new InvalidDateException("there is no second " + second, base + secondAt, "seconds run from 00 to 59");
            }
            return new Time(Integer.parseInt(hour), Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second),
                    second != null, offset());
        }

        /** {@code Z}, {@code ±hh:mm} or {@code ±hh}. */
        private ZoneOffset offset() {
            int from = at;
            if (peek('Z')) {
                at++;
                return ZoneOffset.UTC;
            }
            boolean negative = text.charAt(at) == '-';
            at++;
            int hours = Integer.parseInt(fixed(2));
            int minutes = 0;
            if (peek(':')) {
                at++;
                minutes = Integer.parseInt(fixed(2));
            }
            int limit = negative ? 12 * 60 : 14 * 60;
            if (minutes > 59 || hours * 60 + minutes > limit) {
                throw new InvalidDateException("the UTC offset " + text.substring(from, at) + " does not exist", base + from,
                        "offsets run from -12:00 to +14:00");
            }
            int seconds = (hours * 60 + minutes) * 60;
            return ZoneOffset.ofTotalSeconds(negative ? -seconds : seconds);
        }

        private String fixed(int count) {
            int from = at;
            for (int i = 0; i < count; i++) {
                if (at >= text.length() || !(text.charAt(at) >= '0' && text.charAt(at) <= '9')) {
                    throw notADate();
                }
                at++;
            }
            return text.substring(from, at);
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw notADate();
            }
            at++;
        }
    }
}
