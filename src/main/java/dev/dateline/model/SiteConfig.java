package dev.dateline.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/** Site-wide settings from {@code site.yaml}. */
public record SiteConfig(
        String title,
        String language,
        ZoneId timeZone,
        Optional<URI> baseUrl,
        Optional<String> home,
        Optional<String> author,
        Optional<String> description) {

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, language, timeZone, Optional.of(url), home, author, description);
    }
}
