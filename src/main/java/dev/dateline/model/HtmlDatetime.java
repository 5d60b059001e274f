package dev.dateline.model;

/**
 * A point written with its precision, as in EDTF and in an HTML {@code <time datetime>}
 * attribute; the two agree for every year of the common era. Years before it are written
 * as EDTF does, {@code -0044} for 44 BCE, which HTML cannot express; a season as EDTF does,
 * {@code 2001-21}; a point known less precisely at its earliest moment ({@code 2010} for {@code 201X}).
 */
final class HtmlDatetime {
    private HtmlDatetime() {
    }

    static String of(DatePoint point) {
        var local = point.local();
        String year = year(point.notation().firstYear());
        String month = year + "-" + two(local.getMonthValue());
        String day = month + "-" + two(local.getDayOfMonth());
        String minute = day + "T" + two(local.getHour()) + ":" + two(local.getMinute());
        return switch (point.precision()) {
            case YEAR -> year;
            case SEASON -> year + "-" + point.season();
            case MONTH -> month;
            case DAY -> day;
            case MINUTE -> minute + offset(point);
            case SECOND -> minute + ":" + two(local.getSecond()) + offset(point);
        };
    }

    static String offset(DatePoint point) {
        return point.offset().map(o -> o.getTotalSeconds() == 0 ? "Z" : o.getId()).orElse("");
    }

    /** A historian's year, at least four digits: {@code -0044} is 44 BCE. */
    static String year(long year) {
        String digits = Long.toString(Math.abs(year));
        String padded = digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
        return year > 0 ? padded : "-" + padded;
    }

    static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
