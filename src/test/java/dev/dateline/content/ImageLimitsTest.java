package dev.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images have limits, each a clear error at the media field: 20 MB a file unless site.yaml's
 * {@code maxImageMegabytes} says otherwise, and 20,000 pixels a side. A file of gigabytes is
 * never read into memory.
 */
class ImageLimitsTest {
    @TempDir
    Path content;

    private void write(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A PNG header of the given size, padded (sparsely, where the file system can) to {@code bytes}. */
    private void png(String name, int width, int height, long bytes) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(33);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        header.putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        Files.createDirectories(content.resolve(name).getParent());
        try (RandomAccessFile file = new RandomAccessFile(content.resolve(name).toFile(), "rw")) {
            file.write(header.array());
            file.setLength(bytes);
        }
    }

    private LoadResult load(String siteExtra, String image) throws IOException {
        write("site.yaml", "title: T\nlanguage: en\ntimeZone: UTC\n" + siteExtra);
        write("story/timeline.yaml", "title: T\nstandfirst: S\nactors: {}\n");
        write("story/events/event.md", """
                ---
                date: 2017-07-09
                title: An event
                kind: context
                actors: []
                media:
                  - src: %s
                    alt: A picture
                ---
                """.formatted(image));
        return new ContentLoader().load(content);
    }

    @Test
    void anImageOfMoreThanTwentyMegabytesIsAnErrorUnlessSiteYamlAllowsMore() throws IOException {
        png("story/events/big.png", 800, 600, 21_000_000);
        LoadResult result = load("", "big.png");
        assertThat(result.site()).isEmpty();
        assertThat(result.diagnostics().sorted()).extracting(d -> d.line() + ":" + d.column() + " " + d.message())
                .containsExactly("7:10 the image `big.png` is 21,000,000 bytes, more than the 20,000,000 (20 MB) an image may have");
        assertThat(result.diagnostics().sorted().get(0).format(content)).contains("maxImageMegabytes");

        assertThat(load("maxImageMegabytes: 25\n", "big.png").diagnostics().sorted()).isEmpty();
        assertThat(load("maxImageMegabytes: 0\n", "big.png").diagnostics().sorted())
                .extracting(d -> d.file().getFileName() + ":" + d.line() + " " + d.message())
                .contains("site.yaml:4 `maxImageMegabytes` must be at least 1, not 0");
    }

    @Test
    void anImageOfGigabytesIsAnErrorNotAnOutOfMemoryError() throws IOException {
        png("story/events/huge.png", 800, 600, 2_500_000_000L);
        LoadResult result = load("", "huge.png");
        assertThat(result.diagnostics().sorted()).extracting(d -> d.message())
                .containsExactly("the image `huge.png` is 2,500,000,000 bytes, more than the 20,000,000 (20 MB) an image may have");
    }

    @Test
    void anImageOfMoreThanTwentyThousandPixelsASideIsAnError() throws IOException {
        png("story/events/wide.png", 100_000, 600, 2_000);
        LoadResult result = load("", "wide.png");
        assertThat(result.diagnostics().sorted()).extracting(d -> d.line() + ":" + d.column() + " " + d.message())
                .containsExactly("7:10 the image `wide.png` is 100000 × 600 pixels, more than the 20000 a side an image may have");
    }
}
