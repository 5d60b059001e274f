package dev.dateline.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages (or parts of pages) of earlier builds with everything their templates were given. A page whose
 * template, language and variables (records, compared by value) are unchanged is not
 * rendered again: this is what makes a rebuild in the preview touch only the pages an edit
 * concerns.
 */
public final class PageMemo<T> {
    private record Entry<T>(Object inputs, T page) {
    }

    private final Map<String, Entry<T>> entries = new ConcurrentHashMap<>();
    private final boolean enabled;

    /** A memo that remembers pages, or, for one-off builds that gain nothing from it, one that does not. */
    public PageMemo(boolean enabled) {
        this.enabled = enabled;
    }

    /** The page at {@code path}; its {@code inputs} are worked out only when the memo is enabled. */
    public T render(String path, Supplier<?> inputsOf, Supplier<T> render) {
        if (!enabled) {
            return render.get();
        }
        Object inputs = inputsOf.get();
        Entry<T> entry = entries.get(path);
        if (entry != null && entry.inputs().equals(inputs)) {
            return entry.page();
        }
        T page = render.get();
        entries.put(path, new Entry<>(inputs, page));
        return page;
    }

    public void clear() {
        entries.clear();
    }
}
