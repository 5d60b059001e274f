package dev.dateline.publish;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Small pieces of HTML that feeds and TimelineJS data carry, built as jsoup elements so that
 * jsoup escapes their text and attributes as it writes whole pages.
 */
final class HtmlSnippet {
    private HtmlSnippet() {
    }

    /** A new element, written without pretty printing by {@link Element#outerHtml()}. */
    static Element element(String tag) {
        Document owner = new Document("");
        owner.outputSettings().prettyPrint(false);
        return owner.appendElement(tag);
    }

    /** {@code text} safe as element content and as an attribute value in either quotes. */
    static String escape(String text) {
        return Entities.escape(text);
    }
}
