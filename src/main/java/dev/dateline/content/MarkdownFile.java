package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter (which starts on line 2) and its body. The
 * front matter ends at the first line that is exactly {@code ---}; not at YAML's end-of-document
 * {@code ...}, which may well be a line of a quote inside a block scalar.
 */
record MarkdownFile(Path file, String frontMatter, String body) {
    static final int FRONT_MATTER_FIRST_LINE = 2;

    static Optional<MarkdownFile> split(Path file, String text, Diagnostics diagnostics) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            diagnostics.error(new Location(file, 1, 1), "the file has no front matter",
                    "start the file with a line `---`, then the fields (date, title, kind, actors), then `---`");
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].equals("---")) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new MarkdownFile(file, yaml, body.strip() + "\n"));
            }
        }
        diagnostics.error(new Location(file, 1, 1), "the front matter is not closed",
                "end the fields with a line `---` before the text");
        return Optional.empty();
    }
}
