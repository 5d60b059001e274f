package dev.dateline.publish;

import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.Quote;
import dev.dateline.model.Site;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import dev.dateline.render.HtmlEscape;
import dev.dateline.render.MarkdownRenderer;
import dev.dateline.render.UrlLayout;
import dev.dateline.render.PageMemo;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
        Xml xml = new Xml();
        xml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"").append(ATOM)
                .append("\" xml:lang=\"").append(XmlEscape.attribute(timeline.language())).append("\">");
        xml.text(1, "id", base.map(b -> b.resolve(timeline.id() + "/").toString()).orElse(tagUri(timeline, timeline.id())));
        xml.text(1, "title", timeline.title());
        xml.text(1, "subtitle", markdown.toText(timeline.standfirst()));
        xml.text(1, "updated", RFC_3339.format(feedUpdated(timeline, zone)));
        xml.link(1, "alternate", "text/html", href(base, feedPath, urls.timeline(timeline)));
        if (base.isPresent()) {
            xml.link(1, "self", "application/atom+xml", base.get().resolve(feedPath).toString());
        }
        xml.indent(1);
        xml.out.append("<author>");
        xml.text(2, "name", author(site, timeline));
        xml.indent(1);
        xml.out.append("</author>");
        xml.text(1, "generator", "Dateline");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(xml.out.toString().getBytes(StandardCharsets.UTF_8));
        // the entries are written apart, in parallel, and appended as they are: a feed of a long
        // timeline is most of its cost, and in the preview only an edited entry changes
        String tag = tagUri(timeline, timeline.id() + "/");
        for (byte[] entry : timeline.events().parallelStream().map(event -> entries.render(feedPath + "#" + event.id(),
                () -> List.of(event, timeline.actors(), base, zone, tag),
                () -> entry(timeline, event, urls, base, zone, feedPath))).toList()) {
            bytes.writeBytes(entry);
        }
        bytes.writeBytes("\n</feed>\n".getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private byte[] entry(Timeline timeline, Event event, UrlLayout urls, Optional<URI> base, ZoneId zone,
            String feedPath) {
        String page = urls.event(timeline, event);
        Xml xml = new Xml();
        xml.indent(1);
        xml.out.append("<entry>");
        xml.text(2, "id", base.map(b -> b.resolve(UrlLayout.pretty(page)).toString())
                .orElse(tagUri(timeline, timeline.id() + "/" + event.id())));
        xml.text(2, "title", event.title());
        xml.text(2, "updated", RFC_3339.format(updated(event, zone)));
        xml.link(2, "alternate", "text/html", href(base, feedPath, page));
        xml.indent(2);
        xml.out.append("<category term=\"").append(XmlEscape.attribute(event.kind().id())).append("\"/>");
        xml.text(2, "summary", markdown.toText(event.body()));
        xml.indent(2);
        xml.out.append("<content type=\"html\">").append(XmlEscape.text(contentHtml(timeline, event))).append("</content>");
        xml.indent(1);
        xml.out.append("</entry>");
        return xml.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String contentHtml(Timeline timeline, Event event) {
        StringBuilder html = new StringBuilder(markdown.toHtml(event.body()));
        for (Quote quote : event.quotes()) {
            String by = timeline.actor(quote.by()).map(Actor::name).orElse(quote.by());
            html.append("<blockquote lang=\"").append(HtmlEscape.attribute(quote.lang())).append("\"><p>")
                    .append(HtmlEscape.text(quote.text())).append("</p><footer>")
                    .append(HtmlEscape.text("\u2014 " + by + quote.source().map(s -> ", " + s.name()).orElse("")))
                    .append("</footer></blockquote>");
        }
        return html.toString();
    }

    /** The latest of the event's date and its sources' publication dates. */
    static ZonedDateTime updated(Event event, ZoneId zone) {
        ZonedDateTime latest = last(event.date()).start(zone);
        List<Source> sources = new ArrayList<>(event.sources());
        event.quotes().forEach(quote -> quote.source().ifPresent(sources::add));
        for (Source source : sources) {
            if (source.published().isPresent()) {
                ZonedDateTime published = last(source.published().get()).start(zone);
                latest = published.toInstant().isAfter(latest.toInstant()) ? published : latest;
            }
        }
        return latest;
    }

    private static DatePoint last(EdtfDate date) {
        return date.end().orElse(date.start());
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

    /** XML written as text, every element on its own indented line. */
    private static final class Xml {
        private final StringBuilder out = new StringBuilder(1024);

        void indent(int depth) {
            out.append('\n');
            for (int i = 0; i < depth; i++) {
                out.append("  ");
            }
        }

        void text(int depth, String name, String text) {
            indent(depth);
            out.append('<').append(name).append('>').append(XmlEscape.text(text)).append("</").append(name).append('>');
        }

        void link(int depth, String rel, String type, String href) {
            indent(depth);
            out.append("<link rel=\"").append(XmlEscape.attribute(rel)).append("\" type=\"").append(XmlEscape.attribute(type))
                    .append("\" href=\"").append(XmlEscape.attribute(href)).append("\"/>");
        }
    }
}
