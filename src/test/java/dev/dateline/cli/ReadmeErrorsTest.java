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

/** The errors the README shows under "When content is wrong" are what a build of those mistakes prints. */
class ReadmeErrorsTest {
    private static final Path EVENTS = Path.of("content/g20-cyber-unit/events");

    @Test
    void theReadmeShowsRealErrors(@TempDir Path workingDirectory) throws IOException {
        Trees.copy(Path.of("content"), workingDirectory.resolve("content"));
        Trees.copy(Path.of("templates"), workingDirectory.resolve("templates"));
        edit(workingDirectory.resolve(EVENTS.resolve("trump-cyber-unit-tweet.md")), "\ndate: 2017-07-09\n", "\ndato: 2017-07-09\n");
        edit(workingDirectory.resolve(EVENTS.resolve("trump-cant-happen-tweet.md")), "\ndate: 2017-07-10\n", "\ndate: 10. juli 2017\n");
        edit(workingDirectory.resolve(EVENTS.resolve("putin-working-group.md")),
                "event: trump-cyber-unit-tweet", "event: trump-cyber-tweet");
        StringWriter err = new StringWriter();

        int status = Main.run(workingDirectory, new PrintWriter(new StringWriter()), new PrintWriter(err, true), "build");

        assertThat(status).isEqualTo(ExitCodes.CONTENT_ERRORS);
        assertThat(readmeExample()).isEqualTo(err.toString().replace(System.lineSeparator(), "\n"));
    }

    private static String readmeExample() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("## When content is wrong");
        int start = readme.indexOf("```\n", section) + 4;
        return readme.substring(start, readme.indexOf("```\n", start));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file.toString()).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
