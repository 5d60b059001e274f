package dev.dateline.interop;

import java.util.List;
import java.util.Optional;

/**
 * A TimelineJS timeline as read from its JSON or its Google Sheets CSV, before it is mapped
 * to Dateline's model. Every part knows {@code where} it was read ("events[2]", "line 7"),
 * for the import report. Texts are HTML as TimelineJS holds them; absent values are empty.
 */
record TimelineJsSource(Optional<Slide> title, List<Slide> events, List<EraSlide> eras, String scale) {

    TimelineJsSource {
        events = List.copyOf(events);
        eras = List.copyOf(eras);
    }

    /** One slide; {@code autolink} is whether bare URLs in its text are shown as links. */
    record Slide(String where, Optional<DateParts> start, Optional<DateParts> end, String headline, String text,
            Optional<MediaRef> media, String group, String displayDate, String uniqueId, boolean autolink) {

        /** How the slide is named in the report: where it is, and its headline. */
        String label() {
            String headline = HtmlToMarkdown.text(headline());
            return headline.isEmpty() ? where : where + " \u201c" + shorten(headline) + "\u201d";
        }

        private static String shorten(String text) {
            return text.length() <= 40 ? text : text.substring(0, 39) + "\u2026";
        }
    }

    /** A date as separate parts, each as written (TimelineJS allows strings or numbers). */
    record DateParts(String year, String month, String day, String hour, String minute, String second,
            String millisecond, String displayDate) {
    }

    record MediaRef(String url, String caption, String credit, String thumbnail, String alt, String title, String link) {
    }

    record EraSlide(String where, Optional<DateParts> start, Optional<DateParts> end, String headline, String text) {
    }
}
