package dev.dateline.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The Nu Html Checker, run in-process, finds no error on any generated page. */
class HtmlValidityTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyPageOfTheG20SiteIsValidHtml() throws Exception {
        assertThat(errors(SiteBuild.build())).isEmpty();
    }

    @Test
    void everyPageOfTheEnglishFixtureIsValidHtml() throws Exception {
        SiteOutput english = new Dateline(SiteBuild.TEMPLATES).build(EnglishSiteTest.CONTENT, Optional.empty())
                .output().orElseThrow();
        assertThat(errors(english)).isEmpty();
    }

    @Test
    void eachKindOfPageOfALongTimelineIsValidHtml() throws Exception {
        SiteOutput built = LongTimelineFixture.site();
        Map<String, byte[]> sample = new java.util.TreeMap<>();
        LongTimelineFixture.samplePages().forEach(path -> sample.put(path, built.files().get(path)));
        assertThat(errors(SiteOutput.of(sample))).isEmpty();
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        SiteOutput broken = SiteOutput.of(Map.of("index.html",
                "<!DOCTYPE html><html lang=en><title>x</title><p><div>in a paragraph</p>".getBytes(UTF_8),
                "a.html", "<!DOCTYPE html><html lang=en><title>a</title>".getBytes(UTF_8),
                "b.html", "<!DOCTYPE html><html lang=en><title>b</title><ul><p>x</ul>".getBytes(UTF_8)));
        assertThat(errors(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    private static List<String> errors(SiteOutput site) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            JsonNode report = JSON.readTree(validator.validate(new ByteArrayInputStream(file.getValue())));
            for (JsonNode message : report.path("messages")) {
                if (!message.path("type").asString("").equals("info")) {
                    errors.add(file.getKey() + ":" + message.path("lastLine").asInt() + ": "
                            + message.path("message").asString("") + " [" + message.path("extract").asString("") + "]");
                }
            }
        }
        assertThat(pages).as("pages checked").isGreaterThan(2);
        return errors;
    }
}
