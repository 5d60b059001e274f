package dev.dateline.bench;

import com.sun.net.httpserver.HttpExchange;
import dev.dateline.HeadlessChromium;
import dev.dateline.LoopbackServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader's browser loads for the search of a built site with a long timeline: the home page
 * with everything it loads (as the Resource Timing API reports it), then, for the first query of each
 * word given (each in a fresh browser, so nothing of the index is cached yet), the files of
 * {@code pagefind/} that the server sent for it, Pagefind's worker's included, and their bytes. Serves
 * the site over loopback HTTP compressing what GitHub Pages compresses, its text files (HTML, CSS,
 * scripts, JSON), with gzip; Pagefind's index and WebAssembly files are compressed already.
 *
 *   java ... dev.dateline.bench.SearchWeight SITE_DIR WORD...
 */
public final class SearchWeight {
    private static final String SUM = "const e = performance.getEntriesByType('resource').filter(r => r.name.includes(arguments[0]));"
            + " const n = performance.getEntriesByType('navigation')[0];"
            + " return [e.length, e.reduce((s, r) => s + r.transferSize, 0), e.reduce((s, r) => s + r.decodedBodySize, 0),"
            + " n.transferSize, n.decodedBodySize]";

    private SearchWeight() {
    }

    private static final List<String> SENT = new CopyOnWriteArrayList<>();
    private static final AtomicLong BYTES = new AtomicLong();

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        try (LoopbackServer server = new LoopbackServer(exchange -> serve(site, exchange))) {
            String home = server.origin() + "/index.html";
            try (HeadlessChromium chromium = HeadlessChromium.start()) {
                chromium.driver().get(home);
                List<?> page = (List<?>) chromium.driver().executeScript(SUM, server.origin());
                System.out.printf("home page: %,d bytes decoded with the %d files it loads (%,d transferred)%n",
                        number(page.get(4)) + number(page.get(2)), number(page.get(0)), number(page.get(3)) + number(page.get(1)));
            }
            for (int i = 1; i < args.length; i++) {
                try (HeadlessChromium chromium = HeadlessChromium.start()) {
                    query(chromium.driver(), home, args[i]);
                }
            }
        }
    }

    private static void query(ChromeDriver browser, String home, String word) {
        browser.get(home);
        SENT.clear();
        BYTES.set(0);
        {
            {
                WebElement input = browser.findElement(By.cssSelector("form.site-search input[type=search]"));
                input.sendKeys(word);
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> {
                    String status = d.findElement(By.cssSelector(".search-status")).getText();
                    return !status.isEmpty() && !status.endsWith("…") ? status : null;
                });
                String status = browser.findElement(By.cssSelector(".search-status")).getText();
                System.out.printf("first query \"%s\" (%s): %d files of pagefind/ sent, %,d bytes: %s%n",
                        word, status, SENT.size(), BYTES.get(), String.join(" ", SENT));
            }
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json");

    private static void serve(Path site, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
        boolean found = file.startsWith(site) && Files.isRegularFile(file);
        byte[] body = found ? Files.readAllBytes(file) : new byte[0];
        String name = file.getFileName().toString();
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
        exchange.getResponseHeaders().set("Content-Type", type == null ? "application/octet-stream" : type);
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        if (found && type != null && accepted != null && accepted.contains("gzip")) {
            ByteArrayOutputStream zipped = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
                gzip.write(body);
            }
            body = zipped.toByteArray();
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        if (path.startsWith("pagefind/")) {
            SENT.add(path.substring("pagefind/".length()) + "=" + body.length);
            BYTES.addAndGet(body.length);
        }
        exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
