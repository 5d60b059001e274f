package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.Dateline;
import dev.dateline.diagnostics.Diagnostic;
import dev.dateline.content.LoadResult;
import dev.dateline.publish.SiteOutput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content written by an attacker (or pasted from one) cannot run in a reader's browser: every
 * field that reaches a page carries script tags, attribute break-outs, a closing script tag, a
 * comment opener and template syntax, and the built pages are checked as a browser would parse them.
 */
class InjectionTest {
    /** The fields of the content whose text the theme shows; each must appear on some page as text, escaped. */
    private static final List<String> SHOWN = List.of(
            "site.title", "timeline.title", "timeline.standfirst", "timeline.byline", "timeline.publication",
            "timeline.intro", "timeline.outro", "timeline.source.name", "timeline.source.kind",
            "actor.name", "actor.role", "event.title", "event.body", "quote.text", "quote.translation",
            "quote.source.name", "quote.source.kind", "event.source.name", "event.source.kind", "era.title",
            "media.caption", "media.credit");
    /** Attributes whose value a browser may load or follow. */
    private static final Set<String> URL_ATTRIBUTES = Set.of(
            "href", "src", "srcset", "action", "formaction", "cite", "poster", "data", "background", "xlink:href");
    private static final String SAFE_URL = "https://dateline.invalid/a?b=1&c='x'";
    /** The theme's own graphics, filter form and empty icon (which spares browsers a request for /favicon.ico). */
    private static final String THEME_SVG = "section.overview > figure > div.overview-scroll > svg, "
            + "section.overview ul.overview-legend > li > svg";
    private static final String THEME_FORM = "section.timeline > form.filters";
    private static final String THEME_ICON = "head > link[rel=icon][href=\"data:,\"]";

    @TempDir
    static Path content;
    private static SiteOutput site;

    /** Every vector at once, marked with the field it is in so that its text can be found again. */
    private static String payload(String field) {
        return "<script>alert('" + field + "')</script>\"><img src=x onerror=alert('" + field + "')>"
                + "'><svg onload=alert(1)></script><!-- [[${7*7}]] [(${7*7})]";
    }

    /** Markdown's own ways to smuggle a script: links, images, autolinks, references, raw HTML blocks. */
    private static String markdown(String field) {
        return payload(field) + "\n\n"
                + "[link](javascript:alert('" + field + "')) ![image](javascript:alert(1)) <javascript:alert(1)>\n"
                + "[encoded](jav&#x61;script:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n"
                + "[reference][evil] [vb](vbscript:msgbox(1))\n\n"
                + "[evil]: javascript:alert(1)\n\n"
                + "<div onclick=\"alert(1)\">block</div>\n\n"
                + "<iframe src=\"//evil.invalid/\"></iframe>\n\n"
                + "<a href=\"javascript:alert(1)\">raw link</a> <form action=\"//evil.invalid/\"><button>go</button></form>\n";
    }

    /** A YAML block scalar holds any text without escaping. */
    private static String block(String key, String text, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder(pad).append(key).append(": |-\n");
        text.lines().forEach(line -> out.append(pad).append("  ").append(line).append('\n'));
        return out.toString();
    }

    @BeforeAll
    static void buildTheSite() throws IOException {
        write("site.yaml", block("title", payload("site.title"), 0) + "language: en\ntimeZone: Europe/Oslo\n"
                + block("author", payload("site.author"), 0) + block("description", payload("site.description"), 0));
        write("g20/timeline.yaml", block("title", payload("timeline.title"), 0)
                + block("standfirst", markdown("timeline.standfirst"), 0)
                + "published: 2017-07\n"
                + block("byline", payload("timeline.byline"), 0)
                + block("publication", payload("timeline.publication"), 0)
                + block("intro", markdown("timeline.intro"), 0)
                + block("outro", markdown("timeline.outro"), 0)
                + "actors:\n  trump:\n" + block("name", payload("actor.name"), 4) + block("role", payload("actor.role"), 4)
                + "    url: " + SAFE_URL + "\n"
                + "sources:\n  - url: " + SAFE_URL + "\n" + block("name", payload("timeline.source.name"), 4)
                + block("kind", payload("timeline.source.kind"), 4)
                + "eras:\n  - date: 2017-07-07/2017-07-10\n" + block("title", payload("era.title"), 4));
        write("g20/events/statement.md", "---\ndate: 2017-07-09T08:50-04:00\n" + block("title", payload("event.title"), 0)
                + "kind: statement\nactors: [trump]\n"
                + "tags:\n  - |-\n    " + payload("event.tag") + "\n"
                + "quotes:\n  - lang: en\n    by: trump\n" + block("text", payload("quote.text"), 4)
                + block("translation", payload("quote.translation"), 4)
                + "    source:\n      url: " + SAFE_URL + "\n" + block("name", payload("quote.source.name"), 6)
                + block("kind", payload("quote.source.kind"), 6)
                + "sources:\n  - url: " + SAFE_URL + "\n" + block("name", payload("event.source.name"), 4)
                + block("kind", payload("event.source.kind"), 4)
                + "media:\n  - src: photo.png\n" + block("alt", payload("media.alt"), 4)
                + block("caption", payload("media.caption"), 4) + block("credit", payload("media.credit"), 4)
                + "  - src: " + SAFE_URL + "\n" + block("alt", payload("remote.media.alt"), 4)
                + "---\n" + markdown("event.body"));
        ImageIO.write(new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB), "png",
                content.resolve("g20/events/photo.png").toFile());
        write("g20/events/reversal.md", "---\ndate: 2017-07-10\n" + block("title", payload("reversal.title"), 0)
                + "kind: reversal\nactors: [trump]\nrelations:\n  - {type: reverses, event: statement}\n---\n"
                + markdown("reversal.body"));

        Dateline.Result result = new Dateline(SiteBuild.TEMPLATES).build(content,
                Optional.of(URI.create("https://dateline.invalid/g20/")));
        assertThat(result.diagnostics().sorted()).as("diagnostics").isEmpty();
        site = result.output().orElseThrow();
    }

    @Test
    void noPageHasAScriptOtherThanTheThemesOwn() {
        for (Map.Entry<String, Document> page : pages().entrySet()) {
            for (Element script : page.getValue().select("script")) {
                boolean themeAsset = !script.attr("src").isEmpty() && !script.attr("src").contains(":")
                        && script.data().isBlank();
                boolean data = script.attr("type").equals("application/ld+json") || script.attr("type").equals("application/json");
                assertThat(themeAsset || data).as("%s: %s", page.getKey(), script.outerHtml()).isTrue();
            }
        }
    }

    @Test
    void dataInScriptElementsCannotEndTheElementOrOpenAComment() {
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder decoded = new StringBuilder();
        for (Map.Entry<String, Document> page : pages().entrySet()) {
            for (Element script : page.getValue().select("script")) {
                String data = script.data().toLowerCase(Locale.ROOT);
                assertThat(data).as("%s: %s", page.getKey(), script.outerHtml()).doesNotContain("</script").doesNotContain("<!--");
                if (script.attr("type").endsWith("json")) {
                    decoded.append(json.readTree(script.data()).toString());
                }
            }
        }
        assertThat(decoded).as("the page metadata carries the event title, unchanged once the JSON is read")
                .contains(json.writeValueAsString(payload("event.title")));
    }

    @Test
    void noElementHasAnEventHandlerAttribute() {
        for (Map.Entry<String, Document> page : pages().entrySet()) {
            for (Element element : page.getValue().getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey().toLowerCase(Locale.ROOT)).as("%s: %s", page.getKey(), element.outerHtml())
                            .doesNotStartWith("on");
                }
            }
        }
    }

    @Test
    void noLinkOrSourceRunsScriptOrData() {
        for (Map.Entry<String, Document> page : pages().entrySet()) {
            for (Element element : page.getValue().getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))
                            && !element.is(THEME_ICON)) {
                        assertRunsNoScript(attribute.getValue(), page.getKey() + ": " + element.outerHtml());
                    }
                }
                if (element.is("meta[http-equiv=refresh]")) {
                    String refresh = element.attr("content");
                    assertRunsNoScript(refresh.substring(refresh.toLowerCase(Locale.ROOT).indexOf("url=") + 4),
                            page.getKey() + ": " + element.outerHtml());
                }
            }
        }
    }

    private static void assertRunsNoScript(String value, String where) {
        // browsers ignore whitespace and control characters inside a scheme
        String url = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        assertThat(url).as(where).doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
    }

    @Test
    void noContentBecomesAnElementThatLoadsOrSubmits() {
        for (Map.Entry<String, Document> page : pages().entrySet()) {
            Document document = page.getValue();
            List<Element> fromTheTheme = new ArrayList<>(document.select(THEME_SVG + ", " + THEME_FORM));
            List<Element> found = new ArrayList<>(document.select("img[src=x], svg, iframe, frame, object, embed, "
                    + "form, base, meta[http-equiv=set-cookie], meta[http-equiv=content-security-policy], "
                    + "link[rel=import], body style"));
            assertThat(document.select(THEME_FORM + "[action], " + THEME_FORM + " [formaction]")).isEmpty();
            found.removeAll(fromTheTheme);
            assertThat(found).as(page.getKey()).isEmpty();
        }
    }

    @Test
    void everyShownFieldAppearsAsTheTextThatWasWritten() {
        StringBuilder text = new StringBuilder();
        pages().values().forEach(page -> text.append(page.text()).append('\n'));
        for (String field : SHOWN) {
            assertThat(text).as(field).contains(payload(field));
        }
    }

    @Test
    void anImagesAltTextIsKeptExactlyAsAnAttribute() {
        List<String> alts = new ArrayList<>();
        pages().values().forEach(page -> page.select("img[alt]").forEach(img -> alts.add(img.attr("alt"))));
        assertThat(alts).contains(payload("media.alt"));
    }

    @Test
    void aSafeUrlIsKeptExactly() {
        List<String> hrefs = new ArrayList<>();
        pages().values().forEach(page -> page.select("a[href]").forEach(a -> hrefs.add(a.attr("href"))));
        assertThat(hrefs).contains(SAFE_URL);
    }

    @Test
    void everyJsonAndXmlFileStillParses() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Map.Entry<String, byte[]> file : site.files().entrySet()) {
            if (file.getKey().endsWith(".json")) {
                assertThat(json.readTree(file.getValue())).as(file.getKey()).isNotNull();
            } else if (file.getKey().endsWith(".xml")) {
                assertThat(xml.newDocumentBuilder().parse(new ByteArrayInputStream(file.getValue()))).as(file.getKey()).isNotNull();
            }
        }
    }

    @Test
    void urlsThatRunScriptAreContentErrors(@TempDir Path bad) throws IOException {
        Files.writeString(Files.createDirectories(bad.resolve("g20/events")).resolveSibling("timeline.yaml"), """
                title: G20
                standfirst: Trump og Putin.
                actors:
                  trump:
                    name: Donald Trump
                    url: javascript:alert(1)
                """);
        Files.writeString(bad.resolve("site.yaml"), "title: Dateline\nlanguage: en\ntimeZone: Europe/Oslo\n"
                + "baseUrl: javascript:alert(1)//\n");
        Files.writeString(bad.resolve("g20/events/tweet.md"), """
                ---
                date: 2017-07-09
                title: Trump tweets
                kind: statement
                actors: [trump]
                quotes:
                  - text: a Cyber Security unit
                    lang: en
                    by: trump
                    source: {name: Twitter, url: "data:text/html,<script>alert(1)</script>"}
                sources:
                  - {name: Twitter, url: " javascript:alert(1)"}
                media:
                  - {src: "javascript:alert(1)", alt: x}
                ---
                Text.
                """);

        LoadResult result = new Dateline(SiteBuild.TEMPLATES).check(bad);

        assertThat(result.site()).isEmpty();
        assertThat(result.diagnostics().sorted()).extracting(d -> bad.relativize(d.file()) + ":" + d.line() + ":" + d.column())
                .containsExactly("g20/events/tweet.md:10:35", "g20/events/tweet.md:12:27", "g20/events/tweet.md:14:12",
                        "g20/timeline.yaml:6:10", "site.yaml:4:10");
        assertThat(result.diagnostics().sorted()).allMatch(Diagnostic::isError);
    }

    private static Map<String, Document> pages() {
        Map<String, Document> pages = new java.util.TreeMap<>();
        site.files().forEach((path, bytes) -> {
            if (path.endsWith(".html")) {
                pages.put(path, Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), ""));
            }
        });
        assertThat(pages).isNotEmpty();
        return pages;
    }

    private static void write(String relative, String text) throws IOException {
        Path file = content.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
