package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code dateline serve} in its own JVM (as users run it, with the limits it sets before its
 * server starts), on 127.0.0.1, with 100 connections that send nothing and 100 that send their
 * request a byte at a time: a normal client is still answered, and the server closes the slow
 * and idle ones by itself. Every loop here is bounded and stops by itself.
 */
class SlowConnectionsTest {
    private static final int IDLE = 100;
    private static final int SLOW = 100;
    private static final long BYTE_EVERY_MILLIS = 250;
    private static final int SLOW_BYTES = 120;

    @Test
    void aNormalClientIsAnsweredWhileTwoHundredSlowOrIdleConnectionsAreOpen() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0").redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        List<Socket> idle = new ArrayList<>();
        List<Socket> slow = new ArrayList<>();
        try {
            URI url = servedUrl(lines);
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", url.getPort());
            long opened = System.nanoTime();
            for (int i = 0; i < IDLE; i++) {
                Socket socket = new Socket();
                socket.connect(address, 5000);
                idle.add(socket);
            }
            for (int i = 0; i < SLOW; i++) {
                Socket socket = new Socket();
                socket.connect(address, 5000);
                socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + url.getPort() + "\r\nX-Slow: ")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            Thread dripper = new Thread(() -> drip(slow));
            dripper.setDaemon(true);
            dripper.start();
            TimeUnit.SECONDS.sleep(2);

            List<Long> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                long started = System.nanoTime();
                assertThat(statusOf(address, url)).as("a normal request, with 200 slow or idle connections open")
                        .isEqualTo(200);
                answers.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            }

            long idleClosed = secondsUntilClosed(idle, opened);
            long slowClosed = secondsUntilClosed(slow, opened);
            System.out.println("SlowConnectionsTest: normal requests answered in " + answers + " ms with " + IDLE
                    + " idle and " + SLOW + " slow connections open; the server closed all idle ones within " + idleClosed
                    + " s and all slow ones within " + slowClosed + " s of their opening");
            assertThat(slowClosed).as("seconds until the server closed every slow connection").isLessThan(30);
            assertThat(idleClosed).as("seconds until the server closed every idle connection").isLessThan(30);
            dripper.join(TimeUnit.SECONDS.toMillis(40));
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
            for (Socket socket : slow) {
                socket.close();
            }
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static URI servedUrl(BlockingQueue<String> lines) throws InterruptedException {
        Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/\\S*) \\(Ctrl-C stops\\)");
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            assertThat(line).as("the URL, after %s", seen).isNotNull();
            seen.add(line);
            Matcher m = serving.matcher(line);
            if (m.matches()) {
                return URI.create(m.group(1));
            }
        }
    }

    /** Sends each slow connection one more byte of its header every quarter second, up to a limit. */
    private static void drip(List<Socket> slow) {
        boolean[] closed = new boolean[slow.size()];
        for (int tick = 0; tick < SLOW_BYTES; tick++) {
            for (int i = 0; i < slow.size(); i++) {
                if (!closed[i]) {
                    try {
                        OutputStream out = slow.get(i).getOutputStream();
                        out.write('a');
                        out.flush();
                    } catch (IOException e) {
                        closed[i] = true;
                    }
                }
            }
            try {
                TimeUnit.MILLISECONDS.sleep(BYTE_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Waits (at most 40 s from {@code opened}) until the server has closed every socket; returns when, in seconds. */
    private static long secondsUntilClosed(List<Socket> sockets, long opened) throws IOException {
        for (Socket socket : sockets) {
            long left = TimeUnit.SECONDS.toMillis(40) - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened);
            if (left <= 0) {
                break;
            }
            socket.setSoTimeout((int) left);
            try {
                InputStream in = socket.getInputStream();
                while (in.read() >= 0) {
                    // an answer to a slow request, if any, then the end
                }
            } catch (IOException e) {
                // reset or timed out: the time tells which
            }
        }
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - opened);
    }

    private static int statusOf(InetSocketAddress address, URI url) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(address, 10_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + url.getPath() + " HTTP/1.1\r\nHost: 127.0.0.1:" + url.getPort()
                    + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] head = socket.getInputStream().readNBytes(12);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            return text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
        }
    }
}
