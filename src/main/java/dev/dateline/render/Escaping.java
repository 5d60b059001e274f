package dev.dateline.render;

/** Replaces the characters of a text that need it, making a new string only when one does. */
public final class Escaping {
    private Escaping() {
    }

    /** What stands for the character at {@code index} of {@code text}: a replacement, or null to keep it. */
    @FunctionalInterface
    public interface Replacement {
        String at(String text, int index);
    }

    public static String replace(String text, Replacement replacement) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            String replaced = replacement.at(text, i);
            if (replaced != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (replaced != null) {
                out.append(replaced);
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }
}
