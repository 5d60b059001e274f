package dev.dateline.publish;

import dev.dateline.model.Site;
import dev.dateline.render.Asset;
import dev.dateline.render.RenderedPage;
import dev.dateline.render.SiteRenderer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Puts together everything a site publishes: its pages, the theme's assets and the files for robots. */
public final class Publisher {
    private final SiteRenderer renderer;

    public Publisher(SiteRenderer renderer) {
        this.renderer = renderer;
    }

    public SiteOutput publish(Site site) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (RenderedPage page : renderer.render(site)) {
            files.put(page.path(), page.bytes());
        }
        for (Asset asset : renderer.assets().all()) {
            files.put(asset.publishedPath(), asset.bytes());
        }
        site.config().baseUrl().ifPresent(base -> files.put("sitemap.xml",
                Sitemap.of(base, files.keySet()).getBytes(StandardCharsets.UTF_8)));
        files.put("robots.txt", robots(site).getBytes(StandardCharsets.UTF_8));
        return SiteOutput.of(files);
    }

    private static String robots(Site site) {
        StringBuilder out = new StringBuilder("User-agent: *\nAllow: /\n");
        site.config().baseUrl().ifPresent(base -> out.append("Sitemap: ").append(base.resolve("sitemap.xml")).append('\n'));
        return out.toString();
    }
}
