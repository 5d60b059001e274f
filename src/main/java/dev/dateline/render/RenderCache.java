package dev.dateline.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Remembers what a pure text-to-text rendering gave. Bounded: when full it starts afresh, which
 * keeps a long-running preview from growing without end while a build still renders each text once.
 *
 * <p>Speed only, and unmeasured: what it earns in {@code bench/run.sh} has not been measured by
 * building with and without it.
 */
final class RenderCache {
    static final int MAX_ENTRIES = 100_000;

    private final Map<String, String> results = new ConcurrentHashMap<>();

    String get(String input, UnaryOperator<String> render) {
        String cached = results.get(input);
        if (cached != null) {
            return cached;
        }
        String result = render.apply(input);
        put(input, result);
        return result;
    }

    /** Remembers a result worked out along with another. */
    void put(String input, String result) {
        if (results.size() >= MAX_ENTRIES) {
            results.clear();
        }
        results.put(input, result);
    }
}
