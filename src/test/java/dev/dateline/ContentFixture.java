package dev.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A small English site written to a folder for tests: one timeline with a time of day, an
 * approximate date whose quote tries to break out of a script element, an interval and an era.
 */
public final class ContentFixture {
    public static final String TIMELINE = "budget";
    public static final String HOSTILE_QUOTE = "We will </script><script>alert(1)</script> cut <!-- taxes & fees -->";

    private ContentFixture() {
    }

    public static Path write(Path root) {
        Path content = root.resolve("content");
        write(content.resolve("site.yaml"), """
                title: Fixture news
                language: en
                timeZone: Europe/Oslo
                author: The Fixture Desk
                """);
        write(content.resolve(TIMELINE + "/timeline.yaml"), """
                title: The budget row
                standfirst: How the *budget* was agreed, then undone.
                language: en
                published: 2020-03
                actors:
                  alice: {name: Alice Example, role: Finance minister}
                  bob: {name: Bob Example}
                eras:
                  - {title: Negotiations, date: 2020-03-01/2020-03-04}
                """);
        write(content.resolve(TIMELINE + "/events/talks-open.md"), """
                ---
                date: 2020-03-01T09:30-05:00
                title: Talks open
                kind: meeting
                actors: [alice, bob]
                ---
                The talks open in the morning.
                """);
        write(content.resolve(TIMELINE + "/events/alice-promise.md"), """
                ---
                date: 2020-03-02~
                title: Alice promises cuts
                kind: statement
                actors: [alice]
                quotes:
                  - text: "%s"
                    lang: en
                    by: alice
                    source: {name: Alice on radio, kind: statement, published: 2020-03-05}
                ---
                Alice speaks on the radio.
                """.formatted(HOSTILE_QUOTE.replace("\"", "\\\"")));
        write(content.resolve(TIMELINE + "/events/budget-week.md"), """
                ---
                date: 2020-03-03/2020-03-04
                title: Budget week
                kind: context
                actors: [bob]
                ---
                Two days of votes.
                """);
        return content;
    }

    /** Builds the fixture with the repository's theme. */
    public static SiteOutput build(Path content, Optional<URI> baseUrl) {
        Dateline.Result result = new Dateline(Path.of("templates")).build(content, baseUrl);
        assertThat(result.diagnostics().sorted()).as("diagnostics of the fixture").isEmpty();
        return result.output().orElseThrow();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
