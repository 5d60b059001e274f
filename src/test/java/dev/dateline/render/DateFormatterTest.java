package dev.dateline.render;

import dev.dateline.render.view.DateView;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.EdtfDate;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatterTest {
    private static final MessageBundles BUNDLES = new MessageBundles(Path.of("templates/messages"));
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static DateView nb(String edtf) {
        return new DateFormatter(BUNDLES.forLocale(Locale.forLanguageTag("nb")), OSLO).format(EdtfDate.parse(edtf));
    }

    private static DateView en(String edtf) {
        return new DateFormatter(BUNDLES.forLocale(Locale.ENGLISH), OSLO).format(EdtfDate.parse(edtf));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2017                      | 2017
            2017-07                   | juli 2017
            2017-07-09                | 9. juli 2017
            2017-07-09T20:45-04:00    | 10. juli 2017 kl. 02.45
            2017-07-09T20:45:10Z      | 9. juli 2017 kl. 22.45.10
            2017-07-08~               | ca. 8. juli 2017
            2017-07-08?               | 8. juli 2017 (usikker)
            2017-07-08%               | ca. 8. juli 2017 (usikker)
            2017-07-07/2017-07-08     | 7.–8. juli 2017
            2017-07-30/2017-08-02     | 30. juli–2. august 2017
            2016-12-30/2017-01-02     | 30. desember 2016–2. januar 2017
            2017-07/2017-09           | juli–september 2017
            2016/2017                 | 2016–2017
            2017-07-07~/2017-07-08    | ca. 7. juli 2017–8. juli 2017
            """)
    void formatsEveryFormInNorwegian(String edtf, String shown) {
        assertThat(nb(edtf).text()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2017                      | 2017
            2017-07                   | July 2017
            2017-07-09                | July 9, 2017
            2017-07-09T20:45-04:00    | July 10, 2017, 2:45 AM
            2017-07-08~               | c. July 8, 2017
            2017-07-08?               | July 8, 2017 (uncertain)
            2017-07-07/2017-07-08     | July 7–8, 2017
            2017-07-30/2017-08-02     | July 30–August 2, 2017
            """)
    void formatsEveryFormInEnglish(String edtf, String shown) {
        assertThat(en(edtf).text()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2017                      | 2017
            2017-07                   | 2017-07
            2017-07-09                | 2017-07-09
            2017-07-09T20:45-04:00    | 2017-07-09T20:45-04:00
            2017-07-09T20:45:10Z      | 2017-07-09T20:45:10Z
            2017-07-08~               | 2017-07-08
            2017-07-08?               | 2017-07-08
            """)
    void givesTheHtmlDatetimeOfTheSamePrecision(String edtf, String datetime) {
        DateView view = nb(edtf);
        assertThat(view.segments()).filteredOn(s -> s.datetime() != null).singleElement()
                .extracting(DateView.Segment::datetime).isEqualTo(datetime);
    }

    @org.junit.jupiter.api.Test
    void anIntervalGivesOneTimeElementPerEnd() {
        DateView view = nb("2017-07-07/2017-07-08");
        assertThat(view.segments()).extracting(DateView.Segment::datetime)
                .containsExactly("2017-07-07", null, "2017-07-08");
        assertThat(view.segments()).extracting(DateView.Segment::text).containsExactly("7.", "–", "8. juli 2017");
    }

    @org.junit.jupiter.api.Test
    void keepsTheLocalTimeWhereItHappened() {
        assertThat(nb("2017-07-09T20:45-04:00").localText()).isEqualTo("9. juli 2017 kl. 20.45 (UTC−04:00)");
        assertThat(nb("2017-07-09").localText()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void marksApproximateAndUncertainDates() {
        assertThat(nb("2017-07-08~").approximate()).isTrue();
        assertThat(nb("2017-07-08~").uncertain()).isFalse();
        assertThat(nb("2017-07-08?").uncertain()).isTrue();
        assertThat(nb("2017-07-08").approximate()).isFalse();
    }
}
