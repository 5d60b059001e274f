package dev.dateline.content;

import dev.dateline.model.Timeline;
import java.util.List;

/** A timeline as read from timeline.yaml, and its events as read from their files, not yet checked. */
record LoadedTimeline(Timeline timeline, List<LoadedEvent> events) {
}
