package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small English site built with the same theme: English text, English dates, lang="en". */
class EnglishSiteTest {
    static final Path CONTENT = Path.of("src", "test", "resources", "fixtures", "english");

    private static SiteOutput site;
    private static Document home;

    @BeforeAll
    static void build() {
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(CONTENT, Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        site = result.output().orElseThrow();
        home = SiteBuild.page(site, "index.html");
    }

    @Test
    void everyPageIsMarkedEnglish() {
        for (String path : site.files().keySet()) {
            if (path.endsWith(".html")) {
                assertThat(SiteBuild.page(site, path).selectFirst("html").attr("lang")).as(path).isEqualTo("en");
            }
        }
    }

    @Test
    void theInterfaceSpeaksEnglish() {
        assertThat(home.selectFirst(".skip-link").text()).isEqualTo("Skip to content");
        assertThat(home.select("h2").eachText()).contains("Who is who", "Overview", "Timeline (5 events)");
        assertThat(home.selectFirst("form.filters").attr("aria-label")).isEqualTo("Filter the events");
        assertThat(home.select("form.filters label > span").eachText()).containsExactly("Actor", "Kind");
        assertThat(home.select("form.filters option[value='']").eachText()).containsExactly("All", "All");
        assertThat(home.selectFirst("form.filters").attr("data-status")).isEqualTo("Showing {0} of {1} events");
        assertThat(home.selectFirst(".site-footer").text()).isEqualTo("Made with Dateline");
        assertThat(home.selectFirst("article.reversed .later").text()).isEqualTo("Later reversed");
        assertThat(SiteBuild.page(site, "404.html").selectFirst("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void datesFollowEnglishRules() {
        assertThat(home.select("ol.events > li.entry")).extracting(e -> e.selectFirst(".event-meta .date").text())
                .containsExactly("c. March 2021", "March 2, 2021", "March 3, 2021, 1:30 PM",
                        "March 10, 2021 (uncertain)", "March 11–12, 2021");
        assertThat(home.selectFirst(".story-meta").text()).isEqualTo("Published March 15, 2021 · By Test Desk");
        assertThat(home.select(".ov-axis text").eachText()).startsWith("Mar 1", "Mar 7");
        assertThat(home.selectFirst(".overview figcaption p").text())
                .startsWith("5 events, March 2021, one row per actor: Town Council, Mayor Lund, Bridge Engineers.");
        Document event = SiteBuild.page(site, "harbour-bridge/mayor-closes-bridge/index.html");
        assertThat(event.selectFirst(".local-time").text())
                .isEqualTo("Local time where it happened: March 3, 2021, 2:30 PM (UTC+01:00)");
    }

    @Test
    void aQuoteInAnotherLanguageIsMarkedAndItsTranslationIsInThePagesLanguage() {
        Element quote = home.selectFirst("#mayor-closes-bridge blockquote");
        assertThat(quote.attr("lang")).isEqualTo("nb");
        assertThat(quote.text()).isEqualTo("Brua stenges fra i morgen.");
        Element translation = home.selectFirst("#mayor-closes-bridge .translation");
        assertThat(translation.text()).isEqualTo("Translation: The bridge closes tomorrow.");
        assertThat(translation.parents()).noneMatch(p -> p.hasAttr("lang") && !p.tagName().equals("html"));
    }

    @Test
    void theOverviewShowsTheErasAsBands() {
        Element era = home.selectFirst(".overview .ov-era");
        assertThat(era.selectFirst("text").text()).isEqualTo("Consultation");
        int x = Integer.parseInt(era.selectFirst("rect").attr("x"));
        int width = Integer.parseInt(era.selectFirst("rect").attr("width"));
        int meeting = Integer.parseInt(home.selectFirst(".overview a[href='#council-meeting'] use").attr("x"));
        int reopening = Integer.parseInt(home.selectFirst(".overview a[href='#mayor-reopens-bridge'] use").attr("x"));
        assertThat(meeting).as("the meeting falls in the consultation").isBetween(x, x + width);
        assertThat(reopening).as("the reopening falls after it").isGreaterThan(x + width);
    }
}
