package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdtfDateTest {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @ParameterizedTest
    @CsvSource({
            "2017,                   YEAR",
            "2017-07,                MONTH",
            "2017-07-09,             DAY",
            "2017-07-09T20:45-04:00, MINUTE",
            "2017-07-09T20:45+05:30, MINUTE",
            "2017-07-09T20:45:10Z,   SECOND",
            "2017-07-09T20:45:00Z,   SECOND",
    })
    void readsThePrecisionAsWritten(String text, Precision precision) {
        assertThat(EdtfDate.parse(text).start().precision()).isEqualTo(precision);
    }

    @Test
    void yearStartsOnTheFirstOfJanuaryAndLastsTheYear() {
        DatePoint year = EdtfDate.parse("2017").start();

        assertThat(year.local()).isEqualTo(LocalDateTime.of(2017, 1, 1, 0, 0));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2017, 12, 31));
        assertThat(year.offset()).isEmpty();
    }

    @Test
    void monthStartsOnItsFirstDayAndLastsTheMonth() {
        DatePoint month = EdtfDate.parse("2016-02").start();

        assertThat(month.local()).isEqualTo(LocalDateTime.of(2016, 2, 1, 0, 0));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    void dayIsThatDayWithoutOffset() {
        DatePoint day = EdtfDate.parse("2017-07-09").start();

        assertThat(day.date()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(day.lastDay()).isEqualTo(LocalDate.of(2017, 7, 9));
        assertThat(day.offset()).isEmpty();
        assertThat(day.offsetDateTime()).isEmpty();
    }

    @Test
    void minuteKeepsTheLocalTimeAndOffsetWhereItHappened() {
        DatePoint minute = EdtfDate.parse("2017-07-09T20:45-04:00").start();

        assertThat(minute.local()).isEqualTo(LocalDateTime.of(2017, 7, 9, 20, 45));
        assertThat(minute.offset()).contains(ZoneOffset.ofHours(-4));
        assertThat(minute.offsetDateTime()).contains(OffsetDateTime.parse("2017-07-09T20:45-04:00"));
    }

    @Test
    void secondInUtcKeepsTheSeconds() {
        DatePoint second = EdtfDate.parse("2017-07-09T20:45:10Z").start();

        assertThat(second.local()).isEqualTo(LocalDateTime.of(2017, 7, 9, 20, 45, 10));
        assertThat(second.offset()).contains(ZoneOffset.UTC);
    }

    @Test
    void offsetMayHaveMinutes() {
        assertThat(EdtfDate.parse("2017-07-09T20:45+05:30").start().offset())
                .contains(ZoneOffset.ofHoursMinutes(5, 30));
    }

    @ParameterizedTest
    @CsvSource({
            "2017-07-08,  NONE,                      false, false",
            "2017-07-08~, APPROXIMATE,               true,  false",
            "2017-07-08?, UNCERTAIN,                 false, true",
            "2017-07-08%, APPROXIMATE_AND_UNCERTAIN, true,  true",
            "2017~,       APPROXIMATE,               true,  false",
            "2017-07?,    UNCERTAIN,                 false, true",
    })
    void readsTheQualifier(String text, Qualifier qualifier, boolean approximate, boolean uncertain) {
        Qualifier read = EdtfDate.parse(text).start().qualifier();

        assertThat(read).isEqualTo(qualifier);
        assertThat(read.approximate()).isEqualTo(approximate);
        assertThat(read.uncertain()).isEqualTo(uncertain);
    }

    @Test
    void qualifierDoesNotChangeTheDate() {
        assertThat(EdtfDate.parse("2017-07-08~").start().date()).isEqualTo(LocalDate.of(2017, 7, 8));
    }

    @Test
    void singleDateIsNotAnInterval() {
        EdtfDate date = EdtfDate.parse("2017-07-09");

        assertThat(date.isInterval()).isFalse();
        assertThat(date.end()).isEmpty();
    }

    @Test
    void intervalHasStartAndEnd() {
        EdtfDate date = EdtfDate.parse("2017-07-07/2017-07-08");

        assertThat(date.isInterval()).isTrue();
        assertThat(date.start()).isEqualTo(DatePoint.ofDay(LocalDate.of(2017, 7, 7)));
        assertThat(date.end()).contains(DatePoint.ofDay(LocalDate.of(2017, 7, 8)));
    }

    @Test
    void intervalEndsKeepTheirOwnQualifiers() {
        EdtfDate date = EdtfDate.parse("2017-07-07~/2017-07-08?");

        assertThat(date.start().qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(date.start().date()).isEqualTo(LocalDate.of(2017, 7, 7));
        assertThat(date.end().orElseThrow().qualifier()).isEqualTo(Qualifier.UNCERTAIN);
        assertThat(date.end().orElseThrow().date()).isEqualTo(LocalDate.of(2017, 7, 8));
    }

    @Test
    void intervalEndsMayHaveDifferentPrecisions() {
        EdtfDate date = EdtfDate.parse("2017-07/2017-07-09T20:45-04:00");

        assertThat(date.start().precision()).isEqualTo(Precision.MONTH);
        assertThat(date.end().orElseThrow().precision()).isEqualTo(Precision.MINUTE);
    }

    @Test
    void intervalMayStartAndEndOnTheSameDay() {
        assertThat(EdtfDate.parse("2017-07-08/2017-07-08").isInterval()).isTrue();
    }

    @Test
    void intervalEndingInAMonthThatContainsTheStartIsValid() {
        assertThat(EdtfDate.parse("2017-07-09/2017-07").end().orElseThrow().lastDay())
                .isEqualTo(LocalDate.of(2017, 7, 31));
    }

    @Test
    void intervalBetweenTimesComparesInstantsNotLocalDates() {
        EdtfDate date = EdtfDate.parse("2017-07-10T01:00+02:00/2017-07-09T20:00-04:00");

        assertThat(date.end().orElseThrow().offsetDateTime().orElseThrow())
                .isAfter(date.start().offsetDateTime().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2017",
            "2017-07",
            "2017-07-09",
            "2017-07-09T20:45-04:00",
            "2017-07-09T20:45:10Z",
            "2017-07-09T20:45+05:30",
            "2017-07-09T20:45:00Z",
            "2017-07-08~",
            "2017-07-08?",
            "2017-07-08%",
            "2017~",
            "2017-07-09T20:45Z?",
            "2017-07-07/2017-07-08",
            "2017-07-07~/2017-07-08?",
            "2017-07/2017-07-09T20:45-04:00",
    })
    void canonicalTextRoundTrips(String text) {
        assertThat(EdtfDate.parse(text).edtf()).isEqualTo(text);
        assertThat(EdtfDate.parse(text)).hasToString(text);
    }

    @ParameterizedTest
    @CsvSource({
            "2017-07-09T20:45+00:00,   2017-07-09T20:45Z",
            "2017-07-09T20:45:10-00:00, 2017-07-09T20:45:10Z",
    })
    void zeroOffsetIsWrittenAsZ(String text, String normalised) {
        assertThat(EdtfDate.parse(text).edtf()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @CsvSource({
            "2017,                   2017",
            "2017~,                  2017",
            "2017-07,                2017-07",
            "2017-07-09,             2017-07-09",
            "2017-07-08~,            2017-07-08",
            "2017-07-08?,            2017-07-08",
            "2017-07-08%,            2017-07-08",
            "2017-07-09T20:45-04:00, 2017-07-09T20:45-04:00",
            "2017-07-09T20:45+05:30, 2017-07-09T20:45+05:30",
            "2017-07-09T20:45:10Z,   2017-07-09T20:45:10Z",
            "2017-07-09T20:45Z~,     2017-07-09T20:45Z",
            "0987-03-04,             0987-03-04",
    })
    void htmlDatetimeIsTheEdtfWithoutQualifier(String text, String html) {
        DatePoint point = EdtfDate.parse(text).start();

        assertThat(HtmlDatetime.of(point)).isEqualTo(html);
        assertThat(point.edtf()).isEqualTo(html + point.qualifier().symbol());
    }

    @Test
    void intervalEndsHaveTheirOwnHtmlDatetime() {
        EdtfDate date = EdtfDate.parse("2017-07-07~/2017-07-09T20:45-04:00");

        assertThat(HtmlDatetime.of(date.start())).isEqualTo("2017-07-07");
        assertThat(HtmlDatetime.of(date.end().orElseThrow())).isEqualTo("2017-07-09T20:45-04:00");
    }

    @Test
    void timeSortsAtItsInstantInTheSiteZone() {
        EdtfDate evening = EdtfDate.parse("2017-07-09T20:45-04:00");

        assertThat(evening.sortSeconds(OSLO)).isEqualTo(ZonedDateTime.parse("2017-07-10T02:45+02:00[Europe/Oslo]").toEpochSecond());
    }

    @Test
    void timeLateInTheEveningElsewhereSortsAfterTheDayInTheSiteZone() {
        EdtfDate evening = EdtfDate.parse("2017-07-09T20:45-04:00");
        EdtfDate day = EdtfDate.parse("2017-07-09");

        assertThat(evening.sortSeconds(OSLO)).isGreaterThan(day.sortSeconds(OSLO));
    }

    @ParameterizedTest
    @CsvSource({
            "2017,                  2017-01-01T00:00+01:00[Europe/Oslo]",
            "2017-07,               2017-07-01T00:00+02:00[Europe/Oslo]",
            "2017-07-09,            2017-07-09T00:00+02:00[Europe/Oslo]",
            "2017-07-08~,           2017-07-08T00:00+02:00[Europe/Oslo]",
            "2017-07-09T20:45:10Z,  2017-07-09T22:45:10+02:00[Europe/Oslo]",
            "2017-07-07/2017-07-08, 2017-07-07T00:00+02:00[Europe/Oslo]",
    })
    void sortsAtTheFirstInstantInTheZone(String text, String sortKey) {
        assertThat(EdtfDate.parse(text).sortSeconds(OSLO)).isEqualTo(ZonedDateTime.parse(sortKey).toEpochSecond());
    }

    @Test
    void datesWithoutTimeAreReadInTheGivenZone() {
        EdtfDate day = EdtfDate.parse("2017-07-09");

        assertThat(day.sortSeconds(ZoneId.of("America/New_York"))).isGreaterThan(day.sortSeconds(OSLO));
    }

    @Test
    void sortingBySortKeyOrdersMixedPrecisions() {
        List<String> sorted = Stream.of("2017-07-09T20:45-04:00", "2017-07-09", "2017-07-08~", "2017-07",
                        "2017-07-07/2017-07-08", "2017")
                .map(EdtfDate::parse)
                .sorted(Comparator.comparingLong(d -> d.sortSeconds(OSLO)))
                .map(EdtfDate::edtf)
                .toList();

        assertThat(sorted).containsExactly("2017", "2017-07", "2017-07-07/2017-07-08", "2017-07-08~",
                "2017-07-09", "2017-07-09T20:45-04:00");
    }

    @Test
    void leapDayExistsInALeapYear() {
        assertThat(EdtfDate.parse("2016-02-29").start().date()).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void emptyTextIsInvalid(String text) {
        InvalidDateException e = invalid(text);

        assertThat(e).hasMessage("the date is empty");
        assertThat(e.index()).isZero();
        assertThat(e.hint()).contains("2017-07-09");
    }

    @Test
    void nullIsInvalid() {
        assertThat(invalid(null)).hasMessage("the date is empty");
    }

    @ParameterizedTest(name = "{0} fails at index {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "July 9                                       | 0  | not a date in the form year-month-day",
            "2017-07-09 20:45Z                            | 10 | not a date in the form year-month-day",
            "2017-07-09x                                  | 10 | not a date in the form year-month-day",
            "17-07-09                                     | 2  | not a date in the form year-month-day",
            "2017-13                                      | 5  | there is no month 13",
            "2017-00                                      | 5  | there is no month 00",
            "2017-02-30                                   | 8  | day 30 does not exist in 2017-02",
            "2017-02-29                                   | 8  | day 29 does not exist in 2017-02",
            "2017-04-31                                   | 8  | day 31 does not exist in 2017-04",
            "2017-07-00                                   | 8  | day 00 does not exist in 2017-07",
            "2017-07-09T24:00Z                            | 11 | there is no hour 24",
            "2017-07-09T20:60Z                            | 14 | there is no minute 60",
            "2017-07-09T20:45:60Z                         | 17 | there is no second 60",
            "2017-07-09T20:45                             | 16 | a time needs the UTC offset of where it happened",
            "2017-07-09T20:45:10                          | 19 | a time needs the UTC offset of where it happened",
            "2017-07-09T20:45+15:00                       | 16 | the UTC offset +15:00 does not exist",
            "2017-07-09T20:45+14:30                       | 16 | the UTC offset +14:30 does not exist",
            "2017-07-09T20:45+05:60                       | 16 | the UTC offset +05:60 does not exist",
            "2017-07-08/2017-07-07                        | 11 | the interval ends (2017-07-07) before it starts (2017-07-08)",
            "2018/2017                                    | 5  | the interval ends (2017) before it starts (2018)",
            "2017-07~/2017-06?                            | 9  | the interval ends (2017-06?) before it starts (2017-07~)",
            "2017-07-09T20:45Z/2017-07-09T20:44Z          | 18 | the interval ends (2017-07-09T20:44Z) before it starts (2017-07-09T20:45Z)",
            "2017-07-09T20:45-04:00/2017-07-09T22:00+02:00 | 23 | the interval ends (2017-07-09T22:00+02:00) before it starts (2017-07-09T20:45-04:00)",
            "2017/2018/2019                               | 9  | an interval has exactly one '/'",
            "/                                            | 0  | the interval has neither a start nor an end",
            "../..                                        | 0  | the interval has neither a start nor an end",
            "2017-07-07/2017-13                           | 16 | there is no month 13",
            "2017-07-07/July                              | 11 | 'July' is not a date in the form year-month-day",
            "0000                                         | 0  | there is no year 0000",
            "2017-07-07/0000                              | 11 | there is no year 0000",
    })
    void invalidDateSaysWhatAndWhere(String text, int index, String message) {
        InvalidDateException e = invalid(text);

        assertThat(e).hasMessage(message);
        assertThat(e.index()).isEqualTo(index);
        assertThat(e.hint()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "9. juli 2017      | write the year first, as year-month-day: 2017-07-09 for 9 July 2017",
            "07/09/2017        | write the year first, as year-month-day: 2017-07-09 for 9 July 2017",
            "July 9, 2017      | write the year first, as year-month-day: 2017-07-09 for 9 July 2017",
            "2017-07-09 20:45Z | write a T between the date and the time: 2017-07-09T20:45-04:00",
            "/                 | give at least one end, as in 1985/.. (from 1985 on) or ../1985 (until 1985)",
            "12000             | write Y12000, as in Y170000002 or Y-170000002",
            "Y2017             | write 2017; Y starts years of five digits or more, as in Y170000002",
    })
    void commonMistakesGetAHintThatFixesThem(String text, String hint) {
        assertThat(invalid(text).hint()).isEqualTo(hint);
    }

    @Test
    void offsetOutsideTheRangeNamedInTheHintIsInvalid() {
        InvalidDateException e = invalid("2017-07-09T20:45-13:00");

        assertThat(e).hasMessage("the UTC offset -13:00 does not exist");
        assertThat(e.index()).isEqualTo(16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-07-09T20:45+14:00", "2017-07-09T20:45-12:00"})
    void extremeRealOffsetsAreValid(String text) {
        assertThat(EdtfDate.parse(text).edtf()).isEqualTo(text);
    }

    @Test
    void impossibleDayHintGivesTheLengthOfTheMonth() {
        assertThat(invalid("2017-02-29").hint()).isEqualTo("that month has 28 days");
    }

    private static InvalidDateException invalid(String text) {
        InvalidDateException e = catchThrowableOfType(InvalidDateException.class, () -> EdtfDate.parse(text));
        assertThat(e).as("parsing %s", text).isNotNull();
        return e;
    }
}
