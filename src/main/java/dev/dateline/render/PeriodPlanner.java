package dev.dateline.render;

import dev.dateline.cache.BuildCache;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Splits a timeline too long for one page into periods: years, then months, then days, each split
 * only while it holds more than {@link #SPLIT_ABOVE} events; a period with fewer is paginated,
 * {@link #MAX_ENTRIES} entries a page. An event is listed on the narrowest
 * period that holds its whole date, so a month-precision event stays on its month's page and an
 * interval over two days on the month's. Dates a calendar cannot split (deep time, years before
 * 1 or after 9999) go, in date order, into numbered spans of at most {@link #MAX_ENTRIES} events.
 * A period whose own list is still too long is paginated. Event pages never move.
 */
final class PeriodPlanner {
    /** The most entries one page lists. */
    static final int MAX_ENTRIES = Timeline.ENTRIES_PER_PAGE;
    /**
     * The most events a period lists on pages of its own before it is split into narrower periods:
     * four pages. A month of 80 events is read on two full pages rather than on 28 day pages of
     * about three events, each with the whole frame of a page around them; a month of 2,000 is
     * split into days. (Splitting at one page made 3,450 period pages of the 10,000 events of
     * bench/, mostly days of three; this makes 228.)
     */
    static final int SPLIT_ABOVE = 4 * MAX_ENTRIES;
    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    /** How wide a period is. */
    enum Level {
        TIMELINE, YEAR, MONTH, DAY, SPAN, ACTOR, KIND
    }

    /**
     * One period: its page at {@code path} (of the first page when its list is paginated), its
     * {@code span} (null for the whole timeline), the events it lists itself and its narrower periods.
     * {@code total} counts every event within it.
     */
    record Period(Level level, String path, EdtfDate span, List<Event> entries, List<Period> children, int total) {
        Period {
            entries = List.copyOf(entries);
            children = List.copyOf(children);
        }

        /** The paths of its pages: the first, then {@code page/2/index.html} and on. */
        List<String> pages() {
            List<String> pages = new ArrayList<>();
            pages.add(path);
            String dir = path.substring(0, path.length() - "index.html".length());
            for (int i = 2; (i - 1) * MAX_ENTRIES < entries.size(); i++) {
                pages.add(dir + "page/" + i + "/index.html");
            }
            return pages;
        }

        /** The entries of its page number {@code index} (from 0). */
        List<Event> entriesOfPage(int index) {
            return entries.subList(index * MAX_ENTRIES, Math.min(entries.size(), (index + 1) * MAX_ENTRIES));
        }
    }

    private final ZoneId zone;

    PeriodPlanner(ZoneId zone) {
        this.zone = zone;
    }

    /** Whether the timeline is too long for one page. */
    static boolean splits(Timeline timeline) {
        return timeline.events().size() > MAX_ENTRIES;
    }

    /** The plan in the preview's cache, by timeline. */
    private record PlanKey(String timeline) implements BuildCache.Key<Planned> {
    }

    /** All a plan depends on: the time zone, the timeline's page and each event's date, in order. */
    private record PlanInputs(ZoneId zone, String timelinePage, List<EdtfDate> dates) {
    }

    /** A plan with the events it was made of. */
    private record Planned(List<Event> events, Optional<Period> root) {
    }

    /**
     * The plan of {@link #plan(Timeline, String)}, made again only when the dates changed; else the
     * plan made before, with each of its events replaced by the timeline's event of the same place.
     * Speed only: it took the CPU time of the preview's rebuild after a title edit of 1,000 events
     * from 66.5 ms to 62.0 ms, its median from 63.6 ms to 58.3 ms (`bench/rebuild-latency.sh 1000 20
     * 5 title`, 7 and 4 runs interleaved).
     */
    Optional<Period> plan(Timeline timeline, String timelinePage, BuildCache cache) {
        List<Event> events = timeline.events();
        Planned planned = cache.get(new PlanKey(timeline.id()),
                () -> new PlanInputs(zone, timelinePage, events.stream().map(Event::date).toList()),
                () -> new Planned(events, plan(timeline, timelinePage)));
        if (planned.events() == events) {
            return planned.root();
        }
        Map<Event, Integer> places = new IdentityHashMap<>();
        for (int i = 0; i < planned.events().size(); i++) {
            places.put(planned.events().get(i), i);
        }
        return planned.root().map(root -> rebind(root, e -> events.get(places.get(e))));
    }

    private static Period rebind(Period period, UnaryOperator<Event> now) {
        return new Period(period.level(), period.path(), period.span(), period.entries().stream().map(now).toList(),
                period.children().stream().map(c -> rebind(c, now)).toList(), period.total());
    }

    /** The periods of a timeline with more events than one page lists; nothing for one that fits. */
    Optional<Period> plan(Timeline timeline, String timelinePage) {
        List<Event> events = timeline.events();
        if (!splits(timeline)) {
            return Optional.empty();
        }
        String dir = timeline.id() + "/";
        List<Event> calendar = new ArrayList<>();
        List<Event> other = new ArrayList<>();
        for (Event event : events) {
            (splittable(event.date()) ? calendar : other).add(event);
        }
        List<Event> entries = new ArrayList<>();
        List<Period> children = new ArrayList<>(split(calendar, Level.YEAR, dir, entries));
        for (int i = 0; i * MAX_ENTRIES < other.size(); i++) {
            List<Event> chunk = other.subList(i * MAX_ENTRIES, Math.min(other.size(), (i + 1) * MAX_ENTRIES));
            DatePoint first = chunk.get(0).date().start();
            Event last = chunk.stream().max((a, b) -> Long.compare(end(a.date()), end(b.date()))).orElseThrow();
            DatePoint lastPoint = last.date().end().orElse(last.date().start());
            children.add(new Period(Level.SPAN, dir + "ages/" + (i + 1) + "/index.html",
                    EdtfDate.interval(first, lastPoint), chunk, List.of(), chunk.size()));
        }
        children.sort((a, b) -> Long.compare(start(a.span()), start(b.span())));
        return Optional.of(new Period(Level.TIMELINE, timelinePage, null, entries, children, events.size()));
    }

    /**
     * The periods of {@code level} that hold the events, each split further while too long; events
     * no such period holds whole are added to {@code rest}.
     */
    private List<Period> split(List<Event> events, Level level, String dir, List<Event> rest) {
        TreeMap<LocalDate, List<Event>> groups = new TreeMap<>();
        for (Event event : events) {
            LocalDate first = floor(at(start(event.date())), level);
            LocalDate last = floor(at(end(event.date()) - 1), level);
            if (first.equals(last)) {
                groups.computeIfAbsent(first, k -> new ArrayList<>()).add(event);
            } else {
                rest.add(event);
            }
        }
        List<Period> periods = new ArrayList<>();
        groups.forEach((key, group) -> {
            String path = dir + segment(key, level) + "/";
            List<Event> entries = new ArrayList<>();
            List<Period> children = List.of();
            if (group.size() <= SPLIT_ABOVE || level == Level.DAY) {
                entries.addAll(group);
            } else {
                children = split(group, level == Level.YEAR ? Level.MONTH : Level.DAY, path, entries);
            }
            periods.add(new Period(level, path + "index.html", span(key, level), entries, children, group.size()));
        });
        return periods;
    }

    /**
     * The events of one actor, or of one kind, as a list of their own under {@code <timeline>/actors/<id>/}
     * or {@code <timeline>/kinds/<kind>/}, paginated like a period's.
     */
    static Period group(Level level, Timeline timeline, String id, List<Event> events) {
        String folder = level == Level.ACTOR ? "actors/" : "kinds/";
        return new Period(level, timeline.id() + "/" + folder + id + "/index.html", null, events, List.of(), events.size());
    }

    /** Whether the calendar can split the date: all of it in the years 1 to 9999. */
    private static boolean splittable(EdtfDate date) {
        DatePoint last = date.end().orElse(date.start());
        return date.start().calendar() && last.calendar() && date.start().year() >= FIRST_YEAR
                && last.year() <= LAST_YEAR;
    }

    private long start(EdtfDate date) {
        return TimeAxis.start(date, zone);
    }

    private long end(EdtfDate date) {
        return Math.max(TimeAxis.end(date, zone), start(date) + 1);
    }

    private ZonedDateTime at(long second) {
        return Instant.ofEpochSecond(second).atZone(zone);
    }

    private static LocalDate floor(ZonedDateTime time, Level level) {
        LocalDate day = time.toLocalDate();
        return switch (level) {
            case YEAR -> day.withDayOfYear(1);
            case MONTH -> day.withDayOfMonth(1);
            default -> day;
        };
    }

    /** The period's folder below its parent's: {@code 2017}, {@code 07}, {@code 09}. */
    private static String segment(LocalDate key, Level level) {
        return switch (level) {
            case YEAR -> String.format("%04d", key.getYear());
            case MONTH -> String.format("%02d", key.getMonthValue());
            default -> String.format("%02d", key.getDayOfMonth());
        };
    }

    private static EdtfDate span(LocalDate key, Level level) {
        return EdtfDate.of(switch (level) {
            case YEAR -> DatePoint.ofYear(key.getYear());
            case MONTH -> DatePoint.ofMonth(key.getYear(), key.getMonthValue());
            default -> DatePoint.ofDay(key);
        });
    }
}
