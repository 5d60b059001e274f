package dev.dateline.render;

import java.util.Optional;
import java.util.Set;

/**
 * The clean form of CommonMark's HTML for the common case, without a round trip through jsoup:
 * when the HTML holds only paragraphs, emphasis, code spans, lists, headings, quotes, breaks,
 * rules and links to web or mail addresses, and no text that jsoup writes otherwise, cleaning
 * changes nothing but how a few things are spelled. The renderer's HTML escapes raw HTML, so
 * every {@code <} in it starts one of its own tags. Anything else is left to the cleaner.
 */
final class PlainMarkup {
    private static final Set<String> TAGS = Set.of("p", "em", "strong", "code", "blockquote", "ul", "ol", "li",
            "h1", "h2", "h3", "h4", "h5", "h6", "a");
    private static final String LINK = "<a href=\"";
    private static final String NOFOLLOW_LINK = "<a rel=\"nofollow\" href=\"";

    private PlainMarkup() {
    }

    /** The HTML as jsoup's cleaner would give it, or empty when it holds anything else. */
    static Optional<String> clean(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return Optional.empty();
                }
                String tag = html.substring(i, end + 1);
                if (tag.equals("<br />") || tag.equals("<hr />")) {
                    out.append(tag, 0, 3).append('>');
                } else if (tag.startsWith(NOFOLLOW_LINK) && isWebLinkEnd(tag.substring(NOFOLLOW_LINK.length()))) {
                    // the safelist has no rel: the cleaner drops it
                    out.append("<a href=\"").append(tag, NOFOLLOW_LINK.length(), tag.length());
                } else if (isPlainTag(tag)) {
                    out.append(tag);
                } else {
                    return Optional.empty();
                }
                i = end + 1;
            } else if (c == '&' && html.startsWith("&quot;", i)) {
                // outside a tag, a quote is text, which jsoup writes as it is
                out.append('"');
                i += "&quot;".length();
            } else if ((c < ' ' && c != '\n') || c == '\u00a0' || c == '\u007f' || Character.isSurrogate(c)) {
                return Optional.empty();
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.toString().strip());
    }

    /** {@code <name>}, {@code </name>}, or a link {@code <a href="…">} to a web or mail address. */
    private static boolean isPlainTag(String tag) {
        if (tag.startsWith(LINK)) {
            return isWebLinkEnd(tag.substring(LINK.length()));
        }
        String name = tag.substring(tag.startsWith("</") ? 2 : 1, tag.length() - 1);
        return TAGS.contains(name) && !name.equals("a") || tag.equals("</a>");
    }

    /** Whether {@code rest}, what follows {@code href="} in a tag, is a web link, its closing quote and {@code >}. */
    private static boolean isWebLinkEnd(String rest) {
        return rest.endsWith("\">") && isWebLink(rest.substring(0, rest.length() - 2));
    }

    private static boolean isWebLink(String href) {
        return href.indexOf('"') < 0 && href.indexOf('<') < 0 && LinkSafelist.isWebLink(href);
    }
}
