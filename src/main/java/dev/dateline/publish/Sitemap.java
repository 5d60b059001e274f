package dev.dateline.publish;

import dev.dateline.render.UrlLayout;
import java.net.URI;
import java.util.Collection;

/** {@code sitemap.xml}: the canonical URL of every page, when the base URL is known. */
final class Sitemap {
    private Sitemap() {
    }

    static String of(URI base, Collection<String> paths) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        paths.stream()
                .filter(p -> p.endsWith("index.html"))
                .map(p -> base.resolve(UrlLayout.pretty(p)).toString())
                .distinct()
                .sorted()
                .forEach(url -> xml.append("  <url><loc>").append(XmlEscape.text(url)).append("</loc></url>\n"));
        return xml.append("</urlset>\n").toString();
    }
}
