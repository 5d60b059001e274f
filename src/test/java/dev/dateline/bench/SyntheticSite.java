package dev.dateline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a deterministic synthetic timeline of N events in Dateline's content format and, with
 * --hugo, the same events as a Hugo site (one page per event plus an index), for benchmarks.
 *
 * Usage: java src/test/java/dev/dateline/bench/SyntheticSite.java N OUT_DIR [--hugo HUGO_DIR]
 */
public final class SyntheticSite {
    private static final String[] WORDS = ("the minister said that talks would continue next week while critics "
            + "warned of delays and officials declined to comment on the report published by the agency after "
            + "a meeting in the capital where leaders discussed security trade energy and the budget").split(" ");
    private static final String[] KINDS = {"statement", "confirmation", "reaction", "meeting", "report", "context"};
    private static final String[] ACTORS = {"minister", "agency", "critics", "leaders", "officials"};

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
        if (hugo != null) {
            Files.createDirectories(hugo.resolve("content/events"));
            Files.createDirectories(hugo.resolve("layouts/_default"));
            Files.writeString(hugo.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Synthetic'\n"
                    + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT']\n");
            Files.writeString(hugo.resolve("layouts/_default/single.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<title>{{ .Title }}</title></head><body><article><h1>{{ .Title }}</h1>"
                    + "<time datetime=\"{{ .Date.Format \"2006-01-02\" }}\">{{ .Date.Format \"January 2, 2006\" }}</time>"
                    + "{{ .Content }}</article></body></html>\n");
            Files.writeString(hugo.resolve("layouts/index.html"), "<!DOCTYPE html><html lang=\"en\"><head><title>"
                    + "{{ .Site.Title }}</title></head><body><ol>{{ range (where .Site.RegularPages \"Section\" \"events\").ByDate }}"
                    + "<li><article><h2><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></h2>"
                    + "<time datetime=\"{{ .Date.Format \"2006-01-02\" }}\">{{ .Date.Format \"January 2, 2006\" }}</time>"
                    + "{{ .Content }}</article></li>{{ end }}</ol></body></html>\n");
            Files.writeString(hugo.resolve("layouts/_default/list.html"), "<!DOCTYPE html><html><body></body></html>\n");
        }
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
            StringBuilder md = new StringBuilder("---\n")
                    .append("date: ").append(date).append('\n')
                    .append("title: Event ").append(i).append(' ').append(words(random, 5)).append('\n')
                    .append("kind: ").append(KINDS[i % KINDS.length]).append('\n')
                    .append("actors: [").append(actor).append("]\n");
            if (i % 4 == 0) {
                md.append("quotes:\n  - text: \"").append(words(random, 14)).append("\"\n    lang: en\n    by: ")
                        .append(actor).append("\n    source: {name: Wire report, kind: article}\n");
            }
            if (i > 0 && i % 5 == 0) {
                md.append("relations:\n  - type: respondsTo\n    event: ").append(String.format("event-%05d", i - 1)).append('\n');
            }
            md.append("---\n");
            String body = body(random);
            md.append(body);
            Files.writeString(events.resolve(id + ".md"), md, StandardCharsets.UTF_8);
            if (hugo != null) {
                Files.writeString(hugo.resolve("content/events/" + id + ".md"), "---\ntitle: \"Event " + i + "\"\ndate: "
                        + day + "\n---\n" + body, StandardCharsets.UTF_8);
            }
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
