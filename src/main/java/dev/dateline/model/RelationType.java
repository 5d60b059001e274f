package dev.dateline.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How one event stands to another. Each type has a name for both directions. */
public enum RelationType {
    REVERSES("reverses", "reversedBy"),
    CONFIRMS("confirms", "confirmedBy"),
    CONTRADICTS("contradicts", "contradictedBy"),
    RESPONDS_TO("respondsTo", "respondedToBy"),
    FOLLOWS("follows", "followedBy");

    private final String id;
    private final String inverseId;

    RelationType(String id, String inverseId) {
        this.id = id;
        this.inverseId = inverseId;
    }

    /** The name used in content files. */
    public String id() {
        return id;
    }

    /** The name of the relation seen from the other event, used for UI messages. */
    public String inverseId() {
        return inverseId;
    }

    public static Optional<RelationType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(RelationType::id).toList();
    }
}
