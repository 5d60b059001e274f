package dev.dateline.content;

import dev.dateline.cache.BuildCache;
import dev.dateline.diagnostics.Diagnostic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.Actor;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    private static final String SITE_YAML = """
            title: Dateline test
            language: nb
            timeZone: Europe/Oslo
            """;
    private static final String TIMELINE_YAML = """
            title: Trump and the cyber unit
            standfirst: Trump and Putin agree on a *cyber security unit*.
            published: 2017-07
            actors:
              trump:
                name: Donald Trump
                role: President of the United States
              putin:
                name: Vladimir Putin
              rubio:
                name: Marco Rubio
            """;

    @TempDir
    Path content;
    Path timeline;

    @BeforeEach
    void setUp() {
        timeline = content.resolve("g20");
    }

    @Test
    void validSiteLoadsWithoutDiagnostics() throws IOException {
        writeSite();
        write("g20/events/trump-tweet.md", """
                ---
                date: 2017-07-09T08:50-04:00
                title: Trump tweets about a cyber unit
                kind: statement
                actors: [trump]
                quotes:
                  - text: an impenetrable Cyber Security unit
                    lang: en
                    by: trump
                sources:
                  - name: Twitter
                    url: https://twitter.com/realDonaldTrump
                relations:
                  - type: confirms
                    event: putin-working-group
                tags: [cyber]
                ---
                Trump *tweets*.
                """);
        write("g20/events/putin-working-group.md", """
                ---
                date: 2017-07-08
                title: Putin says they agreed on a working group
                kind: statement
                actors:
                  - putin
                ---
                Putin speaks.
                """);

        LoadResult result = load();

        assertThat(printed(result)).isEmpty();
        Site site = result.site().orElseThrow();
        assertThat(site.config().title()).isEqualTo("Dateline test");
        assertThat(site.config().timeZone()).isEqualTo(ZoneId.of("Europe/Oslo"));
        Timeline g20 = site.home();
        assertThat(g20.id()).isEqualTo("g20");
        assertThat(g20.language()).isEqualTo("nb");
        assertThat(g20.published().orElseThrow().edtf()).isEqualTo("2017-07");
        assertThat(g20.actors()).extracting(Actor::id).containsExactly("trump", "putin", "rubio");
        assertThat(g20.events()).extracting(Event::id).containsExactly("putin-working-group", "trump-tweet");
        Event tweet = g20.event("trump-tweet").orElseThrow();
        assertThat(tweet.title()).isEqualTo("Trump tweets about a cyber unit");
        assertThat(tweet.kind()).isEqualTo(EventKind.STATEMENT);
        assertThat(tweet.date().edtf()).isEqualTo("2017-07-09T08:50-04:00");
        assertThat(tweet.actors()).containsExactly("trump");
        assertThat(tweet.quotes()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("an impenetrable Cyber Security unit");
            assertThat(q.lang()).isEqualTo("en");
            assertThat(q.by()).isEqualTo("trump");
        });
        assertThat(tweet.sources()).singleElement()
                .satisfies(s -> assertThat(s.url()).contains("https://twitter.com/realDonaldTrump"));
        assertThat(tweet.relations()).singleElement().satisfies(r -> assertThat(r.event()).isEqualTo("putin-working-group"));
        assertThat(tweet.tags()).containsExactly("cyber");
        assertThat(tweet.body()).isEqualTo("Trump *tweets*.\n");
    }

    @Test
    void eventsAreSortedByDateStartThenOrderThenId() throws IOException {
        writeSite();
        writeEvent("b.md", "date: 2017-07-09\norder: 2");
        writeEvent("a.md", "date: 2017-07-09\norder: 2");
        writeEvent("c.md", "date: 2017-07-09\norder: 1");
        writeEvent("d.md", "date: 2017-07-09");
        writeEvent("evening-in-new-york.md", "date: 2017-07-08T23:30-04:00");
        writeEvent("zulu.md", "date: 2017-07-07/2017-07-10");
        writeEvent("month.md", "date: 2017-07");

        LoadResult result = load();

        assertThat(printed(result)).isEmpty();
        assertThat(result.site().orElseThrow().home().events()).extracting(Event::id)
                .containsExactly("month", "zulu", "d", "c", "a", "b", "evening-in-new-york");
    }

    @Test
    void yearOnlyDateWrittenAsAYamlNumberLoads() throws IOException {
        writeSite();
        writeEvent("background.md", "date: 2017\nkind: context");

        assertThat(load().site().orElseThrow().home().events().get(0).date().edtf()).isEqualTo("2017");
    }

    @Test
    void idFieldOverridesTheFileName() throws IOException {
        writeSite();
        writeEvent("Some File.md", "id: walk-back\ndate: 2017-07-10");

        assertThat(load().site().orElseThrow().home().events()).extracting(Event::id).containsExactly("walk-back");
    }

    @Test
    void unknownFieldIsReportedAtItsKeyWithSuggestion() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                title: Trump tweets
                kind: statement
                dat: 2017-07-09
                actors: [trump]
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).contains(
                "events/x.md:4:1: error: unknown field `dat` in the front matter\n  hint: did you mean `date`?");
    }

    @Test
    void unknownNestedFieldIsReportedAtItsIndentedKey() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump]
                quotes:
                  - text: an impenetrable Cyber Security unit
                    lng: en
                    by: trump
                ---
                """);

        assertThat(printed(load())).contains(
                "events/x.md:8:5: error: unknown field `lng` in a quote\n  hint: did you mean `lang`?");
    }

    @Test
    void swappedLettersInAFieldNameGetASuggestion() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                tilte: Trump tweets
                kind: statement
                actors: [trump]
                ---
                """);

        assertThat(printed(load())).contains(
                "events/x.md:3:1: error: unknown field `tilte` in the front matter\n  hint: did you mean `title`?");
    }

    @Test
    void fieldGivenTwiceIsReportedAtTheSecondKey() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                title: Trump tweets again
                actors: [trump]
                ---
                """);

        assertThat(messages(load())).containsExactly(
                "events/x.md:5:1: error: `title` is given twice in the front matter");
    }

    @Test
    void missingTitleIsReportedAtTheStartOfTheFrontMatter() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                kind: statement
                actors: [trump]
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).containsExactly(
                "events/x.md:2:1: error: the front matter has no `title`\n  hint: add a line `title: ...`");
    }

    @Test
    void everyMissingRequiredFieldIsReported() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                tags: [cyber]
                ---
                """);

        assertThat(messages(load())).containsExactly(
                "events/x.md:2:1: error: the front matter has no `date`",
                "events/x.md:2:1: error: the front matter has no `title`",
                "events/x.md:2:1: error: the front matter has no `kind`",
                "events/x.md:2:1: error: the front matter has no `actors`");
    }

    @Test
    void invalidDateIsReportedInsideTheValue() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                title: Trump tweets
                date: 2017-13-09
                kind: statement
                actors: [trump]
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).containsExactly(
                "events/x.md:3:12: error: invalid date `2017-13-09`: there is no month 13\n"
                        + "  hint: months run from 01 to 12");
    }

    @Test
    void invalidDateInAnIntervalEndIsReportedAtThatEnd() throws IOException {
        writeSite();
        writeEvent("x.md", "date: 2017-07-07/2017-02-30");

        assertThat(messages(load())).containsExactly(
                "events/x.md:2:26: error: invalid date `2017-07-07/2017-02-30`: day 30 does not exist in 2017-02");
    }

    @Test
    void invalidQuotedDateIsReportedInsideTheQuotes() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: "2017-13-09"
                title: Trump tweets
                kind: statement
                actors: [trump]
                ---
                """);

        assertThat(messages(load())).containsExactly(
                "events/x.md:2:13: error: invalid date `2017-13-09`: there is no month 13");
    }

    @Test
    void unknownKindIsReportedWithSuggestion() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statment
                actors: [trump]
                ---
                """);

        assertThat(printed(load())).containsExactly(
                "events/x.md:4:7: error: unknown kind `statment`\n  hint: did you mean `statement`?");
    }

    @Test
    void unknownActorIsReportedAtItsListItem() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump and Putin meet
                kind: meeting
                actors: [trump, putn]
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).containsExactly(
                "events/x.md:5:17: error: unknown actor `putn`\n  hint: did you mean `putin`?");
    }

    @Test
    void unknownQuoteAuthorIsReportedAtItsByField() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump]
                quotes:
                  - text: an impenetrable Cyber Security unit
                    lang: en
                    by: donald
                ---
                """);

        assertThat(messages(load())).containsExactly("events/x.md:9:9: error: unknown actor `donald`");
    }

    @Test
    void actorsThatIsNotAListIsReportedOnce() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: trump
                ---
                """);

        assertThat(messages(load())).containsExactly(
                "events/x.md:5:9: error: `actors` must be a list, not a value");
    }

    @Test
    void relationToAMissingEventIsReportedAtItsEventField() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        write("g20/events/walk-back.md", """
                ---
                date: 2017-07-10
                title: Trump walks it back
                kind: reversal
                actors: [trump]
                relations:
                  - type: reverses
                    event: trump-twet
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).containsExactly("events/walk-back.md:8:12: error: the relation `reverses` points to "
                + "`trump-twet`, which is not an event of this timeline\n  hint: did you mean `trump-tweet`?");
    }

    @Test
    void unknownRelationTypeIsReportedWithSuggestion() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        write("g20/events/walk-back.md", """
                ---
                date: 2017-07-10
                title: Trump walks it back
                kind: reaction
                actors: [trump]
                relations:
                  - {type: respondTo, event: trump-tweet}
                ---
                """);

        assertThat(printed(load())).containsExactly(
                "events/walk-back.md:7:12: error: unknown relation type `respondTo`\n  hint: did you mean `respondsTo`?");
    }

    @Test
    void eventRelatingToItselfIsAnError() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09\nrelations:\n  - {type: follows, event: trump-tweet}");

        assertThat(messages(load())).containsExactly("events/trump-tweet.md:4:28: error: the event relates to itself");
    }

    @Test
    void duplicateIdsAreAnError() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        writeEvent("tweet-copy.md", "id: trump-tweet\ndate: 2017-07-09");

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(messages(result)).containsExactly(
                "events/tweet-copy.md:2:5: error: the event id `trump-tweet` is also used by trump-tweet.md");
    }

    @Test
    void reversingALaterEventIsAWarningAndTheSiteStillLoads() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        write("g20/events/walk-back.md", """
                ---
                date: 2017-07-08
                title: Trump walks it back
                kind: reversal
                actors: [trump]
                relations:
                  - type: reverses
                    event: trump-tweet
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isPresent();
        assertThat(result.diagnostics().errorCount()).isZero();
        assertThat(printed(result)).containsExactly("events/walk-back.md:8:12: warning: `walk-back` reverses "
                + "`trump-tweet`, which happens later\n  hint: check the dates, or the direction of the relation");
    }

    @Test
    void reversingAnEarlierEventIsFine() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        writeEvent("walk-back.md", "date: 2017-07-10\nkind: reversal\nrelations: [{type: reverses, event: trump-tweet}]");

        LoadResult result = load();

        assertThat(printed(result)).isEmpty();
        assertThat(result.site()).isPresent();
    }

    @Test
    void reversingATimedEventOnTheSameDayIsFine() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09T08:50-04:00");
        writeEvent("walk-back.md", "date: 2017-07-09\nkind: reversal\nrelations: [{type: reverses, event: trump-tweet}]");

        LoadResult result = load();

        assertThat(printed(result)).isEmpty();
    }

    @Test
    void reversalWithoutReversesIsAWarningAtItsKind() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        write("g20/events/walk-back.md", """
                ---
                date: 2017-07-10
                title: Trump walks it back
                kind: reversal
                actors: [trump]
                relations:
                  - type: follows
                    event: trump-tweet
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isPresent();
        assertThat(result.diagnostics().warningCount()).isEqualTo(1);
        assertThat(messages(result)).containsExactly(
                "events/walk-back.md:4:7: warning: a reversal that names nothing it reverses");
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkLoad() throws IOException {
        String bom = "\uFEFF";
        write("site.yaml", bom + SITE_YAML.replace("\n", "\r\n"));
        write("g20/timeline.yaml", bom + TIMELINE_YAML.replace("\n", "\r\n"));
        write("g20/events/trump-tweet.md", bom + """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump]
                ---
                First line.

                Second line.
                """.replace("\n", "\r\n"));

        LoadResult result = load();

        assertThat(printed(result)).isEmpty();
        Site site = result.site().orElseThrow();
        assertThat(site.config().title()).isEqualTo("Dateline test");
        Event event = site.home().events().get(0);
        assertThat(event.title()).isEqualTo("Trump tweets");
        assertThat(event.body()).isEqualTo("First line.\n\nSecond line.\n");
    }

    @Test
    void crlfLineEndingsKeepLineNumbers() throws IOException {
        writeSite();
        write("g20/events/x.md", "\uFEFF---\r\ndate: 2017-07-09\r\ntitle: Trump tweets\r\nkind: statement\r\n"
                + "actors: [trump]\r\ndat: 2017\r\n---\r\n");

        assertThat(messages(load())).containsExactly("events/x.md:6:1: error: unknown field `dat` in the front matter");
    }

    @Test
    void utf16FileIsAnError() throws IOException {
        writeSite();
        Path file = timeline.resolve("events/x.md");
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x2d, 0x00, 0x2d, 0x00, 0x2d, 0x00, 0x0a, 0x00});

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(printed(result)).containsExactly(
                "events/x.md: error: the file is UTF-16 text, not UTF-8\n"
                        + "  hint: save it with the UTF-8 encoding; most editors offer it under Save As or Encoding");
    }

    @Test
    void latin1TimelineFileIsAnError() throws IOException {
        writeSite();
        Files.write(timeline.resolve("timeline.yaml"),
                (TIMELINE_YAML + "byline: Bjørn\n").getBytes(StandardCharsets.ISO_8859_1));

        int bylineLine = (int) TIMELINE_YAML.lines().count() + 1;
        assertThat(messages(load())).containsExactly(
                "timeline.yaml:" + bylineLine + ":11: error: the file is not UTF-8 text (byte 0xF8)");
    }

    @Test
    void theReplacementCharacterWrittenInUtf8IsText() throws IOException {
        writeSite();
        write("g20/events/x.md", "---\ndate: 2017-07-09\ntitle: Trump tweets \uFFFD\nkind: statement\n"
                + "actors: [trump]\n---\nAn unreadable sign: \uFFFD.\n");

        Event event = load().site().orElseThrow().home().events().get(0);

        assertThat(event.title()).isEqualTo("Trump tweets \uFFFD");
        assertThat(event.body()).isEqualTo("An unreadable sign: \uFFFD.\n");
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsStillFound() throws IOException {
        writeSite();
        byte[] valid = (TIMELINE_YAML + "byline: \uFFFD ").getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(valid, valid.length + 2);
        bad[valid.length] = (byte) 0xF8;
        bad[valid.length + 1] = '\n';
        Files.write(timeline.resolve("timeline.yaml"), bad);

        int bylineLine = (int) TIMELINE_YAML.lines().count() + 1;
        assertThat(messages(load())).containsExactly(
                "timeline.yaml:" + bylineLine + ":11: error: the file is not UTF-8 text (byte 0xF8)");
    }

    @Test
    void missingFrontMatterIsAnErrorAtLineOne() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                # Trump tweets

                date: 2017-07-09
                """);

        assertThat(messages(load())).containsExactly("events/x.md:1:1: error: the file has no front matter");
    }

    @Test
    void unclosedFrontMatterIsAnErrorAtLineOne() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump]

                Trump tweets.
                """);

        assertThat(messages(load())).containsExactly("events/x.md:1:1: error: the front matter is not closed");
    }

    @Test
    void yamlSyntaxErrorIsReportedAtItsFileLine() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                  kind: statement
                actors: [trump]
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(messages(result)).containsExactly(
                "events/x.md:4:7: error: `: ` inside a value, where YAML expects a new field");
    }

    @Test
    void tabIndentationIsReportedOnTheLineWithTheTab() throws IOException {
        writeSite();
        write("g20/events/x.md", "---\ndate: 2017-07-09\ntitle: Trump tweets\nkind: statement\n"
                + "actors:\n\t- trump\n---\n");

        Diagnostic d = onlyDiagnostic(load());

        assertThat(d.message()).isEqualTo("a tab character; YAML is indented with spaces only");
        assertThat(d.line()).isEqualTo(6);
        assertThat(d.column()).isEqualTo(1);
    }

    @Test
    void yamlSyntaxErrorIsReportedWhereTheParserFoundIt() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: - trump
                ---
                """);

        assertThat(messages(load())).containsExactly(
                "events/x.md:5:9: error: YAML syntax: sequence entries are not allowed here");
    }

    @Test
    void unclosedFlowListInSiteYamlIsReportedOnItsLine() throws IOException {
        write("site.yaml", """
                title: Dateline test
                language: nb
                timeZone: [Europe/Oslo
                """);
        write("g20/timeline.yaml", TIMELINE_YAML);

        Diagnostic d = onlyDiagnostic(load());

        assertThat(d.message()).isEqualTo("the list that starts here with `[` is never closed");
        assertThat(d.file()).isEqualTo(content.resolve("site.yaml"));
        assertThat(d.line()).isEqualTo(3);
    }

    @Test
    void feedEntriesSetsHowManyEntriesAFeedListsAndIsAtLeastOne() throws IOException {
        writeSite();
        write("site.yaml", SITE_YAML + "feedEntries: 20\n");
        assertThat(load().site().orElseThrow().config().feedEntries()).isEqualTo(20);

        write("site.yaml", SITE_YAML);
        assertThat(load().site().orElseThrow().config().feedEntries()).isEqualTo(50);

        write("site.yaml", SITE_YAML + "feedEntries: 0\n");
        LoadResult result = load();
        assertThat(result.site()).isEmpty();
        assertThat(messages(result)).singleElement().asString()
                .endsWith("/site.yaml:4:14: error: `feedEntries` is 0, but a feed lists at least one entry");
    }

    @Test
    void searchIsOnUnlessSiteYamlTurnsItOffAndIsTrueOrFalse() throws IOException {
        writeSite();
        write("site.yaml", SITE_YAML);
        assertThat(load().site().orElseThrow().config().search()).isTrue();

        write("site.yaml", SITE_YAML + "search: false\n");
        assertThat(load().site().orElseThrow().config().search()).isFalse();

        write("site.yaml", SITE_YAML + "search: maybe\n");
        LoadResult result = load();
        assertThat(result.site()).isEmpty();
        assertThat(messages(result)).singleElement().asString()
                .endsWith("/site.yaml:4:9: error: `search` must be true or false, not `maybe`");
    }

    @Test
    void eventIdWithPathSeparatorsIsRejected() throws IOException {
        writeSite();
        write("g20/events/x.md", """
                ---
                id: ../../escape
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump]
                ---
                """);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(messages(result)).containsExactly("events/x.md:2:5: error: `../../escape` is not a valid id");
    }

    @Test
    void fileNameThatIsNotAnIdNeedsAnIdField() throws IOException {
        writeSite();
        writeEvent("Trump Tweet.md", "date: 2017-07-09");

        assertThat(messages(load())).containsExactly(
                "events/Trump Tweet.md: error: the file name `Trump Tweet.md` does not make a valid event id");
    }

    @Test
    void hiddenAndBackupFilesAreNotEvents() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        write("g20/events/.draft.md", "not front matter");
        write("g20/events/trump-tweet.md~", "not front matter");
        write("g20/events/notes.txt", "not front matter");

        LoadResult result = load();

        assertThat(printed(result)).isEmpty();
        assertThat(result.site().orElseThrow().home().events()).extracting(Event::id).containsExactly("trump-tweet");
    }

    @Test
    void timelineActorsThatAreNotAMappingAreReportedOnce() throws IOException {
        write("site.yaml", SITE_YAML);
        write("g20/timeline.yaml", """
                title: Trump and the cyber unit
                standfirst: Trump and Putin agree.
                actors: [trump, putin]
                """);

        assertThat(messages(load())).containsExactly(
                "timeline.yaml:3:9: error: `actors` must map actor ids to actors, not a list");
    }

    @Test
    void missingSiteYamlIsAnError() throws IOException {
        write("g20/timeline.yaml", TIMELINE_YAML);

        LoadResult result = load();

        assertThat(result.site()).isEmpty();
        assertThat(result.diagnostics().sorted()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo(content.resolve("site.yaml"));
            assertThat(d.message()).isEqualTo("the site has no site.yaml");
        });
    }

    @Test
    void diagnosticsAreSortedByFileThenLineThenColumn() throws IOException {
        writeSite();
        write("g20/events/b.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statment
                actors: [trump]
                colour: red
                ---
                """);
        write("g20/events/a.md", """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump, nobody]
                ---
                """);

        assertThat(messages(load())).containsExactly(
                "events/a.md:5:17: error: unknown actor `nobody`",
                "events/b.md:4:7: error: unknown kind `statment`",
                "events/b.md:6:1: error: unknown field `colour` in the front matter");
    }

    @Test
    void summaryCountsErrorsAndWarnings() throws IOException {
        writeSite();
        writeEvent("trump-tweet.md", "date: 2017-07-09");
        writeEvent("walk-back.md", "date: 2017-07-10\nkind: reversal");
        writeEvent("x.md", "date: 2017-13");

        assertThat(load().diagnostics().summary()).isEqualTo("1 error, 1 warning");
    }

    private static Diagnostic onlyDiagnostic(LoadResult result) {
        assertThat(result.diagnostics().sorted()).hasSize(1);
        return result.diagnostics().sorted().get(0);
    }

    private LoadResult load() {
        return new ContentLoader().load(content);
    }

    /** Each diagnostic as printed for a user, relative to the timeline folder. */
    private List<String> printed(LoadResult result) {
        return result.diagnostics().sorted().stream().map(d -> d.format(timeline)).toList();
    }

    /** The printed diagnostics without their hints. */
    private List<String> messages(LoadResult result) {
        return printed(result).stream().map(s -> s.lines().findFirst().orElseThrow()).toList();
    }

    @Test
    void aRememberingLoaderFollowsSiteYamlIntoTheTimelinesItDidNotReadAgain() throws IOException {
        writeSite();
        writeEvent("a.md", "");
        ContentLoader loader = new ContentLoader(BuildCache.inMemory());
        assertThat(loader.load(content).site().orElseThrow().timelines().get(0).language()).isEqualTo("nb");
        write("site.yaml", SITE_YAML.replace("language: nb", "language: en"));
        // timeline.yaml is unchanged, but the language it leaves to the site is not
        assertThat(loader.load(content).site().orElseThrow().timelines().get(0).language()).isEqualTo("en");
    }

    @Test
    void aRememberingLoaderGivesTheSameActorsWhileTimelineYamlIsUnchanged() throws IOException {
        writeSite();
        writeEvent("a.md", "");
        ContentLoader loader = new ContentLoader(BuildCache.inMemory());
        List<Actor> first = loader.load(content).site().orElseThrow().timelines().get(0).actors();
        writeEvent("a.md", "title: Edited");
        Timeline again = loader.load(content).site().orElseThrow().timelines().get(0);
        assertThat(again.events().get(0).title()).isEqualTo("Edited");
        // the very same list, so that what was rendered from it is known unchanged at a glance
        assertThat(again.actors()).isSameAs(first);
    }

    private void writeSite() throws IOException {
        write("site.yaml", SITE_YAML);
        write("g20/timeline.yaml", TIMELINE_YAML);
    }

    /** A valid event by Trump, with {@code fields} added to or replacing the defaults. */
    private void writeEvent(String fileName, String fields) throws IOException {
        StringBuilder text = new StringBuilder("---\n").append(fields).append('\n');
        for (String required : List.of("date: 2017-07-09", "title: Something happened", "kind: statement",
                "actors: [trump]")) {
            String key = required.substring(0, required.indexOf(':') + 1);
            if (!fields.startsWith(key) && !fields.contains("\n" + key)) {
                text.append(required).append('\n');
            }
        }
        write("g20/events/" + fileName, text.append("---\nText.\n").toString());
    }

    private void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
