package dev.dateline.content;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" suggestions: by edit distance, or a candidate the word begins with ({@code lang} for {@code language}). */
final class Suggestions {
    private Suggestions() {
    }

    static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(c -> similar(lower, c.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c));
    }

    private static boolean similar(String word, String candidate) {
        boolean prefix = candidate.length() >= 3 && word.startsWith(candidate);
        return prefix || distance(word, candidate) <= Math.max(1, candidate.length() / 3);
    }

    /** Edits needed to turn {@code a} into {@code b}; swapping two neighbouring letters counts as one. */
    static int distance(String a, String b) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
            }
            int[] swap = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
