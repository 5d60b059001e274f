package dev.dateline.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Site-wide settings from {@code site.yaml}.
 *
 * @param feedEntries   how many entries, the newest, each timeline's Atom feed lists
 * @param maxImageBytes how large an image file may be ({@code maxImageMegabytes})
 * @param search        whether the pages of multi-page timelines get a search box and the site a search index
 */
public record SiteConfig(
        String title,
        String language,
        ZoneId timeZone,
        Optional<URI> baseUrl,
        Optional<String> home,
        Optional<String> author,
        Optional<String> description,
        int feedEntries,
        long maxImageBytes,
        boolean search) {

    /** As many feed entries as feed readers commonly fetch; more only make every poll heavier. */
    public static final int DEFAULT_FEED_ENTRIES = 50;
    /** 20 MB: a photograph at full size, but not a file that would strain a reader's browser or the build. */
    public static final long DEFAULT_MAX_IMAGE_BYTES = 20_000_000;

    public SiteConfig {
        if (feedEntries < 1) {
            throw new IllegalArgumentException("a feed lists at least one entry: " + feedEntries);
        }
    }

    /** Settings with the default feed length and image limit, and search. */
    public SiteConfig(String title, String language, ZoneId timeZone, Optional<URI> baseUrl, Optional<String> home,
            Optional<String> author, Optional<String> description) {
        this(title, language, timeZone, baseUrl, home, author, description, DEFAULT_FEED_ENTRIES, DEFAULT_MAX_IMAGE_BYTES, true);
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, language, timeZone, Optional.of(url), home, author, description, feedEntries,
                maxImageBytes, search);
    }
}
