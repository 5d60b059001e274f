package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.EdtfArbitraries;
import dev.dateline.model.EdtfDate;
import dev.dateline.render.view.DateView;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every form of date shows as words in each language, with only valid HTML datetimes. */
class SpokenDatesPropertiesTest {
    private static final MessageBundles BUNDLES = new MessageBundles(Path.of("templates/messages"));
    private static final Pattern HTML_DATETIME =
            Pattern.compile("\\d{4,}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    @Property
    void everyDateShowsAsTextWithValidDatetimes(@ForAll("dates") EdtfDate date, @ForAll("languages") String language) {
        DateView view = new DateFormatter(BUNDLES.forLocale(Locale.forLanguageTag(language)), ZoneId.of("Europe/Oslo"))
                .format(date);

        assertThat(view.text()).isNotBlank().doesNotContain("{").doesNotContain("null");
        assertThat(view.segments().stream().map(DateView.Segment::datetime).filter(Objects::nonNull))
                .allMatch(d -> HTML_DATETIME.matcher(d).matches());
    }

    @Provide
    Arbitrary<EdtfDate> dates() {
        return EdtfArbitraries.extendedDates();
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nb", "en", "de");
    }
}
