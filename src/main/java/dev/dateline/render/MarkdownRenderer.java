package dev.dateline.render;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * CommonMark to safe HTML: raw HTML in the source is escaped, links and images are kept
 * only for http, https, mailto and relative URLs, and the result is cleaned once more
 * by a jsoup safelist. Results are remembered, so a text shown on several pages, in feeds and
 * in exports, or unchanged between two builds of a preview, is rendered once. Thread-safe.
 */
public final class MarkdownRenderer {
    private static final List<String> PROTOCOLS = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final RenderCache html = new RenderCache();
    private final RenderCache text = new RenderCache();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(PROTOCOLS))
            .softbreak(" ")
            .build();
    private final HtmlRenderer inlineRenderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(PROTOCOLS))
            .softbreak(" ")
            .omitSingleParagraphP(true)
            .build();
    private final Safelist safelist = Safelist.relaxed()
            .removeTags("img")
            .addTags("abbr", "del", "ins", "mark", "s", "hr")
            .addAttributes("a", "title")
            .addAttributes("abbr", "title")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true);

    /** Block Markdown (paragraphs, lists, quotes) as HTML. */
    public String toHtml(String markdown) {
        return html.get(markdown, m -> render(m).html());
    }

    /** Markdown of one paragraph as inline HTML, without the {@code <p>}. */
    public String toInlineHtml(String markdown) {
        return clean(inlineRenderer.render(parser.parse(markdown)));
    }

    /** The text of the Markdown with all markup removed, on one line, for titles and descriptions. */
    public String toText(String markdown) {
        return text.get(markdown, m -> render(m).text());
    }

    /**
     * The HTML and the text of the Markdown from one parse, both remembered: every text the site
     * shows as plain text (a standfirst, an event's body) it shows as HTML too, and the other way
     * round (descriptions, feeds), whichever is asked for first.
     */
    private Rendered render(String markdown) {
        Node document = parser.parse(markdown);
        Rendered rendered = new Rendered(clean(renderer.render(document)), textOf(document));
        html.put(markdown, rendered.html());
        text.put(markdown, rendered.text());
        return rendered;
    }

    private record Rendered(String html, String text) {
    }

    private static String textOf(Node document) {
        StringBuilder text = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph node) {
                visitChildren(node);
                text.append(' ');
            }
        });
        return PlainText.oneLine(text.toString());
    }

    /** The HTML cleaned by jsoup's cleaner with the safelist. */
    private String clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, "https://dateline.invalid/");
        Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        return clean.body().html().strip();
    }
}
