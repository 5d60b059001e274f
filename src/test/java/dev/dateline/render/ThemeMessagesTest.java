package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The theme speaks Norwegian and English in full: no Norwegian page falls back to English text. */
class ThemeMessagesTest {
    private static final Path MESSAGES = Path.of("templates", "messages");

    @Test
    void norwegianAndEnglishHaveTheSameMessagesAndNorwegianBorrowsNone() throws IOException {
        Set<String> english = new TreeSet<>(keys("messages.properties"));
        english.addAll(keys("messages_en.properties"));
        assertThat(english).contains("overview.title", "overview.summary", "filter.status", "event.laterReversed");
        assertThat(keys("messages_nb.properties")).containsExactlyInAnyOrderElementsOf(english);
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
