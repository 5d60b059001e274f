package dev.dateline.render;

import dev.dateline.render.view.DateView;
import dev.dateline.model.DatePoint;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Precision;
import dev.dateline.model.Qualifier;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats dates by the patterns of the UI messages ({@code date.day}, {@code date.range.*} ...),
 * in the locale of the page and the time zone of the site. Immutable and thread-safe.
 */
public final class DateFormatter {
    private final Messages messages;
    private final ZoneId zone;
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    public DateFormatter(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** The language dates are written in. */
    public Locale locale() {
        return messages.locale();
    }

    public DateView format(EdtfDate date) {
        List<DateView.Segment> segments = new ArrayList<>();
        if (date.end().isEmpty()) {
            point(date.start(), pattern(date.start()), segments);
        } else {
            range(date.start(), date.end().get(), segments);
        }
        boolean approximate = date.start().qualifier().approximate()
                || date.end().map(e -> e.qualifier().approximate()).orElse(false);
        boolean uncertain = date.start().qualifier().uncertain()
                || date.end().map(e -> e.qualifier().uncertain()).orElse(false);
        String local = date.start().offsetDateTime()
                .map(t -> formatter(pattern(date.start())).format(t) + " (UTC" + offsetText(t.getOffset().getId()) + ")")
                .orElse("");
        return new DateView(segments, date.edtf(), local, approximate, uncertain);
    }

    /** The date with its qualifiers as one plain text, e.g. "ca. 8. juli 2017". */
    public String text(EdtfDate date) {
        return format(date).text();
    }

    private void point(DatePoint point, String pattern, List<DateView.Segment> out) {
        String shown = formatter(pattern).format(shownTime(point));
        String key = switch (point.qualifier()) {
            case NONE -> null;
            case APPROXIMATE -> "date.approximate";
            case UNCERTAIN -> "date.uncertain";
            case APPROXIMATE_AND_UNCERTAIN -> "date.approximateUncertain";
        };
        String datetime = point.htmlDatetime().orElse(null);
        if (key == null) {
            out.add(new DateView.Segment(shown, datetime));
            return;
        }
        Messages.Split around = messages.split(key);
        addText(around.before(), out);
        out.add(new DateView.Segment(shown, datetime));
        addText(around.after(), out);
    }

    private void range(DatePoint start, DatePoint end, List<DateView.Segment> out) {
        boolean era = start.beforeCommonEra() || end.beforeCommonEra();
        String startPattern = pattern(start, era);
        String endPattern = pattern(end, era);
        boolean plain = start.qualifier() == Qualifier.NONE && end.qualifier() == Qualifier.NONE && !era;
        if (plain && start.precision() == end.precision() && !start.precision().hasTime()) {
            String level = start.precision().name().toLowerCase(Locale.ROOT);
            boolean sameYear = start.local().getYear() == end.local().getYear();
            boolean sameMonth = sameYear && start.local().getMonthValue() == end.local().getMonthValue();
            if (start.precision() == Precision.DAY && sameMonth) {
                startPattern = messages.get("date.range.day.sameMonth.start");
                endPattern = messages.get("date.range.day.sameMonth.end");
            } else if (start.precision() != Precision.YEAR && sameYear) {
                startPattern = messages.get("date.range." + level + ".sameYear.start");
                endPattern = messages.get("date.range." + level + ".sameYear.end");
            }
        }
        point(start, startPattern, out);
        addText(messages.get("date.range.separator"), out);
        point(end, endPattern, out);
    }

    private TemporalAccessor shownTime(DatePoint point) {
        if (point.precision().hasTime()) {
            ZonedDateTime start = point.start(zone);
            return start;
        }
        return point.local();
    }

    private String pattern(DatePoint point) {
        return pattern(point, point.beforeCommonEra());
    }

    /** The pattern for the point's precision; with {@code era}, one that names the era ("44 BC", "AD 14"). */
    private String pattern(DatePoint point, boolean era) {
        String level = point.precision().name().toLowerCase(Locale.ROOT);
        return messages.get(era ? "date.bce." + level : "date." + level);
    }

    private DateTimeFormatter formatter(String pattern) {
        return formatters.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, messages.locale()));
    }

    private static void addText(String text, List<DateView.Segment> out) {
        if (!text.isEmpty()) {
            out.add(new DateView.Segment(text, null));
        }
    }

    private static String offsetText(String id) {
        return id.equals("Z") ? "" : id.replace('-', '\u2212');
    }
}
