package dev.dateline.content;

import dev.dateline.cache.BuildCache;
import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.diagnostics.Location;
import dev.dateline.content.yaml.YamlNode;
import dev.dateline.content.yaml.YamlReader;
import dev.dateline.content.yaml.YamlSyntaxException;
import dev.dateline.model.Site;
import dev.dateline.model.SiteConfig;
import dev.dateline.model.Timeline;
import java.util.stream.IntStream;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a content folder ({@code site.yaml}, and per timeline {@code timeline.yaml} and
 * {@code events/*.md}) into the model, collecting every problem on the way.
 * Thread-safe.
 */
public final class ContentLoader {
    private final YamlReader yaml = new YamlReader();
    /**
     * How old a file must have been when it was read for a remembering loader to trust, later,
     * that an unchanged size and modification time mean unchanged text.
     */
    public static final Duration SETTLED = Duration.ofSeconds(2);

    private final ReadCache<LoadedEvent> readEvents;
    private final ReadCache<LoadedTimeline> readTimelines;
    private final ReadCache<SiteConfig> readSites;

    public ContentLoader() {
        this(BuildCache.NONE);
    }

    /**
     * A loader that keeps what it read in {@code cache}: the preview's remembers, so that loading the
     * same folder again reads and parses only the files that changed.
     */
    public ContentLoader(BuildCache cache) {
        this.readEvents = new ReadCache<>(cache, LoadedEvent.class);
        this.readTimelines = new ReadCache<>(cache, LoadedTimeline.class);
        this.readSites = new ReadCache<>(cache, SiteConfig.class);
    }

    public LoadResult load(Path contentDir) {
        Diagnostics diagnostics = new Diagnostics();
        if (!Files.isDirectory(contentDir)) {
            diagnostics.error(Location.of(contentDir), "the content folder does not exist",
                    "run Dateline in the folder that holds content/, or pass --content DIR");
            return new LoadResult(Optional.empty(), diagnostics);
        }
        Path siteFile = contentDir.resolve("site.yaml");
        List<Path> folders = timelineFolders(contentDir);
        List<String> timelineIds = folders.stream().map(dir -> dir.getFileName().toString()).toList();
        Optional<SiteConfig> config = Files.isRegularFile(siteFile)
                ? readSites.read(siteFile, timelineIds, diagnostics, (text, found) -> parseSiteConfig(siteFile, text, timelineIds, found))
                : missingFile(siteFile, "the site has no site.yaml", "create it with title, language and timeZone", diagnostics);
        String language = config.map(SiteConfig::language).orElse("en");
        List<LoadedTimeline> timelines = new ArrayList<>();
        for (Path dir : folders) {
            timeline(dir, language, diagnostics).ifPresent(timelines::add);
        }
        if (folders.isEmpty()) {
            diagnostics.error(Location.of(contentDir), "the content folder holds no timeline",
                    "add a folder with a timeline.yaml and an events/ folder");
        }
        // cross-file checks run even when site.yaml has errors, so that one run reports every problem
        ZoneId zone = config.map(SiteConfig::timeZone).orElse(ZoneOffset.UTC);
        long maxImageBytes = config.map(SiteConfig::maxImageBytes).orElse(SiteConfig.DEFAULT_MAX_IMAGE_BYTES);
        List<Timeline> checked = new SiteAssembler(diagnostics, maxImageBytes).check(timelines, zone);
        Optional<Site> site = config.flatMap(c -> SiteAssembler.assemble(c, checked));
        return new LoadResult(diagnostics.hasErrors() ? Optional.empty() : site, diagnostics);
    }

    /** Only the settings of {@code site.yaml} in {@code contentDir}, with their problems in {@code diagnostics}. */
    public Optional<SiteConfig> siteConfig(Path contentDir, Diagnostics diagnostics) {
        Path siteFile = contentDir.resolve("site.yaml");
        List<String> timelineIds = timelineFolders(contentDir).stream().map(dir -> dir.getFileName().toString()).toList();
        return TextFiles.read(siteFile, diagnostics).flatMap(text -> parseSiteConfig(siteFile, text, timelineIds, diagnostics));
    }

    private Optional<SiteConfig> parseSiteConfig(Path file, String text, List<String> timelineIds, Diagnostics diagnostics) {
        return yaml(file, text, "site.yaml", diagnostics).flatMap(f -> SiteConfigReader.read(f, timelineIds));
    }

    private Optional<LoadedTimeline> timeline(Path dir, String siteLanguage, Diagnostics diagnostics) {
        String id = dir.getFileName().toString();
        Path file = dir.resolve("timeline.yaml");
        if (!Ids.isValid(id)) {
            diagnostics.error(Location.of(dir), "the folder name `" + id + "` is not a valid timeline id",
                    "rename the folder; " + Ids.hint(id));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return missingFile(file, "the timeline folder has no timeline.yaml",
                    "create it with at least title, standfirst and actors", diagnostics);
        }
        Optional<LoadedTimeline> timeline = readTimelines.read(file, siteLanguage, diagnostics, (text, found) ->
                yaml(file, text, "timeline.yaml", found).flatMap(f -> TimelineReader.read(id, siteLanguage, f)));
        List<LoadedEvent> events = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        // event files are read in parallel, each with diagnostics of its own, merged in file order
        List<Path> files = eventFiles(dir.resolve("events"));
        List<Diagnostics> found = files.stream().map(f -> new Diagnostics()).toList();
        List<Optional<LoadedEvent>> read = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> event(files.get(i), found.get(i))).toList();
        for (int i = 0; i < files.size(); i++) {
            found.get(i).sorted().forEach(diagnostics::add);
            Path eventFile = files.get(i);
            read.get(i).ifPresentOrElse(events::add, () -> unreadable.add(fileId(eventFile)));
        }
        return timeline.map(t -> t.withEvents(events, unreadable));
    }

    private Optional<LoadedEvent> event(Path file, Diagnostics diagnostics) {
        return readEvents.read(file, diagnostics, (text, found) -> event(file, text, found));
    }

    private Optional<LoadedEvent> event(Path file, String text, Diagnostics diagnostics) {
        String name = file.getFileName().toString();
        String defaultId = fileId(file);
        return Optional.of(text)
                .flatMap(t -> MarkdownFile.split(file, t, diagnostics))
                .flatMap(md -> parse(file, md.frontMatter(), MarkdownFile.FRONT_MATTER_FIRST_LINE, diagnostics)
                        .flatMap(node -> Fields.of(node, "the front matter", diagnostics))
                        .flatMap(fields -> {
                            if (fields.node("id").isEmpty() && !Ids.isValid(defaultId)) {
                                diagnostics.error(Location.of(file), "the file name `" + name
                                        + "` does not make a valid event id", "rename the file, or give an `id:` field; " + Ids.hint(defaultId));
                                return Optional.empty();
                            }
                            return EventReader.read(file, defaultId, md.body(), fields);
                        }));
    }

    private Optional<Fields> yaml(Path file, String text, String what, Diagnostics diagnostics) {
        return parse(file, text, 1, diagnostics).flatMap(node -> Fields.of(node, what, diagnostics));
    }

    private Optional<YamlNode> parse(Path file, String text, int firstLine, Diagnostics diagnostics) {
        try {
            return Optional.of(yaml.read(file, text, firstLine));
        } catch (YamlSyntaxException e) {
            diagnostics.error(e.location(), e.getMessage(), e.hint());
            return Optional.empty();
        }
    }

    private static <T> Optional<T> missingFile(Path file, String message, String hint, Diagnostics diagnostics) {
        diagnostics.error(Location.of(file), message, hint);
        return Optional.empty();
    }

    private static List<Path> timelineFolders(Path contentDir) {
        return list(contentDir).filter(Files::isDirectory).filter(p -> !hidden(p)).toList();
    }

    private static List<Path> eventFiles(Path eventsDir) {
        if (!Files.isDirectory(eventsDir)) {
            return List.of();
        }
        return list(eventsDir).filter(Files::isRegularFile).filter(p -> !hidden(p))
                .filter(p -> p.getFileName().toString().endsWith(".md")).toList();
    }

    private static String fileId(Path eventFile) {
        String name = eventFile.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    /** Dotfiles and editor leftovers ({@code x.md~}, {@code #x.md#}) are not content. */
    static boolean hidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~");
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
