package dev.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A site's search index, made by Pagefind from the pages the theme marked with
 * {@code data-pagefind-body} (the event pages of long timelines). {@link #finish()} runs Pagefind's
 * command line (twice as fast as handing the pages to its Node API, measured on 10,000 event pages;
 * and its output does not depend on the order the pages were made in) on the folder the build
 * writes the site into, limited to the kind of path of the marked pages, or, for a site built in
 * memory, on a temporary folder where the marked pages are kept as they are made (with such copies
 * a build of 10,000 events into a folder took 9% longer, 14% over a previous site: medians of 7 and
 * 3 builds), and gives the index's files, without
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
    /** A character a glob would read as more than itself. */
    private static final Pattern GLOB_SPECIAL = Pattern.compile("([^A-Za-z0-9._-])");

    private final Map<String, String> environment;
    private final Path project;
    private final Path site;
    private final Set<String> shapes = ConcurrentHashMap.newKeySet();
    private Pagefind pagefind;
    private Path work;
    private volatile SearchUnavailableException failure;

    /**
     * An index that finds Pagefind, when a page needs it, as {@link Pagefind#find} does, of the
     * pages the build writes into the folder {@code site}; or, when that is null, of copies it keeps.
     */
    public SearchIndex(Map<String, String> environment, Path project, Path site) {
        this.environment = Map.copyOf(environment);
        this.project = project;
        this.site = site;
    }

    /** Whether the file at {@code path} is a page to index. */
    public static boolean marked(String path, byte[] bytes) {
        return path.endsWith(".html") && indexOf(bytes, MARK) >= 0;
    }

    /**
     * Notes the page at {@code path} (from the site root) for the index if it is marked: its kind of
     * path when Pagefind reads the site's folder, else a copy of it. Does nothing for other pages.
     */
    public void offer(String path, byte[] bytes) {
        if (failure != null || !marked(path, bytes)) {
            return;
        }
        try {
            Path folder = workFolder();
            if (site != null) {
                shapes.add(shape(path));
                return;
            }
            Path pages = folder.resolve("pages");
            Path file = pages.resolve(path).normalize();
            if (!file.startsWith(pages)) {
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

    /**
     * The working folder (the kept pages, Pagefind's output and log), made with the first marked
     * page: Pagefind is looked for then.
     */
    private synchronized Path workFolder() throws IOException {
        if (work == null) {
            pagefind = Pagefind.find(environment, project);
            work = Files.createTempDirectory("dateline-search");
        }
        return work;
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
                List<String> command = new ArrayList<>(List.of("node",
                        pagefind.folder().resolve("lib/runner/bin.cjs").toAbsolutePath().toString(),
                        "--output-path", out.toString(), "--keep-index-url", "--silent"));
                if (site != null) {
                    command.addAll(List.of("--site", site.toString(), "--glob", glob(shapes)));
                } else {
                    command.addAll(List.of("--site", work.resolve("pages").toString()));
                }
                node = new ProcessBuilder(command)
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

    /**
     * The kind of path of a marked page, as a glob that matches it: its folder's name is any
     * ({@code synthetic/event-00001/index.html} gives {@code synthetic/*}{@code /index.html}). Pagefind
     * skips the unmarked pages a glob also matches (a year's page beside the event pages).
     */
    static String shape(String path) {
        List<String> parts = Arrays.stream(path.split("/")).map(SearchIndex::literal).collect(Collectors.toList());
        if (parts.size() >= 2) {
            parts.set(parts.size() - 2, "*");
        }
        return String.join("/", parts);
    }

    /** One glob for all the shapes. */
    static String glob(Set<String> shapes) {
        List<String> sorted = shapes.stream().sorted().toList();
        return sorted.size() == 1 ? sorted.get(0) : "{" + String.join(",", sorted) + "}";
    }

    /** A name matched as it is: a character other than a letter, digit, dot, dash or underscore escaped. */
    private static String literal(String name) {
        return GLOB_SPECIAL.matcher(name).replaceAll("\\\\$1");
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
