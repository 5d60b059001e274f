package dev.dateline.publish;

import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.Event;
import dev.dateline.model.Quote;
import dev.dateline.model.Site;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import dev.dateline.parallel.Parallel;
import dev.dateline.render.MarkdownRenderer;
import dev.dateline.render.UrlLayout;
import dev.dateline.render.PageMemo;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The Atom feed of a timeline ({@code <timeline>/feed.xml}, RFC 4287), one entry per event.
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
    private final PageMemo<byte[]> entries;

    /** A feed writer; one that {@code remembers} writes again only the entries whose event changed. */
    AtomFeed(MarkdownRenderer markdown, boolean remembers) {
        this.markdown = markdown;
        this.entries = new PageMemo<>(remembers);
    }

    byte[] write(Site site, Timeline timeline) {
        UrlLayout urls = new UrlLayout(site);
        Optional<URI> base = site.config().baseUrl();
        ZoneId zone = site.config().timeZone();
        String feedPath = urls.timelineFile(timeline, UrlLayout.FEED);
        // the XML writer gets a Writer, not a stream: into a stream it writes byte by byte
        StringWriter head = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Xml xml = new Xml(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(head));
            xml.out.writeStartDocument("UTF-8", "1.0");
            xml.out.writeCharacters("\n");
            xml.out.writeStartElement("feed");
            xml.out.writeDefaultNamespace(ATOM);
            xml.out.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", timeline.language());
            xml.text(1, "id", base.map(b -> b.resolve(timeline.id() + "/").toString()).orElse(tagUri(timeline, timeline.id())));
            xml.text(1, "title", timeline.title());
            xml.text(1, "subtitle", markdown.toText(timeline.standfirst()));
            xml.text(1, "updated", RFC_3339.format(feedUpdated(timeline, zone)));
            xml.link(1, "alternate", "text/html", href(base, feedPath, urls.timeline(timeline)));
            if (base.isPresent()) {
                xml.link(1, "self", "application/atom+xml", base.get().resolve(feedPath).toString());
            }
            xml.indent(1);
            xml.out.writeStartElement("author");
            xml.text(2, "name", author(site, timeline));
            xml.indent(1);
            xml.out.writeEndElement();
            xml.text(1, "generator", "Dateline");
            xml.out.flush();
            bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            // the entries are written apart, in parallel, and appended as they are: a feed of a long
            // timeline is most of its cost, and in the preview only an edited entry changes
            String tag = tagUri(timeline, timeline.id() + "/");
            for (byte[] entry : Parallel.map(timeline.events(), event -> entries.render(feedPath + "#" + event.id(),
                    () -> List.of(event, timeline.actors(), base, zone, tag),
                    () -> entry(timeline, event, urls, base, zone, feedPath)))) {
                bytes.writeBytes(entry);
            }
            bytes.writeBytes("\n</feed>\n".getBytes(StandardCharsets.UTF_8));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed of " + timeline.id(), e);
        }
        return bytes.toByteArray();
    }

    private byte[] entry(Timeline timeline, Event event, UrlLayout urls, Optional<URI> base, ZoneId zone,
            String feedPath) {
        StringWriter text = new StringWriter();
        try {
            Xml xml = new Xml(XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text));
            entry(xml, timeline, event, urls, base, zone, feedPath);
            xml.out.flush();
            xml.out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed entry of " + event.id(), e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void entry(Xml xml, Timeline timeline, Event event, UrlLayout urls, Optional<URI> base, ZoneId zone,
            String feedPath) throws XMLStreamException {
        String page = urls.event(timeline, event);
        xml.indent(1);
        xml.out.writeStartElement("entry");
        xml.text(2, "id", base.map(b -> b.resolve(UrlLayout.pretty(page)).toString())
                .orElse(tagUri(timeline, timeline.id() + "/" + event.id())));
        xml.text(2, "title", event.title());
        xml.text(2, "updated", RFC_3339.format(updated(event, zone)));
        xml.link(2, "alternate", "text/html", href(base, feedPath, page));
        xml.indent(2);
        xml.out.writeEmptyElement("category");
        xml.out.writeAttribute("term", event.kind().id());
        xml.text(2, "summary", markdown.toText(event.body()));
        xml.indent(2);
        xml.out.writeStartElement("content");
        xml.out.writeAttribute("type", "html");
        xml.out.writeCharacters(contentHtml(timeline, event));
        xml.out.writeEndElement();
        xml.indent(1);
        xml.out.writeEndElement();
    }

    private String contentHtml(Timeline timeline, Event event) {
        Document holder = Document.createShell("");
        holder.outputSettings().prettyPrint(false).charset("UTF-8").escapeMode(Entities.EscapeMode.base);
        StringBuilder html = new StringBuilder(markdown.toHtml(event.body()));
        for (Quote quote : event.quotes()) {
            Element blockquote = holder.body().appendElement("blockquote").attr("lang", quote.lang());
            blockquote.appendElement("p").text(quote.text());
            String by = timeline.actor(quote.by()).map(Actor::name).orElse(quote.by());
            blockquote.appendElement("footer")
                    .text("\u2014 " + by + quote.source().map(s -> ", " + s.name()).orElse(""));
            html.append(blockquote.outerHtml());
        }
        return html.toString();
    }

    /** The latest of the event's date and its sources' publication dates. */
    static ZonedDateTime updated(Event event, ZoneId zone) {
        Stream<DatePoint> sources = Stream.concat(event.sources().stream(),
                        event.quotes().stream().flatMap(q -> q.source().stream()))
                .map(Source::published).flatMap(Optional::stream).map(d -> d.end().orElse(d.start()));
        return Stream.concat(Stream.of(event.date().end().orElse(event.date().start())), sources)
                .map(p -> p.start(zone))
                .max(Comparator.comparing(ZonedDateTime::toInstant))
                .orElseThrow();
    }

    static ZonedDateTime feedUpdated(Timeline timeline, ZoneId zone) {
        return Stream.concat(timeline.events().stream().map(e -> updated(e, zone)),
                        timeline.published().map(d -> d.end().orElse(d.start()).start(zone)).stream())
                .max(Comparator.comparing(ZonedDateTime::toInstant))
                .orElse(Instant.EPOCH.atZone(zone));
    }

    private static String tagUri(Timeline timeline, String specific) {
        int year = timeline.published().map(d -> d.start())
                .or(() -> timeline.events().stream().findFirst().map(e -> e.date().start()))
                .map(p -> p.local().getYear())
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

    /** A writer that puts every element on its own indented line. */
    private static final class Xml {
        private final XMLStreamWriter out;

        Xml(XMLStreamWriter out) {
            this.out = out;
        }

        void indent(int depth) throws XMLStreamException {
            out.writeCharacters("\n" + "  ".repeat(depth));
        }

        void text(int depth, String name, String text) throws XMLStreamException {
            indent(depth);
            out.writeStartElement(name);
            out.writeCharacters(text);
            out.writeEndElement();
        }

        void link(int depth, String rel, String type, String href) throws XMLStreamException {
            indent(depth);
            out.writeEmptyElement("link");
            out.writeAttribute("rel", rel);
            out.writeAttribute("type", type);
            out.writeAttribute("href", href);
        }
    }
}
