package dev.dateline.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Ids made from free text: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {
    private static final int MAX_LENGTH = 60;

    private Slugs() {
    }

    /** The slug of {@code text}, or empty when it has no letter or digit to keep. */
    public static String of(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("đ", "d").replace("ł", "l")
                .replace("&", " and ");
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    /** {@code base}, or {@code base-2}, {@code base-3} ... whichever is not yet in {@code used}; adds it to {@code used}. */
    public static String unique(String base, Set<String> used) {
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "-" + n;
        }
        used.add(id);
        return id;
    }
}
