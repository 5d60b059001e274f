package dev.dateline.content.yaml;

import dev.dateline.diagnostics.Location;

/** A plain value, kept as the text written; {@code null} text is YAML's null. */
public record YamlScalar(String text, Location location) implements YamlNode {

    public boolean isNull() {
        return text == null;
    }

    @Override
    public String describe() {
        return isNull() ? "empty" : "a value";
    }
}
