package dev.dateline.cli;

import dev.dateline.diagnostics.AlikeWarnings;
import dev.dateline.diagnostics.ControlCharacters;
import dev.dateline.diagnostics.Diagnostic;
import dev.dateline.diagnostics.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Prints diagnostics like a compiler, with paths relative to a base folder (the working directory):
 * every error, and of warnings that say the same thing the first 20, then how many more there were.
 */
final class DiagnosticPrinter {
    private final PrintWriter err;
    private final Path base;

    DiagnosticPrinter(PrintWriter err, Path base) {
        this.err = err;
        this.base = base;
    }

    void print(Diagnostics diagnostics) {
        AlikeWarnings alike = new AlikeWarnings();
        for (Diagnostic d : diagnostics.sorted()) {
            if (d.isError() || alike.count(d.message())) {
                err.println(d.format(base));
            }
        }
        alike.summaries().values().forEach(summary -> err.println("warning: " + ControlCharacters.escape(summary)));
        err.flush();
    }
}
