package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The preview as a browser meets it over HTTP: a real server on a random port, under a project base path. */
class PreviewHttpTest {
    private static final String BASE = "/g20-timeline/";
    private static final Pattern RELOAD_TAG = Pattern.compile(
            "<script src=\"/g20-timeline/__dateline/reload\\.js\" data-events=\"[^\"]+\" data-version=\"[0-9a-f]+\"></script>\n");

    private static Preview preview;
    private static SiteOutput built;
    private static HttpClient http;
    private static URI root;

    @BeforeAll
    static void start() throws IOException {
        Path content = Path.of("content");
        Path templates = Path.of("templates");
        built = new Dateline(templates).build(content, Optional.empty()).output().orElseThrow();
        preview = Preview.start(new Preview.Settings(content, templates,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BasePath.parse(BASE).orElseThrow()), build -> { });
        root = preview.url();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void printsTheUrlOfTheActualPortUnderTheBasePath() {
        assertThat(root.toString()).matches("http://127\\.0\\.0\\.1:\\d+/g20-timeline/");
        assertThat(root.getPort()).isPositive();
    }

    @Test
    void theBasePathServesTheHomePageAsBuiltPlusTheReloadScript() throws Exception {
        HttpResponse<String> response = get(BASE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]+\""));
        String withoutScript = RELOAD_TAG.matcher(response.body()).replaceFirst("");
        assertThat(withoutScript).isEqualTo(new String(built.files().get("index.html"), StandardCharsets.UTF_8));
        assertThat(response.body()).containsOnlyOnce("__dateline/reload.js");
        assertThat(response.body().indexOf("__dateline/reload.js")).isLessThan(response.body().lastIndexOf("</body>"));
        assertThat(get(BASE + "index.html").body()).isEqualTo(response.body());
    }

    @Test
    void everyFileHasItsTypeWithACharsetForText() throws Exception {
        String css = built.files().keySet().stream().filter(p -> p.endsWith(".css")).findFirst().orElseThrow();
        assertThat(get(BASE + css).headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get(BASE + css).body()).isEqualTo(new String(built.files().get(css), StandardCharsets.UTF_8));
        assertThat(get(BASE + "robots.txt").headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(get(BASE + "__dateline/reload.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(get(BASE + "g20-cyber-unit/trump-cyber-unit-tweet/").headers().firstValue("Content-Type"))
                .hasValue("text/html; charset=utf-8");
    }

    @Test
    void aMatchingETagGivesNotModifiedAndAnOtherOneTheFile() throws Exception {
        String etag = get(BASE).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(request(BASE).header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(send(request(BASE).header("If-None-Match", "\"other\", W/" + etag).build()).statusCode()).isEqualTo(304);
        assertThat(send(request(BASE).header("If-None-Match", "\"other\"").build()).statusCode()).isEqualTo(200);
        String eventEtag = get(BASE + "g20-cyber-unit/trump-cyber-unit-tweet/").headers().firstValue("ETag").orElseThrow();
        assertThat(eventEtag).isNotEqualTo(etag);
    }

    @Test
    void headSendsTheHeadersOfGetWithoutTheBody() throws Exception {
        HttpResponse<String> get = get(BASE);
        HttpResponse<String> head = send(request(BASE).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
    void otherMethodsAreNotAllowed(String method) throws Exception {
        HttpResponse<String> response = send(request(BASE).method(method, HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void aFolderWithoutItsTrailingSlashRedirectsToIt() throws Exception {
        HttpResponse<String> event = get(BASE + "g20-cyber-unit/trump-cyber-unit-tweet?from=feed");
        assertThat(event.statusCode()).isEqualTo(301);
        assertThat(event.headers().firstValue("Location")).hasValue(BASE + "g20-cyber-unit/trump-cyber-unit-tweet/?from=feed");
        HttpResponse<String> base = get("/g20-timeline");
        assertThat(base.statusCode()).isEqualTo(301);
        assertThat(base.headers().firstValue("Location")).hasValue(BASE);
        assertThat(get(BASE + "g20-cyber-unit/").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsGetTheSitesOwn404Page() throws Exception {
        String notFound = new String(built.files().get("404.html"), StandardCharsets.UTF_8);
        for (String path : List.of(BASE + "no-such-page", BASE + "g20-cyber-unit/no-such-event/", "/", "/other/index.html",
                BASE + "index.html/")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("text/html; charset=utf-8");
            assertThat(RELOAD_TAG.matcher(response.body()).replaceFirst("")).as(path).isEqualTo(notFound);
        }
    }

    @Test
    void foldersAreNeverListed() throws Exception {
        String notFound = new String(built.files().get("404.html"), StandardCharsets.UTF_8);
        for (String folder : List.of(BASE + "assets/", BASE + "assets", BASE + "__dateline/")) {
            HttpResponse<String> response = get(folder);
            assertThat(response.statusCode()).as(folder).isEqualTo(404);
            assertThat(RELOAD_TAG.matcher(response.body()).replaceFirst("")).as(folder).isEqualTo(notFound);
        }
    }

    /** Sent byte for byte over a socket, since an HTTP client would refuse or normalise most of them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/g20-timeline/../pom.xml",
        "/g20-timeline/../../../../../../etc/passwd",
        "/g20-timeline/%2e%2e/pom.xml",
        "/g20-timeline/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/g20-timeline/.%2e/pom.xml",
        "/g20-timeline/..%2fpom.xml",
        "/g20-timeline/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/g20-timeline/..%5cpom.xml",
        "/g20-timeline/%5c..%5c..%5cpom.xml",
        "/g20-timeline/..\\pom.xml",
        "/g20-timeline/\\..\\..\\etc\\passwd",
        "/g20-timeline/%252e%252e/pom.xml",
        "/g20-timeline/%252e%252e%252fpom.xml",
        "/g20-timeline/%c0%ae%c0%ae/pom.xml",
        "/g20-timeline/%c0%ae%c0%ae%c0%afpom.xml",
        "/g20-timeline/%e0%80%ae%e0%80%ae/pom.xml",
        "/g20-timeline/%c1%9c..%c1%9cpom.xml",
        "/g20-timeline/assets/../../pom.xml",
        "/g20-timeline/%00/../pom.xml",
        "/g20-timeline/index.html%00.txt",
        "/g20-timeline//etc/passwd",
        "/g20-timeline/./index.html",
        "/g20-timeline/%2fetc%2fpasswd",
        "/../../pom.xml",
    })
    void traversalNeverReachesAFileOutsideTheSite(String path) throws IOException {
        RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String notFound = RELOAD_TAG.matcher(get404Body()).replaceFirst("");
        assertThat(response.status()).as(path).isIn(400, 404);
        if (response.status() == 404) {
            assertThat(RELOAD_TAG.matcher(response.body()).replaceFirst("")).as(path).isEqualTo(notFound);
        } else {
            // ours, or the HTTP server's own answer to a request line that is no URI at all
            assertThat(response.body()).as(path).contains("Bad Request").doesNotContain("<html");
        }
        assertThat(response.body()).as(path).doesNotContain("<artifactId>").doesNotContain("root:");
    }

    @Test
    void twoHundredConcurrentRequestsAllSucceed() throws Exception {
        List<String> paths = built.files().keySet().stream().filter(p -> !p.equals("404.html")).toList();
        List<CompletableFuture<HttpResponse<byte[]>>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = paths.get(i % paths.size());
            responses.add(http.sendAsync(request(BASE + path).build(), BodyHandlers.ofByteArray()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < responses.size(); i++) {
            String path = paths.get(i % paths.size());
            HttpResponse<byte[]> response = responses.get(i).join();
            byte[] expected = built.files().get(path);
            boolean html = path.endsWith(".html");
            boolean same = html ? RELOAD_TAG.matcher(new String(response.body(), StandardCharsets.UTF_8)).replaceFirst("")
                    .equals(new String(expected, StandardCharsets.UTF_8)) : java.util.Arrays.equals(response.body(), expected);
            if (response.statusCode() != 200 || !same) {
                failures.add(path + ": " + response.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String get404Body() throws IOException {
        try {
            return get(BASE + "no-such-page").body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private record RawResponse(int status, String body) {
    }

    private static RawResponse raw(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(bytes);
            String text = bytes.toString(StandardCharsets.UTF_8);
            int status = text.startsWith("HTTP/1.1 ") ? Integer.parseInt(text.substring(9, 12)) : -1;
            int bodyStart = text.indexOf("\r\n\r\n");
            return new RawResponse(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
        }
    }
}
