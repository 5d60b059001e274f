package dev.dateline.content;

import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what crosses files (actor ids, relations, duplicate ids, images), sorts each
 * timeline's events and puts the home timeline first.
 */
final class SiteAssembler {
    private final Diagnostics diagnostics;

    SiteAssembler(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Site> assemble(SiteConfig config, List<LoadedTimeline> loaded, Path siteFile) {
        List<Timeline> timelines = loaded.stream().map(t -> check(t, config.timeZone())).toList();
        if (timelines.isEmpty()) {
            return Optional.empty();
        }
        Optional<Timeline> home;
        if (config.home().isPresent()) {
            home = timelines.stream().filter(t -> t.id().equals(config.home().get())).findFirst();
            if (home.isEmpty()) {
                diagnostics.error(Location.of(siteFile), "`home` names the timeline `" + config.home().get()
                        + "`, which does not exist", "use the name of a folder in content/");
            }
        } else if (timelines.size() > 1) {
            diagnostics.error(Location.of(siteFile), "the site has " + timelines.size() + " timelines and no `home`",
                    "add `home: <timeline-id>` to site.yaml");
            home = Optional.empty();
        } else {
            home = Optional.of(timelines.get(0));
        }
        return home.map(h -> {
            List<Timeline> ordered = new ArrayList<>();
            ordered.add(h);
            timelines.stream().filter(t -> t != h).forEach(ordered::add);
            return new Site(config, ordered);
        });
    }

    private Timeline check(LoadedTimeline loaded, ZoneId zone) {
        Timeline timeline = loaded.timeline();
        Map<String, Event> byId = new HashMap<>();
        for (LoadedEvent e : loaded.events()) {
            Event earlier = byId.putIfAbsent(e.event().id(), e.event());
            if (earlier != null) {
                diagnostics.error(e.references().file(), "the event id `" + e.event().id() + "` is also used by "
                        + earlier.file().getFileName(), "give one of them another file name or `id:`");
            }
        }
        for (LoadedEvent e : loaded.events()) {
            checkReferences(timeline, e, byId, loaded.unreadable(), zone);
        }
        Comparator<Event> order = Comparator.comparing((Event e) -> e.date().sortKey(zone).toInstant())
                .thenComparingInt(e -> e.order().orElse(0))
                .thenComparing(Event::id);
        List<Event> events = loaded.events().stream().map(LoadedEvent::event).sorted(order).toList();
        return new Timeline(timeline.id(), timeline.title(), timeline.standfirst(), timeline.language(),
                timeline.published(), timeline.byline(), timeline.publication(), timeline.actors(), timeline.intro(),
                timeline.outro(), timeline.sources(), timeline.eras(), events);
    }

    private void checkReferences(Timeline timeline, LoadedEvent loaded, Map<String, Event> byId,
            java.util.Set<String> unreadable, ZoneId zone) {
        Event event = loaded.event();
        References refs = loaded.references();
        event.actors().stream().filter(a -> timeline.actor(a).isEmpty())
                .forEach(a -> unknownActor(refs.actor(a), a, timeline));
        event.quotes().stream().map(Quote::by).filter(a -> timeline.actor(a).isEmpty()).distinct()
                .filter(a -> !event.actors().contains(a))
                .forEach(a -> unknownActor(refs.actor(a), a, timeline));
        boolean reverses = false;
        for (Relation relation : event.relations()) {
            Location at = refs.event(relation.event());
            Event target = byId.get(relation.event());
            reverses |= relation.type() == RelationType.REVERSES;
            if (target == null && unreadable.contains(relation.event())) {
                continue;
            } else if (target == null) {
                diagnostics.error(at, "the relation `" + relation.type().id() + "` points to `" + relation.event()
                        + "`, which is not an event of this timeline",
                        Suggestions.closest(relation.event(), byId.keySet()).map(s -> "did you mean `" + s + "`?")
                                .orElse("use the id (file name without .md) of an event in the same timeline"));
            } else if (target == event) {
                diagnostics.error(at, "the event relates to itself", "point the relation at another event");
            } else if (relation.type() == RelationType.REVERSES) {
                if (target.date().sortKey(zone).isAfter(lastMoment(event.date(), zone))) {
                    diagnostics.warning(at, "`" + event.id() + "` reverses `" + target.id() + "`, which happens later",
                            "check the dates, or the direction of the relation");
                }
            }
        }
        if (event.kind() == EventKind.REVERSAL && !reverses) {
            diagnostics.warning(refs.kind(), "a reversal that names nothing it reverses",
                    "add a relation: `relations: [{type: reverses, event: <id>}]`");
        }
        for (Media media : event.media()) {
            if (media.remote()) {
                continue;
            }
            Path image = event.file().resolveSibling(media.src());
            if (!Files.isRegularFile(image)) {
                diagnostics.error(refs.media(media.src()), "the image `" + media.src() + "` is not beside the event file",
                        "put the file in " + event.file().getParent());
            } else if (imageSize(image).isEmpty()) {
                diagnostics.error(refs.media(media.src()), "`" + media.src() + "` is not a " + ImageSize.FORMATS + " image",
                        "convert it to one of these formats; a page shows an image with its width and height");
            }
        }
    }

    private static Optional<ImageSize> imageSize(Path image) {
        try {
            return ImageSize.read(Files.readAllBytes(image));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The last instant a date can denote: its end, and for a day, month or year the end of it in {@code zone}. */
    private static ZonedDateTime lastMoment(EdtfDate date, ZoneId zone) {
        DatePoint last = date.end().orElse(date.start());
        return last.precision().hasTime()
                ? last.start(zone)
                : last.lastDay().plusDays(1).atStartOfDay(zone).minusNanos(1);
    }

    private void unknownActor(Location at, String actor, Timeline timeline) {
        List<String> ids = timeline.actors().stream().map(Actor::id).toList();
        diagnostics.error(at, "unknown actor `" + actor + "`",
                Suggestions.closest(actor, ids).map(s -> "did you mean `" + s + "`?")
                        .orElse("add it under `actors:` in timeline.yaml, or use one of: " + String.join(", ", ids)));
    }
}
