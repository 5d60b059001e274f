package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.render.MarkdownRenderer;
import org.junit.jupiter.api.Test;

class HtmlToMarkdownTest {
    private final HtmlToMarkdown html = new HtmlToMarkdown();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private String md(String input) {
        return html.convert(input, true).markdown();
    }

    @Test
    void keepsParagraphsEmphasisAndLinks() {
        assertThat(md("<p>One <b>bold</b> and <i>leaning</i> <a href=\"https://example.org/a b\">link</a>.</p><p>Two</p>"))
                .isEqualTo("One **bold** and *leaning* [link](https://example.org/a%20b).\n\nTwo");
    }

    @Test
    void keepsListsNestedListsAndQuotes() {
        assertThat(md("<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul><blockquote><p>said</p></blockquote>"))
                .isEqualTo("- a\n- b\n  1. c\n\n> said");
        assertThat(markdown.toHtml(md("<ul><li>a</li><li>b<ol><li>c</li></ol></li></ul>")))
                .isEqualTo("<ul>\n<li>a</li>\n<li>b\n<ol>\n<li>c</li>\n</ol>\n</li>\n</ul>");
    }

    @Test
    void lineBreaksAndBareTextWithoutParagraphs() {
        assertThat(md("first line<br>second line")).isEqualTo("first line\\\nsecond line");
        assertThat(markdown.toHtml(md("first line<br>second line"))).isEqualTo("<p>first line<br>\nsecond line</p>");
    }

    @Test
    void dropsWhatIsUnsafeAndSaysSo() {
        HtmlToMarkdown.Result result = html.convert("<p>Hi<script>alert(1)</script><iframe src=\"https://x.example\"></iframe>"
                + " <a href=\"javascript:alert(2)\">click</a> <img src=\"x.png\" onerror=\"alert(3)\"></p>", true);
        assertThat(result.markdown()).isEqualTo("Hi click");
        assertThat(result.dropped()).containsExactly("<iframe>", "<img>", "<script>", "link to `javascript:`");
    }

    @Test
    void markdownCharactersInTextStayText() {
        String converted = md("<p>5 * 3 = 15, [not a link] and &lt;b&gt;</p><p># not a heading</p><p>1. not a list</p>");
        assertThat(markdown.toHtml(converted)).isEqualTo(
                "<p>5 * 3 = 15, [not a link] and &lt;b&gt;</p>\n<p># not a heading</p>\n<p>1. not a list</p>");
    }

    @Test
    void bareUrlsBecomeLinksOnlyWithAutolink() {
        assertThat(md("see https://example.org/x.")).isEqualTo("see <https://example.org/x>.");
        assertThat(html.convert("see https://example.org/x.", false).markdown()).isEqualTo("see https://example.org/x.");
    }

    @Test
    void inlineFlattensToOneParagraph() {
        assertThat(html.convertInline("<p>A <em>caption</em></p><p>on two</p>").markdown()).isEqualTo("A *caption* on two");
        assertThat(HtmlToMarkdown.text("The <i>space</i> race")).isEqualTo("The space race");
    }
}
