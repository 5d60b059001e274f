package dev.dateline.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Runs a workflow step that uses the Dateline action (this repository's {@code action.yml}) the way
 * GitHub's runner runs a composite action. The step's {@code with:} values, with the workflow's
 * expressions in them filled in, become the action's inputs (only those it declares; the defaults for
 * the rest). Each {@code run:} step of the action runs as {@code bash --noprofile --norc -eo pipefail}
 * in the workspace, with its {@code env:} filled in and a {@code GITHUB_OUTPUT} file whose
 * {@code name=value} lines become {@code steps.<id>.outputs.<name>}. {@code github.action_repository}
 * and {@code github.action_ref} come from the step's {@code uses:} (both empty for {@code ./}).
 * The actions the Dateline action itself uses, {@code actions/setup-java} for Java 17 and
 * {@code actions/setup-node} for Node.js 20, are stood in for by the Java and the Node.js running the
 * tests; npm works offline, from the cache that the test build's own {@code npm ci} filled. Any expression or feature beyond these fails the test rather
 * than being passed over.
 */
final class ActionRunner {
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");
    private static final Pattern REMOTE = Pattern.compile("([^/@]+/[^/@]+)@(.+)");

    private final Path actionDir;
    private final Path workspace;
    private final Path temp;
    private final String serverUrl;

    /** What a run of the action printed, and the exit status of the step it stopped at (0: it went through). */
    record Result(int status, String log) {
    }

    /**
     * @param actionDir the folder of {@code action.yml}, as checked out for the workflow
     * @param workspace the checkout of the site's repository, where the steps run
     * @param temp the runner's temporary folder
     * @param serverUrl the GitHub server, {@code GITHUB_SERVER_URL}
     */
    ActionRunner(Path actionDir, Path workspace, Path temp, String serverUrl) {
        this.actionDir = actionDir;
        this.workspace = workspace;
        this.temp = temp;
        this.serverUrl = serverUrl;
    }

    /** Runs {@code step}, a step of a workflow job, with {@code workflowContext} for the expressions in its {@code with:}. */
    Result run(JsonNode step, Map<String, String> workflowContext) {
        JsonNode action = Workflow.read(actionDir.resolve("action.yml")).root();
        if (!action.path("runs").path("using").asString("").equals("composite")) {
            throw new AssertionError("action.yml is not a composite action");
        }
        Map<String, String> context = new HashMap<>(workflowContext);
        context.put("runner.temp", temp.toString());
        context.put("github.server_url", serverUrl);
        context.put("github.workspace", workspace.toString());
        Map<String, String> actionContext = new HashMap<>(context);
        String uses = step.path("uses").asString("");
        Matcher remote = REMOTE.matcher(uses);
        if (uses.equals("./")) {
            actionContext.put("github.action_repository", "");
            actionContext.put("github.action_ref", "");
        } else if (remote.matches()) {
            actionContext.put("github.action_repository", remote.group(1));
            actionContext.put("github.action_ref", remote.group(2));
        } else {
            throw new AssertionError("not a step that uses an action: " + step);
        }
        actionContext.put("github.action_path", actionDir.toString());
        JsonNode declared = action.path("inputs");
        step.path("with").properties().forEach(input -> {
            if (!declared.has(input.getKey())) {
                throw new AssertionError("the step gives the input " + input.getKey() + ", which action.yml does not declare");
            }
        });
        declared.properties().forEach(input -> {
            JsonNode given = step.path("with").path(input.getKey());
            String value = given.isMissingNode() ? input.getValue().path("default").asString("") : fill(given.asString(), context);
            actionContext.put("inputs." + input.getKey(), value);
        });
        StringBuilder log = new StringBuilder();
        List<JsonNode> steps = Workflow.steps(action.path("runs"));
        for (int i = 0; i < steps.size(); i++) {
            int status = runStep(steps.get(i), i, actionContext, log);
            if (status != 0) {
                return new Result(status, log.toString());
            }
        }
        return new Result(0, log.toString());
    }

    private int runStep(JsonNode step, int number, Map<String, String> context, StringBuilder log) {
        if (step.has("if")) {
            throw new AssertionError("conditions on the action's steps are not run here: " + step);
        }
        if (step.has("uses")) {
            String uses = step.path("uses").asString();
            boolean java = uses.startsWith("actions/setup-java@") && step.path("with").path("java-version").asString("").equals("17");
            boolean node = uses.startsWith("actions/setup-node@") && step.path("with").path("node-version").asString("").equals("20");
            if (!java && !node) {
                throw new AssertionError("only actions/setup-java for Java 17 and actions/setup-node for Node.js 20 are stood in for: " + step);
            }
            return 0;
        }
        if (!step.path("shell").asString("").equals("bash")) {
            throw new AssertionError("a run step of a composite action needs shell: bash here: " + step);
        }
        try {
            Path output = Files.createTempFile(temp, "github-output-", "");
            Path script = Files.createTempFile(temp, "step-", ".sh");
            Files.writeString(script, fill(step.path("run").asString(), context), StandardCharsets.UTF_8);
            Map<String, String> env = new LinkedHashMap<>();
            String javaHome = System.getProperty("java.home");
            env.put("PATH", javaHome + "/bin:" + System.getenv("PATH"));
            env.put("JAVA_HOME", javaHome);
            env.put("HOME", System.getenv("HOME"));
            env.put("CI", "true");
            // tests reach only loopback: npm installs from its cache, or fails
            env.put("npm_config_offline", "true");
            env.put("GITHUB_ACTIONS", "true");
            env.put("GITHUB_ACTION_PATH", actionDir.toString());
            env.put("GITHUB_WORKSPACE", workspace.toString());
            env.put("GITHUB_SERVER_URL", serverUrl);
            env.put("RUNNER_TEMP", temp.toString());
            env.put("GITHUB_OUTPUT", output.toString());
            step.path("env").properties().forEach(e -> env.put(e.getKey(), fill(e.getValue().asString(), context)));
            Exec run = Exec.runIn(workspace, env, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString()));
            log.append(run.output());
            String id = step.path("id").asString("step" + number);
            for (String line : Files.readAllLines(output)) {
                if (line.contains("<<")) {
                    throw new AssertionError("multi-line outputs are not read here: " + line);
                }
                int equals = line.indexOf('=');
                if (equals > 0) {
                    context.put("steps." + id + ".outputs." + line.substring(0, equals), line.substring(equals + 1));
                }
            }
            return run.status();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with each {@code ${{ name }}} replaced by its value in {@code context}. */
    private static String fill(String text, Map<String, String> context) {
        Matcher matcher = EXPRESSION.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = context.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("no value for the expression ${{ " + matcher.group(1) + " }} here");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }
}
