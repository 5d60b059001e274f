package dev.dateline.render.view;

/**
 * What every page needs: its language, title and description, the links to the home page
 * and the assets (relative to the page), its canonical URL when the base URL is known, and its
 * metadata for search engines, feed readers and social cards.
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
        String inlineCss,
        PageMeta meta) {
}
