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

    /** The characters {@code \s} matches in a regular expression without Unicode classes. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
