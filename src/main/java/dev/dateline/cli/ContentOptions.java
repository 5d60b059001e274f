package dev.dateline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the content and the theme are: shared by the commands that read them. */
final class ContentOptions {
    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "The theme folder: templates, assets and messages (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--verbose", description = "Show the full cause of unexpected failures.")
    boolean verbose;
}
