package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sitemap protocol's limit of 50,000 URLs a file. */
class SitemapTest {
    private static final URI BASE = URI.create("https://owner.github.io/big/");
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Test
    void upTo50000PagesAreOneSitemap() throws Exception {
        Map<String, byte[]> files = Sitemap.of(BASE, pages(50_000));

        assertThat(files).containsOnlyKeys("sitemap.xml");
        Element urlset = parse(files.get("sitemap.xml"));
        assertThat(urlset.getLocalName()).isEqualTo("urlset");
        assertThat(locations(urlset)).hasSize(50_000).contains("https://owner.github.io/big/t/e-49999/");
    }

    @Test
    void morePagesMakeSitemapXmlAnIndexOfSitemapsOf50000Each() throws Exception {
        List<String> pages = pages(120_001);
        Map<String, byte[]> files = Sitemap.of(BASE, pages);

        assertThat(files).containsOnlyKeys("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        Element index = parse(files.get("sitemap.xml"));
        assertThat(index.getLocalName()).isEqualTo("sitemapindex");
        assertThat(index.getNamespaceURI()).isEqualTo(NAMESPACE);
        assertThat(locations(index)).containsExactly("https://owner.github.io/big/sitemap-1.xml",
                "https://owner.github.io/big/sitemap-2.xml", "https://owner.github.io/big/sitemap-3.xml");

        List<String> listed = new ArrayList<>();
        for (String part : List.of("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")) {
            Element urlset = parse(files.get(part));
            assertThat(urlset.getLocalName()).isEqualTo("urlset");
            assertThat(locations(urlset)).hasSizeLessThanOrEqualTo(Sitemap.MAX_URLS);
            listed.addAll(locations(urlset));
        }
        assertThat(listed).hasSize(pages.size()).doesNotHaveDuplicates()
                .contains("https://owner.github.io/big/t/e-0/", "https://owner.github.io/big/t/e-120000/");
    }

    private static List<String> pages(int count) {
        return IntStream.range(0, count).mapToObj(i -> "t/e-" + i + "/index.html").toList();
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    }

    private static List<String> locations(Element root) {
        NodeList locs = root.getElementsByTagNameNS(NAMESPACE, "loc");
        return IntStream.range(0, locs.getLength()).mapToObj(i -> locs.item(i).getTextContent()).toList();
    }
}
