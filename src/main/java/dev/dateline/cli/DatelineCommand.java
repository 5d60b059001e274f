package dev.dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;

@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        version = "Dateline 0.1.0",
        description = "Builds dated timeline websites from structured content.",
        subcommands = {BuildCommand.class, CheckCommand.class, ImportCommand.class, NewCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the content has errors",
            "2:the command line is wrong",
            "3:the site could not be written"})
final class DatelineCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Path workingDirectory;

    DatelineCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /** {@code path} as given on the command line, read from the working directory the command runs in. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }

    DiagnosticPrinter diagnosticPrinter() {
        return new DiagnosticPrinter(spec.commandLine().getErr(), workingDirectory);
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, import, new or serve");
    }
}
