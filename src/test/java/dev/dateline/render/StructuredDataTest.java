package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.ContentFixture;
import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JSON-LD, Open Graph and Twitter card metadata, as search engines and social sites read them. */
class StructuredDataTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void theTimelinePageDescribesTheStoryAsANewsArticleListingItsEvents() {
        JsonNode article = jsonLd(page(g20(Optional.empty()), "index.html"));
        assertThat(article.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(article.path("headline").asString()).isEqualTo("Trump, Putin og enheten for IT-sikkerhet");
        assertThat(article.path("description").asString()).startsWith("Under G20-toppmøtet i Hamburg i juli 2017");
        assertThat(article.path("datePublished").asString()).isEqualTo("2017-07");
        assertThat(article.path("inLanguage").asString()).isEqualTo("nb");
        JsonNode list = article.path("mainEntity");
        assertThat(list.path("@type").asString()).isEqualTo("ItemList");
        assertThat(list.path("numberOfItems").asInt()).isEqualTo(6);
        JsonNode second = list.path("itemListElement").path(1);
        assertThat(second.path("position").asInt()).isEqualTo(2);
        assertThat(second.path("item").path("@type").asString()).isEqualTo("Event");
        assertThat(second.path("item").path("name").asString()).isEqualTo("Putin sier de er enige om en arbeidsgruppe for IT-sikkerhet");
        assertThat(second.path("item").path("startDate").asString()).isEqualTo("2017-07-08");
        assertThat(second.path("item").path("url").asString()).isEqualTo("g20-cyber-unit/putin-working-group/index.html");
    }

    @Test
    void anEventPageDescribesTheEventAndItsQuotesWithWhoSaidThem() {
        JsonNode event = jsonLd(page(g20(Optional.empty()), "g20-cyber-unit/trump-cant-happen-tweet/index.html"));
        assertThat(event.path("@type").asString()).isEqualTo("Event");
        assertThat(event.path("startDate").asString()).isEqualTo("2017-07-10");
        assertThat(event.path("performer").path(0).path("name").asString()).isEqualTo("Donald Trump");
        JsonNode quote = event.path("workFeatured").path(0);
        assertThat(quote.path("@type").asString()).isEqualTo("Quotation");
        assertThat(quote.path("text").asString()).isEqualTo("The fact that President Putin and I discussed a Cyber "
                + "Security unit doesn't mean I think it can happen. It can't-but a ceasefire can,& did!");
        assertThat(quote.path("inLanguage").asString()).isEqualTo("en");
        for (String who : new String[] {"creator", "spokenByCharacter"}) {
            assertThat(quote.path(who).path("@type").asString()).isEqualTo("Person");
            assertThat(quote.path(who).path("name").asString()).isEqualTo("Donald Trump");
        }
        assertThat(quote.path("isBasedOn").path("@type").asString()).isEqualTo("SocialMediaPosting");
        assertThat(quote.path("isBasedOn").path("datePublished").asString()).isEqualTo("2017-07-10");
        assertThat(event.path("subjectOf").path("@type").asString()).isEqualTo("NewsArticle");
        assertThat(event.path("subjectOf").path("url").asString()).isEqualTo("../../index.html");
    }

    @Test
    void aBodyIsAnOrganizationAndAPersonIsAPerson() {
        JsonNode report = jsonLd(page(g20(Optional.empty()), "g20-cyber-unit/white-house-no-details/index.html"));
        assertThat(report.path("performer").path(0).path("@type").asString()).isEqualTo("Organization");
        assertThat(report.path("performer").path(0).path("name").asString()).isEqualTo("Det hvite hus");
        JsonNode meeting = jsonLd(page(g20(Optional.empty()), "g20-cyber-unit/trump-putin-meeting/index.html"));
        assertThat(meeting.path("performer").path(1).path("@type").asString()).isEqualTo("Person");
        assertThat(meeting.path("performer").path(1).path("name").asString()).isEqualTo("Vladimir Putin");
    }

    @Test
    void pagesCarryOpenGraphAndTwitterCardMetadata() {
        SiteOutput site = g20(Optional.of(URI.create("https://news.example/g20/")));
        Document event = page(site, "g20-cyber-unit/putin-working-group/index.html");
        assertThat(meta(event, "property", "og:type")).isEqualTo("article");
        assertThat(meta(event, "property", "og:locale")).isEqualTo("nb_NO");
        assertThat(meta(event, "property", "og:url"))
                .isEqualTo("https://news.example/g20/g20-cyber-unit/putin-working-group/")
                .isEqualTo(event.selectFirst("link[rel=canonical]").attr("href"))
                .isEqualTo(jsonLd(event).path("url").asString());
        assertThat(meta(event, "property", "og:title")).startsWith("Putin sier de er enige om en arbeidsgruppe");
        assertThat(meta(event, "name", "twitter:card")).isEqualTo("summary");
        assertThat(meta(event, "name", "description")).startsWith("ca. 8. juli 2017: Putin går enda lenger.");
        assertThat(meta(page(site, "404.html"), "property", "og:type")).isEqualTo("website");
        assertThat(page(site, "404.html").select("script[type=application/ld+json]")).isEmpty();
    }

    @Test
    void aQuoteCannotBreakOutOfTheJsonLdScript() {
        SiteOutput site = ContentFixture.build(ContentFixture.write(temp), Optional.empty());
        String html = new String(site.files().get(ContentFixture.TIMELINE + "/alice-promise/index.html"), StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        assertThat(page.selectFirst("script[type=application/ld+json]").data())
                .as("no tag, end tag or comment can start inside the script").doesNotContain("<");
        assertThat(html.split("</script", -1)).as("every </script closes a script element")
                .hasSize(page.select("script").size() + 1);
        assertThat(page.select("script")).noneMatch(s -> s.data().equals("alert(1)"));
        JsonNode quote = jsonLd(page).path("workFeatured").path(0);
        assertThat(quote.path("text").asString()).isEqualTo(ContentFixture.HOSTILE_QUOTE);
        assertThat(page.selectFirst("blockquote").text()).isEqualTo(ContentFixture.HOSTILE_QUOTE);
        assertThat(jsonLd(page).path("startDate").asString()).isEqualTo("2020-03-02");
    }

    @Test
    void timesAndIntervalsKeepTheirPrecisionAndOffset() {
        SiteOutput site = ContentFixture.build(ContentFixture.write(temp), Optional.empty());
        assertThat(jsonLd(page(site, ContentFixture.TIMELINE + "/talks-open/index.html")).path("startDate").asString())
                .isEqualTo("2020-03-01T09:30-05:00");
        JsonNode week = jsonLd(page(site, ContentFixture.TIMELINE + "/budget-week/index.html"));
        assertThat(week.path("startDate").asString()).isEqualTo("2020-03-03");
        assertThat(week.path("endDate").asString()).isEqualTo("2020-03-04");
        assertThat(meta(page(site, "index.html"), "property", "og:locale")).isEqualTo("en_US");
    }

    private static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertThat(script).as("JSON-LD script").isNotNull();
        return JSON.readTree(script.data());
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        assertThat(meta).as("meta %s", name).isNotNull();
        return meta.attr("content");
    }

    private static SiteOutput g20(Optional<URI> base) {
        return new Dateline(Path.of("templates")).build(Path.of("content"), base).output().orElseThrow();
    }

    private static Document page(SiteOutput site, String path) {
        return Jsoup.parse(new String(site.files().get(path), StandardCharsets.UTF_8));
    }
}
