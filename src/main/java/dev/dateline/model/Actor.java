package dev.dateline.model;

import java.util.Optional;

/** A person or body that acts in a story. */
public record Actor(String id, String name, ActorType type, Optional<String> role, Optional<String> url) {
}
