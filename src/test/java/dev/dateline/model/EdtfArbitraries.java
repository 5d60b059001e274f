package dev.dateline.model;

import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;

/** Generators of every date Dateline can read, for property tests. */
public final class EdtfArbitraries {
    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private EdtfArbitraries() {
    }

    /** Single dates and intervals, of every precision, offset and qualifier. */
    public static Arbitrary<EdtfDate> dates() {
        return Arbitraries.oneOf(
                points(FIRST, LAST).map(EdtfDate::of),
                points(FIRST, LAST).map(p -> EdtfDate.interval(p, p)),
                points(FIRST, LAST.minusYears(1)).flatMap(start ->
                        // two days after the last day of the start, no offset can put the end before it
                        points(start.lastDay().plusDays(2), LAST).map(end -> EdtfDate.interval(start, end))));
    }

    /**
     * A point on a day between {@code from} and {@code to}, at any precision. Edge cases come from
     * the day, the precision and the offset; those of the time of day would outnumber the tries.
     */
    public static Arbitrary<DatePoint> points(LocalDate from, LocalDate to) {
        return Combinators.combine(
                Dates.dates().between(from, to),
                // seasons, which HTML cannot hold, come from extendedDates()
                Arbitraries.of(Precision.YEAR, Precision.MONTH, Precision.DAY, Precision.MINUTE, Precision.SECOND),
                Arbitraries.integers().between(0, 23).withoutEdgeCases(),
                Arbitraries.integers().between(0, 59).withoutEdgeCases(),
                Arbitraries.integers().between(0, 59).withoutEdgeCases(),
                offsets(),
                Arbitraries.of(Qualifier.class).withoutEdgeCases())
                .as((day, precision, hour, minute, second, offset, qualifier) -> (switch (precision) {
                    case YEAR -> DatePoint.ofYear(day.getYear());
                    case SEASON -> DatePoint.ofSeason(day.getYear(), 21 + (day.getMonthValue() - 1) / 3);
                    case MONTH -> DatePoint.ofMonth(day.getYear(), day.getMonthValue());
                    case DAY -> DatePoint.ofDay(day);
                    case MINUTE -> DatePoint.ofDateTime(day.atTime(hour, minute).atOffset(offset), false);
                    case SECOND -> DatePoint.ofDateTime(day.atTime(hour, minute, second).atOffset(offset), true);
                }).qualified(qualifier));
    }

    /**
     * The forms beyond human calendar dates: years of any size (Y-prefixed, with exponents and
     * significant digits), seasons, unspecified digits, qualifiers on one component, and intervals
     * with an open or unknown side.
     */
    public static Arbitrary<EdtfDate> extendedDates() {
        Arbitrary<String> deepYears = Combinators.combine(
                Arbitraries.longs().between(10_000L, 100_000_000_000L), Arbitraries.of("", "-"),
                Arbitraries.integers().between(0, 3))
                .as((value, sign, significant) -> "Y" + sign + value
                        + (significant > 0 ? "S" + significant : ""));
        Arbitrary<String> exponential = Combinators.combine(Arbitraries.integers().between(1, 99),
                Arbitraries.of("", "-"), Arbitraries.integers().between(1, 9))
                .as((mantissa, sign, exponent) -> "Y" + sign + mantissa + "E" + exponent);
        Arbitrary<String> seasons = Combinators.combine(Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(21, 24))
                .as((year, season) -> String.format("%04d-%d", year, season));
        Arbitrary<String> unspecified = Combinators.combine(Arbitraries.integers().between(1, 9999),
                Arbitraries.integers().between(0, 3), Arbitraries.of("", "-XX", "-XX-XX", "-04-XX", "-12-25", "-06"))
                .as((year, x, rest) -> {
                    String digits = String.format("%04d", year);
                    return digits.substring(0, 4 - x) + "X".repeat(x) + rest;
                }).filter(t -> !t.startsWith("0000"));
        Arbitrary<String> components = Combinators.combine(Arbitraries.of("", "?", "~", "%"),
                Arbitraries.of("", "?", "~", "%"), Arbitraries.of("", "?", "~", "%"))
                .as((y, m, d) -> y + "2004-" + m + "06-" + d + "11");
        Arbitrary<String> points = Arbitraries.oneOf(deepYears, exponential, seasons, unspecified, components,
                dates().filter(d -> !d.isInterval()).map(EdtfDate::edtf));
        Arbitrary<String> sides = Combinators.combine(points, Arbitraries.of("/..", "/", "../", "/"), Arbitraries.of(true, false))
                .as((point, side, after) -> side.startsWith("/") ? point + side : side + point);
        return Arbitraries.oneOf(points, sides).map(EdtfDate::parse);
    }

    /** UTC offsets from -12:00 to +14:00, by the minute. */
    public static Arbitrary<ZoneOffset> offsets() {
        return Arbitraries.integers().between(-12 * 60, 14 * 60).map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60))
                .edgeCases(config -> config.includeOnly(ZoneOffset.UTC, ZoneOffset.ofHours(-12), ZoneOffset.ofHours(14)));
    }

    /** Texts that look like dates, in the alphabet of EDTF, so that they are often nearly right. */
    public static Arbitrary<String> dateLikeTexts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789-:/TZ+~?% XYES.").ofMaxLength(40),
                Arbitraries.oneOf(dates(), extendedDates()).map(EdtfDate::edtf).flatMap(EdtfArbitraries::mutated));
    }

    /** {@code text} with one character replaced, inserted or removed. */
    private static Arbitrary<String> mutated(String text) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, text.length() - 1);
        Arbitrary<Character> c = Arbitraries.chars().with("0123456789-:/TZ+~?% xXYES.");
        return Arbitraries.oneOf(
                Combinators.combine(at, c).as((i, ch) -> text.substring(0, i) + ch + text.substring(i + 1)),
                Combinators.combine(at, c).as((i, ch) -> text.substring(0, i) + ch + text.substring(i)),
                at.map(i -> text.substring(0, i) + text.substring(i + 1)));
    }
}
