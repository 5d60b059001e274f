package dev.dateline.render;

import dev.dateline.render.view.DateView;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.EdtfDate;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates before the common era name their era; HTML has no datetime for them, so no segment carries one. */
class BceDateFormatTest {
    private static final MessageBundles BUNDLES = new MessageBundles(Path.of("templates/messages"));

    private static DateView format(String language, String edtf) {
        return new DateFormatter(BUNDLES.forLocale(Locale.forLanguageTag(language)), ZoneId.of("Europe/Oslo"))
                .format(EdtfDate.parse(edtf));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nb | -0044-03-15       | 15. mars 44 f.Kr.
            nb | -0509             | 509 f.Kr.
            nb | -0027/0014-08-19  | 27 f.Kr.–19. august 14 e.Kr.
            en | -0044-03          | March 44 BC
            en | -0044-03-15~      | c. March 15, 44 BC
            en | -0509/-0027       | 509 BC–27 BC
            """)
    void namesTheEra(String language, String edtf, String shown) {
        DateView date = format(language, edtf);
        assertThat(date.text()).isEqualTo(shown);
        assertThat(date.edtf()).isEqualTo(edtf);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -0044-03-15       | ''
            -0027/0014-08-19  | 0014-08-19
            """)
    void onlyCommonEraPointsGetADatetime(String edtf, String datetimes) {
        String found = String.join(" ", format("en", edtf).segments().stream()
                .filter(s -> s.datetime() != null).map(DateView.Segment::datetime).toList());
        assertThat(found).isEqualTo(datetimes);
    }
}
