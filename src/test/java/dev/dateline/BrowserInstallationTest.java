package dev.dateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which browser the tests start, on Debian, on GitHub's runner and where the user says. */
class BrowserInstallationTest {
    private static final Set<String> DEBIAN = Set.of("/usr/bin/chromium", "/usr/bin/chromedriver");
    private static final Map<String, String> GITHUB_RUNNER = Map.of(
            "CHROME_BIN", "/usr/bin/google-chrome",
            "CHROMEWEBDRIVER", "/usr/local/share/chromedriver-linux64");
    /** A runner has a Chromium snapshot and Chrome's driver at the Debian paths too. */
    private static final Set<String> RUNNER_FILES = Set.of("/usr/bin/chromium", "/usr/bin/chromedriver",
            "/usr/bin/google-chrome", "/usr/local/share/chromedriver-linux64/chromedriver");

    @Test
    void debiansChromiumAndDriver() {
        assertThat(BrowserInstallation.find(Map.of(), DEBIAN::contains))
                .isEqualTo(new BrowserInstallation("/usr/bin/chromium", "/usr/bin/chromedriver"));
    }

    @Test
    void onAGitHubRunnerChromeWithItsOwnDriverNotTheChromiumSnapshot() {
        assertThat(BrowserInstallation.find(GITHUB_RUNNER, RUNNER_FILES::contains)).isEqualTo(new BrowserInstallation(
                "/usr/bin/google-chrome", "/usr/local/share/chromedriver-linux64/chromedriver"));
    }

    @Test
    void pathsInTheEnvironmentWinOverEverythingElse() {
        Map<String, String> environment = Map.of("DATELINE_BROWSER", "/opt/chrome/chrome",
                "DATELINE_BROWSER_DRIVER", "/opt/chrome/chromedriver",
                "CHROME_BIN", "/usr/bin/google-chrome", "CHROMEWEBDRIVER", "/usr/local/share/chromedriver-linux64");
        Set<String> files = Set.of("/opt/chrome/chrome", "/opt/chrome/chromedriver", "/usr/bin/google-chrome",
                "/usr/local/share/chromedriver-linux64/chromedriver", "/usr/bin/chromium", "/usr/bin/chromedriver");
        assertThat(BrowserInstallation.find(environment, files::contains))
                .isEqualTo(new BrowserInstallation("/opt/chrome/chrome", "/opt/chrome/chromedriver"));
    }

    @Test
    void pathsInTheEnvironmentThatDoNotExistAreAnErrorNotSilentlyReplaced() {
        Map<String, String> environment = Map.of("DATELINE_BROWSER", "/opt/chrome/chrome");
        assertThatThrownBy(() -> BrowserInstallation.find(environment, DEBIAN::contains))
                .hasMessageContaining("DATELINE_BROWSER=/opt/chrome/chrome")
                .hasMessageContaining("DATELINE_BROWSER_DRIVER");
    }

    @Test
    void noBrowserSaysWhatToInstall() {
        assertThatThrownBy(() -> BrowserInstallation.find(Map.of(), path -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("DATELINE_BROWSER");
    }

    @Test
    void aBrowserWithoutItsDriverIsNotTaken() {
        assertThatThrownBy(() -> BrowserInstallation.find(Map.of(), "/usr/bin/chromium"::equals))
                .hasMessageContaining("chromium-driver");
    }
}
