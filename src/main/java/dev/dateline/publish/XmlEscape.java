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

    private static String escape(String text, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (entity != null) {
                out.append(entity);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
