package dev.dateline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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
    /** The most entries a page of Dateline lists (Timeline.ENTRIES_PER_PAGE); Hugo's paginate is the same. */
    private static final int ENTRIES_PER_PAGE = 50;
    /** The most events a period of Dateline lists on pages of its own before it is split (PeriodPlanner.SPLIT_ABOVE). */
    private static final int SPLIT_ABOVE = 4 * ENTRIES_PER_PAGE;
    private static final DateTimeFormatter TITLE_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TITLE_DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /**
     * One event as the Hugo sites get it: its place in time (the first second it covers and the
     * second after its end, as Dateline's periods count them), front matter and body.
     */
    private record HugoEvent(String id, ZonedDateTime start, long end, String kind, String frontMatter, String body) {
        long first() {
            return start.toEpochSecond();
        }
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Path hugo = null;
        Path plain = null;
        for (int i = 2; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--hugo" -> hugo = Path.of(args[i + 1]);
                case "--hugo-plain" -> plain = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: SyntheticSite N OUT_DIR [--hugo HUGO_DIR] [--hugo-plain PLAIN_DIR]");
            }
        }
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
            if (hugo != null || plain != null) {
                hugoEvents.add(hugoEvent(i, id, day, kind, common, body));
            }
        }
        List<HugoEvent> ordered = hugoEvents.stream()
                .sorted(Comparator.comparing((HugoEvent e) -> e.start().toInstant()).thenComparing(HugoEvent::id))
                .toList();
        if (hugo != null) {
            writeHugoSite(hugo, ordered);
        }
        if (plain != null) {
            writePlainHugoSite(plain, ordered);
        }
    }

    /**
     * The event for Hugo, which cannot read Dateline's EDTF dates: a plain date or time, with
     * {@code precision} for a month or a time of day, {@code approximate} for "about", and
     * {@code end} for the last day of an interval.
     */
    private static HugoEvent hugoEvent(int i, String id, LocalDate day, String kind, String common, String body) {
        String date;
        ZonedDateTime start = day.atStartOfDay(ZONE);
        long end = day.plusDays(1).atStartOfDay(ZONE).toEpochSecond();
        switch (i % 10) {
            case 0 -> {
                date = "date: " + day.withDayOfMonth(1) + "\nprecision: month\n";
                start = day.withDayOfMonth(1).atStartOfDay(ZONE);
                end = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(ZONE).toEpochSecond();
            }
            case 1 -> date = "date: " + day + "\napproximate: true\n";
            case 2 -> {
                String time = day + "T" + String.format("%02d:%02d", i % 24, i % 60) + ":00-04:00";
                date = "date: " + time + "\nprecision: minute\n";
                start = OffsetDateTime.parse(time).atZoneSameInstant(ZONE);
                end = start.toEpochSecond() + 1;
            }
            case 3 -> {
                date = "date: " + day + "\nend: " + day.plusDays(2) + "\n";
                end = day.plusDays(3).atStartOfDay(ZONE).toEpochSecond();
            }
            default -> date = "date: " + day + "\n";
        }
        return new HugoEvent(id, start, end, kind, date + common, body);
    }

    /**
     * Writes the equal-work Hugo site. Hugo lists pages by weight before date, so each event's
     * weight is its place in Dateline's order (by start, then by id for events that start
     * together), which Hugo's lists, pager and feed then follow. A timeline of more than
     * {@link #ENTRIES_PER_PAGE} events is split into periods as Dateline splits it: each period a
     * section ({@code content/synthetic/2000/01/05/_index.md}) that holds the events it lists, the
     * actors and kinds taxonomies, all paginated {@value #ENTRIES_PER_PAGE} a page by Hugo.
     */
    private static void writeHugoSite(Path hugo, List<HugoEvent> ordered) throws IOException {
        Path repository = repository();
        copyTree(repository.resolve("bench/hugo"), hugo);
        copyTree(repository.resolve("templates/assets"), hugo.resolve("assets"));
        Files.copy(repository.resolve("templates/section.css"), hugo.resolve("assets/section.css"),
                StandardCopyOption.REPLACE_EXISTING);
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
        if (ordered.size() <= ENTRIES_PER_PAGE) {
            // one page, as Dateline makes it: no actor or kind pages either
            Path config = hugo.resolve("hugo.toml");
            String text = Files.readString(config);
            String kinds = "disableKinds = ['taxonomy', ";
            if (!text.contains(kinds)) {
                throw new IllegalStateException(config + " has no line starting " + kinds);
            }
            Files.writeString(config, text.replace(kinds, "disableKinds = ['taxonomy', 'term', "));
        }
        Map<String, Path> folders = new HashMap<>();
        if (ordered.size() > ENTRIES_PER_PAGE) {
            List<HugoEvent> rest = new ArrayList<>();
            int[] weight = {0};
            split(ordered, ChronoUnit.YEARS, content, rest, folders, weight);
        }
        for (int rank = 0; rank < ordered.size(); rank++) {
            HugoEvent e = ordered.get(rank);
            Path folder = folders.getOrDefault(e.id(), content);
            Files.writeString(folder.resolve(e.id() + ".md"), "---\n" + e.frontMatter() + "kinds: [" + e.kind()
                    + "]\nweight: " + (rank + 1) + "\n---\n" + e.body(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The periods of {@code unit} (years, months or days) that hold the events whole, each a section
     * under {@code dir}, split further while it holds more than {@link #ENTRIES_PER_PAGE}: the rule
     * of Dateline's render/PeriodPlanner. Events no such period holds whole are added to
     * {@code rest}; {@code folders} gets the section of every event listed in one.
     */
    private static void split(List<HugoEvent> events, ChronoUnit unit, Path dir, List<HugoEvent> rest,
            Map<String, Path> folders, int[] weight) throws IOException {
        TreeMap<LocalDate, List<HugoEvent>> groups = new TreeMap<>();
        for (HugoEvent e : events) {
            LocalDate first = floor(e.first(), unit);
            if (first.equals(floor(e.end() - 1, unit))) {
                groups.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            } else {
                rest.add(e);
            }
        }
        for (Map.Entry<LocalDate, List<HugoEvent>> group : groups.entrySet()) {
            LocalDate key = group.getKey();
            Path folder = dir.resolve(switch (unit) {
                case YEARS -> String.format("%04d", key.getYear());
                case MONTHS -> String.format("%02d", key.getMonthValue());
                default -> String.format("%02d", key.getDayOfMonth());
            });
            Files.createDirectories(folder);
            String title = switch (unit) {
                case YEARS -> Integer.toString(key.getYear());
                case MONTHS -> TITLE_MONTH.format(key);
                default -> TITLE_DAY.format(key);
            };
            String level = switch (unit) {
                case YEARS -> "year";
                case MONTHS -> "month";
                default -> "day";
            };
            weight[0]++;
            Files.writeString(folder.resolve("_index.md"), "---\ntitle: \"" + title + "\"\ndate: " + key + "\nlevel: "
                    + level + "\nweight: " + weight[0] + "\nlayout: period\noutputs: [HTML]\n---\n");
            List<HugoEvent> own = new ArrayList<>();
            if (group.getValue().size() <= SPLIT_ABOVE || unit == ChronoUnit.DAYS) {
                own.addAll(group.getValue());
            } else {
                split(group.getValue(), unit == ChronoUnit.YEARS ? ChronoUnit.MONTHS : ChronoUnit.DAYS, folder, own,
                        folders, weight);
            }
            own.forEach(e -> folders.put(e.id(), folder));
        }
    }

    private static LocalDate floor(long second, ChronoUnit unit) {
        LocalDate day = Instant.ofEpochSecond(second).atZone(ZONE).toLocalDate();
        return switch (unit) {
            case YEARS -> day.withDayOfYear(1);
            case MONTHS -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    /**
     * Writes the plain Hugo site: bench/hugo-plain/ and one page per event under
     * content/synthetic/, with the same front matter and body as the equal-work site's.
     */
    private static void writePlainHugoSite(Path plain, List<HugoEvent> ordered) throws IOException {
        copyTree(repository().resolve("bench/hugo-plain"), plain);
        Path content = plain.resolve("content/synthetic");
        Files.createDirectories(content);
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
