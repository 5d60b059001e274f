package dev.dateline.content;

import dev.dateline.model.Source;
import java.util.Optional;

/** Reads a {@code {name, url?, published?, kind?}} source. */
final class SourceReader {
    private SourceReader() {
    }

    static Optional<Source> read(Fields f) {
        Optional<String> name = f.requiredText("name");
        Optional<String> url = f.text("url").flatMap(u -> Urls.checkHttp(u, f.at("url"), f.diagnostics()));
        var published = f.date("published");
        Optional<String> kind = f.text("kind");
        return name.map(n -> new Source(n, url, published, kind));
    }
}
