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

/** Terminal escape sequences and other control characters in content reach the terminal escaped, as {@code \u001b}. */
class ControlCharactersInMessagesTest {
    private static final String ESC = "\u001b";

    @TempDir
    Path temp;

    private String err(String... args) {
        StringWriter err = new StringWriter();
        Main.run(temp, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
        return err.toString();
    }

    @Test
    void aBuildErrorShowsControlCharactersEscaped() throws IOException {
        Trees.copy(Path.of("content"), temp.resolve("content"));
        Trees.copy(Path.of("templates"), temp.resolve("templates"));
        Path event = temp.resolve("content/g20-cyber-unit/events/trump-cyber-unit-tweet.md");
        String text = Files.readString(event);
        Files.writeString(event, text.replaceFirst("\nkind: [a-z]+\n", "\nkind: \"\\\\e[2J\\\\e[31mstatement\\\\r\\\\u202Etnemetats\"\n"));
        String err = err("build");
        assertThat(err).contains("unknown kind").contains("\\u001b[2J\\u001b[31mstatement\\u000d\\u202etnemetats")
                .doesNotContain(ESC).doesNotContain("\r").doesNotContain("\u202e");
    }

    @Test
    void anImportWarningShowsControlCharactersEscaped() throws IOException {
        Path json = temp.resolve("t.json");
        Files.writeString(json, "{\"events\": [{\"start_date\": {\"year\": 2017}, \"text\": {\"headline\": \"A\"},"
                + " \"media\": {\"url\": \"\\u001b]0;owned\\u0007x.png\", \"alt\": \"a\"}}]}");
        String err = err("import", "timelinejs", "t.json", "--into", "content/t");
        assertThat(err).contains("\\u001b]0;owned\\u0007x.png").doesNotContain(ESC).doesNotContain("\u0007");
    }
}
