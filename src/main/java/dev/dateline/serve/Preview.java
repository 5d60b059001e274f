package dev.dateline.serve;

import com.sun.net.httpserver.HttpServer;
import dev.dateline.Dateline;
import dev.dateline.diagnostics.Diagnostics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The local preview: builds the site, serves it from memory under its base path as GitHub
 * Pages would, watches the content and the theme, rebuilds after every change and tells the
 * open pages. A failed build keeps the last good site online and shows its errors on the
 * pages. Nothing is written to disk. Close it to stop.
 */
public final class Preview implements AutoCloseable {
    /**
     * The JDK's server reads a request's headers with blocking reads on a thread of the executor,
     * so each connection that is sending headers holds a thread: there are enough for a few hundred
     * slow connections at once, and more wait in the queue; beyond that a connection is closed.
     */
    private static final int THREADS = 256;
    private static final int QUEUE = 256;
    private static final int BACKLOG = 512;

    /**
     * Where the content and theme are, where to serve them, the folder that the paths in error
     * reports are relative to (the working directory, as on the command line), and the host names
     * that requests may name besides the preview's own (see {@link AllowedHosts}).
     */
    public record Settings(Path content, Path templates, InetSocketAddress address, BasePath basePath, Path workingDirectory,
                           List<String> allowedHosts) {

        public Settings {
            allowedHosts = List.copyOf(allowedHosts);
        }

        public Settings(Path content, Path templates, InetSocketAddress address, BasePath basePath, Path workingDirectory) {
            this(content, templates, address, basePath, workingDirectory, List.of());
        }

        public Settings(Path content, Path templates, InetSocketAddress address, BasePath basePath) {
            this(content, templates, address, basePath, Path.of("").toAbsolutePath());
        }
    }

    /** What one build did, for the console: its diagnostics, whether it replaced the site, its duration and cause. */
    public record Build(Diagnostics diagnostics, boolean succeeded, Duration took, Set<Path> changes) {
    }

    private final Settings settings;
    private final Consumer<Build> log;
    private final PreviewBuilder builder;
    private final ReloadScript reload;
    private final LiveReload live;
    private final ChangeWatcher watcher;
    private final HttpServer server;
    private final ThreadPoolExecutor requests;
    private final ScheduledExecutorService pings;
    private final PreviewSearch search;

    private Preview(Settings settings, Consumer<Build> log) throws IOException {
        this.settings = settings;
        this.log = log;
        this.builder = new PreviewBuilder(settings.content(), settings.templates());
        this.reload = new ReloadScript(settings.basePath());
        this.search = new PreviewSearch(settings.content(), System.getenv(), reload, System.err::println,
                daemons("dateline-search"));
        SiteRouter router = new SiteRouter(settings.basePath());
        this.live = new LiveReload(router, new PreviewState(ServedSite.unbuilt(reload), Optional.empty()),
                daemons("dateline-reload"));
        ServerTimeouts.install();
        this.server = HttpServer.create(settings.address(), BACKLOG);
        // a task the executor refuses is a connection the server closes at once; never the dispatcher's to run
        this.requests = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), daemons("dateline-http"), new ThreadPoolExecutor.AbortPolicy());
        this.requests.allowCoreThreadTimeOut(true);
        this.server.createContext("/", new SiteHandler(router, reload, live,
                new AllowedHosts(server.getAddress(), settings.allowedHosts()), search::files));
        this.server.setExecutor(requests);
        this.pings = Executors.newSingleThreadScheduledExecutor(daemons("dateline-ping"));
        try {
            this.watcher = new ChangeWatcher(List.of(settings.content(), settings.templates()), this::rebuild);
        } catch (IOException e) {
            server.stop(0);
            throw e;
        }
    }

    /** Builds the site once, then serves it and watches for changes. */
    public static Preview start(Settings settings, Consumer<Build> log) throws IOException {
        Preview preview = new Preview(settings, log);
        preview.rebuild(Set.of());
        if (preview.live.state().errors().isEmpty()) {
            preview.builder.warmUp();
        }
        preview.server.start();
        preview.watcher.start();
        preview.pings.scheduleAtFixedRate(preview.live::ping, 15, 15, TimeUnit.SECONDS);
        return preview;
    }

    /** The URL of the site's home page. */
    public URI url() {
        InetSocketAddress bound = server.getAddress();
        InetAddress address = bound.getAddress();
        String host = address.isAnyLocalAddress() ? "localhost"
                : address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + bound.getPort() + settings.basePath().value());
    }

    @Override
    public void close() {
        watcher.close();
        pings.shutdownNow();
        live.close();
        server.stop(0);
        requests.shutdownNow();
        search.close();
    }

    private void rebuild(Set<Path> changes) {
        long started = System.nanoTime();
        Dateline.Result result = builder.build(changes);
        PreviewState before = live.state();
        if (result.output().isPresent()) {
            ServedSite site = ServedSite.of(result.output().get(), reload);
            Optional<StylesheetSwap> swap = builder.onlyStylesheets(changes)
                    ? StylesheetSwap.between(before.site(), site, settings.basePath())
                    : Optional.empty();
            live.publish(new PreviewState(site, Optional.empty()), swap);
            search.update(result.output().get());
        } else {
            live.publish(new PreviewState(before.site(), Optional.of(report(result.diagnostics(), settings.workingDirectory()))),
                    Optional.empty());
        }
        log.accept(new Build(result.diagnostics(), result.output().isPresent(),
                Duration.ofNanos(System.nanoTime() - started), changes));
    }

    /** The diagnostics as the command line prints them, then what the preview does about them. */
    private static String report(Diagnostics diagnostics, Path workingDirectory) {
        return diagnostics.sorted().stream().map(d -> d.format(workingDirectory)).collect(Collectors.joining("\n"))
                + "\nbuild failed: " + diagnostics.summary() + "; the preview shows the last good build";
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
