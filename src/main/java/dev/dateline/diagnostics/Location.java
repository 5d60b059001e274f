package dev.dateline.diagnostics;

import java.nio.file.Path;

/** A place in a content file; line and column are one-based, line 0 is the whole file. */
public record Location(Path file, int line, int column) {

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    public Location plusColumns(int columns) {
        return new Location(file, line, column + columns);
    }
}
