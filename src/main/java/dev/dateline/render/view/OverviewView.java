package dev.dateline.render.view;

import java.util.List;

/**
 * The overview graphic of a timeline, laid out at build time: a time axis, one lane per
 * actor, a mark per event and an arrow per relation. Coordinates are in the units of
 * {@code viewBox}; the template only draws them. The axis labels stand on {@code axisLabelY};
 * {@code grid} is the path of the axis divisions and the lanes' lines. {@code scale} says which
 * scale the axis uses when it is not a plain linear one, or is null.
 */
public record OverviewView(
        int width,
        int height,
        int axisLabelY,
        String grid,
        String summary,
        List<Band> eras,
        List<Tick> ticks,
        List<Lane> lanes,
        List<Arrow> arrows,
        List<Mark> marks,
        List<Key> kinds,
        List<Key> relations,
        String scale) {

    public OverviewView {
        eras = List.copyOf(eras);
        ticks = List.copyOf(ticks);
        lanes = List.copyOf(lanes);
        arrows = List.copyOf(arrows);
        marks = List.copyOf(marks);
        kinds = List.copyOf(kinds);
        relations = List.copyOf(relations);
    }

    /** The actors of the lanes, as the filter offers them (the lane of events naming none is not one). */
    public List<Key> actorOptions() {
        return lanes.stream().filter(l -> l.actorId() != null).map(l -> new Key(l.actorId(), l.name())).toList();
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** A named period: a band from {@code x} over {@code width}, its title at the top. */
    public record Band(String title, int x, int width) {
    }

    /** A division of the time axis that starts at {@code x}, its label centred at {@code labelX}. */
    public record Tick(int x, int labelX, String label) {
    }

    /** The row of one actor (or, with a null {@code actorId}, of the events naming none): its name above the line at {@code y}. */
    public record Lane(String actorId, String name, int labelY, int y) {
    }

    /** A relation, drawn from the earlier-named event to the one that stands in relation to it. */
    public record Arrow(String type, String path) {
    }

    /**
     * An event: a link to its entry with an accessible {@code label}, one shape per actor lane at
     * {@code x} and the {@code ys}, joined from {@code top} to {@code bottom}; an event dated by an
     * interval also shows a bar from {@code fromX} to {@code toX}.
     */
    public record Mark(String id, String href, String kind, String label, int x, List<Integer> ys, int top,
            int bottom, int fromX, int toX) {

        public Mark {
            ys = List.copyOf(ys);
        }

        public boolean joined() {
            return top != bottom;
        }

        public boolean spansInterval() {
            return toX - fromX > 2;
        }
    }

    /** A legend entry: a kind of event or of relation with its name in the page's language. */
    public record Key(String id, String label) {
    }
}
