package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shortcut past jsoup gives what jsoup's cleaner gives, for whatever Markdown it takes. */
class PlainMarkupTest {
    private static final String[] PIECES = {"word", " ", "  ", "\n", "\n\n", "*em*", "**strong**", "_u_", "`code`",
        "[link](https://example.org/a?b=1&c=2)", "[t](https://example.org \"title\")", "[rel](../x/index.html)",
        "[m](mailto:a@example.org)", "[j](javascript:alert(1))", "[e]()", "<https://auto.example.org>",
        "<b>raw</b>", "<!-- c -->", "&amp;", "&copy;", "&nbsp;", "&#160;", "\"quoted\"", "'single'", "<", ">", "&",
        "# ", "## ", "- ", "1. ", "3. ", "> ", "    indented", "```\ncode\n```", "```java\nx\n```", "---\n",
        "line  \nbreak", "\\*", "![img](https://example.org/i.png)", "\u00a0", "\t", "\u0001", "ø", "←", "😀",
        "«», „“", "https://bare.example.org", "[x](https://ex.org/\"q)", "[x](<https://ex.org/a b>)", "***", "~~s~~"};

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private void assertSameAsJsoup(String source) {
        String html = markdown.uncleanedHtml(source);
        Optional<String> shortcut = PlainMarkup.clean(html);
        shortcut.ifPresent(clean -> assertThat(clean).as("%s%n%s", source, html).isEqualTo(markdown.cleanWithJsoup(html)));
    }

    @Test
    void randomMarkdownIsCleanedAsJsoupCleansIt() {
        Random random = new Random(2017);
        int taken = 0;
        int linked = 0;
        for (int run = 0; run < 20_000; run++) {
            StringBuilder source = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                source.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsJsoup(source.toString());
            Optional<String> clean = PlainMarkup.clean(markdown.uncleanedHtml(source.toString()));
            taken += clean.isPresent() ? 1 : 0;
            linked += clean.filter(html -> html.contains("<a href")).isPresent() ? 1 : 0;
        }
        assertThat(taken).as("how many the shortcut took").isGreaterThan(2_000);
        assertThat(linked).as("how many of those with a link").isGreaterThan(500);
    }

    @Test
    void theRepositorysContentIsCleanedAsJsoupCleansIt() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                assertSameAsJsoup(text.substring(text.indexOf("\n---", 3) + 4));
            }
        }
    }

    @Test
    void anythingElseIsLeftToTheCleaner() {
        assertThat(PlainMarkup.clean("<p><img src=\"x\" alt=\"y\" /></p>")).isEmpty();
        assertThat(PlainMarkup.clean("<pre><code class=\"language-java\">x</code></pre>")).isEmpty();
        assertThat(PlainMarkup.clean("<p><a href=\"../x\">x</a></p>")).isEmpty();
        assertThat(PlainMarkup.clean("<p><a href=\"https://x\" title=\"t\">x</a></p>")).isEmpty();
        assertThat(PlainMarkup.clean("<p>a\u00a0b</p>")).isEmpty();
        assertThat(PlainMarkup.clean("<p>&quot;a&quot;<br />\nb</p>\n<hr />\n")).hasValue("<p>\"a\"<br>\nb</p>\n<hr>");
        assertThat(PlainMarkup.clean("<p><a rel=\"nofollow\" href=\"https://x.org/?a=1&amp;b=2\">x</a></p>"))
                .hasValue("<p><a href=\"https://x.org/?a=1&amp;b=2\">x</a></p>");
    }
}
