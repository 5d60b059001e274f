package dev.dateline.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One calendar point known to a given precision: a year, a month, a day, or a local
 * date-time with the UTC offset of the place where it happened. {@code local} counts years
 * as java.time does (year 0 is 1 BCE); the EDTF text counts them as historians do (-0001).
 */
public record DatePoint(LocalDateTime local, Precision precision, Optional<ZoneOffset> offset, Qualifier qualifier) {

    public DatePoint {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(qualifier, "qualifier");
        if (precision.hasTime() != offset.isPresent()) {
            throw new IllegalArgumentException("a time needs an offset, and only a time has one");
        }
    }

    public static DatePoint ofYear(int year) {
        return new DatePoint(LocalDate.of(year, 1, 1).atStartOfDay(), Precision.YEAR, Optional.empty(), Qualifier.NONE);
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

    public DatePoint qualified(Qualifier newQualifier) {
        return new DatePoint(local, precision, offset, newQualifier);
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

    /** The last day this point covers (the 31st for December, the last of the month for a month). */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(local.getYear(), 12, 31);
            case MONTH -> date().withDayOfMonth(date().lengthOfMonth());
            default -> date();
        };
    }

    /** Whether the point lies before the common era (1 BCE or earlier). */
    public boolean beforeCommonEra() {
        return local.getYear() <= 0;
    }

    /** The point in EDTF notation, as a user writes it. */
    public String edtf() {
        return iso() + qualifier.symbol();
    }

    /** The point in ISO 8601 at its own precision, without the EDTF qualifier: {@code 2017-07}, {@code 2017-07-09T20:45-04:00}. */
    public String iso() {
        return HtmlDatetime.of(this);
    }

    /** The value of an HTML {@code <time datetime>} for the point; HTML has none before the common era. */
    public Optional<String> htmlDatetime() {
        return beforeCommonEra() ? Optional.empty() : Optional.of(HtmlDatetime.of(this));
    }
}
