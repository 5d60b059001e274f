package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.ImageSize;
import dev.dateline.model.Media;
import dev.dateline.model.Quote;
import dev.dateline.model.Relation;
import dev.dateline.model.RelationType;
import dev.dateline.model.Site;
import dev.dateline.model.SiteConfig;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks what crosses files (actor ids, relations, duplicate ids, images), sorts each
 * timeline's events and puts the home timeline first.
 */
final class SiteAssembler {
    /** The most pixels a side of an image may have: more is no photograph a page needs, and strains browsers. */
    static final int MAX_IMAGE_SIDE = 20_000;

    private final Diagnostics diagnostics;
    private final long maxImageBytes;

    SiteAssembler(Diagnostics diagnostics, long maxImageBytes) {
        this.diagnostics = diagnostics;
        this.maxImageBytes = maxImageBytes;
    }

    /** Checks each timeline across its files and sorts its events; dates without a time are read in {@code zone}. */
    List<Timeline> check(List<LoadedTimeline> loaded, ZoneId zone) {
        return loaded.stream().map(t -> check(t, zone)).toList();
    }

    /**
     * The site, with the home timeline first. The home timeline was checked when site.yaml was
     * read; when it is not among {@code timelines}, it had errors of its own.
     */
    static Optional<Site> assemble(SiteConfig config, List<Timeline> timelines) {
        Optional<Timeline> home = config.home().isPresent()
                ? timelines.stream().filter(t -> t.id().equals(config.home().get())).findFirst()
                : timelines.stream().findFirst().filter(t -> timelines.size() == 1);
        return home.map(h -> {
            List<Timeline> ordered = new ArrayList<>();
            ordered.add(h);
            timelines.stream().filter(t -> t != h).forEach(ordered::add);
            return new Site(config, ordered);
        });
    }

    private Timeline check(LoadedTimeline loaded, ZoneId zone) {
        Timeline timeline = loaded.timeline();
        Map<String, LoadedEvent> byId = uniqueIds(loaded.events());
        if (loaded.events().size() > Timeline.ENTRIES_PER_PAGE) {
            loaded.events().stream().filter(e -> Timeline.isSectionFolder(e.event().id())).forEach(e ->
                    diagnostics.error(e.references().id(), "the event id `" + e.event().id() + "` is also the address of a page of"
                            + " this timeline: with more than " + Timeline.ENTRIES_PER_PAGE + " events it has pages per year"
                            + " (`2017/`), per actor (`actors/`), per kind (`kinds/`) and for deep time (`ages/`)",
                            "give the event another id: set `id:` or rename the file"));
        }
        for (LoadedEvent e : loaded.events()) {
            checkReferences(loaded, e, byId, zone);
        }
        // each event's instant is worked out once, not at each of the sort's comparisons
        Comparator<Dated> order = Comparator.comparingLong(Dated::at)
                .thenComparingInt((Dated d) -> d.event().order().orElse(0))
                .thenComparing(d -> d.event().id());
        List<Event> events = loaded.events().stream()
                .map(e -> new Dated(e.event(), e.event().date().sortSeconds(zone)))
                .sorted(order).map(Dated::event).toList();
        return timeline.withEvents(events);
    }

    private record Dated(Event event, long at) {
    }

    /**
     * The events by id. An id used twice is reported at each {@code id:} field that repeats it;
     * the event whose file name gives it the id keeps it.
     */
    private Map<String, LoadedEvent> uniqueIds(List<LoadedEvent> events) {
        Map<String, List<LoadedEvent>> byId = new LinkedHashMap<>();
        events.forEach(e -> byId.computeIfAbsent(e.event().id(), id -> new ArrayList<>()).add(e));
        Map<String, LoadedEvent> unique = new LinkedHashMap<>();
        byId.forEach((id, same) -> {
            LoadedEvent owner = same.stream().filter(e -> fileName(e).equals(id + ".md")).findFirst().orElse(same.get(0));
            unique.put(id, owner);
            same.stream().filter(e -> e != owner).forEach(e -> diagnostics.error(e.references().id(),
                    "the event id `" + id + "` is also used by " + fileName(owner),
                    "give each event its own id: change this `id:`, or remove it to use the file name"));
        });
        return unique;
    }

    private static String fileName(LoadedEvent e) {
        return e.event().file().getFileName().toString();
    }

    private void checkReferences(LoadedTimeline loaded, LoadedEvent loadedEvent, Map<String, LoadedEvent> byId,
            ZoneId zone) {
        Timeline timeline = loaded.timeline();
        Event event = loadedEvent.event();
        References refs = loadedEvent.references();
        event.actors().stream().filter(a -> timeline.actor(a).isEmpty() && !loaded.actorHadErrors(a))
                .forEach(a -> unknownActor(refs.actor(a), a, timeline));
        event.quotes().stream().map(Quote::by).filter(a -> timeline.actor(a).isEmpty() && !loaded.actorHadErrors(a))
                .distinct()
                .filter(a -> !event.actors().contains(a))
                .forEach(a -> unknownActor(refs.actor(a), a, timeline));
        boolean reverses = false;
        for (Relation relation : event.relations()) {
            Location at = refs.event(relation.event());
            Event target = Optional.ofNullable(byId.get(relation.event())).map(LoadedEvent::event).orElse(null);
            reverses |= relation.type() == RelationType.REVERSES;
            if (target == null && loaded.eventHadErrors(relation.event())) {
                continue;
            } else if (target == null) {
                diagnostics.error(at, "the relation `" + relation.type().id() + "` points to `" + relation.event()
                        + "`, which is not an event of this timeline",
                        Suggestions.closest(relation.event(), eventIds(loaded, byId)).map(s -> "did you mean `" + s + "`?")
                                .orElse("use the id (file name without .md) of an event in the same timeline"));
            } else if (target == event) {
                diagnostics.error(at, "the event relates to itself", "point the relation at another event");
            } else if (relation.type() == RelationType.REVERSES
                    && event.date().last().map(last -> target.date().sortSeconds(zone) > lastSecond(last, zone)).orElse(false)) {
                diagnostics.warning(at, "`" + event.id() + "` reverses `" + target.id() + "`, which happens later",
                        "check the dates, or the direction of the relation");
            }
        }
        if (event.kind() == EventKind.REVERSAL && !reverses && !refs.hasUnreadableRelation()) {
            diagnostics.warning(refs.kind(), "a reversal that names nothing it reverses",
                    "add a relation: `relations: [{type: reverses, event: <id>}]`");
        }
        for (Media media : event.media()) {
            if (media.remote()) {
                continue;
            }
            checkImage(event.file().resolveSibling(media.src()), media.src(), refs.media(media.src()), event);
        }
    }

    /** An image must be beside the event file, no larger than the limits, and of a format whose size a page can give. */
    private void checkImage(Path image, String src, Location at, Event event) {
        if (!Files.isRegularFile(image)) {
            diagnostics.error(at, "the image `" + src + "` is not beside the event file",
                    "put the file in " + event.file().getParent());
            return;
        }
        long bytes = size(image);
        if (bytes > maxImageBytes) {
            diagnostics.error(at, String.format(Locale.ROOT, "the image `%s` is %,d bytes, more than the %,d (%d MB) an image may have",
                    src, bytes, maxImageBytes, maxImageBytes / 1_000_000),
                    "make the file smaller (a page shows it at most a few thousand pixels wide), or raise "
                            + "`maxImageMegabytes` in site.yaml");
            return;
        }
        Optional<ImageSize> size = imageSize(image);
        if (size.isEmpty()) {
            diagnostics.error(at, "`" + src + "` is not a " + ImageSize.FORMATS + " image",
                    "convert it to one of these formats; a page shows an image with its width and height");
        } else if (size.get().width() > MAX_IMAGE_SIDE || size.get().height() > MAX_IMAGE_SIDE) {
            diagnostics.error(at, "the image `" + src + "` is " + size.get().width() + " × " + size.get().height()
                    + " pixels, more than the " + MAX_IMAGE_SIDE + " a side an image may have",
                    "scale it down; a page shows it at most a few thousand pixels wide");
        }
    }

    private static long size(Path image) {
        try {
            return Files.size(image);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Optional<ImageSize> imageSize(Path image) {
        try {
            return ImageSize.read(Files.readAllBytes(image));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The ids of the timeline's events, including those whose files had errors of their own. */
    private static Set<String> eventIds(LoadedTimeline loaded, Map<String, LoadedEvent> byId) {
        Set<String> ids = new TreeSet<>(byId.keySet());
        ids.addAll(loaded.unreadableEvents());
        return ids;
    }

    /** The last second a point can denote: its instant, and for a day, month or year the last of it in {@code zone}. */
    private static long lastSecond(DatePoint last, ZoneId zone) {
        return last.precision().hasTime() ? last.firstSecond(zone) : last.endSecond(zone) - 1;
    }

    private void unknownActor(Location at, String actor, Timeline timeline) {
        List<String> ids = timeline.actors().stream().map(Actor::id).toList();
        diagnostics.error(at, "unknown actor `" + actor + "`",
                Suggestions.closest(actor, ids).or(() -> named(actor, timeline.actors()))
                        .map(s -> "did you mean `" + s + "`?")
                        .orElse("add it under `actors:` in timeline.yaml, or use one of: " + String.join(", ", ids)));
    }

    /** The id of the actor with {@code word} in their name: {@code trump} for "donald". */
    private static Optional<String> named(String word, List<Actor> actors) {
        Pattern whole = Pattern.compile("(?iu)\\b" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "\\b");
        return actors.stream().filter(a -> whole.matcher(a.name()).find()).map(Actor::id).findFirst();
    }
}
