package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EntrySpliceTest {
    private static final String[] PIECES = {"<li>", "</li>", "<p>", "</p>", "\n", " ", "\t", "\n  ", "\n\n", "text",
        "<a href=x>", "</a>", "é", "←"};

    private static String random(Random random, int pieces) {
        StringBuilder html = new StringBuilder();
        for (int i = random.nextInt(pieces); i > 0; i--) {
            html.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return html.toString();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void joiningCompactedPartsGivesTheCompactionOfTheWhole() {
        Random random = new Random(7);
        for (int run = 0; run < 5_000; run++) {
            List<String> parts = new ArrayList<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                parts.add(random(random, 8));
            }
            List<byte[]> compacted = parts.stream()
                    .map(HtmlWhitespace::compactToUtf8).toList();
            String whole = String.join("", parts);
            assertThat(text(EntrySplice.join(compacted))).as(parts.toString()).isEqualTo(text(HtmlWhitespace.compactToUtf8(whole)));
        }
    }

    @Test
    void aFrameWithPlaceholdersGivesThePageTheEntriesWouldHaveMade() {
        Random random = new Random(11);
        for (int run = 0; run < 2_000; run++) {
            List<String> entries = new ArrayList<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                entries.add(random(random, 10));
            }
            List<String> placeholders = EntrySplice.placeholders(entries.size());
            StringBuilder frame = new StringBuilder(random(random, 6));
            StringBuilder page = new StringBuilder(frame);
            // a theme may show the entries in any order, and some more than once
            for (int i = random.nextInt(6); i > 0; i--) {
                int entry = entries.isEmpty() ? -1 : random.nextInt(entries.size());
                String between = random(random, 4);
                if (entry >= 0) {
                    frame.append(placeholders.get(entry));
                    page.append(entries.get(entry));
                }
                frame.append(between);
                page.append(between);
            }
            List<byte[]> compactedEntries = entries.stream()
                    .map(HtmlWhitespace::compactToUtf8).toList();
            assertThat(EntrySplice.join(frame.toString(), compactedEntries)).as(frame.toString())
                    .hasValueSatisfying(bytes -> assertThat(text(bytes)).isEqualTo(text(HtmlWhitespace.compactToUtf8(page.toString()))));
        }
    }

    @Test
    void aFrameWithPreformattedTextOrAStrayMarkIsLeftToTheWholePageCompaction() {
        List<byte[]> entries = List.of("<li>a</li>".getBytes(StandardCharsets.UTF_8));
        String placeholder = EntrySplice.placeholders(1).get(0);
        assertThat(EntrySplice.join("<pre>\n  " + placeholder + "\n</pre>", entries)).isEmpty();
        assertThat(EntrySplice.join("<TEXTAREA>" + placeholder + "</TEXTAREA>", entries)).isEmpty();
        assertThat(EntrySplice.join("<ol>" + placeholder + "\u0000", entries)).isEmpty();
        assertThat(EntrySplice.join("<ol>\u00007\u0000</ol>", entries)).as("no entry 7").isEmpty();
        assertThat(EntrySplice.join("<ol>\u0000x\u0000</ol>", entries)).isEmpty();
        assertThat(EntrySplice.join("<ol>\n  " + placeholder + "\n  </ol>", entries))
                .hasValueSatisfying(bytes -> assertThat(text(bytes)).isEqualTo("<ol>\n<li>a</li>\n</ol>"));
    }
}
