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

    private final SpokenDates spoken;

    public DateFormatter(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        this.spoken = new SpokenDates(messages, this::formatter);
    }

    /** The language dates are written in. */
    public Locale locale() {
        return messages.locale();
    }

    public DateView format(EdtfDate date) {
        List<DateView.Segment> segments = new ArrayList<>();
        String side = side(date);
        if (side != null) {
            Messages.Split around = messages.split(side);
            addText(around.before(), segments);
            point(date.start(), pattern(date.start()), segments);
            addText(around.after(), segments);
        } else if (date.end().isEmpty()) {
            point(date.start(), pattern(date.start()), segments);
        } else {
            range(date.start(), date.end().get(), segments);
        }
        boolean approximate = SpokenDates.approximate(date.start())
                || date.end().map(SpokenDates::approximate).orElse(false);
        boolean uncertain = SpokenDates.uncertain(date.start())
                || date.end().map(SpokenDates::uncertain).orElse(false);
        String local = date.start().offsetDateTime()
                .map(t -> formatter(pattern(date.start())).format(t) + " (UTC" + offsetText(t.getOffset().getId()) + ")")
                .orElse("");
        return new DateView(segments, date.edtf(), local, approximate, uncertain);
    }

    /** The date with its qualifiers as one plain text, e.g. "ca. 8. juli 2017". */
    public String text(EdtfDate date) {
        return format(date).text();
    }

    /** The message for a date with an open or unknown side ("from {0}", "until {0}"), or null. */
    private static String side(EdtfDate date) {
        return switch (date.after()) {
            case OPEN -> "date.from";
            case UNKNOWN -> "date.from.endUnknown";
            case KNOWN -> switch (date.before()) {
                case OPEN -> "date.until";
                case UNKNOWN -> "date.until.startUnknown";
                case KNOWN -> null;
            };
        };
    }

    private void point(DatePoint point, String pattern, List<DateView.Segment> out) {
        if (!SpokenDates.calendarText(point)) {
            spoken.point(point, out);
            return;
        }
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
        boolean plain = start.qualifier() == Qualifier.NONE && end.qualifier() == Qualifier.NONE && !era
                && SpokenDates.calendarText(start) && SpokenDates.calendarText(end);
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
        // a season is shown by its own message; its year by the year's pattern
        Precision precision = point.precision() == Precision.SEASON ? Precision.YEAR : point.precision();
        String level = precision.name().toLowerCase(Locale.ROOT);
        return messages.get(era ? "date.bce." + level : "date." + level);
    }

    DateTimeFormatter formatter(String pattern) {
        return formatters.computeIfAbsent(pattern, p -> DateTimeFormatter.ofPattern(p, messages.locale()));
    }

    static void addText(String text, List<DateView.Segment> out) {
        if (!text.isEmpty()) {
            out.add(new DateView.Segment(text, null));
        }
    }

    private static String offsetText(String id) {
        return id.equals("Z") ? "" : id.replace('-', '\u2212');
    }
}
