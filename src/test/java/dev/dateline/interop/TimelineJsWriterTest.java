package dev.dateline.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.interop.TimelineJsFormat.Background;
import dev.dateline.interop.TimelineJsFormat.Date;
import dev.dateline.interop.TimelineJsFormat.Era;
import dev.dateline.interop.TimelineJsFormat.Media;
import dev.dateline.interop.TimelineJsFormat.Slide;
import dev.dateline.interop.TimelineJsFormat.Text;
import dev.dateline.interop.TimelineJsFormat.TimelineData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streaming writer gives, byte for byte, what Jackson's object mapper writes from the
 * annotated records of {@link TimelineJsFormat}, and what it writes reads back as the same data.
 */
class TimelineJsWriterTest {
    private static final String[] TEXTS = {null, "", "Putin", "<p>«Hei» & \"hallo\"</p>", "line\nbreak", "😀", "</script>"};
    private static final Integer[] NUMBERS = {null, 0, 7, -44, 2017, Integer.MAX_VALUE};

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final ObjectWriter oracle = mapper.writer()
            .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    private final TimelineJsWriter writer = new TimelineJsWriter();

    @Test
    void writesWhatTheObjectMapperWrites() {
        Random random = new Random(8072017);
        for (int run = 0; run < 1_000; run++) {
            TimelineData data = data(random);
            String written = new String(writer.write(data), StandardCharsets.UTF_8);
            assertThat(written).as("%s", data).isEqualTo(mapped(data));
        }
    }

    @Test
    void readsBackAsTheSameData() {
        Slide slide = new Slide(date(2017, 7, 8), null, new Text("Putin", "<p>enige</p>"), null, "Vladimir Putin",
                "8. juli 2017", null, null, "putin-working-group");
        TimelineData data = new TimelineData(new Slide(null, null, new Text("G20", "<p>Hamburg</p>"), null, null, null,
                null, null, null), List.of(slide), List.of(), "human");
        TimelineData read = mapper.readValue(writer.write(data), TimelineData.class);
        assertThat(read.events()).containsExactly(slide);
        assertThat(read.title()).isEqualTo(data.title());
        assertThat(read.scale()).isEqualTo("human");
    }

    private String mapped(TimelineData data) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        oracle.writeValue(json, data);
        return json.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static Date date(int year, int month, int day) {
        return new Date((long) year, month, day, null, null, null, null, null);
    }

    private static TimelineData data(Random random) {
        List<Slide> events = random.nextInt(5) == 0 ? null : new ArrayList<>();
        for (int i = events == null ? 0 : random.nextInt(4); i > 0; i--) {
            events.add(slide(random));
        }
        List<Era> eras = random.nextInt(5) == 0 ? null : new ArrayList<>();
        for (int i = eras == null ? 0 : random.nextInt(3); i > 0; i--) {
            eras.add(new Era(date(random), date(random), text(random)));
        }
        return new TimelineData(random.nextBoolean() ? slide(random) : null, events, eras, pick(random, TEXTS));
    }

    private static Slide slide(Random random) {
        Boolean autolink = random.nextInt(3) == 0 ? random.nextBoolean() : null;
        Media media = random.nextBoolean() ? null : new Media(pick(random, TEXTS), pick(random, TEXTS),
                pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS), pick(random, TEXTS));
        Background background = random.nextInt(3) == 0 ? new Background(pick(random, TEXTS), pick(random, TEXTS)) : null;
        return new Slide(date(random), date(random), text(random), media, pick(random, TEXTS), pick(random, TEXTS),
                background, autolink, pick(random, TEXTS));
    }

    private static Date date(Random random) {
        Integer year = pick(random, NUMBERS);
        return random.nextInt(4) == 0 ? null : new Date(year == null ? null : year.longValue(), pick(random, NUMBERS),
                pick(random, NUMBERS), pick(random, NUMBERS), pick(random, NUMBERS), pick(random, NUMBERS),
                pick(random, NUMBERS), pick(random, TEXTS));
    }

    private static Text text(Random random) {
        return random.nextInt(4) == 0 ? null : new Text(pick(random, TEXTS), pick(random, TEXTS));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
