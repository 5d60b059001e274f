package dev.dateline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What sort of thing an event is. */
public enum EventKind {
    STATEMENT, CONFIRMATION, REVERSAL, REACTION, MEETING, REPORT, CONTEXT;

    /** The name used in content files and CSS classes. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<EventKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(EventKind::id).toList();
    }
}
