package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.EdtfDate;
import dev.dateline.render.view.DateView;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms of EDTF beyond calendar dates, shown as people say them in English and Norwegian. */
class SpokenDatesTest {
    private static final MessageBundles BUNDLES = new MessageBundles(Path.of("templates/messages"));
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static DateView show(String language, String edtf) {
        return new DateFormatter(BUNDLES.forLocale(Locale.forLanguageTag(language)), OSLO).format(EdtfDate.parse(edtf));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Y-13800000000~       | about 13.8 billion years ago           | for om lag 13,8 milliarder år siden
            Y-13800000000        | 13.8 billion years ago                 | for 13,8 milliarder år siden
            Y-17E7               | 170 million years ago                  | for 170 millioner år siden
            Y-170000002          | about 170 million years ago            | for om lag 170 millioner år siden
            Y-200000             | 200,000 years ago                      | for 200\u00a0000 år siden
            Y-4500000000?        | 4.5 billion years ago (uncertain)      | for 4,5 milliarder år siden (usikker)
            Y170000002           | c. year 170 million                    | ca. år 170 millioner
            2001-21              | spring 2001                            | våren 2001
            2001-24              | winter 2001                            | vinteren 2001
            201X                 | the 2010s                              | 2010-tallet
            19XX                 | the 1900s                              | 1900-tallet
            1XXX                 | 1000–1999                              | 1000–1999
            156X-12-25           | December 25 in the 1560s               | 25. desember på 1560-tallet
            2004-XX              | 2004, month unknown                    | 2004, ukjent måned
            1985-04-XX           | April 1985, day unknown                | april 1985, ukjent dag
            1985-XX-XX           | 1985, month and day unknown            | 1985, ukjent måned og dag
            1950S2               | c. 1950                                | ca. 1950
            2004-06-~11          | June 11, 2004 (day approximate)        | 11. juni 2004 (omtrentlig dag)
            ?2004-06-~11         | June 11, 2004 (year uncertain, day approximate) | 11. juni 2004 (usikkert år, omtrentlig dag)
            1985/..              | from 1985                              | fra 1985
            ../1985              | until 1985                             | til 1985
            1985-04/             | from April 1985, end unknown           | fra april 1985, ukjent slutt
            /1985                | until 1985, start unknown              | til 1985, ukjent start
            Y-13800000000/Y-4500000000 | 13.8 billion years ago–4.5 billion years ago | for 13,8 milliarder år siden–for 4,5 milliarder år siden
            2001-21/2001-22      | spring 2001–summer 2001                | våren 2001–sommeren 2001
            """)
    void showsTheDateAsPeopleSayIt(String edtf, String english, String norwegian) {
        assertThat(show("en", edtf).text()).isEqualTo(english);
        assertThat(show("nb", edtf).text()).isEqualTo(norwegian);
    }

    @Test
    void datesHtmlCannotHoldArePlainTextAndOthersKeepTheirDatetime() {
        assertThat(show("en", "Y-13800000000").segments()).allMatch(s -> s.datetime() == null);
        assertThat(show("en", "2001-21").segments()).allMatch(s -> s.datetime() == null);
        assertThat(show("en", "201X").segments()).allMatch(s -> s.datetime() == null);
        assertThat(show("en", "1985-04-XX").segments().stream().map(DateView.Segment::datetime).filter(Objects::nonNull))
                .containsExactly("1985-04");
        assertThat(show("en", "1985/..").segments().stream().map(DateView.Segment::datetime).filter(Objects::nonNull))
                .containsExactly("1985");
    }

    @Test
    void significantDigitsAndComponentQualifiersMarkTheDateApproximateOrUncertain() {
        assertThat(show("en", "1950S2").approximate()).isTrue();
        assertThat(show("en", "?2004-06-~11").approximate()).isTrue();
        assertThat(show("en", "?2004-06-~11").uncertain()).isTrue();
        assertThat(show("en", "2004-06-11").approximate()).isFalse();
    }
}
