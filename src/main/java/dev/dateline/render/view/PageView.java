package dev.dateline.render.view;

/**
 * What every page needs: its language, title and description, the links to the home page
 * and the assets (relative to the page; {@code jsHref} only where the page has a script to run),
 * its canonical URL when the base URL is known, and its metadata for search engines, feed
 * readers and social cards; {@code search} is the search box of a long timeline's pages, else null.
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
        String inlineCss,
        PageMeta meta,
        SearchView search) {

    /** A page without a search box. */
    public PageView(String path, String lang, String title, String description, String siteTitle, String canonical,
            String homeHref, String cssHref, String jsHref, String inlineCss, PageMeta meta) {
        this(path, lang, title, description, siteTitle, canonical, homeHref, cssHref, jsHref, inlineCss, meta, null);
    }
}
