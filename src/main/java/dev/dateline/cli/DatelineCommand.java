package dev.dateline.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "dateline",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds dated timeline websites from structured content.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:success",
            "1:the content has errors",
            "2:the command line is wrong",
            "3:the site could not be written"})
final class DatelineCommand implements Runnable {
    /** The subcommands by name, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("serve", ServeCommand::new);
        return Collections.unmodifiableMap(commands);
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Path workingDirectory;

    DatelineCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    /**
     * The command line for {@code args}. Picocli reads the annotations of every command added,
     * which takes a noticeable part of a small build: when {@code args} name a subcommand, only
     * that one is added; otherwise (help, a typo) all are, so help lists them and typos get
     * suggestions.
     */
    static CommandLine commandLine(Path workingDirectory, String... args) {
        CommandLine commandLine = new CommandLine(new DatelineCommand(workingDirectory));
        boolean named = args.length > 0 && SUBCOMMANDS.containsKey(args[0]);
        SUBCOMMANDS.forEach((name, command) -> {
            if (!named || name.equals(args[0])) {
                commandLine.addSubcommand(command.get());
            }
        });
        return commandLine;
    }

    /** {@code path} as given on the command line, read from the working directory the command runs in. */
    Path resolve(Path path) {
        return workingDirectory.resolve(path);
    }

    DiagnosticPrinter diagnosticPrinter() {
        return new DiagnosticPrinter(spec.commandLine().getErr(), workingDirectory);
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, import, new or serve");
    }
}
