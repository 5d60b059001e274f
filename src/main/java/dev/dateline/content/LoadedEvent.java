package dev.dateline.content;

import dev.dateline.model.Event;

/** An event as read, with where its references were written. */
record LoadedEvent(Event event, References references) {
}
