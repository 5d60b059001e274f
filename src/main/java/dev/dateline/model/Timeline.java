package dev.dateline.model;

import java.util.List;
import java.util.Optional;

/** A story told as dated events, in date order. Markdown fields hold CommonMark. */
public record Timeline(
        String id,
        String title,
        String standfirst,
        String language,
        Optional<EdtfDate> published,
        Optional<String> byline,
        Optional<String> publication,
        List<Actor> actors,
        Optional<String> intro,
        Optional<String> outro,
        List<Source> sources,
        List<Era> eras,
        List<Event> events) {

    /**
     * The most events one page lists; a timeline with more is split into pages per period, per
     * actor and per kind, in folders whose names no event id may take (see {@link #isSectionFolder}).
     */
    public static final int ENTRIES_PER_PAGE = 50;

    /** Whether an id names a folder of the pages of a long timeline: a year, {@code actors}, {@code kinds}, {@code ages}. */
    public static boolean isSectionFolder(String id) {
        return id.matches("\\d{4}") || id.equals("actors") || id.equals("kinds") || id.equals("ages");
    }

    public Timeline {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        eras = List.copyOf(eras);
        events = List.copyOf(events);
    }

    /** The same timeline with other events. */
    public Timeline withEvents(List<Event> newEvents) {
        return new Timeline(id, title, standfirst, language, published, byline, publication, actors, intro, outro,
                sources, eras, newEvents);
    }

    public Optional<Actor> actor(String actorId) {
        for (Actor actor : actors) {
            if (actor.id().equals(actorId)) {
                return Optional.of(actor);
            }
        }
        return Optional.empty();
    }

    public Optional<Event> event(String eventId) {
        return events.stream().filter(e -> e.id().equals(eventId)).findFirst();
    }
}
