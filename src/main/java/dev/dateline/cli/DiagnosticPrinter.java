package dev.dateline.cli;

import dev.dateline.diagnostics.Diagnostic;
import dev.dateline.diagnostics.Diagnostics;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Prints diagnostics like a compiler, with paths relative to a base folder (the working directory). */
final class DiagnosticPrinter {
    private final PrintWriter err;
    private final Path base;

    DiagnosticPrinter(PrintWriter err, Path base) {
        this.err = err;
        this.base = base;
    }

    void print(Diagnostics diagnostics) {
        for (Diagnostic d : diagnostics.sorted()) {
            err.println(d.format(base));
        }
        err.flush();
    }
}
