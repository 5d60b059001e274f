package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.bench.SyntheticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds, each its own Java process, killed with SIGKILL at random moments from when they
 * start making the new site beside the output until they would have finished: afterwards the
 * output is, byte for byte, either the complete previous site or the complete new one (or, killed
 * between the swap's two renames, missing with both complete folders beside it), and the next
 * build leaves nothing beside the output.
 */
class KilledBuildTest {
    private static final Path TEMPLATES = Path.of("templates");
    private static final int TRIES = 24;

    @TempDir
    Path temp;

    private enum Outcome { PREVIOUS, NEW, BETWEEN_RENAMES }

    @Test
    void aKilledBuildLeavesThePreviousOrTheNewSiteAndTheNextBuildCleansUp() throws Exception {
        Path[] contents = {temp.resolve("a"), temp.resolve("b")};
        SyntheticSite.main(new String[] {"150", contents[0].toString()});
        SyntheticSite.main(new String[] {"170", contents[1].toString()});
        List<Map<String, String>> expected = new ArrayList<>();
        for (Path content : contents) {
            Path site = temp.resolve("expected-" + content.getFileName()).resolve("site");
            assertThat(new Dateline(TEMPLATES).buildInto(content, site, Optional.empty(), false).summary()).isPresent();
            expected.add(tree(site));
        }
        assertThat(expected.get(0)).isNotEqualTo(expected.get(1));

        Path outputs = Files.createDirectories(temp.resolve("outputs"));
        Path out = outputs.resolve("site");
        assertThat(build(contents[0], out).waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(tree(out)).isEqualTo(expected.get(0));
        int current = 0;

        // one whole build measures how long a build runs after its new folder appears
        long started = System.nanoTime();
        Process timed = build(contents[1], out);
        long appeared = waitForNewFolder(outputs, List.of(), timed) - started;
        assertThat(timed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        long window = Math.max(System.nanoTime() - started - appeared, TimeUnit.MILLISECONDS.toNanos(50));
        assertThat(tree(out)).isEqualTo(expected.get(1));
        current = 1;

        Random random = new Random(19);
        Map<Outcome, Integer> outcomes = new TreeMap<>();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int next = 1 - current;
            List<Path> before = besides(outputs);
            Process process = build(contents[next], out);
            waitForNewFolder(outputs, before, process);
            TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * window * 1.2));
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Outcome outcome;
            if (Files.exists(out)) {
                Map<String, String> now = tree(out);
                assertThat(now.equals(expected.get(current)) || now.equals(expected.get(next)))
                        .as("after the build of try %d was killed, the output is a complete site; it differs from the "
                                + "previous one in %d files and from the new one in %d", attempt,
                                differences(now, expected.get(current)), differences(now, expected.get(next)))
                        .isTrue();
                outcome = now.equals(expected.get(next)) ? Outcome.NEW : Outcome.PREVIOUS;
            } else {
                assertThat(besides(outputs)).as("killed between the renames").hasSize(2);
                List<Map<String, String>> sites = List.of(expected.get(current), expected.get(next));
                assertThat(besides(outputs).stream().map(this::treeOrEmpty).allMatch(sites::contains))
                        .as("the two folders beside the missing output are complete sites").isTrue();
                outcome = Outcome.BETWEEN_RENAMES;
            }
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome != Outcome.PREVIOUS) {
                current = next;
            }
        }
        System.out.println("KilledBuildTest: " + TRIES + " builds killed, output afterwards: " + outcomes);

        int last = 1 - current;
        Process whole = build(contents[last], out);
        assertThat(whole.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(whole.exitValue()).isZero();
        assertThat(differences(tree(out), expected.get(last))).as("files that differ from a whole build").isZero();
        assertThat(besides(outputs)).as("what the killed builds left beside the output, after a whole build").isEmpty();
        assertThat(outcomes.getOrDefault(Outcome.PREVIOUS, 0)).as("kills while the new site was being made").isPositive();
    }

    /** In how many paths two trees differ: present in one only, or with other bytes. */
    private static long differences(Map<String, String> one, Map<String, String> other) {
        return Stream.concat(one.keySet().stream(), other.keySet().stream()).distinct()
                .filter(p -> !java.util.Objects.equals(one.get(p), other.get(p))).count();
    }

    private Process build(Path content, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "dev.dateline.cli.Main", "build", "--content", content.toString(),
                "--templates", TEMPLATES.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /**
     * Waits until a folder {@code .site.new-*} that is not one of {@code before} appears beside the
     * output, or the build ends; returns when.
     */
    private static long waitForNewFolder(Path outputs, List<Path> before, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (Stream<Path> siblings = Files.list(outputs)) {
                if (siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.new-") && !before.contains(p))) {
                    return System.nanoTime();
                }
            }
            Thread.onSpinWait();
        }
        return System.nanoTime();
    }

    private static List<Path> besides(Path outputs) throws IOException {
        try (Stream<Path> siblings = Files.list(outputs)) {
            return siblings.filter(p -> !p.getFileName().toString().equals("site")).sorted().toList();
        }
    }

    private Map<String, String> treeOrEmpty(Path root) {
        try {
            return tree(root);
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Every file under {@code root} with a digest of its bytes. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), digest(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
