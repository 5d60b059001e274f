package dev.dateline.interop;

import dev.dateline.interop.TimelineJsFormat.Background;
import dev.dateline.interop.TimelineJsFormat.Date;
import dev.dateline.interop.TimelineJsFormat.Era;
import dev.dateline.interop.TimelineJsFormat.Media;
import dev.dateline.interop.TimelineJsFormat.Slide;
import dev.dateline.interop.TimelineJsFormat.Text;
import dev.dateline.interop.TimelineJsFormat.TimelineData;
import java.io.ByteArrayOutputStream;
import java.util.List;
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
            slide(out, "title", data.title());
            if (!isEmpty(data.events())) {
                out.writeName("events");
                out.writeStartArray();
                for (Slide slide : data.events()) {
                    slide(out, slide);
                }
                out.writeEndArray();
            }
            if (!isEmpty(data.eras())) {
                out.writeName("eras");
                out.writeStartArray();
                for (Era era : data.eras()) {
                    out.writeStartObject();
                    date(out, "start_date", era.startDate());
                    date(out, "end_date", era.endDate());
                    text(out, era.text());
                    out.writeEndObject();
                }
                out.writeEndArray();
            }
            string(out, "scale", data.scale());
            out.writeEndObject();
        }
        json.write('\n');
        return json.toByteArray();
    }

    private static void slide(JsonGenerator out, String name, Slide slide) {
        if (slide != null) {
            out.writeName(name);
            slide(out, slide);
        }
    }

    private static void slide(JsonGenerator out, Slide slide) {
        out.writeStartObject();
        date(out, "start_date", slide.startDate());
        date(out, "end_date", slide.endDate());
        text(out, slide.text());
        media(out, slide.media());
        string(out, "group", slide.group());
        string(out, "display_date", slide.displayDate());
        background(out, slide.background());
        if (slide.autolink() != null) {
            out.writeBooleanProperty("autolink", slide.autolink());
        }
        string(out, "unique_id", slide.uniqueId());
        out.writeEndObject();
    }

    private static void date(JsonGenerator out, String name, Date date) {
        if (date == null) {
            return;
        }
        out.writeName(name);
        out.writeStartObject();
        number(out, "year", date.year());
        number(out, "month", date.month());
        number(out, "day", date.day());
        number(out, "hour", date.hour());
        number(out, "minute", date.minute());
        number(out, "second", date.second());
        number(out, "millisecond", date.millisecond());
        string(out, "display_date", date.displayDate());
        out.writeEndObject();
    }

    private static void text(JsonGenerator out, Text text) {
        if (text != null) {
            out.writeName("text");
            out.writeStartObject();
            string(out, "headline", text.headline());
            string(out, "text", text.text());
            out.writeEndObject();
        }
    }

    private static void media(JsonGenerator out, Media media) {
        if (media != null) {
            out.writeName("media");
            out.writeStartObject();
            string(out, "url", media.url());
            string(out, "caption", media.caption());
            string(out, "credit", media.credit());
            string(out, "thumbnail", media.thumbnail());
            string(out, "alt", media.alt());
            string(out, "title", media.title());
            string(out, "link", media.link());
            out.writeEndObject();
        }
    }

    private static void background(JsonGenerator out, Background background) {
        if (background != null) {
            out.writeName("background");
            out.writeStartObject();
            string(out, "url", background.url());
            string(out, "color", background.color());
            out.writeEndObject();
        }
    }

    private static void string(JsonGenerator out, String name, String value) {
        if (value != null && !value.isEmpty()) {
            out.writeStringProperty(name, value);
        }
    }

    private static void number(JsonGenerator out, String name, Integer value) {
        if (value != null) {
            out.writeNumberProperty(name, value.intValue());
        }
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
