package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.SearchFixture;
import dev.dateline.publish.SiteOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search box of a long timeline's pages in a real browser, over a site built with its Pagefind
 * index and served over loopback HTTP: it finds an event by a word of its quote or of its body,
 * narrows by kind and actor, is shown without moving the page, and is not there for readers without
 * JavaScript.
 */
class SearchBrowserTest {
    @TempDir
    static Path root;
    private static SiteServer server;
    private static Browser browser;
    private static Browser withoutScripts;

    @BeforeAll
    static void start() {
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(SearchFixture.write(root), Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        SiteOutput site = result.output().orElseThrow();
        assertThat(site.files()).containsKey("pagefind/pagefind.js");
        server = new SiteServer(site);
        browser = Browser.start(true);
        withoutScripts = Browser.start(false);
    }

    @AfterAll
    static void stop() {
        browser.close();
        withoutScripts.close();
        server.close();
    }

    @Test
    void aWordOfOneQuoteFindsThatEventFromTheHomePage() {
        browser.open(server.url("index.html"));
        List<WebElement> results = search(SearchFixture.QUOTE_WORD);
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(results).hasSize(1);
        assertThat(results.get(0).getText()).isEqualTo("Ministeren om havet");
        assertThat(status()).isEqualTo("Fant én hendelse.");
        results.get(0).click();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.url(SearchFixture.TIMELINE + "/" + SearchFixture.QUOTED + "/index.html"));
        assertThat(browser.find("h1").getText()).isEqualTo("Ministeren om havet");
    }

    @Test
    void aWordOfOneBodyFindsThatEventFromAnEventPageWithTheKeyboard() {
        browser.open(server.url(SearchFixture.TIMELINE + "/e-7/index.html"));
        WebElement input = browser.find("#search-term");
        assertThat(browser.driver().executeScript("return arguments[0].labels[0].textContent", input)).isEqualTo("Søk i hendelsene");
        input.sendKeys(SearchFixture.BODY_WORD, Keys.ENTER);
        List<WebElement> results = results("Fant én hendelse.");
        assertThat(results).extracting(WebElement::getText).containsExactly("Byrået om fyret");
        assertThat(results.get(0).getDomProperty("href")).isEqualTo(server.url(SearchFixture.TIMELINE + "/" + SearchFixture.TOLD + "/index.html"));
        assertThat(browser.find(".search-results li").getText()).contains(SearchFixture.BODY_WORD);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void kindAndActorNarrowTheResults() {
        browser.open(server.url(SearchFixture.TIMELINE + "/actors/byraa/index.html"));
        search("budsjettet");
        assertThat(status()).isEqualTo("Fant 62 hendelser. Viser de 20 første.");
        new Select(browser.find("form.site-search select[name=kind]")).selectByValue("report");
        List<WebElement> reports = results("Fant 31 hendelser. Viser de 20 første.");
        assertThat(reports).hasSize(20).allSatisfy(link -> assertThat(isReport(link)).as(link.getText()).isTrue());
        new Select(browser.find("form.site-search select[name=actor]")).selectByValue("minister");
        List<WebElement> both = results("Fant 10 hendelser.");
        assertThat(both).hasSize(10).allSatisfy(link -> {
            int i = number(link);
            assertThat(SearchFixture.report(i) && SearchFixture.ministers(i)).as(link.getText()).isTrue();
        });
    }

    @Test
    void withoutJavaScriptThereIsNoSearchBox() {
        withoutScripts.open(server.url("index.html"));
        assertThat(withoutScripts.find("form.site-search").isDisplayed()).isFalse();
        withoutScripts.open(server.url(SearchFixture.TIMELINE + "/e-7/index.html"));
        assertThat(withoutScripts.find("form.site-search").isDisplayed()).isFalse();
        assertThat(withoutScripts.find("h1").getText()).isEqualTo("Hendelse nummer 7");
    }

    @Test
    void showingTheBoxDoesNotMoveThePage() {
        browser.open(server.url(SearchFixture.TIMELINE + "/e-7/index.html"));
        assertThat(browser.find("form.site-search").isDisplayed()).isTrue();
        // every layout shift since the page started loading, as the browser measured it
        Object shifts = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                new PerformanceObserver((list, observer) => {
                  observer.disconnect();
                  done(list.getEntries().map((e) => e.value));
                }).observe({ type: 'layout-shift', buffered: true });
                setTimeout(() => done([]), 1000);
                """);
        assertThat((List<?>) shifts).isEmpty();
    }

    private static List<WebElement> search(String word) {
        WebElement input = browser.find("form.site-search input[type=search]");
        assertThat(input.isDisplayed()).isTrue();
        input.clear();
        input.sendKeys(word);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !status().isEmpty() && !status().equals("Søker …"));
        return browser.findAll(".search-results li a");
    }

    private static List<WebElement> results(String expectedStatus) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> status().equals(expectedStatus));
        return browser.findAll(".search-results li a");
    }

    private static String status() {
        return browser.find(".search-status").getText();
    }

    private static boolean isReport(WebElement link) {
        return link.getText().equals("Byrået om fyret") || SearchFixture.report(number(link));
    }

    private static int number(WebElement link) {
        return Integer.parseInt(link.getText().replace("Hendelse nummer ", ""));
    }
}
