package dev.dateline.render.view;

import dev.dateline.render.view.DateView;

/** A visible link to a related event: {@code before} date {@code after}, then the other event's title. */
public record RelationView(String type, String before, DateView date, String after, String title, String href) {
}
