package dev.dateline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether an actor is a person or a body such as a government office, for structured data. */
public enum ActorType {
    PERSON, ORGANIZATION;

    /** The name used in content files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ActorType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(ActorType::id).toList();
    }
}
