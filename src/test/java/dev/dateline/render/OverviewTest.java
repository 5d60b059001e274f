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

    @Test
    void deepTimeIsOnALogarithmicAxisThatShowsTheBigBangAndTheWheelApart() throws IOException {
        Document page = build(Map.of(
                "a-big-bang", "date: Y-13800000000\nkind: context\nactors: [a]",
                "b-earth", "date: Y-4500000000\nkind: context\nactors: [a]",
                "c-dinosaurs", "date: Y-65000000\nkind: context\nactors: [b]",
                "d-wheel", "date: '-3500'\nkind: context\nactors: [b]",
                "e-moon", "date: 1969-07-20\nkind: context\nactors: [a]"));

        Map<String, Integer> x = new java.util.TreeMap<>();
        page.select(".overview svg a").forEach(a -> x.put(a.attr("href").substring(1), Integer.parseInt(a.selectFirst("use").attr("x"))));
        assertThat(List.copyOf(x.values())).isSorted().allSatisfy(v -> assertThat(v).isBetween(0, width(page)));
        assertThat(x.get("d-wheel") - x.get("a-big-bang")).as("the wheel is far from the Big Bang").isGreaterThan(width(page) / 2);
        assertThat(x.get("e-moon") - x.get("d-wheel")).as("and from the Moon landing").isGreaterThan(width(page) / 8);
        assertThat(page.selectFirst(".overview-scale").text())
                .isEqualTo("Years before 1969 on a logarithmic scale: each power of ten takes the same width.");

        List<org.jsoup.nodes.Element> labels = page.select(".ov-axis text");
        assertThat(labels).extracting(org.jsoup.nodes.Element::text).contains("10B", "1M", "1K");
        for (int i = 1; i < labels.size(); i++) {
            int previous = Integer.parseInt(labels.get(i - 1).attr("x"));
            int next = Integer.parseInt(labels.get(i).attr("x"));
            int room = 6 * (labels.get(i - 1).text().length() + labels.get(i).text().length()) / 2;
            assertThat(next - previous).as("labels %s and %s", labels.get(i - 1).text(), labels.get(i).text())
                    .isGreaterThanOrEqualTo(room);
        }
    }

    @Test
    void aStoryOverCenturiesStaysLinearAndInsideTheGraphic() throws IOException {
        Document page = build(Map.of(
                "first", "date: '-0509'\nkind: context\nactors: [a]",
                "second", "date: '-0044-03-15'\nkind: context\nactors: [a]",
                "third", "date: '0476'\nkind: context\nactors: [b]"));

        assertThat(xs(page)).isSorted().allSatisfy(x -> assertThat(x).isBetween(0, width(page)));
        assertThat(page.select(".overview-scale")).isEmpty();
        assertThat(page.select(".ov-axis text").size()).isBetween(2, 8);
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
