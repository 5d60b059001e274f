package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The GitHub Pages workflow has the shape the official Actions route needs. */
class PagesWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");

    private static JsonNode workflow;
    private static List<JsonNode> build;

    @BeforeAll
    static void parse() throws IOException {
        workflow = new YAMLMapper().readTree(Files.readString(WORKFLOW));
        build = steps(workflow.path("jobs").path("build"));
    }

    @Test
    void runsOnPushesToMainAndByHand() {
        JsonNode on = workflow.path("on");
        assertThat(on.path("push").path("branches").toString()).isEqualTo("[\"main\"]");
        assertThat(on.has("workflow_dispatch")).isTrue();
    }

    @Test
    void hasThePermissionsAndTheConcurrencyGroupOfPages() {
        assertThat(workflow.path("permissions").properties()).extracting(e -> e.getKey() + ": " + e.getValue().asString())
                .containsExactlyInAnyOrder("contents: read", "pages: write", "id-token: write");
        assertThat(workflow.path("concurrency").path("group").asString()).isEqualTo("pages");
    }

    @Test
    void testsThenBuildsWithTheBaseUrlOfPagesThenUploadsTheSite() throws IOException {
        int checkout = index(uses("actions/checkout@v"));
        assertThat(major(build.get(checkout))).isGreaterThanOrEqualTo(4);

        int java = index(uses("actions/setup-java@v5"));
        JsonNode with = build.get(java).path("with");
        assertThat(with.path("java-version").asString()).isEqualTo("17");
        assertThat(with.path("cache").asString()).isEqualTo("maven");
        assertThat(with.path("distribution").asString()).isNotBlank();

        int npm = index(runs("npm ci --prefix src/test/timelinejs"));
        int test = index(runs(readmeTestCommand()));
        int pages = index(uses("actions/configure-pages@v6"));
        assertThat(build.get(pages).path("id").asString()).isEqualTo("pages");
        int site = index(runs("./dateline build --base-url \"${{ steps.pages.outputs.base_url }}/\""));
        int upload = index(uses("actions/upload-pages-artifact@v5"));
        assertThat(build.get(upload).path("with").path("path").asString()).isEqualTo("site");

        assertThat(List.of(checkout, java, npm, test, pages, site, upload)).isSorted();
    }

    @Test
    void deploysTheUploadedSiteToTheGithubPagesEnvironment() {
        JsonNode deploy = workflow.path("jobs").path("deploy");
        assertThat(deploy.path("needs").asString()).isEqualTo("build");
        assertThat(deploy.path("environment").path("name").asString()).isEqualTo("github-pages");
        assertThat(deploy.path("environment").path("url").asString()).isEqualTo("${{ steps.deployment.outputs.page_url }}");
        List<JsonNode> steps = steps(deploy);
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).path("uses").asString()).isEqualTo("actions/deploy-pages@v5");
        assertThat(steps.get(0).path("id").asString()).isEqualTo("deployment");
    }

    /** The command README.md gives for running the tests. */
    static String readmeTestCommand() throws IOException {
        return Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.contains("# runs all the tests"))
                .map(line -> line.substring(0, line.indexOf('#')).strip())
                .findFirst().orElseThrow(() -> new AssertionError("README.md names no test command"));
    }

    private static int index(Predicate<JsonNode> step) {
        return IntStream.range(0, build.size()).filter(i -> step.test(build.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError("no such step in " + WORKFLOW + ": " + step));
    }

    private static Predicate<JsonNode> uses(String prefix) {
        return named("uses " + prefix, s -> s.path("uses").asString("").startsWith(prefix));
    }

    private static Predicate<JsonNode> runs(String command) {
        return named("run " + command, s -> s.path("run").asString("").strip().equals(command));
    }

    private static Predicate<JsonNode> named(String name, Predicate<JsonNode> test) {
        return new Predicate<>() {
            @Override
            public boolean test(JsonNode step) {
                return test.test(step);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private static int major(JsonNode step) {
        String uses = step.path("uses").asString();
        return Integer.parseInt(uses.substring(uses.indexOf("@v") + 2));
    }

    private static List<JsonNode> steps(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false).toList();
    }
}
