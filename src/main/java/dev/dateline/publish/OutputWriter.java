package dev.dateline.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Opens the output for a new site: the whole new site is made in a folder beside the output
 * ({@code .site.new-*}), files that did not change as hard links to the output's, then the folders
 * are swapped by two renames. Nothing in the output changes before, so a failed or killed build
 * leaves the previous site as it was. A build first removes what killed builds left beside the
 * output (see {@link Leftovers}). An existing output folder is replaced only if Dateline made it
 * (it holds the marker file), or when forced.
 */
public final class OutputWriter {
    /** Marks a folder as Dateline's own output. */
    public static final String MARKER = ".dateline";
    static final String MARKER_TEXT = "This folder is written by `dateline build`. Files changed here are replaced by the next build.\n";

    /**
     * Checks that {@code out} may be replaced and opens a fresh folder beside it for a new site.
     *
     * @throws OutputRefusedException when the output holds files Dateline did not write
     */
    public PendingSite stage(Path out, boolean force) {
        Path target = out.toAbsolutePath().normalize();
        checkReplaceable(target, force);
        try {
            Files.createDirectories(target.getParent());
            Leftovers.clean(target);
            Optional<OutputListing> existing = Files.isDirectory(target) && !isEmpty(target)
                    ? OutputListing.of(target) : Optional.empty();
            Path fresh = folderBeside(target, Leftovers.NEW);
            return existing.<PendingSite>map(listing -> new SiteUpdate(fresh, target, listing))
                    .orElseGet(() -> new StagedSite(fresh, target));
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    /**
     * A new, empty folder beside {@code target}, named after it. Made as any folder there is, with
     * the permissions the user's umask gives: a temporary folder's would be the site's once it is
     * moved into place, and would keep a web server running as another user out.
     */
    private static Path folderBeside(Path target, String purpose) throws IOException {
        for (int attempt = 1; ; attempt++) {
            String suffix = ProcessHandle.current().pid() + "-"
                    + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            try {
                return Files.createDirectory(target.resolveSibling(Leftovers.prefix(target, purpose) + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt == 100) {
                    throw e;
                }
            }
        }
    }

    /** The file at {@code path} (from the site root) inside {@code root}. */
    static Path inside(Path root, String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalStateException("output path escapes the site: " + path);
        }
        return file;
    }

    /** The failure to report when the site cannot be written to {@code out}. */
    static UncheckedIOException cannotWrite(Path out, IOException e) {
        return new UncheckedIOException("cannot write the site to " + out + ": " + reason(e), e);
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file where a folder is needed";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied for " + denied.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void checkReplaceable(Path target, boolean force) {
        if (force || !Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new OutputRefusedException(target + " exists and is not a folder; choose another --out");
        }
        if (Files.exists(target.resolve(MARKER)) || isEmpty(target)) {
            return;
        }
        throw new OutputRefusedException(target + " holds files that Dateline did not write; "
                + "choose another --out, or pass --force to replace the folder and everything in it");
    }

    /**
     * Puts the complete new site {@code fresh} in place of {@code target}: renames the output to
     * {@code .site.old-ID}, {@code fresh} to the output, then deletes the old one. A crash between
     * the two renames leaves no output but both complete folders, which {@link Leftovers#clean}
     * finishes the swap with.
     */
    static void swap(Path fresh, Path target) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            move(fresh, target);
            return;
        }
        Path old = Leftovers.oldFor(fresh, target);
        move(target, old);
        try {
            move(fresh, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
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
