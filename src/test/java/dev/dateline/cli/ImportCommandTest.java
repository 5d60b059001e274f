package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src", "test", "resources", "timelinejs");

    @TempDir
    Path temp;

    @Test
    void importThenBuildNeedsNoManualEdit() {
        Path content = temp.resolve("content");
        CommandRun imported = CommandRun.of("import", "timelinejs", FIXTURES.resolve("space-race.json").toString(),
                "--into", content.resolve("space-race").toString(), "--time-zone", "Europe/Oslo");
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported 6 events, 2 eras and 2 actors").contains("wrote " + content.resolve("site.yaml"));
        assertThat(imported.err()).contains("space-race.json: events[2]: warning: `background` is not carried over");
        assertThat(content.resolve("space-race/events/the-eagle-has-landed.md")).content()
                .contains("date: 1969-07-20T20:17+01:00");

        CommandRun built = CommandRun.of("build", "--content", content.toString(), "--out", temp.resolve("site").toString());
        assertThat(built.status()).as(built.err()).isZero();
        assertThat(temp.resolve("site/space-race/sputnik-1/index.html")).exists();
    }

    @Test
    void importBesideAnotherTimelineKeepsTheHomePage() throws IOException {
        Path content = temp.resolve("content");
        Trees.copy(Path.of("content"), content);
        CommandRun imported = CommandRun.of("import", "timelinejs", FIXTURES.resolve("sheet.csv").toString(),
                "--into", content.resolve("elections").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("added `home: g20-cyber-unit`");
        assertThat(content.resolve("site.yaml")).content().endsWith("\nhome: g20-cyber-unit\n");

        Path site = temp.resolve("site");
        assertThat(CommandRun.of("build", "--content", content.toString(), "--out", site.toString()).status()).isZero();
        assertThat(site.resolve("index.html")).content().contains("Trump, Putin og enheten for IT-sikkerhet");
        assertThat(site.resolve("elections/index.html")).content().contains("Elections, polls and results");
    }

    @Test
    void refusesAFolderThatHoldsFilesUnlessForced() throws IOException {
        Path into = temp.resolve("content/space-race");
        Files.createDirectories(into);
        Files.writeString(into.resolve("notes.txt"), "mine");
        String source = FIXTURES.resolve("rome.json").toString();

        CommandRun refused = CommandRun.of("import", "timelinejs", source, "--into", into.toString());
        assertThat(refused.status()).isEqualTo(3);
        assertThat(refused.err()).contains("already holds files").contains("--force");
        assertThat(into.resolve("notes.txt")).hasContent("mine");

        CommandRun notATimeline = CommandRun.of("import", "timelinejs", source, "--into", into.toString(), "--force");
        assertThat(notATimeline.status()).isEqualTo(3);
        assertThat(notATimeline.err()).contains("no timeline.yaml");
        assertThat(into.resolve("notes.txt")).hasContent("mine");

        Files.writeString(into.resolve("timeline.yaml"), "title: An earlier import\n");
        CommandRun forced = CommandRun.of("import", "timelinejs", source, "--into", into.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(into.resolve("notes.txt")).doesNotExist();
        assertThat(into.resolve("events/julius-caesar-is-assassinated.md")).content().contains("date: -0044-03-15");
    }

    @Test
    void brokenInputIsReportedAndNothingIsWritten() throws IOException {
        Path source = temp.resolve("broken.json");
        Files.writeString(source, "{\n  \"events\": [\n    {\"start_date\": {\"year\": 2017,}}\n  ]\n}\n");
        Path into = temp.resolve("content/broken");
        CommandRun run = CommandRun.of("import", "timelinejs", source.toString(), "--into", into.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("broken.json: line 3, column").contains("error: not valid JSON")
                .contains("nothing was written").doesNotContain("Exception");
        assertThat(into).doesNotExist();
    }

    @Test
    void slidesThatCannotBeDatedFailTheImport() throws IOException {
        Path source = temp.resolve("cosmos.json");
        Files.writeString(source, """
                {"scale": "cosmological", "events": [
                  {"start_date": {"year": -1000000000000}, "text": {"headline": "Before time"}},
                  {"start_date": {"year": 2017, "month": 2, "day": 30}, "text": {"headline": "No such day"}},
                  {"text": {"headline": "No date"}}
                ]}
                """);
        CommandRun run = CommandRun.of("import", "timelinejs", source.toString(), "--into", temp.resolve("content/cosmos").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err())
                .contains("events[0] \u201cBefore time\u201d: start date: error: the year -1000000000000 cannot be imported")
                .contains("events[1] \u201cNo such day\u201d: start date: error: the date 2017-02-30 does not exist")
                .contains("events[2] \u201cNo date\u201d: error: the slide has no start date")
                .contains("import failed: 3 errors");
    }

    @Test
    void warningsThatSayTheSameAreShownTwentyTimesThenCounted() throws IOException {
        String[] lines = Files.readString(FIXTURES.resolve("sheet.csv")).split("\n", 2);
        StringBuilder header = new StringBuilder(lines[0].strip());
        for (int i = 0; i < 100_000; i++) {
            header.append(",Extra ").append(i);
        }
        Path csv = temp.resolve("wide.csv");
        Files.writeString(csv, header + "\n" + lines[1]);
        CommandRun run = CommandRun.of("import", "timelinejs", csv.toString(), "--into", temp.resolve("content/wide").toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> l.contains("the column `Extra "))).hasSize(20);
        assertThat(run.err()).contains("wide.csv: warning: 99,980 more like the 20 above: the column `\u2026` is not part "
                + "of the TimelineJS template and is not carried over");
        assertThat(run.err().length()).isLessThan(20_000);
        assertThat(run.out()).as("the summary counts every warning").containsPattern("\\b1000\\d\\d warnings");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CommandRun.of("import", "timelinejs", "no-such-file.json", "--into", temp.resolve("content/x").toString())
                .status()).isEqualTo(2);
        assertThat(CommandRun.of("import", "timelinejs", FIXTURES.resolve("rome.json").toString(),
                "--into", temp.resolve("content/Not_An_Id").toString()).err()).contains("a-z, 0-9 and single hyphens");
        assertThat(CommandRun.of("import", "timelinejs", FIXTURES.resolve("rome.json").toString()).status()).isEqualTo(2);
        assertThat(CommandRun.of("import").status()).isEqualTo(2);
    }

}
