package dev.dateline.content;

import dev.dateline.cache.BuildCache;
import dev.dateline.diagnostics.Diagnostics;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which reads of a file the cache answers from what it read before, and which it does not. */
class ReadCacheTest {
    private final ReadCache<String> cache = new ReadCache<>(BuildCache.inMemory(), String.class);
    private final List<String> parsed = new ArrayList<>();

    private Optional<String> read(Path file) {
        return cache.read(file, new Diagnostics(), (text, found) -> {
            parsed.add(text);
            return Optional.of(text.toUpperCase());
        });
    }

    private static void write(Path file, String text, Instant modified) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    @Test
    void aSettledFileWithTheSameSizeAndTimeIsNotReadAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("event.md");
        Instant hourAgo = Instant.now().minusSeconds(3600);
        write(file, "aaa", hourAgo);
        assertThat(read(file)).contains("AAA");
        // same size, same time: a change no file system shows, so the last result stands
        write(file, "bbb", hourAgo);
        assertThat(read(file)).contains("AAA");
        assertThat(parsed).containsExactly("aaa");
    }

    @Test
    void aSettledFileWithANewTimeIsReadAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("event.md");
        write(file, "aaa", Instant.now().minusSeconds(3600));
        read(file);
        write(file, "bbb", Instant.now().minusSeconds(1800));
        assertThat(read(file)).contains("BBB");
        assertThat(parsed).containsExactly("aaa", "bbb");
    }

    @Test
    void aFileSavedTwiceWithinOneTickOfTheClockIsReadAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("event.md");
        Instant justNow = Instant.now();
        write(file, "aaa", justNow);
        read(file);
        // the second save left the same size and time: it is still too fresh to trust the time
        write(file, "bbb", justNow);
        assertThat(read(file)).contains("BBB");
        assertThat(parsed).containsExactly("aaa", "bbb");
    }

    @Test
    void aTouchedFileWithTheSameTextIsNotParsedAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("event.md");
        write(file, "aaa", Instant.now().minusSeconds(3600));
        read(file);
        write(file, "aaa", Instant.now().minusSeconds(1800));
        assertThat(read(file)).contains("AAA");
        assertThat(parsed).containsExactly("aaa");
    }

    @Test
    void anUnchangedFileReadInAnotherContextIsParsedAgain(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("timeline.yaml");
        write(file, "aaa", Instant.now().minusSeconds(3600));
        ReadCache<String> byLanguage = new ReadCache<>(BuildCache.inMemory(), String.class);
        List<String> contexts = new ArrayList<>();
        for (String language : List.of("en", "en", "nb", "nb")) {
            byLanguage.read(file, language, new Diagnostics(), (text, found) -> {
                contexts.add(language);
                return Optional.of(text + "-" + language);
            });
        }
        assertThat(contexts).containsExactly("en", "nb");
        assertThat(byLanguage.read(file, "nb", new Diagnostics(), (text, found) -> Optional.of("parsed again")))
                .contains("aaa-nb");
    }

    @Test
    void aFileThatCannotBeReadIsReportedEachTime(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("event.md");
        write(file, "a\u0000b", Instant.now().minusSeconds(3600));
        Diagnostics first = new Diagnostics();
        Diagnostics second = new Diagnostics();
        cache.read(file, first, (text, found) -> Optional.of(text));
        cache.read(file, second, (text, found) -> Optional.of(text));
        assertThat(first.sorted()).hasSize(1);
        assertThat(second.sorted()).hasSize(1);
        assertThat(second.sorted().get(0).message()).contains("binary");
    }
}
