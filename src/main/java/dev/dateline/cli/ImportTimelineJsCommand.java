package dev.dateline.cli;

import dev.dateline.content.ContentLoader;
import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.content.LoadResult;
import dev.dateline.diagnostics.Severity;
import dev.dateline.interop.ImportReport;
import dev.dateline.interop.ImportWriter;
import dev.dateline.interop.TimelineJsImporter;
import dev.dateline.model.SiteConfig;
import dev.dateline.publish.OutputRefusedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "timelinejs", mixinStandardHelpOptions = true,
        description = {"Imports a TimelineJS3 JSON file or the CSV that Google Sheets exports from the TimelineJS "
                + "template as a timeline folder (timeline.yaml and events/*.md).",
                "Everything that cannot be carried over is reported. Writes site.yaml too when the content folder has none."})
final class ImportTimelineJsCommand implements Callable<Integer> {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    @Spec
    CommandSpec spec;

    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The TimelineJS JSON or CSV file.")
    Path file;

    @Option(names = "--into", required = true, paramLabel = "DIR",
            description = "The timeline folder to write, e.g. content/my-story; its name is the timeline's id.")
    Path into;

    @Option(names = "--force", description = "Replace the --into folder when it holds a timeline (timeline.yaml). "
            + "Never the project or content folder, nor a folder holding .git.")
    boolean force;

    @Option(names = "--language", paramLabel = "TAG",
            description = "The timeline's language (BCP 47); default: the site's, else en.")
    String language;

    @Option(names = "--time-zone", paramLabel = "ZONE",
            description = "The IANA time zone that TimelineJS times are read in; default: the site's, else UTC.")
    String timeZone;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path source = parent.dateline.resolve(file);
        Path target = parent.dateline.resolve(into).normalize();
        checkArguments(source, target);
        ImportWriter writer = new ImportWriter();
        try {
            writer.checkTarget(target, parent.dateline.resolve(Path.of("")), force);
        } catch (OutputRefusedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        Path content = target.getParent();
        ContentLoader loader = new ContentLoader();
        Diagnostics siteProblems = new Diagnostics();
        Optional<SiteConfig> site = Files.isRegularFile(content.resolve("site.yaml"))
                ? loader.siteConfig(content, siteProblems) : Optional.empty();
        if (siteProblems.hasErrors()) {
            parent.dateline.diagnosticPrinter().print(siteProblems);
            err.println("import failed: fix site.yaml first; nothing was written");
            return ExitCodes.CONTENT_ERRORS;
        }
        String lang = Optional.ofNullable(language).map(this::checkLanguage)
                .orElse(site.map(SiteConfig::language).orElse("en"));
        ZoneId zone = Optional.ofNullable(timeZone).map(this::checkZone)
                .orElse(site.map(SiteConfig::timeZone).orElse(ZoneId.of("UTC")));
        String id = target.getFileName().toString();
        ImportReport report = new ImportReport(file);
        Optional<TimelineJsImporter.Imported> imported = new TimelineJsImporter()
                .importFile(source, new TimelineJsImporter.Settings(id, lang, zone), report);
        report.lines().forEach(err::println);
        if (imported.isEmpty()) {
            err.println("import failed: " + summary(report) + "; nothing was written");
            return ExitCodes.CONTENT_ERRORS;
        }
        writer.write(imported.get(), target, parent.dateline.resolve(Path.of("")), force);
        SiteConfig fresh = new SiteConfig(imported.get().timeline().title(), lang, zone, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        writer.settleSite(content, id, site, fresh).ifPresent(note -> spec.commandLine().getOut().println(note));
        LoadResult check = loader.load(content);
        parent.dateline.diagnosticPrinter().print(check.diagnostics());
        var timeline = imported.get().timeline();
        spec.commandLine().getOut().printf("imported %d events, %d eras and %d actors into %s; %s%n",
                timeline.events().size(), timeline.eras().size(), timeline.actors().size(), into, summary(report));
        if (check.diagnostics().hasErrors()) {
            err.println("the content folder does not build yet: " + check.diagnostics().summary());
            return ExitCodes.CONTENT_ERRORS;
        }
        return ExitCodes.OK;
    }

    private void checkArguments(Path source, Path target) {
        if (!Files.isRegularFile(source)) {
            throw new ParameterException(spec.commandLine(), "there is no file " + file);
        }
        if (target.getFileName() == null || target.getParent() == null) {
            throw new ParameterException(spec.commandLine(), "--into must name a timeline folder inside the content "
                    + "folder, e.g. content/my-story, not " + into);
        }
        String id = target.getFileName().toString();
        if (!ID.matcher(id).matches()) {
            throw new ParameterException(spec.commandLine(), "the --into folder's name `" + id + "` is the timeline's id "
                    + "and must use a-z, 0-9 and single hyphens, e.g. content/g20-summit");
        }
    }

    private String checkLanguage(String tag) {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (!locale.getLanguage().isEmpty()) {
                return locale.toLanguageTag();
            }
        } catch (IllformedLocaleException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--language must be a BCP 47 tag such as en or nb, not `" + tag + "`");
    }

    private ZoneId checkZone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ParameterException(spec.commandLine(), "--time-zone must be an IANA zone such as Europe/Oslo, not `"
                    + zone + "`");
        }
    }

    private static String summary(ImportReport report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
