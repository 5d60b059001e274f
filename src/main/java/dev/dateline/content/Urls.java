package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Checks URLs written in content fields. */
final class Urls {
    private Urls() {
    }

    static Optional<String> checkHttp(String text, Location at, Diagnostics diagnostics) {
        try {
            URI uri = new URI(text.strip());
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.of(uri.toString());
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        diagnostics.error(at, "`" + text + "` is not an http or https URL", "give the full address, starting with https://");
        return Optional.empty();
    }
}
