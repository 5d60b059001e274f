package dev.dateline.interop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's chromium (or, on a GitHub runner, its Chrome) headless through a local
 * chromedriver, never Selenium Manager, with the browser and performance logs switched on.
 * Every host name but 127.0.0.1 fails to resolve, so nothing can reach the network.
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(find("DATELINE_CHROME", "/usr/bin/chromium", "/usr/bin/google-chrome"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile.toAbsolutePath());
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL", "performance", "ALL"));
        String githubDriver = Optional.ofNullable(System.getenv("CHROMEWEBDRIVER")).map(d -> d + "/chromedriver").orElse("");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(find("DATELINE_CHROMEDRIVER", "/usr/bin/chromedriver", githubDriver)))
                .build();
        return new ChromeDriver(service, options);
    }

    private static String find(String variable, String... candidates) {
        return Stream.concat(Optional.ofNullable(System.getenv(variable)).stream(), List.of(candidates).stream())
                .filter(p -> !p.isEmpty() && Files.isExecutable(Path.of(p)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + String.join(" or ", candidates)
                        + ": install chromium and chromium-driver (.ci/run does), or set " + variable));
    }
}
