package dev.dateline.render.view;

import dev.dateline.render.DateView;
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
}
