package dev.dateline.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The absolute http(s) address a site is published at, always ending in a slash. */
public final class BaseUrl {
    private BaseUrl() {
    }

    public static Optional<URI> parse(String text) {
        try {
            return normalise(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    public static Optional<URI> normalise(URI uri) {
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return Optional.of(uri.resolve(path.endsWith("/") ? path : path + "/"));
    }
}
