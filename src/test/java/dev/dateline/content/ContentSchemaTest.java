package dev.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.dateline.interop.ImportReport;
import dev.dateline.interop.ImportWriter;
import dev.dateline.interop.TimelineJsImporter;
import dev.dateline.model.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas in schema/ (what editors use for completion and checks while typing) accept every
 * content file Dateline has and writes, and reject what the content loader rejects.
 */
class ContentSchemaTest {
    private static final Path SCHEMAS = Path.of("schema");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static Schema site;
    private static Schema timeline;
    private static Schema event;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadSchemas() {
        // The schemas refer to each other by relative paths, as editors resolve them; read them from schema/.
        String folder = SCHEMAS.toAbsolutePath().toUri().toString();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(iri -> iri.startsWith(folder) ? read(Path.of(URI.create(iri))) : null));
        site = schema(registry, "site.schema.json");
        timeline = schema(registry, "timeline.schema.json");
        event = schema(registry, "event.schema.json");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(SchemaRegistry registry, String name) {
        return registry.getSchema(SchemaLocation.of(SCHEMAS.resolve(name).toAbsolutePath().toUri().toString()));
    }

    @Test
    void theRepositorysContentAndTheStarterSiteMatchTheSchemas() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(contentFiles(Path.of("content")));
        files.addAll(contentFiles(Path.of("src/main/resources/dev/dateline/starter/content")));
        assertThat(files).hasSizeGreaterThan(10);
        for (Path file : files) {
            assertThat(errors(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void everyImportedFixtureMatchesTheSchemas() throws IOException {
        for (String fixture : List.of("space-race.json", "rome.json", "cosmos.json", "sheet.csv", "sheet-alt-text.csv")) {
            Path content = temp.resolve(fixture.replace('.', '-')).resolve("content");
            Path source = Path.of("src/test/resources/timelinejs", fixture);
            ImportReport report = new ImportReport(source);
            TimelineJsImporter.Imported imported = new TimelineJsImporter()
                    .importFile(source, new TimelineJsImporter.Settings("imported", "en", ZoneId.of("Europe/Oslo")), report)
                    .orElseThrow();
            ImportWriter writer = new ImportWriter();
            writer.write(imported, content.resolve("imported"), Path.of(""), false);
            writer.settleSite(content, "imported", Optional.empty(), new SiteConfig("T", "en", ZoneId.of("Europe/Oslo"),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            for (Path file : contentFiles(content)) {
                assertThat(errors(file)).as(fixture + ": " + content.relativize(file)).isEmpty();
            }
        }
    }

    @Test
    void badEventFrontMatterIsRejected() {
        String good = "date: 2017-07-09\ntitle: T\nkind: statement\nactors: [trump]\n";
        assertThat(event.validate(yaml(good))).isEmpty();
        assertThat(messages(event, good + "colour: red\n")).anyMatch(m -> m.contains("colour"));
        assertThat(messages(event, "date: 2017-07-09\nkind: statement\nactors: []\n")).anyMatch(m -> m.contains("title"));
        assertThat(messages(event, good.replace("statement", "tweet"))).isNotEmpty();
        assertThat(messages(event, good.replace("2017-07-09", "9 July 2017"))).isNotEmpty();
        assertThat(messages(event, good.replace("[trump]", "[Donald Trump]"))).isNotEmpty();
        assertThat(messages(event, good + "relations: [{type: reverts, event: x}]\n")).isNotEmpty();
        assertThat(messages(event, good + "media: [{src: ../secret.png, alt: x}]\n")).isNotEmpty();
        assertThat(messages(event, good + "media: [{src: photo.png}]\n")).anyMatch(m -> m.contains("alt"));
        assertThat(messages(event, good.replace("2017-07-09", "0"))).isNotEmpty();
    }

    @Test
    void everyFormOfDateTheParserReadsMatchesTheSchema() {
        String good = "date: '2017-07-09'\ntitle: T\nkind: statement\nactors: [trump]\n";
        for (String date : List.of("Y170000002", "Y-170000002", "2001-21", "201X", "20XX", "2004-XX", "1985-04-XX",
                "1985-XX-XX", "1985-04-12/..", "../1985", "1985/", "/1985-04", "1985-04-12T23:20:30-04", "Y-17E7",
                "1950S2", "Y3388E2S3", "156X-12-25", "1XXX-12", "2004-06-~11", "?2004-06-~11", "2004-06-11%")) {
            dev.dateline.model.EdtfDate.parse(date);
            assertThat(event.validate(yaml(good.replace("2017-07-09", date)))).as(date).isEmpty();
        }
        assertThat(messages(event, good.replace("2017-07-09", "2017-7"))).isNotEmpty();
        assertThat(messages(event, good.replace("2017-07-09", "1X5X"))).isNotEmpty();
    }

    @Test
    void badSiteAndTimelineFilesAreRejected() {
        assertThat(messages(site, "title: T\nlanguage: nb\n")).anyMatch(m -> m.contains("timeZone"));
        assertThat(messages(site, "title: T\nlanguage: nb\ntimeZone: Europe/Oslo\nbaseUrl: ftp://x\n")).isNotEmpty();
        String good = "title: T\nstandfirst: S\nactors:\n  trump:\n    name: Donald Trump\n";
        assertThat(timeline.validate(yaml(good))).isEmpty();
        assertThat(messages(timeline, good + "eras:\n  - title: Summit\n    date: 2017-07-07\n")).isNotEmpty();
        assertThat(messages(timeline, good + "eras:\n  - title: Summit\n")).anyMatch(m -> m.contains("date"));
        assertThat(messages(timeline, good.replace("trump:", "Donald Trump:"))).isNotEmpty();
        assertThat(messages(timeline, good.replace("    name: Donald Trump\n", "    role: President\n"))).isNotEmpty();
    }

    private static List<Path> contentFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".md"))
                    .sorted().toList();
        }
    }

    private static List<Error> errors(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (name.equals("site.yaml")) {
            return site.validate(yaml(text));
        }
        if (name.equals("timeline.yaml")) {
            return timeline.validate(yaml(text));
        }
        String[] parts = text.split("(?m)^---\\s*$", 3);
        assertThat(parts).as("front matter of " + file).hasSize(3);
        return event.validate(yaml(parts[1]));
    }

    private static List<String> messages(Schema schema, String yaml) {
        return schema.validate(yaml(yaml)).stream().map(Error::toString).toList();
    }

    private static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }
}
