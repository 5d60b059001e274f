package dev.dateline.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Site-wide settings from {@code site.yaml}; {@code maxImageBytes} is how large an image file
 * may be ({@code maxImageMegabytes}).
 */
public record SiteConfig(
        String title,
        String language,
        ZoneId timeZone,
        Optional<URI> baseUrl,
        Optional<String> home,
        Optional<String> author,
        Optional<String> description,
        long maxImageBytes) {

    /** 20 MB: a photograph at full size, but not a file that would strain a reader's browser or the build. */
    public static final long DEFAULT_MAX_IMAGE_BYTES = 20_000_000;

    /** Settings with the default image limit. */
    public SiteConfig(String title, String language, ZoneId timeZone, Optional<URI> baseUrl, Optional<String> home,
                      Optional<String> author, Optional<String> description) {
        this(title, language, timeZone, baseUrl, home, author, description, DEFAULT_MAX_IMAGE_BYTES);
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, language, timeZone, Optional.of(url), home, author, description, maxImageBytes);
    }
}
