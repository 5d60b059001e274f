package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The pages of long timelines in a real browser on a 390 px wide phone screen: nothing overflows,
 * the labels of the density overview never overlap, at most 8 rows; the in-page filters work.
 */
class LongTimelineBrowserTest {
    private static final int PHONE = 390;
    private static final String[] KINDS = {"statement", "report", "meeting"};

    @TempDir
    static Path content;
    private static SiteServer wide;
    private static SiteServer fixture;
    private static Browser browser;

    /** 12 actors over 120 years, 5 events a year, in Norwegian. */
    @BeforeAll
    static void start() throws IOException {
        Files.writeString(content.resolve("site.yaml"), "title: Lang\nlanguage: nb\ntimeZone: Europe/Oslo\n");
        StringBuilder timeline = new StringBuilder("title: Et langt hundreår\nstandfirst: Mange hendelser.\nactors:\n");
        for (int a = 0; a < 12; a++) {
            timeline.append("  aktor-").append(a).append(":\n    name: Aktør nummer ").append(a).append('\n');
        }
        Path dir = content.resolve("lang");
        Files.createDirectories(dir.resolve("events"));
        Files.writeString(dir.resolve("timeline.yaml"), timeline);
        for (int i = 0; i < 600; i++) {
            // actor 0 has most events, actor 11 fewest
            int actor = Math.min(11, Integer.numberOfTrailingZeros(i + 1));
            Files.writeString(dir.resolve("events/e-" + i + ".md"), "---\ndate: \"" + (1900 + i / 5) + "-0" + (1 + i % 5)
                    + "-1" + (i % 9) + "\"\ntitle: Hendelse " + i + "\nkind: " + KINDS[i % 3] + "\nactors: [aktor-" + actor
                    + "]\n---\nTekst.\n");
        }
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(content, Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        SiteOutput site = result.output().orElseThrow();
        wide = new SiteServer(site);
        fixture = new SiteServer(LongTimelineFixture.site());
        browser = Browser.start(true);
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", PHONE, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }

    @AfterAll
    static void stop() {
        browser.close();
        wide.close();
        fixture.close();
    }

    @Test
    void aCenturyOfTwelveActorsShowsEightRowsAndLabelsThatDoNotOverlap() {
        browser.open(wide.url("index.html"));
        List<String> rows = browser.findAll(".density .ov-lanes #ov-names text").stream().map(WebElement::getText).toList();
        assertThat(rows).hasSize(8).startsWith("Aktør nummer 0").endsWith("Andre");
        List<WebElement> columns = browser.findAll(".density a.ov-column");
        assertThat(columns).hasSize(120);
        assertThat(columns.get(0).getDomAttribute("href")).isEqualTo("lang/1900/index.html");
        assertThat(browser.driver().executeScript("return arguments[0].querySelector('title').textContent", columns.get(0)))
                .asString().startsWith("1900: 5 hendelser.").contains("Aktør nummer 0 3");
        assertNoLabelsOverlap();
        assertNothingOverflows();
    }

    @Test
    void noPageOfTheFixtureOverflowsAPhoneScreen() {
        for (String path : LongTimelineFixture.samplePages()) {
            browser.open(fixture.url(path));
            assertNothingOverflows();
            if (!browser.findAll(".density").isEmpty()) {
                assertNoLabelsOverlap();
            }
            assertThat(browser.consoleErrors()).as(path).isEmpty();
        }
    }

    @Test
    void theFiltersWorkOnAnActorsPage() {
        browser.open(fixture.url("synthetic/actors/minister/index.html"));
        List<WebElement> entries = browser.findAll("ol.events li.entry");
        assertThat(entries).hasSize(50);
        new Select(browser.find("form.filters select[name=kind]")).selectByValue("report");
        long shown = entries.stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).isPositive().isLessThan(entries.size());
        assertThat(entries).filteredOn(WebElement::isDisplayed)
                .allSatisfy(e -> assertThat(e.getAttribute("data-kind")).isEqualTo("report"));
    }

    private static void assertNothingOverflows() {
        Object width = browser.driver().executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(browser.driver().getCurrentUrl()).isLessThanOrEqualTo(PHONE);
    }

    /** The boxes the browser drew the axis labels and the row names in: none overlaps another of its kind. */
    @SuppressWarnings("unchecked")
    private static void assertNoLabelsOverlap() {
        for (String selector : List.of(".density .ov-axis text", ".density #ov-names text")) {
            List<Map<String, Number>> boxes = (List<Map<String, Number>>) browser.driver().executeScript(
                    "return [...document.querySelectorAll(arguments[0])].map(t => { const r = t.getBoundingClientRect();"
                            + " return {l: r.left, r: r.right, t: r.top, b: r.bottom}; })", selector);
            assertThat(boxes).as(selector).isNotEmpty();
            List<String> overlaps = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    Map<String, Number> a = boxes.get(i);
                    Map<String, Number> b = boxes.get(j);
                    if (a.get("l").doubleValue() < b.get("r").doubleValue() && b.get("l").doubleValue() < a.get("r").doubleValue()
                            && a.get("t").doubleValue() < b.get("b").doubleValue() && b.get("t").doubleValue() < a.get("b").doubleValue()) {
                        overlaps.add(selector + " " + i + "/" + j + ": " + a + " " + b);
                    }
                }
            }
            assertThat(overlaps).as(browser.driver().getCurrentUrl()).isEmpty();
        }
    }
}
