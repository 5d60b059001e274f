package dev.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Server-Sent Events channel to the open pages, and what they should show. Each page
 * connects with its URL path and the version of the page it holds; after every build the
 * channel compares that with what the URL serves now, and tells the page to reload, to swap
 * its stylesheet, to show the build errors, or to hide them. A page that connects late or
 * reconnects is brought up to date the same way, so no change is missed.
 */
final class LiveReload implements AutoCloseable {
    private final SiteRouter router;
    private final List<Page> pages = new ArrayList<>();
    private volatile PreviewState state;

    LiveReload(SiteRouter router, PreviewState initial) {
        this.router = router;
        this.state = initial;
    }

    /** What the preview serves now. */
    PreviewState state() {
        return state;
    }

    /** Keeps the request open as an event stream for the page at {@code path}. */
    synchronized void connect(HttpExchange exchange, String path, String version) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        Page page = new Page(exchange, path, version);
        if (page.send("retry: 1000\n\n") && update(page, Optional.empty())) {
            pages.add(page);
        }
    }

    /** Makes {@code next} what the preview serves and tells every open page what changed for it. */
    synchronized void publish(PreviewState next, Optional<StylesheetSwap> swap) {
        state = next;
        pages.removeIf(page -> !update(page, swap));
    }

    /** Sends a comment to every page, which also finds the pages that were closed. */
    synchronized void ping() {
        pages.removeIf(page -> !page.send(": ping\n\n"));
    }

    @Override
    public synchronized void close() {
        pages.forEach(Page::close);
        pages.clear();
    }

    /** Brings one page up to date; false when it is gone. */
    private boolean update(Page page, Optional<StylesheetSwap> swap) {
        PreviewState now = state;
        if (now.errors().isPresent()) {
            return page.send(event("failed", now.errors().get()));
        }
        String version = router.route(page.path, null, now.site()).page().map(ServedFile::version).orElse("");
        if (version.equals(page.version)) {
            return page.send(event("ok", ""));
        }
        page.version = version;
        if (swap.isPresent()) {
            return page.send(event("css", swap.get().json(version)));
        }
        return page.send(event("reload", ""));
    }

    /** One event; every line of the data gets its own {@code data:} field, as the format requires. */
    private static String event(String name, String data) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\\R", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    private static final class Page {
        private final HttpExchange exchange;
        private final String path;
        private String version;

        Page(HttpExchange exchange, String path, String version) {
            this.exchange = exchange;
            this.path = path;
            this.version = version;
        }

        boolean send(String text) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
                return true;
            } catch (IOException e) {
                close();
                return false;
            }
        }

        void close() {
            exchange.close();
        }
    }
}
