package dev.dateline.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.SearchFixture;
import dev.dateline.diagnostics.Diagnostic;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `build` makes the Pagefind index of a site with a long timeline, and only of such a site; when
 * Pagefind is missing it fails with a clear error and leaves the last good site as it was.
 */
class SearchBuildTest {
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path root;

    @Test
    void theBuildOfALongTimelineWritesItsSearchIndexOfTheEventPagesOnly() throws IOException {
        Path content = SearchFixture.write(root);
        Path out = root.resolve("site");
        Dateline.Written written = new Dateline(TEMPLATES).buildInto(content, out, Optional.empty(), false);
        assertThat(written.diagnostics().sorted()).isEmpty();
        assertThat(out.resolve("pagefind/pagefind.js")).isRegularFile();
        assertThat(Files.readString(out.resolve("pagefind/pagefind-entry.json")))
                .contains("\"version\":\"" + Pagefind.VERSION + "\"")
                .contains("\"page_count\":" + (SearchFixture.EVENTS + 2));
        assertThat(out.resolve("pagefind/pagefind-ui.js")).as("Pagefind's own interface is not published").doesNotExist();
        String home = Files.readString(out.resolve("index.html"));
        assertThat(home).contains("class=\"site-search\"").doesNotContain("data-pagefind-body");
        assertThat(Files.readString(out.resolve(SearchFixture.TIMELINE + "/" + SearchFixture.TOLD + "/index.html")))
                .contains("data-pagefind-body").contains("data-pagefind-filter=\"actor:byraa\"")
                .contains("data-pagefind-filter=\"kind:report\"");
    }

    @Test
    void theIndexABuildMakesFromTheFolderItWritesIsTheOneMadeFromThePagesInMemory() throws IOException {
        // two long timelines: their event pages are of two kinds of path, one glob each
        Path content = SearchFixture.write(root);
        Files.move(SearchFixture.write(root.resolve("other")).resolve(SearchFixture.TIMELINE), content.resolve("annen"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "home: lang\n");
        Path out = root.resolve("site");

        assertThat(new Dateline(TEMPLATES).buildInto(content, out, Optional.empty(), false).diagnostics().sorted()).isEmpty();

        Map<String, byte[]> inMemory = new Dateline(TEMPLATES).build(content, Optional.empty()).output().orElseThrow().files();
        List<String> index = inMemory.keySet().stream().filter(p -> p.startsWith("pagefind/")).sorted().toList();
        assertThat(new String(inMemory.get("pagefind/pagefind-entry.json"), StandardCharsets.UTF_8))
                .contains("\"page_count\":" + 2 * (SearchFixture.EVENTS + 2));
        try (Stream<Path> files = Files.walk(out.resolve("pagefind"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> out.relativize(f).toString().replace('\\', '/')).sorted())
                    .containsExactlyElementsOf(index);
        }
        assertThat(index).allSatisfy(path -> assertThat(Files.readAllBytes(out.resolve(path))).as(path).isEqualTo(inMemory.get(path)));

        // Pagefind writes the index where the new site is made; a rebuild keeps the output's files of it
        Path entry = out.resolve("pagefind/pagefind-entry.json");
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        Dateline.Written again = new Dateline(TEMPLATES).buildInto(content, out, Optional.empty(), false);
        assertThat(again.summary().orElseThrow().changed()).as("files a rebuild of the same content writes").isZero();
        assertThat(again.summary().orElseThrow().files()).isEqualTo(countFiles(out) - 1);   // less the output's marker
        assertThat(Files.getLastModifiedTime(entry)).isEqualTo(FileTime.fromMillis(0));
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theKindOfPathOfAMarkedPageIsAGlobOfItsFolder() {
        assertThat(SearchIndex.shape("synthetic/event-00001/index.html")).isEqualTo("synthetic/*/index.html");
        assertThat(SearchIndex.shape("index.html")).isEqualTo("index.html");
        assertThat(SearchIndex.shape("a b/{x}/index.html")).isEqualTo("a\\ b/*/index.html");
        assertThat(SearchIndex.glob(java.util.Set.of("b/*/index.html", "a/*/index.html"))).isEqualTo("{a/*/index.html,b/*/index.html}");
        assertThat(SearchIndex.glob(java.util.Set.of("a/*/index.html"))).isEqualTo("a/*/index.html");
    }

    @Test
    void theSearchIsNarrowedToItsTimelineOnlyWhereTheSiteHasSeveralLongOnes() throws IOException {
        Path content = SearchFixture.write(root);
        String event = SearchFixture.TIMELINE + "/" + SearchFixture.TOLD + "/index.html";
        SiteOutput one = new Dateline(TEMPLATES).build(content, Optional.empty()).output().orElseThrow();
        assertThat(new String(one.files().get(event), StandardCharsets.UTF_8))
                .doesNotContain("data-pagefind-filter=\"timeline:").doesNotContain("data-timeline=");

        Path other = SearchFixture.write(root.resolve("other")).resolve(SearchFixture.TIMELINE);
        java.nio.file.Files.move(other, content.resolve("annen"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "home: lang\n");
        Dateline.Result two = new Dateline(TEMPLATES).build(content, Optional.empty());
        assertThat(two.diagnostics().sorted()).isEmpty();
        assertThat(new String(two.output().orElseThrow().files().get(event), StandardCharsets.UTF_8))
                .contains("data-pagefind-filter=\"timeline:lang\"").contains("data-timeline=\"lang\"");
        assertThat(new String(two.output().orElseThrow().files().get("annen/index.html"), StandardCharsets.UTF_8))
                .contains("data-timeline=\"annen\"");
    }

    @Test
    void theG20SiteHasNoSearch() {
        Dateline.Result result = new Dateline(TEMPLATES, Map.of()).build(Path.of("content"), Optional.empty());
        SiteOutput site = result.output().orElseThrow();
        assertThat(site.files().keySet()).noneMatch(p -> p.startsWith("pagefind/") || p.contains("search"));
        assertThat(site.files().values()).noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("pagefind"));
    }

    @Test
    void withoutPagefindTheBuildFailsClearlyAndKeepsTheLastGoodSite() throws IOException {
        Path content = SearchFixture.write(root);
        Path out = root.resolve("site");
        assertThat(new Dateline(TEMPLATES).buildInto(content, out, Optional.empty(), false).summary()).isPresent();
        String before = Files.readString(out.resolve("index.html"));
        Files.writeString(content.resolve(SearchFixture.TIMELINE).resolve("timeline.yaml"),
                Files.readString(content.resolve(SearchFixture.TIMELINE).resolve("timeline.yaml"))
                        .replace("Et langt budsjettår", "Et nytt budsjettår"));

        Dateline.Written written = new Dateline(TEMPLATES, Map.of()).buildInto(content, out, Optional.empty(), false);

        assertThat(written.summary()).isEmpty();
        Diagnostic error = written.diagnostics().sorted().get(0);
        assertThat(error.file()).isEqualTo(content.resolve("site.yaml"));
        assertThat(error.message()).isEqualTo("this site has a timeline too long for one page, and its search needs Pagefind "
                + Pagefind.VERSION + ", which is not installed at " + root.toAbsolutePath().resolve("node_modules/pagefind"));
        assertThat(error.hint()).hasValueSatisfying(hint -> assertThat(hint)
                .contains("npm install --save-exact pagefind@" + Pagefind.VERSION).contains("search: false"));
        assertThat(Files.readString(out.resolve("index.html"))).isEqualTo(before);
        assertThat(out.resolve("pagefind/pagefind.js")).isRegularFile();
    }

    @Test
    void anotherVersionOfPagefindIsNotRun() throws IOException {
        Path content = SearchFixture.write(root);
        Path other = Files.createDirectories(root.resolve("node_modules/pagefind"));
        Files.writeString(other.resolve("package.json"), "{\"name\": \"pagefind\", \"version\": \"1.5.0\"}");

        Dateline.Written written = new Dateline(TEMPLATES, Map.of()).buildInto(content, root.resolve("site"), Optional.empty(), false);

        assertThat(written.summary()).isEmpty();
        assertThat(written.diagnostics().sorted().get(0).message())
                .isEqualTo("Pagefind 1.5.0 is installed at " + other.toAbsolutePath() + ", but Dateline runs Pagefind " + Pagefind.VERSION);
        assertThat(root.resolve("site")).doesNotExist();
    }

    @Test
    void searchFalseInSiteYamlNeedsNoPagefindAndShowsNoBox() throws IOException {
        Path content = SearchFixture.write(root);
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "search: false\n");

        Dateline.Result result = new Dateline(TEMPLATES, Map.of()).build(content, Optional.empty());

        assertThat(result.diagnostics().sorted()).isEmpty();
        SiteOutput site = result.output().orElseThrow();
        assertThat(site.files().keySet()).noneMatch(p -> p.startsWith("pagefind/") || p.contains("search"));
        assertThat(site.files().values()).noneMatch(bytes -> new String(bytes, StandardCharsets.UTF_8).contains("pagefind"));
    }
}
