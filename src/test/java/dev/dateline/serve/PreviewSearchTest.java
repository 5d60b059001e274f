package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.HeadlessChromium;
import dev.dateline.SearchFixture;
import dev.dateline.Trees;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search of a long timeline in the preview, under a project path, in a real browser: the
 * preview makes the Pagefind index after its build and serves it, and indexes an edit again.
 */
class PreviewSearchTest {
    private static final String EDITED = "kvasirbrygget";

    @TempDir
    Path temp;

    private HeadlessChromium chromium;
    private Preview preview;
    private Path content;

    @BeforeEach
    void start() throws IOException {
        content = SearchFixture.write(temp);
        preview = Preview.start(new Preview.Settings(content, Path.of("templates"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BasePath.parse("/prosjekt/").orElseThrow()),
                build -> { });
        chromium = HeadlessChromium.start();
    }

    @AfterEach
    void stop() {
        chromium.close();
        preview.close();
    }

    @Test
    void theSearchFindsAnEventAndThenAnEditedOne() throws IOException {
        ChromeDriver browser = chromium.driver();
        browser.get(preview.url().toString());
        List<WebElement> found = searchUntilFound(browser, SearchFixture.QUOTE_WORD);
        assertThat(found).extracting(WebElement::getText).containsExactly("Ministeren om havet");
        assertThat(found.get(0).getDomProperty("href"))
                .isEqualTo(preview.url().resolve(SearchFixture.TIMELINE + "/" + SearchFixture.QUOTED + "/index.html").toString());

        Trees.replace(content.resolve(SearchFixture.TIMELINE + "/events/e-5.md"), "Om budsjettet, del 5.",
                "Om " + EDITED + ".");
        assertThat(searchUntilFound(browser, EDITED)).extracting(WebElement::getText).containsExactly("Hendelse nummer 5");
    }

    /** Searches again and again (the page reloads after a save; the index follows the build) until something is found. */
    private static List<WebElement> searchUntilFound(ChromeDriver browser, String word) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(d -> {
            WebElement input = d.findElement(By.cssSelector("form.site-search input[type=search]"));
            input.clear();
            input.sendKeys(word);
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            List<WebElement> links = d.findElements(By.cssSelector(".search-results li a"));
            return links.isEmpty() ? null : links;
        });
    }
}
