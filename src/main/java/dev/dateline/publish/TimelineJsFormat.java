package dev.dateline.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON data format of TimelineJS3, as records with TimelineJS's own field names. Empty
 * fields are left out when written. Date parts are numbers; TimelineJS also accepts them as strings.
 */
public final class TimelineJsFormat {
    private TimelineJsFormat() {
    }

    /** A whole timeline: the title slide (no date), the event slides and the eras. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TimelineData(Slide title, List<Slide> events, List<Era> eras, String scale) {
    }

    /** A slide; every field is optional except {@code start_date} on event slides. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Slide(
            @JsonProperty("start_date") Date startDate,
            @JsonProperty("end_date") Date endDate,
            Text text,
            Media media,
            String group,
            @JsonProperty("display_date") String displayDate,
            Background background,
            Boolean autolink,
            @JsonProperty("unique_id") String uniqueId) {
    }

    /** A date split into parts, given to the precision known; TimelineJS has no time zone field. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Date(
            Long year,
            Integer month,
            Integer day,
            Integer hour,
            Integer minute,
            Integer second,
            Integer millisecond,
            @JsonProperty("display_date") String displayDate) {
    }

    /** A headline and a text, both HTML. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Text(String headline, String text) {
    }

    /** A slide's media; {@code url} may also hold HTML such as a {@code <blockquote>}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Media(String url, String caption, String credit, String thumbnail, String alt, String title, String link) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Background(String url, String color) {
    }

    /** A named period, shown as a band on the time axis. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Era(@JsonProperty("start_date") Date startDate, @JsonProperty("end_date") Date endDate, Text text) {
    }
}
