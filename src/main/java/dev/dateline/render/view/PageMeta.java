package dev.dateline.render.view;

/**
 * What a page tells search engines, feed readers and social cards: its Open Graph type and
 * locale, its schema.org JSON-LD (already safe to embed in a script element) and the link to
 * its timeline's feed. {@code jsonLd} and {@code feedHref} may be null.
 */
public record PageMeta(String ogType, String ogLocale, String jsonLd, String feedHref, String feedTitle) {

    public PageMeta withJsonLd(String newJsonLd) {
        return new PageMeta(ogType, ogLocale, newJsonLd, feedHref, feedTitle);
    }
}
