package dev.dateline.site;

import static dev.dateline.workflow.Workflow.runs;
import static dev.dateline.workflow.Workflow.uses;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.workflow.Workflow;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The GitHub Pages workflow has the shape the official Actions route needs. */
class PagesWorkflowTest {
    private static final Workflow PAGES = Workflow.read(Path.of(".github/workflows/pages.yml"));
    private static final JsonNode WORKFLOW = PAGES.root();

    @Test
    void runsOnPushesToMainAndByHand() {
        JsonNode on = WORKFLOW.path("on");
        assertThat(on.path("push").path("branches").toString()).isEqualTo("[\"main\"]");
        assertThat(on.has("workflow_dispatch")).isTrue();
    }

    @Test
    void hasThePermissionsAndTheConcurrencyGroupOfPages() {
        assertThat(WORKFLOW.path("permissions").properties()).extracting(e -> e.getKey() + ": " + e.getValue().asString())
                .containsExactlyInAnyOrder("contents: read", "pages: write", "id-token: write");
        assertThat(WORKFLOW.path("concurrency").path("group").asString()).isEqualTo("pages");
    }

    @Test
    void testsThenBuildsWithTheBaseUrlOfPagesThenUploadsTheSite() {
        int checkout = PAGES.index("build", uses("actions/checkout@v"));
        assertThat(Workflow.major(PAGES.steps("build").get(checkout))).isGreaterThanOrEqualTo(4);

        int java = PAGES.index("build", uses("actions/setup-java@v5"));
        JsonNode with = PAGES.steps("build").get(java).path("with");
        assertThat(with.path("java-version").asString()).isEqualTo("17");
        assertThat(with.path("cache").asString()).isEqualTo("maven");
        assertThat(with.path("distribution").asString()).isNotBlank();

        int test = PAGES.index("build", runs(Workflow.readmeTestCommand()));
        int pages = PAGES.index("build", uses("actions/configure-pages@v6"));
        assertThat(PAGES.steps("build").get(pages).path("id").asString()).isEqualTo("pages");
        // the Dateline action of this commit, on the jar the test command built
        int site = PAGES.index("build", uses("./"));
        JsonNode build = PAGES.steps("build").get(site).path("with");
        assertThat(build.path("base-url").asString()).isEqualTo("${{ steps.pages.outputs.base_url }}/");
        assertThat(build.path("jar").asString()).isEqualTo("target/dateline.jar");
        assertThat(build.path("output").asString()).isEqualTo("site");
        int upload = PAGES.index("build", uses("actions/upload-pages-artifact@v5"));
        assertThat(PAGES.steps("build").get(upload).path("with").path("path").asString()).isEqualTo("site");

        assertThat(List.of(checkout, java, test, pages, site, upload)).isSorted();
    }

    @Test
    void deploysTheUploadedSiteToTheGithubPagesEnvironment() {
        JsonNode deploy = PAGES.job("deploy");
        assertThat(deploy.path("needs").asString()).isEqualTo("build");
        assertThat(deploy.path("environment").path("name").asString()).isEqualTo("github-pages");
        assertThat(deploy.path("environment").path("url").asString()).isEqualTo("${{ steps.deployment.outputs.page_url }}");
        List<JsonNode> steps = PAGES.steps("deploy");
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).path("uses").asString()).isEqualTo("actions/deploy-pages@v5");
        assertThat(steps.get(0).path("id").asString()).isEqualTo("deployment");
    }
}
