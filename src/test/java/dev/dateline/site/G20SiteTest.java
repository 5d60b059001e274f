package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The G20 story, built from the repository's content, read back as a reader's browser would. */
class G20SiteTest {
    private static final String TIMELINE = "g20-cyber-unit";
    private static final Path ARTICLE = Path.of("src", "test", "resources", "g20", "article.txt");
    private static final Pattern HTML_DATETIME = Pattern.compile(
            "\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:\\d{2}))?)?)?");

    private static SiteOutput site;
    private static Document home;

    @BeforeAll
    static void build() {
        site = SiteBuild.build();
        home = SiteBuild.page(site, "index.html");
    }

    @Test
    void theHomePageIsTheG20TimelineInNorwegian() {
        assertThat(home.selectFirst("html").attr("lang")).isEqualTo("nb");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.selectFirst("h1").text()).isEqualTo("Trump, Putin og enheten for IT-sikkerhet");
        assertThat(home.selectFirst(".story-meta time").attr("datetime")).isEqualTo("2017-07");
    }

    @Test
    void everyEventIsListedInDateOrderWithItsDatetime() {
        List<Element> entries = home.select("ol.events > li.entry");
        assertThat(entries).extracting(Element::id).containsExactly(
                "trump-putin-meeting",
                "putin-working-group",
                "trump-cyber-unit-tweet",
                "rubio-assad-comparison",
                "trump-cant-happen-tweet",
                "white-house-no-details");
        assertThat(entries).extracting(e -> e.selectFirst(".event-meta time").attr("datetime")).containsExactly(
                "2017-07-07", "2017-07-08", "2017-07-09", "2017-07-09", "2017-07-10", "2017-07-10");
        assertThat(entries).extracting(e -> e.selectFirst(".event-meta .date").text()).containsExactly(
                "7. juli 2017", "ca. 8. juli 2017", "9. juli 2017", "ca. 9. juli 2017", "10. juli 2017",
                "ca. 10. juli 2017");
    }

    @Test
    void everyEventHasAPermalinkPageWithOneHeading() {
        for (Element entry : home.select("ol.events > li.entry")) {
            String path = TIMELINE + "/" + entry.id() + "/index.html";
            Document page = SiteBuild.page(site, path);
            assertThat(page.select("h1")).as(path).hasSize(1);
            assertThat(page.selectFirst("h1").text()).isEqualTo(entry.selectFirst("h2").text());
            assertThat(entry.selectFirst("h2 a").attr("href")).isEqualTo(path);
        }
    }

    @Test
    void everyTimeElementHasAValidDatetime() {
        for (var file : site.files().keySet()) {
            if (file.endsWith(".html")) {
                for (Element time : SiteBuild.page(site, file).select("time")) {
                    assertThat(time.attr("datetime")).as("%s: %s", file, time).matches(HTML_DATETIME);
                }
            }
        }
    }

    @Test
    void englishQuotesAreVerbatimAndMarkedAsEnglish() throws IOException {
        String article = normalise(Files.readString(ARTICLE));
        List<Element> quotes = home.select("blockquote");
        assertThat(quotes).hasSize(3);
        for (Element quote : quotes) {
            assertThat(quote.attr("lang")).isEqualTo("en");
            assertThat(article).as("the article").contains(normalise(quote.text()));
        }
        assertThat(quotes).extracting(Element::text).contains(
                "Putin & I discussed forming an impenetrable Cyber Security unit so that election hacking, "
                        + "& many other negative things, will be guarded..",
                "The fact that President Putin and I discussed a Cyber Security unit doesn't mean I think it can "
                        + "happen. It can't-but a ceasefire can,& did!");
    }

    @Test
    void eventBodiesAreTheArticlesOwnText() throws IOException {
        String article = normalise(Files.readString(ARTICLE));
        for (Element paragraph : home.select(".event-body p")) {
            assertThat(article).contains(normalise(paragraph.text()));
        }
    }

    @Test
    void theReversalAndTheStatementLinkToEachOther() {
        Document statement = SiteBuild.page(site, TIMELINE + "/trump-cyber-unit-tweet/index.html");
        Document reversal = SiteBuild.page(site, TIMELINE + "/trump-cant-happen-tweet/index.html");

        Element reversedBy = statement.selectFirst("li.relation-reversedBy");
        assertThat(reversedBy.text()).startsWith("Trukket tilbake 10. juli 2017:");
        assertThat(reversedBy.selectFirst("a").attr("href")).isEqualTo("../trump-cant-happen-tweet/index.html");

        Element reverses = reversal.selectFirst("li.relation-reverses");
        assertThat(reverses.text()).startsWith("Trekker tilbake uttalelsen fra 9. juli 2017:");
        assertThat(reverses.selectFirst("a").attr("href")).isEqualTo("../trump-cyber-unit-tweet/index.html");
    }

    @Test
    void confirmationsAndResponsesLinkBothWays() {
        Document statement = SiteBuild.page(site, TIMELINE + "/trump-cyber-unit-tweet/index.html");
        assertThat(statement.select("li.relation-confirmedBy a").attr("href"))
                .isEqualTo("../putin-working-group/index.html");
        assertThat(statement.select("li.relation-respondedToBy a").attr("href"))
                .isEqualTo("../rubio-assad-comparison/index.html");
        assertThat(SiteBuild.page(site, TIMELINE + "/putin-working-group/index.html")
                .select("li.relation-confirms a").attr("href")).isEqualTo("../trump-cyber-unit-tweet/index.html");
        assertThat(SiteBuild.page(site, TIMELINE + "/rubio-assad-comparison/index.html")
                .select("li.relation-respondsTo a").attr("href")).isEqualTo("../trump-cyber-unit-tweet/index.html");
    }

    @Test
    void everyInternalLinkResolvesToAFileAndAnchor() {
        List<String> broken = new ArrayList<>();
        for (String file : site.files().keySet()) {
            if (!file.endsWith(".html") || file.equals("404.html")) {
                continue;
            }
            Document page = SiteBuild.page(site, file);
            for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
                String ref = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                if (ref.startsWith("http:") || ref.startsWith("https:") || ref.startsWith("mailto:") || ref.startsWith("data:")) {
                    continue;
                }
                assertThat(ref).as("%s links relatively", file).doesNotStartWith("/");
                URI resolved = URI.create("https://site.invalid/" + file).resolve(ref);
                String target = resolved.getPath().substring(1);
                if (ref.startsWith("#")) {
                    target = file;
                }
                if (!site.files().containsKey(target)) {
                    broken.add(file + " -> " + ref);
                } else if (resolved.getFragment() != null
                        && SiteBuild.page(site, target).getElementById(resolved.getFragment()) == null) {
                    broken.add(file + " -> " + ref + " (no such anchor)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void assetsHaveContentHashedNames() {
        assertThat(site.files().keySet()).anyMatch(p -> p.matches("assets/style\\.[0-9a-f]{10}\\.css"));
        assertThat(home.selectFirst("link[rel=stylesheet]").attr("href")).matches("assets/style\\.[0-9a-f]{10}\\.css");
    }

    @Test
    void theNotFoundPageWorksAtAnyDepth() {
        Document notFound = SiteBuild.page(site, "404.html");
        assertThat(notFound.select("link[rel=stylesheet]")).isEmpty();
        assertThat(notFound.selectFirst("style").data()).isNotBlank();
        assertThat(notFound.selectFirst(".not-found a").attr("href")).isEqualTo("/");

        Document withBase = SiteBuild.page(SiteBuild.build(Optional.of(URI.create("https://news.example/g20-timeline/"))), "404.html");
        assertThat(withBase.selectFirst(".not-found a").attr("href")).isEqualTo("/g20-timeline/");
    }

    @Test
    void aBaseUrlGivesCanonicalLinksAndASitemap() {
        SiteOutput published = SiteBuild.build(Optional.of(URI.create("https://news.example/g20-timeline")));
        Document page = SiteBuild.page(published, TIMELINE + "/trump-cant-happen-tweet/index.html");
        assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo("https://news.example/g20-timeline/g20-cyber-unit/trump-cant-happen-tweet/");
        assertThat(published.files()).containsKey("sitemap.xml");
        assertThat(home.select("link[rel=canonical]")).isEmpty();
        assertThat(site.files()).doesNotContainKey("sitemap.xml");
    }

    private static String normalise(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
