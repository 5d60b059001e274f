package dev.dateline.render;

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

    static String compact(String html) {
        StringBuilder out = new StringBuilder(html.length());
        compact(html, out::append);
        return out.toString();
    }

    /** The compacted page in UTF-8: the same as {@code compact(html).getBytes(UTF_8)}, in one pass. */
    static byte[] compactToUtf8(String html) {
        Utf8Output out = new Utf8Output(html.length());
        compact(html, out::append);
        return out.toByteArray();
    }

    /** Where the compacted page goes: the ranges of the page it keeps, in order. */
    private interface Ranges {
        void append(String html, int from, int to);
    }

    private static void compact(String html, Ranges out) {
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lineEnd = html.indexOf('\n', i);
            int end = lineEnd < 0 ? n : lineEnd + 1;
            int preformatted = preformattedEnd(html, i, end);
            if (preformatted > 0) {
                out.append(html, i, preformatted);
                i = preformatted;
                continue;
            }
            out.append(html, i, end);
            i = end;
            while (lineEnd >= 0 && i < n && (html.charAt(i) == ' ' || html.charAt(i) == '\t' || html.charAt(i) == '\n')) {
                i++;
            }
        }
    }

    /**
     * Where the first preformatted element that starts in {@code [from, to)} ends, or -1 when
     * none starts there (or one starts but is never closed, so is compacted like anything else).
     */
    private static int preformattedEnd(String html, int from, int to) {
        for (int at = html.indexOf('<', from); at >= 0 && at < to; at = html.indexOf('<', at + 1)) {
            for (String tag : PREFORMATTED) {
                int afterName = at + 1 + tag.length();
                if (html.regionMatches(true, at + 1, tag, 0, tag.length())
                        && (afterName >= html.length() || !isWordChar(html.charAt(afterName)))) {
                    int end = closingEnd(html, tag, afterName);
                    if (end > 0) {
                        return end;
                    }
                }
            }
        }
        return -1;
    }

    private static int closingEnd(String html, String tag, int from) {
        for (int at = html.indexOf("</", from); at >= 0; at = html.indexOf("</", at + 1)) {
            if (!html.regionMatches(true, at + 2, tag, 0, tag.length())) {
                continue;
            }
            int i = at + 2 + tag.length();
            while (i < html.length() && Character.isWhitespace(html.charAt(i))) {
                i++;
            }
            if (i < html.length() && html.charAt(i) == '>') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
