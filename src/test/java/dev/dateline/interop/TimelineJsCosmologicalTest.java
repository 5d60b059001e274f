package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.dateline.Dateline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A timeline on TimelineJS's cosmological scale imports with every event and exports on that scale again. */
class TimelineJsCosmologicalTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void everyEventOfTheCosmologicalScaleImportsWithItsYear() throws IOException {
        ImportFixture cosmos = ImportFixture.of("cosmos.json", "cosmos", temp);

        assertThat(cosmos.report().hasErrors()).isFalse();
        Map<String, String> dates = new LinkedHashMap<>();
        cosmos.timeline().events().forEach(e -> dates.put(e.id(), e.date().edtf()));
        assertThat(dates).containsExactly(
                entry("the-big-bang", "Y-13800000000"),
                entry("the-earth-forms", "Y-4500000000"),
                entry("the-cambrian-period", "Y-541000000/Y-485400000"),
                entry("the-dinosaurs-die-out", "Y-65000000"),
                entry("modern-humans-appear", "Y-200000"),
                entry("the-wheel-is-in-use", "-3500"),
                entry("people-walk-on-the-moon", "1969-07-20"));
        assertThat(cosmos.timeline().eras()).singleElement()
                .satisfies(era -> assertThat(era.date().edtf()).isEqualTo("Y-4500000000/1969"));
    }

    @Test
    void deepTimeIsShownInWordsWithoutADatetimeHtmlCannotHold() throws IOException {
        Document home = ImportFixture.of("cosmos.json", "cosmos", temp).page("index.html");

        assertThat(home.selectFirst("#the-big-bang .event-meta .date").text()).isEqualTo("13.8 billion years ago");
        assertThat(home.selectFirst("#the-dinosaurs-die-out .event-meta .date").text()).isEqualTo("65 million years ago");
        assertThat(home.select("#the-big-bang time[datetime]")).isEmpty();
        assertThat(home.select("#people-walk-on-the-moon time").attr("datetime")).isEqualTo("1969-07-20");
    }

    @Test
    void theExportWritesTheCosmologicalScaleAndImportsAgain() throws IOException {
        ImportFixture cosmos = ImportFixture.of("cosmos.json", "cosmos", temp);
        JsonNode data = JSON.readTree(cosmos.site().files().get("cosmos/timeline.json"));

        assertThat(data.path("scale").asString()).isEqualTo("cosmological");
        List<JsonNode> events = StreamSupport.stream(data.path("events").spliterator(), false).toList();
        assertThat(events).extracting(e -> e.path("start_date").path("year").asLong())
                .containsExactly(-13_800_000_000L, -4_500_000_000L, -541_000_000L, -65_000_000L, -200_000L, -3500L, 1969L);
        assertThat(events.get(0).path("start_date").has("month")).isFalse();

        Path again = temp.resolve("again");
        java.nio.file.Files.createDirectories(again);
        Path exported = again.resolve("timeline.json");
        java.nio.file.Files.write(exported, cosmos.site().files().get("cosmos/timeline.json"));
        ImportFixture reimported = ImportFixture.of(exported, "cosmos", again);
        assertThat(reimported.timeline().events()).extracting(e -> e.date().edtf())
                .containsExactlyElementsOf(cosmos.timeline().events().stream().map(e -> e.date().edtf()).toList());
    }

    @Test
    void aHumanTimelineStaysOnTheHumanScale() {
        var site = new Dateline(Path.of("templates")).build(Path.of("content"), Optional.empty()).output().orElseThrow();
        assertThat(JSON.readTree(site.files().get("g20-cyber-unit/timeline.json")).path("scale").asString()).isEqualTo("human");
    }
}
