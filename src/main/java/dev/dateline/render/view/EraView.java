package dev.dateline.render.view;

import dev.dateline.render.DateView;

/** A named period as shown; {@code firstEventId} is the first event inside it, or null when none is. */
public record EraView(String title, DateView date, String firstEventId) {
}
