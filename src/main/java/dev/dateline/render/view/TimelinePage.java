package dev.dateline.render.view;

import java.util.List;

/**
 * A timeline's page: the story's header, its overview (null for a timeline without events) and the
 * list of all its events.
 */
public record TimelinePage(PageView page, TimelineView timeline, OverviewView overview, List<EntryView> entries)
        implements Page {
    public TimelinePage {
        entries = List.copyOf(entries);
    }

    @Override
    public String template() {
        return "timeline";
    }
}
