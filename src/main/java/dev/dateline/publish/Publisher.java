package dev.dateline.publish;

import dev.dateline.interop.TimelineJsExporter;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import dev.dateline.render.Asset;
import dev.dateline.render.DateFormatter;
import dev.dateline.render.RenderedPage;
import dev.dateline.render.SiteRenderer;
import dev.dateline.render.UrlLayout;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

    public SiteOutput publish(Site site) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (RenderedPage page : renderer.render(site)) {
            files.put(page.path(), page.bytes());
        }
        for (Asset asset : renderer.assets().all()) {
            files.put(asset.publishedPath(), asset.bytes());
        }
        UrlLayout urls = new UrlLayout(site);
        for (Timeline timeline : site.timelines()) {
            files.put(urls.timelineFile(timeline, UrlLayout.FEED), feed.write(site, timeline));
            files.put(urls.timelineFile(timeline, UrlLayout.TIMELINE_JSON), timelineJs.write(timelineJs.export(timeline,
                    dates(site, timeline), site.config().timeZone())));
        }
        // the home timeline's own page has the home page as its canonical URL, so it is not listed
        String duplicate = urls.ownTimelinePage(site.home());
        site.config().baseUrl().ifPresent(base -> files.put("sitemap.xml", Sitemap.of(base,
                files.keySet().stream().filter(p -> !p.equals(duplicate)).toList()).getBytes(StandardCharsets.UTF_8)));
        files.put("robots.txt", robots(site).getBytes(StandardCharsets.UTF_8));
        return SiteOutput.of(files);
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
