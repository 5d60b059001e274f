package dev.dateline.model;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The pixel size of a PNG, JPEG, GIF or WebP image, read from its header. */
public record ImageSize(int width, int height) {
    public static final String FORMATS = "PNG, JPEG, GIF or WebP";

    public static Optional<ImageSize> read(byte[] bytes) {
        ByteBuffer big = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        try {
            if (startsWith(bytes, 0, "\u0089PNG\r\n\u001a\n") && startsWith(bytes, 12, "IHDR")) {
                return size(big.getInt(16), big.getInt(20));
            }
            if (startsWith(bytes, 0, "GIF87a") || startsWith(bytes, 0, "GIF89a")) {
                return size(Short.toUnsignedInt(little.getShort(6)), Short.toUnsignedInt(little.getShort(8)));
            }
            if (bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
                return jpeg(big);
            }
            if (startsWith(bytes, 0, "RIFF") && startsWith(bytes, 8, "WEBP")) {
                return webp(bytes, little);
            }
        } catch (IndexOutOfBoundsException truncated) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
    private static Optional<ImageSize> jpeg(ByteBuffer in) {
        int at = 2;
        while (at + 9 < in.limit()) {
            if ((in.get(at) & 0xff) != 0xff) {
                return Optional.empty();
            }
            int marker = in.get(at + 1) & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
            if (startOfFrame) {
                return size(Short.toUnsignedInt(in.getShort(at + 7)), Short.toUnsignedInt(in.getShort(at + 5)));
            }
            at += 2 + Short.toUnsignedInt(in.getShort(at + 2));
        }
        return Optional.empty();
    }

    private static Optional<ImageSize> webp(byte[] bytes, ByteBuffer in) {
        if (startsWith(bytes, 12, "VP8 ")) {
            return size(in.getShort(26) & 0x3fff, in.getShort(28) & 0x3fff);
        }
        if (startsWith(bytes, 12, "VP8L")) {
            int bits = in.getInt(21);
            return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
        }
        if (startsWith(bytes, 12, "VP8X")) {
            return size(uint24(bytes, 24) + 1, uint24(bytes, 27) + 1);
        }
        return Optional.empty();
    }

    private static int uint24(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16;
    }

    private static boolean startsWith(byte[] bytes, int at, String signature) {
        byte[] expected = signature.getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<ImageSize> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }
}
