package dev.dateline.render;

import dev.dateline.model.Timeline;
import dev.dateline.render.view.OverviewView;
import dev.dateline.render.view.SearchView;
import java.util.List;

/**
 * The search box of a long timeline's pages: its timeline (null when it is the site's only long
 * timeline, so that searches need no timeline filter), the actors and kinds of its events to
 * narrow a search to, and where the script that shows it is published. The search index itself is
 * Pagefind's, made from the event pages after the build ({@code dev.dateline.search}).
 */
record SearchBox(String timeline, List<OverviewView.Key> actors, List<OverviewView.Key> kinds, String scriptPath) {
    /** Where Pagefind's script is, from the site root; its other files are beside it. */
    static final String PAGEFIND = "pagefind/pagefind.js";

    static SearchBox of(Timeline timeline, boolean narrow, Messages messages, String scriptPath) {
        return new SearchBox(narrow ? timeline.id() : null, SectionRenderer.actorOptions(timeline, timeline.events()),
                SectionRenderer.kindOptions(messages, timeline.events()), scriptPath);
    }

    /** The box on the page at {@code path}, its links relative to the page. */
    SearchView on(String path) {
        return new SearchView(UrlLayout.relative(path, PAGEFIND), UrlLayout.relative(path, scriptPath), timeline, actors, kinds);
    }
}
