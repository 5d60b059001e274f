package dev.dateline.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir
    Path temp;

    private final OutputWriter writer = new OutputWriter();

    private Path out() {
        return temp.resolve("site");
    }

    private void publish(Map<String, String> files) {
        try (PendingSite site = writer.stage(out(), false)) {
            files.forEach((path, text) -> site.put(path, text.getBytes(StandardCharsets.UTF_8)));
            site.commit();
        }
    }

    private Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }

    private Map<String, String> withMarker(Map<String, String> files) {
        Map<String, String> all = new TreeMap<>(files);
        all.put(OutputWriter.MARKER, OutputWriter.MARKER_TEXT);
        return all;
    }

    @Test
    void aFirstBuildMovesAWholeNewFolderIntoPlace() throws IOException {
        try (PendingSite site = writer.stage(out(), false)) {
            assertThat(site).isInstanceOf(StagedSite.class);
            site.put("index.html", "home".getBytes(StandardCharsets.UTF_8));
            site.put("a/b/index.html", "b".getBytes(StandardCharsets.UTF_8));
            site.commit();
            assertThat(site.changedCount()).isEqualTo(2);
        }
        assertThat(tree(out())).isEqualTo(withMarker(Map.of("index.html", "home", "a/b/index.html", "b")));
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void theSiteFolderHasThePermissionsOfAnyNewFolderThere() throws IOException {
        // a web server running as another user reads it if the user's umask lets it read new folders
        Path plain = Files.createDirectory(temp.resolve("plain"));
        publish(Map.of("index.html", "home"));
        assertThat(Files.getPosixFilePermissions(out())).isEqualTo(Files.getPosixFilePermissions(plain));
        publish(Map.of("index.html", "home again", "a/index.html", "a"));
        assertThat(Files.getPosixFilePermissions(out())).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(Files.getPosixFilePermissions(out().resolve("a"))).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aRebuildWritesOnlyWhatChangedAndDeletesWhatIsGone() throws IOException {
        publish(Map.of("index.html", "home", "t/one/index.html", "one", "t/two/index.html", "two", "t/feed.xml", "feed"));
        for (String unchanged : new String[] {"index.html", "t/one/index.html"}) {
            Files.setLastModifiedTime(out().resolve(unchanged), LONG_AGO);
        }

        Map<String, String> next = Map.of("index.html", "home", "t/one/index.html", "one", "t/three/index.html",
                "three", "t/feed.xml", "feed, longer");
        try (PendingSite site = writer.stage(out(), false)) {
            assertThat(site).isInstanceOf(SiteUpdate.class);
            next.forEach((path, text) -> site.put(path, text.getBytes(StandardCharsets.UTF_8)));
            assertThat(Files.readString(out().resolve("t/feed.xml"))).as("nothing changes before the commit").isEqualTo("feed");
            site.commit();
            assertThat(site.fileCount()).isEqualTo(4);
            assertThat(site.changedCount()).as("the new page and the longer feed").isEqualTo(2);
        }

        assertThat(tree(out())).isEqualTo(withMarker(next));
        assertThat(out().resolve("t/two")).as("the folder of a page that is gone").doesNotExist();
        assertThat(Files.getLastModifiedTime(out().resolve("index.html"))).isEqualTo(LONG_AGO);
        assertThat(Files.getLastModifiedTime(out().resolve("t/one/index.html"))).isEqualTo(LONG_AGO);
        assertThat(siblings()).containsExactly("site");
    }

    /** A streamed file goes to disk as it is written, not into memory first; unchanged, it keeps the output's file. */
    @Test
    void aStreamedFileIsWrittenToDiskAsItIsMade() throws IOException {
        byte[] chunk = "0123456789abcdef".repeat(8 * 1024).getBytes(StandardCharsets.UTF_8);
        for (int build = 1; build <= 2; build++) {
            try (PendingSite site = writer.stage(out(), false)) {
                site.write("t/timeline.json", stream -> {
                    stream.write(chunk);
                    assertThat(stagedFile("t/timeline.json")).as("the file, while it is written").isPresent();
                    assertThat(Files.size(stagedFile("t/timeline.json").orElseThrow())).isGreaterThan(0);
                    stream.write(chunk);
                });
                site.write("t/feed.xml", stream -> stream.write("feed".getBytes(StandardCharsets.UTF_8)));
                site.commit();
                assertThat(site.fileCount()).isEqualTo(2);
                assertThat(site.totalBytes()).isEqualTo(2L * chunk.length + 4);
                assertThat(site.changedCount()).isEqualTo(build == 1 ? 2 : 0);
            }
            Files.setLastModifiedTime(out().resolve("t/timeline.json"), LONG_AGO);
        }
        assertThat(Files.size(out().resolve("t/timeline.json"))).isEqualTo(2L * chunk.length);
        assertThat(Files.getLastModifiedTime(out().resolve("t/timeline.json"))).isEqualTo(LONG_AGO);
        assertThat(siblings()).containsExactly("site");
    }

    /** The file at {@code path} in the folder a build stages its site in. */
    private Optional<Path> stagedFile(String path) throws IOException {
        try (Stream<Path> paths = Files.list(temp)) {
            return paths.filter(p -> p.getFileName().toString().startsWith(".site.new-"))
                    .map(p -> p.resolve(path)).filter(Files::exists).findFirst();
        }
    }

    @Test
    void aFileOfTheSameSizeWithOtherBytesIsWritten() throws IOException {
        publish(Map.of("index.html", "abcd"));
        publish(Map.of("index.html", "abce"));
        assertThat(out().resolve("index.html")).hasContent("abce");
    }

    @Test
    void filesAndFoldersMayTradePlaces() throws IOException {
        publish(Map.of("a", "a file", "b/index.html", "in a folder"));
        Map<String, String> next = Map.of("a/index.html", "now in a folder", "b", "now a file");
        publish(next);
        assertThat(tree(out())).isEqualTo(withMarker(next));
    }

    @Test
    void anUnfinishedBuildLeavesTheOutputAsItWas() throws IOException {
        publish(Map.of("index.html", "home", "old/index.html", "old"));
        Map<String, String> before = tree(out());
        try (PendingSite site = writer.stage(out(), false)) {
            site.put("index.html", "new home".getBytes(StandardCharsets.UTF_8));
            site.put("new/index.html", "new".getBytes(StandardCharsets.UTF_8));
            // no commit: the build failed
        }
        assertThat(tree(out())).isEqualTo(before);
        assertThat(siblings()).containsExactly("site");
    }

    @Test
    void filesThatDatelineDidNotWriteGoWhenForced() throws IOException {
        Files.createDirectories(out().resolve("notes"));
        Files.writeString(out().resolve("notes/thesis.txt"), "precious");
        assertThatThrownBy(() -> writer.stage(out(), false)).isInstanceOf(OutputRefusedException.class);

        try (PendingSite site = writer.stage(out(), true)) {
            site.put("index.html", "home".getBytes(StandardCharsets.UTF_8));
            site.commit();
        }
        assertThat(tree(out())).isEqualTo(withMarker(Map.of("index.html", "home")));
    }

    @Test
    void anOutputHoldingALinkIsReplacedWhole() throws IOException {
        publish(Map.of("index.html", "home", "t/index.html", "t"));
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("index.html"), "t");
        Files.delete(out().resolve("t/index.html"));
        Files.delete(out().resolve("t"));
        Files.createSymbolicLink(out().resolve("t"), elsewhere);

        try (PendingSite site = writer.stage(out(), false)) {
            assertThat(site).as("a link could lead a comparison outside the output").isInstanceOf(StagedSite.class);
            site.put("index.html", "home".getBytes(StandardCharsets.UTF_8));
            site.put("t/index.html", "t".getBytes(StandardCharsets.UTF_8));
            site.commit();
        }
        assertThat(Files.isSymbolicLink(out().resolve("t"))).isFalse();
        assertThat(tree(out())).isEqualTo(withMarker(Map.of("index.html", "home", "t/index.html", "t")));
        assertThat(elsewhere.resolve("index.html")).hasContent("t");
    }

    @Test
    void aPathOutsideTheSiteIsRefused() throws IOException {
        publish(Map.of("index.html", "home"));
        try (PendingSite site = writer.stage(out(), false)) {
            assertThatThrownBy(() -> site.put("../escape.html", new byte[0])).isInstanceOf(IllegalStateException.class);
        }
        assertThat(temp.resolve("escape.html")).doesNotExist();
    }

    @Test
    void whatKilledBuildsLeftIsRemovedButNotTheFoldersOfRunningBuilds() throws Exception {
        publish(Map.of("index.html", "home"));
        long dead = deadProcessId();
        Path killed = Files.createDirectories(temp.resolve(".site.new-" + dead + "-a1/t"));
        Files.writeString(killed.resolve("index.html"), "half");
        Files.createDirectories(temp.resolve(".site.old-" + dead + "-b2"));
        Files.createDirectories(temp.resolve(".site.new-q7older"));
        Path running = Files.createDirectories(temp.resolve(".site.new-" + ProcessHandle.current().pid() + "-c3"));

        publish(Map.of("index.html", "home again"));
        assertThat(siblings()).containsExactly(".site.new-" + ProcessHandle.current().pid() + "-c3", "site");
        assertThat(tree(out())).isEqualTo(withMarker(Map.of("index.html", "home again")));
        Files.delete(running);
    }

    @Test
    void aSwapKilledBetweenItsRenamesIsFinishedByTheNextBuild() throws Exception {
        publish(Map.of("index.html", "old home"));
        long dead = deadProcessId();
        Path old = temp.resolve(".site.old-" + dead + "-d4");
        Files.move(out(), old);
        Path fresh = Files.createDirectories(temp.resolve(".site.new-" + dead + "-d4"));
        Files.writeString(fresh.resolve("index.html"), "new home");
        Files.writeString(fresh.resolve(OutputWriter.MARKER), OutputWriter.MARKER_TEXT);
        Files.setLastModifiedTime(fresh.resolve("index.html"), LONG_AGO);

        try (PendingSite site = writer.stage(out(), false)) {
            assertThat(site).as("the swap was finished: the output holds a site").isInstanceOf(SiteUpdate.class);
            site.put("index.html", "new home".getBytes(StandardCharsets.UTF_8));
            site.commit();
        }
        assertThat(tree(out())).isEqualTo(withMarker(Map.of("index.html", "new home")));
        assertThat(Files.getLastModifiedTime(out().resolve("index.html"))).isEqualTo(LONG_AGO);
        assertThat(siblings()).containsExactly("site");
    }

    /** The id of a process that has ended. */
    private static long deadProcessId() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        return process.pid();
    }

    /** What the folder that holds the output holds: nothing is left beside the output. */
    private List<String> siblings() throws IOException {
        try (Stream<Path> paths = Files.list(temp)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
