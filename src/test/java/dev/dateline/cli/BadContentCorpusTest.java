package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of {@code src/test/resources/bad-content} through the real command line, in a
 * working directory that holds the case's {@code content/}, the repository's {@code templates/} and,
 * in {@code site/}, the output of an earlier good build. Each case's {@code expected.txt} is a
 * transcript: the command, exactly what it prints to standard error, and its exit status.
 */
class BadContentCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-content");

    @TempDir
    static Path shared;
    private static Path previousSite;

    /** A case's expected run: {@code $ dateline ARGS}, the standard error, {@code exit status N}. */
    private record Transcript(List<String> args, String stderr, int status) {
        static Transcript read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String command = lines.get(0);
            String last = lines.get(lines.size() - 1);
            assertThat(command).as("first line of %s", file).startsWith("$ dateline ");
            assertThat(last).as("last line of %s", file).startsWith("exit status ");
            List<String> printed = lines.subList(1, lines.size() - 1);
            return new Transcript(List.of(command.substring("$ dateline ".length()).strip().split("\\s+")),
                    printed.isEmpty() ? "" : String.join("\n", printed) + "\n",
                    Integer.parseInt(last.substring("exit status ".length()).strip()));
        }
    }

    private record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void buildPreviousSite() throws IOException {
        Trees.copy(Path.of("templates"), shared.resolve("templates"));
        Trees.copy(Path.of("content"), shared.resolve("content"));
        Run run = run(shared, "build");
        assertThat(run.status()).as(run.err()).isZero();
        previousSite = shared.resolve("site");
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyCasesOfBadContent() throws IOException {
        long failing = 0;
        for (String name : cases().toList()) {
            failing += Transcript.read(CORPUS.resolve(name).resolve("expected.txt")).status() == 1 ? 1 : 0;
        }
        assertThat(failing).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyWhatTheCaseExpects(String name, @TempDir Path workingDirectory) throws IOException {
        Path caseDir = CORPUS.resolve(name);
        Transcript expected = Transcript.read(caseDir.resolve("expected.txt"));
        Trees.copy(caseDir.resolve("content"), workingDirectory.resolve("content"));
        Trees.copy(Path.of("templates"), workingDirectory.resolve("templates"));
        Trees.copy(previousSite, workingDirectory.resolve("site"));
        Map<String, String> before = snapshot(workingDirectory.resolve("site"));

        Run run = run(workingDirectory, expected.args().toArray(String[]::new));

        assertThat(run.err()).as("standard error").isEqualTo(expected.stderr());
        assertThat(run.status()).as("exit status").isEqualTo(expected.status());
        Map<String, String> after = snapshot(workingDirectory.resolve("site"));
        if (expected.status() == ExitCodes.OK && expected.args().get(0).equals("build")) {
            assertThat(after).as("the new site replaced the previous one").isNotEqualTo(before).containsKey("index.html");
        } else {
            assertThat(after).as("the previous site, byte for byte").isEqualTo(before);
        }
        try (Stream<Path> left = Files.list(workingDirectory)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("nothing left beside the output").containsExactlyInAnyOrder("content", "templates", "site");
        }
    }

    private static Run run(Path workingDirectory, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(workingDirectory, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, unixLines(out.toString()), unixLines(err.toString()));
    }

    private static String unixLines(String text) {
        return text.replace(System.lineSeparator(), "\n");
    }

    /** Every file under {@code root} with a digest of its bytes, so that a difference names the file. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), digest(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    private static String digest(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
