package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import dev.dateline.model.BaseUrl;
import dev.dateline.model.SiteConfig;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code site.yaml}, given the ids of the timeline folders beside it. */
final class SiteConfigReader {
    private SiteConfigReader() {
    }

    static Optional<SiteConfig> read(Fields f, List<String> timelineIds) {
        Optional<String> title = f.requiredText("title");
        Optional<String> language = f.requiredText("language").flatMap(l -> Languages.check(l, f.at("language"), f.diagnostics()));
        Optional<ZoneId> zone = f.requiredText("timeZone").flatMap(z -> zone(z, f));
        Optional<URI> baseUrl = f.text("baseUrl").flatMap(u -> baseUrl(u, f.at("baseUrl"), f.diagnostics()));
        Optional<String> home = home(f, timelineIds);
        Optional<String> author = f.text("author");
        Optional<String> description = f.text("description");
        Optional<Integer> feedEntries = f.integer("feedEntries").filter(n -> atLeastOne(n, f));
        long maxImageBytes = maxImageBytes(f);
        boolean search = f.bool("search").orElse(true);
        f.finish();
        if (title.isEmpty() || language.isEmpty() || zone.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(title.get(), language.get(), zone.get(), baseUrl, home, author, description,
                feedEntries.orElse(SiteConfig.DEFAULT_FEED_ENTRIES), maxImageBytes, search));
    }

    private static boolean atLeastOne(int entries, Fields f) {
        if (entries < 1) {
            f.diagnostics().error(f.at("feedEntries"), "`feedEntries` is " + entries + ", but a feed lists at least one entry",
                    "give how many of the newest events each feed lists, e.g. 50 (the default)");
        }
        return entries >= 1;
    }

    private static long maxImageBytes(Fields f) {
        Optional<Integer> megabytes = f.integer("maxImageMegabytes");
        if (megabytes.isPresent() && megabytes.get() < 1) {
            f.diagnostics().error(f.at("maxImageMegabytes"), "`maxImageMegabytes` must be at least 1, not " + megabytes.get(),
                    "give the largest image file size in megabytes, e.g. maxImageMegabytes: 20 (the default)");
            return SiteConfig.DEFAULT_MAX_IMAGE_BYTES;
        }
        return megabytes.map(mb -> mb * 1_000_000L).orElse(SiteConfig.DEFAULT_MAX_IMAGE_BYTES);
    }

    private static Optional<String> home(Fields f, List<String> timelineIds) {
        if (f.node("home").isEmpty() && timelineIds.size() > 1) {
            f.diagnostics().error(Location.of(f.location().file()), "the site has " + timelineIds.size()
                    + " timelines and no `home`", "add `home: <timeline-id>`, one of: " + String.join(", ", timelineIds));
        }
        Optional<String> home = f.id("home");
        if (home.isPresent() && !timelineIds.contains(home.get())) {
            f.diagnostics().error(f.at("home"), "`home` names the timeline `" + home.get() + "`, which does not exist",
                    Suggestions.closest(home.get(), timelineIds).map(s -> "did you mean `" + s + "`?")
                            .orElse("use the name of a folder in content/: " + String.join(", ", timelineIds)));
            return Optional.empty();
        }
        return home;
    }

    private static Optional<ZoneId> zone(String text, Fields f) {
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            f.diagnostics().error(f.at("timeZone"), "`" + text + "` is not a time zone",
                    zoneNamed(text).map(z -> "did you mean `" + z + "`?")
                            .orElse("use an IANA name such as Europe/Oslo or America/New_York"));
            return Optional.empty();
        }
    }

    /** The IANA zone of a city written alone ({@code Oslo}, {@code new york}), or else the most similar zone id. */
    private static Optional<String> zoneNamed(String text) {
        String city = "/" + text.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.toLowerCase(Locale.ROOT).endsWith(city))
                .sorted()
                .findFirst()
                .or(() -> Suggestions.closest(text.strip(), ZoneId.getAvailableZoneIds()));
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
