package dev.dateline.workflow;

import static dev.dateline.workflow.Workflow.runs;
import static dev.dateline.workflow.Workflow.uses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * The workflows that run the tests give them a browser they can rely on: Chrome and the chromedriver
 * of its version from browser-actions/setup-chrome, whose paths the browser tests read from
 * DATELINE_BROWSER and DATELINE_BROWSER_DRIVER. The README's test command installs the tests' npm
 * packages itself, so no step does.
 */
class TestingWorkflowsTest {
    @ParameterizedTest
    @CsvSource({"ci.yml, test", "pages.yml, build", "release.yml, release"})
    void theTestsGetChromeAndItsChromedriverFromSetupChrome(String file, String job) {
        Workflow workflow = Workflow.read(Path.of(".github/workflows", file));
        int chrome = workflow.index(job, uses("browser-actions/setup-chrome@v2"));
        JsonNode setup = workflow.steps(job).get(chrome);
        assertThat(setup.path("with").path("install-chromedriver").asBoolean()).isTrue();
        String id = setup.path("id").asString();
        assertThat(id).isNotBlank();

        int test = workflow.index(job, runs(Workflow.readmeTestCommand()));
        assertThat(chrome).isLessThan(test);
        JsonNode env = workflow.steps(job).get(test).path("env");
        assertThat(env.path("DATELINE_BROWSER").asString()).isEqualTo("${{ steps." + id + ".outputs.chrome-path }}");
        assertThat(env.path("DATELINE_BROWSER_DRIVER").asString()).isEqualTo("${{ steps." + id + ".outputs.chromedriver-path }}");

        assertThat(workflow.steps(job)).noneSatisfy(step -> assertThat(step.path("run").asString("")).contains("npm"));
    }
}
