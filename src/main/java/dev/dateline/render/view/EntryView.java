package dev.dateline.render.view;

import java.util.List;

/** One item of a list of events: the event and the eras that start with it (whose markers go before it). */
public record EntryView(EventView event, List<EraView> eras) {

    /** The event's id, which names the item on its page. */
    public String id() {
        return event.id();
    }
}
