package dev.dateline.diagnostics;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One problem found in content, located like a compiler error. Line and column are
 * one-based; a line of 0 means the problem concerns the file as a whole.
 */
public record Diagnostic(Severity severity, Path file, int line, int column, String message, Optional<String> hint) {

    public static Diagnostic error(Location at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(Location at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * {@code file:line:column: severity: message}, with an absolute path shown relative to {@code base}
     * when inside it; a relative path (a page of the built site) is shown as it is. Control
     * characters, which content may hold, are shown escaped (see {@link ControlCharacters}).
     */
    public String format(Path base) {
        Path root = base.toAbsolutePath().normalize();
        Path path = file.normalize();
        String shown = (path.isAbsolute() && path.startsWith(root) ? root.relativize(path) : path).toString().replace('\\', '/');
        StringBuilder out = new StringBuilder(ControlCharacters.escape(shown));
        if (line > 0) {
            out.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        out.append(": ").append(severity.label()).append(": ").append(ControlCharacters.escape(message));
        hint.ifPresent(h -> out.append("\n  hint: ").append(ControlCharacters.escape(h)));
        return out.toString();
    }
}
