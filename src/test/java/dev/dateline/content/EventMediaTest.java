package dev.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local media must be a PNG, JPEG, GIF or WebP image beside the event file, so that pages can give its size. */
class EventMediaTest {
    @TempDir
    Path content;

    @Test
    void missingAndUnreadableImagesAreErrorsAtTheirField() throws IOException {
        write("site.yaml", "title: T\nlanguage: en\ntimeZone: UTC\n");
        write("story/timeline.yaml", "title: T\nstandfirst: S\nactors: {}\n");
        write("story/events/drawing.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
        write("story/events/event.md", """
                ---
                date: 2017-07-09
                displayDate: Sunday
                title: An event
                kind: context
                actors: []
                media:
                  - src: missing.png
                    alt: Missing
                  - src: drawing.svg
                    alt: A drawing
                  - src: https://example.org/video
                    alt: A video
                ---
                """);
        LoadResult result = new ContentLoader().load(content);
        assertThat(result.diagnostics().sorted()).extracting(d -> d.line() + ":" + d.column() + " " + d.message())
                .containsExactly("8:10 the image `missing.png` is not beside the event file",
                        "10:10 `drawing.svg` is not a PNG, JPEG, GIF or WebP image");
    }

    private void write(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
