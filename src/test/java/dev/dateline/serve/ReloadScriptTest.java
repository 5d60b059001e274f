package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReloadScriptTest {
    private final ReloadScript script = new ReloadScript(BasePath.ROOT);

    @Test
    void putsTheTagBeforeTheClosingBodyWhateverTheTextBeforeIt() {
        String page = "<html><body><h1>İstanbul, İzmir og İİİ</h1></BODY></html>";
        String injected = inject(page);
        assertThat(injected).startsWith("<html><body><h1>İstanbul, İzmir og İİİ</h1><script src=\"/__dateline/reload.js\"");
        assertThat(injected).endsWith("</script>\n</BODY></html>");
    }

    @Test
    void appendsTheTagToAPageWithoutABody() {
        assertThat(inject("<p>İ</p>")).startsWith("<p>İ</p><script ").endsWith("</script>\n");
    }

    @Test
    void findsTheLastClosingBodyInAnyCase() {
        assertThat(ReloadScript.lastClosingBody("a</body>b</Body>c")).isEqualTo(9);
        assertThat(ReloadScript.lastClosingBody("ß</bodyx")).isEqualTo(-1);
        assertThat(ReloadScript.lastClosingBody("İİ</body>")).isEqualTo(2);
    }

    private String inject(String page) {
        return new String(script.inject(page.getBytes(StandardCharsets.UTF_8), "v1"), StandardCharsets.UTF_8);
    }
}
