package dev.dateline.bench;

import dev.dateline.Dateline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How long the preview takes to rebuild a synthetic site of N events after one event's title
 * is edited, once the JVM is warm: the build that `dateline serve` runs after each save.
 *
 * Usage (from the repository root, after `mvn -q test-compile`):
 * java -cp target/classes:target/test-classes:$(cat target/classpath) dev.dateline.bench.RebuildLatency N EDITS
 */
public final class RebuildLatency {
    private RebuildLatency() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.parseInt(args[0]);
        int edits = Integer.parseInt(args[1]);
        Path content = Files.createTempDirectory("dateline-rebuild");
        SyntheticSite.main(new String[] {Integer.toString(events), content.toString()});
        Path edited = content.resolve(String.format("synthetic/events/event-%05d.md", events / 2));
        String original = Files.readString(edited);
        Dateline preview = Dateline.forPreview(Path.of("templates"));
        preview.build(content, Optional.empty());
        List<Double> millis = new ArrayList<>();
        for (int i = -edits; i < edits; i++) {
            Files.writeString(edited, original.replace("title: Event ", "title: Edit " + i + " of event "));
            long started = System.nanoTime();
            preview.build(content, Optional.empty()).output().orElseThrow();
            if (i >= 0) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("rebuild after one edit, %d events, %d edits after %d to warm up: median %.1f ms, min %.1f, max %.1f%n",
                events, edits, edits, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
    }
}
