package dev.dateline.cli;

import picocli.CommandLine.Command;

@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        version = "Dateline 0.1.0",
        description = "Builds dated timeline websites from structured content.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the content has errors",
            "2:the command line is wrong",
            "3:the site could not be written"})
final class DatelineCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: build, check or serve");
    }
}
