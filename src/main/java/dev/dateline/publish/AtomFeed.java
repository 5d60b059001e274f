package dev.dateline.publish;

import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.Quote;
import dev.dateline.model.Site;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import dev.dateline.cache.BuildCache;
import dev.dateline.render.MarkdownRenderer;
import dev.dateline.render.UrlLayout;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Element;

/**
 * The Atom feed of a timeline ({@code <timeline>/feed.xml}, RFC 4287): an entry for each of the
 * newest events, as many as {@code feedEntries} in site.yaml says (50 unless it says otherwise),
 * in the order of the timeline. Newest means latest {@code updated}; of events updated at the same
 * moment, the later in the timeline.
 *
 * <p>Ids: with a base URL, the URL of the timeline's own page and of each event page; without
 * one, {@code tag:dateline.invalid,YEAR:TIMELINE[/EVENT]} URIs, where YEAR is the year of the
 * timeline's publication (else of its first event). Both depend only on content, so they stay
 * the same from build to build.
 *
 * <p>{@code updated} comes from content, never from the clock: for an entry, the latest of the
 * event's date (the end of an interval) and the publication dates of its sources; for the feed,
 * the latest of its entries and the timeline's publication date. A date without a time counts
 * from the start of that day (month, year) in the site's time zone.
 */
final class AtomFeed {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String TAG_AUTHORITY = "dateline.invalid";
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final MarkdownRenderer markdown;
    private final BuildCache cache;

    /** The HTML content of an event's entry. */
    private record ContentKey(String timeline, String event) implements BuildCache.Key<String> {
    }

    AtomFeed(MarkdownRenderer markdown, BuildCache cache) {
        this.markdown = markdown;
        this.cache = cache;
    }

    byte[] write(Site site, Timeline timeline) {
        UrlLayout urls = new UrlLayout(site);
        Optional<URI> base = site.config().baseUrl();
        ZoneId zone = site.config().timeZone();
        String feedPath = urls.timelineFile(timeline, UrlLayout.FEED);
        XmlOutput xml = new XmlOutput().write(x -> {
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", XmlOutput.valid(timeline.language()));
        });
        xml.element(1, "id", base.map(b -> b.resolve(timeline.id() + "/").toString()).orElse(tagUri(timeline, timeline.id())));
        xml.element(1, "title", timeline.title());
        xml.element(1, "subtitle", markdown.toText(timeline.standfirst()));
        List<ZonedDateTime> updated = timeline.events().stream().map(e -> updated(e, timeline, zone)).toList();
        xml.element(1, "updated", RFC_3339.format(Stream.concat(updated.stream(), Stream.of(published(timeline, zone)))
                .max(Comparator.comparing(ZonedDateTime::toInstant)).orElseThrow()));
        link(xml, 1, "alternate", "text/html", href(base, feedPath, urls.timeline(timeline)));
        if (base.isPresent()) {
            link(xml, 1, "self", "application/atom+xml", base.get().resolve(feedPath).toString());
        }
        xml.indent(1).write(x -> x.writeStartElement("author"));
        xml.element(2, "name", author(site, timeline));
        xml.indent(1).write(XMLStreamWriter::writeEndElement);
        xml.element(1, "generator", "Dateline");
        for (int i : newest(updated, site.config().feedEntries())) {
            entry(xml, timeline, timeline.events().get(i), updated.get(i), urls, base, feedPath);
        }
        return xml.indent(0).write(XMLStreamWriter::writeEndElement).finish();
    }

    private void entry(XmlOutput xml, Timeline timeline, Event event, ZonedDateTime updated, UrlLayout urls,
            Optional<URI> base, String feedPath) {
        String page = urls.event(timeline, event);
        xml.indent(1).write(x -> x.writeStartElement("entry"));
        xml.element(2, "id", base.map(b -> b.resolve(UrlLayout.pretty(page)).toString())
                .orElse(tagUri(timeline, timeline.id() + "/" + event.id())));
        xml.element(2, "title", event.title());
        xml.element(2, "updated", RFC_3339.format(updated));
        link(xml, 2, "alternate", "text/html", href(base, feedPath, page));
        xml.empty(2, "category", "term", event.kind().id());
        xml.element(2, "summary", markdown.toText(event.body()));
        xml.indent(2).write(x -> {
            x.writeStartElement("content");
            x.writeAttribute("type", "html");
            x.writeCharacters(cache.get(new ContentKey(timeline.id(), event.id()),
                    () -> List.of(event, timeline.actors()), () -> XmlOutput.valid(contentHtml(timeline, event))));
            x.writeEndElement();
        });
        xml.indent(1).write(XMLStreamWriter::writeEndElement);
    }

    private static void link(XmlOutput xml, int depth, String rel, String type, String href) {
        xml.empty(depth, "link", "rel", rel, "type", type, "href", href);
    }

    private String contentHtml(Timeline timeline, Event event) {
        StringBuilder html = new StringBuilder(markdown.toHtml(event.body()));
        for (Quote quote : event.quotes()) {
            String by = timeline.actor(quote.by()).map(Actor::name).orElse(quote.by());
            Element blockquote = HtmlSnippet.element("blockquote").attr("lang", quote.lang());
            blockquote.appendElement("p").text(quote.text());
            blockquote.appendElement("footer").text("\u2014 " + by + quote.source().map(s -> ", " + s.name()).orElse(""));
            html.append(blockquote.outerHtml());
        }
        return html.toString();
    }

    /**
     * The latest of the event's date and its sources' publication dates that RFC 3339 can write
     * (years 1 to 9999); for an event of deep time or before the common era with no such source,
     * the timeline's publication date.
     */
    static ZonedDateTime updated(Event event, Timeline timeline, ZoneId zone) {
        List<Source> sources = new ArrayList<>(event.sources());
        event.quotes().forEach(quote -> quote.source().ifPresent(sources::add));
        return Stream.concat(Stream.of(event.date()), sources.stream().flatMap(s -> s.published().stream()))
                .flatMap(date -> writable(last(date), zone).stream())
                .max(Comparator.comparing(ZonedDateTime::toInstant))
                .orElseGet(() -> published(timeline, zone));
    }

    /** The moment a point starts, if RFC 3339 (four-digit years of the common era) can write it. */
    private static Optional<ZonedDateTime> writable(DatePoint point, ZoneId zone) {
        boolean common = point.notation().firstYear() >= 1 && point.notation().lastYear() <= 9999;
        return common ? Optional.of(point.start(zone)).filter(t -> t.getYear() >= 1 && t.getYear() <= 9999) : Optional.empty();
    }

    private static ZonedDateTime published(Timeline timeline, ZoneId zone) {
        return timeline.published().flatMap(d -> writable(last(d), zone)).orElse(Instant.EPOCH.atZone(zone));
    }

    /** The places of the {@code count} newest events, given when each was updated, in the timeline's order. */
    static List<Integer> newest(List<ZonedDateTime> updated, int count) {
        Comparator<Integer> newestFirst = Comparator.<Integer, Instant>comparing(i -> updated.get(i).toInstant())
                .thenComparing(Comparator.naturalOrder()).reversed();
        return IntStream.range(0, updated.size()).boxed()
                .sorted(newestFirst)
                .limit(count)
                .sorted()
                .toList();
    }

    /** The last known point of a date; its start where its end is open or unknown. */
    private static DatePoint last(EdtfDate date) {
        return date.last().orElse(date.start());
    }

    /** A tag URI's date is a year of four digits: the publication's, else the first event's that has one, else 1970. */
    private static String tagUri(Timeline timeline, String specific) {
        int year = Stream.concat(timeline.published().stream(), timeline.events().stream().map(Event::date))
                .map(EdtfDate::start)
                .map(p -> p.local().getYear())
                .filter(y -> y >= 1 && y <= 9999)
                .findFirst()
                .orElse(1970);
        return "tag:" + TAG_AUTHORITY + "," + year + ":" + specific;
    }

    private static String author(Site site, Timeline timeline) {
        return timeline.byline().or(() -> site.config().author()).or(timeline::publication)
                .orElse(site.config().title());
    }

    /** Absolute with a base URL; otherwise relative to the feed, so the site stays portable. */
    private static String href(Optional<URI> base, String feedPath, String page) {
        return base.map(b -> b.resolve(UrlLayout.pretty(page)).toString())
                .orElseGet(() -> UrlLayout.relative(feedPath, page));
    }
}
