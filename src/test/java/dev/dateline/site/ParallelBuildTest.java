package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.bench.SyntheticSite;
import dev.dateline.publish.SiteOutput;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParallelBuildTest {

    @Test
    void parallelAndSequentialBuildsGiveIdenticalBytes(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        SyntheticSite.main(new String[] {"400", content.toString()});
        for (Path site : new Path[] {content, SiteBuild.CONTENT}) {
            SiteOutput parallel = build(site, true);
            SiteOutput sequential = build(site, false);
            assertThat(parallel.files().keySet()).containsExactlyElementsOf(sequential.files().keySet());
            assertThat(parallel.files().keySet().stream()
                    .filter(p -> !Arrays.equals(parallel.files().get(p), sequential.files().get(p))))
                    .as("files that differ between a parallel and a sequential build of %s", site)
                    .isEmpty();
        }
    }

    @Test
    void aSyntheticSiteHasOnePagePerEvent(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        SyntheticSite.main(new String[] {"50", content.toString()});
        SiteOutput site = build(content, true);
        assertThat(site.files().keySet()).filteredOn(p -> p.matches("synthetic/event-\\d{5}/index\\.html")).hasSize(50);
    }

    @Test
    void aPreviewRebuildAfterEditsGivesTheSameBytesAsAFreshBuild(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        SyntheticSite.main(new String[] {"60", content.toString()});
        Dateline preview = Dateline.forPreview(SiteBuild.TEMPLATES);
        preview.build(content, Optional.empty());
        Path events = content.resolve("synthetic/events");
        edit(events.resolve("event-00030.md"), "title: Event 30 ", "title: Edited event 30 ");
        edit(events.resolve("event-00041.md"), "kind: context", "kind: statement");
        java.nio.file.Files.delete(events.resolve("event-00014.md"));
        edit(events.resolve("event-00015.md"), "event: event-00014", "event: event-00007");
        edit(content.resolve("synthetic/timeline.yaml"), "name: The agency", "name: The renamed agency");
        SiteOutput rebuilt = rebuildAsFresh(preview, content);
        assertThat(new String(rebuilt.files().get("synthetic/event-00030/index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Edited event 30");
        assertThat(new String(rebuilt.files().get("synthetic/timeline.json"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("The renamed agency");
    }

    @Test
    void aPreviewRebuildOfALongTimelineWhoseEventsMoveBetweenPeriodsGivesTheSameBytesAsAFreshBuild(@TempDir Path temp)
            throws Exception {
        Path content = temp.resolve("content");
        SyntheticSite.main(new String[] {"300", content.toString()});
        Dateline preview = Dateline.forPreview(SiteBuild.TEMPLATES);
        preview.build(content, Optional.empty());
        Path events = content.resolve("synthetic/events");
        edit(events.resolve("event-00030.md"), "title: Event 30 ", "title: Edited event 30 ");
        edit(events.resolve("event-00030.md"), "date: 2000-01\n", "date: 2000-03-09\n");
        edit(events.resolve("event-00201.md"), "kind: meeting", "kind: report");
        java.nio.file.Files.delete(events.resolve("event-00205.md"));
        edit(content.resolve("synthetic/timeline.yaml"), "name: The agency", "name: The renamed agency");
        SiteOutput rebuilt = rebuildAsFresh(preview, content);
        assertThat(rebuilt.files().keySet()).as("a long timeline has period pages").anyMatch(p -> p.startsWith("synthetic/2000/"));
        // edits that change, of the wider periods' pages, only their density: two events of two months
        // swap their actors, so every actor keeps its count
        edit(events.resolve("event-00250.md"), "actors: [minister]", "actors: [critics]");
        edit(events.resolve("event-00277.md"), "actors: [critics]", "actors: [minister]");
        rebuildAsFresh(preview, content);
        // 180 events moved from February and March into April, which then holds too many for pages
        // of its own and splits into days: April's own events are listed on other pages though they
        // and their neighbours did not change
        int moved = 0;
        for (int i = 0; moved < 180; i++) {
            Path file = events.resolve(String.format("event-%05d.md", i));
            String text = java.nio.file.Files.exists(file) ? java.nio.file.Files.readString(file) : "";
            if (text.contains("\ndate: 2000-02") || text.contains("\ndate: 2000-03")) {
                java.nio.file.Files.writeString(file, text.replaceFirst("\ndate: 2000-0[23][^\n]*\n", "\ndate: 2000-04\n"));
                moved++;
            }
        }
        assertThat(rebuildAsFresh(preview, content).files().keySet()).as("April is split into days")
                .anyMatch(p -> p.startsWith("synthetic/2000/04/") && p.length() == "synthetic/2000/04/01/index.html".length());
    }

    @Test
    void aTimelinePageWithPreformattedTextAroundItsListIsRenderedWhole(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("content");
        SyntheticSite.main(new String[] {"30", content.toString()});
        // preformatted text around the list keeps its whitespace
        edit(content.resolve("synthetic/timeline.yaml"), "standfirst: Generated for benchmarks.\n",
                "standfirst: Generated for benchmarks.\nintro: |\n  Before the list:\n\n      indented   code\n        kept\n");
        String page = new String(build(content, true).files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("<pre><code>indented   code\n  kept\n</code></pre>")
                .contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\"")
                .contains("event-00029/")
                .doesNotContain("\u0000");
        String sequential = new String(build(content, false).files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).isEqualTo(sequential);
    }

    /**
     * The preview's rebuild of the content, with the search index the preview makes of it after the
     * build, checked to be byte for byte what a fresh build makes.
     */
    private static SiteOutput rebuildAsFresh(Dateline preview, Path content) {
        SiteOutput built = preview.build(content, Optional.empty()).output().orElseThrow();
        java.util.Map<String, byte[]> served = new java.util.TreeMap<>(built.files());
        served.putAll(Dateline.searchIndex(built, content, System.getenv()));
        SiteOutput rebuilt = SiteOutput.of(served);
        SiteOutput fresh = build(content, true);
        assertThat(rebuilt.files().keySet()).containsExactlyElementsOf(fresh.files().keySet());
        assertThat(fresh.files().keySet().stream()
                .filter(p -> !Arrays.equals(fresh.files().get(p), rebuilt.files().get(p))))
                .as("files where the preview's rebuild differs from a fresh build")
                .isEmpty();
        return rebuilt;
    }

    private static void edit(Path file, String from, String to) throws java.io.IOException {
        String text = java.nio.file.Files.readString(file);
        assertThat(text).contains(from);
        java.nio.file.Files.writeString(file, text.replace(from, to));
    }

    private static SiteOutput build(Path content, boolean parallel) {
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES, parallel).build(content, Optional.empty());
        assertThat(result.diagnostics().hasErrors()).as(result.diagnostics().sorted().toString()).isFalse();
        return result.output().orElseThrow();
    }
}
