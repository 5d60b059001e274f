package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.publish.OutputWriter;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReproducibleBuildTest {

    @Test
    void twoBuildsGiveTheSameBytesWhateverTheLocaleAndTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.US);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            SiteOutput first = SiteBuild.build();
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            SiteOutput second = SiteBuild.build();
            assertThat(second.files().keySet()).containsExactlyElementsOf(first.files().keySet());
            assertThat(differing(first.files(), second.files())).isEmpty();
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void theCommittedSiteIsAFreshBuild() throws IOException {
        Path committed = Path.of("site");
        SiteOutput fresh = SiteBuild.build();
        Map<String, byte[]> onDisk = new TreeMap<>();
        try (Stream<Path> files = Files.walk(committed)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = committed.relativize(file).toString().replace('\\', '/');
                if (!path.equals(OutputWriter.MARKER)) {
                    onDisk.put(path, Files.readAllBytes(file));
                }
            }
        }
        assertThat(onDisk.keySet())
                .as("site/ must equal `./dateline build`: rebuild and commit it")
                .containsExactlyElementsOf(fresh.files().keySet());
        assertThat(differing(fresh.files(), onDisk))
                .as("stale files in site/: run `./dateline build` and commit site/")
                .isEmpty();
    }

    private static java.util.List<String> differing(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        return expected.keySet().stream()
                .filter(path -> !java.util.Arrays.equals(expected.get(path), actual.get(path)))
                .toList();
    }
}
