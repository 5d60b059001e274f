package dev.dateline.content.yaml;

import dev.dateline.diagnostics.Location;

/** A YAML value that remembers where it was written. */
public sealed interface YamlNode permits YamlMap, YamlList, YamlScalar {

    Location location();

    /** What the node is, for messages: "a text", "a list", "a mapping". */
    String describe();
}
