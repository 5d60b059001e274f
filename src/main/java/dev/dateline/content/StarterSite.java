package dev.dateline.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A new site that builds as it is: a README, {@code content/} with one example timeline (shipped
 * with Dateline as resources), and {@code templates/}, a copy of the theme the site is made with.
 */
public final class StarterSite {
    private static final String RESOURCES = "/dev/dateline/starter/";
    private static final List<String> FILES = List.of(
            "README.md",
            "content/site.yaml",
            "content/first-timeline/timeline.yaml",
            "content/first-timeline/events/one-file-per-event.md",
            "content/first-timeline/events/dates-and-precision.md",
            "content/first-timeline/events/events-link-to-each-other.md");

    /** The timeline the starter content holds. */
    public static final String TIMELINE = "first-timeline";

    /** Writes the starter into {@code dir}, which must not exist or be empty, with a copy of {@code theme}. */
    public void write(Path dir, Path theme) {
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = StarterSite.class.getResourceAsStream(RESOURCES + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the starter file " + name + " is missing from Dateline");
                    }
                    Files.copy(in, target);
                }
            }
            copyTree(theme, dir.resolve("templates"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new site into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path relative = from.relativize(file);
                if (relative.toString().startsWith(".") || relative.toString().contains("/.")) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
