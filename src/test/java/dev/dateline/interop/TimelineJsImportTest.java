package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.dateline.model.Event;
import dev.dateline.model.Media;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fixture imports, builds with the real theme, and yields one event per slide with the right dates. */
class TimelineJsImportTest {
    private static final Pattern HTML_DATETIME = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    @TempDir
    Path temp;

    @Test
    void jsonDatesKeepTheirPrecision() throws IOException {
        ImportFixture space = ImportFixture.of("space-race.json", "space-race", temp);
        assertThat(dates(space)).containsOnly(
                entry("sputnik-1", "1957-10-04"),
                entry("nasa-begins-operating", "1958-10"),
                entry("the-first-human-in-space", "1961"),
                entry("apollo-11", "1969-07-16/1969-07-24"),
                entry("the-eagle-has-landed", "1969-07-20T20:17Z"),
                entry("the-first-step-on-the-moon", "1969-07-21T02:56:15Z"));
        Document home = space.page("index.html");
        assertThat(home.select("ol.events > li.entry")).extracting(e -> e.selectFirst(".event-meta time").attr("datetime"))
                .containsExactly("1957-10-04", "1958-10", "1961", "1969-07-16", "1969-07-20T20:17Z", "1969-07-21T02:56:15Z");
        assertThat(home.selectFirst("#apollo-11 .event-meta .date").text()).isEqualTo("July 1969");
        assertThat(home.selectFirst("h1").text()).isEqualTo("The space race");
        assertThat(home.selectFirst(".standfirst a").attr("href")).isEqualTo("https://example.org/moon");
    }

    @Test
    void groupsBecomeActorsAndErasBecomeSectionMarkers() throws IOException {
        ImportFixture space = ImportFixture.of("space-race.json", "space-race", temp);
        assertThat(space.timeline().actors()).extracting(a -> a.id() + "=" + a.name()).containsExactly("ussr=USSR", "usa=USA");
        assertThat(space.timeline().event("sputnik-1").orElseThrow().actors()).containsExactly("ussr");
        Document home = space.page("index.html");
        Element firstMarker = home.selectFirst("ol.events > li.era-marker");
        assertThat(firstMarker.selectFirst(".era-title").text()).isEqualTo("Before the landing");
        assertThat(firstMarker.nextElementSibling().id()).isEqualTo("sputnik-1");
        Element second = home.select("ol.events > li.era-marker").get(1);
        assertThat(second.selectFirst(".era-title").text()).isEqualTo("Apollo on the Moon");
        assertThat(second.nextElementSibling().id()).isEqualTo("apollo-11");
        assertThat(second.select("time")).extracting(t -> t.attr("datetime")).containsExactly("1969-07-16", "1972-12");
    }

    @Test
    void htmlTextBecomesSafeMarkdown() throws IOException {
        ImportFixture space = ImportFixture.of("space-race.json", "space-race", temp);
        Event sputnik = space.timeline().event("sputnik-1").orElseThrow();
        assertThat(sputnik.body()).isEqualTo("The first artificial satellite orbits the Earth.\n\n"
                + "- It weighs 83.6 kg\n- It sends *radio* signals");
        Document page = space.page("space-race/sputnik-1/index.html");
        assertThat(page.select(".event-body li")).hasSize(2);
        assertThat(page.select(".event-body em").text()).isEqualTo("radio");
        assertThat(page.html()).doesNotContain("alert(");
        assertThat(space.warnings()).contains("events[0] \u201cSputnik 1 is launched\u201d: dropped from the text "
                + "(not safe or not supported): <script>");
        assertThat(space.timeline().event("nasa-begins-operating").orElseThrow().body())
                .isEqualTo("Read more at <https://example.org/nasa-history> today.");
        assertThat(space.timeline().event("the-first-human-in-space").orElseThrow().body())
                .isEqualTo("Yuri Gagarin orbits the Earth once.");
    }

    @Test
    void mediaBecomesImagesLinksAndSources() throws IOException {
        ImportFixture space = ImportFixture.of("space-race.json", "space-race", temp);
        assertThat(space.content().resolve("space-race/events/sputnik.png")).exists();
        Element image = space.page("space-race/sputnik-1/index.html").selectFirst("figure.media img");
        assertThat(image.attr("src")).matches("\\.\\./\\.\\./media/sputnik\\.[0-9a-f]{10}\\.png");
        assertThat(image.attr("width")).isEqualTo("4");
        assertThat(image.attr("height")).isEqualTo("3");
        assertThat(image.attr("alt")).isEqualTo("A model of Sputnik 1");
        assertThat(space.site().files().keySet()).anyMatch(p -> p.matches("media/sputnik\\.[0-9a-f]{10}\\.png"));

        Media eagle = space.timeline().event("the-eagle-has-landed").orElseThrow().media().get(0);
        assertThat(eagle).isEqualTo(new Media("https://example.org/images/eagle.jpg", "The lunar module on the Moon",
                java.util.Optional.of("The *Eagle* on the Moon"), java.util.Optional.of("[Example agency](https://example.org)")));
        Element link = space.page("space-race/the-eagle-has-landed/index.html").selectFirst("figure.media-link");
        assertThat(link.selectFirst("a").attr("href")).isEqualTo("https://example.org/images/eagle.jpg");
        assertThat(link.selectFirst(".media-host").text()).isEqualTo("(example.org)");
        assertThat(link.select("img, iframe")).isEmpty();
        assertThat(link.selectFirst("figcaption").text()).isEqualTo("The Eagle on the Moon Example agency");

        Event apollo = space.timeline().event("apollo-11").orElseThrow();
        assertThat(apollo.media()).isEmpty();
        assertThat(apollo.sources()).extracting(s -> s.url().orElseThrow()).containsExactly("https://example.com/status/11");
        assertThat(apollo.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We have liftoff");
            assertThat(q.by()).isEqualTo("usa");
            assertThat(q.source().flatMap(s -> s.url())).contains("https://example.com/status/11");
        });
        assertThat(space.page("space-race/apollo-11/index.html").select("blockquote").text()).isEqualTo("We have liftoff");
    }

    @Test
    void whatCannotBeCarriedOverIsReported() throws IOException {
        ImportFixture space = ImportFixture.of("space-race.json", "space-race", temp);
        assertThat(space.warnings()).anyMatch(w -> w.startsWith("title:") && w.contains("`background` is not carried over"))
                .anyMatch(w -> w.startsWith("events[2]:") && w.contains("`background` is not carried over"))
                .anyMatch(w -> w.contains("Sputnik") && w.contains("thumbnail is not carried over"))
                .anyMatch(w -> w.contains("Sputnik") && w.contains("no alt text; its caption is used"))
                .anyMatch(w -> w.contains("Apollo 11") && w.contains("`Apollo_11`") && w.contains("`apollo-11`"))
                .anyMatch(w -> w.contains("eras[0]") && w.contains("era's text is not carried over"))
                .anyMatch(w -> w.contains("title slide's media is not carried over"));
        assertThat(space.report().hasErrors()).isFalse();
    }

    @Test
    void negativeYearsAreBeforeTheCommonEra() throws IOException {
        ImportFixture rome = ImportFixture.of("rome.json", "rome", temp);
        assertThat(dates(rome)).containsOnly(
                entry("the-roman-republic-is-founded", "-0509"),
                entry("julius-caesar-is-assassinated", "-0044-03-15"),
                entry("augustus-rules-as-emperor", "-0027/0014-08-19"));
        assertThat(rome.timeline().eras()).extracting(e -> e.title() + " " + e.date().edtf())
                .containsExactly("Republic -0509/-0027", "Empire -0027/0476");
        Document home = rome.page("index.html");
        assertThat(home.select("ol.events > li.entry")).extracting(e -> e.selectFirst(".event-meta .date").text())
                .containsExactly("509 BC", "March 15, 44 BC", "27 BC\u2013August 19, 14 AD");
        for (Element time : home.select("time")) {
            assertThat(time.attr("datetime")).as(time.outerHtml()).matches(HTML_DATETIME);
        }
        assertThat(home.selectFirst("#julius-caesar-is-assassinated time")).as("HTML has no datetime before year 1").isNull();
    }

    @Test
    void negativeYearsSurviveTheExportAndASecondImport() throws IOException {
        ImportFixture rome = ImportFixture.of("rome.json", "rome", temp.resolve("first"));
        Path exported = temp.resolve("rome-export.json");
        Files.write(exported, rome.site().files().get("rome/timeline.json"));
        ImportFixture again = ImportFixture.of(exported, "rome", temp.resolve("second"));
        assertThat(dates(again)).isEqualTo(dates(rome));
        assertThat(again.timeline().eras()).isEqualTo(rome.timeline().eras());
    }

    @Test
    void sheetsCsvWithQuotedCommasAndLineBreaks() throws IOException {
        ImportFixture sheet = ImportFixture.of("sheet.csv", "elections", temp);
        assertThat(dates(sheet)).containsOnly(
                entry("a-year-with-a-comma-in-the-headline", "2017"),
                entry("the-month-of-march", "2017-03"),
                entry("a-day-in-may", "2017-05-07"),
                entry("results-at-8-pm", "2017-06-18T20:05Z"),
                entry("a-time-with-seconds", "2017-06-19T20:45:30Z/2017-06-20"));
        assertThat(sheet.timeline().title()).isEqualTo("Elections, polls and results");
        assertThat(sheet.timeline().standfirst()).isEqualTo("A year of **votes**, told in a spreadsheet.");
        assertThat(sheet.timeline().eras()).extracting(e -> e.title() + " " + e.date().edtf())
                .containsExactly("First half of 2017 2017-01-01/2017-06-30");
        assertThat(sheet.timeline().event("a-year-with-a-comma-in-the-headline").orElseThrow().title())
                .isEqualTo("A year, with a comma, in the headline");
        assertThat(sheet.timeline().event("the-month-of-march").orElseThrow().body())
                .isEqualTo("Line one. Line two, still the same paragraph.\n\nA second paragraph with \"quotes\".");
        assertThat(sheet.timeline().event("results-at-8-pm").orElseThrow().displayDate()).contains("Evening of 18 June");
        Media ballot = sheet.timeline().event("a-day-in-may").orElseThrow().media().get(0);
        assertThat(ballot.alt()).isEqualTo("Ballots, counted");
        assertThat(ballot.credit()).contains("Photo: Example");
        assertThat(sheet.warnings()).contains(
                "line 8: `Background` is not carried over: Dateline pages have no slide backgrounds",
                "line 8 \u201cA day in May\u201d: the media has no alt text; its caption is used: describe the media in `alt`");
        assertThat(sheet.page("index.html").select("ol.events > li.entry")).hasSize(5);
    }

    @Test
    void theAltTextColumnOfNewerTemplatesIsTheImagesAlt() throws IOException {
        ImportFixture sheet = ImportFixture.of("sheet-alt-text.csv", "elections", temp);
        assertThat(sheet.timeline().events()).hasSize(5);
        assertThat(sheet.timeline().event("a-day-in-may").orElseThrow().media().get(0).alt())
                .isEqualTo("A stack of counted ballots");
        assertThat(sheet.warnings()).noneMatch(w -> w.contains("alt text"));
    }

    private static Map<String, String> dates(ImportFixture fixture) {
        Map<String, String> dates = new LinkedHashMap<>();
        fixture.timeline().events().forEach(e -> dates.put(e.id(), e.date().edtf()));
        return dates;
    }
}
