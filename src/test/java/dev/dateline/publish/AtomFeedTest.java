package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.ContentFixture;
import dev.dateline.Dateline;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The Atom feeds, read with the JDK's XML parser and checked against RFC 4287's required elements. */
class AtomFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    @TempDir
    Path temp;

    @Test
    void theG20FeedHasEveryRequiredElementAndOneEntryPerEvent() throws Exception {
        SiteOutput site = g20(Optional.empty());
        Element feed = parse(site.files().get("g20-cyber-unit/feed.xml"));

        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("nb");
        for (String required : List.of("id", "title", "updated")) {
            assertThat(children(feed, required)).as("feed/%s", required).hasSize(1);
        }
        assertThat(text(feed, "title")).isEqualTo("Trump, Putin og enheten for IT-sikkerhet");
        assertThat(text(feed, "updated")).matches(RFC_3339).isEqualTo("2017-07-10T00:00:00+02:00");
        assertThat(children(children(feed, "author").get(0), "name")).hasSize(1);
        assertThat(children(feed, "link")).noneMatch(l -> l.getAttribute("rel").equals("self"));

        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(6);
        for (Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertThat(children(entry, required)).as("entry/%s", required).hasSize(1);
            }
            assertThat(text(entry, "updated")).matches(RFC_3339);
            assertThat(children(entry, "link")).anyMatch(l -> l.getAttribute("rel").equals("alternate"));
            assertThat(children(entry, "summary").size() + children(entry, "content").size()).isPositive();
        }
        assertThat(entries).extracting(e -> text(e, "id")).containsExactly(
                "tag:dateline.invalid,2017:g20-cyber-unit/trump-putin-meeting",
                "tag:dateline.invalid,2017:g20-cyber-unit/putin-working-group",
                "tag:dateline.invalid,2017:g20-cyber-unit/trump-cyber-unit-tweet",
                "tag:dateline.invalid,2017:g20-cyber-unit/rubio-assad-comparison",
                "tag:dateline.invalid,2017:g20-cyber-unit/trump-cant-happen-tweet",
                "tag:dateline.invalid,2017:g20-cyber-unit/white-house-no-details");
        // relative links resolve from the feed's own address to the event pages
        assertThat(children(entries.get(0), "link").get(0).getAttribute("href")).isEqualTo("trump-putin-meeting/index.html");
        assertThat(site.files()).containsKey("g20-cyber-unit/trump-putin-meeting/index.html");
    }

    @Test
    void withABaseUrlIdsAndLinksAreAbsoluteAndTheFeedNamesItself() throws Exception {
        Element feed = parse(g20(Optional.of(URI.create("https://news.example/g20/"))).files().get("g20-cyber-unit/feed.xml"));
        assertThat(text(feed, "id")).isEqualTo("https://news.example/g20/g20-cyber-unit/");
        assertThat(children(feed, "link")).anySatisfy(link -> {
            assertThat(link.getAttribute("rel")).isEqualTo("self");
            assertThat(link.getAttribute("href")).isEqualTo("https://news.example/g20/g20-cyber-unit/feed.xml");
        });
        Element reversal = children(feed, "entry").get(4);
        assertThat(text(reversal, "id")).isEqualTo("https://news.example/g20/g20-cyber-unit/trump-cant-happen-tweet/");
        assertThat(children(reversal, "link").get(0).getAttribute("href"))
                .isEqualTo("https://news.example/g20/g20-cyber-unit/trump-cant-happen-tweet/");
    }

    @Test
    void updatedComesFromTheEventAndItsSourcesNeverFromTheClock() throws Exception {
        Element feed = parse(ContentFixture.build(ContentFixture.write(temp), Optional.empty())
                .files().get(ContentFixture.TIMELINE + "/feed.xml"));
        List<Element> entries = children(feed, "entry");
        // 09:30 at UTC-05:00, shown in the site's zone (Oslo, UTC+01:00 in March)
        assertThat(text(entries.get(0), "updated")).isEqualTo("2020-03-01T15:30:00+01:00");
        // the event is dated 2 March, its source was published on 5 March
        assertThat(text(entries.get(1), "updated")).isEqualTo("2020-03-05T00:00:00+01:00");
        // an interval counts from its end
        assertThat(text(entries.get(2), "updated")).isEqualTo("2020-03-04T00:00:00+01:00");
        assertThat(text(feed, "updated")).isEqualTo("2020-03-05T00:00:00+01:00");
        assertThat(children(children(feed, "author").get(0), "name").get(0).getTextContent()).isEqualTo("The Fixture Desk");
    }

    @Test
    void entryIdsStayTheSameWhenEventsAreAddedAndTheSiteIsRebuilt() throws Exception {
        Path content = ContentFixture.write(temp);
        List<String> before = ids(ContentFixture.build(content, Optional.empty()));
        Files.writeString(content.resolve(ContentFixture.TIMELINE + "/events/an-early-rumour.md"), """
                ---
                date: 2020-02-28
                title: An early rumour
                kind: report
                actors: [bob]
                ---
                A rumour.
                """);
        List<String> after = ids(ContentFixture.build(content, Optional.empty()));
        assertThat(after).hasSize(before.size() + 1).containsAll(before).doesNotHaveDuplicates();
    }

    @Test
    void aLongTimelinesFeedListsItsFiftyNewestEventsInTheOrderOfTheTimeline() throws Exception {
        Path content = ContentFixture.write(temp);
        List<String> added = new ArrayList<>();
        for (int day = 1; day <= 60; day++) {
            String id = "day-" + day;
            added.add(id);
            Files.writeString(content.resolve(ContentFixture.TIMELINE + "/events/" + id + ".md"), """
                    ---
                    date: 2021-01-01
                    order: %d
                    title: Day %d
                    kind: report
                    actors: [bob]
                    ---
                    A day.
                    """.formatted(day, day));
        }
        List<String> ids = ids(ContentFixture.build(content, Optional.empty()));
        // all 60 have the same date: the later in the timeline are the newer
        assertThat(ids).hasSize(50).containsExactlyElementsOf(added.subList(10, 60).stream()
                .map(id -> "tag:dateline.invalid,2020:" + ContentFixture.TIMELINE + "/" + id).toList());
    }

    @Test
    void feedEntriesInSiteYamlSetsHowManyNewestEventsTheFeedLists() throws Exception {
        Path content = ContentFixture.write(temp);
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "feedEntries: 2\n");
        // talks-open was updated on 1 March; alice-promise's source on 5 March; budget-week ends on 4 March
        assertThat(ids(ContentFixture.build(content, Optional.empty()))).containsExactly(
                "tag:dateline.invalid,2020:" + ContentFixture.TIMELINE + "/alice-promise",
                "tag:dateline.invalid,2020:" + ContentFixture.TIMELINE + "/budget-week");
    }

    @Test
    void eventsOfDeepTimeAndBeforeTheCommonEraAreUpdatedAtThePublicationSoEveryDateIsRfc3339() throws Exception {
        Path content = ContentFixture.write(temp);
        String[][] events = {{"big-bang", "Y-13800000000"}, {"caesar", "-0044-03-15"}, {"wheel", "-3500~"},
                {"since", "1985/.."}, {"until", "../1985"}};
        for (String[] event : events) {
            Files.writeString(content.resolve(ContentFixture.TIMELINE + "/events/" + event[0] + ".md"), """
                    ---
                    date: %s
                    title: %s
                    kind: context
                    actors: [bob]
                    ---
                    Text.
                    """.formatted(event[1], event[0]));
        }
        Element feed = parse(ContentFixture.build(content, Optional.empty()).files().get(ContentFixture.TIMELINE + "/feed.xml"));

        assertThat(text(feed, "id")).isEqualTo("tag:dateline.invalid,2020:" + ContentFixture.TIMELINE);
        List<Element> entries = children(feed, "entry");
        assertThat(entries).hasSize(8).allSatisfy(entry -> assertThat(text(entry, "updated")).matches(RFC_3339));
        // the timeline was published in March 2020
        assertThat(entries.stream().filter(e -> text(e, "title").equals("big-bang") || text(e, "title").equals("caesar")
                || text(e, "title").equals("wheel"))).hasSize(3)
                .allSatisfy(entry -> assertThat(text(entry, "updated")).isEqualTo("2020-03-01T00:00:00+01:00"));
        assertThat(entries.stream().filter(e -> text(e, "title").equals("since")).map(e -> text(e, "updated")))
                .containsExactly("1985-01-01T00:00:00+01:00");
    }

    @Test
    void quotesKeepTheirWordsInTheEntryContent() throws Exception {
        Element feed = parse(ContentFixture.build(ContentFixture.write(temp), Optional.empty())
                .files().get(ContentFixture.TIMELINE + "/feed.xml"));
        Element content = children(children(feed, "entry").get(1), "content").get(0);
        assertThat(content.getAttribute("type")).isEqualTo("html");
        org.jsoup.nodes.Element quote = Jsoup.parseBodyFragment(content.getTextContent()).selectFirst("blockquote p");
        assertThat(quote.text()).isEqualTo(ContentFixture.HOSTILE_QUOTE);
    }

    @Test
    void timelineAndEventPagesLinkToTheirFeed() {
        SiteOutput site = g20(Optional.empty());
        org.jsoup.nodes.Document home = Jsoup.parse(new String(site.files().get("index.html"), StandardCharsets.UTF_8));
        assertThat(home.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("g20-cyber-unit/feed.xml");
        org.jsoup.nodes.Document event = Jsoup.parse(new String(
                site.files().get("g20-cyber-unit/putin-working-group/index.html"), StandardCharsets.UTF_8));
        assertThat(event.select("link[rel=alternate][type=application/atom+xml]").attr("href")).isEqualTo("../feed.xml");
    }

    private List<String> ids(SiteOutput site) throws Exception {
        return children(parse(site.files().get(ContentFixture.TIMELINE + "/feed.xml")), "entry").stream()
                .map(e -> text(e, "id")).toList();
    }

    private static SiteOutput g20(Optional<URI> base) {
        return new Dateline(Path.of("templates")).build(Path.of("content"), base).output().orElseThrow();
    }

    private static Element parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
