package dev.dateline.render.view;

/** An event's permalink page, with links to the events before and after it ({@code previous} and {@code next} may be null). */
public record EventPage(PageView page, TimelineView timeline, EventView event, EventView previous, EventView next)
        implements Page {
    @Override
    public String template() {
        return "event";
    }
}
