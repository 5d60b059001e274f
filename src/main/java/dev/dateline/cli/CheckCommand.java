package dev.dateline.cli;

import dev.dateline.Dateline;
import dev.dateline.publish.LinkChecker;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the content, then builds the site in memory and checks that every internal "
                + "link and #anchor resolves; reports every problem, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatelineCommand dateline;

    @Mixin
    ContentOptions options;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Check the links as published at this URL (default: baseUrl in site.yaml, "
                    + "else a project path such as GitHub Pages uses).")
    URI baseUrl;

    @Override
    public Integer call() {
        Optional<URI> base = Optional.ofNullable(baseUrl);
        Dateline.CheckResult result = new Dateline(dateline.resolve(options.templates))
                .checkSite(dateline.resolve(options.content), base);
        dateline.diagnosticPrinter().print(result.diagnostics());
        String summary = result.diagnostics().summary();
        if (result.diagnostics().hasErrors()) {
            spec.commandLine().getErr().println("check failed: " + summary);
            return ExitCodes.CONTENT_ERRORS;
        }
        LinkChecker.Report links = result.links().orElseThrow();
        spec.commandLine().getOut().printf("content is valid: %s; all %d internal links in %d pages resolve%n",
                summary, links.links(), links.pages());
        return ExitCodes.OK;
    }
}
