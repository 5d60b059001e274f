package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.content.ContentLoader;
import dev.dateline.model.DatePoint;
import dev.dateline.model.Event;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The G20 content, built (which exports {@code timeline.json} in the TimelineJS format) and imported
 * again, gives the same events, dates and titles, and the same quotes, word for word. TimelineJS has no
 * notation for approximate dates, so dates are compared without {@code ~}; the export keeps that in
 * {@code display_date}, which comes back as the event's displayDate.
 */
class G20RoundTripTest {
    @TempDir
    Path temp;

    @Test
    void exportedAndImportedAgainTheG20EventsKeepTheirIdsDatesAndTitles() throws IOException {
        Timeline original = new ContentLoader().load(Path.of("content")).site().orElseThrow().home();
        Dateline.Result built = new Dateline(ImportFixture.TEMPLATES).build(Path.of("content"), Optional.empty());
        Path exported = temp.resolve("timeline.json");
        Files.write(exported, built.output().orElseThrow().files().get(original.id() + "/timeline.json"));
        ImportFixture imported = ImportFixture.of(exported, original.id(), temp.resolve("imported"));

        assertThat(rows(imported.timeline().events())).containsExactlyElementsOf(rows(original.events()));
        assertThat(imported.timeline().title()).isEqualTo(original.title());
        assertThat(imported.timeline().standfirst()).isEqualTo(original.standfirst().strip().replaceAll("\\s+", " "));
        assertThat(imported.timeline().event("putin-working-group").orElseThrow().displayDate()).contains("ca. 8. juli 2017");
        assertThat(imported.timeline().event("trump-putin-meeting").orElseThrow().body())
                .isEqualTo(original.event("trump-putin-meeting").orElseThrow().body().strip());
        for (Event event : original.events()) {
            Event back = imported.timeline().event(event.id()).orElseThrow();
            assertThat(quotes(back, imported.timeline())).as(event.id()).isEqualTo(quotes(event, original));
        }
    }

    /** Each quote's words, language, speaker's name and source name. */
    private static List<String> quotes(Event event, Timeline timeline) {
        return event.quotes().stream().map(q -> q.text().replaceAll("\\s+", " ") + " | " + q.lang() + " | "
                + timeline.actor(q.by()).orElseThrow().name() + " | " + q.source().map(s -> s.name()).orElse("")).toList();
    }

    /** Id, title and date (start and end, without qualifiers), in the timeline's order. */
    private static List<String> rows(List<Event> events) {
        return events.stream().map(e -> e.id() + " | " + e.title() + " | " + plain(e.date().start())
                + e.date().end().map(end -> "/" + plain(end)).orElse("")).toList();
    }

    private static String plain(DatePoint point) {
        return point.htmlDatetime().orElseThrow();
    }
}
