package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview graphic laid out for stories of other shapes than the G20 one. */
class OverviewTest {
    @TempDir
    Path root;

    @Test
    void aSingleEventAtMidnightSitsInsideTheGraphic() throws IOException {
        Document page = build(Map.of("only", "date: 2020-01-01T00:00Z\nkind: statement\nactors: [a]"));
        assertThat(xs(page)).singleElement().satisfies(x -> assertThat(x).isBetween(0, width(page)));
        assertThat(page.select(".ov-axis text").eachText()).containsExactly("Jan 1");
    }

    @Test
    void aStoryOverYearsHasAYearAxisWithItsEventsInOrder() throws IOException {
        Document page = build(Map.of(
                "first", "date: 2015-03\nkind: report\nactors: [a]",
                "second", "date: 2017\nkind: reaction\nactors: [b]",
                "third", "date: 2020-11-05\nkind: reversal\nactors: [a]\nrelations: [{type: reverses, event: first}]"));
        assertThat(page.select(".ov-axis text").eachText()).contains("2015", "2020");
        assertThat(xs(page)).isSorted().allSatisfy(x -> assertThat(x).isBetween(0, width(page)));
        assertThat(page.select(".ov-arrows path.ov-reverses")).hasSize(1);
    }

    @Test
    void eventsOfOneActorOnTheSameDayDoNotCoverEachOther() throws IOException {
        Document page = build(Map.of(
                "morning", "date: 2020-05-05\norder: 1\nkind: statement\nactors: [a]",
                "evening", "date: 2020-05-05\norder: 2\nkind: reaction\nactors: [a]",
                "later", "date: 2020-05-20/2020-05-25\nkind: context\nactors: [b]"));
        List<Integer> xs = xs(page);
        assertThat(xs.get(1) - xs.get(0)).isGreaterThanOrEqualTo(16);
        assertThat(page.select(".overview a[href='#later'] path")).as("the interval's bar").hasSize(1);
    }

    @Test
    void eventsThatNameNoActorHaveARowOfTheirOwn() throws IOException {
        Document page = build(Map.of(
                "named", "date: 2020-05-05\nkind: statement\nactors: [a]",
                "unnamed", "date: 2020-05-06\nkind: report\nactors: []"));
        assertThat(page.select(".ov-lanes text").eachText()).containsExactly("A", "No actor named");
        assertThat(page.select("select[name=actor] option").eachAttr("value")).containsExactly("", "a");
    }

    private Document build(Map<String, String> events) throws IOException {
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), "title: T\nlanguage: en\ntimeZone: UTC\n");
        write(content.resolve("t/timeline.yaml"), "title: T\nstandfirst: S\nactors:\n  a: {name: A}\n  b: {name: B}\n");
        events.forEach((id, front) -> write(content.resolve("t/events/" + id + ".md"),
                "---\ntitle: " + id + "\n" + front + "\n---\nText.\n"));
        Dateline.Result result = new Dateline(Path.of("templates")).build(content, Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        return Jsoup.parse(new String(result.output().orElseThrow().files().get("index.html"), StandardCharsets.UTF_8));
    }

    private static List<Integer> xs(Document page) {
        return page.select(".overview svg a use").eachAttr("x").stream().map(Integer::parseInt).toList();
    }

    private static int width(Document page) {
        return Integer.parseInt(page.selectFirst(".overview svg").attr("width"));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
