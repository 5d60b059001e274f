package dev.dateline.render;

import dev.dateline.model.Actor;
import dev.dateline.model.Event;
import dev.dateline.model.Timeline;
import dev.dateline.render.view.DensityView;
import dev.dateline.render.view.DensityView.Cell;
import dev.dateline.render.view.DensityView.Column;
import dev.dateline.render.view.DensityView.Label;
import dev.dateline.render.view.DensityView.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Lays out the overview of a part of a timeline with too many events for a mark each: a column per
 * narrower period, a row per actor (the {@link #MAX_ROWS}{@code - 1} with most events, then one for
 * all others), each cell shaded by how many events it counts. It is as wide as the event overview,
 * whatever the number of columns, and names only as many columns on its axis as fit side by side.
 */
final class DensityBuilder {
    static final int MAX_ROWS = 8;
    private static final int WIDTH = OverviewBuilder.WIDTH;
    private static final int MARGIN = 8;
    private static final int AXIS_ROW = 22;
    private static final int ROW = 30;
    private static final int ROW_LABEL = 12;
    private static final int CELL_TOP = 16;
    private static final int CELL = 10;
    /** The width of a character of the axis labels (12px sans-serif, some 7.5 units for a digit), with room to spare. */
    private static final int CHAR_WIDTH = 8;
    private static final int LABEL_GAP = 6;

    /** A narrower period: its link, its name spoken and on the axis, and the events within it. */
    record Bin(String href, String name, String axisName, List<Event> events) {
    }

    private final Messages messages;

    DensityBuilder(Messages messages) {
        this.messages = messages;
    }

    /** The density of periods: a column per narrower period. */
    DensityView build(Timeline timeline, List<Event> events, List<Bin> bins, String span) {
        return layout(timeline, events, bins, "density.summary", span);
    }

    /**
     * The density of a page's own list where a mark for each event would not fit: a column per
     * run of events in date order, a link to the first of them.
     */
    DensityView buildForList(Timeline timeline, List<Event> events, List<Bin> bins, String span) {
        return layout(timeline, events, bins, "density.summary.list", span);
    }

    /** The graphic, summed up by the message {@code summary} of the number of events, their span and the rows. */
    private DensityView layout(Timeline timeline, List<Event> events, List<Bin> bins, String summary, String span) {
        List<Lane> lanes = lanes(timeline, events);
        int top = AXIS_ROW;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            rows.add(new Row(lanes.get(i).name(), top + i * ROW + ROW_LABEL));
        }
        int height = top + lanes.size() * ROW + 4;
        int[][] counts = new int[bins.size()][lanes.size()];
        int max = 1;
        for (int b = 0; b < bins.size(); b++) {
            for (Event event : bins.get(b).events()) {
                for (int l = 0; l < lanes.size(); l++) {
                    if (lanes.get(l).holds().test(event)) {
                        counts[b][l]++;
                    }
                }
            }
            for (int count : counts[b]) {
                max = Math.max(max, count);
            }
        }
        double width = (WIDTH - 2 * MARGIN) / (double) Math.max(1, bins.size());
        List<Column> columns = new ArrayList<>();
        for (int b = 0; b < bins.size(); b++) {
            int x = (int) Math.round(MARGIN + b * width);
            int w = Math.max(1, (int) Math.round(MARGIN + (b + 1) * width) - x - (width >= 4 ? 1 : 0));
            List<Cell> cells = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (int l = 0; l < lanes.size(); l++) {
                int count = counts[b][l];
                if (count > 0) {
                    cells.add(new Cell(top + l * ROW + CELL_TOP, CELL, (int) Math.ceil(4.0 * count / max)));
                    spoken.add(messages.format("density.lane", lanes.get(l).name(), count));
                }
            }
            Bin bin = bins.get(b);
            String label = messages.format("density.column", bin.name(),
                    messages.format("timeline.eventCount", bin.events().size()), String.join(", ", spoken));
            columns.add(new Column(bin.href(), label, x, w, top, height - top, cells));
        }
        return new DensityView(WIDTH, height, top - 7, grid(rows, top, height),
                messages.format(summary, messages.format("timeline.eventCount", events.size()), span,
                        String.join(", ", lanes.stream().map(Lane::name).toList())),
                rows, columns, labels(bins, width));
    }

    /**
     * The names of as many columns as fit side by side, from the first on, each kept inside the
     * graphic and clear of the one before it.
     */
    private static List<Label> labels(List<Bin> bins, double width) {
        List<Label> labels = new ArrayList<>();
        int lastRight = Integer.MIN_VALUE / 2;
        for (int b = 0; b < bins.size(); b++) {
            String text = bins.get(b).axisName();
            int half = (text.length() * CHAR_WIDTH + 1) / 2;
            int centre = (int) Math.round(MARGIN + (b + 0.5) * width);
            int x = Math.max(MARGIN + half, Math.min(WIDTH - MARGIN - half, centre));
            if (x - half >= lastRight + LABEL_GAP) {
                labels.add(new Label(x, text));
                lastRight = x + half;
            }
        }
        return labels;
    }

    private static String grid(List<Row> rows, int top, int height) {
        StringBuilder path = new StringBuilder();
        path.append('M').append(MARGIN).append(' ').append(top).append('V').append(height);
        path.append('M').append(WIDTH - MARGIN).append(' ').append(top).append('V').append(height);
        for (Row row : rows) {
            int y = row.labelY() - ROW_LABEL + CELL_TOP + CELL + 1;
            path.append("M0 ").append(y).append('H').append(WIDTH);
        }
        return path.toString();
    }

    /** A row: its name and which events it counts. */
    private record Lane(String name, Predicate<Event> holds) {
    }

    /** The actors with most events, in that order, then one row for all other events when there are any. */
    private List<Lane> lanes(Timeline timeline, List<Event> events) {
        Map<String, Long> counts = events.stream().flatMap(e -> e.actors().stream())
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        List<Actor> ranked = timeline.actors().stream().filter(a -> counts.containsKey(a.id()))
                .sorted(Comparator.comparing((Actor a) -> -counts.get(a.id()))).toList();
        boolean unnamed = events.stream().anyMatch(e -> e.actors().isEmpty());
        int room = ranked.size() + (unnamed ? 1 : 0) <= MAX_ROWS ? ranked.size() : MAX_ROWS - 1;
        List<Lane> lanes = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Actor actor : ranked.subList(0, room)) {
            shown.add(actor.id());
            lanes.add(new Lane(actor.name(), e -> e.actors().contains(actor.id())));
        }
        if (room < ranked.size()) {
            lanes.add(new Lane(messages.get("density.others"), e -> e.actors().stream().noneMatch(shown::contains)));
        } else if (unnamed) {
            lanes.add(new Lane(messages.get("overview.noActor"), e -> e.actors().isEmpty()));
        }
        return lanes;
    }
}
