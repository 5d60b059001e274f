package dev.dateline.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads content files as UTF-8 text with a byte order mark dropped and line ends made {@code \n}. */
final class TextFiles {
    static final long MAX_BYTES = 1024 * 1024;

    private TextFiles() {
    }

    static Optional<String> read(Path file, Diagnostics diagnostics) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(Location.of(file), "the file is " + size + " bytes; content files may be at most "
                        + MAX_BYTES + " bytes", "split the text, or keep large media beside the file instead");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.indexOf('\0') >= 0) {
                diagnostics.error(Location.of(file), "the file holds binary data, not text", "content files are UTF-8 text");
                return Optional.empty();
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            diagnostics.error(Location.of(file), "the file is not UTF-8 text", "save it with the UTF-8 encoding");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
    }
}
