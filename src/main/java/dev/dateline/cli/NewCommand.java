package dev.dateline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Creates a starter site, or a new event file.",
        subcommands = {NewSiteCommand.class, NewEventCommand.class})
final class NewCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatelineCommand dateline;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name what to create: site or event");
    }
}
