package dev.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Actor;
import dev.dateline.model.ActorType;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Era;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.Media;
import dev.dateline.model.Quote;
import dev.dateline.model.Relation;
import dev.dateline.model.RelationType;
import dev.dateline.model.Site;
import dev.dateline.model.SiteConfig;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the loader reads back unchanged, however awkward the text. */
class ContentWriterTest {
    private static final List<String> AWKWARD = List.of("Trump: \"it can't happen\"", "# not a comment", "- not a list",
            "yes", "null", "2017", "@handle & *stars*", "«Dette angår først og fremst Russland»", "tab\there", " leading space");

    @TempDir
    Path content;

    private final ContentWriter writer = new ContentWriter();

    @Test
    void awkwardTextSurvivesTheRoundTrip() throws IOException {
        SiteConfig config = new SiteConfig("Site: \"quoted\"", "nb", ZoneId.of("Europe/Oslo"), Optional.empty(),
                Optional.of("story"), Optional.of("No: one"), Optional.of("# description"));
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            String text = AWKWARD.get(i);
            events.add(new Event("event-" + i, EdtfDate.parse("2017-07-0" + (1 + i % 9) + "~"), Optional.of(text), text,
                    EventKind.STATEMENT, List.of("trump"),
                    List.of(new Quote(text, "en", "trump", Optional.of(text), Optional.of(source(text)))),
                    List.of(source(text)), i == 0 ? List.of() : List.of(new Relation(RelationType.FOLLOWS, "event-0")),
                    List.of(new Media("https://example.org/a.jpg", text, Optional.of(text), Optional.of(text))),
                    Optional.of(i), List.of(text), "Body with " + text + "\n\nand a second paragraph.", Path.of("x")));
        }
        Timeline timeline = new Timeline("story", "Title: with colon", "Standfirst\nover two lines: yes", "nb",
                Optional.of(EdtfDate.parse("2017-07")), Optional.of("By: me"), Optional.of("#1 paper"),
                List.of(new Actor("trump", "Trump: the president", ActorType.ORGANIZATION, Optional.of("- role"), Optional.of("https://example.org/t"))),
                Optional.of("Intro: *md*"), Optional.of("Outro"), List.of(source("timeline source")),
                List.of(new Era("Era: one", EdtfDate.parse("-0044/2017-07"))), events);

        Files.writeString(content.resolve("site.yaml"), writer.siteYaml(config), StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(content.resolve("story/events"));
        Files.writeString(content.resolve("story/timeline.yaml"), writer.timelineYaml(timeline), StandardCharsets.UTF_8);
        for (Event event : events) {
            Files.writeString(folder.resolve(ContentWriter.fileName(event)), writer.eventFile(event), StandardCharsets.UTF_8);
        }

        LoadResult loaded = new ContentLoader().load(content);
        assertThat(loaded.diagnostics().sorted()).isEmpty();
        Site site = loaded.site().orElseThrow();
        assertThat(site.config()).isEqualTo(config);
        Timeline read = site.home();
        assertThat(read.eras()).isEqualTo(timeline.eras());
        assertThat(read.actors()).isEqualTo(timeline.actors());
        assertThat(List.of(read.title(), read.standfirst(), read.intro(), read.byline(), read.publication(), read.sources()))
                .isEqualTo(List.of(timeline.title(), timeline.standfirst(), timeline.intro(), timeline.byline(),
                        timeline.publication(), timeline.sources()));
        for (Event written : events) {
            Event back = read.event(written.id()).orElseThrow();
            assertThat(back).usingRecursiveComparison().ignoringFields("file", "body").isEqualTo(written);
            assertThat(back.body().strip()).isEqualTo(written.body());
        }
    }

    @Test
    void anEventFileNeedsNoIdLineAndOmitsWhatIsEmpty() {
        Event event = new Event("minimal", EdtfDate.parse("2017"), Optional.empty(), "Minimal", EventKind.CONTEXT,
                List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), "", Path.of("x"));
        assertThat(writer.eventFile(event)).isEqualTo("---\ndate: \"2017\"\ntitle: Minimal\nkind: context\nactors: []\n---\n");
    }

    private static Source source(String text) {
        return new Source(text, Optional.of("https://example.org/s"), Optional.of(EdtfDate.parse("2017-07-09")),
                Optional.of("tweet"));
    }
}
