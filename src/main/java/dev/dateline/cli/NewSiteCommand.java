package dev.dateline.cli;

import dev.dateline.starter.Release;
import dev.dateline.starter.StarterSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Creates a site repository in DIR that builds as it is and publishes itself on GitHub Pages: "
                + "content/ with an example timeline, templates/ (a copy of the theme), a README, a .gitignore, "
                + ".github/workflows/pages.yml and a ./dateline script.",
            "The workflow and the script use one Dateline release: this Dateline's own when it is a release, "
                + "else the one --release names."})
final class NewSiteCommand implements Callable<Integer> {
    private static final Path DEFAULT_THEME = Path.of("templates");

    @Spec
    CommandSpec spec;

    @ParentCommand
    NewCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path dir;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The theme to copy into the new site (default: templates when that folder holds a theme, "
                    + "else the theme that comes with Dateline).")
    Path templates;

    @Option(names = "--release", paramLabel = "OWNER/REPO@vX.Y.Z", converter = ReleaseConverter.class,
            description = "The published Dateline release the site's workflow and ./dateline use "
                    + "(default: this Dateline, when it is a release).")
    Release release;

    @Override
    public Integer call() {
        Release pinned = release != null ? release : BuildInfo.read().release().orElseThrow(() -> new ParameterException(
                spec.commandLine(), "this Dateline (" + BuildInfo.read().version() + ") is a development build, not a release, "
                        + "so the new site cannot be pinned to it; pass --release OWNER/REPO@vX.Y.Z with a published "
                        + "Dateline release, or run new site with a released dateline.jar"));
        Optional<Path> theme = theme();
        Path target = parent.dateline.resolve(dir);
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            spec.commandLine().getErr().println("error: " + dir + " already exists and is not an empty folder; "
                    + "choose a new folder");
            return ExitCodes.FAILURE;
        }
        new StarterSite().write(target, pinned, theme);
        spec.commandLine().getOut().printf("created a new site in %s with the timeline %s, built with Dateline %s (%s)%n"
                + "preview it with: cd %s && ./dateline serve; %s/README.md says how to publish it on GitHub Pages%n",
                dir, StarterSite.TIMELINE, pinned.version(), pinned, dir, dir);
        return ExitCodes.OK;
    }

    /** The theme folder to copy; empty for the theme that comes with Dateline. */
    private Optional<Path> theme() {
        if (templates == null) {
            Path local = parent.dateline.resolve(DEFAULT_THEME);
            return hasTheme(local) ? Optional.of(local) : Optional.empty();
        }
        Path theme = parent.dateline.resolve(templates);
        if (!hasTheme(theme)) {
            throw new ParameterException(spec.commandLine(), "there is no theme in " + templates
                    + " (no layout.html); pass --templates with the theme folder to copy");
        }
        return Optional.of(theme);
    }

    private static boolean hasTheme(Path dir) {
        return Files.isRegularFile(dir.resolve("layout.html"));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
