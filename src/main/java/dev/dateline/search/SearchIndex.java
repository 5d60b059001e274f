package dev.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A site's search index, made by Pagefind from the pages the theme marked with
 * {@code data-pagefind-body} (the event pages of long timelines). The marked pages are kept in a
 * temporary folder as the build makes them; {@link #finish()} runs Pagefind's command line on that
 * folder (twice as fast as handing the pages to its Node API, measured on 10,000 event pages; and its
 * output does not depend on the order the pages were made in) and gives the index's files, without
 * Pagefind's prebuilt user interfaces (Dateline has its own), to publish under {@value #FOLDER}.
 * Thread-safe. A site without marked pages needs no Pagefind and gets no files. When Pagefind is
 * missing, {@link #offer} goes on quietly and {@link #finish()} throws: an exception in the middle
 * of a parallel build would leave the build's other threads writing.
 */
public final class SearchIndex implements AutoCloseable {
    /** Where the index lives in the site. */
    public static final String FOLDER = "pagefind/";
    private static final byte[] MARK = "data-pagefind-body".getBytes(StandardCharsets.US_ASCII);
    /** Pagefind's prebuilt interfaces, which it writes beside the index. */
    private static final Pattern USER_INTERFACES = Pattern.compile("pagefind-(ui|component-ui|modular-ui|highlight)\\..*");

    private final Map<String, String> environment;
    private final Path project;
    private Pagefind pagefind;
    private Path work;
    private volatile SearchUnavailableException failure;

    /** An index that finds Pagefind, when a page needs it, as {@link Pagefind#find} does. */
    public SearchIndex(Map<String, String> environment, Path project) {
        this.environment = Map.copyOf(environment);
        this.project = project;
    }

    /** Whether the file at {@code path} is a page to index. */
    public static boolean marked(String path, byte[] bytes) {
        return path.endsWith(".html") && indexOf(bytes, MARK) >= 0;
    }

    /** Keeps the page at {@code path} (from the site root) for the index if it is marked; does nothing otherwise. */
    public void offer(String path, byte[] bytes) {
        if (failure != null || !marked(path, bytes)) {
            return;
        }
        try {
            Path file = pagesFolder().resolve(path).normalize();
            if (!file.startsWith(pagesFolder())) {
                throw new IllegalArgumentException("not a path inside the site: " + path);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            failure = new SearchUnavailableException("cannot keep " + path + " for the search index: " + e.getMessage(),
                    "check that the temporary folder " + System.getProperty("java.io.tmpdir") + " has room");
        } catch (SearchUnavailableException e) {
            failure = e;
        }
    }

    /** The folder of the kept pages, made with the first marked page: Pagefind is looked for then. */
    private synchronized Path pagesFolder() throws IOException {
        if (work == null) {
            pagefind = Pagefind.find(environment, project);
            work = Files.createTempDirectory("dateline-search");
        }
        return work.resolve("pages");
    }

    /** Makes the index and gives its files by their path in the site; none when no page was marked. */
    public synchronized Map<String, byte[]> finish() {
        if (failure != null) {
            close();
            throw failure;
        }
        if (work == null) {   // no page was marked
            return Map.of();
        }
        Process node = null;
        try {
            Path out = work.resolve("out");
            try {
                node = new ProcessBuilder("node", pagefind.folder().resolve("lib/runner/bin.cjs").toAbsolutePath().toString(),
                        "--site", work.resolve("pages").toString(), "--output-path", out.toString(), "--keep-index-url",
                        "--silent")
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("log").toFile())
                        .start();
            } catch (IOException e) {
                throw new SearchUnavailableException("the search index of this site needs Node.js to run Pagefind "
                        + Pagefind.VERSION + ", and it could not be started: " + e.getMessage(),
                        "install Node.js 20 or newer so that `node` is on the PATH, or turn search off with "
                                + "`search: false` in site.yaml");
            }
            if (node.waitFor() != 0) {
                throw failed("failed");
            }
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String path = out.relativize(file).toString().replace('\\', '/');
                    if (!USER_INTERFACES.matcher(path).matches()) {
                        files.put(FOLDER + path, Files.readAllBytes(file));
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw failed("failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("was interrupted");
        } finally {
            if (node != null && node.isAlive()) {
                node.destroyForcibly();
            }
            close();
        }
    }

    private SearchUnavailableException failed(String what) {
        String log;
        try {
            log = Files.readString(work.resolve("log")).strip();
        } catch (IOException e) {
            log = "";
        }
        return new SearchUnavailableException("Pagefind " + what + (log.isEmpty() ? "" : ": " + log),
                "check that `npm ci` installed pagefind " + Pagefind.VERSION + " completely, or turn search off with "
                        + "`search: false` in site.yaml");
    }

    /** Removes the kept pages and Pagefind's working files. */
    @Override
    public synchronized void close() {
        if (work != null && Files.exists(work)) {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + work + ": " + e.getMessage(), e);
            }
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
