package dev.dateline.publish;

import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import dev.dateline.render.DateFormatter;
import dev.dateline.render.RenderedPage;
import dev.dateline.render.SiteRenderer;
import dev.dateline.render.UrlLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;

/**
 * Puts together everything a site publishes, {@link SiteArtifact}s made at the same time: its pages, its 404 page,
 * per timeline its Atom feed and TimelineJS data, the theme's assets and robots.txt; then the
 * sitemap of all of them.
 */
public final class Publisher {
    private final SiteRenderer renderer;
    /**
     * Where a parallel build runs, with the parallel streams within it: a worker for every core.
     * The common pool has one worker fewer than there are cores, and a thread outside it that
     * waits for a parallel stream does little of the stream's work: on 2 cores, the synthetic
     * 10,000-event site of bench/ was rendered on one core, in 13.1–14.1 s, and takes 8.1–8.5 s
     * in this pool (`./dateline build` of it, three runs each). Its workers start when first
     * needed and end when idle.
     */
    private final ForkJoinPool allCores = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final AtomFeed feed;
    private final TimelineJsExporter timelineJs;
    private final List<SiteArtifact> artifacts = List.of(this::pages, this::notFound, this::feeds, this::timelineJs, this::assets,
            Publisher::robots);

    public Publisher(SiteRenderer renderer) {
        this.renderer = renderer;
        this.feed = new AtomFeed(renderer.markdown(), renderer.cache());
        this.timelineJs = new TimelineJsExporter(renderer.markdown(), renderer.cache());
    }

    /** Builds every file of the site in memory. */
    public SiteOutput publish(Site site) {
        MemorySink files = new MemorySink();
        publish(site, files);
        return files.output();
    }

    /** Builds every file of the site into {@code sink}, each as soon as it is made. */
    public void publish(Site site, SiteSink sink) {
        Set<String> paths = ConcurrentHashMap.newKeySet();
        SiteSink out = new SiteSink() {
            @Override
            public void put(String path, byte[] bytes) {
                paths.add(path);
                sink.put(path, bytes);
            }

            @Override
            public void write(String path, Content content) {
                paths.add(path);
                sink.write(path, content);
            }
        };
        // the feeds and TimelineJS data are made beside the pages, not after them: otherwise the
        // end of a build is a feed on one core with nothing left for the other
        if (renderer.parallel()) {
            allCores.submit(() -> artifacts.parallelStream().forEach(artifact -> artifact.write(site, out))).join();
        } else {
            artifacts.forEach(artifact -> artifact.write(site, out));
        }
        // the sitemap lists the pages the artifacts wrote; the home timeline's own page has the
        // home page as its canonical URL, so it is not listed
        String duplicate = new UrlLayout(site).ownTimelinePage(site.home());
        site.config().baseUrl().ifPresent(base -> Sitemap.of(base,
                paths.stream().filter(p -> !p.equals(duplicate)).sorted().toList()).forEach(out::put));
    }

    private void pages(Site site, SiteSink out) {
        renderer.render(site, page -> out.put(page.path(), page.bytes()));
    }

    private void notFound(Site site, SiteSink out) {
        RenderedPage page = renderer.notFoundPage(site);
        out.put(page.path(), page.bytes());
    }

    private void feeds(Site site, SiteSink out) {
        UrlLayout urls = new UrlLayout(site);
        site.timelines().forEach(timeline -> out.put(urls.timelineFile(timeline, UrlLayout.FEED), feed.write(site, timeline)));
    }

    private void timelineJs(Site site, SiteSink out) {
        UrlLayout urls = new UrlLayout(site);
        for (Timeline timeline : site.timelines()) {
            out.write(urls.timelineFile(timeline, UrlLayout.TIMELINE_JSON),
                    stream -> timelineJs.write(timeline, dates(site, timeline), site.config().timeZone(), stream));
        }
    }

    private void assets(Site site, SiteSink out) {
        renderer.assets().all().forEach(asset -> out.put(asset.publishedPath(), asset.bytes()));
    }

    private DateFormatter dates(Site site, Timeline timeline) {
        return new DateFormatter(renderer.engine().messages().forLocale(Locale.forLanguageTag(timeline.language())),
                site.config().timeZone());
    }

    private static void robots(Site site, SiteSink out) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        site.config().baseUrl().ifPresent(base -> robots.append("Sitemap: ").append(base.resolve("sitemap.xml")).append('\n'));
        out.put("robots.txt", robots.toString().getBytes(StandardCharsets.UTF_8));
    }
}
