package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.HeadlessChromium;
import dev.dateline.Trees;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview in a real headless Chromium: the open page follows the files on disk by itself. */
class PreviewBrowserTest {
    private static final String EVENT = "g20-cyber-unit/events/trump-cyber-unit-tweet.md";
    private static final String TITLE = "Trump på Twitter om en «ugjennomtrengelig» enhet for IT-sikkerhet";
    private static final By EVENT_TITLE = By.cssSelector("#title-trump-cyber-unit-tweet a");
    private static final By OVERLAY = By.id("dateline-build-errors");

    private static HeadlessChromium chromium;

    @TempDir
    Path temp;

    private Path content;
    private Path templates;
    private Preview preview;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void launch() throws IOException {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void quit() throws IOException {
        chromium.close();
    }

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("content");
        templates = temp.resolve("templates");
        Trees.copy(Path.of("content"), content);
        Trees.copy(Path.of("templates"), templates);
        preview = Preview.start(new Preview.Settings(content, templates,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BasePath.parse("/g20-timeline/").orElseThrow()),
                build -> { });
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(preview.url().toString());
        assertThat(browser.findElement(EVENT_TITLE).getText()).isEqualTo(TITLE);
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void anEditedTitleAppearsWithoutTouchingTheBrowser() throws IOException {
        Trees.replace(content.resolve(EVENT), "title: " + TITLE, "title: Trump lover en ugjennomtrengelig enhet");
        wait.until(ExpectedConditions.textToBe(EVENT_TITLE, "Trump lover en ugjennomtrengelig enhet"));
    }

    @Test
    void brokenContentShowsTheErrorsOverThePageUntilItIsFixed() throws IOException {
        Trees.replace(content.resolve(EVENT), "date: 2017-07-09", "date: 2017-07-32");
        WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
        assertThat(overlay.getText())
                .contains("g20-cyber-unit/events/trump-cyber-unit-tweet.md:2:15: error: invalid date `2017-07-32`")
                .contains("hint: that month has 31 days");
        assertThat(browser.findElement(EVENT_TITLE).getText()).as("the last good page stays").isEqualTo(TITLE);

        Trees.replace(content.resolve(EVENT), "date: 2017-07-32", "date: 2017-07-09");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(OVERLAY));
        assertThat(browser.findElements(OVERLAY)).isEmpty();
    }

    @Test
    void aPageOpenedWhileTheContentIsBrokenShowsTheErrorsAndReloadsOnceFixed() throws IOException {
        Trees.replace(content.resolve(EVENT), "date: 2017-07-09", "date: 2017-07-32");
        wait.until(ExpectedConditions.visibilityOfElementLocated(OVERLAY));
        browser.get(preview.url().resolve("g20-cyber-unit/trump-cyber-unit-tweet/").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(OVERLAY));

        String text = Files.readString(content.resolve(EVENT))
                .replace("date: 2017-07-32", "date: 2017-07-09")
                .replace("title: " + TITLE, "title: Rettet tittel");
        Trees.saveAtomically(content.resolve(EVENT), text);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("h1.event-title"), "Rettet tittel"));
        assertThat(browser.findElements(OVERLAY)).isEmpty();
    }

    @Test
    void aStylesheetEditAppliesWithoutReloadingThePage() throws IOException {
        waitUntilConnected();
        JavascriptExecutor js = browser;
        js.executeScript("window.datelineMarker = 'not reloaded';");
        Path css = templates.resolve("assets/style.css");
        Trees.saveAtomically(css, Files.readString(css) + "\n.site-header { border-top: 7px solid rgb(1, 2, 3); }\n");
        wait.until(driver -> "7px".equals(js.executeScript(
                "return getComputedStyle(document.querySelector('.site-header')).borderTopWidth;")));
        assertThat(js.executeScript("return window.datelineMarker;")).isEqualTo("not reloaded");
    }

    /** The stream is open: from now on a stylesheet edit is swapped, not caught up with by a reload. */
    private void waitUntilConnected() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("script[data-state=open]")));
    }
}
