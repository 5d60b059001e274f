package dev.dateline.render;

import java.nio.charset.StandardCharsets;

/**
 * Drops the indentation of the templates and the blank lines they leave where a conditional
 * element was removed. Every line break stays, so browsers render the page exactly as before
 * and its source still reads one element per line. {@code <pre>} and {@code <textarea>} keep
 * their whitespace, which is content. One pass over the page, as it runs for every page built.
 */
final class HtmlWhitespace {
    private static final String[] PREFORMATTED = {"pre", "textarea"};

    private HtmlWhitespace() {
    }

    /** The page compacted, in UTF-8. */
    static byte[] compactToUtf8(String html) {
        return compactToUtf8(html, 0, html.length());
    }

    /** The part {@code [from, to)} of a page compacted on its own, in UTF-8, without copying it out first. */
    static byte[] compactToUtf8(String html, int from, int to) {
        int firstLineEnd = html.indexOf('\n', from);
        if (firstLineEnd < 0 || firstLineEnd >= to) {
            // one line (a page's structured data, for one) has no indentation to drop
            return (from == 0 && to == html.length() ? html : html.substring(from, to)).getBytes(StandardCharsets.UTF_8);
        }
        Utf8Output out = new Utf8Output(to - from);
        // most pages have no preformatted element: one look at their tags spares one per line
        boolean mayHavePreformatted = hasPreformatted(html, from, to);
        int i = from;
        while (i < to) {
            int lineEnd = html.indexOf('\n', i);
            lineEnd = lineEnd >= to ? -1 : lineEnd;
            int end = lineEnd < 0 ? to : lineEnd + 1;
            int preformatted = mayHavePreformatted ? preformattedEnd(html, i, end, to) : -1;
            if (preformatted > 0) {
                out.append(html, i, preformatted);
                i = preformatted;
                continue;
            }
            out.append(html, i, end);
            i = end;
            while (lineEnd >= 0 && i < to && (html.charAt(i) == ' ' || html.charAt(i) == '\t' || html.charAt(i) == '\n')) {
                i++;
            }
        }
        return out.toByteArray();
    }

    /** Whether a {@code <pre>} or {@code <textarea>} starts anywhere in the page, closed or not. */
    static boolean hasPreformatted(String html) {
        return hasPreformatted(html, 0, html.length());
    }

    /** Whether a {@code <pre>} or {@code <textarea>} starts in {@code [from, to)}, closed or not. */
    private static boolean hasPreformatted(String html, int from, int to) {
        for (int at = html.indexOf('<', from); at >= 0 && at < to; at = html.indexOf('<', at + 1)) {
            if (preformattedTag(html, at) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first preformatted element that starts in {@code [from, to)} ends (before
     * {@code limit}), or -1 when none starts there (or one starts but is never closed, so is
     * compacted like anything else).
     */
    private static int preformattedEnd(String html, int from, int to, int limit) {
        for (int at = html.indexOf('<', from); at >= 0 && at < to; at = html.indexOf('<', at + 1)) {
            String tag = preformattedTag(html, at);
            int end = tag == null ? -1 : closingEnd(html, tag, at + 1 + tag.length(), limit);
            if (end > 0) {
                return end;
            }
        }
        return -1;
    }

    /** The name of the preformatted element whose start tag begins at {@code at}, or null. */
    private static String preformattedTag(String html, int at) {
        // ASCII letters in lower case: only a p or a t can begin one of the names
        char first = at + 1 < html.length() ? (char) (html.charAt(at + 1) | 0x20) : 0;
        if (first != 'p' && first != 't') {
            return null;
        }
        for (String tag : PREFORMATTED) {
            int afterName = at + 1 + tag.length();
            if (html.regionMatches(true, at + 1, tag, 0, tag.length())
                    && (afterName >= html.length() || !isWordChar(html.charAt(afterName)))) {
                return tag;
            }
        }
        return null;
    }

    private static int closingEnd(String html, String tag, int from, int limit) {
        for (int at = html.indexOf("</", from); at >= 0 && at < limit; at = html.indexOf("</", at + 1)) {
            if (!html.regionMatches(true, at + 2, tag, 0, tag.length())) {
                continue;
            }
            int i = at + 2 + tag.length();
            while (i < limit && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i < limit && html.charAt(i) == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
