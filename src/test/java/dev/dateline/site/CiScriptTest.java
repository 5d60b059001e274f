package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.dateline.workflow.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What CI runs is what README.md tells a newcomer to run, after installing what README.md lists. */
class CiScriptTest {
    private static final Path SCRIPT = Path.of(".ci/run");

    @Test
    void theLastCommandIsTheReadmesTestCommand() throws IOException {
        List<String> commands = Files.readAllLines(SCRIPT).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(commands.get(commands.size() - 1)).isEqualTo(Workflow.readmeTestCommand());
    }

    @Test
    void installsTheBrowserAndNodeThatTheReadmeListsAndNothingByHand() throws IOException {
        String script = Files.readString(SCRIPT);
        assertThat(script).contains("chromium", "chromium-driver", "npm")
                .as("the test command installs the npm packages itself").doesNotContain("npm ci");
    }
}
