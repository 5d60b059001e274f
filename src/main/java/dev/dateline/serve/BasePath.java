package dev.dateline.serve;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL path a site is served under, as GitHub Pages serves a project site: {@code /} or
 * {@code /repo/}, always starting and ending with a slash. Kept in its raw (percent-encoded) form.
 */
public record BasePath(String value) {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2}");
    public static final BasePath ROOT = new BasePath("/");

    public BasePath {
        if (!value.equals("/") && (!value.startsWith("/") || !value.endsWith("/") || value.contains("//"))) {
            throw new IllegalArgumentException("a base path starts and ends with a slash: " + value);
        }
    }

    /** {@code repo}, {@code /repo} and {@code /repo/} all give {@code /repo/}; empty when it cannot be a URL path. */
    public static Optional<BasePath> parse(String text) {
        String inner = text.strip();
        inner = inner.startsWith("/") ? inner.substring(1) : inner;
        inner = inner.endsWith("/") ? inner.substring(0, inner.length() - 1) : inner;
        if (inner.isEmpty()) {
            return Optional.of(ROOT);
        }
        for (String segment : inner.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
                    || !SEGMENT.matcher(segment).replaceAll("").isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new BasePath("/" + inner + "/"));
    }

    /** The path of the site's base URL, as the site will be served when it is published there. */
    public static BasePath of(Optional<URI> baseUrl) {
        return baseUrl.map(URI::getRawPath).flatMap(BasePath::parse).orElse(ROOT);
    }

    /** The URL path of a file of the site, from its path in the site. */
    public String resolve(String sitePath) {
        return value + UrlPaths.encode(sitePath);
    }

    @Override
    public String toString() {
        return value;
    }
}
