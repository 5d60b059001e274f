package dev.dateline.cli;

import dev.dateline.Dateline;
import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.publish.OutputRefusedException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site into the output folder. A failed build leaves the previous output untouched.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatelineCommand dateline;

    @Mixin
    ContentOptions options;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "The output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "The absolute URL the site is published at, e.g. https://owner.github.io/repo/ "
                    + "(overrides baseUrl in site.yaml).")
    URI baseUrl;

    @Option(names = "--force", description = "Replace the output folder even if Dateline did not create it.")
    boolean force;

    @Override
    public Integer call() {
        Optional<URI> base = Optional.ofNullable(baseUrl);
        long started = System.nanoTime();
        Dateline.Written result;
        try {
            result = new Dateline(dateline.resolve(options.templates))
                    .buildInto(dateline.resolve(options.content), dateline.resolve(out), base, force);
        } catch (OutputRefusedException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Diagnostics diagnostics = result.diagnostics();
        dateline.diagnosticPrinter().print(diagnostics);
        if (result.summary().isEmpty()) {
            spec.commandLine().getErr().println("build failed: " + diagnostics.summary() + "; " + out + " is unchanged");
            return ExitCodes.CONTENT_ERRORS;
        }
        Dateline.Summary site = result.summary().get();
        long millis = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().printf("built %d files (%,d bytes; %d written) into %s in %d ms; %s%s%n",
                site.files(), site.bytes(), site.changed(), out, millis, diagnostics.summary(),
                site.hasBaseUrl() ? "" : "; no base URL (--base-url): the site is relative and portable, "
                        + "without canonical links or sitemap, and 404.html links home to /");
        return ExitCodes.OK;
    }
}
