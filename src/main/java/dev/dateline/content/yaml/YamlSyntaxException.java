package dev.dateline.content.yaml;

import dev.dateline.diagnostics.Location;

/** YAML that cannot be parsed, with where the parser stopped and how to fix it. */
public final class YamlSyntaxException extends RuntimeException {
    private final transient Location location;
    private final String hint;

    YamlSyntaxException(Location location, SyntaxProblem problem) {
        super(problem.message());
        this.location = location;
        this.hint = problem.hint();
    }

    public Location location() {
        return location;
    }

    public String hint() {
        return hint;
    }
}
