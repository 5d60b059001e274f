package dev.dateline.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pages of earlier builds with everything their templates were given. A page whose
 * template, language and variables (records, compared by value) are unchanged is not
 * rendered again: this is what makes a rebuild in the preview touch only the pages an edit
 * concerns.
 */
final class PageMemo {
    private record Entry(Object inputs, RenderedPage page) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;

    /** A memo that remembers pages, or, for one-off builds that gain nothing from it, one that does not. */
    PageMemo(boolean enabled) {
        this.enabled = enabled;
    }

    RenderedPage render(String path, Object inputs, Supplier<RenderedPage> render) {
        if (!enabled) {
            return render.get();
        }
        Entry entry = entries.get(path);
        if (entry != null && entry.inputs().equals(inputs)) {
            return entry.page();
        }
        RenderedPage page = render.get();
        entries.put(path, new Entry(inputs, page));
        return page;
    }

    void clear() {
        entries.clear();
    }
}
