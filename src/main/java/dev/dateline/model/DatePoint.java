package dev.dateline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One point known to a given precision: a year, a season, a month, a day, or a local date-time
 * with the UTC offset of the place where it happened. {@code local} is the earliest moment the
 * point allows and counts years as java.time does (year 0 is 1 BCE); the EDTF text counts them as
 * historians do (-0001). Years beyond java.time's range ({@link #calendar()} is false) keep their
 * value in {@link #notation()}; {@code local} then holds the nearest year java.time can.
 */
public record DatePoint(LocalDateTime local, Precision precision, Optional<ZoneOffset> offset, Qualifier qualifier,
        Notation notation) {
    /** The largest year, either side of the common era, that java.time holds with a day after it. */
    static final long CALENDAR_YEARS = Year.MAX_VALUE - 1;
    /** The mean length of a Gregorian year, which repeats every 400 years of 146,097 days. */
    static final double DAYS_PER_YEAR = 146_097 / 400.0;
    private static final int SECONDS_PER_DAY = 86_400;

    public DatePoint {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(notation, "notation");
        if (precision.hasTime() != offset.isPresent()) {
            throw new IllegalArgumentException("a time needs an offset, and only a time has one");
        }
    }

    /** A point whose year is the one of {@code local}, written in full. */
    public DatePoint(LocalDateTime local, Precision precision, Optional<ZoneOffset> offset, Qualifier qualifier) {
        this(local, precision, offset, qualifier, Notation.of(historian(local.getYear())));
    }

    public static DatePoint ofYear(int year) {
        return new DatePoint(LocalDate.of(year, 1, 1).atStartOfDay(), Precision.YEAR, Optional.empty(), Qualifier.NONE);
    }

    /** A season of a year: 21 spring, 22 summer, 23 autumn, 24 winter (from December into the next year). */
    public static DatePoint ofSeason(int year, int season) {
        if (season < 21 || season > 24) {
            throw new IllegalArgumentException("seasons run from 21 to 24");
        }
        return new DatePoint(LocalDate.of(year, (season - 20) * 3, 1).atStartOfDay(), Precision.SEASON,
                Optional.empty(), Qualifier.NONE);
    }

    public static DatePoint ofMonth(int year, int month) {
        return new DatePoint(LocalDate.of(year, month, 1).atStartOfDay(), Precision.MONTH, Optional.empty(), Qualifier.NONE);
    }

    public static DatePoint ofDay(LocalDate day) {
        return new DatePoint(day.atStartOfDay(), Precision.DAY, Optional.empty(), Qualifier.NONE);
    }

    public static DatePoint ofDateTime(OffsetDateTime time, boolean withSeconds) {
        return new DatePoint(time.toLocalDateTime(), withSeconds ? Precision.SECOND : Precision.MINUTE,
                Optional.of(time.getOffset()), Qualifier.NONE);
    }

    /** A year of any size, counted as historians do ({@code -13800000000}), without month or day. */
    public static DatePoint ofAnyYear(long year) {
        return new DatePoint(LocalDate.of(javaYear(year), 1, 1).atStartOfDay(), Precision.YEAR, Optional.empty(),
                Qualifier.NONE, Notation.of(year));
    }

    /** The point with {@code newQualifier} for the whole of it, and no qualifier on one component alone. */
    public DatePoint qualified(Qualifier newQualifier) {
        Notation n = notation;
        return new DatePoint(local, precision, offset, newQualifier, new Notation(n.year(), n.unspecifiedDigits(),
                n.exponent(), n.significantDigits(), n.monthUnspecified(), n.dayUnspecified(),
                Qualifier.NONE, Qualifier.NONE, Qualifier.NONE));
    }

    /** The year as written, counted as historians do: -44 is 44 BCE. */
    public long year() {
        return notation.year();
    }

    /** The season, 21 (spring) to 24 (winter), of a point of {@link Precision#SEASON}. */
    public int season() {
        return 20 + local.getMonthValue() / 3;
    }

    /** Whether java.time can hold every moment the point allows. */
    public boolean calendar() {
        return Math.abs(notation.firstYear()) <= CALENDAR_YEARS && Math.abs(notation.lastYear()) <= CALENDAR_YEARS;
    }

    public LocalDate date() {
        return local.toLocalDate();
    }

    /** The instant as it happened, for points with a time. */
    public Optional<OffsetDateTime> offsetDateTime() {
        return offset.map(local::atOffset);
    }

    /** The first instant this point covers; dates without a time are read in {@code zone}. */
    public ZonedDateTime start(ZoneId zone) {
        return offset.map(o -> local.atOffset(o).atZoneSameInstant(zone)).orElseGet(() -> local.atZone(zone));
    }

    /**
     * The last day this point covers (the 31st for December, the last of the month for a month, the
     * end of February after a winter), in the last year it allows.
     */
    public LocalDate lastDay() {
        int year = javaYear(notation.lastYear());
        LocalDate first = date();
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case SEASON -> first.withYear(year).plusMonths(3).minusDays(1);
            case MONTH -> LocalDate.of(year, first.getMonthValue(), 1).plusMonths(1).minusDays(1);
            case DAY -> year == first.getYear() ? first : sameDayIn(first, year);
            default -> first;
        };
    }

    /** The first moment the point allows, in seconds from 1970 (days without a time read in {@code zone}). */
    public long firstSecond(ZoneId zone) {
        if (offset.isPresent()) {
            return local.toEpochSecond(offset.get());
        }
        return calendar() ? local.atZone(zone).toEpochSecond() : meanDay(notation.firstYear()) * SECONDS_PER_DAY;
    }

    /** The moment just after the point: the next day after a day, the instant itself for a time. */
    public long endSecond(ZoneId zone) {
        if (offset.isPresent()) {
            return local.toEpochSecond(offset.get());
        }
        return calendar() ? lastDay().plusDays(1).atStartOfDay(zone).toEpochSecond()
                : meanDay(notation.lastYear() + (notation.lastYear() == -1 ? 2 : 1)) * SECONDS_PER_DAY;
    }

    /** The first day the point allows, in days from 1970; beyond java.time in mean Gregorian years. */
    long firstEpochDay() {
        return calendar() ? date().toEpochDay() : meanDay(notation.firstYear());
    }

    /** The last day the point allows, in days from 1970. */
    long lastEpochDay() {
        return calendar() ? lastDay().toEpochDay() : meanDay(notation.lastYear() + (notation.lastYear() == -1 ? 2 : 1)) - 1;
    }

    /** Whether the point lies before the common era (1 BCE or earlier). */
    public boolean beforeCommonEra() {
        return notation.firstYear() < 0;
    }

    /** The point in EDTF notation, as a user writes it. */
    public String edtf() {
        return EdtfWriter.point(this);
    }

    /** The point in ISO 8601 at its own precision, without the EDTF qualifier: {@code 2017-07}, {@code 2017-07-09T20:45-04:00}. */
    public String iso() {
        return HtmlDatetime.of(this);
    }

    /**
     * The value of an HTML {@code <time datetime>} for the point. HTML has none before the common
     * era, for a season, or for a year known only to its decade, century or significant digits.
     */
    public Optional<String> htmlDatetime() {
        boolean expressible = !beforeCommonEra() && precision != Precision.SEASON && notation.exactYear()
                && notation.significantDigits() == 0 && calendar();
        return expressible ? Optional.of(HtmlDatetime.of(this)) : Optional.empty();
    }

    /** The java.time year of a historian's year, kept within what java.time holds. */
    static int javaYear(long year) {
        long proleptic = year < 0 ? year + 1 : year;
        return (int) Math.max(Year.MIN_VALUE, Math.min(Year.MAX_VALUE, proleptic));
    }

    static long historian(int prolepticYear) {
        return prolepticYear > 0 ? prolepticYear : prolepticYear - 1L;
    }

    /** The first day of a historian's year in days from 1970, by the mean Gregorian year. */
    private static long meanDay(long year) {
        long proleptic = year < 0 ? year + 1 : year;
        return (long) Math.floor((proleptic - 1970) * DAYS_PER_YEAR);
    }

    private static LocalDate sameDayIn(LocalDate day, int year) {
        // 29 February in a range of years ends on the last of them that has one
        for (int y = year; y >= day.getYear(); y--) {
            if (day.getMonthValue() != 2 || day.getDayOfMonth() != 29 || Year.isLeap(y)) {
                return day.withYear(y);
            }
        }
        return day;
    }
}
