package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Of warnings that say the same thing, a build shows the first 20 and then counts the rest. */
class RepeatedWarningsTest {
    private static final String WARNING = "a reversal that names nothing it reverses";

    @TempDir
    Path temp;

    @Test
    void twentyFiveAlikeWarningsAreTwentyLinesAndACount() throws IOException {
        Trees.copy(Path.of("content"), temp.resolve("content"));
        Trees.copy(Path.of("templates"), temp.resolve("templates"));
        for (int i = 1; i <= 25; i++) {
            Files.writeString(temp.resolve("content/g20-cyber-unit/events/reversal-" + i + ".md"), """
                    ---
                    date: 2017-07-11
                    title: Reversal %d
                    kind: reversal
                    actors: [trump]
                    ---
                    Text.
                    """.formatted(i));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(temp, new PrintWriter(out, true), new PrintWriter(err, true),
                "build", "--out", temp.resolve("site").toString());

        assertThat(status).isZero();
        String[] lines = err.toString().split("\n");
        assertThat(lines).filteredOn(line -> line.endsWith("warning: " + WARNING)).hasSize(20);
        assertThat(lines).contains("warning: 5 more like the 20 above: " + WARNING);
        assertThat(out.toString()).as("the summary counts every warning").contains("0 errors, 25 warnings");
    }
}
