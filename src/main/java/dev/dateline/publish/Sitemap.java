package dev.dateline.publish;

import dev.dateline.render.UrlLayout;
import java.net.URI;
import java.util.Collection;

/** {@code sitemap.xml}: the canonical URL of every page, when the base URL is known. */
final class Sitemap {
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    static byte[] of(URI base, Collection<String> paths) {
        XmlOutput xml = new XmlOutput().write(x -> {
            x.writeStartElement("urlset");
            x.writeDefaultNamespace(NAMESPACE);
        });
        paths.stream()
                .filter(p -> p.endsWith("index.html"))
                .map(p -> base.resolve(UrlLayout.pretty(p)).toString())
                .distinct()
                .sorted()
                .forEach(url -> xml.indent(1).write(x -> x.writeStartElement("url")).element("loc", url)
                        .write(x -> x.writeEndElement()));
        return xml.indent(0).write(x -> x.writeEndElement()).finish();
    }
}
