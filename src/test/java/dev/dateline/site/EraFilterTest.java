package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** An era's marker in the list shows only while one of the era's events does. */
class EraFilterTest {
    private static SiteServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new SiteServer(new Dateline(SiteBuild.TEMPLATES).build(EnglishSiteTest.CONTENT, Optional.empty())
                .output().orElseThrow());
        browser = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theMarkerNamesTheEventsInsideTheEra() {
        browser.open(server.url("index.html"));
        assertThat(marker().getDomAttribute("data-events")).isEqualTo("engineers-report council-meeting mayor-closes-bridge");
        assertThat(marker().isDisplayed()).isTrue();
    }

    @Test
    void aFilterThatHidesEveryEventOfTheEraHidesItsMarker() {
        browser.open(server.url("index.html?kind=reversal"));
        assertThat(browser.find("#mayor-reopens-bridge").isDisplayed()).isTrue();
        assertThat(marker().isDisplayed()).isFalse();
    }

    @Test
    void aFilterThatKeepsOneEventOfTheEraKeepsItsMarker() {
        browser.open(server.url("index.html?actor=mayor"));
        assertThat(browser.find("#engineers-report").isDisplayed()).isFalse();
        assertThat(marker().isDisplayed()).isTrue();
    }

    private static WebElement marker() {
        return browser.find("ol.events > li.era-marker");
    }
}
