package dev.dateline.render.view;

import dev.dateline.model.RelationType;
import dev.dateline.render.view.DateView;
import java.util.List;

/** An event as shown on one page; hrefs are relative to that page. */
public record EventView(
        String id,
        String title,
        String kind,
        String kindLabel,
        DateView date,
        List<ActorView> actors,
        String actorIds,
        String bodyHtml,
        List<MediaView> media,
        List<QuoteView> quotes,
        List<SourceView> sources,
        List<RelationView> relations,
        List<String> tags,
        String href,
        String entryHref) {

    /** Whether a later event reversed this one. */
    public boolean reversed() {
        return relations.stream().anyMatch(r -> r.type().equals(RelationType.REVERSES.inverseId()));
    }
}
