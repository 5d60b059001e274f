package dev.dateline.render;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes JSON to embed in an HTML {@code <script>} element, such as JSON-LD: {@code <}, {@code >}
 * and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026}, so no text can end
 * the script or open a comment in it. Still plain JSON to a JSON parser. Thread-safe.
 */
public final class ScriptJson {
    private final JsonMapper mapper = JsonMapper.builder(JsonFactory.builder().characterEscapes(new HtmlSafeEscapes()).build())
            .build();

    public String write(JsonNode json) {
        return mapper.writeValueAsString(json);
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
