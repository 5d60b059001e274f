package dev.dateline.diagnostics;

/**
 * Makes text from content safe to print in a terminal: control characters (a terminal would act
 * on an escape sequence such as {@code ESC [ 2 J}), and the marks that reorder text on screen,
 * are shown as Java escapes, e.g. {@code \u001b}. Line breaks within a message are kept.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (shown(c)) {
                if (out != null) {
                    out.append(c);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean shown(char c) {
        if (c == '\n' || c == '\t') {
            return true;
        }
        return !Character.isISOControl(c) && !(c >= '\u202a' && c <= '\u202e') && !(c >= '\u2066' && c <= '\u2069')
                && c != '\u200e' && c != '\u200f' && c != '\u061c';
    }
}
