package dev.dateline.render;

import dev.dateline.model.Actor;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Era;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.Qualifier;
import dev.dateline.model.Relation;
import dev.dateline.model.RelationType;
import dev.dateline.model.Timeline;
import dev.dateline.render.view.OverviewView;
import dev.dateline.render.view.OverviewView.Arrow;
import dev.dateline.render.view.OverviewView.Band;
import dev.dateline.render.view.OverviewView.Key;
import dev.dateline.render.view.OverviewView.Lane;
import dev.dateline.render.view.OverviewView.Mark;
import dev.dateline.render.view.OverviewView.Tick;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lays out the overview graphic of a timeline at build time: lanes for the actors who take
 * part, the events on a shared time axis, the relations between them as arrows.
 */
final class OverviewBuilder {
    static final int WIDTH = 360;
    static final int MARGIN = 8;
    private static final int ERA_ROW = 18;
    private static final int AXIS_ROW = 22;
    private static final int LANE = 44;
    private static final int LANE_LABEL = 14;
    private static final int LANE_LINE = 31;
    private static final int MARK = 8;
    private static final int TICK_LABEL = 52;

    private final Messages messages;
    private final DateFormatter dates;
    private final ZoneId zone;

    OverviewBuilder(Messages messages, DateFormatter dates, ZoneId zone) {
        this.messages = messages;
        this.dates = dates;
        this.zone = zone;
    }

    /** The overview of a timeline, or nothing for a timeline without events. */
    Optional<OverviewView> build(Timeline timeline) {
        List<Event> events = timeline.events();
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<Actor> actors = timeline.actors().stream()
                .filter(a -> events.stream().anyMatch(e -> e.actors().contains(a.id())))
                .toList();
        int top = (timeline.eras().isEmpty() ? 0 : ERA_ROW) + AXIS_ROW;
        List<Lane> lanes = new ArrayList<>();
        for (Actor actor : actors) {
            lanes.add(lane(actor.id(), actor.name(), top, lanes.size()));
        }
        if (events.stream().anyMatch(e -> e.actors().isEmpty())) {
            lanes.add(lane(null, messages.get("overview.noActor"), top, lanes.size()));
        }
        List<EdtfDate> allDates = Stream.concat(events.stream().map(Event::date),
                timeline.eras().stream().map(Era::date)).toList();
        boolean calendar = allDates.stream().allMatch(d -> d.start().calendar() && d.end().map(DatePoint::calendar).orElse(true));
        TimeAxis axis = TimeAxis.covering(
                allDates.stream().mapToLong(d -> TimeAxis.start(d, zone)).min().orElseThrow(),
                allDates.stream().mapToLong(d -> TimeAxis.end(d, zone)).max().orElseThrow(),
                calendar, zone, messages, MARGIN, WIDTH - MARGIN);
        Map<String, Mark> marks = marks(timeline, lanes, axis);
        List<Tick> ticks = axis.ticks(TICK_LABEL);
        int height = top + lanes.size() * LANE + 4;
        return Optional.of(new OverviewView(WIDTH, height, top - 7, grid(ticks, lanes, top, height),
                summary(timeline, lanes), bands(timeline, axis), ticks, lanes,
                arrows(events, marks), List.copyOf(marks.values()), kinds(events), relationTypes(events),
                axis.caption().orElse(null)));
    }

    /** The row of an actor, or with a null id the row of the events that name none. */
    private static Lane lane(String actorId, String name, int top, int index) {
        return new Lane(actorId, name, top + index * LANE + LANE_LABEL, top + index * LANE + LANE_LINE);
    }

    /** One path for all the lines behind the marks: a vertical line per division, a horizontal one per lane. */
    private static String grid(List<Tick> ticks, List<Lane> lanes, int top, int height) {
        StringBuilder path = new StringBuilder();
        for (Tick tick : ticks) {
            path.append('M').append(tick.x()).append(' ').append(top).append('V').append(height);
        }
        path.append('M').append(WIDTH - MARGIN).append(' ').append(top).append('V').append(height);
        for (Lane lane : lanes) {
            path.append("M0 ").append(lane.y()).append('H').append(WIDTH);
        }
        return path.toString();
    }

    private Map<String, Mark> marks(Timeline timeline, List<Lane> lanes, TimeAxis axis) {
        Map<String, Integer> laneY = new HashMap<>();
        lanes.forEach(l -> laneY.put(l.actorId(), l.y()));
        List<Integer> noActor = List.of(lanes.get(lanes.size() - 1).y());
        Map<Integer, Integer> lastX = new HashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (Event event : timeline.events()) {
            List<Integer> ys = event.actors().isEmpty() ? noActor
                    : event.actors().stream().map(laneY::get).sorted().toList();
            int x = axis.x(event.date(), zone);
            for (int y : ys) {
                x = Math.max(x, lastX.getOrDefault(y, Integer.MIN_VALUE / 2) + 2 * MARK + 3);
            }
            for (int y : ys) {
                lastX.put(y, x);
            }
            int fromX = event.date().isInterval() ? axis.x(TimeAxis.start(event.date(), zone)) : x;
            int toX = event.date().isInterval() ? axis.x(TimeAxis.end(event.date(), zone)) : x;
            String names = String.join(", ", event.actors().stream()
                    .map(id -> timeline.actor(id).map(Actor::name).orElse(id)).toList());
            String label = messages.format("overview.mark", messages.get("kind." + event.kind().id()),
                    dates.text(event.date()), names, event.title());
            marks.put(event.id(), new Mark(event.id(), "#" + event.id(), event.kind().id(), label, x, ys,
                    ys.get(0), ys.get(ys.size() - 1), fromX, toX));
        }
        return marks;
    }

    private List<Band> bands(Timeline timeline, TimeAxis axis) {
        return timeline.eras().stream().map(era -> {
            int from = axis.x(TimeAxis.start(era.date(), zone));
            return new Band(era.title(), from, axis.x(TimeAxis.end(era.date(), zone)) - from);
        }).toList();
    }

    /** An arrow from each event a relation names to the event that has the relation. */
    private static List<Arrow> arrows(List<Event> events, Map<String, Mark> marks) {
        List<Arrow> arrows = new ArrayList<>();
        for (Event event : events) {
            for (Relation relation : event.relations()) {
                Mark from = marks.get(relation.event());
                Mark to = marks.get(event.id());
                if (from != null) {
                    curve(from, to).ifPresent(path -> arrows.add(new Arrow(relation.type().id(), path)));
                }
            }
        }
        return arrows;
    }

    /** A gentle curve between the nearest shapes of two marks, stopping short of both. */
    static Optional<String> curve(Mark from, Mark to) {
        int fy = from.ys().get(0);
        int ty = to.ys().get(0);
        double best = Double.MAX_VALUE;
        for (int a : from.ys()) {
            for (int b : to.ys()) {
                double d = Math.hypot(to.x() - from.x(), b - a);
                if (d < best) {
                    best = d;
                    fy = a;
                    ty = b;
                }
            }
        }
        double dx = to.x() - from.x();
        double dy = ty - fy;
        double length = Math.hypot(dx, dy);
        if (length < 2 * MARK + 4) {
            return Optional.empty();
        }
        double bend = -Math.min(28, length * 0.3);
        double cx = (from.x() + to.x()) / 2.0 - dy / length * bend;
        double cy = (fy + ty) / 2.0 + dx / length * bend;
        double[] start = towards(from.x(), fy, cx, cy, MARK + 2);
        double[] end = towards(to.x(), ty, cx, cy, MARK + 3);
        return Optional.of("M" + Math.round(start[0]) + " " + Math.round(start[1]) + "Q" + Math.round(cx) + " "
                + Math.round(cy) + " " + Math.round(end[0]) + " " + Math.round(end[1]));
    }

    /** The point {@code distance} from (x, y) in the direction of (tx, ty). */
    private static double[] towards(double x, double y, double tx, double ty, double distance) {
        double length = Math.hypot(tx - x, ty - y);
        return new double[] {x + (tx - x) / length * distance, y + (ty - y) / length * distance};
    }

    private List<Key> kinds(List<Event> events) {
        return Arrays.stream(EventKind.values())
                .filter(k -> events.stream().anyMatch(e -> e.kind() == k))
                .map(k -> new Key(k.id(), messages.get("kind." + k.id())))
                .toList();
    }

    private List<Key> relationTypes(List<Event> events) {
        return Arrays.stream(RelationType.values())
                .filter(t -> events.stream().anyMatch(e -> e.relations().stream().anyMatch(r -> r.type() == t)))
                .map(t -> new Key(t.id(), messages.get("overview.relation." + t.id())))
                .toList();
    }

    /** One sentence for those who cannot see the graphic: how many events, when, and whose rows. */
    private String summary(Timeline timeline, List<Lane> lanes) {
        List<Event> events = timeline.events();
        DatePoint first = events.get(0).date().start().qualified(Qualifier.NONE);
        Event lastEvent = events.stream().max(Comparator.comparingLong(e -> TimeAxis.end(e.date(), zone))).orElseThrow();
        DatePoint last = lastEvent.date().end().orElse(lastEvent.date().start()).qualified(Qualifier.NONE);
        EdtfDate span = first.equals(last) ? EdtfDate.of(first) : EdtfDate.interval(first, last);
        return messages.format("overview.summary", messages.format("timeline.eventCount", events.size()),
                dates.text(span), String.join(", ", lanes.stream().map(Lane::name).toList()));
    }
}
