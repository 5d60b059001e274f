package dev.dateline.render.view;

/**
 * A link to a part of a long timeline: its {@code title}, its {@code href} relative to the page,
 * what it holds ({@code detail}, e.g. "92 events", may be null) and whether it is the page itself.
 */
public record SectionLink(String title, String href, String detail, boolean current) {
}
