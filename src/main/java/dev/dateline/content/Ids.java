package dev.dateline.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids of timelines, events and actors: lower-case ASCII letters, digits and single hyphens, so
 * that an id is safe in a URL and a file path (no {@code ../} can reach the output).
 */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    static boolean isValid(String text) {
        return ID.matcher(text).matches();
    }

    /** How to write a valid id, with the nearest one to {@code written} as the example. */
    static String hint(String written) {
        String example = slug(written);
        return "use lower-case letters a-z, digits and single hyphens, e.g. `"
                + (isValid(example) ? example : "trump-tweet-9-july") + "`";
    }

    /** {@code Trump Putin møte} becomes {@code trump-putin-mote}. */
    static String slug(String text) {
        String lower = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("œ", "oe").replace("ß", "ss").replace("ł", "l");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
