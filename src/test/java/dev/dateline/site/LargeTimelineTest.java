package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.bench.SyntheticSite;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline too long for one page is split into periods: read as a reader clicks, from the home
 * page by plain links, every event's page is at most 4 clicks away and no page lists more than 50
 * events.
 */
class LargeTimelineTest {
    private static final int EVENTS = 3000;
    private static final int MAX_CLICKS = 4;
    private static final int MAX_ENTRIES = 50;

    @TempDir
    static Path temp;
    private static SiteOutput site;

    @BeforeAll
    static void build() throws IOException {
        Path content = temp.resolve("content");
        SyntheticSite.main(new String[] {Integer.toString(EVENTS), content.toString()});
        site = build(content);
    }

    static SiteOutput build(Path content) {
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(content, Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        return result.output().orElseThrow();
    }

    @Test
    void everyEventIsWithinFourClicksOfTheHomePage() {
        Map<String, Integer> depth = crawl(site);
        Map<String, Integer> events = eventPages(site, "synthetic", depth);
        assertThat(events).hasSize(EVENTS);
        assertThat(events.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).isLessThanOrEqualTo(MAX_CLICKS);
        assertThat(events.entrySet()).allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isNotNegative());
    }

    @Test
    void inTheLongFixtureTooEveryEventIsWithinFourClicksEvenOnTheSecondPageOfABusyDay() {
        SiteOutput fixture = LongTimelineFixture.site();
        Map<String, Integer> depth = crawl(fixture);
        assertThat(eventPages(fixture, "synthetic", depth)).hasSize(428)
                .allSatisfy((page, clicks) -> assertThat(clicks).as(page).isBetween(1, MAX_CLICKS));
        assertThat(depth.get("synthetic/2000/03/01/page/2/index.html")).isEqualTo(3);
        assertThat(page(fixture, "synthetic/2000/03/index.html").select("section.periods a").eachAttr("href"))
                .contains("01/index.html", "01/page/2/index.html");
    }

    @Test
    void noPageListsMoreThanFiftyEvents() {
        Map<String, Integer> lists = entriesPerPage(site);
        assertThat(lists).isNotEmpty().allSatisfy((page, entries) -> assertThat(entries).as(page).isLessThanOrEqualTo(MAX_ENTRIES));
        // each event is listed exactly once among the periods, and once on each of its actor's and kind's pages
        assertThat(sum(lists, p -> !p.contains("/actors/") && !p.contains("/kinds/"))).isEqualTo(EVENTS);
        assertThat(sum(lists, p -> p.contains("/actors/"))).isEqualTo(EVENTS);
        assertThat(sum(lists, p -> p.contains("/kinds/"))).isEqualTo(EVENTS);
    }

    private static int sum(Map<String, Integer> lists, java.util.function.Predicate<String> pages) {
        return lists.entrySet().stream().filter(e -> pages.test(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    @Test
    void eachActorAndKindHasPagesOfItsOwnThatWorkWithoutScript() {
        Document home = page(site, "index.html");
        assertThat(home.select("nav.groups a").eachAttr("href")).contains("synthetic/actors/minister/index.html",
                "synthetic/kinds/statement/index.html");
        Document minister = page(site, "synthetic/actors/minister/index.html");
        assertThat(minister.select("h1").text()).isEqualTo("The minister");
        assertThat(minister.select("#events-title").text()).isEqualTo("Timeline (50 events)");
        assertThat(page(site, "synthetic/2001/03/index.html").select("#events-title").text()).startsWith("Events in this period");
        assertThat(minister.select("li.entry")).hasSize(MAX_ENTRIES)
                .allSatisfy(entry -> assertThat(entry.attr("data-actors").split(" ")).contains("minister"));
        // 3,000 events over five actors: 600 each, on 12 pages
        assertThat(minister.select("nav.pages li")).hasSize(12);
        Document last = page(site, "synthetic/actors/minister/page/12/index.html");
        assertThat(last.select("li.entry")).hasSize(600 - 11 * MAX_ENTRIES);
        assertThat(last.select("nav.pages [aria-current=page]").text()).isEqualTo("12");
        assertThat(page(site, "synthetic/kinds/meeting/index.html").select("li.entry"))
                .allSatisfy(entry -> assertThat(entry.attr("data-kind")).isEqualTo("meeting"));
        // the in-page filters are still offered there
        assertThat(minister.select("form.filters select[name=kind] option")).hasSizeGreaterThan(1);
    }

    @Test
    void periodsHaveReadableUrlsAndLinkUpAndSideways() {
        Document year = page(site, "synthetic/2001/index.html");
        assertThat(year.select("h1").text()).isEqualTo("2001");
        assertThat(year.select("nav.trail a").eachAttr("href")).containsExactly("../../index.html");
        assertThat(year.select("a[rel=prev]").attr("href")).isEqualTo("../2000/index.html");
        assertThat(year.select("a[rel=next]").attr("href")).isEqualTo("../2002/index.html");
        assertThat(year.select("section.periods a").eachAttr("href")).contains("01/index.html", "12/index.html");
        Document month = page(site, "synthetic/2001/03/index.html");
        assertThat(month.select("h1").text()).isEqualTo("March 2001");
        assertThat(month.select("nav.trail a").eachAttr("href")).containsExactly("../../../index.html", "../index.html");
        assertThat(month.select("a[rel=next]").attr("href")).isEqualTo("../04/index.html");
        // the last month of a year leads on to the first of the next
        assertThat(page(site, "synthetic/2001/12/index.html").select("a[rel=next]").attr("href"))
                .isEqualTo("../../2002/01/index.html");
    }

    @Test
    void theHomePageShowsTheWholeSpanAsCountsThatLinkToTheirPeriods() {
        Document home = page(site, "index.html");
        List<Element> columns = home.select("svg a.ov-column");
        assertThat(columns).hasSize(home.select("section.periods li").size()).isNotEmpty();
        assertThat(columns.get(0).attr("href")).isEqualTo("synthetic/2000/index.html");
        assertThat(columns.get(0).selectFirst("title").text()).startsWith("2000: ").contains("events", "The minister");
        assertThat(home.select("li.entry").size()).isLessThanOrEqualTo(MAX_ENTRIES);
        assertThat(home.select(".overview svg").attr("width")).isEqualTo("360");
    }

    @Test
    void whereMarksWouldNotFitAPageCountsItsEventsInstead() {
        List<String> clipped = site.files().keySet().stream().filter(p -> p.endsWith(".html"))
                .filter(p -> page(site, p).select(".overview svg use[x]").stream()
                        .anyMatch(use -> Integer.parseInt(use.attr("x")) > 352))
                .toList();
        assertThat(clipped).isEmpty();
        // 50 events of one actor over some months, one row: too many marks for 360 units
        Document minister = page(site, "synthetic/actors/minister/index.html");
        assertThat(minister.select(".overview use[href^=#ovk-]")).isEmpty();
        List<Element> columns = minister.select(".density a.ov-column");
        assertThat(columns).hasSize(10);
        assertThat(columns).allSatisfy(c -> assertThat(minister.getElementById(c.attr("href").substring(1))).isNotNull());
        assertThat(columns.get(0).selectFirst("title").text()).contains("5 events", "The minister 5");
        // a day whose events fit keeps a mark per event
        SiteOutput fixture = LongTimelineFixture.site();
        Document month = page(fixture, "synthetic/2000/03/index.html");
        String second = month.select("section.periods a").eachAttr("href").stream().filter(href -> href.startsWith("02/"))
                .findFirst().orElseThrow();
        Document day = page(fixture, resolve("synthetic/2000/03/index.html", second));
        assertThat(day.select(".overview a[href^=#]")).hasSize(day.select("li.entry").size()).isNotEmpty();
    }

    @Test
    void anEventPageLinksBackToThePageThatListsIt() {
        Document event = page(site, "synthetic/event-01000/index.html");
        String back = event.select("a[href$=#event-01000]").attr("href");
        String listing = resolve("synthetic/event-01000/index.html", back.substring(0, back.indexOf('#')));
        assertThat(page(site, listing).getElementById("event-01000")).isNotNull();
    }

    @Test
    void datesTheCalendarCannotSplitAreGroupedInSpans(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: Ages\nlanguage: en\ntimeZone: UTC\n");
        Path events = Files.createDirectories(content.resolve("ages/events"));
        Files.writeString(content.resolve("ages/timeline.yaml"),
                "title: Ages\nstandfirst: Deep time and after.\nactors:\n  a:\n    name: Someone\n");
        StringBuilder dates = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            write(events, "deep-" + i, "Y-" + (170000 + 1000 * (60 - i)));
        }
        for (int i = 0; i < 30; i++) {
            write(events, "bce-" + i, String.format("-%04d", 500 - i));
        }
        for (int i = 0; i < 40; i++) {
            write(events, "season-" + i, (1990 + i) + "-2" + (1 + i % 4));
        }
        SiteOutput ages = build(content);
        Map<String, Integer> depth = crawl(ages);
        assertThat(eventPages(ages, "ages", depth)).hasSize(130).allSatisfy((page, clicks) ->
                assertThat(clicks).as(page).isBetween(0, MAX_CLICKS));
        assertThat(entriesPerPage(ages)).allSatisfy((page, entries) -> assertThat(entries).as(page).isLessThanOrEqualTo(MAX_ENTRIES));
        assertThat(ages.files()).containsKeys("ages/ages/1/index.html", "ages/ages/2/index.html", "ages/1990/index.html");
    }

    @Test
    void anEventIdThatIsTheAddressOfAPeriodIsAnErrorOnceTheTimelineIsSplit(@TempDir Path content) throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: Ids\nlanguage: en\ntimeZone: UTC\n");
        Path events = Files.createDirectories(content.resolve("ids/events"));
        Files.writeString(content.resolve("ids/timeline.yaml"), "title: Ids\nstandfirst: Ids.\nactors:\n  a:\n    name: A\n");
        write(events, "2017", "2017-07-09");
        write(events, "actors", "2017-07-09");
        for (int i = 0; i < 49; i++) {
            write(events, "e-" + i, "2016-01-01");
        }
        // 51 events: one too many for one page
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(content, Optional.empty());
        assertThat(result.output()).isEmpty();
        assertThat(result.diagnostics().sorted().stream().map(Object::toString).toList())
                .anySatisfy(d -> assertThat(d).contains("2017.md", "ERROR", "`2017` is also the address of a page"))
                .anySatisfy(d -> assertThat(d).contains("actors.md", "`actors` is also the address of a page"));
        // with 50 the timeline stays on one page, where those ids are fine
        Files.delete(events.resolve("e-0.md"));
        assertThat(new Dateline(SiteBuild.TEMPLATES).build(content, Optional.empty()).diagnostics().sorted()).isEmpty();
    }

    private static void write(Path events, String id, String date) throws IOException {
        Files.writeString(events.resolve(id + ".md"), "---\ndate: \"" + date + "\"\ntitle: " + id
                + "\nkind: context\nactors: [a]\n---\nText.\n");
    }

    /** Clicks from the home page to each HTML page reached by plain links (a href), breadth first. */
    static Map<String, Integer> crawl(SiteOutput site) {
        Map<String, Integer> depth = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of("index.html"));
        depth.put("index.html", 0);
        while (!queue.isEmpty()) {
            String path = queue.poll();
            for (Element link : page(site, path).select("a[href]")) {
                String href = link.attr("href");
                if (href.startsWith("#") || URI.create(href.replace(" ", "%20")).getScheme() != null) {
                    continue;
                }
                String target = resolve(path, href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
                if (target.endsWith(".html") && site.files().containsKey(target) && !depth.containsKey(target)) {
                    depth.put(target, depth.get(path) + 1);
                    queue.add(target);
                }
            }
        }
        return depth;
    }

    /** The clicks to each event page of the timeline, -1 where no link leads. */
    private static Map<String, Integer> eventPages(SiteOutput site, String timeline, Map<String, Integer> depth) {
        Set<String> ids = site.files().keySet().stream().filter(p -> p.startsWith(timeline + "/"))
                .filter(p -> p.endsWith("/index.html") && p.split("/").length == 3)
                .filter(p -> page(site, p).selectFirst("article.event h1") != null)
                .collect(Collectors.toSet());
        return ids.stream().collect(Collectors.toMap(p -> p, p -> depth.getOrDefault(p, -1), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Integer> entriesPerPage(SiteOutput site) {
        return site.files().keySet().stream().filter(p -> p.endsWith(".html"))
                .collect(Collectors.toMap(p -> p, p -> page(site, p).select("li.entry").size(), (a, b) -> a, TreeMap::new));
    }

    static Document page(SiteOutput site, String path) {
        assertThat(site.files()).containsKey(path);
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }

    /** The site path a relative link from {@code from} leads to. */
    static String resolve(String from, String href) {
        return URI.create("file:///" + from).resolve(href).getPath().substring(1);
    }
}
