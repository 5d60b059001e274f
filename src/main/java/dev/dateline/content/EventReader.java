package dev.dateline.content;

import dev.dateline.diagnostics.Location;
import dev.dateline.content.yaml.YamlList;
import dev.dateline.content.yaml.YamlMap;
import dev.dateline.content.yaml.YamlNode;
import dev.dateline.content.yaml.YamlScalar;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.Media;
import dev.dateline.model.Quote;
import dev.dateline.model.Relation;
import dev.dateline.model.RelationType;
import dev.dateline.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the front matter of one event file. */
final class EventReader {
    private EventReader() {
    }

    static Optional<LoadedEvent> read(Path file, String defaultId, String body, Fields f) {
        References refs = new References(Location.of(file));
        Optional<String> id = f.node("id").isPresent() ? f.id("id") : Optional.of(defaultId);
        f.node("id").ifPresent(node -> refs.id(node.location()));
        Optional<EdtfDate> date = f.node("date").isPresent() ? f.date("date") : missing(f, "date");
        Optional<String> displayDate = f.text("displayDate");
        Optional<String> title = f.requiredText("title");
        Optional<EventKind> kind = f.requiredText("kind").flatMap(k -> kind(k, f));
        refs.kind(f.at("kind"));
        if (f.node("actors").isEmpty()) {
            f.missing("actors");
        }
        List<String> actors = f.texts("actors");
        if (f.node("actors").orElse(null) instanceof YamlList list) {
            list.items().forEach(node -> {
                if (node instanceof YamlScalar s && !s.isNull()) {
                    refs.actor(s.text(), s.location());
                }
            });
        }
        List<Quote> quotes = f.objects("quotes", "a quote", q -> quote(q, refs));
        List<Source> sources = f.objects("sources", "a source", SourceReader::read);
        List<Relation> relations = f.objects("relations", "a relation", r -> relation(r, refs));
        if (relations.size() < written(f.node("relations"))) {
            refs.unreadableRelation();
        }
        List<Media> media = f.objects("media", "a media item", m -> media(m, refs));
        Optional<Integer> order = f.integer("order");
        List<String> tags = f.texts("tags");
        f.finish();
        if (id.isEmpty() || date.isEmpty() || title.isEmpty() || kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadedEvent(new Event(id.get(), date.get(), displayDate, title.get(), kind.get(), actors, quotes,
                sources, relations, media, order, tags, body, file), refs));
    }

    /** How many items a list field holds as written; a value that is not a list counts as one. */
    private static int written(Optional<YamlNode> field) {
        return field.map(node -> node instanceof YamlList list ? list.items().size()
                : node instanceof YamlScalar s && s.isNull() ? 0 : 1).orElse(0);
    }

    private static <T> Optional<T> missing(Fields f, String key) {
        f.missing(key);
        return Optional.empty();
    }

    private static Optional<EventKind> kind(String text, Fields f) {
        Optional<EventKind> kind = EventKind.fromId(text);
        if (kind.isEmpty()) {
            f.diagnostics().error(f.at("kind"), "unknown kind `" + text + "`",
                    Suggestions.closest(text, EventKind.ids()).map(s -> "did you mean `" + s + "`?")
                            .orElse("use one of: " + String.join(", ", EventKind.ids())));
        }
        return kind;
    }

    private static Optional<Quote> quote(Fields f, References refs) {
        Optional<String> text = f.requiredText("text");
        Optional<String> lang = f.requiredText("lang").flatMap(l -> Languages.check(l, f.at("lang"), f.diagnostics()));
        Optional<String> by = f.requiredText("by");
        by.ifPresent(b -> refs.actor(b, f.at("by")));
        Optional<String> translation = f.text("translation");
        Optional<Source> source = f.node("source")
                .flatMap(node -> Fields.of(node, "a source", f.diagnostics()))
                .flatMap(s -> {
                    Optional<Source> read = SourceReader.read(s);
                    s.finish();
                    return read;
                });
        if (text.isEmpty() || lang.isEmpty() || by.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quote(text.get(), lang.get(), by.get(), translation, source));
    }

    private static Optional<Relation> relation(Fields f, References refs) {
        if (isShorthand(f)) {
            YamlMap.Entry entry = f.entries().get(0);
            f.node(entry.key());
            f.diagnostics().error(entry.keyLocation(), "a relation is written as two fields, `type` and `event`",
                    "write `- type: " + entry.key() + "` and below it `  event: "
                            + (entry.value() instanceof YamlScalar s && !s.isNull() ? s.text() : "<event id>") + "`");
            return Optional.empty();
        }
        Optional<String> typeText = f.requiredText("type");
        Optional<RelationType> type = typeText.flatMap(t -> {
            Optional<RelationType> found = RelationType.fromId(t);
            if (found.isEmpty()) {
                f.diagnostics().error(f.at("type"), "unknown relation type `" + t + "`",
                        Suggestions.closest(t, RelationType.ids()).map(s -> "did you mean `" + s + "`?")
                                .orElse("use one of: " + String.join(", ", RelationType.ids())));
            }
            return found;
        });
        Optional<String> event = f.requiredText("event");
        event.ifPresent(e -> refs.event(e, f.at("event")));
        return type.flatMap(t -> event.map(e -> new Relation(t, e)));
    }

    private static Optional<Media> media(Fields f, References refs) {
        Optional<String> src = f.requiredText("src");
        Optional<String> alt = f.requiredText("alt");
        Optional<String> caption = f.text("caption");
        Optional<String> credit = f.text("credit");
        src.ifPresent(s -> refs.media(s, f.at("src")));
        src.filter(EventReader::unsafeMediaPath).ifPresent(s -> f.diagnostics().error(f.at("src"), "`" + s + "` is neither a file beside the event nor an http(s) URL",
                        "put the image in the events folder and give its file name, or give a full https:// address"));
        return src.filter(s -> !unsafeMediaPath(s)).flatMap(s -> alt.map(a -> new Media(s, a, caption, credit)));
    }

    /** {@code - reverses: other-event}, a natural way to write {@code - type: reverses} with {@code event: other-event}. */
    private static boolean isShorthand(Fields f) {
        return f.entries().size() == 1 && RelationType.fromId(f.entries().get(0).key()).isPresent();
    }

    /** Local media must be a plain file name beside the event; remote media an http(s) URL. */
    private static boolean unsafeMediaPath(String src) {
        boolean remote = src.startsWith("http://") || src.startsWith("https://");
        return !remote && !src.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
    }
}
