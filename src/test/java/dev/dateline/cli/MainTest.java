package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path temp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void versionPrintsTheVersionOfThePom() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String revision = pom.substring(pom.indexOf("<revision>") + 10, pom.indexOf("</revision>"));
        CommandRun run = run("--version");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("Dateline " + revision + System.lineSeparator());
        assertThat(revision).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void buildWritesTheSiteAndExitsZero() {
        Path out = temp.resolve("out");
        CommandRun run = run("build", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("built ").contains("0 errors, 0 warnings");
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("g20-cyber-unit/trump-cant-happen-tweet/index.html")).exists();
    }

    @Test
    void aRebuildOfTheSameContentWritesNothing() {
        Path out = temp.resolve("out");
        CommandRun first = run("build", "--out", out.toString());
        CommandRun second = run("build", "--out", out.toString());
        assertThat(first.out()).containsPattern("built 14 files \\([0-9,]+ bytes; 14 written\\)");
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).containsPattern("built 14 files \\([0-9,]+ bytes; 0 written\\)");
    }

    @Test
    void contentErrorsExitOneAndLeaveThePreviousSite() throws IOException {
        Path out = temp.resolve("out");
        assertThat(run("build", "--out", out.toString()).status()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("index.html"));

        Path content = temp.resolve("content");
        Trees.copy(Path.of("content"), content);
        Path event = content.resolve("g20-cyber-unit/events/trump-cyber-unit-tweet.md");
        Files.writeString(event, Files.readString(event).replace("date: 2017-07-09", "date: 2017-07-32"));

        CommandRun run = run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("trump-cyber-unit-tweet.md:2:15: error: invalid date `2017-07-32`: day 32 does not exist in 2017-07")
                .contains("build failed: 1 error, 0 warnings")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(out.resolve("index.html"))).isEqualTo(before);
    }

    @Test
    void refusesToReplaceAFolderItDidNotCreate() throws IOException {
        Path out = temp.resolve("home");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "precious");
        CommandRun run = run("build", "--out", out.toString());
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("did not write").contains("--force");
        assertThat(out.resolve("thesis.txt")).hasContent("precious");
        assertThat(out.resolve("index.html")).doesNotExist();
    }

    @Test
    void forceReplacesAFolderItDidNotCreate() throws IOException {
        Path out = temp.resolve("home");
        Files.createDirectories(out);
        Files.writeString(out.resolve("thesis.txt"), "precious");
        CommandRun run = run("build", "--force", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("index.html")).exists();
        assertThat(out.resolve("thesis.txt")).doesNotExist();
    }

    @Test
    void failuresShowAStackTraceOnlyWithVerbose() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file, not a folder");
        String out = file.resolve("site").toString();

        CommandRun quiet = run("build", "--out", out);
        CommandRun verbose = run("build", "--verbose", "--out", out);

        assertThat(quiet.status()).isEqualTo(3);
        assertThat(quiet.err()).isEqualTo("error: cannot write the site to " + out + ": " + file
                + " is a file where a folder is needed\n(run again with --verbose for details)\n");
        assertThat(verbose.status()).isEqualTo(3);
        assertThat(verbose.err()).startsWith("error: cannot write the site to ")
                .contains("java.nio.file.FileAlreadyExistsException").contains("\tat dev.dateline.publish.OutputWriter.stage(");
        assertThat(file).hasContent("a file, not a folder");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("build", "--no-such-option").status()).isEqualTo(2);
        assertThat(run("build", "--base-url", "not a url").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
    }

    @Test
    void checkReportsWithoutWriting() {
        CommandRun run = run("check");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("content is valid: 0 errors, 0 warnings");
    }

    @Test
    void checkFindsBrokenLinksInTheBuiltSite() throws IOException {
        Path templates = temp.resolve("templates");
        Trees.copy(Path.of("templates"), templates);
        Path layout = templates.resolve("layout.html");
        Files.writeString(layout, Files.readString(layout).replace("<footer class=\"site-footer\">",
                "<footer class=\"site-footer\">\n    <a href=\"about.html\">About</a>"));

        CommandRun run = run("check", "--templates", templates.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern("g20-cyber-unit/trump-putin-meeting/index\\.html:\\d+:\\d+: error: broken link `about.html` "
                        + "in the built page: no file g20-cyber-unit/trump-putin-meeting/about.html in the site")
                .contains("404.html:")
                .containsPattern("check failed: [1-9][0-9]* errors");
    }

    @Test
    void checkFollowsLinksAsPublishedAtTheBaseUrl() {
        CommandRun run = run("check", "--base-url", "https://news.example/g20-timeline");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("internal links in 9 pages resolve");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"build", "check"}) {
            CommandRun run = run(command, "--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Usage: dateline " + command);
        }
    }

}
