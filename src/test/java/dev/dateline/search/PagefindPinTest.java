package dev.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every npm package that installs Pagefind for Dateline pins the one version Dateline runs: the new
 * site's (src/main/resources) and the tests' (src/test/pagefind), each with its package-lock.json.
 */
class PagefindPinTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theStarterAndTheTestsPinPagefindAsDatelineRunsIt() throws IOException {
        for (Path folder : List.of(Path.of("src/main/resources/dev/dateline/starter"), Path.of("src/test/pagefind"))) {
            JsonNode manifest = JSON.readTree(Files.readString(folder.resolve("package.json")));
            assertThat(manifest.path("dependencies").path("pagefind").asString()).as(folder.toString()).isEqualTo(Pagefind.VERSION);
            JsonNode lock = JSON.readTree(Files.readString(folder.resolve("package-lock.json")));
            assertThat(lock.path("packages").path("node_modules/pagefind").path("version").asString()).as(folder.toString())
                    .isEqualTo(Pagefind.VERSION);
            assertThat(lock.path("packages").path("node_modules/@pagefind/linux-x64").path("version").asString())
                    .as(folder.toString()).isEqualTo(Pagefind.VERSION);
        }
    }
}
