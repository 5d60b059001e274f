package dev.dateline.render.view;

import dev.dateline.render.view.DateView;

/** A source as shown; {@code url}, {@code published} and {@code kind} may be null. */
public record SourceView(String name, String url, DateView published, String kind) {
}
