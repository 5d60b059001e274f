package dev.dateline.render;

/**
 * Escapes text for HTML as jsoup writes it in UTF-8 with its base entities, for the few places
 * that build small bits of HTML in code (a quotation in a feed entry or a TimelineJS slide)
 * without setting up a jsoup document for each: {@code &}, {@code <}, {@code >} and no-break
 * spaces as entities; control characters other than tab and line ends, and halves of surrogate
 * pairs standing alone, as numeric references; everything else as it is.
 */
public final class HtmlEscape {
    private HtmlEscape() {
    }

    /** {@code text} as the content of an element. */
    public static String text(String text) {
        return escape(text, false, false);
    }

    /** {@code value} as an attribute value in double quotes. */
    public static String attribute(String value) {
        return escape(value, true, false);
    }

    /** {@code text} safe both as content and in an attribute in either quotes, as jsoup's {@code Entities.escape}. */
    public static String everywhere(String text) {
        return escape(text, true, true);
    }

    private static String escape(String text, boolean doubleQuotes, boolean singleQuotes) {
        return Escaping.replace(text, (t, i) -> entity(t, i, doubleQuotes, singleQuotes));
    }

    private static String entity(String text, int i, boolean doubleQuotes, boolean singleQuotes) {
        char c = text.charAt(i);
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '\u00a0':
                return "&nbsp;";
            case '"':
                return doubleQuotes ? "&quot;" : null;
            case '\'':
                return singleQuotes ? "&apos;" : null;
            case '\t':
            case '\n':
            case '\r':
                return null;
            default:
                break;
        }
        if (c < 0x20) {
            return reference(c);
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)) ? null : reference(c);
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? null : reference(c);
        }
        return null;
    }

    private static String reference(char c) {
        return "&#x" + Integer.toHexString(c) + ";";
    }
}
