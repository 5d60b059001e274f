package dev.dateline.interop;

import dev.dateline.content.ContentWriter;
import dev.dateline.model.Event;
import dev.dateline.model.SiteConfig;
import dev.dateline.publish.OutputRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes an imported timeline as a content folder ({@code timeline.yaml}, {@code events/<id>.md}
 * and the copied images). The folder is written beside the target and moved in at the end, so a
 * failure leaves nothing half-written. It never deletes or overwrites what an import did not write:
 * an existing folder that holds files is replaced only when forced, and only if it holds a timeline.
 */
public final class ImportWriter {
    private final ContentWriter writer = new ContentWriter();

    /**
     * Throws {@link OutputRefusedException} unless {@code into} may be written: it must be a folder
     * directly inside a content folder (one that holds {@code site.yaml}, or a new one),
     * neither the project folder {@code workingDirectory} nor a folder above it, hold no
     * {@code site.yaml} and no {@code .git}; and when it holds files, {@code force} is needed and it
     * must hold a Dateline timeline ({@code timeline.yaml}), the only kind of folder an import replaces.
     */
    public void checkTarget(Path into, Path workingDirectory, boolean force) {
        Path target = into.toAbsolutePath().normalize();
        Path project = workingDirectory.toAbsolutePath().normalize();
        Path content = target.getParent();
        if (project.startsWith(target)) {
            throw new OutputRefusedException(into + " is the project folder or holds it; import into a timeline folder "
                    + "inside the content folder, e.g. content/my-story");
        }
        if (Files.exists(target.resolve("site.yaml"))) {
            throw new OutputRefusedException(into + " is a content folder (it holds site.yaml); import into a folder "
                    + "inside it, e.g. " + into.resolve("my-story"));
        }
        if (!isContentFolder(content, target) || project.startsWith(content)) {
            throw new OutputRefusedException(into + " is not inside a content folder: " + content + " holds no site.yaml "
                    + "and other files; import into a folder inside your content folder, e.g. content/my-story");
        }
        if (Files.exists(target) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(into + " exists and is not a folder; choose another --into");
        }
        if (!Files.exists(target) || isEmpty(target)) {
            return;
        }
        if (!force) {
            throw new OutputRefusedException(into + " already holds files; choose another --into, or pass --force "
                    + "to replace the timeline in it");
        }
        if (!Files.isRegularFile(target.resolve("timeline.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(into + " holds files but no timeline.yaml; --force replaces only a "
                    + "Dateline timeline folder, so choose another --into");
        }
        findGit(target).ifPresent(git -> {
            throw new OutputRefusedException(into + " holds " + git + ", a Git repository; import never replaces one, "
                    + "so choose another --into");
        });
    }

    /**
     * A folder that holds {@code site.yaml}, or one an import may make into a content folder: a new
     * one, or one that holds nothing but {@code target}.
     */
    private static boolean isContentFolder(Path folder, Path target) {
        if (folder == null || !Files.exists(folder) || Files.isRegularFile(folder.resolve("site.yaml"))) {
            return folder != null;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.allMatch(target::equals);
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> findGit(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.getFileName().toString().equals(".git")).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root + ": " + e.getMessage(), e);
        }
    }

    public void write(TimelineJsImporter.Imported imported, Path into, Path workingDirectory, boolean force) {
        checkTarget(into, workingDirectory, force);
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
                replace(target, fresh);
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

    /**
     * Moves {@code fresh} to {@code target}; a timeline already there is first moved aside, and
     * deleted only once the new one is in place.
     */
    private static void replace(Path target, Path fresh) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".replaced-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
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
