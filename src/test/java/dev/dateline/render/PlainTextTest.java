package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void makesRunsOfWhitespaceOneSpace() {
        assertThat(PlainText.oneLine("  a \n\n b\tc\r\n")).isEqualTo("a b c");
        assertThat(PlainText.oneLine("a\u00a0 b")).as("a no-break space is text").isEqualTo("a\u00a0 b");
        assertThat(PlainText.oneLine("")).isEmpty();
    }

    @Test
    void givesWhatTheRegularExpressionGives() {
        String[] pieces = {" ", "  ", "\t", "\n", "\r", "\u000B", "\f", "\u00a0", "\u2003", "a", "bc", "ø", "\u001c"};
        Random random = new Random(3);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            assertThat(PlainText.oneLine(input)).as(input).isEqualTo(input.strip().replaceAll("\\s+", " "));
        }
    }
}
