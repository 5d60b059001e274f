package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.bench.SyntheticSite;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hugo sites of the build benchmark get the same work as Dateline: the equal-work site holds
 * every event in the section of the period whose page Dateline lists it on, and the plain site one
 * page per event.
 */
class HugoBenchSiteTest {
    /** The home page and the period pages of the synthetic timeline, with their further pages. */
    private static final Pattern LISTING = Pattern.compile("(?:synthetic/(\\d{4}(?:/\\d\\d){0,2})/)?(?:page/\\d+/)?index\\.html");

    @Test
    void theEqualWorkHugoSiteListsEveryEventInTheSamePeriodAsDateline(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        Path hugo = temp.resolve("hugo");
        Path plain = temp.resolve("plain");
        SyntheticSite.main(new String[] {"700", content.toString(), "--hugo", hugo.toString(), "--hugo-plain", plain.toString()});
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES, true).build(content, Optional.empty());
        assertThat(result.diagnostics().hasErrors()).as(result.diagnostics().sorted().toString()).isFalse();
        SiteOutput site = result.output().orElseThrow();

        Map<String, Set<String>> dateline = new TreeMap<>();
        site.files().forEach((path, bytes) -> {
            Matcher listing = LISTING.matcher(path);
            if (listing.matches()) {
                String period = listing.group(1) == null ? "" : listing.group(1);
                Set<String> ids = dateline.computeIfAbsent(period, k -> new TreeSet<>());
                Jsoup.parse(new String(bytes, StandardCharsets.UTF_8)).select("li.entry[id]").forEach(li -> ids.add(li.id()));
            }
        });
        Map<String, Set<String>> sections = new TreeMap<>();
        Path root = hugo.resolve("content/synthetic");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String period = root.relativize(file.getParent()).toString();
                Set<String> ids = sections.computeIfAbsent(period, k -> new TreeSet<>());
                String name = file.getFileName().toString();
                if (!name.equals("_index.md")) {
                    ids.add(name.substring(0, name.length() - ".md".length()));
                }
            }
        }

        assertThat(dateline.keySet()).as("Dateline's periods").contains("2000", "2000/01");
        assertThat(site.files()).as("a month of about 90 events, on two pages").containsKey("synthetic/2000/01/page/2/index.html");
        assertThat(sections).isEqualTo(dateline);
        assertThat(Files.readString(hugo.resolve("hugo.toml"))).contains("disableKinds = ['taxonomy', 'sitemap', 'RSS']");
        assertThat(eventFiles(plain.resolve("content/synthetic"))).hasSize(700);
    }

    @Test
    void aOnePageTimelineHasNoActorOrKindPagesInHugoEither(@TempDir Path temp) throws Exception {
        Path hugo = temp.resolve("hugo");
        SyntheticSite.main(new String[] {"50", temp.resolve("content").toString(), "--hugo", hugo.toString()});
        assertThat(Files.readString(hugo.resolve("hugo.toml"))).contains("disableKinds = ['taxonomy', 'term', 'sitemap', 'RSS']");
        assertThat(eventFiles(hugo.resolve("content/synthetic"))).hasSize(50);
        try (Stream<Path> dirs = Files.list(hugo.resolve("content/synthetic"))) {
            assertThat(dirs.filter(Files::isDirectory)).as("period sections").isEmpty();
        }
    }

    private static java.util.List<Path> eventFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("event-\\d{5}\\.md")).toList();
        }
    }
}
