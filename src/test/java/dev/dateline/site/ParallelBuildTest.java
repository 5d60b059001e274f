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

    private static SiteOutput build(Path content, boolean parallel) {
        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES, parallel).build(content, Optional.empty());
        assertThat(result.diagnostics().hasErrors()).as(result.diagnostics().sorted().toString()).isFalse();
        return result.output().orElseThrow();
    }
}
