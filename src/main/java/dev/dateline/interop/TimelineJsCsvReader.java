package dev.dateline.interop;

import dev.dateline.interop.TimelineJsSource.DateParts;
import dev.dateline.interop.TimelineJsSource.EraSlide;
import dev.dateline.interop.TimelineJsSource.MediaRef;
import dev.dateline.interop.TimelineJsSource.Slide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads the CSV that Google Sheets exports from the TimelineJS template: a header row with
 * {@code Year, Month, Day, Time, End Year, ... Type, Group, Background} (newer templates add
 * {@code Alt Text}), then one row per slide; {@code Type} is {@code title}, {@code era} or empty.
 */
final class TimelineJsCsvReader {
    static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail",
            "Type", "Group", "Background");
    static final String ALT_TEXT = "Alt Text";
    private static final Pattern TIME = Pattern.compile(
            "(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?(?::(?<second>\\d{2}))?\\s*(?<half>[ap]\\.?m\\.?)?",
            Pattern.CASE_INSENSITIVE);

    private final CsvMapper csv = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    Optional<TimelineJsSource> read(String text, ImportReport report) {
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                rows.add(new Row(it.currentLocation().getLineNr(), cells));
            }
        } catch (JacksonException e) {
            report.error(e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr(),
                    "not a readable CSV file: " + e.getOriginalMessage());
            return Optional.empty();
        }
        if (rows.isEmpty()) {
            report.error("", "the file is empty; expected the TimelineJS header row " + String.join(",", COLUMNS));
            return Optional.empty();
        }
        Map<String, Integer> columns = header(rows.get(0), report);
        if (!columns.containsKey("year") || !columns.containsKey("headline")) {
            report.error("line 1", "the first row is not the TimelineJS header: it needs at least the columns Year and "
                    + "Headline; the template has " + String.join(", ", COLUMNS) + " (and " + ALT_TEXT + ")");
            return Optional.empty();
        }
        Optional<Slide> title = Optional.empty();
        List<Slide> events = new ArrayList<>();
        List<EraSlide> eras = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            Cells cells = new Cells(columns, rows.get(i).cells());
            String where = "line " + rows.get(i - 1).nextLine();
            if (cells.blank()) {
                continue;
            }
            String type = cells.get("type");
            if (!cells.get("background").isEmpty()) {
                report.warning(where, "`Background` is not carried over: Dateline pages have no slide backgrounds");
            }
            if (type.equals("era")) {
                eras.add(new EraSlide(where, start(cells, where, report), end(cells, where, report),
                        cells.get("headline"), cells.get("text")));
                continue;
            }
            Slide slide = new Slide(where, start(cells, where, report), end(cells, where, report), cells.get("headline"),
                    cells.get("text"), media(cells), cells.get("group"), cells.get("display date"), "", true);
            if (type.equals("title")) {
                if (title.isPresent()) {
                    report.warning(where, "a second title row; it is imported as an event");
                    events.add(slide);
                } else {
                    title = Optional.of(slide);
                }
            } else {
                if (!type.isEmpty()) {
                    report.warning(where, "unknown Type `" + type + "` (TimelineJS knows `title` and `era`); imported as an event");
                }
                events.add(slide);
            }
        }
        return Optional.of(new TimelineJsSource(title, events, eras, "human"));
    }

    private static Map<String, Integer> header(Row row, ImportReport report) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = new ArrayList<>(COLUMNS);
        known.add(ALT_TEXT);
        for (int i = 0; i < row.cells().length; i++) {
            String name = row.cells()[i].strip();
            boolean isKnown = known.stream().anyMatch(k -> k.equalsIgnoreCase(name));
            if (isKnown) {
                columns.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            } else if (!name.isEmpty()) {
                report.warning("line 1", "the column `" + name + "` is not part of the TimelineJS template and is not carried over");
            }
        }
        return columns;
    }

    private static Optional<DateParts> start(Cells cells, String where, ImportReport report) {
        return date(cells.get("year"), cells.get("month"), cells.get("day"), cells.get("time"), where, report);
    }

    private static Optional<DateParts> end(Cells cells, String where, ImportReport report) {
        return date(cells.get("end year"), cells.get("end month"), cells.get("end day"), cells.get("end time"),
                where, report);
    }

    private static Optional<DateParts> date(String year, String month, String day, String time, String where,
            ImportReport report) {
        if (year.isEmpty() && month.isEmpty() && day.isEmpty() && time.isEmpty()) {
            return Optional.empty();
        }
        String hour = "";
        String minute = "";
        String second = "";
        if (!time.isEmpty()) {
            Matcher m = TIME.matcher(time);
            if (m.matches()) {
                int h = Integer.parseInt(m.group("hour"));
                String half = m.group("half") == null ? "" : m.group("half").toLowerCase(Locale.ROOT);
                if (half.startsWith("p") && h < 12) {
                    h += 12;
                } else if (half.startsWith("a") && h == 12) {
                    h = 0;
                }
                hour = Integer.toString(h);
                minute = m.group("minute") == null ? "" : m.group("minute");
                second = m.group("second") == null ? "" : m.group("second");
            } else {
                report.warning(where, "the time `" + time + "` is not h, h:mm or h:mm:ss (with am/pm); the time is left out");
            }
        }
        return Optional.of(new DateParts(year, month, day, hour, minute, second, "", ""));
    }

    private static Optional<MediaRef> media(Cells cells) {
        if (cells.get("media").isEmpty() && cells.get("media caption").isEmpty() && cells.get("media credit").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MediaRef(cells.get("media"), cells.get("media caption"), cells.get("media credit"),
                cells.get("media thumbnail"), cells.get("alt text"), "", ""));
    }

    /** A row and the line after it, where the next row starts (cells may hold line breaks). */
    private record Row(int nextLine, String[] cells) {
    }

    private record Cells(Map<String, Integer> columns, String[] cells) {
        String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= cells.length || cells[index] == null ? "" : cells[index].strip();
        }

        boolean blank() {
            for (String cell : cells) {
                if (cell != null && !cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }
}
