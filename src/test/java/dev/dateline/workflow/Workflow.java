package dev.dateline.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A GitHub Actions workflow (or action) file, parsed, with the look-ups the workflow tests share. */
public record Workflow(Path file, JsonNode root) {
    public static Workflow read(Path file) {
        try {
            return new Workflow(file, new YAMLMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode job(String name) {
        JsonNode job = root.path("jobs").path(name);
        if (job.isMissingNode()) {
            throw new AssertionError(file + " has no job " + name);
        }
        return job;
    }

    public List<JsonNode> steps(String job) {
        return steps(job(job));
    }

    /** The steps of a job, or of the {@code runs:} of a composite action. */
    public static List<JsonNode> steps(JsonNode stepsHolder) {
        return StreamSupport.stream(stepsHolder.path("steps").spliterator(), false).toList();
    }

    /** The position of the first step of {@code job} that {@code step} accepts; fails when none does. */
    public int index(String job, Predicate<JsonNode> step) {
        List<JsonNode> steps = steps(job);
        return IntStream.range(0, steps.size()).filter(i -> step.test(steps.get(i))).findFirst()
                .orElseThrow(() -> new AssertionError("no step in job " + job + " of " + file + ": " + step));
    }

    public JsonNode step(String job, Predicate<JsonNode> step) {
        return steps(job).get(index(job, step));
    }

    /** A step that uses an action whose reference starts with {@code prefix}, such as {@code actions/checkout@v}. */
    public static Predicate<JsonNode> uses(String prefix) {
        return named("uses " + prefix, s -> s.path("uses").asString("").startsWith(prefix));
    }

    /** A step that runs exactly {@code command}. */
    public static Predicate<JsonNode> runs(String command) {
        return named("run " + command, s -> s.path("run").asString("").strip().equals(command));
    }

    /** The major version a step's {@code uses: owner/name@vN} names. */
    public static int major(JsonNode step) {
        String uses = step.path("uses").asString();
        return Integer.parseInt(uses.substring(uses.indexOf("@v") + 2));
    }

    /** The command README.md gives for running the tests. */
    public static String readmeTestCommand() {
        try {
            return Files.readAllLines(Path.of("README.md")).stream()
                    .filter(line -> line.contains("# runs all the tests"))
                    .map(line -> line.substring(0, line.indexOf('#')).strip())
                    .findFirst().orElseThrow(() -> new AssertionError("README.md names no test command"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
