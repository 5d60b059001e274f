package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.publish.SiteOutput;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The files beside the pages: feeds, TimelineJS data, sitemap and robots.txt. */
class PublishedFilesTest {
    private static final URI BASE = URI.create("https://owner.github.io/g20-timeline/");

    @Test
    void everyTimelinePublishesItsFeedAndTimelineJsData() {
        SiteOutput site = SiteBuild.build();
        assertThat(site.files()).containsKeys("g20-cyber-unit/feed.xml", "g20-cyber-unit/timeline.json");
    }

    @Test
    void withoutABaseUrlThereIsNoSitemapAndRobotsNamesNone() {
        SiteOutput site = SiteBuild.build();
        assertThat(site.files()).doesNotContainKey("sitemap.xml");
        assertThat(text(site, "robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");
    }

    @Test
    void withABaseUrlTheSitemapListsEveryCanonicalPageOnceAndRobotsNamesIt() throws Exception {
        SiteOutput site = SiteBuild.build(Optional.of(BASE));
        NodeList locs = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(site.files().get("sitemap.xml"))).getElementsByTagName("loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        assertThat(urls).containsExactly(
                "https://owner.github.io/g20-timeline/",
                "https://owner.github.io/g20-timeline/g20-cyber-unit/putin-working-group/",
                "https://owner.github.io/g20-timeline/g20-cyber-unit/rubio-assad-comparison/",
                "https://owner.github.io/g20-timeline/g20-cyber-unit/trump-cant-happen-tweet/",
                "https://owner.github.io/g20-timeline/g20-cyber-unit/trump-cyber-unit-tweet/",
                "https://owner.github.io/g20-timeline/g20-cyber-unit/trump-putin-meeting/",
                "https://owner.github.io/g20-timeline/g20-cyber-unit/white-house-no-details/");
        assertThat(SiteBuild.page(site, "g20-cyber-unit/index.html").selectFirst("link[rel=canonical]").attr("href"))
                .as("the home timeline's own page points at the home page").isEqualTo("https://owner.github.io/g20-timeline/");
        assertThat(text(site, "robots.txt")).contains("Sitemap: https://owner.github.io/g20-timeline/sitemap.xml\n");
    }

    private static String text(SiteOutput site, String path) {
        return new String(site.files().get(path), StandardCharsets.UTF_8);
    }
}
