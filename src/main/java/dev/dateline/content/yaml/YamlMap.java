package dev.dateline.content.yaml;

import dev.dateline.diagnostics.Location;
import java.util.List;
import java.util.Optional;

/** A mapping whose keys are kept in the order written, each with its own location. */
public record YamlMap(List<Entry> entries, Location location) implements YamlNode {

    public record Entry(String key, Location keyLocation, YamlNode value) {
    }

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
