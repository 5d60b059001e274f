package dev.dateline.serve;

import dev.dateline.Dateline;
import dev.dateline.publish.SiteOutput;
import dev.dateline.search.SearchUnavailableException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The preview's search index: made by Pagefind on a thread of its own after a good build, never on
 * the way of a rebuild or a request, and served beside the site once it is ready. Saves in quick
 * succession make one index, of the last build; until it is ready the previous index is served
 * (none before the first, and the search box says it is not ready yet).
 */
final class PreviewSearch implements AutoCloseable {
    /** How long after a build the index is made, so that a burst of saves makes one. */
    private static final long SETTLE_MILLIS = 300;

    private final Path content;
    private final Map<String, String> environment;
    private final ReloadScript reload;
    private final Consumer<String> problems;
    private final ScheduledExecutorService worker;
    private volatile ServedSite files;
    private ScheduledFuture<?> next;
    /** The last problem told, so that each save does not tell it again. */
    private String told = "";

    PreviewSearch(Path content, Map<String, String> environment, ReloadScript reload, Consumer<String> problems,
            ThreadFactory threads) {
        this.content = content;
        this.environment = Map.copyOf(environment);
        this.reload = reload;
        this.problems = problems;
        this.worker = Executors.newSingleThreadScheduledExecutor(threads);
        this.files = ServedSite.of(SiteOutput.of(Map.of()), reload);
    }

    /** Makes the index of this build, soon, in place of any not yet begun. */
    synchronized void update(SiteOutput site) {
        if (next != null) {
            next.cancel(false);
        }
        next = worker.schedule(() -> index(site), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void index(SiteOutput site) {
        try {
            files = ServedSite.of(SiteOutput.of(Dateline.searchIndex(site, content, environment)), reload);
            told = "";
        } catch (SearchUnavailableException e) {
            tell("search: " + e.getMessage() + "\n  hint: " + e.hint());
        } catch (RuntimeException e) {
            tell("search: the index could not be made: " + e.getMessage());
        }
    }

    private void tell(String problem) {
        if (!problem.equals(told)) {
            told = problem;
            problems.accept(problem);
        }
    }

    /** The index's files, by their path in the site. */
    ServedSite files() {
        return files;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
