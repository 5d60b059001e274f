package dev.dateline.publish;

import dev.dateline.cache.BuildCache;
import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.Precision;
import dev.dateline.model.Qualifier;
import dev.dateline.model.Quote;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import dev.dateline.publish.TimelineJsFormat.Date;
import dev.dateline.publish.TimelineJsFormat.Era;
import dev.dateline.publish.TimelineJsFormat.Media;
import dev.dateline.publish.TimelineJsFormat.Slide;
import dev.dateline.publish.TimelineJsFormat.Text;
import dev.dateline.publish.TimelineJsFormat.TimelineData;
import dev.dateline.render.DateFormatter;
import dev.dateline.render.MarkdownRenderer;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a timeline as TimelineJS3 data ({@code timeline.json}): a title slide, one slide per
 * event with its date split into parts to the precision known, times in the site's time zone,
 * the first quote as blockquote media. Immutable and thread-safe.
 */
public final class TimelineJsExporter {
    /** The years JavaScript dates reach, where TimelineJS itself switches to the cosmological scale. */
    private static final long FIRST_HUMAN_YEAR = -271_820;
    private static final long LAST_HUMAN_YEAR = 275_759;
    private static final JsonMapper MAPPER = JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    /** Indented by two spaces per level; an array opens on the line of its first value. */
    private static final ObjectWriter JSON = MAPPER.writer()
            .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    /** An event's slide as it is indented in the document, one level down. */
    private static final ObjectWriter SLIDE = MAPPER.writer()
            .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n  ")));

    private final MarkdownRenderer markdown;
    private final BuildCache cache;

    /** The JSON of an event's slide. */
    private record SlideKey(String timeline, String event) implements BuildCache.Key<String> {
    }

    public TimelineJsExporter(MarkdownRenderer markdown, BuildCache cache) {
        this.markdown = markdown;
        this.cache = cache;
    }

    /**
     * Writes the timeline as TimelineJS data, indented by two spaces per level, slide by slide, so
     * that a long timeline is never held whole; {@code dates} formats the display dates of
     * approximate or uncertain dates. The fields are those of {@link TimelineData}, in its order.
     */
    public void write(Timeline timeline, DateFormatter dates, ZoneId zone, OutputStream out) {
        Slide title = new Slide(null, null, new Text(HtmlSnippet.escape(timeline.title()),
                markdown.toHtml(timeline.standfirst())), null, null, null, null, null, null);
        List<Era> eras = timeline.eras().stream()
                .map(era -> new Era(date(era.date().start(), zone), date(era.date().end().orElse(era.date().start()), zone),
                        new Text(HtmlSnippet.escape(era.title()), null)))
                .toList();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writePOJOProperty("title", title);
            if (!timeline.events().isEmpty()) {
                json.writeArrayPropertyStart("events");
                for (Event e : timeline.events()) {
                    json.writeRawValue(cache.get(new SlideKey(timeline.id(), e.id()),
                            () -> List.of(e, timeline.actors(), dates.locale(), zone),
                            () -> SLIDE.writeValueAsString(slide(timeline, e, dates, zone))));
                }
                json.writeEndArray();
            }
            if (!eras.isEmpty()) {
                json.writePOJOProperty("eras", eras);
            }
            json.writeStringProperty("scale", scale(timeline));
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    /**
     * TimelineJS's human scale works with JavaScript dates, which end about 270,000 years either side
     * of 1970; a timeline that reaches beyond needs its cosmological scale, which counts in years.
     */
    static String scale(Timeline timeline) {
        boolean beyond = Stream.concat(timeline.events().stream().map(Event::date),
                        timeline.eras().stream().map(dev.dateline.model.Era::date))
                .flatMap(d -> Stream.concat(Stream.of(d.start()), d.end().stream()))
                .anyMatch(p -> p.notation().firstYear() < FIRST_HUMAN_YEAR || p.notation().lastYear() > LAST_HUMAN_YEAR);
        return beyond ? "cosmological" : "human";
    }

    /** A slide; TimelineJS shows the headline, {@code group} and {@code display_date} as HTML, so they are escaped. */
    private Slide slide(Timeline timeline, Event event, DateFormatter dates, ZoneId zone) {
        EdtfDate date = event.date();
        boolean qualified = date.start().qualifier() != Qualifier.NONE
                || date.end().map(e -> e.qualifier() != Qualifier.NONE).orElse(false)
                || spoken(date.start()) || date.end().map(TimelineJsExporter::spoken).orElse(false)
                || (date.isInterval() && date.end().isEmpty());
        StringBuilder text = new StringBuilder(markdown.toHtml(event.body()));
        List<Quote> quotes = event.quotes();
        for (Quote extra : quotes.stream().skip(1).toList()) {
            text.append(blockquote(extra));
        }
        String group = event.actors().stream().findFirst()
                .flatMap(timeline::actor).map(Actor::name).orElse(null);
        return new Slide(date(date.start(), zone), date.end().map(end -> date(end, zone)).orElse(null),
                new Text(HtmlSnippet.escape(event.title()), text.toString()),
                quotes.isEmpty() ? null : media(timeline, quotes.get(0)),
                group == null ? null : HtmlSnippet.escape(group),
                event.displayDate().or(() -> qualified ? Optional.of(dates.text(date)) : Optional.empty())
                        .map(HtmlSnippet::escape).orElse(null),
                null, null, event.id());
    }

    private static Media media(Timeline timeline, Quote quote) {
        String by = timeline.actor(quote.by()).map(Actor::name).orElse(quote.by());
        String credit = quote.source().map(TimelineJsExporter::credit).orElse(null);
        return new Media(blockquote(quote), HtmlSnippet.escape(by), credit, null, null, null, null);
    }

    private static String blockquote(Quote quote) {
        return HtmlSnippet.element("blockquote").attr("lang", quote.lang()).text(quote.text()).outerHtml();
    }

    private static String credit(Source source) {
        return source.url()
                .map(url -> HtmlSnippet.element("a").attr("href", url).text(source.name()).outerHtml())
                .orElseGet(() -> HtmlSnippet.escape(source.name()));
    }

    /** The date's parts down to its precision; a time is given as it is shown, in {@code zone}. */
    static Date date(DatePoint point, ZoneId zone) {
        Precision precision = point.precision();
        if (!point.calendar() || Math.abs(point.year()) > 9999 || !point.notation().exactYear()) {
            // the earliest year it allows; the display date says the rest
            return new Date(point.notation().firstYear(), null, null, null, null, null, null, null);
        }
        if (precision == Precision.SEASON) {
            return new Date(year(point.local().getYear()), point.local().getMonthValue(), null, null, null, null, null, null);
        }
        if (precision.hasTime()) {
            ZonedDateTime t = point.start(zone);
            return new Date(year(t.getYear()), t.getMonthValue(), t.getDayOfMonth(), t.getHour(), t.getMinute(),
                    precision == Precision.SECOND ? t.getSecond() : null, null, null);
        }
        var local = point.local();
        return new Date(year(local.getYear()),
                precision == Precision.YEAR ? null : local.getMonthValue(),
                precision == Precision.DAY ? local.getDayOfMonth() : null,
                null, null, null, null, null);
    }

    /** TimelineJS numbers years before the common era as historians do: -44 is 44 BCE, java.time's -43. */
    private static long year(int prolepticYear) {
        return prolepticYear > 0 ? prolepticYear : prolepticYear - 1L;
    }

    /** Whether TimelineJS's date parts cannot say all of the point, so that a display date must. */
    private static boolean spoken(DatePoint point) {
        return !point.notation().plain() || point.precision() == Precision.SEASON || Math.abs(point.year()) > 9999;
    }
}
