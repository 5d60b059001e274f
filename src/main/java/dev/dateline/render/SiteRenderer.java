package dev.dateline.render;

import dev.dateline.model.Event;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import dev.dateline.render.view.EraView;
import dev.dateline.render.view.EventView;
import dev.dateline.render.view.OverviewView;
import dev.dateline.render.view.PageMeta;
import dev.dateline.render.view.PageView;
import dev.dateline.render.view.TimelineView;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders the pages of a site with a theme: per timeline its page and one permalink page per
 * event, and the site's 404 page. Built once per theme; thread-safe.
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

    /** An entry of a timeline's list. */
    private record EntryKey(String timeline, String event) implements BuildCache.Key<byte[]> {
    }

    /** The overview graphic of a timeline page. */
    private record OverviewKey(String path) implements BuildCache.Key<byte[]> {
    }

    /** The JSON-LD of a timeline page. */
    private record StructuredDataKey(String path) implements BuildCache.Key<byte[]> {
    }

    private final boolean parallel;

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
        this.engine = new ThemeEngine(templates);
        this.assets = Assets.load(templates.resolve("assets"));
        this.parallel = parallel;
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

    /** Whether this renderer remembers what it rendered between builds, as the preview's does. */
    public boolean remembers() {
        return cache.remembers();
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
        for (Timeline timeline : site.timelines()) {
            ViewFactory views = views(site, timeline, urls, images);
            jobs.add(() -> timelinePage(site, timeline, urls, views, urls.timeline(timeline)));
            if (urls.isHome(timeline)) {
                jobs.add(() -> redirectPage(site, timeline, urls.ownTimelinePage(timeline), urls.timeline(timeline)));
            }
            for (int i = 0; i < timeline.events().size(); i++) {
                int index = i;
                jobs.add(() -> eventPage(site, timeline, urls, views, index));
            }
        }
        jobs.add(() -> notFoundPage(site));
        if (parallel) {
            jobs.parallelStream().map(Supplier::get).forEach(out);
        } else {
            jobs.stream().map(Supplier::get).forEach(out);
        }
        images.all().forEach(image -> out.accept(new RenderedPage(image.publishedPath(), image.bytes())));
    }

    private ViewFactory views(Site site, Timeline timeline, UrlLayout urls, Images images) {
        return new ViewFactory(site, timeline, urls, messages(timeline), markdown, images, cache);
    }

    private Messages messages(Timeline timeline) {
        return engine.messages().forLocale(Locale.forLanguageTag(timeline.language()));
    }

    private RenderedPage timelinePage(Site site, Timeline timeline, UrlLayout urls, ViewFactory views, String path) {
        TimelineView view = views.timelineHeader(path);
        String canonical = canonical(site, urls.timeline(timeline)).orElse(null);
        Locale locale = Locale.forLanguageTag(timeline.language());
        // the structured data, the overview and the list each take long for a long timeline, and
        // in the preview nothing else is left to do: they are made at once
        final class Parts {
            PageMeta meta;
            byte[] structuredData;
            Optional<Overview> overview;
            List<byte[]> entries;
        }
        Parts made = new Parts();
        Runnable structuredData = () -> {
            made.meta = meta(timeline, urls, path, views.structuredData().timelinePage(path));
            // it lists every event: joined to the page as bytes, like the entries, it does not go through the template
            made.structuredData = cache.get(new StructuredDataKey(path), () -> made.meta.jsonLd(),
                    () -> HtmlWhitespace.compactToUtf8(made.meta.jsonLd()));
        };
        Runnable overview = () -> made.overview = overview(site, timeline, views, path, locale);
        Runnable list = () -> made.entries = entries(site, timeline, views, view, path);
        if (parallel) {
            // the overview, the longest when only one event changed, first
            Stream.of(overview, structuredData, list).parallel().forEach(Runnable::run);
        } else {
            structuredData.run();
            overview.run();
            list.run();
        }
        // the entries, the overview and the structured data are rendered apart and joined to the rest of the page as bytes
        List<byte[]> pieces = new ArrayList<>(made.entries);
        made.overview.ifPresent(o -> pieces.add(o.html()));
        pieces.add(made.structuredData);
        List<String> placeholders = EntrySplice.placeholders(pieces.size());
        Function<PageMeta, PageView> pageWith = meta -> page(site, path, timeline.language(), timeline.title(),
                views.plainText(timeline.standfirst()), canonical, meta, true);
        PageView page = pageWith.apply(made.meta.withJsonLd(placeholders.get(pieces.size() - 1)));
        Map<String, Object> variables = new HashMap<>(Map.of("page", page, "timeline", view,
                "entries", placeholders.subList(0, made.entries.size())));
        made.overview.ifPresent(o -> {
            variables.put("overview", o.view());
            variables.put("overviewHtml", placeholders.get(made.entries.size()));
        });
        // the pieces are compared as arrays, by identity: an unchanged piece is the one remembered
        return cache.get(new PageKey(path), () -> List.of("timeline", locale, variables, pieces), () -> {
            Optional<byte[]> joined = EntrySplice.join(engine.render("timeline", locale, variables), pieces);
            if (joined.isPresent()) {
                return new RenderedPage(path, joined.get());
            }
            List<String> texts = pieces.stream().map(piece -> new String(piece, StandardCharsets.UTF_8)).toList();
            variables.put("entries", texts.subList(0, made.entries.size()));
            made.overview.ifPresent(o -> variables.put("overviewHtml", texts.get(made.entries.size())));
            variables.put("page", pageWith.apply(made.meta));
            return renderHtml(path, "timeline", timeline.language(), variables);
        });
    }

    /** The overview graphic: its model, for the page's filters, and its HTML, compacted, in UTF-8. */
    private record Overview(OverviewView view, byte[] html) {
    }

    /** The timeline's overview, rendered on its own (in the preview only when it changed); empty for a timeline without events. */
    private Optional<Overview> overview(Site site, Timeline timeline, ViewFactory views, String path, Locale locale) {
        return new OverviewBuilder(messages(timeline), views.dates(), site.config().timeZone()).build(timeline)
                .map(o -> new Overview(o, cache.get(new OverviewKey(path), () -> List.of(locale, o), () -> HtmlWhitespace.compactToUtf8(
                        engine.renderFragment("overview", "overview", locale, Map.of("o", o))))));
    }

    /**
     * The items of the timeline's list, compacted, in UTF-8, each rendered on its own (in
     * parallel, and in the preview only when it changed), so that a long timeline is not one long
     * job on one core. An item the preview did not render again is the very same array as before.
     */
    private List<byte[]> entries(Site site, Timeline timeline, ViewFactory views, TimelineView view, String path) {
        Locale locale = Locale.forLanguageTag(timeline.language());
        Function<Event, byte[]> entry = event -> {
            List<EraView> eras = view.eras().stream().filter(era -> event.id().equals(era.firstEventId())).toList();
            // an entry shows the event, what it relates to and the actors' names: the same model, the same entry
            return cache.get(new EntryKey(timeline.id(), event.id()),
                    () -> List.of(path, site.config().timeZone(), timeline.actors(), views.inputs(event), eras),
                    () -> HtmlWhitespace.compactToUtf8(engine.render("entry", locale,
                            Map.of("e", views.event(event, path), "eras", eras))));
        };
        return parallel ? timeline.events().parallelStream().map(entry).toList() : timeline.events().stream().map(entry).toList();
    }

    private RenderedPage eventPage(Site site, Timeline timeline, UrlLayout urls, ViewFactory views, int index) {
        List<Event> events = timeline.events();
        Event event = events.get(index);
        String path = urls.event(timeline, event);
        // the page shows the event, its neighbours and what they relate to: the same model, the same page
        return cache.get(new PageKey(path), () -> List.of(site.config(), timeline.withEvents(List.of()), views.inputs(event),
                index > 0 ? views.inputs(events.get(index - 1)) : List.of(),
                index + 1 < events.size() ? views.inputs(events.get(index + 1)) : List.of()), () -> {
            EventView view = views.event(event, path);
            PageMeta meta = meta(timeline, urls, path, views.structuredData().eventPage(event, path));
            PageView page = page(site, path, timeline.language(), event.title() + " – " + timeline.title(),
                    views.dates().text(event.date()) + ": " + views.plainText(event.body()),
                    canonical(site, path).orElse(null), meta, false);
            Map<String, Object> variables = new HashMap<>();
            variables.put("page", page);
            variables.put("timeline", views.timelineHeader(path));
            variables.put("event", view);
            if (index > 0) {
                variables.put("previous", views.event(events.get(index - 1), path));
            }
            if (index + 1 < events.size()) {
                variables.put("next", views.event(events.get(index + 1), path));
            }
            return renderHtml(path, "event", timeline.language(), variables);
        });
    }


    /** A small page that sends readers on to where a timeline lives, e.g. from its own folder to the home page. */
    private RenderedPage redirectPage(Site site, Timeline timeline, String path, String target) {
        PageMeta meta = new PageMeta("website", ogLocale(timeline.language()), null, null, null);
        PageView page = page(site, path, timeline.language(), timeline.title(), timeline.title(),
                canonical(site, target).orElse(null), meta, false);
        return html(path, "redirect", timeline.language(),
                Map.of("page", page, "target", UrlLayout.relative(path, target)));
    }

    private RenderedPage notFoundPage(Site site) {
        String language = site.config().language();
        Messages messages = engine.messages().forLocale(Locale.forLanguageTag(language));
        // GitHub Pages serves 404.html at any depth, so its links cannot be relative:
        // the home link is absolute when the base URL is known, and the styles are inlined.
        String home = site.config().baseUrl().map(u -> u.getRawPath()).orElse("/");
        String css = assets.find("style.css").map(a -> new String(a.bytes(), StandardCharsets.UTF_8)).orElse("");
        PageMeta meta = new PageMeta("website", ogLocale(language), null, null, null);
        PageView page = new PageView(UrlLayout.NOT_FOUND, language, messages.get("notFound.title"),
                messages.get("notFound.text"), site.config().title(), null, home, null, null, css, meta);
        return html(UrlLayout.NOT_FOUND, "404", language, Map.of("page", page));
    }

    private PageView page(Site site, String path, String lang, String title, String description, String canonical,
            PageMeta meta, boolean script) {
        String css = assetHref(path, "style.css");
        String js = script ? assetHref(path, "timeline.js") : null;
        return new PageView(path, lang, title, shorten(description, 200), site.config().title(), canonical,
                UrlLayout.relative(path, UrlLayout.HOME), css, js, null, meta);
    }

    private String assetHref(String page, String name) {
        return assets.find(name).map(a -> UrlLayout.relative(page, a.publishedPath())).orElse(null);
    }

    private PageMeta meta(Timeline timeline, UrlLayout urls, String path, ObjectNode jsonLd) {
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

    private static Optional<String> canonical(Site site, String path) {
        return site.config().baseUrl().map(base -> base.resolve(UrlLayout.pretty(path)).toString());
    }

    private RenderedPage html(String path, String template, String language, Map<String, Object> variables) {
        return cache.get(new PageKey(path), () -> List.of(template, language, variables),
                () -> renderHtml(path, template, language, variables));
    }

    private RenderedPage renderHtml(String path, String template, String language, Map<String, Object> variables) {
        return new RenderedPage(path,
                HtmlWhitespace.compactToUtf8(engine.render(template, Locale.forLanguageTag(language), variables)));
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
