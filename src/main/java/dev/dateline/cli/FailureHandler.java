package dev.dateline.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Reports a failure that is not a problem in the content (the disk, or a bug) in one line;
 * the stack trace only with --verbose.
 */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parseResult.hasMatchedOption("--verbose");
        if (e instanceof UncheckedIOException io) {
            commandLine.getErr().println("error: " + io.getMessage());
        } else {
            commandLine.getErr().println("error: unexpected failure: " + e);
            commandLine.getErr().println("  hint: this is a bug in Dateline; please report it with the output of --verbose");
        }
        if (verbose) {
            e.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("(run again with --verbose for details)");
        }
        commandLine.getErr().flush();
        return ExitCodes.FAILURE;
    }
}
