package dev.dateline.render;

import java.util.Locale;

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
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = preformattedEnd(html, i);
                if (end > i) {
                    out.append(html, i, end);
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
            if (c == '\n') {
                while (i < n && (html.charAt(i) == ' ' || html.charAt(i) == '\t' || html.charAt(i) == '\n')) {
                    i++;
                }
            }
        }
        return out.toString();
    }

    /** Where the preformatted element that starts at {@code start} ends, or -1 when none starts there. */
    private static int preformattedEnd(String html, int start) {
        char first = start + 1 < html.length() ? Character.toLowerCase(html.charAt(start + 1)) : ' ';
        if (first != 'p' && first != 't') {
            return -1;
        }
        for (String tag : PREFORMATTED) {
            int afterName = start + 1 + tag.length();
            if (html.regionMatches(true, start + 1, tag, 0, tag.length())
                    && (afterName >= html.length() || !isWordChar(html.charAt(afterName)))) {
                return closingEnd(html, tag, afterName);
            }
        }
        return -1;
    }

    private static int closingEnd(String html, String tag, int from) {
        String closing = "</" + tag;
        String lower = html.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(closing, from); at >= 0; at = lower.indexOf(closing, at + 1)) {
            int i = at + closing.length();
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
