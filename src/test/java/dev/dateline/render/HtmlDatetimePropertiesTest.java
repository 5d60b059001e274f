package dev.dateline.render;

import dev.dateline.render.view.DateView;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfArbitraries;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Qualifier;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every date shown on a page carries {@code <time datetime>} values that are valid HTML and read back as the date. */
class HtmlDatetimePropertiesTest {
    private static final MessageBundles BUNDLES = new MessageBundles(Path.of("templates/messages"));
    /** HTML's valid year, month, date and global date and time strings, as Dateline writes them. */
    private static final Pattern HTML_DATETIME =
            Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    @Property
    void everyDatetimeIsValidHtmlAndReadsBackAsThePointItShows(@ForAll("dates") EdtfDate date,
            @ForAll("languages") String language, @ForAll("zones") ZoneId zone) {
        DateFormatter formatter = new DateFormatter(BUNDLES.forLocale(Locale.forLanguageTag(language)), zone);

        List<String> datetimes = formatter.format(date).segments().stream()
                .map(DateView.Segment::datetime).filter(Objects::nonNull).toList();

        List<DatePoint> points = date.end().map(end -> List.of(date.start(), end)).orElse(List.of(date.start()));
        assertThat(datetimes).hasSameSizeAs(points);
        for (int i = 0; i < points.size(); i++) {
            assertThat(datetimes.get(i)).matches(HTML_DATETIME);
            assertThat(EdtfDate.parse(datetimes.get(i))).isEqualTo(EdtfDate.of(points.get(i).qualified(Qualifier.NONE)));
        }
    }

    @Provide
    Arbitrary<EdtfDate> dates() {
        return EdtfArbitraries.dates();
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("nb", "en", "de");
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("Europe/Oslo", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati", "UTC").map(ZoneId::of);
    }
}
