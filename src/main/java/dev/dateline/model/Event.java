package dev.dateline.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One dated thing that happened; {@code body} is CommonMark. {@code displayDate}, when given,
 * is shown instead of the formatted date (e.g. "Summer 1969"); the date still orders and dates the event.
 */
public record Event(
        String id,
        EdtfDate date,
        Optional<String> displayDate,
        String title,
        EventKind kind,
        List<String> actors,
        List<Quote> quotes,
        List<Source> sources,
        List<Relation> relations,
        List<Media> media,
        Optional<Integer> order,
        List<String> tags,
        String body,
        Path file) {

    public Event {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        sources = List.copyOf(sources);
        relations = List.copyOf(relations);
        media = List.copyOf(media);
        tags = List.copyOf(tags);
    }
}
