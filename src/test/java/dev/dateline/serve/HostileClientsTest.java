package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview, on 127.0.0.1, against clients that name another host or stop reading. */
class HostileClientsTest {
    private static final String BASE = "/g20-timeline/";
    private static final String EVENT = "g20-cyber-unit/events/trump-cyber-unit-tweet.md";

    @TempDir
    Path temp;

    private Path content;
    private Preview preview;
    private int port;

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("content");
        Trees.copy(Path.of("content"), content);
        Trees.copy(Path.of("templates"), temp.resolve("templates"));
        preview = Preview.start(new Preview.Settings(content, temp.resolve("templates"),
                new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), BasePath.parse(BASE).orElseThrow(),
                temp, List.of("my-laptop.local")), build -> { });
        port = preview.url().getPort();
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void onlyRequestsNamingThePreviewItselfAreAnswered() throws IOException {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port,
                "[0:0:0:0:0:0:0:1]:" + port, "localhost", "my-laptop.local:" + port)) {
            assertThat(status("GET " + BASE + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                    .as("Host: " + host).isEqualTo(200);
        }
        for (String host : List.of("attacker.example:" + port, "attacker.example", "localhost.attacker.example:" + port,
                "127.0.0.1.nip.io:" + port, "127.0.0.1:" + (port == 1 ? 2 : 1), "localhost:" + port + "@attacker.example",
                "10.0.0.1:" + port, "[::2]:" + port, "", "local host")) {
            assertThat(status("GET " + BASE + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n"))
                    .as("Host: " + host).isEqualTo(403);
            assertThat(status("GET " + BASE + "__dateline/events?path=" + BASE + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n")).as("the event stream, Host: " + host).isEqualTo(403);
        }
        assertThat(status("GET " + BASE + " HTTP/1.0\r\n\r\n")).as("no Host header").isEqualTo(403);
    }

    /**
     * A page's event stream that is never read, with a small receive window, while failed builds
     * with long error reports are published to it: later saves are still built and served.
     */
    @Test
    void aLiveReloadClientThatStopsReadingIsDroppedNotWaitedFor() throws Exception {
        Path event = content.resolve(EVENT);
        String good = Files.readString(event);
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new InetSocketAddress("127.0.0.1", port));
            stalled.getOutputStream().write(("GET " + BASE + "__dateline/events?path=" + BASE + "&version=x HTTP/1.1\r\n"
                    + "Host: 127.0.0.1:" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            TimeUnit.SECONDS.sleep(1);

            StringBuilder unknownFields = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                unknownFields.append("unknown").append(i).append(": a field that does not exist, with a long value\n");
            }
            for (int save = 0; save < 12; save++) {
                Trees.saveAtomically(event, good.replaceFirst("---\n", "---\n" + unknownFields + "save" + save + ": x\n"));
                TimeUnit.MILLISECONDS.sleep(400);
            }
            Trees.saveAtomically(event, good.replace("title: Trump på Twitter", "title: Lagret etter tolv feil, Trump på Twitter"));
            HttpClient http = HttpClient.newHttpClient();
            String page = "";
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                    System.nanoTime() < deadline && !page.contains("Lagret etter tolv feil"); ) {
                TimeUnit.MILLISECONDS.sleep(200);
                page = http.send(HttpRequest.newBuilder(preview.url().resolve(BASE + "g20-cyber-unit/trump-cyber-unit-tweet/"))
                        .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString()).body();
            }
            assertThat(page).as("the page after the last save, with a stalled live-reload client open")
                    .contains("Lagret etter tolv feil");
        }
    }

    /** Fifty open pages, each on its own event stream, all get the reload of one save, a stalled page among them. */
    @Test
    void everyOneOfFiftyOpenPagesIsToldToReload() throws Exception {
        String home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(preview.url()).build(), BodyHandlers.ofString()).body();
        Matcher version = Pattern.compile("data-version=\"([0-9a-f]+)\"").matcher(home);
        assertThat(version.find()).isTrue();
        String request = eventsRequest(version.group(1));
        List<Socket> pages = new ArrayList<>();
        CountDownLatch reloaded = new CountDownLatch(50);
        AtomicBoolean before = new AtomicBoolean(true);
        AtomicInteger early = new AtomicInteger();
        try (Socket stalled = new Socket()) {
            stalled.setReceiveBufferSize(1024);
            stalled.connect(new InetSocketAddress("127.0.0.1", port));
            stalled.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 50; i++) {
                Socket page = new Socket("127.0.0.1", port);
                page.setSoTimeout(30_000);
                pages.add(page);
                page.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                Thread reader = new Thread(() -> {
                    try {
                        BufferedReader lines = new BufferedReader(
                                new InputStreamReader(page.getInputStream(), StandardCharsets.UTF_8));
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            if (line.equals("event: reload") && before.get()) {
                                early.incrementAndGet();
                            } else if (line.equals("event: reload")) {
                                reloaded.countDown();
                                return;
                            }
                        }
                    } catch (IOException e) {
                        // timed out or closed: this page is not counted
                    }
                });
                reader.setDaemon(true);
                reader.start();
            }
            TimeUnit.SECONDS.sleep(1);
            before.set(false);
            assertThat(early.get()).as("pages told to reload before the save").isZero();
            Trees.replace(content.resolve(EVENT), "title: Trump på Twitter", "title: Femti sider, Trump på Twitter");
            assertThat(reloaded.await(30, TimeUnit.SECONDS)).as("all 50 pages told to reload; %d were not", reloaded.getCount())
                    .isTrue();
        } finally {
            for (Socket page : pages) {
                page.close();
            }
        }
    }

    /** The event stream of the home page, for a page that holds {@code version} of it. */
    private String eventsRequest(String version) {
        return "GET " + BASE + "__dateline/events?path=" + BASE + "&version=" + version + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\n\r\n";
    }

    private int status(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (int b; head.size() < 12 && (b = in.read()) >= 0; ) {
                head.write(b);
            }
            String text = head.toString(StandardCharsets.ISO_8859_1);
            return text.startsWith("HTTP/1.") && text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
        }
    }
}
