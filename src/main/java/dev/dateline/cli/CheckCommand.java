package dev.dateline.cli;

import dev.dateline.Dateline;
import dev.dateline.content.LoadResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks the content and reports every problem, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    DatelineCommand dateline;

    @Mixin
    ContentOptions options;

    @Override
    public Integer call() {
        LoadResult result = new Dateline(dateline.resolve(options.templates)).check(dateline.resolve(options.content));
        dateline.diagnosticPrinter().print(result.diagnostics());
        String summary = result.diagnostics().summary();
        if (result.diagnostics().hasErrors()) {
            spec.commandLine().getErr().println("check failed: " + summary);
            return ExitCodes.CONTENT_ERRORS;
        }
        spec.commandLine().getOut().println("content is valid: " + summary);
        return ExitCodes.OK;
    }
}
