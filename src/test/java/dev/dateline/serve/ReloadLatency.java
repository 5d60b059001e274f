package dev.dateline.serve;

import dev.dateline.HeadlessChromium;
import dev.dateline.Trees;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures how long an editor waits: from saving an event file (written beside it, then renamed
 * over it, as editors save) to the timeline page in headless Chromium showing the new title.
 * The page's display time is the reloaded document's first contentful paint, read from the
 * browser's own clock, which is the same wall clock as this process's. Run by
 * {@code bench/reload-latency.sh}.
 */
public final class ReloadLatency {
    private static final String EVENT = "g20-cyber-unit/events/trump-cyber-unit-tweet.md";
    private static final By EVENT_TITLE = By.cssSelector("#title-trump-cyber-unit-tweet a");

    private ReloadLatency() {
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path work = Files.createTempDirectory("dateline-reload-latency-");
        Path content = work.resolve("content");
        Trees.copy(Path.of("content"), content);
        Trees.copy(Path.of("templates"), work.resolve("templates"));
        BlockingQueue<Preview.Build> builds = new LinkedBlockingQueue<>();
        try (Preview preview = Preview.start(new Preview.Settings(content, work.resolve("templates"),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BasePath.ROOT), builds::add);
             HeadlessChromium chromium = HeadlessChromium.start()) {
            builds.clear();
            ChromeDriver browser = chromium.driver();
            // the page is replaced while the wait polls it: a script that meets an unloading page just polls again
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15), Duration.ofMillis(5));
            wait.ignoring(WebDriverException.class);
            browser.get(preview.url().toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("script[data-state=open]")));
            String text = Files.readString(content.resolve(EVENT));
            String title = browser.findElement(EVENT_TITLE).getText();

            List<Double> shown = new ArrayList<>();
            List<Long> rebuilt = new ArrayList<>();
            System.out.printf("%d edits of %s, page %s%n", edits, EVENT, preview.url());
            for (int i = 1; i <= edits; i++) {
                String next = "Målt endring nummer " + i;
                String edited = text.replace("title: " + title, "title: " + next);
                Instant saved = Instant.now();
                Trees.saveAtomically(content.resolve(EVENT), edited);
                wait.until(driver -> next.equals(((JavascriptExecutor) driver).executeScript(
                        "const title = document.querySelector('#title-trump-cyber-unit-tweet a');"
                                + "return title && title.textContent;")));
                double observed = millisSince(saved, Instant.now());
                double painted = paintedAt(browser) - (saved.getEpochSecond() * 1000.0 + saved.getNano() / 1e6);
                Preview.Build build = builds.poll(10, TimeUnit.SECONDS);
                long rebuild = build == null ? -1 : build.took().toMillis();
                shown.add(painted);
                rebuilt.add(rebuild);
                System.out.printf(Locale.ROOT, "edit %2d: saved -> page shows it %6.1f ms (rebuild %3d ms; seen by polling after %6.1f ms)%n",
                        i, painted, rebuild, observed);
                Thread.sleep(300);
            }
            System.out.printf(Locale.ROOT, "all (ms): %s%n", shown.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
            System.out.printf(Locale.ROOT, "median save -> reloaded page showing the change: %.1f ms (min %.1f, max %.1f); "
                            + "median rebuild %.1f ms%n",
                    median(shown), shown.stream().mapToDouble(d -> d).min().orElse(0),
                    shown.stream().mapToDouble(d -> d).max().orElse(0),
                    median(rebuilt.stream().map(Long::doubleValue).toList()));
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** When the current document first painted content, in epoch milliseconds by the browser's clock. */
    private static double paintedAt(ChromeDriver browser) {
        Object at = ((JavascriptExecutor) browser).executeScript(
                "const paint = performance.getEntriesByName('first-contentful-paint')[0];"
                        + "const nav = performance.getEntriesByType('navigation')[0];"
                        + "return performance.timeOrigin + (paint ? paint.startTime : nav.domContentLoadedEventEnd);");
        return ((Number) at).doubleValue();
    }

    private static double millisSince(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
