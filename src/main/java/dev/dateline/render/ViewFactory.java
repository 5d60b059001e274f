package dev.dateline.render;

import dev.dateline.cache.BuildCache;
import dev.dateline.render.view.DateView;
import dev.dateline.model.Actor;
import dev.dateline.model.Era;
import dev.dateline.model.Media;
import dev.dateline.model.Event;
import dev.dateline.model.Quote;
import dev.dateline.model.Relation;
import dev.dateline.model.Site;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import dev.dateline.render.view.ActorView;
import dev.dateline.render.view.EraView;
import dev.dateline.render.view.EventView;
import dev.dateline.render.view.MediaView;
import dev.dateline.render.view.QuoteView;
import dev.dateline.render.view.RelationView;
import dev.dateline.render.view.SourceView;
import dev.dateline.render.view.TimelineView;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;

/**
 * Turns the model of one timeline into the views its pages show, in the timeline's
 * language, with every link relative to the page being rendered.
 */
final class ViewFactory {
    private final Timeline timeline;
    private final UrlLayout urls;
    private final Messages messages;
    private final DateFormatter dates;
    private final MarkdownRenderer markdown;
    private final Images images;
    private final ZoneId zone;
    private final StructuredData structuredData;
    private final Map<String, Event> byId = new HashMap<>();
    private final Map<String, List<Event>> referencedBy = new HashMap<>();
    private final Map<String, EventContent> contents = new HashMap<>();
    private final String standfirstHtml;
    private final Map<String, String> listings;

    /** What an event shows whatever the page it is on: rendered once per build, or in the preview once per edit. */
    record EventContent(String kindLabel, DateView date, List<ActorView> actors, String bodyHtml,
            List<MediaView> media, List<QuoteView> quotes, List<SourceView> sources) {
    }

    /** What an event shows whatever the page it is on. */
    private record ContentKey(String timeline, String event) implements BuildCache.Key<EventContent> {
    }

    ViewFactory(Site site, Timeline timeline, UrlLayout urls, Messages messages, MarkdownRenderer markdown,
            Images images, BuildCache cache) {
        this(site, timeline, urls, messages, markdown, images, cache, Map.of());
    }

    /**
     * Views for a timeline whose events are listed on the pages {@code listings} names (by event id,
     * for a timeline split into periods); an event it does not name is listed on the timeline's page.
     */
    ViewFactory(Site site, Timeline timeline, UrlLayout urls, Messages messages, MarkdownRenderer markdown,
            Images images, BuildCache cache, Map<String, String> listings) {
        this.listings = Map.copyOf(listings);
        this.timeline = timeline;
        this.urls = urls;
        this.messages = messages;
        this.dates = new DateFormatter(messages, site.config().timeZone());
        this.markdown = markdown;
        this.images = images;
        this.zone = site.config().timeZone();
        this.structuredData = new StructuredData(site, timeline, urls, markdown);
        this.standfirstHtml = markdown.toHtml(timeline.standfirst());
        for (Event event : timeline.events()) {
            byId.put(event.id(), event);
            for (Relation r : event.relations()) {
                referencedBy.computeIfAbsent(r.event(), id -> new ArrayList<>()).add(event);
            }
        }
        timeline.events().parallelStream().map(e -> Map.entry(e.id(), cache.get(new ContentKey(timeline.id(), e.id()),
                        () -> List.of(e, timeline.actors(), timeline.language(), zone, mediaPaths(e)), () -> content(e))))
                .toList().forEach(entry -> contents.put(entry.getKey(), entry.getValue()));
    }

    DateFormatter dates() {
        return dates;
    }

    StructuredData structuredData() {
        return structuredData;
    }

    /** The timeline without its events, which each page renders on its own terms. */
    TimelineView timelineHeader(String page) {
        return new TimelineView(timeline.id(), timeline.title(), standfirstHtml, timeline.language(),
                timeline.published().map(dates::format).orElse(null),
                timeline.byline().orElse(null), timeline.publication().orElse(null),
                timeline.actors().stream().map(ViewFactory::actor).toList(),
                timeline.intro().map(markdown::toHtml).orElse(null),
                timeline.outro().map(markdown::toHtml).orElse(null),
                timeline.sources().stream().map(this::source).toList(),
                timeline.eras().stream().map(this::era).toList(),
                UrlLayout.relative(page, urls.timeline(timeline)));
    }

    /**
     * Everything in the model that the views of {@code event} are made from: the event and the page
     * that lists it, the events it relates to either way and the pages that list them (a relation
     * links within the page when both are listed there), and the published names of its images.
     * Equal inputs give equal views.
     */
    List<Object> inputs(Event event) {
        List<Object> inputs = new ArrayList<>();
        inputs.add(event);
        inputs.add(listing(event));
        event.relations().forEach(r -> related(byId.get(r.event()), inputs));
        referencedBy.getOrDefault(event.id(), List.of()).forEach(other -> related(other, inputs));
        inputs.addAll(mediaPaths(event));
        return inputs;
    }

    EventView event(Event event, String page) {
        List<RelationView> relations = new ArrayList<>();
        for (Relation r : event.relations()) {
            Event other = byId.get(r.event());
            if (other != null) {
                relations.add(relation(r.type().id(), other, page));
            }
        }
        for (Event other : referencedBy.getOrDefault(event.id(), List.of())) {
            for (Relation r : other.relations()) {
                if (r.event().equals(event.id())) {
                    relations.add(relation(r.type().inverseId(), other, page));
                }
            }
        }
        EventContent c = contents.get(event.id());
        List<MediaView> media = c.media().stream().map(m -> m.remote() ? m : m.withHref(UrlLayout.relative(page, m.href())))
                .toList();
        return new EventView(event.id(), event.title(), event.kind().id(), c.kindLabel(), c.date(), c.actors(),
                String.join(" ", event.actors()), c.bodyHtml(), media, c.quotes(), c.sources(), relations, event.tags(),
                UrlLayout.relative(page, urls.event(timeline, event)),
                UrlLayout.relative(page, listing(event)) + "#" + event.id());
    }

    private void related(Event other, List<Object> inputs) {
        inputs.add(other == null ? "" : other);
        inputs.add(other == null ? "" : listing(other));
    }

    /** The page that lists the event: its period's, or the timeline's. */
    private String listing(Event event) {
        return listings.getOrDefault(event.id(), urls.timeline(timeline));
    }

    private List<String> mediaPaths(Event event) {
        return event.media().stream()
                .map(m -> images.find(event, m).map(i -> i.publishedPath()).orElse(m.src()))
                .toList();
    }

    private EventContent content(Event event) {
        return new EventContent(messages.get("kind." + event.kind().id()), date(event),
                event.actors().stream().map(id -> timeline.actor(id).map(ViewFactory::actor).orElseThrow()).toList(),
                markdown.toHtml(event.body()),
                event.media().stream().map(m -> media(event, m)).toList(),
                event.quotes().stream().map(this::quote).toList(),
                event.sources().stream().map(this::source).toList());
    }

    String plainText(String markdownText) {
        return markdown.toText(markdownText);
    }

    /** The formatted date, or the event's own display date shown over the same {@code <time datetime>}. */
    private DateView date(Event event) {
        DateView formatted = dates.format(event.date());
        return event.displayDate()
                .map(text -> new DateView(List.of(new DateView.Segment(text, formatted.datetime().isEmpty()
                        ? null : formatted.datetime())), formatted.edtf(), formatted.localText(),
                        formatted.approximate(), formatted.uncertain()))
                .orElse(formatted);
    }

    /** An era and the first event that starts inside it, where its marker goes in the list. */
    private EraView era(Era era) {
        long first = era.date().first().map(p -> p.firstSecond(zone)).orElse(Long.MIN_VALUE);
        long end = era.date().last().map(p -> p.endSecond(zone)).orElse(Long.MAX_VALUE);
        List<String> inside = timeline.events().stream()
                .filter(e -> {
                    long at = e.date().sortSeconds(zone);
                    return at >= first && at < end;
                })
                .map(Event::id)
                .toList();
        return new EraView(era.title(), dates.format(era.date()), inside.isEmpty() ? null : inside.get(0),
                String.join(" ", inside));
    }

    /** A media item; an image's href is its path from the site root, made relative per page. */
    private MediaView media(Event event, Media media) {
        String caption = media.caption().map(markdown::toInlineHtml).orElse(null);
        String credit = media.credit().map(markdown::toInlineHtml).orElse(null);
        if (media.remote()) {
            return new MediaView(true, media.src(), media.alt(), null, null, host(media.src()),
                    caption, credit);
        }
        PublishedImage image = images.find(event, media).orElseThrow();
        return new MediaView(false, image.publishedPath(), media.alt(),
                image.size().width(), image.size().height(), null, caption, credit);
    }

    private static String host(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? url : host;
        } catch (URISyntaxException e) {
            return url;
        }
    }

    private RelationView relation(String type, Event other, String page) {
        String noun = messages.get("kind." + other.kind().id() + ".noun");
        Messages.Split label = messages.split("relation." + type, noun);
        // on the timeline's own page the other event is an entry further up or down
        String href = page.equals(listing(other))
                ? "#" + other.id()
                : UrlLayout.relative(page, urls.event(timeline, other));
        return new RelationView(type, label.before(), contents.get(other.id()).date(), label.after(), other.title(),
                href);
    }

    private QuoteView quote(Quote quote) {
        boolean foreign = !sameLanguage(quote.lang(), timeline.language());
        ActorView by = timeline.actor(quote.by()).map(ViewFactory::actor).orElseThrow();
        return new QuoteView(quote.text(), foreign ? quote.lang() : null, quote.lang(), by,
                quote.translation().orElse(null), quote.source().map(this::source).orElse(null));
    }

    private SourceView source(Source source) {
        String kind = source.kind()
                .map(k -> messages.find("source.kind." + k).orElse(k))
                .orElse(null);
        return new SourceView(source.name(), source.url().orElse(null),
                source.published().map(dates::format).orElse(null), kind);
    }

    private static ActorView actor(Actor actor) {
        return new ActorView(actor.id(), actor.name(), actor.role().orElse(null), actor.url().orElse(null));
    }

    static boolean sameLanguage(String a, String b) {
        return Locale.forLanguageTag(a).getLanguage().equals(Locale.forLanguageTag(b).getLanguage());
    }
}
