package dev.dateline.render.view;

import dev.dateline.render.view.DateView;

/**
 * A named period as shown; {@code firstEventId} is the first event inside it, or null when none is;
 * {@code eventIds} are the ids of all events inside it, separated by spaces.
 */
public record EraView(String title, DateView date, String firstEventId, String eventIds) {
}
