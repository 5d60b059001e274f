package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlWhitespaceTest {

    @Test
    void dropsIndentationAndBlankLinesButKeepsLineBreaks() {
        assertThat(compact("<ul>\n    <li>a</li>\n\n   \n  <li>b</li>\n</ul>"))
                .isEqualTo("<ul>\n<li>a</li>\n<li>b</li>\n</ul>");
    }

    @Test
    void keepsPreformattedText() {
        String pre = "<PRE class=x>\n  code\n\n  more</pre >";
        String textarea = "<textarea>\n  typed\n</TEXTAREA>";
        assertThat(compact("<div>\n  " + pre + "\n  " + textarea + "\n</div>"))
                .isEqualTo("<div>\n" + pre + "\n" + textarea + "\n</div>");
    }

    @Test
    void anElementWhoseNameOnlyStartsLikePreIsNotPreformatted() {
        assertThat(compact("<prefix>\n  a</prefix>")).isEqualTo("<prefix>\na</prefix>");
    }

    @Test
    void anUnclosedPreIsCompactedLikeAnythingElse() {
        assertThat(compact("<pre>\n  a")).isEqualTo("<pre>\na");
    }

    @Test
    void givesWhatTheRegularExpressionsDefiningItGive() {
        Random random = new Random(42);
        String[] pieces = {"<pre>", "</pre>", "</pre >", "<textarea>", "</textarea>", "<p>", "</p>", "\n", " ", "\t",
            "\n  ", "text", "<PRE>", "</PRE>", "<prex>", "&lt;"};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(compact(html.toString())).as(html.toString()).isEqualTo(reference(html.toString()));
        }
    }

    private static String compact(String html) {
        return new String(HtmlWhitespace.compactToUtf8(html), StandardCharsets.UTF_8);
    }

    @Test
    void aPartIsCompactedAsIfItWereAPageOfItsOwn() {
        String page = "<p>\n  a</p>\n  <pre>\n  b</pre>\n  <p>c</p>";
        for (int from = 0; from <= page.length(); from++) {
            for (int to = from; to <= page.length(); to++) {
                assertThat(HtmlWhitespace.compactToUtf8(page, from, to)).as("%d-%d", from, to)
                        .isEqualTo(HtmlWhitespace.compactToUtf8(page.substring(from, to)));
            }
        }
    }

    @Test
    void findsWherePreformattedTextStarts() {
        assertThat(HtmlWhitespace.hasPreformatted("<div><PRE class=x>")).isTrue();
        assertThat(HtmlWhitespace.hasPreformatted("a <textarea>")).isTrue();
        assertThat(HtmlWhitespace.hasPreformatted("<prefix><p>pre</p>")).isFalse();
    }

    @Test
    void givesTheSameBytesAsTheCompactedTextInUtf8() {
        Random random = new Random(5);
        String[] pieces = {"<pre>", "</pre>", "\n  ", " ", "a", "é", "←", "😀", "\ud83d", "\ude00", "\u07ff", "\u0800",
            "\uffff", "<p>"};
        for (int run = 0; run < 5_000; run++) {
            StringBuilder html = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = html.toString();
            assertThat(HtmlWhitespace.compactToUtf8(text)).as(text)
                    .isEqualTo(reference(text).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The definition: collapse "\n[ \t\n]+" to "\n" outside pre and textarea elements. */
    private static String reference(String html) {
        Matcher preformatted = Pattern.compile("(?is)<(pre|textarea)\\b.*?</\\1\\s*>").matcher(html);
        Pattern blank = Pattern.compile("\\n[ \\t\\n]+");
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (preformatted.find()) {
            out.append(blank.matcher(html.substring(at, preformatted.start())).replaceAll("\n")).append(preformatted.group());
            at = preformatted.end();
        }
        return out.append(blank.matcher(html.substring(at)).replaceAll("\n")).toString();
    }
}
