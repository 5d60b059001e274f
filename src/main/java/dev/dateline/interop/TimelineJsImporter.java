package dev.dateline.interop;

import dev.dateline.interop.TimelineJsSource.EraSlide;
import dev.dateline.interop.TimelineJsSource.Slide;
import dev.dateline.content.Slugs;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Era;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.Quote;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a TimelineJS timeline (JSON or Google Sheets CSV) to a Dateline timeline: the title
 * slide to the timeline's title and standfirst, each event slide to one event, eras to eras,
 * groups to actors. Whatever has no place in Dateline is reported. Stateless and thread-safe.
 */
public final class TimelineJsImporter {
    /** The imported timeline's id, its language, and the time zone that TimelineJS times are read in. */
    public record Settings(String timelineId, String language, ZoneId zone) {
    }

    /** The timeline with its events, and the image files to copy beside the event files. */
    public record Imported(Timeline timeline, List<MediaCopy> copies) {
    }

    private final HtmlToMarkdown html = new HtmlToMarkdown();

    /** Reads and maps {@code file}; empty when there were errors, which are in {@code report}. */
    public Optional<Imported> importFile(Path file, Settings settings, ImportReport report) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            report.error("", "the file is not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            report.error("", "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Optional<TimelineJsSource> source = isJson(file, text)
                ? new TimelineJsJsonReader().read(text, report)
                : new TimelineJsCsvReader().read(text, report);
        Path folder = file.toAbsolutePath().getParent();
        return source.flatMap(s -> map(s, folder, settings, report));
    }

    Optional<Imported> map(TimelineJsSource source, Path sourceFolder, Settings settings, ImportReport report) {
        TimelineJsDates dates = new TimelineJsDates(settings.zone());
        TimelineJsMedia media = new TimelineJsMedia(sourceFolder, html);
        ImportedActors actors = new ImportedActors();
        Set<String> ids = new HashSet<>();
        List<Event> events = new ArrayList<>();
        for (Slide slide : source.events()) {
            event(slide, settings, dates, media, actors, ids, report).ifPresent(events::add);
        }
        List<Era> eras = new ArrayList<>();
        for (EraSlide era : source.eras()) {
            era(era, dates, report).ifPresent(eras::add);
        }
        String title = source.title().map(s -> HtmlToMarkdown.text(s.headline())).filter(t -> !t.isEmpty())
                .orElseGet(() -> {
                    report.warning("title", "there is no title slide with a headline; the timeline is titled `"
                            + settings.timelineId() + "`: write its title in timeline.yaml");
                    return settings.timelineId();
                });
        String standfirst = source.title().map(s -> body(s, report)).filter(t -> !t.isBlank()).orElseGet(() -> {
            report.warning("title", "there is no title slide text; the standfirst repeats the title: write one in timeline.yaml");
            return title;
        });
        source.title().ifPresent(s -> titleSlideLosses(s, report));
        if (report.hasErrors()) {
            return Optional.empty();
        }
        long remote = events.stream().flatMap(e -> e.media().stream()).filter(m -> m.remote()).count();
        if (remote > 0) {
            report.warning("", remote + " remote media URL" + (remote == 1 ? " is" : "s are")
                    + " shown as captioned links to their sites, never embedded");
        }
        if (!events.isEmpty()) {
            report.warning("", "TimelineJS has no kinds of event: every event is `" + EventKind.CONTEXT.id()
                    + "`; change `kind:` where statement, reaction, report ... fits better");
        }
        Timeline timeline = new Timeline(settings.timelineId(), title, standfirst, settings.language(), Optional.empty(),
                Optional.empty(), Optional.empty(), actors.all(), Optional.empty(), Optional.empty(),
                List.of(), eras, keepOrderOfTies(events, settings.zone()));
        return Optional.of(new Imported(timeline, media.copies()));
    }

    private Optional<Event> event(Slide slide, Settings settings, TimelineJsDates dates, TimelineJsMedia media,
            ImportedActors actors, Set<String> ids, ImportReport report) {
        String where = slide.label();
        if (slide.start().isEmpty()) {
            report.error(where, "the slide has no start date; every TimelineJS event needs at least a year");
            return Optional.empty();
        }
        Optional<EdtfDate> date = dates.date(slide.start(), slide.end(), where, report);
        String displayDate = HtmlToMarkdown.text(slide.displayDate().isEmpty()
                ? slide.start().get().displayDate() : slide.displayDate());
        slide.end().filter(e -> !e.displayDate().isEmpty()).ifPresent(e -> report.warning(where,
                "the end date's display_date is not carried over; the event's own display_date or the start's is shown"));
        String title = HtmlToMarkdown.text(slide.headline());
        if (title.isEmpty()) {
            title = !displayDate.isEmpty() ? displayDate : date.map(EdtfDate::edtf).orElse("");
            report.warning(where, "the slide has no headline; its date is used as the title");
        }
        String id = Slugs.unique(id(slide, title), ids);
        if (!slide.uniqueId().isEmpty() && !id.equals(slide.uniqueId())) {
            report.warning(where, "the unique_id `" + slide.uniqueId() + "` is not a Dateline id (a-z, 0-9, single hyphens) "
                    + "or is used twice; the event's id is `" + id + "`");
        }
        String group = HtmlToMarkdown.text(slide.group());
        List<String> actorIds = group.isEmpty() ? List.of() : List.of(actors.idOf(group));
        TimelineJsMedia.Mapped mapped = slide.media()
                .map(m -> media.map(m, HtmlToMarkdown.text(slide.headline()), where, report))
                .orElse(new TimelineJsMedia.Mapped(List.of(), List.of(), Optional.empty()));
        String body = body(slide, report);
        Optional<Quote> quote = mapped.quote().flatMap(q -> quote(q, actorIds, actors, settings.language()));
        if (mapped.quote().isPresent() && quote.isEmpty()) {
            report.warning(where, "the quote in the media names no speaker (no caption, no group); "
                    + "it is kept as a quotation in the text");
            body = (body.isEmpty() ? "" : body + "\n\n") + "> " + mapped.quote().get().text().replace("\n\n", "\n>\n> ");
        }
        Path file = Path.of(settings.timelineId(), "events", id + ".md");
        String shownTitle = title;
        String text = body;
        return date.map(d -> new Event(id, d, displayDate.isEmpty() ? Optional.empty() : Optional.of(displayDate),
                shownTitle, EventKind.CONTEXT, actorIds, quote.stream().toList(), mapped.sources(), List.of(), mapped.media(),
                Optional.empty(), List.of(), text, file));
    }

    /**
     * TimelineJS shows events that start at the same moment in the order of its file; Dateline
     * orders them by {@code order}, then id. The second and later of such events get an {@code order}.
     */
    private static List<Event> keepOrderOfTies(List<Event> events, ZoneId zone) {
        Map<Long, Integer> seen = new HashMap<>();
        List<Event> ordered = new ArrayList<>();
        for (Event e : events) {
            int position = seen.merge(e.date().sortSeconds(zone), 1, Integer::sum) - 1;
            ordered.add(position == 0 ? e : new Event(e.id(), e.date(), e.displayDate(), e.title(), e.kind(), e.actors(),
                    e.quotes(), e.sources(), e.relations(), e.media(), Optional.of(position), e.tags(), e.body(), e.file()));
        }
        return ordered;
    }

    /** A quote from the media, said by the actor its caption names, else by the slide's group. */
    private static Optional<Quote> quote(TimelineJsMedia.QuotedText quoted, List<String> actorIds, ImportedActors actors,
            String timelineLanguage) {
        Optional<String> speaker = quoted.speaker().isEmpty() ? actorIds.stream().findFirst()
                : Optional.of(actors.idOf(quoted.speaker()));
        String lang = quoted.lang().flatMap(TimelineJsImporter::language).orElse(timelineLanguage);
        return speaker.map(by -> new Quote(quoted.text(), lang, by, Optional.empty(), quoted.source()));
    }

    private Optional<Era> era(EraSlide era, TimelineJsDates dates, ImportReport report) {
        String title = HtmlToMarkdown.text(era.headline());
        String where = title.isEmpty() ? era.where() : era.where() + " \u201c" + title + "\u201d";
        if (era.start().isEmpty() || era.end().isEmpty()) {
            report.error(where, "an era needs a start and an end date");
            return Optional.empty();
        }
        Optional<EdtfDate> date = dates.date(era.start(), era.end(), where, report);
        if (!era.text().isBlank()) {
            report.warning(where, "the era's text is not carried over: a Dateline era has a title and dates");
        }
        if (title.isEmpty()) {
            report.warning(where, "the era has no headline; it is titled by its dates");
        }
        if (date.isPresent() && !date.get().isInterval()) {
            report.error(where, "the era starts and ends on " + date.get().edtf() + "; an era needs an interval");
            return Optional.empty();
        }
        return date.map(d -> new Era(title.isEmpty() ? d.edtf() : title, d));
    }

    private String body(Slide slide, ImportReport report) {
        HtmlToMarkdown.Result result = html.convert(slide.text(), slide.autolink());
        if (!result.dropped().isEmpty()) {
            report.warning(slide.label(), "dropped from the text (not safe or not supported): " + String.join(", ", result.dropped()));
        }
        return result.markdown();
    }

    private static void titleSlideLosses(Slide title, ImportReport report) {
        if (title.media().isPresent()) {
            report.warning(title.label(), "the title slide's media is not carried over: a timeline page has no lead media");
        }
        if (title.start().isPresent()) {
            report.warning(title.label(), "the title slide's date is not carried over");
        }
        if (!title.group().isEmpty()) {
            report.warning(title.label(), "the title slide's group is not carried over");
        }
    }

    private static String id(Slide slide, String title) {
        String fromUniqueId = Slugs.of(slide.uniqueId());
        String fromTitle = Slugs.of(title);
        return !fromUniqueId.isEmpty() ? fromUniqueId : !fromTitle.isEmpty() ? fromTitle : "event";
    }

    private static Optional<String> language(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale.toLanguageTag());
        } catch (java.util.IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    private static boolean isJson(Path file, String text) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return true;
        }
        return !name.endsWith(".csv") && text.stripLeading().startsWith("{");
    }
}
