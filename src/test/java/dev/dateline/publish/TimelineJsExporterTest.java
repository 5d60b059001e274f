package dev.dateline.publish;

import dev.dateline.cache.BuildCache;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.ContentFixture;
import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TimelineJsExporterTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void theG20TimelineHasATitleSlideAndOneSlidePerEvent() {
        SiteOutput site = new Dateline(Path.of("templates")).build(Path.of("content"), Optional.empty()).output().orElseThrow();
        JsonNode data = JSON.readTree(site.files().get("g20-cyber-unit/timeline.json"));

        assertThat(data.path("title").path("text").path("headline").asString())
                .isEqualTo("Trump, Putin og enheten for IT-sikkerhet");
        assertThat(data.path("title").has("start_date")).isFalse();
        List<JsonNode> events = list(data.path("events"));
        assertThat(events).extracting(e -> e.path("unique_id").asString()).containsExactly(
                "trump-putin-meeting", "putin-working-group", "trump-cyber-unit-tweet",
                "rubio-assad-comparison", "trump-cant-happen-tweet", "white-house-no-details");
        assertThat(events.get(0).path("start_date")).isEqualTo(JSON.readTree("{\"year\":2017,\"month\":7,\"day\":7}"));
        assertThat(events).extracting(e -> e.path("display_date").asString(null)).containsExactly(
                null, "ca. 8. juli 2017", null, "ca. 9. juli 2017", null, "ca. 10. juli 2017");
        assertThat(events).extracting(e -> e.path("group").asString()).containsExactly(
                "Donald Trump", "Vladimir Putin", "Donald Trump", "Marco Rubio", "Donald Trump", "Det hvite hus");
        assertThat(events.get(0).path("text").path("text").asString()).startsWith("<p>IT-sikkerhet var på agendaen");
        assertThat(data.path("scale").asString()).isEqualTo("human");
    }

    @Test
    void quotesAreBlockquoteMediaWithTheSpeakerAndSource() {
        SiteOutput site = new Dateline(Path.of("templates")).build(Path.of("content"), Optional.empty()).output().orElseThrow();
        JsonNode tweet = list(JSON.readTree(site.files().get("g20-cyber-unit/timeline.json")).path("events")).get(4);
        JsonNode media = tweet.path("media");
        Element blockquote = Jsoup.parseBodyFragment(media.path("url").asString()).selectFirst("body > blockquote");
        assertThat(blockquote.attr("lang")).isEqualTo("en");
        assertThat(blockquote.text()).isEqualTo("The fact that President Putin and I discussed a Cyber Security unit "
                + "doesn't mean I think it can happen. It can't-but a ceasefire can,& did!");
        assertThat(media.path("caption").asString()).isEqualTo("Donald Trump");
        assertThat(media.path("credit").asString()).isEqualTo("Donald J. Trump (@realDonaldTrump)");
        assertThat(list(JSON.readTree(site.files().get("g20-cyber-unit/timeline.json")).path("events")).get(0)
                .has("media")).isFalse();
    }

    @Test
    void datesAreSplitToTheirPrecisionWithTimesInTheSitesTimeZone() {
        SiteOutput site = ContentFixture.build(ContentFixture.write(temp), Optional.empty());
        JsonNode data = JSON.readTree(site.files().get(ContentFixture.TIMELINE + "/timeline.json"));
        List<JsonNode> events = list(data.path("events"));

        JsonNode talks = events.get(0);
        assertThat(talks.path("unique_id").asString()).isEqualTo("talks-open");
        // 09:30 at UTC-05:00 is 15:30 in Oslo, the site's time zone, as the site shows it
        assertThat(talks.path("start_date"))
                .isEqualTo(JSON.readTree("{\"year\":2020,\"month\":3,\"day\":1,\"hour\":15,\"minute\":30}"));
        assertThat(talks.has("end_date")).isFalse();

        JsonNode promise = events.get(1);
        assertThat(promise.path("display_date").asString()).isEqualTo("c. March 2, 2020");
        Element quote = Jsoup.parseBodyFragment(promise.path("media").path("url").asString()).selectFirst("blockquote");
        assertThat(quote.text()).isEqualTo(ContentFixture.HOSTILE_QUOTE);

        JsonNode week = events.get(2);
        assertThat(week.path("start_date")).isEqualTo(JSON.readTree("{\"year\":2020,\"month\":3,\"day\":3}"));
        assertThat(week.path("end_date")).isEqualTo(JSON.readTree("{\"year\":2020,\"month\":3,\"day\":4}"));

        JsonNode era = data.path("eras").path(0);
        assertThat(era.path("text").path("headline").asString()).isEqualTo("Negotiations");
        assertThat(era.path("start_date")).isEqualTo(JSON.readTree("{\"year\":2020,\"month\":3,\"day\":1}"));
        assertThat(era.path("end_date")).isEqualTo(JSON.readTree("{\"year\":2020,\"month\":3,\"day\":4}"));
        assertThat(data.path("title").path("text").path("text").asString())
                .isEqualTo("<p>How the <em>budget</em> was agreed, then undone.</p>");
    }

    @Test
    void theFormatRecordsReadTheExportBack() {
        SiteOutput site = ContentFixture.build(ContentFixture.write(temp), Optional.empty());
        TimelineJsFormat.TimelineData data = JSON.readValue(site.files().get(ContentFixture.TIMELINE + "/timeline.json"),
                TimelineJsFormat.TimelineData.class);
        assertThat(data.events()).hasSize(3);
        assertThat(data.events().get(0).startDate()).isEqualTo(new TimelineJsFormat.Date(2020L, 3, 1, 15, 30, null, null, null));
        assertThat(data.eras()).extracting(e -> e.text().headline()).containsExactly("Negotiations");
    }

    /** TimelineJS writes a slide's group and display date into the page as HTML: they are escaped like its headline. */
    @Test
    void theGroupAndDisplayDateAreEscapedAsHtml() throws Exception {
        Path content = ContentFixture.write(temp);
        Path timeline = content.resolve(ContentFixture.TIMELINE + "/timeline.yaml");
        Files.writeString(timeline, Files.readString(timeline)
                .replace("{name: Alice Example,", "{name: \"Alice <img src=x onerror=alert(1)> & Co\","));
        Path talks = content.resolve(ContentFixture.TIMELINE + "/events/talks-open.md");
        Files.writeString(talks, Files.readString(talks)
                .replace("title: Talks open", "title: Talks <b>open</b>\ndisplayDate: \"<i>early</i> March & later\""));
        SiteOutput site = ContentFixture.build(content, Optional.empty());
        JsonNode talksSlide = list(JSON.readTree(site.files().get(ContentFixture.TIMELINE + "/timeline.json"))
                .path("events")).get(0);

        assertThat(talksSlide.path("group").asString()).isEqualTo("Alice &lt;img src=x onerror=alert(1)&gt; &amp; Co");
        assertThat(talksSlide.path("display_date").asString()).isEqualTo("&lt;i&gt;early&lt;/i&gt; March &amp; later");
        assertThat(talksSlide.path("text").path("headline").asString()).isEqualTo("Talks &lt;b&gt;open&lt;/b&gt;");
        assertThat(Jsoup.parseBodyFragment(talksSlide.path("group").asString()).body().children()).isEmpty();
    }

    /**
     * Written slide by slide to a stream, the data is the document Jackson writes from the format's
     * records in one piece, indented two spaces per level.
     */
    @Test
    void writtenSlideBySlideItIsTheDocumentOfTheFormatsRecords() {
        SiteOutput site = ContentFixture.build(ContentFixture.write(temp), Optional.empty());
        byte[] written = site.files().get(ContentFixture.TIMELINE + "/timeline.json");
        TimelineJsFormat.TimelineData data = JSON.readValue(written, TimelineJsFormat.TimelineData.class);
        assertThat(data.events()).hasSize(3);
        assertThat(data.eras()).hasSize(1);
        String whole = JSON.writer().with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
                .writeValueAsString(data) + "\n";
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(whole).startsWith("""
                {
                  "title" : {
                    "text" : {""").contains("\n  \"events\" : [ {\n    \"start_date\" : {\n      \"year\" : 2020,").endsWith("\"scale\" : \"human\"\n}\n");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
