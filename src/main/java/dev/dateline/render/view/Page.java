package dev.dateline.render.view;

/**
 * The model of one whole page, rendered by one call of the theme's template {@link #template()},
 * which sees each component of the record as a variable of that name. A new kind of page is one
 * more record here and one more template.
 */
public sealed interface Page permits TimelinePage, EventPage, NotFoundPage, RedirectPage, SectionPage {
    /** The name of the theme's template that renders the page: {@code timeline} for {@code templates/timeline.html}. */
    String template();

    /** What every page has: its path, language, title, metadata and links to the assets. */
    PageView page();
}
