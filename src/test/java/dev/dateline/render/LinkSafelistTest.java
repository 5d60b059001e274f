package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

class LinkSafelistTest {
    private static Safelist base() {
        return Safelist.relaxed().removeProtocols("a", "href", "ftp").preserveRelativeLinks(true);
    }

    @Test
    void cleansEveryLinkAsJsoupsOwnTestDoes() {
        String[] hrefs = {"https://example.org/a?b=c#d", "HTTP://EXAMPLE.ORG", "http:", "http:relative", "mailto:a@b.c",
            "MailTo:x", "ftp://example.org/", "javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:x",
            "data:text/html,hi", "vbscript:x", "../page/index.html", "#anchor", "", "//example.org/x",
            "https\u0000://x", "\u00a0https://x", "httpsx://y", "tel:+47", "http://", "https:// x", "http:///x",
            "mailto:", "mailto: x", "https://x y", "https://ex ample.org/\u00e6", "https://[::1]/", "https://%41/",
            "http://a:b@c/", "mailto:a?subject=b c"};
        for (String href : hrefs) {
            String html = "<p><a href=\"" + href.replace("\"", "&quot;") + "\" title=\"t\">x</a>"
                    + "<blockquote cite=\"" + href + "\">q</blockquote></p>";
            assertThat(Jsoup.clean(html, "https://dateline.invalid/", new LinkSafelist(base())))
                    .as(href).isEqualTo(Jsoup.clean(html, "https://dateline.invalid/", base()));
        }
    }
}
