package dev.dateline.cli;

import dev.dateline.content.Diagnostic;
import dev.dateline.content.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints diagnostics like a compiler, relative to the working directory, then a summary line. */
final class DiagnosticPrinter {
    private final PrintWriter err;

    DiagnosticPrinter(PrintWriter err) {
        this.err = err;
    }

    void print(Diagnostics diagnostics) {
        Path here = Path.of("").toAbsolutePath();
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format(here));
        }
        err.flush();
    }
}
