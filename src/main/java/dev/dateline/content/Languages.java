package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Checks BCP 47 language tags, and suggests one for a language written by name ("English", "norsk"). */
final class Languages {
    private static final List<String> CODES = List.of(Locale.getISOLanguages());

    private Languages() {
    }

    static Optional<String> check(String tag, Location at, Diagnostics diagnostics) {
        Optional<String> normalised = normalise(tag);
        if (normalised.isEmpty()) {
            diagnostics.error(at, "`" + tag + "` is not a BCP 47 language tag",
                    suggestion(tag).map(s -> "did you mean `" + s + "`?").orElse("write e.g. nb, en or en-GB"));
        }
        return normalised;
    }

    /**
     * The tag in its normal form, if it is well-formed and its language is a two-letter ISO 639-1
     * code or a three-letter one; longer language subtags ("english") are well-formed but name no language.
     */
    private static Optional<String> normalise(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            String language = locale.getLanguage();
            boolean known = language.length() == 2 ? CODES.contains(language) : language.length() == 3;
            return known ? Optional.of(locale.toLanguageTag()) : Optional.empty();
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> suggestion(String tag) {
        if (tag.contains("_")) {
            return normalise(tag.replace('_', '-'));
        }
        return named(tag.strip());
    }

    /** The code of the language called {@code name} in English or in itself, or else in any language. */
    private static Optional<String> named(String name) {
        return CODES.stream()
                .filter(code -> called(code, name, Locale.ENGLISH) || called(code, name, Locale.forLanguageTag(code)))
                .findFirst()
                .or(() -> CODES.stream()
                        .filter(code -> CODES.stream().anyMatch(in -> called(code, name, Locale.forLanguageTag(in))))
                        .findFirst());
    }

    private static boolean called(String code, String name, Locale in) {
        return Locale.forLanguageTag(code).getDisplayLanguage(in).equalsIgnoreCase(name);
    }
}
