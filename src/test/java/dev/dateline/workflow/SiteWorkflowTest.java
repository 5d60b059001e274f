package dev.dateline.workflow;

import static dev.dateline.workflow.Workflow.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.starter.Release;
import dev.dateline.starter.StarterSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The Pages workflow that {@code dateline new site} writes, beside this repository's own. */
class SiteWorkflowTest {
    private static final Release RELEASE = new Release("newsroom/dateline", "0.2.0");

    @TempDir
    static Path temp;
    private static Path site;
    private static Workflow generated;
    private static final Workflow OURS = Workflow.read(Path.of(".github/workflows/pages.yml"));

    @BeforeAll
    static void newSite() {
        site = temp.resolve("my-timelines");
        new StarterSite().write(site, RELEASE, Optional.of(Path.of("templates")));
        generated = Workflow.read(site.resolve(".github/workflows/pages.yml"));
    }

    @Test
    void runsOnPushesToMainAndByHandWithThePermissionsAndConcurrencyOfPages() {
        for (String part : List.of("on", "permissions", "concurrency")) {
            assertThat(generated.root().path(part)).as(part).isEqualTo(OURS.root().path(part));
        }
        assertThat(generated.root().path("permissions").properties()).extracting(e -> e.getKey() + ": " + e.getValue().asString())
                .containsExactlyInAnyOrder("contents: read", "pages: write", "id-token: write");
        assertThat(generated.root().path("concurrency").path("group").asString()).isEqualTo("pages");
    }

    @Test
    void usesTheSameActionsAsThisRepositorysPagesWorkflow() {
        for (String action : List.of("actions/checkout@", "actions/configure-pages@", "actions/upload-pages-artifact@")) {
            assertThat(generated.step("build", uses(action)).path("uses"))
                    .isEqualTo(OURS.step("build", uses(action)).path("uses"));
        }
        assertThat(generated.job("deploy")).isEqualTo(OURS.job("deploy"));
    }

    @Test
    void buildsWithThePinnedDatelineAndTheAddressOfPagesThenUploadsWhatItBuilt() {
        int checkout = generated.index("build", uses("actions/checkout@"));
        int pages = generated.index("build", uses("actions/configure-pages@v6"));
        assertThat(generated.steps("build").get(pages).path("id").asString()).isEqualTo("pages");
        int build = generated.index("build", uses(RELEASE + ""));
        int upload = generated.index("build", uses("actions/upload-pages-artifact@v5"));
        assertThat(List.of(checkout, pages, build, upload)).isSorted();

        JsonNode with = generated.steps("build").get(build).path("with");
        assertThat(with.path("base-url").asString()).isEqualTo("${{ steps.pages.outputs.base_url }}/");
        assertThat(with.path("output").asString()).isEqualTo(generated.steps("build").get(upload).path("with").path("path").asString())
                .isEqualTo("site");
        assertThat(with.path("content").asString()).isEqualTo("content");
        assertThat(with.path("templates").asString()).isEqualTo("templates");
        JsonNode inputs = Workflow.read(Path.of("action.yml")).root().path("inputs");
        with.properties().forEach(input -> assertThat(inputs.has(input.getKey())).as(input.getKey()).isTrue());
    }

    @Test
    void namesNoRepositoryButDatelinesAndRunsNoTestsOfDateline() throws IOException {
        String text = Files.readString(site.resolve(".github/workflows/pages.yml"));
        assertThat(text.replace("uses: " + RELEASE + "\n", "")).doesNotContain("newsroom", "github.io");
        for (String job : List.of("build", "deploy")) {
            assertThat(generated.steps(job)).allSatisfy(step -> assertThat(step.has("run")).as(step.toString()).isFalse());
        }
    }

    @Test
    void theDatelineScriptRunsTheReleaseTheWorkflowUses() throws IOException {
        List<String> script = Files.readAllLines(site.resolve("dateline"));
        String repository = script.stream().filter(l -> l.startsWith("repository=")).findFirst().orElseThrow().substring(11);
        String version = script.stream().filter(l -> l.startsWith("version=")).findFirst().orElseThrow().substring(8);
        assertThat(repository + "@v" + version).isEqualTo(generated.step("build", uses(RELEASE.repository() + "@")).path("uses").asString());
    }
}
