package dev.dateline.model;

/**
 * A point written with its precision, as in EDTF and in an HTML {@code <time datetime>}
 * attribute; the two agree for every year of the common era. Years before it are written
 * as EDTF does, {@code -0044} for 44 BCE, which HTML cannot express.
 */
final class HtmlDatetime {
    private HtmlDatetime() {
    }

    static String of(DatePoint point) {
        var local = point.local();
        String month = year(local.getYear()) + "-" + two(local.getMonthValue());
        String day = month + "-" + two(local.getDayOfMonth());
        String minute = day + "T" + two(local.getHour()) + ":" + two(local.getMinute());
        return switch (point.precision()) {
            case YEAR -> year(local.getYear());
            case MONTH -> month;
            case DAY -> day;
            case MINUTE -> minute + offset(point);
            case SECOND -> minute + ":" + two(local.getSecond()) + offset(point);
        };
    }

    private static String offset(DatePoint point) {
        return point.offset().map(o -> o.getTotalSeconds() == 0 ? "Z" : o.getId()).orElse("");
    }

    /** {@code prolepticYear} counts as java.time does (0 is 1 BCE); the text as historians do. */
    private static String year(int prolepticYear) {
        String digits = Integer.toString(prolepticYear > 0 ? prolepticYear : 1 - prolepticYear);
        String padded = digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
        return prolepticYear > 0 ? padded : "-" + padded;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
