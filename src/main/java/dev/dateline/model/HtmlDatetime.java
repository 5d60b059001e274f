package dev.dateline.model;

import java.time.format.DateTimeFormatter;

/** The value of an HTML {@code <time datetime>} attribute with the precision of the point. */
final class HtmlDatetime {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private HtmlDatetime() {
    }

    static String of(DatePoint point) {
        var local = point.local();
        return switch (point.precision()) {
            case YEAR -> year(local.getYear());
            case MONTH -> year(local.getYear()) + "-" + two(local.getMonthValue());
            case DAY -> year(local.getYear()) + "-" + two(local.getMonthValue()) + "-" + two(local.getDayOfMonth());
            case MINUTE -> MINUTE.format(local) + offset(point);
            case SECOND -> SECOND.format(local) + offset(point);
        };
    }

    private static String offset(DatePoint point) {
        return point.offset().map(o -> o.getTotalSeconds() == 0 ? "Z" : o.getId()).orElse("");
    }

    private static String year(int year) {
        String digits = Integer.toString(year);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
