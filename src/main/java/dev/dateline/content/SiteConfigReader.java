package dev.dateline.content;

import dev.dateline.model.BaseUrl;
import dev.dateline.model.SiteConfig;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Reads {@code site.yaml}. */
final class SiteConfigReader {
    private SiteConfigReader() {
    }

    static Optional<SiteConfig> read(Fields f) {
        Optional<String> title = f.requiredText("title");
        Optional<String> language = f.requiredText("language").flatMap(l -> Languages.check(l, f.at("language"), f.diagnostics()));
        Optional<ZoneId> zone = f.requiredText("timeZone").flatMap(z -> zone(z, f));
        Optional<URI> baseUrl = f.text("baseUrl").flatMap(u -> baseUrl(u, f.at("baseUrl"), f.diagnostics()));
        Optional<String> home = f.id("home");
        Optional<String> author = f.text("author");
        Optional<String> description = f.text("description");
        f.finish();
        if (title.isEmpty() || language.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), language.get(), zone.get(), baseUrl, home, author, description));
    }

    private static Optional<ZoneId> zone(String text, Fields f) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            f.diagnostics().error(f.at("timeZone"), "`" + text + "` is not a time zone",
                    "use an IANA name such as Europe/Oslo or America/New_York");
            return Optional.empty();
        }
    }

    private static Optional<URI> baseUrl(String text, Location at, Diagnostics diagnostics) {
        Optional<URI> url = BaseUrl.parse(text);
        if (url.isEmpty()) {
            diagnostics.error(at, "`" + text + "` is not a valid base URL",
                    "give the absolute address of the published site, e.g. https://owner.github.io/repo/");
        }
        return url;
    }
}
