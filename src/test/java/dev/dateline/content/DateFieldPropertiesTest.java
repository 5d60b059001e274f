package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.content.yaml.YamlMap;
import dev.dateline.content.yaml.YamlScalar;
import dev.dateline.model.EdtfArbitraries;
import dev.dateline.model.EdtfDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is written after {@code date: }, the result is a date or exactly one error that points into the value. */
class DateFieldPropertiesTest {
    private static final Path FILE = Path.of("content/g20/events/x.md");
    private static final int LINE = 2;
    private static final int VALUE_COLUMN = 7;

    @Property
    void anyDateFieldGivesADateOrOneErrorInsideTheValue(@ForAll("texts") String text) {
        Diagnostics diagnostics = new Diagnostics();
        YamlMap frontMatter = new YamlMap(List.of(new YamlMap.Entry("date", new Location(FILE, LINE, 1),
                new YamlScalar(text, new Location(FILE, LINE, VALUE_COLUMN)))), new Location(FILE, LINE, 1));
        Fields fields = Fields.of(frontMatter, "the front matter", diagnostics).orElseThrow();

        Optional<EdtfDate> date = fields.date("date");
        fields.finish();

        if (date.isPresent()) {
            assertThat(diagnostics.sorted()).isEmpty();
            assertThat(date.get()).isEqualTo(EdtfDate.parse(text));
        } else {
            assertThat(diagnostics.sorted()).singleElement().satisfies(d -> {
                assertThat(d.isError()).isTrue();
                assertThat(d.file()).isEqualTo(FILE);
                assertThat(d.line()).isEqualTo(LINE);
                assertThat(d.column()).isBetween(VALUE_COLUMN, VALUE_COLUMN + Math.max(0, text.length() - 1));
                assertThat(d.hint()).isPresent();
            });
        }
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(EdtfArbitraries.dateLikeTexts(), Arbitraries.strings().ofMaxLength(60),
                EdtfArbitraries.dates().map(EdtfDate::edtf));
    }
}
