package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON for a script element: the same JSON to a parser, and safe in HTML. */
class ScriptJsonTest {
    private static final String[] TEXTS = {"", "plain", "</script>", "<!--", "a & b", "\"quoted\"", "back\\slash",
        "line\nbreak", "tab\t", "\u0001", "\u2028", "ø", "«»", "😀", "https://example.org/?a=1&b=2"};
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ScriptJson json = new ScriptJson();
    private final JsonMapper mapper = JsonMapper.builder().build();
    @Test
    void readsBackAsTheSameTreeWithoutMarkupCharacters() {
        Random random = new Random(20170707);
        for (int run = 0; run < 2_000; run++) {
            JsonNode tree = value(random, 0);
            String written = json.write(tree);
            assertThat(written).as("%s", tree).doesNotContain("<", ">", "&");
            assertThat(mapper.readTree(written)).as("%s", tree).isEqualTo(mapper.readTree(mapper.writeValueAsString(tree)));
        }
    }

    @Test
    void endsNoScriptElement() {
        ObjectNode tree = NODES.objectNode().put("name", "</script><script>alert(1)</script>");
        assertThat(json.write(tree)).isEqualTo("{\"name\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E\"}");
    }

    private static JsonNode value(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 8 : 10);
        return switch (kind) {
            case 0, 1 -> NODES.stringNode(text(random));
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(random.nextLong());
            case 4 -> NODES.numberNode(new BigInteger(80, random));
            case 5 -> NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(6)));
            case 6 -> random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
            case 7 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 8 -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    object.set(text(random), value(random, depth + 1));
                }
                yield object;
            }
            default -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(5); i > 0; i--) {
                    array.add(value(random, depth + 1));
                }
                yield array;
            }
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            text.append(TEXTS[random.nextInt(TEXTS.length)]);
        }
        return text.toString();
    }
}
