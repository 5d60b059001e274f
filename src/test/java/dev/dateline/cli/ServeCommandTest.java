package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
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

class ServeCommandTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void hasHelpThatNamesEveryOption() {
        CommandRun run = run("serve", "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: dateline serve").contains("--port").contains("--bind")
                .contains("--base-path").contains("--open");
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(run("serve", "--port", "70000").status()).isEqualTo(2);
        assertThat(run("serve", "--port", "http").status()).isEqualTo(2);
        CommandRun basePath = run("serve", "--port", "0", "--base-path", "/a b/");
        assertThat(basePath.status()).isEqualTo(2);
        assertThat(basePath.err()).contains("--base-path must be a URL path");
    }

    @Test
    void aMissingContentFolderIsReportedBeforeListening() {
        CommandRun run = run("serve", "--port", "0", "--content", "no-such-folder");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("no-such-folder: error: the folder does not exist");
    }

    @Test
    void aPortInUseIsReportedWithAWayOut() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = run("serve", "--port", Integer.toString(taken.getLocalPort()));
            assertThat(run.status()).isEqualTo(3);
            assertThat(run.err()).contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort()).contains("--port 0");
        }
    }

    /**
     * The real command in its own JVM: prints the URL of the port it got, serves it, says where
     * there is no browser to open, and stops cleanly when signalled.
     */
    @Test
    void servesAtThePrintedUrlAndStopsCleanlyOnASignal() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder command = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--port", "0", "--base-path", "/g20-timeline/", "--open")
                .redirectErrorStream(true);
        command.environment().remove("DISPLAY");
        command.environment().remove("WAYLAND_DISPLAY");
        Process process = command.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add));
        reader.start();
        List<String> seen = new ArrayList<>();
        try {
            Pattern serving = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/g20-timeline/) \\(Ctrl-C stops\\)");
            URI url = null;
            while (url == null) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("the URL, after %s", seen).isNotNull();
                seen.add(line);
                Matcher m = serving.matcher(line);
                url = m.matches() ? URI.create(m.group(1)) : null;
            }
            int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).build(), BodyHandlers.discarding()).statusCode();
            assertThat(status).isEqualTo(200);

            // SIGTERM, which runs the same shutdown hooks as Ctrl-C's SIGINT; Process.destroy() would also close the pipes
            process.toHandle().destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped within 20 s").isTrue();
            reader.join(5000);
        } finally {
            process.destroyForcibly();
        }
        lines.drainTo(seen);
        assertThat(seen).contains("preview stopped")
                .anyMatch(line -> line.matches("no desktop browser found here: open http://127\\.0\\.0\\.1:\\d+/g20-timeline/ yourself"));
        assertThat(String.join("\n", seen)).doesNotContain("Exception");
    }
}
