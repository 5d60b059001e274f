package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} run inside a throw-away project (its own {@code .git}, {@code content/} and
 * files of the user's) never deletes or overwrites what it did not write, whatever {@code --into}
 * names, with or without {@code --force}.
 */
class ImportSafetyTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "timelinejs").toAbsolutePath();

    @TempDir
    Path temp;

    private Path project;
    private Path source;

    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void project() throws IOException {
        project = Files.createDirectories(temp.resolve("project"));
        Files.createDirectories(project.resolve(".git/refs"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(project.resolve("notes.md"), "the user's own notes\n");
        Trees.copy(Path.of("content"), project.resolve("content"));
        Path imports = Files.createDirectories(temp.resolve("imports"));
        source = imports.resolve("rome.json");
        Files.copy(FIXTURES.resolve("rome.json"), source);
        Files.writeString(temp.resolve("beside-the-project.txt"), "not the project's\n");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(project, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(status, out.toString(), err.toString());
    }

    private Run importInto(String into, boolean force) {
        return force ? run("import", "timelinejs", source.toString(), "--into", into, "--force")
                : run("import", "timelinejs", source.toString(), "--into", into);
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                files.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Files.readString(p) : "/");
            }
        }
        return files;
    }

    @Test
    void theProjectRootIsRefusedEvenWhenForced() throws IOException {
        Map<String, String> before = tree(temp);
        for (String into : new String[] {".", project.toString(), "content/..", "../project"}) {
            Run run = importInto(into, true);
            assertThat(run.status()).as(into + ": " + run.err()).isNotZero();
            assertThat(run.err()).as(into).contains("error").doesNotContain("Exception");
            assertThat(tree(temp)).as("after --into " + into).isEqualTo(before);
        }
    }

    @Test
    void theContentRootIsRefusedEvenWhenForced() throws IOException {
        Map<String, String> before = tree(temp);
        Run run = importInto("content", true);
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("content").contains("site.yaml").doesNotContain("Exception");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void theFileSystemRootIsAUsageErrorNotACrash() throws IOException {
        Map<String, String> before = tree(temp);
        Run run = importInto("/", true);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--into").doesNotContain("Exception");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void aFolderOutsideTheContentFolderIsRefused() throws IOException {
        Map<String, String> before = tree(temp);
        for (String into : new String[] {"../x", "x", "content/g20-cyber-unit/events/x"}) {
            Run run = importInto(into, false);
            assertThat(run.status()).as(into + ": " + run.err()).isNotZero();
            assertThat(run.err()).as(into).contains("content folder").doesNotContain("Exception");
            assertThat(tree(temp)).as("after --into " + into).isEqualTo(before);
        }
        assertThat(temp.resolve("site.yaml")).doesNotExist();
    }

    @Test
    void aFolderHoldingGitIsRefusedEvenWhenForced() throws IOException {
        Path timeline = project.resolve("content/rome");
        Files.createDirectories(timeline.resolve(".git"));
        Files.writeString(timeline.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(timeline.resolve("timeline.yaml"), "title: Rome\n");
        Map<String, String> before = tree(temp);
        Run run = importInto("content/rome", true);
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains(".git").doesNotContain("Exception");
        assertThat(tree(temp)).isEqualTo(before);
    }

    @Test
    void forceReplacesOnlyAFolderThatHoldsATimeline() throws IOException {
        Path mine = Files.createDirectories(project.resolve("content/rome"));
        Files.writeString(mine.resolve("thesis.txt"), "precious");
        Map<String, String> before = tree(temp);
        Run refused = importInto("content/rome", true);
        assertThat(refused.status()).isNotZero();
        assertThat(refused.err()).contains("timeline.yaml").doesNotContain("Exception");
        assertThat(tree(temp)).isEqualTo(before);

        Files.delete(mine.resolve("thesis.txt"));
        Files.delete(mine);
        Run first = importInto("content/rome", false);
        assertThat(first.status()).as(first.err()).isZero();
        Files.writeString(mine.resolve("events/julius-caesar-is-assassinated.md"), "edited");
        Run again = importInto("content/rome", true);
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(mine.resolve("events/julius-caesar-is-assassinated.md")).content().contains("date: -0044-03-15");
        assertThat(project.resolve("content").toFile().list()).containsExactlyInAnyOrder("site.yaml", "g20-cyber-unit", "rome");
    }

    @Test
    void mediaAreCopiedOnlyFromTheImportedFilesFolderOrBelow() throws IOException {
        Path imports = source.getParent();
        Files.createDirectories(imports.resolve("img"));
        Files.copy(FIXTURES.resolve("sputnik.png"), imports.resolve("img/below.png"));
        Path secret = Files.createDirectories(temp.resolve("elsewhere")).resolve("secret.png");
        Files.copy(FIXTURES.resolve("sputnik.png"), secret);
        Files.copy(FIXTURES.resolve("sputnik.png"), temp.resolve("above.png"));
        Files.createSymbolicLink(imports.resolve("linked.png"), secret);
        Files.writeString(source, """
                {"events": [
                  {"start_date": {"year": 1957}, "text": {"headline": "Below"}, "media": {"url": "img/below.png", "alt": "a"}},
                  {"start_date": {"year": 1958}, "text": {"headline": "Absolute"}, "media": {"url": "%s", "alt": "a"}},
                  {"start_date": {"year": 1959}, "text": {"headline": "Above"}, "media": {"url": "../above.png", "alt": "a"}},
                  {"start_date": {"year": 1960}, "text": {"headline": "Linked"}, "media": {"url": "linked.png", "alt": "a"}}
                ]}
                """.formatted(secret));
        Run run = importInto("content/space", false);
        assertThat(run.status()).as(run.err()).isZero();
        Path events = project.resolve("content/space/events");
        try (Stream<Path> files = Files.list(events)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png"))).containsExactly("below.png");
        }
        assertThat(run.err()).contains("events[1]").contains("events[2]").contains("events[3]")
                .contains("is not in the imported file's folder");
    }
}
