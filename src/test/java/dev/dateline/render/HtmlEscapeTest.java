package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** The escapes are jsoup's, in UTF-8 with its base entities, for any text. */
class HtmlEscapeTest {
    private static final String SPECIAL = "<>&\"'\u00a0\t\n\r \u2028\u00e9\u20ac\ud83d\ude00\ud83d\ude00\ufffe\uffff";

    private final Document holder = Document.createShell("");

    HtmlEscapeTest() {
        holder.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
    }

    @Test
    void escapesAsJsoupDoes() {
        Random random = new Random(9072017);
        for (int run = 0; run < 20_000; run++) {
            String text = text(random);
            assertThat(HtmlEscape.text(text)).as(text).isEqualTo(jsoupText(text));
            assertThat(HtmlEscape.attribute(text)).as(text).isEqualTo(jsoupAttribute(text));
            assertThat(HtmlEscape.everywhere(text)).as(text).isEqualTo(Entities.escape(text));
        }
    }

    @Test
    void everyCharacterBelow0x100AndEverySurrogateOnItsOwn() {
        for (char c = 0; c < 0x100; c++) {
            String text = "a" + c + "b";
            assertThat(HtmlEscape.text(text)).as("U+%04X", (int) c).isEqualTo(jsoupText(text));
            assertThat(HtmlEscape.attribute(text)).as("U+%04X", (int) c).isEqualTo(jsoupAttribute(text));
        }
        assertThat(HtmlEscape.text("\ud83d")).isEqualTo(jsoupText("\ud83d")).isEqualTo("&#xd83d;");
        assertThat(HtmlEscape.text("\ude00\ud83d")).isEqualTo(jsoupText("\ude00\ud83d"));
    }

    @Test
    void leavesPlainTextAsItIs() {
        String plain = "Putin og Trump møttes i Hamburg.";
        assertThat(HtmlEscape.text(plain)).isSameAs(plain);
    }

    private String jsoupText(String text) {
        Element p = holder.body().appendElement("p").text(text);
        String html = p.outerHtml();
        p.remove();
        return html.substring("<p>".length(), html.length() - "</p>".length());
    }

    private String jsoupAttribute(String value) {
        Element a = holder.body().appendElement("a").attr("href", value);
        String html = a.outerHtml();
        a.remove();
        return html.substring("<a href=\"".length(), html.length() - "\"></a>".length());
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            switch (random.nextInt(4)) {
                case 0 -> text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
                case 1 -> text.append((char) random.nextInt(0x100));
                case 2 -> text.append((char) (0xd800 + random.nextInt(0x800)));
                default -> text.append("word");
            }
        }
        return text.toString();
    }
}
