package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import dev.dateline.content.yaml.YamlList;
import dev.dateline.content.yaml.YamlMap;
import dev.dateline.content.yaml.YamlNode;
import dev.dateline.content.yaml.YamlScalar;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.InvalidDateException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping, reporting every wrong, missing or unknown field
 * at its own location. Call {@link #finish()} once all known fields have been read: it
 * reports unknown and missing fields together, so that a misspelt field ({@code dato:})
 * is one error with a suggestion, not also a second error for the missing {@code date}.
 */
final class Fields {

    private final YamlMap map;
    private final String what;
    private final Diagnostics diagnostics;
    private final Set<String> known = new LinkedHashSet<>();
    private final Set<String> missing = new LinkedHashSet<>();

    private Fields(YamlMap map, String what, Diagnostics diagnostics) {
        this.map = map;
        this.what = what;
        this.diagnostics = diagnostics;
    }

    /** The fields of {@code node}, or empty (with an error) when it is not a mapping. */
    static Optional<Fields> of(YamlNode node, String what, Diagnostics diagnostics) {
        if (node instanceof YamlMap m) {
            return Optional.of(new Fields(m, what, diagnostics));
        }
        diagnostics.error(node.location(), what + " must be a mapping of fields, not " + node.describe(),
                "write one `name: value` per line");
        return Optional.empty();
    }

    Location location() {
        return map.location();
    }

    /** The fields as written, in order. */
    List<YamlMap.Entry> entries() {
        return map.entries();
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Optional<YamlNode> node(String key) {
        known.add(key);
        return map.entry(key).map(YamlMap.Entry::value);
    }

    Location at(String key) {
        return node(key).map(YamlNode::location).orElse(map.location());
    }

    Optional<String> text(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlScalar s) {
            if (s.isNull() || s.text().isBlank()) {
                diagnostics.error(s.location(), "`" + key + "` is empty", "give it a value or remove the line");
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        diagnostics.error(node.get().location(), "`" + key + "` must be a text, not " + node.get().describe(),
                "write it on one line after `" + key + ": `, or as a block with `" + key + ": |`");
        return Optional.empty();
    }

    Optional<String> requiredText(String key) {
        if (map.entry(key).isEmpty()) {
            missing(key);
        }
        return text(key);
    }

    /** Notes a required field that is not there; reported by {@link #finish()}. */
    void missing(String key) {
        known.add(key);
        missing.add(key);
    }

    Optional<String> id(String key) {
        Optional<String> id = text(key);
        if (id.isPresent() && !Ids.isValid(id.get())) {
            diagnostics.error(at(key), "`" + id.get() + "` is not a valid id", Ids.hint(id.get()));
            return Optional.empty();
        }
        return id;
    }

    Optional<EdtfDate> date(String key) {
        return text(key).flatMap(text -> parseDate(text, at(key)));
    }

    Optional<EdtfDate> parseDate(String text, Location at) {
        try {
            return Optional.of(EdtfDate.parse(text));
        } catch (InvalidDateException e) {
            diagnostics.error(at.plusColumns(e.index()), "invalid date `" + text + "`: " + e.getMessage(), e.hint());
            return Optional.empty();
        }
    }

    Optional<Integer> integer(String key) {
        return text(key).flatMap(text -> {
            try {
                return Optional.of(Integer.parseInt(text.strip()));
            } catch (NumberFormatException e) {
                diagnostics.error(at(key), "`" + key + "` must be a whole number, not `" + text + "`", null);
                return Optional.empty();
            }
        });
    }

    /** A field that is {@code true} or {@code false}. */
    Optional<Boolean> bool(String key) {
        return text(key).flatMap(text -> switch (text.strip()) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                diagnostics.error(at(key), "`" + key + "` must be true or false, not `" + text + "`",
                        "write `" + key + ": true` or `" + key + ": false`");
                yield Optional.empty();
            }
        });
    }

    /** The items of a list field; a missing field is an empty list. */
    List<YamlNode> list(String key) {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty() || node.get() instanceof YamlScalar s && s.isNull()) {
            return List.of();
        }
        if (node.get() instanceof YamlList list) {
            return list.items();
        }
        diagnostics.error(node.get().location(), "`" + key + "` must be a list, not " + node.get().describe(),
                "write each item on its own line starting with `- `");
        return List.of();
    }

    /** A list field whose items are texts. */
    List<String> texts(String key) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            if (item instanceof YamlScalar s && !s.isNull() && !s.text().isBlank()) {
                out.add(s.text());
            } else {
                diagnostics.error(item.location(), "each item of `" + key + "` must be a text, not " + item.describe(), null);
            }
        }
        return out;
    }

    /** A list field whose items are mappings, each read by {@code reader}. */
    <T> List<T> objects(String key, String itemWhat, Function<Fields, Optional<T>> reader) {
        List<T> out = new ArrayList<>();
        for (YamlNode item : list(key)) {
            of(item, itemWhat, diagnostics).flatMap(fields -> {
                Optional<T> value = reader.apply(fields);
                fields.finish();
                return value;
            }).ifPresent(out::add);
        }
        return out;
    }

    /** Reports unknown, repeated and missing fields. */
    void finish() {
        Set<String> seen = new HashSet<>();
        Set<String> misspelt = new HashSet<>();
        for (YamlMap.Entry entry : map.entries()) {
            if (!seen.add(entry.key())) {
                diagnostics.error(entry.keyLocation(), "`" + entry.key() + "` is given twice in " + what,
                        "keep one of them");
            } else if (!known.contains(entry.key())) {
                Optional<String> meant = Suggestions.closest(entry.key(), known);
                meant.filter(missing::contains).ifPresent(misspelt::add);
                diagnostics.error(entry.keyLocation(), "unknown field `" + entry.key() + "` in " + what,
                        meant.map(s -> "did you mean `" + s + "`?")
                                .orElse("known fields: " + String.join(", ", known)));
            }
        }
        for (String key : missing) {
            if (!misspelt.contains(key)) {
                diagnostics.error(map.location(), what + " has no `" + key + "`", "add a line `" + key + ": ...`");
            }
        }
    }
}
