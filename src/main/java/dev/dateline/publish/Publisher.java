package dev.dateline.publish;

import dev.dateline.publish.TimelineJsExporter;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import dev.dateline.render.Asset;
import dev.dateline.render.DateFormatter;
import dev.dateline.render.SiteRenderer;
import dev.dateline.render.UrlLayout;
import java.util.stream.Stream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts together everything a site publishes: its pages, the theme's assets, per timeline its
 * Atom feed and TimelineJS data, and the files for robots.
 */
public final class Publisher {
    private final SiteRenderer renderer;
    private final AtomFeed feed;
    private final TimelineJsExporter timelineJs;

    public Publisher(SiteRenderer renderer) {
        this.renderer = renderer;
        this.feed = new AtomFeed(renderer.markdown());
        this.timelineJs = new TimelineJsExporter(renderer.markdown());
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
        SiteSink out = (path, bytes) -> {
            paths.add(path);
            sink.put(path, bytes);
        };
        UrlLayout urls = new UrlLayout(site);
        Runnable pages = () -> renderer.render(site, page -> out.put(page.path(), page.bytes()));
        Runnable exports = () -> {
            for (Timeline timeline : site.timelines()) {
                out.put(urls.timelineFile(timeline, UrlLayout.FEED), feed.write(site, timeline));
                out.put(urls.timelineFile(timeline, UrlLayout.TIMELINE_JSON), timelineJs.write(timelineJs.export(
                        timeline, dates(site, timeline), site.config().timeZone())));
            }
        };
        if (renderer.parallel()) {
            // the feeds and TimelineJS data are made beside the pages, not after them: otherwise the
            // end of a build is a feed on one core with nothing left for the other
            Stream.of(pages, exports).parallel().forEach(Runnable::run);
        } else {
            pages.run();
            exports.run();
        }
        for (Asset asset : renderer.assets().all()) {
            out.put(asset.publishedPath(), asset.bytes());
        }
        // the home timeline's own page has the home page as its canonical URL, so it is not listed
        String duplicate = urls.ownTimelinePage(site.home());
        site.config().baseUrl().ifPresent(base -> out.put("sitemap.xml", Sitemap.of(base,
                paths.stream().filter(p -> !p.equals(duplicate)).sorted().toList())));
        out.put("robots.txt", robots(site).getBytes(StandardCharsets.UTF_8));
    }

    private DateFormatter dates(Site site, Timeline timeline) {
        return new DateFormatter(renderer.engine().messages().forLocale(Locale.forLanguageTag(timeline.language())),
                site.config().timeZone());
    }

    private static String robots(Site site) {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n");
        site.config().baseUrl().ifPresent(base -> out.append("Sitemap: ").append(base.resolve("sitemap.xml")).append('\n'));
        return out.toString();
    }
}
