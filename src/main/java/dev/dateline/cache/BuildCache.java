package dev.dateline.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a long-running preview remembers from one build to the next: values (files read and
 * parsed, pages, parts of pages) kept under typed keys with the inputs they were made from, and
 * made again only when those inputs changed, so a rebuild after an edit reads and renders only
 * what the edit concerns. A one-off build uses {@link #NONE}, which remembers nothing and never
 * works out inputs.
 */
public interface BuildCache {
    /** A key, a record naming one value; {@code V} is the type of the value. */
    interface Key<V> {
    }

    /**
     * The value of {@code key}: the one made before when {@code inputs} gives what it gave then
     * (compared with {@code equals}, records by value), else the one {@code make} makes now.
     */
    <V> V get(Key<V> key, Supplier<?> inputs, Supplier<V> make);

    /** Forgets every value, as after a template changed. */
    void clear();

    /** Remembers nothing: every value is made. */
    BuildCache NONE = new BuildCache() {
        @Override
        public <V> V get(Key<V> key, Supplier<?> inputs, Supplier<V> make) {
            return make.get();
        }

        @Override
        public void clear() {
        }
    };

    /** A cache in memory, for the preview; thread-safe. */
    static BuildCache inMemory() {
        return new InMemory();
    }

    /** The values of the last build, with their inputs. */
    final class InMemory implements BuildCache {
        private record Entry(Object inputs, Object value) {
        }

        private final Map<Key<?>, Entry> entries = new ConcurrentHashMap<>();

        private InMemory() {
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get(Key<V> key, Supplier<?> inputs, Supplier<V> make) {
            Object now = inputs.get();
            Entry entry = entries.get(key);
            if (entry != null && entry.inputs().equals(now)) {
                return (V) entry.value();
            }
            V value = make.get();
            entries.put(key, new Entry(now, value));
            return value;
        }

        @Override
        public void clear() {
            entries.clear();
        }
    }
}
