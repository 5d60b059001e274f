package dev.dateline.content.yaml;

import dev.dateline.diagnostics.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML into a tree of located nodes, so that every later message can point at the
 * line and column of the value it is about. Thread-safe; build one and share it.
 */
public final class YamlReader {
    /** The streaming parser alone: the tree is built here, so no object mapper needs setting up. */
    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * Reads {@code text}, which starts at {@code firstLine} of {@code file}.
     *
     * @throws YamlSyntaxException with the location of the first syntax error
     */
    public YamlNode read(Path file, String text, int firstLine) {
        JsonParser parser = factory.createParser(ObjectReadContext.empty(), text);
        try (parser) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return new YamlMap(List.of(), new Location(file, firstLine, 1));
            }
            return new TreeBuilder(parser, file, text, firstLine).node(token);
        } catch (JacksonException e) {
            if (e.getCause() instanceof MarkedYamlEngineException marked) {
                throw syntaxError(marked, file, text, firstLine);
            }
            // a limit (such as nesting depth) is reported without a location: take where the parser was
            TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
            int line = at == null || at.getLineNr() < 1 ? firstLine : firstLine + at.getLineNr() - 1;
            int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            throw new YamlSyntaxException(new Location(file, line, column), SyntaxProblem.of(null, firstSentence(e.getOriginalMessage())));
        }
    }

    /**
     * Locates the error where the YAML parser found it; when that is the end of the text (an unclosed
     * list or quote), at the place where the unclosed thing began.
     */
    private static YamlSyntaxException syntaxError(MarkedYamlEngineException e, Path file, String text, int firstLine) {
        Optional<Mark> mark = e.getProblemMark()
                .filter(m -> m.getIndex() < text.codePointCount(0, text.length()) || e.getContextMark().isEmpty())
                .or(e::getContextMark);
        Location at = mark.map(m -> new Location(file, firstLine + m.getLine(), m.getColumn() + 1))
                .orElse(new Location(file, firstLine, 1));
        return new YamlSyntaxException(at, SyntaxProblem.of(e.getContext(), e.getProblem()));
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "the YAML cannot be read";
        }
        String oneLine = message.strip().replaceAll("\\s+", " ");
        int cut = oneLine.indexOf(" in reader,");
        return cut > 0 ? oneLine.substring(0, cut) : oneLine;
    }

    private static final class TreeBuilder {
        private final JsonParser parser;
        private final Path file;
        private final String[] lines;
        private final int firstLine;

        TreeBuilder(JsonParser parser, Path file, String text, int firstLine) {
            this.parser = parser;
            this.file = file;
            this.lines = text.split("\n", -1);
            this.firstLine = firstLine;
        }

        YamlNode node(JsonToken token) {
            Location at = here();
            refuseAnchorsAndAliases(at);
            return switch (token) {
                case START_OBJECT -> mapping(at);
                case START_ARRAY -> list(at);
                case VALUE_NULL -> new YamlScalar(null, at);
                default -> new YamlScalar(parser.getText(), quoted(at) ? at.plusColumns(1) : at);
            };
        }

        private YamlMap mapping(Location at) {
            List<YamlMap.Entry> entries = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                String key = parser.currentName();
                Location keyAt = here();
                YamlNode value = node(parser.nextToken());
                entries.add(new YamlMap.Entry(key, keyAt, value));
            }
            return new YamlMap(entries, at);
        }

        private YamlList list(Location at) {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                items.add(node(t));
            }
            return new YamlList(items, at);
        }

        /**
         * YAML's anchors ({@code &name}) and aliases ({@code *name}) repeat a value elsewhere; the
         * parser underneath gives an alias as the anchor's name, not its value, and a chain of
         * them can blow up. Content has no use for them: each is an error where it is written.
         */
        private void refuseAnchorsAndAliases(Location at) {
            if (!(parser instanceof YAMLParser yaml)) {
                return;
            }
            if (yaml.isCurrentAlias()) {
                throw new YamlSyntaxException(at, new SyntaxProblem("a YAML alias `*" + parser.getText()
                        + "`; Dateline does not read anchors and aliases", "write the value itself here"));
            }
            Object anchor = yaml.getObjectId();
            if (anchor != null) {
                throw new YamlSyntaxException(at, new SyntaxProblem("a YAML anchor `&" + anchor
                        + "`; Dateline does not read anchors and aliases", "remove `&" + anchor
                        + "` and write the value itself wherever it is needed"));
            }
        }

        /** Whether the value at {@code at} starts with a quote, so that its text starts one column later. */
        private boolean quoted(Location at) {
            int line = at.line() - firstLine;
            int column = at.column() - 1;
            if (line < 0 || line >= lines.length || column < 0 || column >= lines[line].length()) {
                return false;
            }
            char c = lines[line].charAt(column);
            return c == '"' || c == '\'';
        }

        private Location here() {
            TokenStreamLocation loc = parser.currentTokenLocation();
            return new Location(file, firstLine + loc.getLineNr() - 1, loc.getColumnNr());
        }
    }
}
