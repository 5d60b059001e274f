package dev.dateline.interop;

import dev.dateline.interop.TimelineJsFormat.Background;
import dev.dateline.interop.TimelineJsFormat.Date;
import dev.dateline.interop.TimelineJsFormat.Media;
import dev.dateline.interop.TimelineJsFormat.Slide;
import dev.dateline.interop.TimelineJsFormat.Text;
import dev.dateline.interop.TimelineJsFormat.TimelineData;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes TimelineJS data as indented JSON with Jackson's streaming generator, field by field in
 * the order and with the names of {@link TimelineJsFormat}, leaving out empty fields as its
 * annotations say: what an object mapper writes, without the cost of setting one up for each
 * build. Thread-safe.
 */
final class TimelineJsWriter {
    private final JsonFactory factory = JsonFactory.builder().build();
    private final ObjectWriteContext indented = new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
            return new JsonIndentation();
        }

        @Override
        public boolean hasPrettyPrinter() {
            return true;
        }
    };

    byte[] write(TimelineData data) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(8192);
        try (JsonGenerator out = factory.createGenerator(indented, json)) {
            out.writeStartObject();
            object(out, "title", data.title(), TimelineJsWriter::slide);
            array(out, "events", data.events(), (o, slide) -> {
                o.writeStartObject();
                slide(o, slide);
                o.writeEndObject();
            });
            array(out, "eras", data.eras(), (o, era) -> {
                o.writeStartObject();
                object(o, "start_date", era.startDate(), TimelineJsWriter::date);
                object(o, "end_date", era.endDate(), TimelineJsWriter::date);
                object(o, "text", era.text(), TimelineJsWriter::text);
                o.writeEndObject();
            });
            string(out, "scale", data.scale());
            out.writeEndObject();
        }
        json.write('\n');
        return json.toByteArray();
    }

    private static void slide(JsonGenerator out, Slide slide) {
        object(out, "start_date", slide.startDate(), TimelineJsWriter::date);
        object(out, "end_date", slide.endDate(), TimelineJsWriter::date);
        object(out, "text", slide.text(), TimelineJsWriter::text);
        object(out, "media", slide.media(), TimelineJsWriter::media);
        string(out, "group", slide.group());
        string(out, "display_date", slide.displayDate());
        object(out, "background", slide.background(), TimelineJsWriter::background);
        if (slide.autolink() != null) {
            out.writeBooleanProperty("autolink", slide.autolink());
        }
        string(out, "unique_id", slide.uniqueId());
    }

    private static void date(JsonGenerator out, Date date) {
        number(out, "year", date.year());
        number(out, "month", date.month());
        number(out, "day", date.day());
        number(out, "hour", date.hour());
        number(out, "minute", date.minute());
        number(out, "second", date.second());
        number(out, "millisecond", date.millisecond());
        string(out, "display_date", date.displayDate());
    }

    private static void text(JsonGenerator out, Text text) {
        string(out, "headline", text.headline());
        string(out, "text", text.text());
    }

    private static void media(JsonGenerator out, Media media) {
        string(out, "url", media.url());
        string(out, "caption", media.caption());
        string(out, "credit", media.credit());
        string(out, "thumbnail", media.thumbnail());
        string(out, "alt", media.alt());
        string(out, "title", media.title());
        string(out, "link", media.link());
    }

    private static void background(JsonGenerator out, Background background) {
        string(out, "url", background.url());
        string(out, "color", background.color());
    }

    /** The object {@code name} with the fields {@code fields} writes, left out when there is no value. */
    private static <T> void object(JsonGenerator out, String name, T value, BiConsumer<JsonGenerator, T> fields) {
        if (value != null) {
            out.writeName(name);
            out.writeStartObject();
            fields.accept(out, value);
            out.writeEndObject();
        }
    }

    /** The array {@code name} of what {@code item} writes for each value, left out when there are none. */
    private static <T> void array(JsonGenerator out, String name, List<T> values, BiConsumer<JsonGenerator, T> item) {
        if (values != null && !values.isEmpty()) {
            out.writeName(name);
            out.writeStartArray();
            for (T value : values) {
                item.accept(out, value);
            }
            out.writeEndArray();
        }
    }

    private static void string(JsonGenerator out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.writeStringProperty(name, value);
        }
    }

    private static void number(JsonGenerator out, String name, Long value) {
        if (value != null) {
            out.writeNumberProperty(name, value.longValue());
        }
    }

    private static void number(JsonGenerator out, String name, Integer value) {
        if (value != null) {
            out.writeNumberProperty(name, value.intValue());
        }
    }
}
