package dev.dateline.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A new site that builds as it is and publishes itself on GitHub Pages: a README, {@code content/}
 * with one example timeline, {@code templates/} (a copy of a theme), a Pages workflow that builds it
 * with a pinned Dateline release, a {@code dateline} script that runs the same release locally, and
 * a {@code .gitignore}, and a package.json and package-lock.json that pin Pagefind for the search of
 * long timelines. The files are resources of Dateline, in which {@code @DATELINE_REPOSITORY@}
 * and {@code @DATELINE_VERSION@} stand for the release.
 */
public final class StarterSite {
    private static final String RESOURCES = "/dev/dateline/starter/";
    /** The theme Dateline comes with: the build copies the repository's {@code templates/} there. */
    private static final String THEME = "/dev/dateline/theme/";
    private static final List<StarterFile> FILES = List.of(
            new StarterFile("README.md", "README.md", false),
            new StarterFile("gitignore", ".gitignore", false),
            new StarterFile("github/workflows/pages.yml", ".github/workflows/pages.yml", false),
            new StarterFile("dateline", "dateline", true),
            // Pagefind, for the search of timelines too long for one page: the workflow runs npm ci
            new StarterFile("package.json"),
            new StarterFile("package-lock.json"),
            new StarterFile("content/site.yaml"),
            new StarterFile("content/first-timeline/timeline.yaml"),
            new StarterFile("content/first-timeline/events/one-file-per-event.md"),
            new StarterFile("content/first-timeline/events/dates-and-precision.md"),
            new StarterFile("content/first-timeline/events/events-link-to-each-other.md"));

    /** The timeline the starter content holds. */
    public static final String TIMELINE = "first-timeline";

    /** A file of the starter: where it is among the resources, where it goes in the site, whether it runs. */
    private record StarterFile(String resource, String target, boolean executable) {
        StarterFile(String path) {
            this(path, path, false);
        }
    }

    /**
     * Writes the starter into {@code dir}, which must not exist or be empty, pinned to {@code release},
     * with a copy of {@code theme}, or of the theme that comes with Dateline when it is empty.
     */
    public void write(Path dir, Release release, Optional<Path> theme) {
        try {
            Files.createDirectories(dir);
            for (StarterFile file : FILES) {
                Path target = dir.resolve(file.target());
                Files.createDirectories(target.getParent());
                Files.writeString(target, fill(resource(file.resource()), release), StandardCharsets.UTF_8);
                if (file.executable()) {
                    makeExecutable(target);
                }
            }
            if (theme.isPresent()) {
                copyTree(theme.get(), dir.resolve("templates"));
            } else {
                copyBundledTheme(dir.resolve("templates"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new site into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String fill(String text, Release release) {
        return text.replace("@DATELINE_REPOSITORY@", release.repository()).replace("@DATELINE_VERSION@", release.version());
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = StarterSite.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the starter file " + name + " is missing from Dateline");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Copies the theme among Dateline's resources: a folder when run from classes, a folder of the jar otherwise. */
    private static void copyBundledTheme(Path to) throws IOException {
        URL layout = StarterSite.class.getResource(THEME + "layout.html");
        if (layout == null) {
            throw new IllegalStateException("the theme is missing from Dateline");
        }
        URI uri;
        try {
            uri = layout.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the theme of Dateline is at an unreadable address: " + layout, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            copyTree(Path.of(uri).getParent(), to);
            return;
        }
        FileSystem jar;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            copyTree(FileSystems.getFileSystem(uri).getPath(THEME), to);
            return;
        }
        try (jar) {
            copyTree(jar.getPath(THEME), to);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                String relative = from.relativize(file).toString();
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                Path target = to.resolve(relative);
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
