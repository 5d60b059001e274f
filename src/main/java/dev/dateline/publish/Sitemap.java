package dev.dateline.publish;

import dev.dateline.render.UrlLayout;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code sitemap.xml}: the canonical URL of every page, when the base URL is known. The protocol
 * allows 50,000 URLs in a file; a site with more gets {@code sitemap-1.xml}, {@code sitemap-2.xml}
 * ... of 50,000 each, and {@code sitemap.xml} becomes the sitemap index that lists them, so
 * robots.txt names the same file either way.
 */
final class Sitemap {
    static final int MAX_URLS = 50_000;
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /** The sitemap files, by path. */
    static Map<String, byte[]> of(URI base, Collection<String> paths) {
        List<String> urls = paths.stream()
                .filter(p -> p.endsWith("index.html"))
                .map(p -> base.resolve(UrlLayout.pretty(p)).toString())
                .distinct()
                .sorted()
                .toList();
        if (urls.size() <= MAX_URLS) {
            return Map.of("sitemap.xml", list("urlset", "url", urls));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (int from = 0, part = 1; from < urls.size(); from += MAX_URLS, part++) {
            String name = "sitemap-" + part + ".xml";
            files.put(name, list("urlset", "url", urls.subList(from, Math.min(from + MAX_URLS, urls.size()))));
            parts.add(base.resolve(name).toString());
        }
        files.put("sitemap.xml", list("sitemapindex", "sitemap", parts));
        return files;
    }

    /** {@code <root><item><loc>URL</loc></item>...</root>}. */
    private static byte[] list(String root, String item, List<String> locations) {
        XmlOutput xml = new XmlOutput().write(x -> {
            x.writeStartElement(root);
            x.writeDefaultNamespace(NAMESPACE);
        });
        for (String location : locations) {
            xml.indent(1).write(x -> x.writeStartElement(item)).element("loc", location).write(x -> x.writeEndElement());
        }
        return xml.indent(0).write(x -> x.writeEndElement()).finish();
    }
}
