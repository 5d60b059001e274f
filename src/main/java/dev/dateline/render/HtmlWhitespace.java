package dev.dateline.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the indentation of the templates and the blank lines they leave where a conditional
 * element was removed. Every line break stays, so browsers render the page exactly as before
 * and its source still reads one element per line. {@code <pre>} and {@code <textarea>} keep
 * their whitespace, which is content.
 */
final class HtmlWhitespace {
    private static final Pattern PREFORMATTED = Pattern.compile("(?is)<(pre|textarea)\\b.*?</\\1\\s*>");
    private static final Pattern INDENTED_OR_BLANK_LINES = Pattern.compile("\\n[ \\t\\n]+");

    private HtmlWhitespace() {
    }

    static String compact(String html) {
        StringBuilder out = new StringBuilder(html.length());
        Matcher preformatted = PREFORMATTED.matcher(html);
        int at = 0;
        while (preformatted.find()) {
            out.append(collapse(html.substring(at, preformatted.start()))).append(preformatted.group());
            at = preformatted.end();
        }
        return out.append(collapse(html.substring(at))).toString();
    }

    private static String collapse(String html) {
        return INDENTED_OR_BLANK_LINES.matcher(html).replaceAll("\n");
    }
}
