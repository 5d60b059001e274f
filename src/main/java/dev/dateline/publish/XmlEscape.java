package dev.dateline.publish;

/**
 * Escapes text for XML as the JDK's streaming XML writer does: {@code &}, {@code <} and
 * {@code >}, and in attribute values {@code "} as well.
 */
final class XmlEscape {
    private XmlEscape() {
    }

    static String text(String text) {
        return escape(text, false);
    }

    static String attribute(String value) {
        return escape(value, true);
    }

    /**
     * One loop over the characters, copying the runs between replacements as they are: a feed
     * escapes every entry's HTML, a few hundred characters to replace in each.
     */
    private static String escape(String text, boolean attribute) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            String replacement = switch (text.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + text.length() / 8 + 16);
                }
                out.append(text, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
