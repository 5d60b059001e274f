package dev.dateline.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Reports an unexpected failure in one line; the stack trace only with --verbose. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean verbose = parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                || parseResult.hasMatchedOption("--verbose");
        String message = e instanceof UncheckedIOException io ? io.getMessage() : e.toString();
        commandLine.getErr().println("error: " + message);
        if (verbose) {
            e.printStackTrace(commandLine.getErr());
        } else {
            commandLine.getErr().println("(run again with --verbose for details)");
        }
        return ExitCodes.FAILURE;
    }
}
