package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    /** A release as the --release option names it; the tests run a development build of Dateline, which is none. */
    static final String RELEASE = "newsroom/dateline@v0.2.0";

    @TempDir
    Path temp;

    @Test
    void aNewSiteBuildsWithoutEdits() throws IOException {
        Path dir = temp.resolve("newsroom");
        CommandRun created = CommandRun.of("new", "site", dir.toString(), "--release", RELEASE);
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(dir.resolve("README.md")).content().contains("dateline build");
        assertThat(dir.resolve("templates/layout.html")).hasSameTextualContentAs(Path.of("templates/layout.html"));

        CommandRun built = CommandRun.of("build", "--content", dir.resolve("content").toString(),
                "--templates", dir.resolve("templates").toString(), "--out", dir.resolve("site").toString());
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(built.out()).contains("0 errors, 0 warnings");
        Document home = Jsoup.parse(Files.readString(dir.resolve("site/index.html"), StandardCharsets.UTF_8));
        assertThat(home.selectFirst("h1").text()).isEqualTo("Your first timeline");
        assertThat(home.select("ol.events > li.entry")).hasSize(3);
        assertThat(home.select("ol.events > li.era-marker .era-title").text()).isEqualTo("Getting started");
    }

    @Test
    void aNewSiteNeverOverwritesAFolderThatHoldsFiles() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(dir.resolve("keep.txt"), "mine");
        CommandRun run = CommandRun.of("new", "site", dir.toString(), "--release", RELEASE);
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.err()).contains("not an empty folder");
        assertThat(dir.resolve("content")).doesNotExist();
    }

    @Test
    void aNewEventIsNamedAfterItsTitleAndValid() {
        Path dir = temp.resolve("site");
        assertThat(CommandRun.of("new", "site", dir.toString(), "--release", RELEASE).status()).isZero();
        String content = dir.resolve("content").toString();
        CommandRun run = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                "--date", "2024-04-02T09:30+02:00", "--title", "Minister: «No comment» #2", "--kind", "statement",
                "--actor", "editor");
        assertThat(run.status()).as(run.err()).isZero();
        Path file = dir.resolve("content/first-timeline/events/minister-no-comment-2.md");
        assertThat(file).content().startsWith("---\ndate: 2024-04-02T09:30+02:00\n").contains("kind: statement");

        CommandRun again = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                "--date", "2024-04-03", "--title", "Minister: «No comment» #2");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(dir.resolve("content/first-timeline/events/minister-no-comment-2-2.md")).exists();

        CommandRun check = CommandRun.of("check", "--content", content);
        assertThat(check.status()).as(check.err()).isZero();
    }

    @Test
    void aNewEventTakesEveryFormOfDateAndTheSiteStillBuilds() {
        Path dir = temp.resolve("site");
        assertThat(CommandRun.of("new", "site", dir.toString(), "--release", RELEASE).status()).isZero();
        String content = dir.resolve("content").toString();
        String[] dates = {"Y-13800000000", "Y-17E7", "2001-21", "201X", "1985-04-XX", "?2004-06-~11", "1985/..",
                "../1985", "/1985", "1985-04-12T23:20:30-04", "1950S2", "2004-06-11%"};
        for (int i = 0; i < dates.length; i++) {
            CommandRun run = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                    "--date", dates[i], "--title", "Event " + i);
            assertThat(run.status()).as(dates[i] + ": " + run.err()).isZero();
        }
        assertThat(dir.resolve("content/first-timeline/events/event-0.md")).content().startsWith("---\ndate: Y-13800000000\n");
        CommandRun check = CommandRun.of("check", "--content", content);
        assertThat(check.status()).as(check.err()).isZero();

        CommandRun wrong = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                "--date", "12000", "--title", "Too many digits");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("a year of more than four digits starts with Y")
                .contains("hint: write Y12000, as in Y170000002 or Y-170000002");
    }

    @Test
    void aNewEventWithAWrongDateKindOrActorIsNotWritten() {
        Path dir = temp.resolve("site");
        assertThat(CommandRun.of("new", "site", dir.toString(), "--release", RELEASE).status()).isZero();
        String content = dir.resolve("content").toString();
        CommandRun date = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                "--date", "2024-13-01", "--title", "Bad month");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err()).contains("--date `2024-13-01` is not a date: there is no month 13");
        CommandRun kind = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                "--date", "2024-04-01", "--title", "Bad kind", "--kind", "tweet");
        assertThat(kind.err()).contains("--kind must be one of statement");
        CommandRun actor = CommandRun.of("new", "event", "--content", content, "--timeline", "first-timeline",
                "--date", "2024-04-01", "--title", "Bad actor", "--actor", "nobody");
        assertThat(actor.err()).contains("--actor `nobody` is not an actor of `first-timeline`; its actors are: editor");
        CommandRun timeline = CommandRun.of("new", "event", "--content", content, "--timeline", "nope",
                "--date", "2024-04-01", "--title", "Nowhere");
        assertThat(timeline.err()).contains("there is no timeline `nope`");
        assertThat(dir.resolve("content/first-timeline/events")).isDirectoryNotContaining("glob:**bad-*");
    }

    @Test
    void aNewSiteIsARepositoryWhoseReadmeStartsWithTheStepsToALiveSite() throws IOException {
        Path dir = temp.resolve("my-timelines");
        CommandRun created = CommandRun.of("new", "site", dir.toString(), "--release", RELEASE);
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("built with Dateline 0.2.0 (newsroom/dateline@v0.2.0)", "./dateline serve", "README.md");

        List<String> readme = Files.readAllLines(dir.resolve("README.md"));
        assertThat(readme.get(4)).isEqualTo("## Publish it on GitHub Pages");
        String steps = String.join("\n", readme.subList(5, readme.indexOf("## Work on it on your computer")));
        assertThat(steps).contains("1. Create a repository on GitHub and push this folder to its `main` branch",
                "git push -u origin main", "2. In the repository on GitHub, open **Settings → Pages**",
                "set\n   **Source** to **GitHub Actions**", "**Run workflow**", "`https://OWNER.github.io/REPO/`",
                "`uses: newsroom/dateline@v0.2.0`");
        String local = String.join("\n", readme.subList(readme.indexOf("## Work on it on your computer"), readme.size()));
        assertThat(local).contains("./dateline serve      # previews the site", "./dateline build      # builds the site into site/",
                "https://github.com/newsroom/dateline/releases/download/v0.2.0/dateline.jar",
                "https://github.com/newsroom/dateline/releases/download/v0.2.0/dateline.jar.sha256",
                "sha256sum -c dateline.jar.sha256");
        assertThat(String.join("\n", readme)).doesNotContain("@DATELINE", "Dateline checkout");

        assertThat(dir.resolve(".gitignore")).content().contains("\n/site/\n", "\n/.site.new-*/\n", "\n/.site.old-*/\n",
                "\n/.dateline-release/\n");
        assertThat(Files.getPosixFilePermissions(dir.resolve("dateline"))).contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(dir.resolve("dateline")).content().startsWith("#!/usr/bin/env bash\n")
                .contains("\nrepository=newsroom/dateline\nversion=0.2.0\n");
        assertThat(dir.resolve(".github/workflows/pages.yml")).content().contains("uses: newsroom/dateline@v0.2.0\n")
                .doesNotContain("@DATELINE");
    }

    @Test
    void aDevelopmentBuildAsksForTheReleaseToPinTheSiteTo() {
        Path dir = temp.resolve("site");
        CommandRun run = CommandRun.of("new", "site", dir.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("this Dateline (0.2.0-SNAPSHOT) is a development build, not a release, so the new "
                + "site cannot be pinned to it; pass --release OWNER/REPO@vX.Y.Z");
        assertThat(dir).doesNotExist();

        CommandRun wrong = CommandRun.of("new", "site", dir.toString(), "--release", "newsroom/dateline@main");
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("a Dateline release as OWNER/REPOSITORY@vX.Y.Z, such as newsroom/dateline@v0.2.0, "
                + "is needed, not `newsroom/dateline@main`");
        assertThat(dir).doesNotExist();
    }

    @Test
    void withoutATemplatesFolderANewSiteGetsTheThemeThatComesWithDateline() throws IOException {
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(elsewhere, new PrintWriter(out), new PrintWriter(err), "new", "site", "mine", "--release", RELEASE);
        assertThat(status).as(err.toString()).isZero();
        try (Stream<Path> theme = Files.walk(Path.of("templates"))) {
            for (Path file : theme.filter(Files::isRegularFile).toList()) {
                assertThat(elsewhere.resolve("mine").resolve(file.toString())).as(file.toString()).hasSameBinaryContentAs(file);
            }
        }
    }
}
