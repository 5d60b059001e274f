package dev.dateline.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.SearchFixture;
import dev.dateline.Trees;
import dev.dateline.search.Pagefind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A release as the release workflow makes it, with {@code .github/release/package.sh} run on a copy of
 * this repository's sources, and what a site made with that release does with it: the build step of its
 * Pages workflow, run the way GitHub's runner runs it with the release served from a stand-in for
 * GitHub on 127.0.0.1, and its {@code ./dateline} script.
 */
class ReleaseTest {
    private static final String REPOSITORY = "newsroom/dateline";
    /** What actions/configure-pages gives as base_url for the repository newsroom/my-timelines. */
    private static final String PAGES_BASE_URL = "https://newsroom.github.io/my-timelines";

    @TempDir
    static Path shared;
    private static Path release;
    private static String version;

    @TempDir
    Path temp;

    @BeforeAll
    static void packageARelease() throws IOException {
        version = pomRevision().replace("-SNAPSHOT", "");
        Path checkout = shared.resolve("checkout");
        for (String part : List.of("src/main", "templates", ".github/release")) {
            Trees.copy(Path.of(part), checkout.resolve(part));
        }
        Files.copy(Path.of("pom.xml"), checkout.resolve("pom.xml"));
        release = shared.resolve("release");
        Exec packaged = Exec.run(shared, Map.of(), List.of("bash", checkout.resolve(".github/release/package.sh").toString(),
                version, REPOSITORY, release.toString()));
        assertThat(packaged.status()).as(packaged.output()).isZero();
    }

    @Test
    void theReleaseIsTheJarAndAChecksumThatSha256sumAccepts() throws IOException {
        try (Stream<Path> files = Files.list(release)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("dateline.jar", "dateline.jar.sha256");
        }
        assertThat(release.resolve("dateline.jar.sha256")).hasContent(sha256(release.resolve("dateline.jar")) + "  dateline.jar");
        Exec check = Exec.run(release, Map.of(), List.of("sha256sum", "--check", "dateline.jar.sha256"));
        assertThat(check.status()).as(check.output()).isZero();
        assertThat(check.output()).isEqualTo("dateline.jar: OK\n");
    }

    @Test
    void theJarRunsFromAnyFolderAndNamesItsVersion() {
        Exec run = Exec.run(temp, Map.of(), List.of(java(), "-jar", jar().toString(), "--version"));
        assertThat(run.status()).as(run.output()).isZero();
        assertThat(run.output()).isEqualTo("Dateline " + version + "\n");
    }

    @Test
    void theScriptRefusesAVersionThatIsNotThePoms() {
        Path out = temp.resolve("out");
        Exec other = Exec.run(temp, Map.of(), List.of("bash", script(), "9.9.9", REPOSITORY, out.toString()));
        assertThat(other.status()).isEqualTo(1);
        assertThat(other.output()).contains("pom.xml is at version '" + pomRevision() + "', so this commit cannot be release 9.9.9");
        Exec tag = Exec.run(temp, Map.of(), List.of("bash", script(), "v" + version, REPOSITORY, out.toString()));
        assertThat(tag.status()).isEqualTo(2);
        assertThat(tag.output()).contains("VERSION must be X.Y.Z, not 'v" + version + "'");
        assertThat(out).doesNotExist();
    }

    @Test
    void aSiteMadeWithTheReleaseIsPinnedToItAndHasItsTheme() throws IOException {
        Path site = newSite();
        JsonNode build = Workflow.read(site.resolve(".github/workflows/pages.yml")).step("build", Workflow.uses(REPOSITORY + "@"));
        assertThat(build.path("uses").asString()).isEqualTo(REPOSITORY + "@v" + version);
        assertThat(site.resolve("dateline")).content().contains("\nrepository=" + REPOSITORY + "\nversion=" + version + "\n");
        try (Stream<Path> theme = Files.walk(Path.of("templates"))) {
            for (Path file : theme.filter(Files::isRegularFile).toList()) {
                assertThat(site.resolve(file.toString())).as(file.toString()).hasSameBinaryContentAs(file);
            }
        }
    }

    @Test
    void theSitesPagesWorkflowBuildsItWithTheDownloadedReleaseAndTheAddressOfPages() throws IOException {
        Path site = newSite();
        Workflow pages = Workflow.read(site.resolve(".github/workflows/pages.yml"));
        try (ReleaseServer github = publishedRelease(Files.readAllBytes(jar()))) {
            ActionRunner.Result run = runBuildStep(site, github);
            assertThat(run.status()).as(run.log()).isZero();
            assertThat(run.log()).contains("dateline.jar: OK", "0 errors, 0 warnings");
            assertThat(github.downloads()).containsExactlyInAnyOrder(download("dateline.jar"), download("dateline.jar.sha256"));
        }
        Path uploaded = site.resolve(pages.step("build", Workflow.uses("actions/upload-pages-artifact@")).path("with").path("path").asString());
        Document home = parse(uploaded.resolve("index.html"));
        assertThat(home.selectFirst("h1").text()).isEqualTo("Your first timeline");
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PAGES_BASE_URL + "/");
        Document event = parse(uploaded.resolve("first-timeline/one-file-per-event/index.html"));
        assertThat(event.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(PAGES_BASE_URL + "/first-timeline/one-file-per-event/");
        assertThat(uploaded.resolve("sitemap.xml")).content().contains("<loc>" + PAGES_BASE_URL + "/</loc>");
    }

    @Test
    void theSitesPagesWorkflowInstallsPagefindForTheSearchOfALongTimeline() throws IOException {
        Path site = newSite();
        Path content = SearchFixture.write(site);
        Files.writeString(content.resolve("site.yaml"), "home: " + SearchFixture.TIMELINE + "\n", StandardOpenOption.APPEND);
        try (ReleaseServer github = publishedRelease(Files.readAllBytes(jar()))) {
            ActionRunner.Result run = runBuildStep(site, github);
            assertThat(run.status()).as(run.log()).isZero();
        }
        assertThat(site.resolve("node_modules/pagefind/package.json")).content().contains("\"version\": \"" + Pagefind.VERSION + "\"");
        assertThat(site.resolve("site/pagefind/pagefind-entry.json")).content().contains("\"page_count\":" + (SearchFixture.EVENTS + 2));
        assertThat(parse(site.resolve("site/index.html")).selectFirst("form.site-search")).isNotNull();
    }

    @Test
    void aDownloadThatDoesNotMatchItsChecksumIsNeverRun() throws IOException {
        Path site = newSite();
        byte[] tampered = Files.readAllBytes(jar());
        tampered[tampered.length / 2] ^= 1;
        try (ReleaseServer github = publishedRelease(tampered)) {
            ActionRunner.Result run = runBuildStep(site, github);
            assertThat(run.status()).isNotZero();
            assertThat(run.log()).contains("::error title=Dateline::dateline.jar of " + REPOSITORY + " v" + version
                    + " does not match its checksum dateline.jar.sha256; it was not run");
        }
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void aReleaseThatIsNotPublishedIsNamedInTheError() throws IOException {
        Path site = newSite();
        try (ReleaseServer github = new ReleaseServer()) {
            ActionRunner.Result run = runBuildStep(site, github);
            assertThat(run.status()).isNotZero();
            assertThat(run.log()).contains("could not download " + github.url() + "/" + REPOSITORY + "/releases/download/v"
                    + version + "/dateline.jar: is " + version + " a release of " + REPOSITORY + "?");
        }
        assertThat(site.resolve("site")).doesNotExist();
    }

    @Test
    void thisRepositorysPagesWorkflowBuildsTheG20SiteWithTheJarItsTestsBuilt() throws IOException {
        Path checkout = temp.resolve("checkout");
        Trees.copy(Path.of("content"), checkout.resolve("content"));
        Trees.copy(Path.of("templates"), checkout.resolve("templates"));
        Files.createDirectories(checkout.resolve("target"));
        Files.copy(jar(), checkout.resolve("target/dateline.jar"));
        Workflow pages = Workflow.read(Path.of(".github/workflows/pages.yml"));
        // nothing listens on the discard port: a download would fail
        ActionRunner.Result run = new ActionRunner(Path.of("").toAbsolutePath(), checkout, runnerTemp(), "http://127.0.0.1:9")
                .run(pages.step("build", Workflow.uses("./")), Map.of("steps.pages.outputs.base_url", "https://owner.github.io/g20-timeline"));
        assertThat(run.status()).as(run.log()).isZero();
        Document home = parse(checkout.resolve("site/index.html"));
        assertThat(home.selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://owner.github.io/g20-timeline/");
        assertThat(home.selectFirst("h1").text()).isEqualTo(parse(Path.of("site/index.html")).selectFirst("h1").text());
    }

    @Test
    void theSitesDatelineScriptDownloadsTheReleaseOnceThenRunsIt() throws IOException {
        Path site = newSite();
        try (ReleaseServer github = publishedRelease(Files.readAllBytes(jar()))) {
            Map<String, String> env = Map.of("GITHUB_SERVER_URL", github.url());
            Exec first = Exec.run(site, env, List.of("./dateline", "--version"));
            assertThat(first.status()).as(first.output()).isZero();
            assertThat(first.output()).contains("downloading Dateline " + version).endsWith("Dateline " + version + "\n");
            assertThat(site.resolve(".dateline-release/v" + version + "/dateline.jar")).hasSameBinaryContentAs(jar());
            assertThat(site.resolve(".dateline-release")).isDirectoryNotContaining("glob:**/download.*");

            Exec build = Exec.run(site, env, List.of("./dateline", "build"));
            assertThat(build.status()).as(build.output()).isZero();
            assertThat(build.output()).doesNotContain("downloading");
            assertThat(github.downloads()).hasSize(2);
        }
        assertThat(parse(site.resolve("site/index.html")).selectFirst("h1").text()).isEqualTo("Your first timeline");
    }

    @Test
    void theDatelineScriptInstallsNoJarThatDoesNotMatchItsChecksum() throws IOException {
        Path site = newSite();
        byte[] tampered = Files.readAllBytes(jar());
        tampered[tampered.length / 3] ^= 1;
        try (ReleaseServer github = publishedRelease(tampered)) {
            Exec run = Exec.run(site, Map.of("GITHUB_SERVER_URL", github.url()), List.of("./dateline", "build"));
            assertThat(run.status()).isEqualTo(3);
            assertThat(run.output()).contains("dateline: the downloaded dateline.jar does not match its checksum "
                    + "dateline.jar.sha256; nothing was installed");
        }
        assertThat(site.resolve(".dateline-release")).isEmptyDirectory();
        assertThat(site.resolve("site")).doesNotExist();
    }

    /** A site made by {@code new site} with the release jar, in a folder that holds no theme. */
    private Path newSite() {
        Exec created = Exec.run(temp, Map.of(), List.of(java(), "-jar", jar().toString(), "new", "site", "my-timelines"));
        assertThat(created.status()).as(created.output()).isZero();
        return temp.resolve("my-timelines");
    }

    /** Runs the step of the site's Pages workflow that uses the Dateline action, with {@code github} as GitHub. */
    private ActionRunner.Result runBuildStep(Path site, ReleaseServer github) throws IOException {
        JsonNode step = Workflow.read(site.resolve(".github/workflows/pages.yml")).step("build", Workflow.uses(REPOSITORY + "@"));
        return new ActionRunner(Path.of("").toAbsolutePath(), site, runnerTemp(), github.url())
                .run(step, Map.of("steps.pages.outputs.base_url", PAGES_BASE_URL));
    }

    private ReleaseServer publishedRelease(byte[] jar) throws IOException {
        ReleaseServer github = new ReleaseServer();
        github.publish(REPOSITORY, "v" + version, "dateline.jar", jar);
        github.publish(REPOSITORY, "v" + version, "dateline.jar.sha256", Files.readAllBytes(release.resolve("dateline.jar.sha256")));
        return github;
    }

    private static String download(String name) {
        return "/" + REPOSITORY + "/releases/download/v" + version + "/" + name;
    }

    private Path runnerTemp() throws IOException {
        return Files.createDirectories(temp.resolve("runner-temp"));
    }

    private static Path jar() {
        return release.resolve("dateline.jar");
    }

    private static String script() {
        return shared.resolve("checkout/.github/release/package.sh").toString();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Document parse(Path page) throws IOException {
        return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String pomRevision() {
        try {
            String pom = Files.readString(Path.of("pom.xml"));
            int start = pom.indexOf("<revision>") + "<revision>".length();
            return pom.substring(start, pom.indexOf("</revision>", start));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
