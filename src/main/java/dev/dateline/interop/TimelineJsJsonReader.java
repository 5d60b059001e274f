package dev.dateline.interop;

import dev.dateline.interop.TimelineJsSource.DateParts;
import dev.dateline.interop.TimelineJsSource.EraSlide;
import dev.dateline.interop.TimelineJsSource.MediaRef;
import dev.dateline.interop.TimelineJsSource.Slide;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the TimelineJS3 JSON format: {@code title}, {@code events}, {@code eras}, {@code scale}.
 * Fields that Dateline has no place for are reported, never skipped in silence.
 */
final class TimelineJsJsonReader {
    private static final Set<String> TOP = Set.of("title", "events", "eras", "scale");
    private static final Set<String> SLIDE = Set.of("start_date", "end_date", "text", "media", "group",
            "display_date", "background", "autolink", "unique_id");
    private static final Set<String> DATE = Set.of("year", "month", "day", "hour", "minute", "second",
            "millisecond", "display_date", "format");
    private static final Set<String> MEDIA = Set.of("url", "caption", "credit", "thumbnail", "alt", "title", "link");

    private final JsonMapper json = JsonMapper.builder().build();

    Optional<TimelineJsSource> read(String text, ImportReport report) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            report.error(where, "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            report.error("", "a TimelineJS JSON file is an object with an `events` list");
            return Optional.empty();
        }
        unknown(root, TOP, "", report);
        if (!root.path("events").isArray()) {
            report.error("", "the file has no `events` list");
            return Optional.empty();
        }
        Optional<Slide> title = root.has("title") ? Optional.of(slide(root.get("title"), "title", report)) : Optional.empty();
        List<Slide> events = new ArrayList<>();
        for (int i = 0; i < root.get("events").size(); i++) {
            events.add(slide(root.get("events").get(i), "events[" + i + "]", report));
        }
        List<EraSlide> eras = new ArrayList<>();
        for (int i = 0; i < root.path("eras").size(); i++) {
            eras.add(era(root.get("eras").get(i), "eras[" + i + "]", report));
        }
        return Optional.of(new TimelineJsSource(title, events, eras, string(root.get("scale"))));
    }

    private Slide slide(JsonNode node, String where, ImportReport report) {
        unknown(node, SLIDE, where, report);
        JsonNode text = node.path("text");
        if (node.hasNonNull("background")) {
            report.warning(where, "`background` is not carried over: Dateline pages have no slide backgrounds");
        }
        boolean autolink = !node.hasNonNull("autolink") || node.get("autolink").asBoolean(true);
        return new Slide(where, date(node.get("start_date"), where + ".start_date", report),
                date(node.get("end_date"), where + ".end_date", report),
                string(text.get("headline")), string(text.get("text")), media(node.get("media"), where, report),
                string(node.get("group")), string(node.get("display_date")), string(node.get("unique_id")), autolink);
    }

    private EraSlide era(JsonNode node, String where, ImportReport report) {
        unknown(node, Set.of("start_date", "end_date", "text"), where, report);
        JsonNode text = node.path("text");
        return new EraSlide(where, date(node.get("start_date"), where + ".start_date", report),
                date(node.get("end_date"), where + ".end_date", report),
                string(text.get("headline")), string(text.get("text")));
    }

    private Optional<DateParts> date(JsonNode node, String where, ImportReport report) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        unknown(node, DATE, where, report);
        if (node.hasNonNull("format")) {
            report.warning(where, "`format` is not carried over: dates are shown in the format of the page's language");
        }
        return Optional.of(new DateParts(string(node.get("year")), string(node.get("month")), string(node.get("day")),
                string(node.get("hour")), string(node.get("minute")), string(node.get("second")),
                string(node.get("millisecond")), string(node.get("display_date"))));
    }

    private Optional<MediaRef> media(JsonNode node, String where, ImportReport report) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        unknown(node, MEDIA, where + ".media", report);
        return Optional.of(new MediaRef(string(node.get("url")), string(node.get("caption")), string(node.get("credit")),
                string(node.get("thumbnail")), string(node.get("alt")), string(node.get("title")),
                string(node.get("link"))));
    }

    private static void unknown(JsonNode node, Set<String> known, String where, ImportReport report) {
        if (!node.isObject()) {
            report.warning(where, "expected an object, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                    + "; it is ignored");
            return;
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                report.warning(where, "the field `" + name + "` is not carried over");
            }
        }
    }

    /** A value as text: numbers as TimelineJS writes them in strings (2017, not 2017.0). */
    private static String string(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        if (node.isNumber()) {
            BigDecimal number = node.decimalValue().stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
        }
        return node.isValueNode() ? node.asString().strip() : "";
    }
}
