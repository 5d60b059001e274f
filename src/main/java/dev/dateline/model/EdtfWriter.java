package dev.dateline.model;

/** Writes a point in the canonical EDTF that {@link EdtfParser} reads back to the same point. */
final class EdtfWriter {
    private EdtfWriter() {
    }

    static String point(DatePoint point) {
        Notation n = point.notation();
        var local = point.local();
        StringBuilder out = new StringBuilder();
        out.append(n.yearQualifier().symbol()).append(year(n));
        if (point.precision().compareTo(Precision.YEAR) > 0 || n.monthUnspecified()) {
            out.append('-').append(n.monthQualifier().symbol());
            if (n.monthUnspecified()) {
                out.append("XX");
            } else if (point.precision() == Precision.SEASON) {
                out.append(point.season());
            } else {
                out.append(HtmlDatetime.two(local.getMonthValue()));
            }
        }
        if (point.precision().compareTo(Precision.MONTH) > 0 || n.dayUnspecified()) {
            out.append('-').append(n.dayQualifier().symbol())
                    .append(n.dayUnspecified() ? "XX" : HtmlDatetime.two(local.getDayOfMonth()));
        }
        if (point.precision().hasTime()) {
            out.append('T').append(HtmlDatetime.two(local.getHour())).append(':').append(HtmlDatetime.two(local.getMinute()));
            if (point.precision() == Precision.SECOND) {
                out.append(':').append(HtmlDatetime.two(local.getSecond()));
            }
            out.append(HtmlDatetime.offset(point));
        }
        return out.append(point.qualifier().symbol()).toString();
    }

    /** {@code 2017}, {@code -0044}, {@code 201X}, {@code 1950S2}, {@code Y-170000002}, {@code Y-17E7}. */
    static String year(Notation n) {
        String text;
        if (n.exponent() > 0) {
            text = "Y" + n.year() / Notation.pow10(n.exponent()) + "E" + n.exponent();
        } else if (Math.abs(n.year()) > 9999) {
            text = "Y" + n.year();
        } else {
            text = HtmlDatetime.year(n.year());
            int x = n.unspecifiedDigits();
            text = text.substring(0, text.length() - x) + "X".repeat(x);
        }
        return n.significantDigits() > 0 ? text + "S" + n.significantDigits() : text;
    }
}
