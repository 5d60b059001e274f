package dev.dateline.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Event;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter ends only at a line `---`; YAML anchors and aliases are errors where they are written. */
class YamlStrictnessTest {
    @TempDir
    Path content;

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private LoadResult load(String event) throws IOException {
        write("site.yaml", "title: Test\nlanguage: en\ntimeZone: Europe/Oslo\n");
        write("g20/timeline.yaml", "title: T\nstandfirst: S.\npublished: 2017-07\nactors:\n  trump:\n    name: Donald Trump\n");
        write("g20/events/e.md", event);
        return new ContentLoader().load(content);
    }

    private List<String> printed(LoadResult result) {
        return result.diagnostics().sorted().stream().map(d -> d.format(content)).toList();
    }

    @Test
    void aLineOfThreeDotsInsideABlockScalarIsPartOfTheQuote() throws IOException {
        LoadResult result = load("""
                ---
                date: 2017-07-09
                title: Trump walks it back
                kind: statement
                actors: [trump]
                quotes:
                  - text: |
                      The fact that President Putin and I discussed a Cyber Security unit
                      ...
                      doesn't mean I think it can happen.
                    lang: en
                    by: trump
                ---
                Text.
                """);
        assertThat(printed(result)).isEmpty();
        Event event = result.site().orElseThrow().timelines().get(0).events().get(0);
        assertThat(event.quotes().get(0).text()).contains("\n...\n").endsWith("it can happen.\n");
    }

    @Test
    void anAliasIsAnErrorAtItsPlaceNotTheAnchorsName() throws IOException {
        LoadResult result = load("""
                ---
                date: 2017-07-09
                title: &t Trump tweets
                displayDate: *t
                kind: statement
                actors: [trump]
                ---
                Text.
                """);
        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).anySatisfy(line -> assertThat(line)
                .startsWith("g20/events/e.md:4:14: error: ").contains("alias `*t`"));
    }

    @Test
    void anAnchorAloneIsAnErrorToo() throws IOException {
        LoadResult result = load("""
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: &who [trump]
                ---
                Text.
                """);
        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).anySatisfy(line -> assertThat(line)
                .startsWith("g20/events/e.md:5:9: error: ").contains("anchor `&who`"));
    }

    @Test
    void anAliasInTimelineYamlIsAnErrorWithItsPlace() throws IOException {
        load("---\ndate: 2017-07-09\ntitle: X\nkind: statement\nactors: [trump]\n---\nText.\n");
        write("g20/timeline.yaml", "title: &t T\nstandfirst: *t\npublished: 2017-07\nactors:\n  trump:\n    name: Donald Trump\n");
        LoadResult result = new ContentLoader().load(content);
        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).anySatisfy(line -> assertThat(line).startsWith("g20/timeline.yaml:2:13: error: "));
    }
}
