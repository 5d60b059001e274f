package dev.dateline.interop;

import dev.dateline.content.ContentWriter;
import dev.dateline.model.Event;
import dev.dateline.model.SiteConfig;
import dev.dateline.publish.OutputRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes an imported timeline as a content folder ({@code timeline.yaml}, {@code events/<id>.md}
 * and the copied images). The folder is written beside the target and moved in at the end, so a
 * failure leaves nothing half-written; an existing non-empty folder is replaced only when forced.
 */
public final class ImportWriter {
    private final ContentWriter writer = new ContentWriter();

    /** Throws {@link OutputRefusedException} when {@code into} holds files and {@code force} is not given. */
    public void checkTarget(Path into, boolean force) {
        if (Files.exists(into) && !Files.isDirectory(into)) {
            throw new OutputRefusedException(into + " exists and is not a folder; choose another --into");
        }
        if (!force && Files.isDirectory(into) && !isEmpty(into)) {
            throw new OutputRefusedException(into + " already holds files; choose another --into, or pass --force "
                    + "to replace the folder and everything in it");
        }
    }

    public void write(TimelineJsImporter.Imported imported, Path into, boolean force) {
        checkTarget(into, force);
        Path target = into.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path fresh = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".import-");
            try {
                Files.writeString(fresh.resolve("timeline.yaml"), writer.timelineYaml(imported.timeline()), StandardCharsets.UTF_8);
                Path events = Files.createDirectories(fresh.resolve("events"));
                for (Event event : imported.timeline().events()) {
                    Files.writeString(events.resolve(ContentWriter.fileName(event)), writer.eventFile(event), StandardCharsets.UTF_8);
                }
                for (MediaCopy copy : imported.copies()) {
                    Files.copy(copy.from(), events.resolve(copy.name()));
                }
                if (Files.exists(target)) {
                    deleteTree(target);
                }
                Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(fresh);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + into + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes the content folder around a new timeline build: writes {@code site.yaml} from
     * {@code fresh} when there is none, and when the site had one timeline and no {@code home},
     * adds {@code home:} so that its home page stays the same. Returns what it did, if anything.
     */
    public Optional<String> settleSite(Path content, String timelineId, Optional<SiteConfig> existing, SiteConfig fresh) {
        Path siteFile = content.resolve("site.yaml");
        try {
            if (!Files.exists(siteFile)) {
                Files.writeString(siteFile, writer.siteYaml(fresh), StandardCharsets.UTF_8);
                return Optional.of("wrote " + siteFile + " (language " + fresh.language() + ", time zone "
                        + fresh.timeZone().getId() + ")");
            }
            if (existing.isEmpty() || existing.get().home().isPresent()) {
                return Optional.empty();
            }
            List<String> others;
            try (Stream<Path> dirs = Files.list(content)) {
                others = dirs.filter(d -> Files.isRegularFile(d.resolve("timeline.yaml")))
                        .map(d -> d.getFileName().toString())
                        .filter(name -> !name.equals(timelineId) && !name.startsWith("."))
                        .sorted().toList();
            }
            if (others.size() != 1) {
                return Optional.empty();
            }
            String text = Files.readString(siteFile, StandardCharsets.UTF_8);
            String line = "home: " + others.get(0) + "\n";
            Files.writeString(siteFile, text.isEmpty() || text.endsWith("\n") ? text + line : text + "\n" + line,
                    StandardCharsets.UTF_8);
            return Optional.of("added `home: " + others.get(0) + "` to " + siteFile + ", so the home page stays the same");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + siteFile + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
