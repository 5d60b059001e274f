package dev.dateline.render;

import dev.dateline.model.Actor;
import dev.dateline.model.ActorType;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.Quote;
import dev.dateline.model.Site;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org JSON-LD for the pages of one timeline.
 *
 * <p>The story is a {@code NewsArticle} whose {@code mainEntity} is an {@code ItemList} of its
 * events in date order. Each event is an {@code Event} (dates in ISO 8601 at their own precision,
 * so a month stays {@code 2017-07}) with its actors as {@code performer} and its quotes as
 * {@code workFeatured}: a {@code Quotation} whose {@code creator} and {@code spokenByCharacter}
 * is the {@code Person} (or, for an actor of {@code type: organization}, the {@code Organization})
 * who said it and whose {@code isBasedOn} is the source (a
 * {@code SocialMediaPosting} for a tweet, else a {@code CreativeWork}). An event page describes
 * its {@code Event}, with the story as {@code subjectOf}. Links are absolute when the base URL
 * is known, else relative to the page.
 */
final class StructuredData {
    private static final String CONTEXT = "https://schema.org";
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private final Site site;
    private final Timeline timeline;
    private final UrlLayout urls;
    private final MarkdownRenderer markdown;

    StructuredData(Site site, Timeline timeline, UrlLayout urls, MarkdownRenderer markdown) {
        this.site = site;
        this.timeline = timeline;
        this.urls = urls;
        this.markdown = markdown;
    }

    ObjectNode timelinePage(String page) {
        return listPage(page, timeline.events());
    }

    /** The story as an article whose main entity lists {@code events}, those a page of a long timeline shows. */
    ObjectNode listPage(String page, List<Event> events) {
        ObjectNode article = article(page, nodes.objectNode().put("@context", CONTEXT));
        article.put("description", markdown.toText(timeline.standfirst()));
        timeline.byline().ifPresent(by -> article.set("author", named("Person", by)));
        timeline.publication().ifPresent(p -> article.set("publisher", named("Organization", p)));
        ObjectNode list = article.putObject("mainEntity")
                .put("@type", "ItemList")
                .put("itemListOrder", "https://schema.org/ItemListOrderAscending")
                .put("numberOfItems", events.size());
        ArrayNode items = list.putArray("itemListElement");
        for (int i = 0; i < events.size(); i++) {
            items.addObject().put("@type", "ListItem").put("position", i + 1)
                    .set("item", event(events.get(i), page, nodes.objectNode()));
        }
        return article;
    }

    ObjectNode eventPage(Event event, String page) {
        ObjectNode json = event(event, page, nodes.objectNode().put("@context", CONTEXT));
        json.set("subjectOf", article(page, nodes.objectNode()));
        return json;
    }

    private ObjectNode article(String page, ObjectNode json) {
        json.put("@type", "NewsArticle")
                .put("headline", timeline.title())
                .put("inLanguage", timeline.language())
                .put("url", link(page, urls.timeline(timeline)));
        timeline.published().ifPresent(d -> json.put("datePublished", d.start().iso()));
        return json;
    }

    private ObjectNode event(Event event, String page, ObjectNode json) {
        EdtfDate date = event.date();
        json.put("@type", "Event")
                .put("name", event.title())
                .put("description", markdown.toText(event.body()));
        date.first().ifPresent(start -> json.put("startDate", start.iso()));
        date.last().filter(end -> date.isInterval()).ifPresent(end -> json.put("endDate", end.iso()));
        json.put("url", link(page, urls.event(timeline, event)))
                .put("inLanguage", timeline.language());
        ArrayNode performers = json.putArray("performer");
        event.actors().forEach(id -> timeline.actor(id).ifPresent(a -> performers.add(actor(a))));
        if (!event.quotes().isEmpty()) {
            ArrayNode quotes = json.putArray("workFeatured");
            event.quotes().forEach(q -> quotes.add(quotation(q)));
        }
        return json;
    }

    private ObjectNode quotation(Quote quote) {
        ObjectNode json = nodes.objectNode()
                .put("@type", "Quotation")
                .put("text", quote.text())
                .put("inLanguage", quote.lang());
        timeline.actor(quote.by()).ifPresent(by -> {
            json.set("creator", actor(by));
            json.set("spokenByCharacter", actor(by));
        });
        quote.source().ifPresent(s -> json.set("isBasedOn", work(s)));
        return json;
    }

    private ObjectNode work(Source source) {
        ObjectNode json = named(source.kind().filter("tweet"::equals).isPresent() ? "SocialMediaPosting" : "CreativeWork",
                source.name());
        source.url().ifPresent(u -> json.put("url", u));
        source.published().ifPresent(d -> json.put("datePublished", d.start().iso()));
        return json;
    }

    private ObjectNode actor(Actor actor) {
        ObjectNode json = named(actor.type() == ActorType.ORGANIZATION ? "Organization" : "Person", actor.name());
        actor.role().ifPresent(r -> json.put("description", r));
        actor.url().ifPresent(u -> json.put("url", u));
        return json;
    }

    private ObjectNode named(String type, String name) {
        return nodes.objectNode().put("@type", type).put("name", name);
    }

    private String link(String from, String to) {
        return site.config().baseUrl()
                .map(base -> base.resolve(UrlLayout.pretty(to)).toString())
                .orElseGet(() -> UrlLayout.relative(from, to));
    }
}
