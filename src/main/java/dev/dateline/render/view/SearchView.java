package dev.dateline.render.view;

import java.util.List;

/**
 * The search box of a page of a long timeline: the links, relative to the page, to the site's
 * Pagefind script and to the script that shows the box; the timeline whose events it finds (null:
 * the site's, which are all of one timeline); and
 * the actors and kinds it can narrow them to.
 */
public record SearchView(String pagefindHref, String scriptHref, String timeline, List<OverviewView.Key> actors,
        List<OverviewView.Key> kinds) {

    public SearchView {
        actors = List.copyOf(actors);
        kinds = List.copyOf(kinds);
    }
}
