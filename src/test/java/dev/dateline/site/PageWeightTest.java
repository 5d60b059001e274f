package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.publish.SiteOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The G20 home page and everything it loads stay within 40 KB, uncompressed, and nothing
 * is loaded from anywhere but the site itself.
 */
class PageWeightTest {
    private static final int BUDGET = 40 * 1024;
    private static final String LOADED = "script[src], img[src], iframe[src], video[src], audio[src], source[src], "
            + "link[rel~=^(stylesheet|icon|preload|modulepreload|manifest)$][href]";

    private static SiteOutput site;
    private static Document home;

    @BeforeAll
    static void build() {
        site = SiteBuild.build();
        home = SiteBuild.page(site, "index.html");
    }

    @Test
    void theHomePageWithEverythingItLoadsIsUnderTheBudget() {
        long total = site.files().get("index.html").length;
        for (String file : loadedFiles()) {
            total += site.files().get(file).length;
        }
        assertThat(loadedFiles()).as("a stylesheet and a script").hasSize(2);
        assertThat(total).as("bytes of the home page and what it loads").isLessThan(BUDGET);
    }

    @Test
    void everythingThePageLoadsIsOnTheSite() {
        for (var element : home.select(LOADED)) {
            String ref = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            URI uri = URI.create(ref);
            assertThat(uri.getScheme() == null || uri.getScheme().equals("data"))
                    .as("%s is relative or inline", ref).isTrue();
            assertThat(ref).doesNotStartWith("//");
        }
        for (String file : loadedFiles()) {
            String text = new String(site.files().get(file), StandardCharsets.UTF_8);
            assertThat(text).as(file).doesNotContain("@import").doesNotContain("://");
            assertThat(text.replace("url(#", "")).as("%s loads nothing itself", file).doesNotContain("url(");
        }
    }

    @Test
    void inABrowserEveryRequestGoesToTheSite() {
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.start(true)) {
            browser.open(server.url("index.html"));
            browser.find("form.filters:not([hidden])");
            List<String> requests = browser.requestsFrom(server.origin());
            assertThat(requests).allMatch(url -> url.startsWith(server.origin()), "goes to " + server.origin());
            assertThat(requests).containsExactlyInAnyOrderElementsOf(
                    Stream.concat(Stream.of("index.html"), loadedFiles().stream())
                            .map(server::url).toList());
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** The site's files the home page loads, by their paths in the output. */
    private static List<String> loadedFiles() {
        return home.select(LOADED).stream()
                .map(e -> e.hasAttr("src") ? e.attr("src") : e.attr("href"))
                .filter(ref -> !ref.startsWith("data:"))
                .map(ref -> URI.create("https://site.invalid/").resolve(ref).getPath().substring(1))
                .toList();
    }
}
