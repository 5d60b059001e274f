package dev.dateline.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folders a build makes beside the output {@code site}: {@code .site.new-PID-X} while it
 * builds, {@code .site.old-PID-X} while it swaps. A build killed before its swap leaves the new
 * one; killed between the swap's two renames, it leaves no {@code site} but both complete
 * folders; killed while deleting the old one, that one half-deleted. The next build cleans up
 * before it starts: it finishes an interrupted swap (the new folder becomes {@code site}) and
 * deletes the rest, except the folders of builds that are still running.
 */
final class Leftovers {
    static final String NEW = "new";
    static final String OLD = "old";

    private Leftovers() {
    }

    /** How the names of {@code target}'s folders for {@code purpose} begin: {@code .site.new-}. */
    static String prefix(Path target, String purpose) {
        return "." + target.getFileName() + "." + purpose + "-";
    }

    /** The name a swap gives the output it replaces with {@code fresh}: the same id, marked old. */
    static Path oldFor(Path fresh, Path target) {
        String id = fresh.getFileName().toString().substring(prefix(target, NEW).length());
        return target.resolveSibling(prefix(target, OLD) + id);
    }

    /** Finishes a swap that a killed build left halfway, then deletes what killed builds left. */
    static void clean(Path target) throws IOException {
        List<Path> stale = stale(target);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Path> interrupted = stale.stream()
                    .filter(p -> p.getFileName().toString().startsWith(prefix(target, OLD)))
                    .map(old -> target.resolveSibling(prefix(target, NEW) + id(target, old)))
                    .filter(stale::contains)
                    .findFirst();
            if (interrupted.isPresent()) {
                Files.move(interrupted.get(), target);
            }
        }
        for (Path folder : stale) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                OutputWriter.deleteTree(folder);
            }
        }
    }

    /** The new and old folders beside {@code target} whose build is no longer running. */
    private static List<Path> stale(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return List.of();
        }
        String newPrefix = prefix(target, NEW);
        String oldPrefix = prefix(target, OLD);
        try (Stream<Path> siblings = Files.list(parent)) {
            return siblings.filter(p -> {
                String name = p.getFileName().toString();
                return (name.startsWith(newPrefix) || name.startsWith(oldPrefix))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !running(p, id(target, p));
            }).sorted().toList();
        }
    }

    /** What follows {@code .site.new-} or {@code .site.old-} (of the same length) in the folder's name. */
    private static String id(Path target, Path folder) {
        return folder.getFileName().toString().substring(prefix(target, NEW).length());
    }

    /**
     * Whether the build that made {@code folder} (its process id leads {@code id}) still runs: a
     * process with that id exists and started before the folder last changed, so it is not a
     * later process that got the same id. A name without a process id is an older Dateline's.
     */
    private static boolean running(Path folder, String id) {
        int dash = id.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? id : id.substring(0, dash));
        } catch (NumberFormatException e) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        try {
            FileTime changed = Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS);
            return started.isEmpty() || !started.get().isAfter(changed.toInstant());
        } catch (IOException e) {
            return true;
        }
    }
}
