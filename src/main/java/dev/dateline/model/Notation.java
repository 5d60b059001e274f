package dev.dateline.model;

import java.util.Objects;

/**
 * What an EDTF point says beyond a calendar date: the year as written (of any size, counted as
 * historians do, with no year 0), digits left unspecified ({@code 201X}), an exponent
 * ({@code Y-17E7}), significant digits ({@code 1950S2}), a month or day written {@code XX}, and
 * qualifiers that apply to one component only ({@code 2004-06-~11}) rather than to the whole point.
 *
 * @param year the year as written, unspecified digits read as 0
 * @param unspecifiedDigits how many of the year's last digits are written X
 * @param exponent the power of ten of a year written with E, or 0
 * @param significantDigits how many of the year's digits are significant, or 0 when all are
 */
public record Notation(long year, int unspecifiedDigits, int exponent, int significantDigits,
        boolean monthUnspecified, boolean dayUnspecified,
        Qualifier yearQualifier, Qualifier monthQualifier, Qualifier dayQualifier) {

    public Notation {
        if (year == 0) {
            throw new IllegalArgumentException("there is no year 0");
        }
        Objects.requireNonNull(yearQualifier, "yearQualifier");
        Objects.requireNonNull(monthQualifier, "monthQualifier");
        Objects.requireNonNull(dayQualifier, "dayQualifier");
    }

    /** A year written in full, with nothing unspecified. */
    public static Notation of(long year) {
        return new Notation(year, 0, 0, 0, false, false, Qualifier.NONE, Qualifier.NONE, Qualifier.NONE);
    }

    /** How many of the year's last digits are not known, from X or from significant digits. */
    public int unknownDigits() {
        if (unspecifiedDigits > 0) {
            return unspecifiedDigits;
        }
        if (significantDigits > 0) {
            return Math.max(0, Long.toString(Math.abs(year)).length() - significantDigits);
        }
        return 0;
    }

    /** The earliest year the notation allows. */
    public long firstYear() {
        return year > 0 ? low() : -high();
    }

    /** The latest year the notation allows. */
    public long lastYear() {
        return year > 0 ? high() : -low();
    }

    /** Whether the year is known to the year: nothing unspecified, no significant digits. */
    public boolean exactYear() {
        return unknownDigits() == 0;
    }

    /** Whether every component is known exactly, with no qualifier on one component alone. */
    public boolean plain() {
        return exactYear() && significantDigits == 0 && !monthUnspecified && !dayUnspecified
                && yearQualifier == Qualifier.NONE && monthQualifier == Qualifier.NONE && dayQualifier == Qualifier.NONE;
    }

    private long low() {
        long unit = pow10(unknownDigits());
        return Math.max(1, Math.abs(year) / unit * unit);
    }

    private long high() {
        long unit = pow10(unknownDigits());
        return Math.abs(year) / unit * unit + unit - 1;
    }

    static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value = Math.multiplyExact(value, 10);
        }
        return value;
    }
}
