package dev.dateline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Norwegian timeline too long for one page, for the tests of its search: 60 events by two actors,
 * of two kinds, all about the budget ("budsjettet"); one word only in the quote of the event
 * {@value #QUOTED}, another only in the body of the event {@value #TOLD}.
 */
public final class SearchFixture {
    public static final String TIMELINE = "lang";
    public static final String QUOTED = "havormen";
    public static final String QUOTE_WORD = "sjøormen";
    public static final String TOLD = "fyret";
    public static final String BODY_WORD = "fyrvokteren";
    public static final int EVENTS = 60;

    private SearchFixture() {
    }

    /** Writes the content folder inside {@code root} and gives it. */
    public static Path write(Path root) {
        Path content = root.resolve("content");
        Path events = content.resolve(TIMELINE).resolve("events");
        try {
            Files.createDirectories(events);
            Files.writeString(content.resolve("site.yaml"), "title: Søkbar\nlanguage: nb\ntimeZone: Europe/Oslo\n");
            Files.writeString(content.resolve(TIMELINE).resolve("timeline.yaml"), """
                    title: Et langt budsjettår
                    standfirst: Mange hendelser.
                    actors:
                      minister: {name: Ministeren}
                      byraa: {name: Byrået}
                    """);
            for (int i = 0; i < EVENTS; i++) {
                event(events, "e-" + i, i, "Hendelse nummer " + i, i % 2 == 0 ? "statement" : "report",
                        i % 3 == 0 ? "minister" : "byraa", "", "Om budsjettet, del " + i + ".");
            }
            event(events, QUOTED, EVENTS, "Ministeren om havet", "statement", "minister",
                    "quotes:\n  - text: \"Vi har sett " + QUOTE_WORD + " i fjorden.\"\n    lang: nb\n    by: minister\n",
                    "Ministeren snakker om budsjettet.");
            event(events, TOLD, EVENTS + 1, "Byrået om fyret", "report", "byraa", "",
                    "Byrået har snakket med " + BODY_WORD + " om budsjettet.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    private static void event(Path events, String id, int day, String title, String kind, String actor, String quotes,
            String body) throws IOException {
        Files.writeString(events.resolve(id + ".md"), "---\ndate: \"" + java.time.LocalDate.of(2001, 1, 1).plusDays(day * 5L)
                + "\"\ntitle: " + title + "\nkind: " + kind + "\nactors: [" + actor + "]\n" + quotes + "---\n" + body + "\n");
    }

    /** Whether the event {@code e-i} is a report, and whether it is the minister's. */
    public static boolean report(int i) {
        return i % 2 == 1;
    }

    public static boolean ministers(int i) {
        return i % 3 == 0;
    }
}
