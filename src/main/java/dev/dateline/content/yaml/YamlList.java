package dev.dateline.content.yaml;

import dev.dateline.diagnostics.Location;
import java.util.List;

public record YamlList(List<YamlNode> items, Location location) implements YamlNode {

    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
