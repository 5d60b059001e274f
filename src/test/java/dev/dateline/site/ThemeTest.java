package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a designer meets who changes the theme: every page is one template call over its page's model. */
class ThemeTest {

    @Test
    void anEntrysMarkupChangesInTheTemplatesAlone(@TempDir Path temp) throws IOException {
        Path templates = copyOfTheme(temp);
        edit(templates.resolve("entry.html"), "<li th:id=\"${entry.id}\" class=\"entry\"",
                "<li th:id=\"${entry.id}\" class=\"entry\" th:data-title=\"${entry.event.title}\"");
        edit(templates.resolve("fragments.html"), "<header class=\"event-header\">", "<header class=\"event-header redesigned\">");
        SiteOutput site = build(templates, false);
        Document home = page(site, "index.html");
        assertThat(home.select("li.entry")).hasSize(6)
                .allSatisfy(li -> assertThat(li.attr("data-title")).isEqualTo(li.selectFirst(".event-title").text()));
        assertThat(home.select("li.entry header.redesigned")).hasSize(6);
        assertThat(page(site, "g20-cyber-unit/trump-putin-meeting/index.html").select("header.event-header.redesigned")).hasSize(1);
    }

    @Test
    void aTimelinePageTemplateSeesEveryEntryAsAModel(@TempDir Path temp) throws IOException {
        Path templates = copyOfTheme(temp);
        Files.writeString(templates.resolve("timeline.html"), """
                <!DOCTYPE html>
                <html th:lang="${page.lang}"><head><title th:text="${page.title}">T</title></head>
                <body><h1 th:text="${timeline.title}">T</h1>
                <ol><li th:each="entry : ${entries}" th:id="${entry.id}"
                    th:text="${entry.event.title} + ' / ' + ${entry.event.date.datetime}">Title</li></ol>
                <p class="marks" th:text="${overview.marks.size()}">0</p>
                </body></html>
                """);
        for (boolean preview : new boolean[] {false, true}) {
            Document home = page(build(templates, preview), "index.html");
            assertThat(home.select("ol > li")).hasSize(6);
            assertThat(home.selectFirst("li#trump-cyber-unit-tweet").text())
                    .isEqualTo("Trump på Twitter om en «ugjennomtrengelig» enhet for IT-sikkerhet / 2017-07-09");
            assertThat(home.selectFirst("p.marks").text()).isEqualTo("6");
        }
    }

    private static Path copyOfTheme(Path temp) throws IOException {
        Path copy = temp.resolve("templates");
        try (Stream<Path> files = Files.walk(SiteBuild.TEMPLATES)) {
            files.forEach(file -> {
                try {
                    Files.copy(file, copy.resolve(SiteBuild.TEMPLATES.relativize(file).toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return copy;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    private static SiteOutput build(Path templates, boolean preview) {
        Dateline dateline = preview ? Dateline.forPreview(templates) : new Dateline(templates);
        Dateline.Result result = dateline.build(SiteBuild.CONTENT, Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        return result.output().orElseThrow();
    }

    private static Document page(SiteOutput site, String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8), "");
    }
}
