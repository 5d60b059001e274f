package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every date: writing and reading it again gives it back; nothing else can break the parser. */
class EdtfDatePropertiesTest {

    @Property
    void everyValidDateRoundTripsThroughItsNotation(@ForAll("dates") EdtfDate date) {
        assertThat(EdtfDate.parse(date.edtf())).isEqualTo(date);
    }

    @Property
    void everyExtendedFormRoundTripsThroughItsNotation(@ForAll("extendedDates") EdtfDate date) {
        assertThat(EdtfDate.parse(date.edtf())).isEqualTo(date);
    }

    @Property
    void theFirstMomentNeverComesAfterTheLastOne(@ForAll("extendedDates") EdtfDate date) {
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Oslo");
        DatePoint point = date.start();
        assertThat(point.firstSecond(zone)).isLessThanOrEqualTo(point.endSecond(zone));
        assertThat(point.notation().firstYear()).isLessThanOrEqualTo(point.notation().lastYear());
    }

    @Property
    void aDateWhollyBeforeAnotherSortsBeforeIt(@ForAll("anyDates") EdtfDate a, @ForAll("anyDates") EdtfDate b) {
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Oslo");
        DatePoint last = a.end().orElse(a.start());
        // a day apart at least, so that no offset or time zone can bring them together
        if (last.lastEpochDay() + 1 < b.start().firstEpochDay()) {
            assertThat(a.sortSeconds(zone)).isLessThan(b.sortSeconds(zone));
        }
    }

    @Property
    void anyTextIsADateOrAnInvalidDateWithAPlaceInsideIt(@ForAll("texts") String text) {
        Throwable thrown = catchThrowable(() -> EdtfDate.parse(text));

        if (thrown == null) {
            EdtfDate date = EdtfDate.parse(text);
            assertThat(EdtfDate.parse(date.edtf())).isEqualTo(date);
        } else {
            assertThat(thrown).isInstanceOf(InvalidDateException.class);
            InvalidDateException invalid = (InvalidDateException) thrown;
            assertThat(invalid.getMessage()).isNotBlank();
            assertThat(invalid.hint()).isNotBlank();
            // the place is a character of the text, or, when the date lacks an ending (a time without
            // its UTC offset), just after it, where the ending belongs
            int last = Math.max(0, text.length() - 1) + (invalid.getMessage().contains("needs") ? 1 : 0);
            assertThat(invalid.index()).isBetween(0, last);
        }
    }

    @Provide
    Arbitrary<EdtfDate> dates() {
        return EdtfArbitraries.dates();
    }

    @Provide
    Arbitrary<EdtfDate> anyDates() {
        return Arbitraries.oneOf(EdtfArbitraries.dates(), EdtfArbitraries.extendedDates());
    }

    @Provide
    Arbitrary<EdtfDate> extendedDates() {
        return EdtfArbitraries.extendedDates();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(EdtfArbitraries.dateLikeTexts(), Arbitraries.strings().ofMaxLength(60));
    }
}
