package dev.dateline.content;

import dev.dateline.diagnostics.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an event file names other things (its id, actors, events, images), so that checks
 * made across files can point at the exact field.
 */
final class References {
    private final Location file;
    private final Map<String, Location> actors = new LinkedHashMap<>();
    private final Map<String, Location> events = new LinkedHashMap<>();
    private final Map<String, Location> media = new LinkedHashMap<>();
    private Location kind;
    private Location id;
    private boolean unreadableRelation;

    References(Location file) {
        this.file = file;
        this.kind = file;
        this.id = file;
    }

    void id(Location at) {
        id = at;
    }

    void actor(String id, Location at) {
        actors.putIfAbsent(id, at);
    }

    void event(String id, Location at) {
        events.putIfAbsent(id, at);
    }

    void media(String src, Location at) {
        media.putIfAbsent(src, at);
    }

    void kind(Location at) {
        kind = at;
    }

    /** Notes that a relation had errors of its own and was left out. */
    void unreadableRelation() {
        unreadableRelation = true;
    }

    Location actor(String id) {
        return actors.getOrDefault(id, file);
    }

    Location event(String id) {
        return events.getOrDefault(id, file);
    }

    Location media(String src) {
        return media.getOrDefault(src, file);
    }

    Location kind() {
        return kind;
    }

    /** The {@code id:} field, or the file when the id is its name. */
    Location id() {
        return id;
    }

    boolean hasUnreadableRelation() {
        return unreadableRelation;
    }

    Location file() {
        return file;
    }
}
