package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads content files as UTF-8 text with a byte order mark dropped and line ends made {@code \n};
 * a file that is too large, binary or in another encoding is an error.
 */
final class TextFiles {
    static final long MAX_BYTES = 1024 * 1024;

    private TextFiles() {
    }

    static Optional<String> read(Path file, Diagnostics diagnostics) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(Location.of(file), "the file is " + size + " bytes, more than the " + MAX_BYTES
                        + " bytes (1 MiB) a content file may have", "split the text, or keep large media beside the file instead");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isUtf16(bytes)) {
                diagnostics.error(Location.of(file), "the file is UTF-16 text, not UTF-8",
                        "save it with the UTF-8 encoding; most editors offer it under Save As or Encoding");
                return Optional.empty();
            }
            if (isBinary(bytes)) {
                diagnostics.error(Location.of(file), "the file holds binary data, not text",
                        "content files are UTF-8 text; move images and other files out of the way, or rename them so they do not end in .md or .yaml");
                return Optional.empty();
            }
            return decode(file, bytes, diagnostics).map(text -> {
                String noBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
                return noBom.replace("\r\n", "\n").replace('\r', '\n');
            }).filter(text -> withoutControlCharacters(file, text, diagnostics));
        } catch (IOException e) {
            diagnostics.error(Location.of(file), "cannot read the file: " + e.getMessage(), null);
            return Optional.empty();
        }
    }

    /**
     * Whether the text is free of C0 control characters other than tab and line ends; an error at
     * the first one otherwise. XML 1.0 cannot hold them at all (a feed with one is rejected whole by
     * feed readers) and no page shows them.
     */
    private static boolean withoutControlCharacters(Path file, String text, Diagnostics diagnostics) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t') {
                diagnostics.error(new Location(file, line, i - lineStart + 1),
                        String.format(java.util.Locale.ROOT, "the control character U+%04X (%s) cannot be published",
                                (int) c, Character.getName(c).toLowerCase(java.util.Locale.ROOT)),
                        "remove it; it is invisible in most editors, but feeds and pages cannot hold it");
                return false;
            }
        }
        return true;
    }

    /** The byte order marks of UTF-16, which Windows editors write when asked for "Unicode". */
    private static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
    }

    /** A NUL byte never occurs in text, in UTF-8 or any other 8-bit encoding. */
    private static boolean isBinary(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The text, or an error at the line and column of the first byte that is not UTF-8. */
    private static Optional<String> decode(Path file, byte[] bytes, Diagnostics diagnostics) {
        // the string constructor decodes fastest, and puts U+FFFD where a byte is not UTF-8: only
        // a text that holds that character (rarely) is decoded again strictly, to find the byte
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : decodeStrictly(file, bytes, diagnostics);
    }

    private static Optional<String> decodeStrictly(Path file, byte[] bytes, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            diagnostics.error(new Location(file, line, column),
                    String.format(java.util.Locale.ROOT, "the file is not UTF-8 text (byte 0x%02X)", bytes[in.position()] & 0xFF),
                    "save it with the UTF-8 encoding; most editors offer it under Save As or Encoding");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }
}
