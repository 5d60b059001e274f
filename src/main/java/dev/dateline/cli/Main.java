package dev.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Entry point of the {@code dateline} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command in the process's working directory, printing to standard output and error. */
    static int run(String... args) {
        return execute(DatelineCommand.commandLine(Path.of("").toAbsolutePath(), args), args);
    }

    /**
     * Runs a command as if started in {@code workingDirectory}: relative paths on the command line are
     * read from there, and diagnostics name files relative to it.
     */
    static int run(Path workingDirectory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = DatelineCommand.commandLine(workingDirectory.toAbsolutePath(), args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return execute(commandLine, args);
    }

    private static int execute(CommandLine commandLine, String... args) {
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }
}
