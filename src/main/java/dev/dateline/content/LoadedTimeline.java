package dev.dateline.content;

import dev.dateline.model.Timeline;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A timeline as read from timeline.yaml and its events as read from their files, not yet
 * checked across files. It remembers which actors and event files had errors of their own
 * (all actors, when there was no readable list of them), so that references to them are
 * not reported a second time.
 */
record LoadedTimeline(Timeline timeline, boolean actorsReadable, Set<String> unreadableActors,
        List<LoadedEvent> events, Set<String> unreadableEvents) {

    LoadedTimeline {
        unreadableActors = Set.copyOf(unreadableActors);
        events = List.copyOf(events);
        unreadableEvents = Set.copyOf(unreadableEvents);
    }

    LoadedTimeline withEvents(List<LoadedEvent> read, Set<String> unreadable) {
        return new LoadedTimeline(timeline, actorsReadable, unreadableActors, read, unreadable);
    }

    boolean actorHadErrors(String id) {
        return !actorsReadable || unreadableActors.contains(id.toLowerCase(Locale.ROOT));
    }

    boolean eventHadErrors(String id) {
        return unreadableEvents.contains(id);
    }
}
