package dev.dateline.model;

/** A link from one event to another event of the same timeline. */
public record Relation(RelationType type, String event) {
}
