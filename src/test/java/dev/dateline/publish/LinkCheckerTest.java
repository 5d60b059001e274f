package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.dateline.Dateline;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkCheckerTest {
    private static final URI PROJECT = URI.create("https://owner.github.io/repo/");

    @Test
    void theG20SiteHasNoBrokenLinkUnderAProjectPath() {
        Dateline.CheckResult result = new Dateline(Path.of("templates")).checkSite(Path.of("content"), Optional.empty());
        assertThat(result.diagnostics().sorted()).isEmpty();
        LinkChecker.Report report = result.links().orElseThrow();
        assertThat(report.pages()).isEqualTo(9);
        assertThat(report.links()).isGreaterThan(50);
    }

    @Test
    void relativeLinksFoldersAndAnchorsResolve() {
        SiteOutput site = site(Map.of(
                "index.html", page("<a href=\"a/\">a</a> <a href=\"a\">a without slash</a> <a href=\"a/index.html#x\">x</a>"
                        + " <a href=\"#top\">top</a> <img src=\"img/p%20q.png\" srcset=\"img/p%20q.png 1x, img/r.png 2x\" alt=\"\">"
                        + " <a href=\"https://elsewhere.example/nope\">out</a> <a href=\"mailto:desk@news.example\">mail</a>"
                        + " <a href=\"https://owner.github.io/repo/a/\">canonical</a>"),
                "a/index.html", page("<h2 id=\"x\">x</h2> <a href=\"../index.html\">up</a>"),
                "img/p q.png", "", "img/r.png", ""));
        LinkChecker.Report report = new LinkChecker().check(site, PROJECT);
        assertThat(report.broken()).isEmpty();
        assertThat(report.links()).isEqualTo(9);
    }

    @Test
    void missingFilesAnchorsAndRootLinksOutsideTheProjectPathAreBrokenWithTheirPlace() {
        SiteOutput site = site(Map.of(
                "index.html", page("<a href=\"gone.html\">gone</a>\n<a href=\"a/index.html#nowhere\">anchor</a>\n"
                        + "<link rel=\"stylesheet\" href=\"/assets/style.css\">\n<a href=\"https://owner.github.io/repo/b/\">b</a>"),
                "a/index.html", page("<p>a</p>"),
                "assets/style.css", ""));
        LinkChecker.Report report = new LinkChecker().check(site, PROJECT);
        assertThat(report.broken()).extracting(LinkChecker.BrokenLink::link, LinkChecker.BrokenLink::line, LinkChecker.BrokenLink::reason)
                .containsExactly(
                        tuple("gone.html", 2, "no file gone.html in the site"),
                        tuple("a/index.html#nowhere", 3, "no element with id `nowhere` in a/index.html"),
                        tuple("/assets/style.css", 4, "points outside the site, which is served under /repo/"),
                        tuple("https://owner.github.io/repo/b/", 5, "no file b/index.html in the site"));
        assertThat(report.broken()).allMatch(b -> b.page().equals("index.html") && b.column() > 0);
    }

    @Test
    void theNotFoundPageIsCheckedAtAnyDepth() {
        SiteOutput relative = site(Map.of(
                "index.html", page("home"),
                "404.html", page("<a href=\"index.html\">home</a> <a href=\"#main\">skip</a> <main id=\"main\"></main>")));
        assertThat(new LinkChecker().check(relative, PROJECT).broken()).extracting(LinkChecker.BrokenLink::reason)
                .containsExactly("no file missing/at/any/index.html in the site (served at /repo/missing/at/any/depth)");

        SiteOutput absolute = site(Map.of(
                "index.html", page("home"),
                "404.html", page("<a href=\"/repo/\">home</a> <a href=\"#main\">skip</a> <main id=\"main\"></main>")));
        assertThat(new LinkChecker().check(absolute, PROJECT).broken()).isEmpty();
    }

    private static String page(String body) {
        return "<!DOCTYPE html>\n" + body + "\n";
    }

    private static SiteOutput site(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return SiteOutput.of(bytes);
    }
}
