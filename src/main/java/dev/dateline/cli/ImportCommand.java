package dev.dateline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a timeline made with another tool as Dateline content.",
        subcommands = ImportTimelineJsCommand.class)
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatelineCommand dateline;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name the format to import: timelinejs");
    }
}
