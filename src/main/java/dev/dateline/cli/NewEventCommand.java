package dev.dateline.cli;

import dev.dateline.content.ContentLoader;
import dev.dateline.content.ContentWriter;
import dev.dateline.content.Slugs;
import dev.dateline.model.Actor;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Event;
import dev.dateline.model.EventKind;
import dev.dateline.model.InvalidDateException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Writes a new event file, named after its title, into a timeline's events/ folder.")
final class NewEventCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    NewCommand parent;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--timeline", required = true, paramLabel = "ID", description = "The timeline's id (its folder name).")
    String timeline;

    @Option(names = "--date", required = true, paramLabel = "DATE",
            description = "When it happened, in EDTF: 2017, 2017-07, 2017-07-09, 2017-07-09T20:45-04:00, 2017-07-08~, "
                    + "-0044, Y-13800000000, 2001-21 (spring), 201X, 1985-04-XX, 1985/.. ...")
    String date;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "A short headline.")
    String title;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "context",
            description = "statement, confirmation, reversal, reaction, meeting, report or context (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--actor", paramLabel = "ID", description = "An actor id from timeline.yaml; repeat for more.")
    List<String> actors = new ArrayList<>();

    @Override
    public Integer call() {
        Path contentDir = parent.dateline.resolve(content);
        Path folder = contentDir.resolve(timeline);
        if (!Files.isRegularFile(folder.resolve("timeline.yaml"))) {
            throw new ParameterException(spec.commandLine(), "there is no timeline `" + timeline + "`: " + folder
                    + " has no timeline.yaml");
        }
        EdtfDate when = parseDate();
        EventKind eventKind = EventKind.fromId(kind).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--kind must be one of " + String.join(", ", EventKind.ids()) + ", not `" + kind + "`"));
        if (title.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--title must not be empty");
        }
        knownActors(contentDir).ifPresent(this::checkActors);
        Path events = folder.resolve("events");
        String base = Slugs.of(title).isEmpty() ? "event" : Slugs.of(title);
        String id = Slugs.unique(base, existingIds(events));
        Path file = events.resolve(id + ".md");
        Event event = new Event(id, when, Optional.empty(), title.strip(), eventKind, actors, List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), List.of(), "", file);
        try {
            Files.createDirectories(events);
            Files.writeString(file, new ContentWriter().eventFile(event), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("wrote " + content.resolve(timeline).resolve("events").resolve(file.getFileName())
                + "; write what happened below its front matter");
        return ExitCodes.OK;
    }

    private EdtfDate parseDate() {
        try {
            return EdtfDate.parse(date.strip());
        } catch (InvalidDateException e) {
            throw new ParameterException(spec.commandLine(), "--date `" + date + "` is not a date: " + e.getMessage()
                    + "\n  hint: " + e.hint());
        }
    }

    /** The timeline's actor ids, when the content loads; otherwise the actors are checked by the next build. */
    private Optional<Set<String>> knownActors(Path contentDir) {
        return new ContentLoader().load(contentDir).site()
                .flatMap(site -> site.timelines().stream().filter(t -> t.id().equals(timeline)).findFirst())
                .map(t -> new HashSet<>(t.actors().stream().map(Actor::id).toList()));
    }

    private void checkActors(Set<String> known) {
        for (String actor : actors) {
            if (!known.contains(actor)) {
                throw new ParameterException(spec.commandLine(), "--actor `" + actor + "` is not an actor of `" + timeline
                        + "`; its actors are: " + String.join(", ", known.stream().sorted().toList())
                        + " (add new ones under `actors:` in timeline.yaml)");
            }
        }
    }

    private static Set<String> existingIds(Path events) {
        Set<String> ids = new HashSet<>();
        if (Files.isDirectory(events)) {
            try (Stream<Path> files = Files.list(events)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                        .forEach(n -> ids.add(n.substring(0, n.length() - 3)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }
}
