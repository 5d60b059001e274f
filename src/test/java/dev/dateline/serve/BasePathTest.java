package dev.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasePathTest {
    @Test
    void acceptsTheUsualSpellingsOfAProjectPath() {
        for (String text : new String[] {"g20-timeline", "/g20-timeline", "g20-timeline/", "/g20-timeline/", " /g20-timeline/ "}) {
            assertThat(BasePath.parse(text)).as(text).hasValue(new BasePath("/g20-timeline/"));
        }
        assertThat(BasePath.parse("/")).hasValue(BasePath.ROOT);
        assertThat(BasePath.parse("")).hasValue(BasePath.ROOT);
        assertThat(BasePath.parse("/news/2017/")).hasValue(new BasePath("/news/2017/"));
    }

    @Test
    void refusesWhatCannotBeAUrlPath() {
        for (String text : new String[] {"/a b/", "/../", "/a//b/", "/./", "/a?b/", "/a#b/", "/%zz/", "/a\\b/"}) {
            assertThat(BasePath.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void defaultsToThePathOfTheBaseUrl() {
        assertThat(BasePath.of(Optional.of(URI.create("https://owner.github.io/g20-timeline/")))).isEqualTo(new BasePath("/g20-timeline/"));
        assertThat(BasePath.of(Optional.of(URI.create("https://news.example/")))).isEqualTo(BasePath.ROOT);
        assertThat(BasePath.of(Optional.empty())).isEqualTo(BasePath.ROOT);
    }

    @Test
    void encodesSitePathsForUrls() {
        assertThat(new BasePath("/g20/").resolve("assets/style.abc.css")).isEqualTo("/g20/assets/style.abc.css");
        assertThat(new BasePath("/g20/").resolve("media/kart over Hamburg.png")).isEqualTo("/g20/media/kart%20over%20Hamburg.png");
    }
}
