package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.dateline.publish.SiteOutput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** axe-core finds nothing to fix on any page of the G20 site, in the light and in the dark colour scheme. */
class AccessibilityTest {
    private static final String LIGHT_BACKGROUND = "rgba(252, 251, 249, 1)";
    private static final String DARK_BACKGROUND = "rgba(18, 20, 23, 1)";

    private static SiteOutput site;
    private static SiteServer server;
    private static SiteServer longServer;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = SiteBuild.build();
        server = new SiteServer(site);
        longServer = new SiteServer(LongTimelineFixture.site());
        browser = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
        longServer.close();
    }

    /** Every page a reader stays on; a page that only forwards is checked by where it leads. */
    static Stream<Arguments> pagesAndSchemes() {
        SiteOutput built = SiteBuild.build();
        return built.files().keySet().stream()
                .filter(path -> path.endsWith(".html") && !forwards(built, path))
                .flatMap(path -> Stream.of(Arguments.of(path, "light"), Arguments.of(path, "dark")));
    }

    /** One page of each kind of a timeline too long for one page: its home, periods, a second page, deep time, an event. */
    static Stream<Arguments> longTimelinePagesAndSchemes() {
        return LongTimelineFixture.samplePages().stream()
                .flatMap(path -> Stream.of(Arguments.of(path, "light"), Arguments.of(path, "dark")));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("longTimelinePagesAndSchemes")
    void axeFindsNoViolationsOnTheManyPagesOfALongTimeline(String path, String scheme) {
        check(longServer, path, scheme);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("pagesAndSchemes")
    void axeFindsNoViolations(String path, String scheme) {
        check(server, path, scheme);
    }

    /** The search box of a long timeline's pages, with results and the count of them shown, on its home and an event page. */
    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("searchPagesAndSchemes")
    void axeFindsNoViolationsInTheSearchBoxWithResults(String path, String scheme) {
        check(longServer, path, scheme, () -> {
            browser.find("form.site-search input[type=search]").sendKeys("officials");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                    .until(d -> !browser.findAll(".search-results li a").isEmpty());
            assertThat(browser.find(".search-status").getText()).matches("Fant \\d+ hendelser\\..*");
        });
    }

    static Stream<Arguments> searchPagesAndSchemes() {
        return Stream.of("index.html", "synthetic/event-00100/index.html")
                .flatMap(path -> Stream.of(Arguments.of(path, "light"), Arguments.of(path, "dark")));
    }

    private static void check(SiteServer server, String path, String scheme) {
        check(server, path, scheme, () -> { });
    }

    /** Runs axe on the page after {@code use} did what a reader would. */
    private static void check(SiteServer server, String path, String scheme, Runnable use) {
        browser.open(server.url(path));
        browser.colorScheme(scheme);
        use.run();
        assertThat(browser.find("body").getCssValue("background-color"))
                .as("the %s scheme is in force", scheme)
                .isEqualTo(scheme.equals("dark") ? DARK_BACKGROUND : LIGHT_BACKGROUND);

        Results results = new AxeBuilder().analyze(browser.driver());

        assertThat(results.getUrl()).as("axe ran on the page itself").isEqualTo(browser.driver().getCurrentUrl());
        assertThat(describe(results.getViolations())).as("%s in the %s scheme", path, scheme).isEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aPageThatForwardsLeadsToAPageThatIsChecked() {
        List<String> forwarding = site.files().keySet().stream().filter(p -> forwards(site, p)).toList();
        assertThat(forwarding).containsExactly("g20-cyber-unit/index.html");
        browser.open(server.url("g20-cyber-unit/index.html"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.urlToBe(server.url("index.html")));
        assertThat(pagesAndSchemes()).anyMatch(arguments -> arguments.get()[0].equals("index.html"));
    }

    private static boolean forwards(SiteOutput site, String path) {
        return SiteBuild.page(site, path).selectFirst("meta[http-equiv=refresh]") != null;
    }

    private static List<String> describe(List<Rule> violations) {
        List<String> out = new ArrayList<>();
        for (Rule rule : violations) {
            rule.getNodes().forEach(node -> out.add(rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget()
                    + " " + node.getFailureSummary()));
        }
        return out;
    }
}
