package dev.dateline.render.view;

import dev.dateline.render.view.DateView;
import java.util.List;

/** A timeline as shown on one page, without its events (each page shows those its own way); optional parts are null. */
public record TimelineView(
        String id,
        String title,
        String standfirstHtml,
        String lang,
        DateView published,
        String byline,
        String publication,
        List<ActorView> actors,
        String introHtml,
        String outroHtml,
        List<SourceView> sources,
        List<EraView> eras,
        String href) {
}
