package dev.dateline.bench;

import dev.dateline.Dateline;
import dev.dateline.content.ContentLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How long the preview takes to rebuild a synthetic site of N events after one event is edited:
 * the build that `dateline serve` runs after each save. The edit is to the event's title (which
 * the list, the overview, the neighbours' pages, the feed and timeline.json all show) or to a
 * word of its body (which only its page, its list item, the feed and timeline.json show). Prints
 * the time of each of the first WARMUP edits after the preview's first build, then the median of
 * EDITS edits after them, and the mean CPU time of the process per rebuild.
 *
 * Usage (from the repository root, after `mvn -q test-compile`):
 * java @jvm.options -cp target/classes:target/test-classes:$(cat target/classpath) dev.dateline.bench.RebuildLatency N EDITS WARMUP [title|body]
 */
public final class RebuildLatency {
    private RebuildLatency() {
    }

    public static void main(String[] args) throws Exception {
        int events = Integer.parseInt(args[0]);
        int edits = Integer.parseInt(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : edits;
        String part = args.length > 3 ? args[3] : "title";
        if (!part.equals("title") && !part.equals("body")) {
            throw new IllegalArgumentException("the part to edit is `title` or `body`, not `" + part + "`");
        }
        Path content = Files.createTempDirectory("dateline-rebuild");
        SyntheticSite.main(new String[] {Integer.toString(events), content.toString()});
        Path edited = content.resolve(String.format("synthetic/events/event-%05d.md", events / 2));
        String original = Files.readString(edited);
        Dateline preview = Dateline.forPreview(Path.of("templates"));
        // a site's files were saved well before its preview starts, and the preview trusts a
        // file's modification time once the file has settled: so are these
        Thread.sleep(ContentLoader.SETTLED.plusMillis(500).toMillis());
        long started = System.nanoTime();
        preview.build(content, Optional.empty());
        System.out.printf(Locale.ROOT, "first build of %d events: %.0f ms%n", events, (System.nanoTime() - started) / 1e6);
        // and once more with nothing changed, as `dateline serve` does before it starts watching
        preview.build(content, Optional.empty());
        List<Double> first = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        // the CPU time of the whole process, which other work on a busy machine disturbs less than the wall time
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuNanos = 0;
        for (int i = -warmup; i < edits; i++) {
            Files.writeString(edited, part.equals("title")
                    ? original.replace("title: Event ", "title: Edit " + i + " of event ")
                    : original.replaceFirst(" \\*emphasis\\* ", " *emphasis* edit " + i + " "));
            started = System.nanoTime();
            long cpuStarted = os.getProcessCpuTime();
            preview.build(content, Optional.empty()).output().orElseThrow();
            (i < 0 ? first : millis).add((System.nanoTime() - started) / 1e6);
            if (i >= 0) {
                cpuNanos += os.getProcessCpuTime() - cpuStarted;
            }
        }
        System.out.printf(Locale.ROOT, "rebuild after each of the first %d edits (ms): %s%n", warmup,
                first.stream().map(m -> String.format(Locale.ROOT, "%.1f", m)).toList());
        Collections.sort(millis);
        System.out.printf(Locale.ROOT, "rebuild after one edit of a%s, %d events, %d edits after those: median %.1f ms, min %.1f, max %.1f%n",
                part.equals("title") ? " title" : " body", events, edits, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
        System.out.printf(Locale.ROOT, "CPU time of the process per rebuild (all threads): mean %.1f ms%n", cpuNanos / 1e6 / edits);
    }
}
