package dev.dateline.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * A site's search index, made by Pagefind from the pages the theme marked with
 * {@code data-pagefind-body} (the event pages of long timelines). Pagefind starts with the first
 * marked page, in a Node.js process that is handed each page as the build makes it, so indexing runs
 * beside rendering; {@link #finish()} gives the index's files, to publish under {@value #FOLDER}.
 * Thread-safe. A site without marked pages needs no Pagefind and gets no files. When Pagefind is
 * missing or fails, {@link #offer} goes on quietly and {@link #finish()} throws: an exception in
 * the middle of a parallel build would leave the build's other threads writing.
 */
public final class SearchIndex implements AutoCloseable {
    /** Where the index lives in the site. */
    public static final String FOLDER = "pagefind/";
    private static final byte[] MARK = "data-pagefind-body".getBytes(StandardCharsets.US_ASCII);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> environment;
    private final Path project;
    private Path work;
    private Process node;
    private BufferedWriter pages;
    private int count;
    private SearchUnavailableException failure;

    /** An index that finds Pagefind, when a page needs it, as {@link Pagefind#find} does. */
    public SearchIndex(Map<String, String> environment, Path project) {
        this.environment = Map.copyOf(environment);
        this.project = project;
    }

    /** Whether the file at {@code path} is a page to index. */
    public static boolean marked(String path, byte[] bytes) {
        return path.endsWith(".html") && indexOf(bytes, MARK) >= 0;
    }

    /** Indexes the page at {@code path} (from the site root) if it is marked; does nothing otherwise. */
    public void offer(String path, byte[] bytes) {
        if (marked(path, bytes)) {
            add(path, bytes);
        }
    }

    /** How many pages were indexed. */
    public synchronized int pages() {
        return count;
    }

    private record Page(String url, String content) {
    }

    private synchronized void add(String path, byte[] html) {
        if (failure != null) {
            return;
        }
        try {
            if (node == null) {
                start();
            }
            pages.write(JSON.writeValueAsString(new Page("/" + path, new String(html, StandardCharsets.UTF_8))));
            pages.write('\n');
            count++;
        } catch (IOException e) {
            failure = failed("stopped while indexing " + path);
        } catch (SearchUnavailableException e) {
            failure = e;
        }
    }

    private void start() {
        Pagefind pagefind = Pagefind.find(environment, project);
        try {
            work = Files.createTempDirectory("dateline-search");
            Path script = work.resolve("index.mjs");
            try (InputStream in = SearchIndex.class.getResourceAsStream("index.mjs")) {
                Files.copy(in, script);
            }
            node = new ProcessBuilder("node", script.toString(), pagefind.folder().toAbsolutePath().toString(),
                    work.resolve("out").toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(work.resolve("log").toFile())
                    .start();
        } catch (IOException e) {
            close();
            throw new SearchUnavailableException("the search index of this site needs Node.js to run Pagefind " + Pagefind.VERSION
                    + ", and it could not be started: " + e.getMessage(),
                    "install Node.js 20 or newer so that `node` is on the PATH, or turn search off with `search: false` in site.yaml");
        }
        pages = new BufferedWriter(new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Ends the indexing and gives the index's files by their path in the site; none when no page was marked. */
    public synchronized Map<String, byte[]> finish() {
        if (failure != null) {
            close();
            throw failure;
        }
        if (node == null) {
            return Map.of();
        }
        try {
            pages.close();
            if (node.waitFor() != 0) {
                throw failed("failed");
            }
            Path out = work.resolve("out");
            Map<String, byte[]> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    files.put(FOLDER + out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return files;
        } catch (IOException e) {
            throw failed("failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("was interrupted");
        } finally {
            close();
        }
    }

    private SearchUnavailableException failed(String what) {
        if (node != null) {
            try {
                node.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String log = "";
        try {
            log = work == null ? "" : Files.readString(work.resolve("log")).strip();
        } catch (IOException e) {
            log = "";
        }
        return new SearchUnavailableException("Pagefind " + what + (log.isEmpty() ? "" : ": " + log),
                "check that `npm ci` installed pagefind " + Pagefind.VERSION + " completely, or turn search off with "
                        + "`search: false` in site.yaml");
    }

    /** Stops Pagefind if it still runs and removes its working files. */
    @Override
    public synchronized void close() {
        if (node != null && node.isAlive()) {
            node.destroyForcibly();
        }
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
