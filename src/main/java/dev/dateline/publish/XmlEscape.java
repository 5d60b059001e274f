package dev.dateline.publish;

import dev.dateline.render.Escaping;

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
        return Escaping.replace(text, (t, i) -> switch (t.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            default -> null;
        });
    }
}
