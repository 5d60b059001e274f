package dev.dateline.cli;

import dev.dateline.content.StarterSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        description = "Creates a starter site in DIR that builds as it is: content/ with an example timeline, "
                + "templates/ (a copy of the theme) and a README.")
final class NewSiteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    NewCommand parent;

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create; it must not exist or be empty.")
    Path dir;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The theme to copy into the new site (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Override
    public Integer call() {
        Path theme = parent.dateline.resolve(templates);
        Path target = parent.dateline.resolve(dir);
        if (!Files.isRegularFile(theme.resolve("layout.html"))) {
            throw new ParameterException(spec.commandLine(), "there is no theme in " + templates
                    + " (no layout.html); pass --templates with the theme folder to copy");
        }
        if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
            spec.commandLine().getErr().println("error: " + dir + " already exists and is not an empty folder; "
                    + "choose a new folder");
            return ExitCodes.FAILURE;
        }
        new StarterSite().write(target, theme);
        spec.commandLine().getOut().printf("created a new site in %s with the timeline %s; build it with: "
                + "cd %s && dateline build%n", dir, StarterSite.TIMELINE, dir);
        return ExitCodes.OK;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
