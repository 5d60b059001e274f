package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The example dates of the EDTF specification (Library of Congress, 2019), levels 0 and 1 and some of level 2. */
class EdtfSpecificationTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @ParameterizedTest(name = "level 0: {0}")
    @ValueSource(strings = {
            "1985-04-12", "1985-04", "1985",
            "1985-04-12T23:20:30Z", "1985-04-12T23:20:30-04:00", "1985-04-12T23:20:30+04:30",
            "1964/2008", "2004-06/2006-08", "2004-02-01/2005-02-08", "2004-02-01/2005-02", "2004-02-01/2005", "2005/2006-02",
    })
    void levelZeroReadsAndWritesBack(String text) {
        assertThat(EdtfDate.parse(text).edtf()).isEqualTo(text);
    }

    @Test
    void levelZeroHourOnlyOffsetIsReadAsWholeHours() {
        DatePoint point = EdtfDate.parse("1985-04-12T23:20:30-04").start();

        assertThat(point.offset()).contains(ZoneOffset.ofHours(-4));
        assertThat(point.precision()).isEqualTo(Precision.SECOND);
        assertThat(point.edtf()).isEqualTo("1985-04-12T23:20:30-04:00");
    }

    @ParameterizedTest(name = "level 1: {0}")
    @ValueSource(strings = {
            "Y170000002", "Y-170000002",
            "2001-21", "2001-22", "2001-23", "2001-24",
            "1984?", "2004-06~", "2004-06-11%",
            "201X", "20XX", "2004-XX", "1985-04-XX", "1985-XX-XX",
            "1985-04-12/..", "1985-04/..", "1985/..", "../1985-04-12", "../1985-04", "../1985",
            "1985-04-12/", "1985-04/", "1985/", "/1985-04-12", "/1985-04", "/1985",
            "-1985",
            "2004-06~/2004-06-11%", "2004-06-11%/..", "1984-06-02?/2004-08-08~",
    })
    void levelOneReadsAndWritesBack(String text) {
        assertThat(EdtfDate.parse(text).edtf()).isEqualTo(text);
    }

    @ParameterizedTest(name = "level 2: {0} -> {1}")
    @CsvSource({
            "Y-17E7,        Y-17E7",
            "1950S2,        1950S2",
            "Y171010000S3,  Y171010000S3",
            "Y3388E2S3,     Y3388E2S3",
            "156X-12-25,    156X-12-25",
            "15XX-12-25,    15XX-12-25",
            "1XXX-XX,       1XXX-XX",
            "1XXX-12,       1XXX-12",
            "2004-06-~11,   2004-06-~11",
            "?2004-06-~11,  ?2004-06-~11",
            "2004?-06-11,   ?2004-06-11",
            "2004-06~-11,   ~2004-~06-11",
    })
    void levelTwoFormsReadAndWriteBackInCanonicalForm(String text, String canonical) {
        EdtfDate date = EdtfDate.parse(text);

        assertThat(date.edtf()).isEqualTo(canonical);
        assertThat(EdtfDate.parse(canonical)).isEqualTo(date);
    }

    @Test
    void letterPrefixedYearsKeepTheirValueBeyondJavaTime() {
        DatePoint bigBang = EdtfDate.parse("Y-13800000000").start();

        assertThat(bigBang.year()).isEqualTo(-13_800_000_000L);
        assertThat(bigBang.calendar()).isFalse();
        assertThat(bigBang.beforeCommonEra()).isTrue();
        assertThat(bigBang.htmlDatetime()).isEmpty();
        assertThat(EdtfDate.parse("Y-17E7").start().year()).isEqualTo(-170_000_000L);
    }

    @Test
    void seasonsRunThreeMonthsAndWinterEndsInFebruary() {
        DatePoint spring = EdtfDate.parse("2001-21").start();
        DatePoint winter = EdtfDate.parse("2001-24").start();

        assertThat(spring.precision()).isEqualTo(Precision.SEASON);
        assertThat(spring.date()).isEqualTo(LocalDate.of(2001, 3, 1));
        assertThat(spring.lastDay()).isEqualTo(LocalDate.of(2001, 5, 31));
        assertThat(winter.lastDay()).isEqualTo(LocalDate.of(2002, 2, 28));
        assertThat(spring.htmlDatetime()).isEmpty();
    }

    @ParameterizedTest(name = "{0} runs from {1} to {2}")
    @CsvSource({
            "201X,       2010-01-01, 2019-12-31",
            "20XX,       2000-01-01, 2099-12-31",
            "2004-XX,    2004-01-01, 2004-12-31",
            "1985-04-XX, 1985-04-01, 1985-04-30",
            "1985-XX-XX, 1985-01-01, 1985-12-31",
            "156X-12-25, 1560-12-25, 1569-12-25",
            "1XXX-12,    1000-12-01, 1999-12-31",
            "1950S2,     1900-01-01, 1999-12-31",
    })
    void unspecifiedAndSignificantDigitsCoverEveryYearTheyAllow(String text, LocalDate first, LocalDate last) {
        DatePoint point = EdtfDate.parse(text).start();

        assertThat(point.date()).isEqualTo(first);
        assertThat(point.lastDay()).isEqualTo(last);
    }

    @Test
    void unspecifiedDigitsGiveNoHtmlDatetimeButUnspecifiedDaysStillGiveTheMonth() {
        assertThat(EdtfDate.parse("201X").start().htmlDatetime()).isEmpty();
        assertThat(EdtfDate.parse("1985-04-XX").start().htmlDatetime()).contains("1985-04");
        assertThat(EdtfDate.parse("1985-04-XX").start().precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void qualifierOnOneComponentIsNotAQualifierOfTheWholeDate() {
        DatePoint point = EdtfDate.parse("?2004-06-~11").start();

        assertThat(point.qualifier()).isEqualTo(Qualifier.NONE);
        assertThat(point.notation().yearQualifier()).isEqualTo(Qualifier.UNCERTAIN);
        assertThat(point.notation().dayQualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(EdtfDate.parse("2004-06-11~").start().qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    }

    @Test
    void openAndUnknownSidesKeepTheKnownPoint() {
        EdtfDate from = EdtfDate.parse("1985/..");
        EdtfDate until = EdtfDate.parse("/1985");

        assertThat(from.isInterval()).isTrue();
        assertThat(from.first()).contains(DatePoint.ofYear(1985));
        assertThat(from.last()).isEmpty();
        assertThat(from.after()).isEqualTo(IntervalEnd.OPEN);
        assertThat(until.first()).isEmpty();
        assertThat(until.last()).contains(DatePoint.ofYear(1985));
        assertThat(until.before()).isEqualTo(IntervalEnd.UNKNOWN);
    }

    @Test
    void sortsByTheEarliestMomentAcrossPrecisionsAndScales() {
        List<String> texts = List.of("1969", "Y-13800000000", "-0044-03-15", "Y-4500000000", "1950S2", "201X",
                "Y-17E7", "Y-200000", "2001-21", "2001-03-01T00:00Z", "1985/..");
        List<String> sorted = texts.stream().map(EdtfDate::parse)
                .sorted(Comparator.comparingLong((EdtfDate d) -> d.sortSeconds(UTC)).thenComparing(EdtfDate::edtf))
                .map(EdtfDate::edtf).toList();

        assertThat(sorted).containsExactly("Y-13800000000", "Y-4500000000", "Y-17E7", "Y-200000", "-0044-03-15",
                "1950S2", "1969", "1985/..", "2001-03-01T00:00Z", "2001-21", "201X");
    }

    @Test
    void sortKeyIsExactWithinJavaTimeAndMonotonicBeyondIt() {
        long lastCalendarYear = EdtfDate.parse("Y-999999998").sortSeconds(UTC);
        long firstDeepYear = EdtfDate.parse("Y-999999999").sortSeconds(UTC);

        assertThat(EdtfDate.parse("2017-07-09").sortSeconds(UTC)).isEqualTo(LocalDate.of(2017, 7, 9).toEpochDay() * 86_400);
        assertThat(firstDeepYear).isLessThan(lastCalendarYear);
        assertThat(lastCalendarYear - firstDeepYear).isBetween(364L * 86_400, 367L * 86_400);
    }

    @ParameterizedTest(name = "{0} fails at index {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1985-13              | 5  | there is no month 13",
            "1985-04-31           | 8  | day 31 does not exist in 1985-04",
            "2005-02-29           | 8  | day 29 does not exist in 2005-02",
            "1985/1984            | 5  | the interval ends (1984) before it starts (1985)",
            "Y-170000002/Y-170000003 | 12 | the interval ends (Y-170000003) before it starts (Y-170000002)",
            "12000                | 0  | a year of more than four digits starts with Y",
            "Y2017                | 0  | a year of four digits or fewer is written without Y",
            "Y1E12                | 0  | the year is too far from now",
            "XXXX-12-XX           | 0  | the year has no known digit",
            "1X5X                 | 2  | only the last digits of a year can be unspecified",
            "1985-XX-12           | 5  | a day needs its month",
            "2001-21-01           | 7  | a season has no day",
            "2001-25              | 5  | there is no month 25",
            "1950S5               | 5  | the year has 4 digits, not 5 significant ones",
            "Y-17E7-01            | 6  | a year written with Y has no month or day",
            "195X-02-30           | 8  | day 30 does not exist in 195X-02",
            "1984-1X              | 5  | a month or day is written with two digits or XX",
            "1985-04-12T23:20:30-13 | 19 | the UTC offset -13 does not exist",
    })
    void invalidNewFormsSayWhatAndWhere(String text, int index, String message) {
        InvalidDateException e = catchThrowableOfType(InvalidDateException.class, () -> EdtfDate.parse(text));

        assertThat(e).as(text).isNotNull();
        assertThat(e).hasMessage(message);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e.hint()).isNotBlank();
    }

    @Test
    void leapDayWithUnspecifiedYearExistsWhenTheDecadeHasALeapYear() {
        assertThat(EdtfDate.parse("195X-02-29").start().date()).isEqualTo(LocalDate.of(1952, 2, 29));
    }
}
