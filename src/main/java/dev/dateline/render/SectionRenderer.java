package dev.dateline.render;

import dev.dateline.cache.BuildCache;
import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.Qualifier;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import dev.dateline.render.PeriodPlanner.Level;
import dev.dateline.render.PeriodPlanner.Period;
import dev.dateline.render.view.DensityView;
import dev.dateline.render.view.EntryView;
import dev.dateline.render.view.OverviewView;
import dev.dateline.render.view.OverviewView.Key;
import dev.dateline.render.view.PageMeta;
import dev.dateline.render.view.PageView;
import dev.dateline.render.view.SectionLink;
import dev.dateline.render.view.SectionPage;
import dev.dateline.render.view.TimelineView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The pages of a timeline too long for one page: its home page with the whole span, one page per
 * period (see {@link PeriodPlanner}), each paginated where its own list is too long.
 */
final class SectionRenderer {
    /** The most columns of the density of a page's own list. */
    private static final int LIST_COLUMNS = 10;
    private final SiteRenderer renderer;
    private final Site site;
    private final Timeline timeline;
    private final UrlLayout urls;
    private final ViewFactory views;
    private final Messages messages;
    private final Period root;
    /** The search box of the pages, or null. */
    private final SearchBox search;
    // periods are told apart by identity: their records hold all their events
    private final Map<Period, Period> parents = new IdentityHashMap<>();
    private final Map<Period, Integer> positions = new IdentityHashMap<>();
    private final Map<Level, List<Period>> levels = new EnumMap<>(Level.class);
    private final Map<Period, String> titles = new IdentityHashMap<>();
    private final Map<Period, Facts> facts = new IdentityHashMap<>();

    SectionRenderer(SiteRenderer renderer, Site site, Timeline timeline, UrlLayout urls, ViewFactory views,
            Messages messages, Period root, SearchBox search) {
        this.renderer = renderer;
        this.search = search;
        this.site = site;
        this.timeline = timeline;
        this.urls = urls;
        this.views = views;
        this.messages = messages;
        this.root = root;
        index(root);
        for (Actor actor : timeline.actors()) {
            List<Event> events = timeline.events().stream().filter(e -> e.actors().contains(actor.id())).toList();
            if (!events.isEmpty()) {
                group(PeriodPlanner.group(Level.ACTOR, timeline, actor.id(), events), actor.name());
            }
        }
        for (EventKind kind : EventKind.values()) {
            List<Event> events = timeline.events().stream().filter(e -> e.kind() == kind).toList();
            if (!events.isEmpty()) {
                group(PeriodPlanner.group(Level.KIND, timeline, kind.id(), events), messages.get("kind." + kind.id()));
            }
        }
    }

    /** The page of an actor or a kind: under the timeline's home, but none of its periods. */
    private void group(Period period, String title) {
        titles.put(period, title);
        parents.put(period, root);
        index(period);
    }

    /** Where each event is listed: the page of its period that shows it. */
    static Map<String, String> listings(Period root) {
        Map<String, String> pages = new HashMap<>();
        List<Period> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Period period = todo.remove(todo.size() - 1);
            List<String> paths = period.pages();
            for (int i = 0; i < paths.size(); i++) {
                for (Event event : period.entriesOfPage(i)) {
                    pages.put(event.id(), paths.get(i));
                }
            }
            todo.addAll(period.children());
        }
        return pages;
    }

    private void index(Period period) {
        List<Period> same = levels.computeIfAbsent(period.level(), l -> new ArrayList<>());
        positions.put(period, same.size());
        same.add(period);
        for (Period child : period.children()) {
            parents.put(child, period);
            index(child);
        }
    }

    /** Every page to render. */
    List<Supplier<RenderedPage>> jobs() {
        List<Supplier<RenderedPage>> jobs = new ArrayList<>();
        levels.values().forEach(periods -> periods.forEach(period -> {
            List<String> pages = period.pages();
            for (int i = 0; i < pages.size(); i++) {
                int index = i;
                String path = pages.get(i);
                jobs.add(() -> renderer.cache().get(new SectionKey(path), () -> inputs(period, index), () -> page(period, index)));
            }
        }));
        return jobs;
    }

    /** A section page in the preview's cache, made again only when what it shows changed. */
    private record SectionKey(String path) implements BuildCache.Key<RenderedPage> {
    }

    /** A period as other pages link to it: its name, width, address, count and number of pages. */
    private record Shape(String title, Level level, String path, EdtfDate span, int total, int pages) {
    }

    private Shape shape(Period period) {
        return new Shape(titles.get(period), period.level(), period.path(), period.span(), period.total(),
                period.pages().size());
    }

    /**
     * What a period's pages show of the period beyond the events they list: its shape, its narrower
     * periods' shapes and, for the density of those, the actors of each event within each of them and
     * within the period's own list, and the whole timeline's span on the home page.
     */
    private record Facts(Shape shape, List<Shape> children, List<List<List<String>>> actors, EdtfDate wholeSpan) {
    }

    private synchronized Facts facts(Period period) {
        return facts.computeIfAbsent(period, p -> {
            List<List<List<String>>> actors = new ArrayList<>();
            actors.add(p.children().isEmpty() ? List.of() : p.entries().stream().map(Event::actors).toList());
            p.children().forEach(c -> actors.add(all(c).stream().map(Event::actors).toList()));
            return new Facts(shape(p), p.children().stream().map(this::shape).toList(), actors,
                    p == root && !p.children().isEmpty() ? wholeSpan() : null);
        });
    }

    /**
     * Everything a section page is made from: the site's and the timeline's settings, the {@link Facts}
     * of the period, the wider periods, neighbours and actor and kind pages it links to, and for each
     * event it lists what the event's view is made from. Building the
     * page's model to compare it instead took most of a preview's rebuild: `bench/rebuild-latency.sh
     * 1000 20 5 title` gave a median of 115–117 ms before, 57 ms after. The facts in place of the
     * whole period, whose records hold every event within it, took its CPU time per rebuild from
     * 90 ms to 68 ms (means of 3 runs interleaved).
     */
    private List<Object> inputs(Period period, int index) {
        List<Object> inputs = new ArrayList<>(List.of(site.config(), timeline.withEvents(List.of()), index,
                facts(period), search == null ? List.of() : search));
        for (Period wider = parents.get(period); wider != null; wider = parents.get(wider)) {
            inputs.add(shape(wider));
        }
        List<Period> same = levels.get(period.level());
        int at = positions.get(period);
        inputs.add(at > 0 ? shape(same.get(at - 1)) : "");
        inputs.add(at + 1 < same.size() ? shape(same.get(at + 1)) : "");
        for (Level level : List.of(Level.ACTOR, Level.KIND)) {
            levels.getOrDefault(level, List.of()).forEach(group -> inputs.add(shape(group)));
        }
        for (Event event : period.entriesOfPage(index)) {
            inputs.add(views.inputs(event));
        }
        return inputs;
    }

    private RenderedPage page(Period period, int index) {
        String path = period.pages().get(index);
        List<Event> entries = period.entriesOfPage(index);
        TimelineView header = views.timelineHeader(path);
        String heading = period == root ? null : name(period);
        String title = (heading == null ? timeline.title() : heading + " – " + timeline.title())
                + (index == 0 ? "" : " – " + messages.format("section.page", index + 1));
        String count = messages.format("timeline.eventCount", period.total());
        String description = period == root ? views.plainText(timeline.standfirst())
                : count + ", " + heading + ". " + views.plainText(timeline.standfirst());
        PageMeta meta = renderer.meta(timeline, urls, path, views.structuredData().listPage(path, entries));
        PageView plain = renderer.page(site, path, timeline.language(), title, description,
                SiteRenderer.canonical(site, path).orElse(null), meta, true);
        PageView page = renderer.withSearch(plain, renderer.sectionCss(), search);
        List<EntryView> entryViews = entries.stream().map(e -> new EntryView(views.event(e, path), List.of())).toList();
        OverviewView overview = null;
        DensityView density = null;
        if (period.children().isEmpty()) {
            overview = new OverviewBuilder(messages, views.dates(), site.config().timeZone())
                    .build(withoutEras(entries)).orElse(null);
            if (overview != null && !fits(overview)) {
                overview = null;
                density = listDensity(entries);
            }
        } else {
            density = density(period, path);
        }
        return renderer.render(new SectionPage(page, header, heading, count, trail(period, path),
                neighbour(period, -1, path), neighbour(period, 1, path), overview, density,
                periods(period, path), messages.get(period == root || titles.containsKey(period) ? "timeline.events"
                        : "section.entries"), entryViews, pages(period, index, path),
                actorOptions(timeline, entries), kindOptions(messages, entries), groups(Level.ACTOR, path), groups(Level.KIND, path)));
    }

    /** Whether every mark found room inside the overview; marks that would collide are pushed right, out of it. */
    private static boolean fits(OverviewView overview) {
        return overview.marks().stream().allMatch(m -> m.x() <= overview.width() - OverviewBuilder.MARGIN);
    }

    /** The density of a list whose marks would not fit: a column per run of events in date order. */
    private DensityView listDensity(List<Event> events) {
        int run = (events.size() + LIST_COLUMNS - 1) / LIST_COLUMNS;
        List<DensityBuilder.Bin> bins = new ArrayList<>();
        for (int from = 0; from < events.size(); from += run) {
            List<Event> group = events.subList(from, Math.min(events.size(), from + run));
            Event first = group.get(0);
            bins.add(new DensityBuilder.Bin("#" + first.id(), views.dates().text(span(group)),
                    first.date().start().calendar()
                            ? DateTimeFormatter.ofPattern(messages.get("overview.axis.day"), messages.locale())
                                    .format(first.date().start().date())
                            : Integer.toString(bins.size() + 1),
                    group));
        }
        return new DensityBuilder(messages).buildForList(timeline, events, bins, views.dates().text(span(events)));
    }

    /** The timeline with only these events and no eras, whose bands would stretch a period's axis. */
    private Timeline withoutEras(List<Event> events) {
        return new Timeline(timeline.id(), timeline.title(), timeline.standfirst(), timeline.language(),
                timeline.published(), timeline.byline(), timeline.publication(), timeline.actors(), timeline.intro(),
                timeline.outro(), timeline.sources(), List.of(), events);
    }

    private DensityView density(Period period, String path) {
        List<DensityBuilder.Bin> bins = new ArrayList<>();
        for (int i = 0; i < period.children().size(); i++) {
            Period child = period.children().get(i);
            bins.add(new DensityBuilder.Bin(UrlLayout.relative(path, child.path()), name(child), axisName(child, i),
                    all(child)));
        }
        String span = period == root ? views.dates().text(wholeSpan()) : name(period);
        return new DensityBuilder(messages).build(timeline, all(period), bins, span);
    }

    private EdtfDate wholeSpan() {
        return span(timeline.events());
    }

    /** From the start of the first event to the end of the one that ends last; one date for one day. */
    private EdtfDate span(List<Event> events) {
        Event last = events.stream().max((a, b) -> Long.compare(TimeAxis.end(a.date(), site.config().timeZone()),
                TimeAxis.end(b.date(), site.config().timeZone()))).orElseThrow();
        DatePoint first = events.get(0).date().start().qualified(Qualifier.NONE);
        DatePoint end = last.date().end().orElse(last.date().start()).qualified(Qualifier.NONE);
        return first.equals(end) ? EdtfDate.of(first) : EdtfDate.interval(first, end);
    }

    /** Every event within a period, its own and its narrower periods', in date order. */
    private List<Event> all(Period period) {
        if (period.children().isEmpty()) {
            return period.entries();
        }
        List<Event> events = new ArrayList<>(period.entries());
        period.children().forEach(c -> events.addAll(all(c)));
        return events;
    }

    /** A period's name as the language says it: "2017", "July 2017", "9 July 2017", or its span. */
    private String name(Period period) {
        return titles.containsKey(period) ? titles.get(period) : views.dates().text(period.span());
    }

    /** The short name of a column: the year, the month, the day, or a span's number. */
    private String axisName(Period period, int index) {
        return switch (period.level()) {
            case YEAR -> Long.toString(period.span().start().year());
            case MONTH -> DateTimeFormatter.ofPattern(messages.get("density.axis.month"), messages.locale())
                    .format(period.span().start().date());
            case DAY -> DateTimeFormatter.ofPattern(messages.get("density.axis.day"), messages.locale())
                    .format(period.span().start().date());
            default -> Integer.toString(index + 1);
        };
    }

    private SectionLink link(Period period, String from) {
        return new SectionLink(period == root ? timeline.title() : name(period),
                UrlLayout.relative(from, period.path()), messages.format("timeline.eventCount", period.total()),
                period.pages().contains(from));
    }

    /**
     * The narrower periods, and after one whose list goes on over more pages a link to each further
     * page, so that every page of a period is a click from its parent.
     */
    private List<SectionLink> periods(Period period, String path) {
        List<SectionLink> links = new ArrayList<>();
        for (Period child : period.children()) {
            links.add(link(child, path));
            List<String> pages = child.pages();
            for (int i = 1; i < pages.size(); i++) {
                links.add(new SectionLink(name(child) + ", " + messages.format("section.page", i + 1),
                        UrlLayout.relative(path, pages.get(i)), null, false));
            }
        }
        return links;
    }

    /** The timeline, then each wider period, then this one. */
    private List<SectionLink> trail(Period period, String path) {
        List<SectionLink> trail = new ArrayList<>();
        for (Period p = period; p != null; p = parents.get(p)) {
            trail.add(0, link(p, path));
        }
        return trail;
    }

    /** The period before or after this one of the same width, wherever its parent. */
    private SectionLink neighbour(Period period, int step, String path) {
        List<Period> same = levels.get(period.level());
        int at = positions.get(period) + step;
        return period == root || at < 0 || at >= same.size() ? null : link(same.get(at), path);
    }

    private List<SectionLink> pages(Period period, int index, String path) {
        List<String> pages = period.pages();
        if (pages.size() == 1) {
            return List.of();
        }
        List<SectionLink> links = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            links.add(new SectionLink(Integer.toString(i + 1), UrlLayout.relative(path, pages.get(i)), null, i == index));
        }
        return links;
    }

    private List<SectionLink> groups(Level level, String path) {
        return levels.getOrDefault(level, List.of()).stream().map(p -> link(p, path)).toList();
    }

    /** The actors of {@code events}, in the timeline's order: what a filter or search box offers. */
    static List<Key> actorOptions(Timeline timeline, List<Event> events) {
        return timeline.actors().stream().filter(a -> events.stream().anyMatch(e -> e.actors().contains(a.id())))
                .map(a -> new Key(a.id(), a.name())).toList();
    }

    /** The kinds of {@code events}, in their own order, named in the timeline's language. */
    static List<Key> kindOptions(Messages messages, List<Event> events) {
        return Arrays.stream(EventKind.values()).filter(k -> events.stream().anyMatch(e -> e.kind() == k))
                .map(k -> new Key(k.id(), messages.get("kind." + k.id()))).toList();
    }
}
