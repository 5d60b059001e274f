package dev.dateline.site;

import dev.dateline.HeadlessChromium;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import tools.jackson.databind.ObjectMapper;

/**
 * A headless Chromium (see {@link HeadlessChromium}) with what the tests read from it: its
 * console errors, the requests pages made, the colour scheme it reports to pages.
 */
final class Browser implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeadlessChromium chromium;
    private final ChromeDriver driver;

    private Browser(HeadlessChromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    static Browser start(boolean javascript) {
        return new Browser(HeadlessChromium.start(javascript));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Switches the page between the light and the dark colour scheme, as the reader's system setting would. */
    void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The console's errors since the last call: failed loads, script errors, CSP reports. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /**
     * Every URL that pages from {@code origin} requested since the last call, the pages
     * themselves included, wherever the requests went; the browser's own pages are left out.
     */
    List<String> requestsFrom(String origin) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(e -> JSON.readTree(e.getMessage()).path("message"))
                .filter(m -> m.path("method").asString("").equals("Network.requestWillBeSent"))
                .map(m -> m.path("params"))
                .filter(p -> p.path("documentURL").asString("").startsWith(origin))
                .map(p -> p.path("request").path("url").asString(""))
                .toList();
    }

    @Override
    public void close() {
        chromium.close();
    }
}
