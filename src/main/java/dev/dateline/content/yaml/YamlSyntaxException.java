package dev.dateline.content.yaml;

import dev.dateline.content.Location;

/** YAML that cannot be parsed, with where the parser stopped. */
public final class YamlSyntaxException extends RuntimeException {
    private final transient Location location;

    public YamlSyntaxException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
