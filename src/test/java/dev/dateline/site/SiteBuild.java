package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Builds the repository's own site (content/ + templates/) in memory for tests. */
final class SiteBuild {
    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");

    private SiteBuild() {
    }

    static SiteOutput build() {
        return build(Optional.empty());
    }

    static SiteOutput build(Optional<URI> baseUrl) {
        Dateline.Result result = new Dateline(TEMPLATES).build(CONTENT, baseUrl);
        assertThat(result.diagnostics().sorted()).as("diagnostics of the G20 build").isEmpty();
        return result.output().orElseThrow();
    }

    static Document page(SiteOutput site, String path) {
        byte[] bytes = site.files().get(path);
        assertThat(bytes).as("page %s", path).isNotNull();
        return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "");
    }
}
