package dev.dateline.render;

import java.io.StringWriter;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Writes JSON to embed in an HTML {@code <script>} element, such as JSON-LD: {@code <}, {@code >}
 * and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026}, so no text can end
 * the script or open a comment in it. Still plain JSON to a JSON parser. Thread-safe.
 *
 * <p>The tree is written token by token with Jackson's streaming generator: an object mapper would
 * cost a build more to set up than all the JSON-LD of a thousand pages takes to write.
 */
public final class ScriptJson {
    private final JsonFactory factory = JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build();

    public String write(JsonNode json) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), out)) {
            write(json, generator);
        }
        return out.toString();
    }

    private static void write(JsonNode node, JsonGenerator out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                for (Map.Entry<String, JsonNode> property : node.properties()) {
                    out.writeName(property.getKey());
                    write(property.getValue(), out);
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode value : node.values()) {
                    write(value, out);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.stringValue());
            case NUMBER -> writeNumber(node, out);
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NULL -> out.writeNull();
            default -> throw new IllegalArgumentException("not plain JSON: a " + node.getNodeType() + " node");
        }
    }

    private static void writeNumber(JsonNode node, JsonGenerator out) {
        switch (node.numberType()) {
            case INT -> out.writeNumber(node.intValue());
            case LONG -> out.writeNumber(node.longValue());
            case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
            case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
            case FLOAT -> out.writeNumber(node.floatValue());
            default -> out.writeNumber(node.doubleValue());
        }
    }

    /** Jackson's JSON escapes, and {@code <}, {@code >} and {@code &}. */
    static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] codes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            codes['<'] = ESCAPE_STANDARD;
            codes['>'] = ESCAPE_STANDARD;
            codes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
