package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Trees;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits on disk reach the open pages through the event stream; the server keeps the last good site. */
class LiveReloadTest {
    private static final String BASE = "/g20-timeline/";
    private static final String EVENT = "g20-cyber-unit/events/trump-cyber-unit-tweet.md";
    private static final String EVENT_PAGE = BASE + "g20-cyber-unit/trump-cyber-unit-tweet/";
    private static final String TITLE = "title: Trump på Twitter om en «ugjennomtrengelig» enhet for IT-sikkerhet";

    @TempDir
    Path temp;

    private Path content;
    private Path templates;
    private Preview preview;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws IOException {
        content = temp.resolve("content");
        templates = temp.resolve("templates");
        Trees.copy(Path.of("content"), content);
        Trees.copy(Path.of("templates"), templates);
        preview = start(content, templates);
    }

    private static Preview start(Path content, Path templates) throws IOException {
        return Preview.start(new Preview.Settings(content, templates,
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BasePath.parse(BASE).orElseThrow()), build -> { });
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void aPageThatIsCurrentIsToldSoAndAStaleOneToReload() throws Exception {
        String version = version(get(EVENT_PAGE));
        assertThat(listen(EVENT_PAGE, version).next().name()).isEqualTo("ok");
        assertThat(listen(EVENT_PAGE, "0123abcd").next().name()).isEqualTo("reload");
    }

    @Test
    void anEditedTitleReloadsThePageWhichThenShowsIt() throws Exception {
        Events events = listen(EVENT_PAGE, version(get(EVENT_PAGE)));
        assertThat(events.next().name()).isEqualTo("ok");
        Trees.replace(content.resolve(EVENT), TITLE, "title: Trump lover en enhet for IT-sikkerhet");
        assertThat(events.next().name()).isEqualTo("reload");
        assertThat(get(EVENT_PAGE).body()).contains("Trump lover en enhet for IT-sikkerhet");
        assertThat(get(BASE).body()).contains("Trump lover en enhet for IT-sikkerhet");
    }

    @Test
    void brokenContentShowsItsErrorsWhileTheLastGoodSiteStaysOnline() throws Exception {
        HttpResponse<String> good = get(EVENT_PAGE);
        Events events = listen(EVENT_PAGE, version(good));
        assertThat(events.next().name()).isEqualTo("ok");

        Trees.replace(content.resolve(EVENT), "date: 2017-07-09", "date: 2017-07-32");
        Event failed = events.next();
        assertThat(failed.name()).isEqualTo("failed");
        assertThat(failed.data())
                .contains("trump-cyber-unit-tweet.md:2:15: error: invalid date `2017-07-32`: day 32 does not exist in 2017-07")
                .contains("hint: that month has 31 days")
                .contains("build failed: 1 error, 0 warnings");
        assertThat(get(EVENT_PAGE).body()).isEqualTo(good.body());
        assertThat(listen(EVENT_PAGE, version(good)).next().name()).as("a page opened meanwhile").isEqualTo("failed");

        Trees.replace(content.resolve(EVENT), "date: 2017-07-32", "date: 2017-07-09");
        assertThat(events.next().name()).isEqualTo("ok");
    }

    @Test
    void aSiteThatCannotBeBuiltAtStartWaitsForTheFix() throws Exception {
        Trees.replace(content.resolve(EVENT), "kind: statement", "kind: tweet");
        restart();
        HttpResponse<String> waiting = get(BASE);
        assertThat(waiting.statusCode()).isEqualTo(404);
        assertThat(waiting.body()).contains("The site could not be built");
        Events events = listen(BASE, version(waiting));
        assertThat(events.next().data()).contains("trump-cyber-unit-tweet.md").contains("error:");

        Trees.replace(content.resolve(EVENT), "kind: tweet", "kind: statement");
        assertThat(events.next().name()).isEqualTo("reload");
        assertThat(get(BASE).statusCode()).isEqualTo(200);
    }

    @Test
    void aChangedStylesheetIsSwappedWithoutReloading() throws Exception {
        String home = get(BASE).body();
        Events events = listen(BASE, version(get(BASE)));
        assertThat(events.next().name()).isEqualTo("ok");
        Path css = templates.resolve("assets/style.css");
        Trees.saveAtomically(css, Files.readString(css) + "\n.site-header { border-top: 7px solid rgb(1, 2, 3); }\n");

        Event swap = events.next();
        assertThat(swap.name()).isEqualTo("css");
        Matcher rename = Pattern.compile("\"from\":\"([^\"]+)\",\"to\":\"([^\"]+)\"").matcher(swap.data());
        assertThat(rename.find()).as(swap.data()).isTrue();
        assertThat(home).contains("href=\"" + rename.group(1).substring(BASE.length()) + "\"");
        HttpResponse<String> fresh = get(rename.group(2));
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(fresh.body()).as("published minified").contains("border-top:7px solid rgb(1,2,3)");
        assertThat(get(BASE).body()).contains("href=\"" + rename.group(2).substring(BASE.length()) + "\"");
    }

    @Test
    void templateAndMessageChangesAreRenderedByTheNextBuild() throws Exception {
        Events events = listen(BASE, version(get(BASE)));
        assertThat(events.next().name()).isEqualTo("ok");
        Trees.replace(templates.resolve("layout.html"), "<footer class=\"site-footer\">",
                "<footer class=\"site-footer\"><p>edited layout</p>");
        assertThat(events.next().name()).isEqualTo("reload");
        assertThat(get(BASE).body()).contains("<p>edited layout</p>");

        Path messages = templates.resolve("messages/messages_nb.properties");
        String footer = Files.readAllLines(messages).stream().filter(l -> l.startsWith("site.poweredBy")).findFirst().orElseThrow();
        Trees.replace(messages, footer, "site.poweredBy=Laget med en redigert tekst");
        assertThat(events.next().name()).isEqualTo("reload");
        assertThat(get(BASE).body()).contains("Laget med en redigert tekst");
    }

    @Test
    void aTimelineMovedInAsANewFolderIsServedAndWatched() throws Exception {
        Path site = content.resolve("site.yaml");
        Files.writeString(site, Files.readString(site) + "home: g20-cyber-unit\n");
        restart();
        Events events = listen(BASE + "second/", version(get(BASE + "second/")));
        assertThat(events.next().name()).isEqualTo("ok");

        Path staging = temp.resolve("staging");
        Trees.copy(content.resolve("g20-cyber-unit"), staging);
        Files.move(staging, content.resolve("second"));
        assertThat(events.next().name()).isEqualTo("reload");
        assertThat(get(BASE + "second/").statusCode()).isEqualTo(200);

        Events eventPage = listen(BASE + "second/trump-cyber-unit-tweet/", version(get(BASE + "second/trump-cyber-unit-tweet/")));
        assertThat(eventPage.next().name()).isEqualTo("ok");
        Trees.replace(content.resolve("second/events/trump-cyber-unit-tweet.md"), TITLE, "title: Den andre tidslinjen");
        assertThat(eventPage.next().name()).isEqualTo("reload");
        assertThat(get(BASE + "second/trump-cyber-unit-tweet/").body()).contains("Den andre tidslinjen");
    }

    private void restart() throws IOException {
        preview.close();
        preview = start(content, templates);
    }

    private record Event(String name, String data) {
    }

    /** The events one page receives, read as they arrive. */
    private static final class Events {
        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

        Event next() throws InterruptedException {
            Event event = queue.poll(15, TimeUnit.SECONDS);
            assertThat(event).as("an event within 15 s").isNotNull();
            return event;
        }
    }

    private Events listen(String path, String version) {
        URI uri = preview.url().resolve(BASE + "__dateline/events?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
                + "&version=" + version);
        Events events = new Events();
        http.sendAsync(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofLines()).thenAccept(response -> {
            String[] name = {null};
            StringBuilder data = new StringBuilder();
            response.body().forEach(line -> {
                if (line.startsWith("event: ")) {
                    name[0] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
                } else if (line.isEmpty() && name[0] != null) {
                    events.queue.add(new Event(name[0], data.toString()));
                    name[0] = null;
                    data.setLength(0);
                }
            });
        });
        return events;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(), BodyHandlers.ofString());
    }

    private static String version(HttpResponse<String> page) {
        Matcher m = Pattern.compile("data-version=\"([0-9a-f]+)\"").matcher(page.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
