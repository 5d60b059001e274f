package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.publish.SiteOutput;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the G20 home page offers a reader before any script runs: the overview, the entries, the filters' place. */
class G20ReadingTest {
    private static SiteOutput site;
    private static Document home;

    @BeforeAll
    static void build() {
        site = SiteBuild.build();
        home = SiteBuild.page(site, "index.html");
    }

    @Test
    void theOverviewHasALanePerActorAndAMarkLinkingToEveryEntry() {
        Element overview = home.selectFirst("section.overview");
        assertThat(overview.nextElementSibling().hasClass("timeline")).as("above the list").isTrue();
        assertThat(overview.select(".ov-lanes text").eachText())
                .containsExactly("Donald Trump", "Vladimir Putin", "Marco Rubio", "Det hvite hus");
        List<String> entries = home.select("ol.events > li.entry").eachAttr("id");
        assertThat(overview.select("svg a").eachAttr("href"))
                .containsExactlyElementsOf(entries.stream().map(id -> "#" + id).toList());
        assertThat(overview.selectFirst("svg a[href='#trump-cant-happen-tweet'] title").text())
                .isEqualTo("Tilbaketrekning, 10. juli 2017, Donald Trump: "
                        + "Trump skriver at enheten for IT-sikkerhet ikke kan bli noe av");
        assertThat(overview.select("svg a[href='#trump-putin-meeting'] use")).as("a shape in both lanes").hasSize(2);
    }

    @Test
    void theOverviewIsDescribedForThoseWhoCannotSeeIt() {
        Element overview = home.selectFirst("section.overview");
        assertThat(overview.selectFirst("svg").attr("role")).isEqualTo("group");
        assertThat(overview.selectFirst("svg").attr("aria-labelledby")).isEqualTo("overview-title");
        assertThat(overview.selectFirst("#overview-title").text()).isEqualTo("Oversikt");
        assertThat(overview.selectFirst("svg > g").attr("aria-hidden")).isEqualTo("true");
        assertThat(overview.selectFirst("figcaption p").text()).startsWith(
                "6 hendelser, 7.–10. juli 2017, én rad per aktør: Donald Trump, Vladimir Putin, Marco Rubio, Det hvite hus.");
    }

    @Test
    void marksStandInTimeOrderAndEveryRelationIsAnArrow() {
        int statement = x("trump-cyber-unit-tweet");
        int reversal = x("trump-cant-happen-tweet");
        assertThat(x("trump-putin-meeting")).isLessThan(x("putin-working-group"));
        assertThat(x("putin-working-group")).isLessThan(statement);
        assertThat(statement).isLessThan(reversal);
        assertThat(home.select(".ov-arrows path").eachAttr("class"))
                .containsExactlyInAnyOrder("ov-confirms", "ov-respondsTo", "ov-reverses", "ov-contradicts", "ov-follows");
        assertThat(home.select(".overview marker").eachAttr("id")).containsExactlyInAnyOrder(
                "ovm-reverses", "ovm-confirms", "ovm-contradicts", "ovm-respondsTo", "ovm-follows");
        String reverses = home.selectFirst(".ov-arrows path.ov-reverses").attr("d");
        assertThat(Integer.parseInt(reverses.substring(1, reverses.indexOf(' '))))
                .as("the reversal's arrow starts at the statement").isBetween(statement, reversal);
    }

    @Test
    void theStatementThatWasTakenBackSaysSo() {
        assertThat(home.select("article.reversed")).extracting(a -> a.parent().id())
                .containsExactly("trump-cyber-unit-tweet");
        assertThat(home.selectFirst("article.reversed .event-meta .later").text()).isEqualTo("Senere trukket tilbake");
        assertThat(SiteBuild.page(site, "g20-cyber-unit/trump-cyber-unit-tweet/index.html")
                .select("article.reversed")).hasSize(1);
    }

    @Test
    void relatedEntriesOnTheHomePageLinkToEachOtherInPlace() {
        assertThat(home.selectFirst("#trump-cyber-unit-tweet li.relation-reversedBy a").attr("href"))
                .isEqualTo("#trump-cant-happen-tweet");
        assertThat(home.selectFirst("#trump-cant-happen-tweet li.relation-reverses a").attr("href"))
                .isEqualTo("#trump-cyber-unit-tweet");
        assertThat(home.selectFirst("#trump-cant-happen-tweet .relations ul").attr("aria-label"))
                .isEqualTo("Relaterte hendelser");
    }

    @Test
    void theFiltersWaitForTheScriptAndTheScriptIsDeferred() {
        Element filters = home.selectFirst("section.timeline form.filters");
        assertThat(filters.hasAttr("hidden")).isTrue();
        assertThat(filters.select("select[name=actor] option").eachAttr("value"))
                .containsExactly("", "trump", "putin", "rubio", "white-house");
        assertThat(filters.select("select[name=kind] option").eachAttr("value"))
                .containsExactly("", "statement", "confirmation", "reversal", "reaction", "meeting", "report");
        Element script = home.selectFirst("body > script");
        assertThat(script.attr("src")).matches("assets/timeline\\.[0-9a-f]{10}\\.js");
        assertThat(script.hasAttr("defer")).isTrue();
        assertThat(SiteBuild.page(site, "g20-cyber-unit/trump-cyber-unit-tweet/index.html").select("script[src]"))
                .as("an event page has nothing to filter").isEmpty();
    }

    @Test
    void pagesKeepTheLinesOfTheirTemplates() {
        String html = new String(site.files().get("index.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).as("an entry as templates/fragments.html writes it")
                .contains("\n<header class=\"event-header\">\n\t<p class=\"event-meta\">\n");
        assertThat(html.lines().count()).as("one element per line").isGreaterThan(100);
    }

    private static int x(String event) {
        return Integer.parseInt(home.selectFirst(".overview a[href='#" + event + "'] use").attr("x"));
    }
}
