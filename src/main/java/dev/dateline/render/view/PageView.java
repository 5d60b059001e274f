package dev.dateline.render.view;

/**
 * What every page needs: its language, title and description, the links to the home page
 * and the assets (relative to the page; {@code jsHref} only where the page has a script to run), and its canonical URL when the base URL is known.
 */
public record PageView(
        String path,
        String lang,
        String title,
        String description,
        String siteTitle,
        String canonical,
        String homeHref,
        String cssHref,
        String jsHref,
        String inlineCss) {
}
