package dev.dateline.render;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON to embed in an HTML {@code <script>} element, such as JSON-LD: {@code <}, {@code >}
 * and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026}, so no text can end
 * the script or open a comment in it. Still plain JSON to a JSON parser. Thread-safe.
 */
public final class ScriptJson {
    private final ObjectWriter writer = JsonMapper.builder().build().writer(new HtmlSafeEscapes());

    public String write(JsonNode json) {
        return writer.writeValueAsString(json);
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
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
