package dev.dateline.cli;

import picocli.CommandLine;

/** Entry point of the {@code dateline} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new DatelineCommand());
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }
}
