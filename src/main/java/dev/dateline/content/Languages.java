package dev.dateline.content;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Checks BCP 47 language tags. */
final class Languages {
    private Languages() {
    }

    static Optional<String> check(String tag, Location at, Diagnostics diagnostics) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return Optional.of(locale.toLanguageTag());
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        diagnostics.error(at, "`" + tag + "` is not a BCP 47 language tag", "write e.g. nb, en or en-GB");
        return Optional.empty();
    }
}
