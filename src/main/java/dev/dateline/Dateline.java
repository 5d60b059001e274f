package dev.dateline;

import dev.dateline.content.ContentLoader;
import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.content.LoadResult;
import dev.dateline.diagnostics.Location;
import dev.dateline.model.BaseUrl;
import dev.dateline.model.Site;
import dev.dateline.publish.LinkChecker;
import dev.dateline.publish.MemorySink;
import dev.dateline.publish.OutputWriter;
import dev.dateline.publish.PendingSite;
import dev.dateline.publish.Publisher;
import dev.dateline.publish.SiteOutput;
import dev.dateline.publish.SiteSink;
import dev.dateline.cache.BuildCache;
import dev.dateline.render.MissingMessageException;
import dev.dateline.render.SiteRenderer;
import dev.dateline.search.SearchIndex;
import dev.dateline.search.SearchUnavailableException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * The pipeline in one place: load and check content, render it with a theme, publish the
 * files. One instance per theme folder; reusable and thread-safe.
 */
public final class Dateline {
    /** Where {@link #checkSite} pretends a site without a base URL is published: a GitHub Pages-like project path. */
    public static final URI CHECK_BASE_URL = URI.create("https://dateline.invalid/project/");

    private final ContentLoader loader;
    private final Path templates;
    private final SiteRenderer renderer;
    private final Publisher publisher;
    /** Where Pagefind is looked for ({@link dev.dateline.search.Pagefind#find}). */
    private final Map<String, String> environment;
    /** Whether a build makes the search index itself; the preview makes it apart, after the build. */
    private final boolean indexes;

    public Dateline(Path templates) {
        this(templates, true);
    }

    /**
     * A pipeline that renders pages in parallel and finds Pagefind, for the search of long
     * timelines, by {@code environment} instead of the process's environment variables.
     */
    public Dateline(Path templates, Map<String, String> environment) {
        this(templates, new SiteRenderer(templates, true), environment, true);
    }

    /**
     * A pipeline for a long-running preview: it remembers what it read and rendered, so a build
     * after an edit parses only changed files and renders only the pages the edit concerns.
     */
    public static Dateline forPreview(Path templates) {
        return new Dateline(templates, new SiteRenderer(templates, true, BuildCache.inMemory()), System.getenv(), false);
    }

    /** A pipeline that renders pages in parallel on all cores, or one after another. */
    public Dateline(Path templates, boolean parallel) {
        this(templates, new SiteRenderer(templates, parallel), System.getenv(), true);
    }

    private Dateline(Path templates, SiteRenderer renderer, Map<String, String> environment, boolean indexes) {
        this.templates = templates;
        this.environment = Map.copyOf(environment);
        this.indexes = indexes;
        this.renderer = renderer;
        this.loader = new ContentLoader(renderer.cache());
        this.publisher = new Publisher(renderer);
    }

    /** The outcome of a build into a folder: every diagnostic, and what was written when there were no errors. */
    public record Written(Diagnostics diagnostics, Optional<Summary> summary) {
    }

    /**
     * What a build wrote: how many files and bytes the site has, how many of its files were new
     * or different from the output's, and whether it had a base URL.
     */
    public record Summary(int files, long bytes, int changed, boolean hasBaseUrl) {
    }

    /** The outcome of a build in memory: every diagnostic, and the files when there were no errors. */
    public record Result(Diagnostics diagnostics, Optional<SiteOutput> output) {
    }

    /** Loads and checks content without rendering. */
    public LoadResult check(Path content) {
        return loader.load(content);
    }

    /** Builds the site in memory; {@code baseUrl}, when given, overrides the one in site.yaml. */
    public Result build(Path content, Optional<URI> baseUrl) {
        return build(loader.load(content), baseUrl, content);
    }

    /** Builds in memory; with the search index when {@code content} is given (the check of links needs none). */
    private Result build(LoadResult loaded, Optional<URI> baseUrl, Path content) {
        Optional<Site> site = site(loaded, baseUrl);
        if (site.isEmpty()) {
            return new Result(loaded.diagnostics(), Optional.empty());
        }
        MemorySink files = new MemorySink();
        return publish(site.get(), files, loaded.diagnostics(), content)
                ? new Result(loaded.diagnostics(), Optional.of(files.output()))
                : new Result(loaded.diagnostics(), Optional.empty());
    }

    /** The site to publish: the loaded one, at the given base URL; empty when there were errors. */
    private Optional<Site> site(LoadResult loaded, Optional<URI> baseUrl) {
        Diagnostics diagnostics = loaded.diagnostics();
        if (!Files.isDirectory(templates)) {
            diagnostics.error(Location.of(templates), "the templates folder does not exist",
                    "run Dateline in the folder that holds templates/, or pass --templates DIR");
            return Optional.empty();
        }
        if (loaded.site().isEmpty()) {
            return Optional.empty();
        }
        Site site = loaded.site().get();
        Optional<URI> base = baseUrl.flatMap(BaseUrl::normalise);
        if (baseUrl.isPresent() && base.isEmpty()) {
            throw new IllegalArgumentException("not an absolute http(s) base URL: " + baseUrl.get());
        }
        return Optional.of(base.map(b -> new Site(site.config().withBaseUrl(b), site.timelines())).orElse(site));
    }

    /**
     * Publishes into {@code sink}, with the search index of the pages the theme marked for it (see
     * {@link SearchIndex}) unless this is the preview's pipeline or site.yaml turns search off; a
     * theme error or a search index that cannot be made becomes a diagnostic and gives false.
     * Without {@code content} no index is made. When {@code sink} writes the pages into a folder,
     * Pagefind reads them there.
     */
    private boolean publish(Site site, SiteSink sink, Diagnostics diagnostics, Path content) {
        boolean indexed = indexes && content != null && site.config().search();
        Path folder = sink instanceof PendingSite pending ? pending.folder() : null;
        try (SearchIndex search = new SearchIndex(environment, indexed ? project(content) : Path.of(""), folder)) {
            publisher.publish(site, indexed ? offering(sink, search) : sink);
            search.finish().forEach(sink::put);
            return true;
        } catch (SearchUnavailableException e) {
            diagnostics.error(Location.of(content.resolve("site.yaml")), e.getMessage(), e.hint());
        } catch (TemplateProcessingException e) {
            Path file = e.getTemplateName() == null ? templates : Path.of(e.getTemplateName());
            int line = e.getLine() == null ? 0 : e.getLine();
            int column = e.getCol() == null ? 0 : e.getCol();
            diagnostics.error(new Location(file, line, column), "template: " + rootMessage(e), null);
        } catch (MissingMessageException e) {
            diagnostics.error(Location.of(templates.resolve("messages")), e.getMessage(), null);
        }
        return false;
    }

    /**
     * {@code sink}, with each page also offered to {@code search}. Files written as streams (such as
     * timeline.json, too large to hold whole) go straight to the sink: search indexes pages only.
     */
    private static SiteSink offering(SiteSink sink, SearchIndex search) {
        return new SiteSink() {
            @Override
            public void put(String path, byte[] bytes) {
                sink.put(path, bytes);
                search.offer(path, bytes);
            }

            @Override
            public void write(String path, Content content) {
                sink.write(path, content);
            }
        };
    }

    /**
     * The search index of a built site, made apart from its build (as the preview does, after it
     * serves the new pages), with the Pagefind that {@code environment} and the project folder of
     * {@code content} give: the files to serve under {@link SearchIndex#FOLDER}, none when the site
     * has no pages marked for search (site.yaml may turn search off).
     *
     * @throws SearchUnavailableException when Pagefind is needed but missing or failed
     */
    public static Map<String, byte[]> searchIndex(SiteOutput site, Path content, Map<String, String> environment) {
        try (SearchIndex index = new SearchIndex(environment, project(content), null)) {
            site.files().forEach(index::offer);
            return index.finish();
        }
    }

    /** The project folder: the one that holds the content folder, and Pagefind's node_modules. */
    private static Path project(Path content) {
        Path absolute = content.toAbsolutePath().normalize();
        return absolute.getParent() == null ? absolute : absolute.getParent();
    }

    /** The outcome of a check: every diagnostic, and what the link check covered when the site could be built. */
    public record CheckResult(Diagnostics diagnostics, Optional<LinkChecker.Report> links) {
    }

    /**
     * Checks the content, then builds the site in memory and checks its links as served from the
     * base URL ({@code baseUrl}, else the one in site.yaml, else {@link #CHECK_BASE_URL}, a project
     * path, so that links which would only work at a domain root are found too).
     */
    public CheckResult checkSite(Path content, Optional<URI> baseUrl) {
        LoadResult loaded = loader.load(content);
        URI root = baseUrl.or(() -> loaded.site().flatMap(s -> s.config().baseUrl()))
                .flatMap(BaseUrl::normalise).orElse(CHECK_BASE_URL);
        Result built = build(loaded, Optional.of(root), null);
        if (built.output().isEmpty()) {
            return new CheckResult(built.diagnostics(), Optional.empty());
        }
        LinkChecker.Report report = new LinkChecker().check(built.output().get(), root);
        for (LinkChecker.BrokenLink link : report.broken()) {
            built.diagnostics().error(new Location(Path.of(link.page()), link.line(), link.column()),
                    "broken link `" + link.link() + "` in the built page: " + link.reason(),
                    "the link comes from the theme's templates or the content's Markdown");
        }
        return new CheckResult(built.diagnostics(), Optional.of(report));
    }

    /** Builds and, when there were no errors, swaps the new site into {@code out}. */
    public Written buildInto(Path content, Path out, Optional<URI> baseUrl, boolean force) {
        LoadResult loaded = loader.load(content);
        Optional<Site> site = site(loaded, baseUrl);
        if (site.isEmpty()) {
            return new Written(loaded.diagnostics(), Optional.empty());
        }
        try (PendingSite staged = new OutputWriter().stage(out, force)) {
            if (!publish(site.get(), staged, loaded.diagnostics(), content)) {
                return new Written(loaded.diagnostics(), Optional.empty());
            }
            staged.commit();
            return new Written(loaded.diagnostics(), Optional.of(new Summary(staged.fileCount(), staged.totalBytes(),
                    staged.changedCount(), site.get().config().baseUrl().isPresent())));
        }
    }

    /**
     * Forgets the parsed templates, so the next build reads the theme's template files again.
     * Assets and messages are read when the instance is made: for those, make a new one.
     */
    public void clearTemplateCache() {
        renderer.clearCaches();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof MissingMessageException) {
            return root.getMessage();
        }
        String message = e instanceof TemplateProcessingException t ? t.getMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
