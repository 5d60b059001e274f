package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The theme speaks Norwegian and English in full: no page falls back to another language's text. */
class ThemeMessagesTest {
    private static final Path MESSAGES = Path.of("templates", "messages");

    @Test
    void theNorwegianBundleHasEveryMessage() throws IOException {
        Set<String> defaults = keys("messages.properties");
        assertThat(defaults).contains("overview.title", "filter.status", "event.laterReversed");
        assertThat(keys("messages_nb.properties")).containsExactlyInAnyOrderElementsOf(defaults);
    }

    @Test
    void englishIsTheDefaultBundleAndOverridesNothing() throws IOException {
        assertThat(keys("messages_en.properties")).isEmpty();
        Messages english = new MessageBundles(MESSAGES).forLocale(java.util.Locale.ENGLISH);
        for (String key : keys("messages.properties")) {
            assertThat(english.find(key)).as(key).isPresent();
        }
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.stringPropertyNames();
    }
}
