package dev.dateline.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where an event file names other things (actors, events, images), so that checks made
 * across files can point at the exact field.
 */
final class References {
    private final Location file;
    private final Map<String, Location> actors = new LinkedHashMap<>();
    private final Map<String, Location> events = new LinkedHashMap<>();
    private final Map<String, Location> media = new LinkedHashMap<>();
    private Location kind;

    References(Location file) {
        this.file = file;
        this.kind = file;
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

    Location file() {
        return file;
    }
}
