package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Event;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Media and ids that need a decision, each reported rather than dropped in silence. */
class TimelineJsEdgeCasesTest {
    @TempDir
    Path temp;

    private record Outcome(Timeline timeline, List<String> notes) {
    }

    private Outcome importJson(String json) throws IOException {
        Path file = temp.resolve("t.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        ImportReport report = new ImportReport(file);
        Timeline timeline = new TimelineJsImporter()
                .importFile(file, new TimelineJsImporter.Settings("t", "nb", ZoneId.of("Europe/Oslo")), report)
                .orElseThrow(() -> new AssertionError(report.lines())).timeline();
        return new Outcome(timeline, report.notes().stream().map(n -> n.where() + ": " + n.message()).toList());
    }

    @Test
    void embedsAreNeverEmbeddedButTheirLinksAndQuotesAreKept() throws IOException {
        Outcome outcome = importJson("""
                {"events": [
                  {"start_date": {"year": 2017}, "text": {"headline": "Video"},
                   "media": {"url": "<iframe src=\\"https://video.example/embed/1\\"></iframe>"}},
                  {"start_date": {"year": 2017}, "text": {"headline": "Unsafe", "text": "<p>Body</p>"},
                   "media": {"url": "javascript:alert(1)", "caption": "x"}},
                  {"start_date": {"year": 2017}, "text": {"headline": "Nobody said", "text": "<p>Body</p>"},
                   "media": {"url": "<blockquote lang=\\"de\\">Wir schaffen das</blockquote>"}}
                ]}
                """);
        Event video = outcome.timeline().event("video").orElseThrow();
        assertThat(video.media()).isEmpty();
        assertThat(video.sources()).extracting(s -> s.url().orElseThrow()).containsExactly("https://video.example/embed/1");
        assertThat(outcome.timeline().event("unsafe").orElseThrow().media()).isEmpty();
        assertThat(outcome.timeline().event("nobody-said").orElseThrow().body()).isEqualTo("Body\n\n> Wir schaffen das");
        assertThat(outcome.notes())
                .anyMatch(n -> n.startsWith("events[0] \u201cVideo\u201d") && n.contains("never embeds"))
                .anyMatch(n -> n.startsWith("events[1] \u201cUnsafe\u201d") && n.contains("`javascript:alert(1)` is not carried over"))
                .anyMatch(n -> n.startsWith("events[2] \u201cNobody said\u201d") && n.contains("names no speaker"));
    }

    @Test
    void idsAreUniqueSlugsAndTiesKeepTheOrderOfTheFile() throws IOException {
        Outcome outcome = importJson("""
                {"events": [
                  {"start_date": {"year": 2017, "month": 7, "day": 9}, "text": {"headline": "Åpning i Tromsø"}},
                  {"start_date": {"year": 2017, "month": 7, "day": 9}, "text": {"headline": "Åpning i Tromsø"}},
                  {"start_date": {"year": 2017, "month": 7, "day": 9}, "text": {"headline": "Zebra"}, "unique_id": "a-first"},
                  {"start_date": {"year": 2017, "month": 7, "day": 9, "hour": 14}, "text": {"headline": ""}}
                ]}
                """);
        assertThat(outcome.timeline().events()).extracting(Event::id)
                .containsExactly("apning-i-tromso", "apning-i-tromso-2", "a-first", "2017-07-09t14-00-02-00");
        assertThat(outcome.timeline().events()).extracting(e -> e.order().orElse(0)).containsExactly(0, 1, 2, 0);
        assertThat(outcome.timeline().events().get(3).date().edtf()).isEqualTo("2017-07-09T14:00+02:00");
        assertThat(outcome.notes()).anyMatch(n -> n.startsWith("events[3]") && n.contains("no headline"));
    }
}
