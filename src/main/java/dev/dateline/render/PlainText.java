package dev.dateline.render;

/** Text for one line: descriptions, titles and summaries. */
final class PlainText {
    private PlainText() {
    }

    /**
     * The text stripped, with each run of spaces, tabs and line breaks inside it made one space:
     * what {@code text.strip().replaceAll("\\s+", " ")} gives, without compiling a pattern per call.
     */
    static String oneLine(String text) {
        String stripped = text.strip();
        if (isOneLine(stripped)) {
            return stripped;
        }
        StringBuilder out = new StringBuilder(stripped.length());
        boolean inRun = false;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (!isSpace(c)) {
                out.append(c);
                inRun = false;
            } else if (!inRun) {
                out.append(' ');
                inRun = true;
            }
        }
        return out.toString();
    }

    /** Whether the text has no whitespace but single spaces, as most text made one line before has. */
    private static boolean isOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i > 0 && text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** The characters {@code \s} matches in a regular expression without Unicode classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
