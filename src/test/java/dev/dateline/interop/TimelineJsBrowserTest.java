package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.dateline.Dateline;
import dev.dateline.HeadlessChromium;
import dev.dateline.model.Event;
import dev.dateline.model.Timeline;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real thing: the G20 timeline.json loaded into TimelineJS 3.9.11 (installed from npm by
 * {@code npm ci} in src/test/timelinejs, which {@code mvn verify} runs), self-hosted on 127.0.0.1, in headless Chromium.
 */
class TimelineJsBrowserTest {
    private static final Path TIMELINEJS = Path.of("src/test/timelinejs/node_modules/@knight-lab/timelinejs/dist");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="nb">
            <head>
              <meta charset="utf-8">
              <title>TimelineJS</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="/timelinejs/css/timeline.css">
              <script src="/timelinejs/js/timeline.js"></script>
            </head>
            <body>
              <div id="timeline-embed" style="width: 100%; height: 700px"></div>
              <script>
                window.timelineLoaded = false;
                window.timeline = new TL.Timeline('timeline-embed', '/data/timeline.json', {
                  script_path: location.origin + '/timelinejs/js/',
                  font: false,
                  language: 'nb'
                });
                window.timeline.on('loaded', function () { window.timelineLoaded = true; });
              </script>
            </body>
            </html>
            """;

    private HttpServer server;
    /** The data TimelineJS loads: the G20 export unless a test serves another. */
    private volatile byte[] json;
    @org.junit.jupiter.api.io.TempDir
    Path temp;
    private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
    private HeadlessChromium chromium;
    private ChromeDriver browser;

    @BeforeEach
    void serve() throws IOException {
        assertThat(TIMELINEJS.resolve("js/timeline.js"))
                .as("TimelineJS is installed (mvn verify runs `npm ci` in src/test/timelinejs)")
                .exists();
        SiteOutput site = new Dateline(Path.of("templates")).build(Path.of("content"), Optional.empty()).output().orElseThrow();
        json = site.files().get("g20-cyber-unit/timeline.json");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.add(path);
            if (path.equals("/index.html")) {
                send(exchange, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/data/timeline.json")) {
                send(exchange, 200, "application/json", json);
            } else if (path.startsWith("/timelinejs/")) {
                Path file = TIMELINEJS.resolve(path.substring("/timelinejs/".length())).normalize();
                if (file.startsWith(TIMELINEJS) && Files.isRegularFile(file)) {
                    send(exchange, 200, contentType(file), Files.readAllBytes(file));
                } else {
                    send(exchange, 404, "text/plain", new byte[0]);
                }
            } else {
                send(exchange, 404, "text/plain", new byte[0]);
            }
        });
        server.start();
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterEach
    void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    @Test
    void everyEventBecomesASlideWithoutErrorsAndWithoutLeavingTheMachine() {
        String origin = "http://127.0.0.1:" + server.getAddress().getPort();
        browser.get(origin + "/index.html");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(browser.executeScript("return window.timelineLoaded")));

        assertThat(browser.findElements(By.cssSelector(".tl-storyslider .tl-slide"))).hasSize(1 + 6);
        assertThat(browser.findElements(By.cssSelector(".tl-slide-titleslide"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".tl-slide-titleslide .tl-headline")).getAttribute("textContent"))
                .isEqualTo("Trump, Putin og enheten for IT-sikkerhet");
        assertThat(browser.findElements(By.cssSelector(".tl-timemarker"))).hasSize(6);
        assertThat(browser.executeScript("return window.timeline.config.events.map(e => e.unique_id)"))
                .isEqualTo(List.of("trump-putin-meeting", "putin-working-group", "trump-cyber-unit-tweet",
                        "rubio-assad-comparison", "trump-cant-happen-tweet", "white-house-no-details"));
        Timeline g20 = new Dateline(Path.of("templates")).check(Path.of("content")).site().orElseThrow().home();
        for (Event event : g20.events()) {
            if (event.quotes().isEmpty()) {
                continue;
            }
            browser.executeScript("window.timeline.goToId(arguments[0])", event.id());
            By quote = By.cssSelector("[id='" + event.id() + "'] .tl-media-blockquote blockquote[lang=en]");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(quote).isEmpty());
            assertThat(browser.findElement(quote).getAttribute("textContent")).as(event.id())
                    .isEqualTo(event.quotes().get(0).text());
        }

        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .as("console errors and warnings").isEmpty();
        assertThat(requestedUrls()).as("every network request of the browser")
                .filteredOn(url -> !url.startsWith("chrome:") && !url.startsWith("data:") && !url.startsWith("blob:"))
                .isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        assertThat(requests).contains("/data/timeline.json", "/timelinejs/js/timeline.js", "/timelinejs/js/locale/nb.json");
    }

    @Test
    void theCosmologicalExportLoadsOnTheCosmologicalScale() throws IOException {
        json = ImportFixture.of("cosmos.json", "cosmos", temp).site().files().get("cosmos/timeline.json");
        browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(browser.executeScript("return window.timelineLoaded")));

        assertThat(browser.executeScript("return window.timeline.config.scale")).isEqualTo("cosmological");
        assertThat(browser.findElements(By.cssSelector(".tl-storyslider .tl-slide"))).hasSize(1 + 7);
        assertThat(browser.findElements(By.cssSelector(".tl-timemarker"))).hasSize(7);
        assertThat(browser.executeScript("return window.timeline.config.events.map(e => e.start_date.data.date_obj.year)"))
                .isEqualTo(List.of(-13_800_000_000L, -4_500_000_000L, -541_000_000L, -65_000_000L, -200_000L, -3500L, 1969L));
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).filteredOn(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .as("console errors and warnings").isEmpty();
    }

    /** The URLs of every request Chromium made, from its DevTools network events. */
    private List<String> requestedUrls() {
        JsonMapper json = JsonMapper.builder().build();
        return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> json.readTree(entry.getMessage()).path("message"))
                .filter(message -> message.path("method").asString().equals("Network.requestWillBeSent"))
                .map(message -> message.path("params").path("request").path("url").asString())
                .toList();
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String contentType(Path file) {
        Map<String, String> types = Map.of("js", "text/javascript", "css", "text/css", "json", "application/json",
                "svg", "image/svg+xml", "woff", "font/woff", "woff2", "font/woff2");
        String name = file.getFileName().toString();
        return types.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }
}
