package dev.dateline.serve;

import dev.dateline.Dateline;
import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the site for the preview, keeping the facade and its template engine between builds:
 * a changed template only clears the engine's cache; a changed asset or message bundle, which
 * the facade reads when it is made, gets a fresh facade. Used from one thread at a time.
 */
final class PreviewBuilder {
    private final Path content;
    private final Path templates;
    private Dateline dateline;

    PreviewBuilder(Path content, Path templates) {
        this.content = content.toAbsolutePath().normalize();
        this.templates = templates.toAbsolutePath().normalize();
        this.dateline = Dateline.forPreview(templates);
    }

    /** Builds after the given files changed (none for the first build). */
    Dateline.Result build(Set<Path> changed) {
        Set<Path> theme = Set.copyOf(changed.stream().filter(p -> p.startsWith(templates)).toList());
        if (theme.stream().anyMatch(p -> !p.getFileName().toString().endsWith(".html"))) {
            dateline = Dateline.forPreview(templates);
        } else if (!theme.isEmpty()) {
            dateline.clearTemplateCache();
        }
        try {
            return dateline.build(content, Optional.empty());
        } catch (RuntimeException e) {
            // a file that vanished in the middle of a read, say: report it and keep serving
            Diagnostics diagnostics = new Diagnostics();
            diagnostics.error(Location.of(content), "the site could not be built: " + e.getMessage(),
                    "save the file again once it is complete");
            return new Dateline.Result(diagnostics, Optional.empty());
        }
    }

    /**
     * Builds once more with nothing changed, for nothing: the first build renders every page,
     * while a build after a save takes other paths (finding what changed, rendering the rest),
     * which the JVM would otherwise get ready during the first save.
     */
    void warmUp() {
        build(Set.of());
    }

    /** Whether only the theme's stylesheets changed, so open pages can swap them without reloading. */
    boolean onlyStylesheets(Set<Path> changed) {
        Path assets = templates.resolve("assets");
        return !changed.isEmpty() && changed.stream()
                .allMatch(p -> p.startsWith(assets) && p.getFileName().toString().endsWith(".css"));
    }
}
