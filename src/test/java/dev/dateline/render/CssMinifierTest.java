package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssMinifierTest {

    @Test
    void dropsCommentsAndLayoutButKeepsSeparatingSpaces() {
        String css = "/* Colours */\n:root {\n  --bg: #fff;\n}\n\n.a  .b:hover,\n.c > p {\n  margin: 0 auto;\n"
                + "  font: 1rem/1.6 system-ui, \"Segoe UI\";\n}\n@media (min-width: 40em) { .a { padding: calc(1rem + 2vw); } }\n";
        assertThat(CssMinifier.minify(css)).isEqualTo(":root{--bg:#fff}.a .b:hover,.c > p{margin:0 auto;"
                + "font:1rem/1.6 system-ui,\"Segoe UI\"}@media (min-width:40em){.a{padding:calc(1rem + 2vw)}}");
    }

    @Test
    void keepsStringsAsWritten() {
        String css = ".x::before { content: \"\\21BA  /* not a comment */ ; }\" / \"\"; }\n.y { content: 'a  b'; }";
        assertThat(CssMinifier.minify(css))
                .isEqualTo(".x::before{content:\"\\21BA  /* not a comment */ ; }\" / \"\"}.y{content:'a  b'}");
    }

    @Test
    void theThemeStylesheetLosesOnlyWhitespaceAndComments() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of("templates", "assets", "style.css"));
        String minified = CssMinifier.minify(source);
        assertThat(minified.length()).isLessThan(source.length() * 9 / 10);
        assertThat(strip(minified)).isEqualTo(strip(source.replaceAll("(?s)/\\*.*?\\*/", "")).replace(";}", "}"));
    }

    private static String strip(String css) {
        return css.replaceAll("\\s+", "");
    }
}
