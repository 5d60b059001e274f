package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.bench.SyntheticSite;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A generated timeline in Norwegian too long for one page, built in memory: 200 synthetic events
 * over some months of 2000 (a month of them is read on two pages), 220 more on one day (its month
 * is split into days, and the day's list goes on over five pages) and 8 in deep time and before the
 * common era; and the pages of each kind it has, for the checks every page must pass.
 */
final class LongTimelineFixture {
    private static SiteOutput site;

    private LongTimelineFixture() {
    }

    static synchronized SiteOutput site() {
        if (site == null) {
            site = build();
        }
        return site;
    }

    /**
     * One page of each kind: the timeline's home, the year, each month, the second page of a month,
     * a day, a long day and its second page, a span of deep time, an event page, and the pages of an
     * actor and of a kind.
     */
    static List<String> samplePages() {
        SiteOutput built = site();
        List<String> pages = Stream.of("index.html", "synthetic/2000/index.html", "synthetic/2000/01/page/2/index.html",
                "synthetic/2000/03/02/index.html", "synthetic/2000/03/01/index.html", "synthetic/2000/03/01/page/2/index.html", "synthetic/ages/1/index.html",
                "synthetic/event-00100/index.html", "synthetic/actors/minister/index.html",
                "synthetic/actors/minister/page/2/index.html", "synthetic/kinds/report/index.html").toList();
        List<String> months = built.files().keySet().stream().filter(p -> p.matches("synthetic/2000/\\d\\d/index.html"))
                .sorted().toList();
        assertThat(months).hasSizeGreaterThan(1);
        assertThat(built.files().keySet()).containsAll(pages);
        return Stream.concat(pages.stream(), months.stream()).toList();
    }

    private static SiteOutput build() {
        Path content = null;
        try {
            content = Files.createTempDirectory("dateline-long");
            SyntheticSite.main(new String[] {"200", content.toString()});
            Files.writeString(content.resolve("site.yaml"), "title: Syntetisk\nlanguage: nb\ntimeZone: Europe/Oslo\n");
            Path events = content.resolve("synthetic/events");
            for (int i = 0; i < 220; i++) {
                event(events, "busy-" + i, String.format("2000-03-01T%02d:%02d:00+01:00", i / 12, i % 12 * 5),
                        i % 2 == 0 ? "minister" : "agency");
            }
            String[] old = {"Y-170000", "Y-20000", "-3000", "-0500", "-0044-03-15", "-0044", "Y-5000000", "-0100"};
            for (int i = 0; i < old.length; i++) {
                event(events, "old-" + i, old[i], "critics");
            }
            Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(content, Optional.empty());
            assertThat(result.diagnostics().sorted()).isEmpty();
            return result.output().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(content);
        }
    }

    private static void event(Path events, String id, String date, String actor) throws IOException {
        Files.writeString(events.resolve(id + ".md"), "---\ndate: \"" + date + "\"\ntitle: Hendelse " + id
                + "\nkind: report\nactors: [" + actor + "]\n---\nTekst om hendelsen.\n");
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
