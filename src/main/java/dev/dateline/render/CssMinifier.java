package dev.dateline.render;

/**
 * Drops the comments and the whitespace of a stylesheet that browsers ignore, keeping
 * strings as written and a single space wherever one separates tokens, so the theme's
 * source stays commented and laid out for people while readers download less.
 */
final class CssMinifier {
    private static final String NO_SPACE_AFTER = "{};,:";
    private static final String NO_SPACE_BEFORE = "{};,";

    private CssMinifier() {
    }

    static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean space = false;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                i++;
                space = true;
            } else {
                char last = out.length() == 0 ? '{' : out.charAt(out.length() - 1);
                if (space && NO_SPACE_AFTER.indexOf(last) < 0 && NO_SPACE_BEFORE.indexOf(c) < 0) {
                    out.append(' ');
                }
                space = false;
                if (c == '}' && last == ';') {
                    out.setLength(out.length() - 1);
                }
                i = c == '"' || c == '\'' ? copyString(css, i, out) : append(c, i, out);
            }
        }
        return out.toString();
    }

    private static int append(char c, int at, StringBuilder out) {
        out.append(c);
        return at + 1;
    }

    /** Copies the string literal starting at {@code start}, escapes included; returns where it ends. */
    private static int copyString(String css, int start, StringBuilder out) {
        char quote = css.charAt(start);
        int i = start + 1;
        while (i < css.length() && css.charAt(i) != quote) {
            i += css.charAt(i) == '\\' ? 2 : 1;
        }
        int end = Math.min(i + 1, css.length());
        out.append(css, start, end);
        return end;
    }
}
