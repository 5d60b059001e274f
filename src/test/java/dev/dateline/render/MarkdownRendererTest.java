package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void rendersCommonMark() {
        assertThat(markdown.toHtml("Hello *world* and [a link](https://example.org/x)."))
                .isEqualTo("<p>Hello <em>world</em> and <a href=\"https://example.org/x\">a link</a>.</p>");
    }

    @Test
    void escapesRawHtml() {
        String html = markdown.toHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;script&gt;");
    }

    @Test
    void dropsLinksWithUnsafeProtocols() {
        assertThat(markdown.toHtml("[x](javascript:alert(1)) [y](data:text/html,hi) [z](vbscript:x)"))
                .doesNotContain("javascript:").doesNotContain("data:").doesNotContain("vbscript:");
    }

    @Test
    void keepsRelativeAndMailtoLinks() {
        assertThat(markdown.toHtml("[a](../other/index.html) [b](mailto:desk@example.org)"))
                .contains("href=\"../other/index.html\"").contains("href=\"mailto:desk@example.org\"");
    }

    @Test
    void inlineRenderingHasNoParagraph() {
        assertThat(markdown.toInlineHtml("a *b*")).isEqualTo("a <em>b</em>");
    }

    @Test
    void htmlAfterTheTextOfTheSameMarkdownIsTheHtmlOfItAlone() {
        String source = "**Bold** <script>alert(1)</script> [bad](javascript:alert(1)) [good](https://example.org)\n\n> quoted";
        MarkdownRenderer textFirst = new MarkdownRenderer();

        assertThat(textFirst.toText(source)).isEqualTo("Bold alert(1) bad good quoted");
        assertThat(textFirst.toHtml(source)).isEqualTo(new MarkdownRenderer().toHtml(source));
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(markdown.toText("**Bold** [link](https://example.org)")).isEqualTo("Bold link");
    }
}
