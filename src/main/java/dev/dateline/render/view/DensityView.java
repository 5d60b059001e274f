package dev.dateline.render.view;

import java.util.List;

/**
 * The overview of a part of a timeline with too many events for a mark each: one column per
 * narrower period, a link to it, that counts its events per lane; a cell's {@code level} (1 to 4)
 * says how many it holds against the fullest cell. Coordinates are in the units of {@code viewBox}.
 */
public record DensityView(int width, int height, int axisLabelY, String grid, String summary, List<Row> rows,
        List<Column> columns, List<Label> labels) {

    public DensityView {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        labels = List.copyOf(labels);
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** A lane: an actor, or the others, its name above the cells at {@code labelY}. */
    public record Row(String name, int labelY) {
    }

    /** A period's column from {@code x} over {@code width}, with its spoken {@code label}. */
    public record Column(String href, String label, int x, int width, int top, int height, List<Cell> cells) {
        public Column {
            cells = List.copyOf(cells);
        }
    }

    /** The count of one lane in one column, drawn from {@code y} down over {@code height}. */
    public record Cell(int y, int height, int level) {
    }

    /** The name of a column on the axis, centred at {@code x}. */
    public record Label(int x, String text) {
    }
}
