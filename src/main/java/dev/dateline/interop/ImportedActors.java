package dev.dateline.interop;

import dev.dateline.content.Slugs;
import dev.dateline.model.Actor;
import dev.dateline.model.ActorType;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actors an import finds (TimelineJS groups and the speakers of quotes), one per name, each with its own id. */
final class ImportedActors {
    private final Map<String, Actor> byName = new LinkedHashMap<>();
    private final Set<String> ids = new HashSet<>();

    /** The id of the actor named {@code name}, made on first use from a slug of the name. */
    String idOf(String name) {
        return byName.computeIfAbsent(name, n -> {
            String slug = Slugs.of(n);
            return new Actor(Slugs.unique(slug.isEmpty() ? "actor" : slug, ids), n, ActorType.PERSON, Optional.empty(), Optional.empty());
        }).id();
    }

    List<Actor> all() {
        return List.copyOf(byName.values());
    }
}
