package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.diagnostics.Severity;
import dev.dateline.model.SiteConfig;
import dev.dateline.model.Timeline;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Imports a fixture of src/test/resources/timelinejs into a fresh content folder and builds it with the real theme. */
record ImportFixture(Timeline timeline, ImportReport report, Path content, SiteOutput site) {
    static final Path FIXTURES = Path.of("src", "test", "resources", "timelinejs");
    static final Path TEMPLATES = Path.of("templates");

    static ImportFixture of(String name, String id, Path temp) throws IOException {
        return of(FIXTURES.resolve(name), id, temp);
    }

    static ImportFixture of(Path source, String id, Path temp) throws IOException {
        ImportReport report = new ImportReport(source);
        ZoneId utc = ZoneId.of("UTC");
        TimelineJsImporter.Imported imported = new TimelineJsImporter()
                .importFile(source, new TimelineJsImporter.Settings(id, "en", utc), report)
                .orElseThrow(() -> new AssertionError("import failed: " + report.lines()));
        Path content = temp.resolve("content");
        ImportWriter writer = new ImportWriter();
        writer.write(imported, content.resolve(id), Path.of(""), false);
        writer.settleSite(content, id, Optional.empty(), new SiteConfig(imported.timeline().title(), "en", utc,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        Dateline.Result result = new Dateline(TEMPLATES).build(content, Optional.empty());
        assertThat(result.diagnostics().sorted()).as("diagnostics of the imported site").isEmpty();
        return new ImportFixture(imported.timeline(), report, content, result.output().orElseThrow());
    }

    Document page(String path) {
        byte[] bytes = site.files().get(path);
        assertThat(bytes).as("page %s", path).isNotNull();
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
    }

    List<String> warnings() {
        return report.notes().stream().filter(n -> n.severity() == Severity.WARNING)
                .map(n -> n.where() + ": " + n.message()).toList();
    }
}
