package dev.dateline.content.yaml;

import java.util.List;
import java.util.Optional;

/**
 * What a YAML parser's complaint means to someone who edits YAML by hand: the common mistakes
 * in plain words with a fix, anything else as the parser put it.
 */
record SyntaxProblem(String message, String hint) {
    private static final String GENERIC_HINT =
            "check the indentation, and quote values that contain `: ` or start with a special character";

    private record Known(String context, String problem, String message, String hint) {
        boolean matches(String parserContext, String parserProblem) {
            return parserContext.contains(context) && parserProblem.contains(problem);
        }
    }

    private static final List<Known> KNOWN = List.of(
            new Known("", "mapping values are not allowed here",
                    "`: ` inside a value, where YAML expects a new field",
                    "if it is part of the value, put the whole value in double quotes, e.g. title: \"G20: Trump and Putin meet\"; "
                            + "if it is a field of its own, indent it like the fields above"),
            new Known("", "cannot start any token. (Do not use \\t(TAB) for indentation)",
                    "a tab character; YAML is indented with spaces only", "replace the tab with spaces"),
            new Known("while scanning a quoted scalar", "found unexpected end of stream",
                    "the quoted value that starts here is never closed",
                    "end it with the same quote mark it starts with"),
            new Known("while parsing a flow sequence", "but got <stream end>",
                    "the list that starts here with `[` is never closed", "end it with `]`"),
            new Known("while parsing a flow mapping", "but got <stream end>",
                    "the mapping that starts here with `{` is never closed", "end it with `}`"),
            new Known("while scanning a simple key", "could not find expected ':'",
                    "a line that is not a `name: value` field",
                    "write `name: value`, or indent the line to continue the value above"),
            new Known("", "Document nesting depth",
                    "lists and mappings nested more than 500 levels deep",
                    "nothing in Dateline's content nests that deep; check the brackets"),
            new Known("while parsing a block mapping", "expected <block end>",
                    "the indentation does not match the lines above",
                    "indent the fields of one mapping by the same number of spaces"));

    static SyntaxProblem of(String context, String problem) {
        String parserContext = context == null ? "" : context.strip();
        String parserProblem = problem == null ? "the YAML cannot be read" : problem.strip();
        Optional<Known> known = KNOWN.stream().filter(k -> k.matches(parserContext, parserProblem)).findFirst();
        return known.map(k -> new SyntaxProblem(k.message(), k.hint()))
                .orElseGet(() -> new SyntaxProblem("YAML syntax: "
                        + (parserContext.isEmpty() ? parserProblem : parserContext + ": " + parserProblem), GENERIC_HINT));
    }
}
