package dev.dateline.render.view;

/**
 * A quote as shown. {@code lang} is set only when it differs from the page's language;
 * {@code translation} and {@code source} may be null.
 */
public record QuoteView(String text, String lang, String langTag, ActorView by, String translation, SourceView source) {
}
