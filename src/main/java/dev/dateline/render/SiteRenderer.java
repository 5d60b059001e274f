package dev.dateline.render;

import dev.dateline.cache.BuildCache;
import dev.dateline.model.Event;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import dev.dateline.render.view.EntryView;
import dev.dateline.render.view.EventPage;
import dev.dateline.render.view.NotFoundPage;
import dev.dateline.render.view.OverviewView;
import dev.dateline.render.view.Page;
import dev.dateline.render.view.PageMeta;
import dev.dateline.render.view.PageView;
import dev.dateline.render.view.RedirectPage;
import dev.dateline.render.view.TimelinePage;
import dev.dateline.render.view.TimelineView;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the pages of a site with a theme: per timeline its page and one permalink page per
 * event, and the site's 404 page. Each page is a record of {@code render.view} rendered by one call
 * of its template. Built once per theme; thread-safe.
 */
public final class SiteRenderer {
    private final ThemeEngine engine;
    private final Assets assets;
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final ScriptJson json = new ScriptJson();
    private final BuildCache cache;

    /** A whole page. */
    private record PageKey(String path) implements BuildCache.Key<RenderedPage> {
    }

    private final boolean parallel;
    /** The styles only the pages of long timelines need, inlined there so that other pages stay as they are. */
    private static final String SECTION_CSS = "section.css";
    private final String sectionCss;
    /**
     * The script and styles of the search box of long timelines' pages (theme files beside
     * section.css, published only by sites that have such pages), or null when the theme has none.
     */
    private static final String SEARCH_JS = "search.js";
    private final Asset searchScript;
    private final String searchCss;

    public SiteRenderer(Path templates) {
        this(templates, true);
    }

    /** A renderer that renders pages in parallel, or one after another. */
    public SiteRenderer(Path templates, boolean parallel) {
        this(templates, parallel, BuildCache.NONE);
    }

    /**
     * A renderer that renders pages in parallel or one after another and keeps what it made in
     * {@code cache}: the preview's remembers pages, so that later builds render only the pages whose
     * inputs changed.
     */
    public SiteRenderer(Path templates, boolean parallel, BuildCache cache) {
        this.cache = cache;
        this.engine = new ThemeEngine(templates, cache);
        this.assets = Assets.load(templates.resolve("assets"));
        this.sectionCss = inlineCss(templates.resolve(SECTION_CSS));
        this.searchCss = inlineCss(templates.resolve("search.css"));
        this.searchScript = searchScript(templates.resolve(SEARCH_JS));
        this.parallel = parallel;
    }

    private static Asset searchScript(Path file) {
        try {
            return Files.isRegularFile(file) ? Assets.asset(SEARCH_JS, Files.readAllBytes(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The search box of the timeline's pages, when the site has search and the theme a search script;
     * else null. It narrows the search to its timeline only where the site has other long timelines:
     * a filter costs the reader the download of Pagefind's filter index.
     */
    private SearchBox searchBox(Site site, Timeline timeline) {
        boolean others = site.timelines().stream().filter(PeriodPlanner::splits).count() > 1;
        return site.config().search() && searchScript != null
                ? SearchBox.of(timeline, others, messages(timeline), searchScript.publishedPath()) : null;
    }

    /** A theme's stylesheet, minified, to go inline in a page; null when the theme has none. */
    private static String inlineCss(Path file) {
        try {
            return Files.isRegularFile(file) ? CssMinifier.minify(Files.readString(file)) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The styles of the pages of long timelines, or null when the theme has none. */
    String sectionCss() {
        return sectionCss;
    }

    public Assets assets() {
        return assets;
    }

    public ThemeEngine engine() {
        return engine;
    }

    /** What this renderer keeps between builds: the preview's cache, or {@link BuildCache#NONE}. */
    public BuildCache cache() {
        return cache;
    }

    /** Whether this renderer works on all cores, or one thing after another. */
    public boolean parallel() {
        return parallel;
    }

    public MarkdownRenderer markdown() {
        return markdown;
    }

    /**
     * Renders every page, in parallel on all cores (each page is the same as when they are
     * rendered one after another), then the images the events show, into {@code out} as soon as
     * each is made; {@code out} must be thread-safe.
     */
    public void render(Site site, Consumer<RenderedPage> out) {
        UrlLayout urls = new UrlLayout(site);
        Images images = Images.of(site);
        List<Supplier<RenderedPage>> jobs = new ArrayList<>();
        boolean searched = false;
        for (Timeline timeline : site.timelines()) {
            Optional<PeriodPlanner.Period> periods = new PeriodPlanner(site.config().timeZone())
                    .plan(timeline, urls.timeline(timeline), cache);
            ViewFactory views = views(site, timeline, urls, images,
                    periods.map(SectionRenderer::listings).orElse(Map.of()));
            SearchBox search = periods.isPresent() ? searchBox(site, timeline) : null;
            searched |= search != null;
            if (periods.isPresent()) {
                jobs.addAll(new SectionRenderer(this, site, timeline, urls, views, messages(timeline), periods.get(), search).jobs());
            } else {
                jobs.add(() -> timelinePage(site, timeline, urls, views, urls.timeline(timeline)));
            }
            if (urls.isHome(timeline)) {
                jobs.add(() -> redirectPage(site, timeline, urls.ownTimelinePage(timeline), urls.timeline(timeline)));
            }
            for (int i = 0; i < timeline.events().size(); i++) {
                int index = i;
                jobs.add(() -> eventPage(site, timeline, urls, views, index, search));
            }
        }
        if (searched) {
            out.accept(new RenderedPage(searchScript.publishedPath(), searchScript.bytes()));
        }
        if (parallel) {
            // a task per page, which idle workers take one by one: a parallel stream cuts the list
            // into a few runs of pages, and the run that holds the long section pages was left to
            // one core (10,000 events of bench/, search off: 7.0-7.3 s against 7.7-8.0 s)
            ForkJoinTask.invokeAll(jobs.stream().map(job -> ForkJoinTask.adapt(() -> out.accept(job.get()))).toList());
        } else {
            jobs.stream().map(Supplier::get).forEach(out);
        }
        images.all().forEach(image -> out.accept(new RenderedPage(image.publishedPath(), image.bytes())));
    }

    private ViewFactory views(Site site, Timeline timeline, UrlLayout urls, Images images, Map<String, String> listings) {
        return new ViewFactory(site, timeline, urls, messages(timeline), markdown, images, cache, listings);
    }

    private Messages messages(Timeline timeline) {
        return engine.messages().forLocale(Locale.forLanguageTag(timeline.language()));
    }

    private RenderedPage timelinePage(Site site, Timeline timeline, UrlLayout urls, ViewFactory views, String path) {
        TimelineView view = views.timelineHeader(path);
        // the structured data, the overview and the entries each take long for a long timeline, and
        // in the preview nothing else is left to do: they are made at once
        final class Parts {
            PageMeta meta;
            OverviewView overview;
            List<EntryView> entries;
        }
        Parts made = new Parts();
        Runnable structuredData = () -> made.meta = meta(timeline, urls, path, views.structuredData().timelinePage(path));
        Runnable overview = () -> made.overview = new OverviewBuilder(messages(timeline), views.dates(),
                site.config().timeZone()).build(timeline).orElse(null);
        Runnable list = () -> made.entries = entries(timeline, views, view, path);
        if (parallel) {
            Stream.of(overview, structuredData, list).parallel().forEach(Runnable::run);
        } else {
            structuredData.run();
            overview.run();
            list.run();
        }
        PageView page = page(site, path, timeline.language(), timeline.title(), views.plainText(timeline.standfirst()),
                canonical(site, urls.timeline(timeline)).orElse(null), made.meta, true);
        return html(new TimelinePage(page, view, made.overview, made.entries));
    }

    /** The items of the timeline's list, each made on its own (in parallel, so a long timeline is not one long job on one core). */
    private List<EntryView> entries(Timeline timeline, ViewFactory views, TimelineView view, String path) {
        Function<Event, EntryView> entry = event -> new EntryView(views.event(event, path),
                view.eras().stream().filter(era -> event.id().equals(era.firstEventId())).toList());
        return parallel ? timeline.events().parallelStream().map(entry).toList() : timeline.events().stream().map(entry).toList();
    }

    private RenderedPage eventPage(Site site, Timeline timeline, UrlLayout urls, ViewFactory views, int index, SearchBox search) {
        List<Event> events = timeline.events();
        Event event = events.get(index);
        String path = urls.event(timeline, event);
        // the page shows the event, its neighbours and what they relate to: the same model, the same page
        return cache.get(new PageKey(path), () -> List.of(site.config(), timeline.withEvents(List.of()), views.inputs(event),
                index > 0 ? views.inputs(events.get(index - 1)) : List.of(),
                index + 1 < events.size() ? views.inputs(events.get(index + 1)) : List.of(),
                search == null ? List.of() : search), () -> {
            PageMeta meta = meta(timeline, urls, path, views.structuredData().eventPage(event, path));
            PageView page = page(site, path, timeline.language(), event.title() + " – " + timeline.title(),
                    views.dates().text(event.date()) + ": " + views.plainText(event.body()),
                    canonical(site, path).orElse(null), meta, false);
            page = withSearch(page, null, search);
            return render(new EventPage(page, views.timelineHeader(path), views.event(event, path),
                    index > 0 ? views.event(events.get(index - 1), path) : null,
                    index + 1 < events.size() ? views.event(events.get(index + 1), path) : null));
        });
    }

    /** A small page that sends readers on to where a timeline lives, e.g. from its own folder to the home page. */
    private RenderedPage redirectPage(Site site, Timeline timeline, String path, String target) {
        PageMeta meta = new PageMeta("website", ogLocale(timeline.language()), null, null, null);
        PageView page = page(site, path, timeline.language(), timeline.title(), timeline.title(),
                canonical(site, target).orElse(null), meta, false);
        return html(new RedirectPage(page, UrlLayout.relative(path, target)));
    }

    /**
     * The site's 404 page. GitHub Pages serves it at any depth, so its links cannot be relative:
     * the home link is absolute when the base URL is known, and the styles are inlined.
     */
    public RenderedPage notFoundPage(Site site) {
        String language = site.config().language();
        Messages messages = engine.messages().forLocale(Locale.forLanguageTag(language));
        String home = site.config().baseUrl().map(u -> u.getRawPath()).orElse("/");
        String css = assets.find("style.css").map(a -> new String(a.bytes(), StandardCharsets.UTF_8)).orElse("");
        PageMeta meta = new PageMeta("website", ogLocale(language), null, null, null);
        return html(new NotFoundPage(new PageView(UrlLayout.NOT_FOUND, language, messages.get("notFound.title"),
                messages.get("notFound.text"), site.config().title(), null, home, null, null, css, meta)));
    }

    PageView page(Site site, String path, String lang, String title, String description, String canonical,
            PageMeta meta, boolean script) {
        String css = assetHref(path, "style.css");
        String js = script ? assetHref(path, "timeline.js") : null;
        return new PageView(path, lang, title, shorten(description, 200), site.config().title(), canonical,
                UrlLayout.relative(path, UrlLayout.HOME), css, js, null, meta);
    }

    /**
     * The page with the inline styles {@code css} (null for none) and, unless {@code search} is null,
     * the search box with its styles after them.
     */
    PageView withSearch(PageView p, String css, SearchBox search) {
        String inline = css;
        if (search != null && searchCss != null) {
            inline = css == null ? searchCss : css + searchCss;
        }
        return new PageView(p.path(), p.lang(), p.title(), p.description(), p.siteTitle(), p.canonical(), p.homeHref(),
                p.cssHref(), p.jsHref(), inline, p.meta(), search == null ? null : search.on(p.path()));
    }

    private String assetHref(String page, String name) {
        return assets.find(name).map(a -> UrlLayout.relative(page, a.publishedPath())).orElse(null);
    }

    PageMeta meta(Timeline timeline, UrlLayout urls, String path, ObjectNode jsonLd) {
        return new PageMeta("article", ogLocale(timeline.language()), json.write(jsonLd),
                UrlLayout.relative(path, urls.timelineFile(timeline, UrlLayout.FEED)), timeline.title());
    }

    /** Open Graph wants language_TERRITORY: the tag's own region, else the theme's {@code site.ogLocale}. */
    private String ogLocale(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getCountry().isEmpty()) {
            return locale.getLanguage() + "_" + locale.getCountry();
        }
        return engine.messages().forLocale(locale).find("site.ogLocale").orElse(locale.getLanguage());
    }

    static Optional<String> canonical(Site site, String path) {
        return site.config().baseUrl().map(base -> base.resolve(UrlLayout.pretty(path)).toString());
    }

    /** The page, rendered again only when its model changed. */
    RenderedPage html(Page model) {
        return cache.get(new PageKey(model.page().path()), () -> model, () -> render(model));
    }

    /** The page, rendered now; for callers that remember pages by their own inputs. */
    RenderedPage render(Page model) {
        return new RenderedPage(model.page().path(), engine.render(model).getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets parsed templates and rendered pages, after a template file changed. */
    public void clearCaches() {
        engine.clearCache();
        cache.clear();
    }

    static String shorten(String text, int max) {
        String flat = PlainText.oneLine(text);
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > 0 ? cut : max - 1) + "…";
    }
}
