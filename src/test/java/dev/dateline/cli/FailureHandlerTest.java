package dev.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class FailureHandlerTest {

    @Command(name = "broken")
    static final class Broken implements Runnable {
        @Option(names = "--verbose")
        boolean verbose;

        @Override
        public void run() {
            throw new IllegalStateException("a bug");
        }
    }

    private static String run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new Broken());
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setExecutionExceptionHandler(new FailureHandler());
        assertThat(commandLine.execute(args)).isEqualTo(ExitCodes.FAILURE);
        return err.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void aBugIsOneLineWithAHintAndNoStackTrace() {
        assertThat(run()).isEqualTo("""
                error: unexpected failure: java.lang.IllegalStateException: a bug
                  hint: this is a bug in Dateline; please report it with the output of --verbose
                (run again with --verbose for details)
                """);
    }

    @Test
    void verboseShowsTheStackTrace() {
        assertThat(run("--verbose")).startsWith("error: unexpected failure: java.lang.IllegalStateException: a bug\n")
                .contains("\tat dev.dateline.cli.FailureHandlerTest$Broken.run(");
    }
}
