package dev.dateline.content;

import dev.dateline.model.Actor;
import dev.dateline.model.ActorType;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Era;
import dev.dateline.model.Event;
import dev.dateline.model.Media;
import dev.dateline.model.Quote;
import dev.dateline.model.Relation;
import dev.dateline.model.SiteConfig;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes the model back as the content files {@link ContentLoader} reads: {@code site.yaml},
 * {@code timeline.yaml} and {@code events/<id>.md}. The YAML library quotes what needs quoting.
 * Immutable and thread-safe.
 */
public final class ContentWriter {
    private final YAMLMapper yaml = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    public String siteYaml(SiteConfig site) {
        ObjectNode out = yaml.createObjectNode();
        out.put("title", site.title());
        out.put("language", site.language());
        out.put("timeZone", site.timeZone().getId());
        site.baseUrl().ifPresent(u -> out.put("baseUrl", u.toString()));
        put(out, "home", site.home());
        put(out, "author", site.author());
        put(out, "description", site.description());
        return yaml.writeValueAsString(out);
    }

    public String timelineYaml(Timeline timeline) {
        ObjectNode out = yaml.createObjectNode();
        out.put("title", timeline.title());
        out.put("standfirst", timeline.standfirst());
        out.put("language", timeline.language());
        timeline.published().ifPresent(d -> out.put("published", d.edtf()));
        put(out, "byline", timeline.byline());
        put(out, "publication", timeline.publication());
        ObjectNode actors = out.putObject("actors");
        for (Actor actor : timeline.actors()) {
            ObjectNode a = actors.putObject(actor.id());
            a.put("name", actor.name());
            if (actor.type() != ActorType.PERSON) {
                a.put("type", actor.type().id());
            }
            put(a, "role", actor.role());
            put(a, "url", actor.url());
        }
        put(out, "intro", timeline.intro());
        put(out, "outro", timeline.outro());
        sources(out, timeline.sources());
        if (!timeline.eras().isEmpty()) {
            ArrayNode eras = out.putArray("eras");
            for (Era era : timeline.eras()) {
                eras.addObject().put("title", era.title()).put("date", era.date().edtf());
            }
        }
        return yaml.writeValueAsString(out);
    }

    /** The file name of an event: its id and {@code .md}, so that no {@code id:} line is needed. */
    public static String fileName(Event event) {
        return event.id() + ".md";
    }

    /** An event file: the front matter between {@code ---} lines, then the Markdown body. */
    public String eventFile(Event event) {
        ObjectNode out = yaml.createObjectNode();
        out.put("date", event.date().edtf());
        put(out, "displayDate", event.displayDate());
        out.put("title", event.title());
        out.put("kind", event.kind().id());
        ArrayNode actors = out.putArray("actors");
        event.actors().forEach(actors::add);
        event.order().ifPresent(o -> out.put("order", o));
        if (!event.quotes().isEmpty()) {
            ArrayNode quotes = out.putArray("quotes");
            for (Quote quote : event.quotes()) {
                ObjectNode q = quotes.addObject().put("text", quote.text()).put("lang", quote.lang()).put("by", quote.by());
                put(q, "translation", quote.translation());
                quote.source().ifPresent(s -> source(q.putObject("source"), s));
            }
        }
        sources(out, event.sources());
        if (!event.relations().isEmpty()) {
            ArrayNode relations = out.putArray("relations");
            for (Relation relation : event.relations()) {
                relations.addObject().put("type", relation.type().id()).put("event", relation.event());
            }
        }
        if (!event.media().isEmpty()) {
            ArrayNode media = out.putArray("media");
            for (Media m : event.media()) {
                ObjectNode item = media.addObject().put("src", m.src()).put("alt", m.alt());
                put(item, "caption", m.caption());
                put(item, "credit", m.credit());
            }
        }
        if (!event.tags().isEmpty()) {
            ArrayNode tags = out.putArray("tags");
            event.tags().forEach(tags::add);
        }
        String body = event.body().strip();
        return "---\n" + yaml.writeValueAsString(out) + "---\n" + (body.isEmpty() ? "" : body + "\n");
    }

    private static void sources(ObjectNode out, List<Source> sources) {
        if (!sources.isEmpty()) {
            ArrayNode list = out.putArray("sources");
            sources.forEach(s -> source(list.addObject(), s));
        }
    }

    private static void source(ObjectNode out, Source source) {
        out.put("name", source.name());
        put(out, "url", source.url());
        source.published().map(EdtfDate::edtf).ifPresent(d -> out.put("published", d));
        put(out, "kind", source.kind());
    }

    private static void put(ObjectNode out, String key, Optional<String> value) {
        value.ifPresent(v -> out.put(key, v));
    }
}
