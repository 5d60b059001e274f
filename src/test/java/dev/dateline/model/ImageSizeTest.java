package dev.dateline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageSizeTest {
    private static byte[] encode(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void readsPngJpegAndGifHeaders() throws IOException {
        assertThat(ImageSize.read(encode("png", 640, 427))).contains(new ImageSize(640, 427));
        assertThat(ImageSize.read(encode("jpg", 1200, 800))).contains(new ImageSize(1200, 800));
        assertThat(ImageSize.read(encode("gif", 31, 17))).contains(new ImageSize(31, 17));
    }

    @Test
    void readsTheThreeKindsOfWebpHeader() {
        byte[] lossy = webp("VP8 ", 30);
        lossy[23] = (byte) 0x9d; lossy[24] = 0x01; lossy[25] = 0x2a;
        lossy[26] = (byte) 0x80; lossy[27] = 0x02; lossy[28] = (byte) 0xe0; lossy[29] = 0x01;
        assertThat(ImageSize.read(lossy)).contains(new ImageSize(640, 480));

        byte[] lossless = webp("VP8L", 25);
        int bits = (300 - 1) | (200 - 1) << 14;
        lossless[20] = 0x2f;
        for (int i = 0; i < 4; i++) {
            lossless[21 + i] = (byte) (bits >>> (8 * i));
        }
        assertThat(ImageSize.read(lossless)).contains(new ImageSize(300, 200));

        byte[] extended = webp("VP8X", 30);
        extended[24] = (byte) 0xff; extended[25] = 0x0f;
        extended[27] = (byte) 0x37; extended[28] = 0x04;
        assertThat(ImageSize.read(extended)).contains(new ImageSize(4096, 1080));
    }

    @Test
    void otherFilesHaveNoSize() {
        assertThat(ImageSize.read("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageSize.read(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
        assertThat(ImageSize.read(new byte[0])).isEmpty();
    }

    private static byte[] webp(String chunk, int length) {
        byte[] bytes = new byte[length];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        return bytes;
    }
}
