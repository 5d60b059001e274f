package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Negative years, numbered as historians and TimelineJS do: -0044 is 44 BCE and there is no year 0. */
class BceDateTest {
    @Test
    void negativeYearsReadAndWriteBack() {
        for (String text : new String[] {"-0044", "-0044-03", "-0044-03-15", "-0001-12-31", "-0509~", "-0027/0014-08-19"}) {
            assertThat(EdtfDate.parse(text).edtf()).isEqualTo(text);
        }
    }

    @Test
    void oneBceIsFollowedByOneCe() {
        EdtfDate lastBce = EdtfDate.parse("-0001-12-31");
        EdtfDate firstCe = EdtfDate.parse("0001-01-01");
        ZoneId utc = ZoneId.of("UTC");
        assertThat(firstCe.sortSeconds(utc)).isEqualTo(lastBce.sortSeconds(utc) + 86_400);
        assertThat(lastBce.start().beforeCommonEra()).isTrue();
        assertThat(firstCe.start().beforeCommonEra()).isFalse();
    }

    @Test
    void htmlHasNoDatetimeBeforeTheCommonEra() {
        assertThat(EdtfDate.parse("-0044-03-15").start().htmlDatetime()).isEmpty();
        assertThat(EdtfDate.parse("0014-08-19").start().htmlDatetime()).contains("0014-08-19");
    }

    @Test
    void yearZeroAndIntervalsRunningBackwardsAreRejected() {
        assertThatThrownBy(() -> EdtfDate.parse("-0000")).hasMessageContaining("no year 0000");
        assertThatThrownBy(() -> EdtfDate.parse("0000")).hasMessageContaining("no year 0000");
        assertThatThrownBy(() -> EdtfDate.parse("-0027/-0044")).hasMessageContaining("ends (-0044) before it starts (-0027)");
        assertThatThrownBy(() -> EdtfDate.parse("-0044-02-29")).hasMessageContaining("day 29 does not exist in -0044-02");
    }

    @Test
    void leapYearsBeforeTheCommonEraFollowTheProlepticCalendar() {
        // 45 BCE is the proleptic year -44, a leap year: 29 February exists.
        assertThat(EdtfDate.parse("-0045-02-29").edtf()).isEqualTo("-0045-02-29");
    }
}
