package dev.dateline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A browser and the chromedriver made for it. Only matched pairs are taken: GitHub's Ubuntu
 * runners have a Chromium snapshot at /usr/bin/chromium beside the driver of their Chrome,
 * which do not always work together.
 *
 * @param browser the Chromium or Chrome executable
 * @param driver  its chromedriver
 */
public record BrowserInstallation(String browser, String driver) {
    /** Paths given by the user (or by a CI workflow's setup step); they win over everything else. */
    public static final String BROWSER_VARIABLE = "DATELINE_BROWSER";
    public static final String DRIVER_VARIABLE = "DATELINE_BROWSER_DRIVER";

    /**
     * The first pair that is installed: the paths in {@value #BROWSER_VARIABLE} and
     * {@value #DRIVER_VARIABLE}; Chrome with its driver on a GitHub runner ({@code CHROME_BIN},
     * {@code CHROMEWEBDRIVER}); Debian's chromium and chromium-driver.
     *
     * @throws IllegalStateException naming what to install, when there is none
     */
    public static BrowserInstallation find(Map<String, String> environment, Predicate<String> executable) {
        List<BrowserInstallation> candidates = new ArrayList<>();
        Optional.ofNullable(environment.get(BROWSER_VARIABLE))
                .ifPresent(browser -> candidates.add(new BrowserInstallation(browser,
                        environment.getOrDefault(DRIVER_VARIABLE, ""))));
        Optional.ofNullable(environment.get("CHROME_BIN"))
                .flatMap(chrome -> Optional.ofNullable(environment.get("CHROMEWEBDRIVER"))
                        .map(folder -> new BrowserInstallation(chrome, folder + "/chromedriver")))
                .ifPresent(candidates::add);
        candidates.add(new BrowserInstallation("/usr/bin/chromium", "/usr/bin/chromedriver"));
        if (environment.containsKey(BROWSER_VARIABLE) && !candidates.get(0).installed(executable)) {
            throw new IllegalStateException(BROWSER_VARIABLE + "=" + candidates.get(0).browser() + " and "
                    + DRIVER_VARIABLE + "=" + candidates.get(0).driver() + " must both name executables");
        }
        return candidates.stream().filter(c -> c.installed(executable)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the browser tests need Chromium and its chromedriver:"
                        + " on Debian or Ubuntu `apt-get install chromium chromium-driver`, or set "
                        + BROWSER_VARIABLE + " and " + DRIVER_VARIABLE + " to a Chrome and its chromedriver"));
    }

    private boolean installed(Predicate<String> executable) {
        return !browser.isEmpty() && !driver.isEmpty() && executable.test(browser) && executable.test(driver);
    }
}
