package dev.dateline.workflow;

import static dev.dateline.workflow.Workflow.runs;
import static dev.dateline.workflow.Workflow.uses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The release workflow: on a version tag, it tests, makes the release files with the script
 * {@link ReleaseTest} runs, publishes them on the tag's release, then builds a site with them as a
 * site's workflow would.
 */
class ReleaseWorkflowTest {
    private static final Workflow RELEASE = Workflow.read(Path.of(".github/workflows/release.yml"));
    private static final String PACKAGE = ".github/release/package.sh \"${GITHUB_REF_NAME#v}\" \"$GITHUB_REPOSITORY\" release";

    @Test
    void runsOnVersionTagsAndMayWriteTheRelease() {
        assertThat(RELEASE.root().path("on").path("push").path("tags").toString()).isEqualTo("[\"v*\"]");
        assertThat(RELEASE.root().path("on").path("push").has("branches")).isFalse();
        assertThat(RELEASE.root().path("permissions").toString()).isEqualTo("{\"contents\":\"write\"}");
    }

    @Test
    void testsThenPackagesThenPublishesTheJarAndItsChecksum() {
        int test = RELEASE.index("release", runs(Workflow.readmeTestCommand()));
        int packaged = RELEASE.index("release", runs(PACKAGE));
        assertThat(Path.of(".github/release/package.sh")).isExecutable();
        JsonNode publish = RELEASE.step("release", step -> step.path("run").asString("").startsWith("gh release create"));
        assertThat(publish.path("run").asString()).startsWith(
                "gh release create \"$GITHUB_REF_NAME\" release/dateline.jar release/dateline.jar.sha256 --verify-tag");
        assertThat(publish.path("env").path("GH_TOKEN").asString()).isEqualTo("${{ github.token }}");
        assertThat(List.of(test, packaged, RELEASE.index("release", step -> step == publish))).isSorted();
    }

    @Test
    void thenBuildsASiteWithThePublishedReleaseThroughTheAction() {
        JsonNode check = RELEASE.job("check");
        assertThat(check.path("needs").asString()).isEqualTo("release");
        assertThat(check.path("permissions").toString()).isEqualTo("{\"contents\":\"read\"}");
        JsonNode build = RELEASE.step("check", uses("./")).path("with");
        assertThat(build.path("version").asString()).isEqualTo("${{ github.ref_name }}");
        assertThat(build.path("repository").asString()).isEqualTo("${{ github.repository }}");
        assertThat(build.has("jar")).isFalse();
    }
}
