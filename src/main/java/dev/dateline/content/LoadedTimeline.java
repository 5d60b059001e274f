package dev.dateline.content;

import dev.dateline.model.Timeline;
import java.util.List;
import java.util.Set;

/**
 * A timeline as read from timeline.yaml and its events as read from their files, not yet
 * checked; {@code unreadable} holds the ids of event files that had errors of their own, so
 * that references to them are not reported a second time.
 */
record LoadedTimeline(Timeline timeline, List<LoadedEvent> events, Set<String> unreadable) {
}
