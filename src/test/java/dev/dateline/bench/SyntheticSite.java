package dev.dateline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a deterministic synthetic timeline of N events in Dateline's content format and, with
 * --hugo, the same events as a Hugo site that builds the same pages, for benchmarks.
 *
 * Usage: java src/test/java/dev/dateline/bench/SyntheticSite.java N OUT_DIR [--hugo HUGO_DIR]
 *
 * The Hugo site's configuration, layouts and texts are the files under bench/hugo/, and its
 * stylesheet and script are Dateline's, from templates/assets/; both are copied from the
 * repository this source file is in (found from the file's own location, else from the current
 * directory or one of its parents). Its content is written here: one page per event under
 * content/synthetic/ with the same title, date, kind, actors, quotes, relations and body as the
 * Dateline event, the story's title, standfirst and date in content/synthetic/_index.md, and the
 * actors' names in data/actors.yaml.
 */
public final class SyntheticSite {
    private static final String[] WORDS = ("the minister said that talks would continue next week while critics "
            + "warned of delays and officials declined to comment on the report published by the agency after "
            + "a meeting in the capital where leaders discussed security trade energy and the budget").split(" ");
    private static final String[] KINDS = {"statement", "confirmation", "reaction", "meeting", "report", "context"};
    private static final String[] ACTORS = {"minister", "agency", "critics", "leaders", "officials"};
    private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

    /** One event as the Hugo site gets it: its place in time, front matter and body. */
    private record HugoEvent(String id, ZonedDateTime start, String frontMatter, String body) {}

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path hugo = args.length > 3 && args[2].equals("--hugo") ? Path.of(args[3]) : null;
        Random random = new Random(20170709L + n);
        Path events = out.resolve("synthetic/events");
        Files.createDirectories(events);
        Files.writeString(out.resolve("site.yaml"), "title: Synthetic\nlanguage: en\ntimeZone: Europe/Oslo\n");
        StringBuilder timeline = new StringBuilder("title: A synthetic story\nstandfirst: Generated for benchmarks.\n"
                + "published: 2020-01\nactors:\n");
        for (String actor : ACTORS) {
            timeline.append("  ").append(actor).append(":\n    name: The ").append(actor).append('\n');
        }
        Files.writeString(out.resolve("synthetic/timeline.yaml"), timeline);
        List<HugoEvent> hugoEvents = new ArrayList<>();
        LocalDate start = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            LocalDate day = start.plusDays(i / 3);
            String id = String.format("event-%05d", i);
            String date = switch (i % 10) {
                case 0 -> day.toString().substring(0, 7);
                case 1 -> day + "~";
                case 2 -> day + "T" + String.format("%02d:%02d", i % 24, i % 60) + "-04:00";
                case 3 -> day + "/" + day.plusDays(2);
                default -> day.toString();
            };
            String actor = ACTORS[i % ACTORS.length];
            String title = "Event " + i + " " + words(random, 5);
            String kind = KINDS[i % KINDS.length];
            String quotes = "";
            if (i % 4 == 0) {
                quotes = "quotes:\n  - text: \"" + words(random, 14) + "\"\n    lang: en\n    by: " + actor
                        + "\n    source: {name: Wire report, kind: article}\n";
            }
            String relations = "";
            if (i > 0 && i % 5 == 0) {
                relations = "relations:\n  - type: respondsTo\n    event: " + String.format("event-%05d", i - 1) + "\n";
            }
            String body = body(random);
            String common = "title: " + title + "\nkind: " + kind + "\nactors: [" + actor + "]\n" + quotes + relations;
            Files.writeString(events.resolve(id + ".md"), "---\ndate: " + date + "\n" + common + "---\n" + body,
                    StandardCharsets.UTF_8);
            if (hugo != null) {
                hugoEvents.add(hugoEvent(i, id, day, common, body));
            }
        }
        if (hugo != null) {
            writeHugoSite(hugo, hugoEvents);
        }
    }

    /**
     * The event for Hugo, which cannot read Dateline's EDTF dates: a plain date or time, with
     * {@code precision} for a month or a time of day, {@code approximate} for "about", and
     * {@code end} for the last day of an interval.
     */
    private static HugoEvent hugoEvent(int i, String id, LocalDate day, String common, String body) {
        String date;
        ZonedDateTime start = day.atStartOfDay(ZONE);
        switch (i % 10) {
            case 0 -> {
                date = "date: " + day.withDayOfMonth(1) + "\nprecision: month\n";
                start = day.withDayOfMonth(1).atStartOfDay(ZONE);
            }
            case 1 -> date = "date: " + day + "\napproximate: true\n";
            case 2 -> {
                String time = day + "T" + String.format("%02d:%02d", i % 24, i % 60) + ":00-04:00";
                date = "date: " + time + "\nprecision: minute\n";
                start = OffsetDateTime.parse(time).atZoneSameInstant(ZONE);
            }
            case 3 -> date = "date: " + day + "\nend: " + day.plusDays(2) + "\n";
            default -> date = "date: " + day + "\n";
        }
        return new HugoEvent(id, start, date + common, body);
    }

    /**
     * Writes the Hugo site. Hugo lists pages by weight before date, so each event's weight is
     * its place in Dateline's order (by start, then by id for events that start together), which
     * Hugo's list, pager and feed then follow.
     */
    private static void writeHugoSite(Path hugo, List<HugoEvent> events) throws IOException {
        Path repository = repository();
        copyTree(repository.resolve("bench/hugo"), hugo);
        copyTree(repository.resolve("templates/assets"), hugo.resolve("assets"));
        Files.createDirectories(hugo.resolve("data"));
        StringBuilder actors = new StringBuilder();
        for (String actor : ACTORS) {
            actors.append("- id: ").append(actor).append("\n  name: The ").append(actor).append('\n');
        }
        Files.writeString(hugo.resolve("data/actors.yaml"), actors);
        Path content = hugo.resolve("content/synthetic");
        Files.createDirectories(content);
        Files.writeString(content.resolve("_index.md"),
                "---\ntitle: A synthetic story\ndate: 2020-01-01\nprecision: month\n---\nGenerated for benchmarks.\n");
        List<HugoEvent> ordered = events.stream()
                .sorted(Comparator.comparing((HugoEvent e) -> e.start().toInstant()).thenComparing(HugoEvent::id))
                .toList();
        for (int rank = 0; rank < ordered.size(); rank++) {
            HugoEvent e = ordered.get(rank);
            Files.writeString(content.resolve(e.id() + ".md"),
                    "---\n" + e.frontMatter() + "weight: " + (rank + 1) + "\n---\n" + e.body(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The repository this file belongs to: the nearest folder with bench/hugo/ above this source
     * file (or above the compiled classes), else above the current directory.
     */
    private static Path repository() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Path.of(SyntheticSite.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            // no location to go by: the current directory decides
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path from : starts) {
            for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("bench/hugo"))) {
                    return dir;
                }
            }
        }
        throw new IllegalStateException("bench/hugo/ not found above " + starts);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String body(Random random) {
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 3; paragraph++) {
            body.append(words(random, 40)).append(" *emphasis* and a [link](https://example.org/").append(paragraph)
                    .append(").\n\n");
        }
        return body.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return out.toString();
    }
}
