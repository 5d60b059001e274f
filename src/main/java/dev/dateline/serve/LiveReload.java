package dev.dateline.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events channel to the open pages, and what they should show. Each page
 * connects with its URL path and the version of the page it holds; after every build the
 * channel compares that with what the URL serves now, and tells the page to reload, to swap
 * its stylesheet, to show the build errors, or to hide them. A page that connects late or
 * reconnects is brought up to date the same way, so no change is missed.
 *
 * <p>Publishing never writes to a socket: it puts each page's event in that page's outbox,
 * which a thread of its own drains. An outbox holds at most {@link #OUTBOX} events; a page whose
 * outbox is full does not keep up (it stopped reading) and is dropped, never waited for. It
 * reconnects, if it is still there, and is brought up to date then.
 */
final class LiveReload implements AutoCloseable {
    static final int OUTBOX = 16;
    static final int MAX_PAGES = 256;

    private final SiteRouter router;
    private final List<Page> pages = new ArrayList<>();
    private final ThreadPoolExecutor senders;
    private volatile PreviewState state;

    LiveReload(SiteRouter router, PreviewState initial, ThreadFactory threads) {
        this.router = router;
        this.state = initial;
        this.senders = new ThreadPoolExecutor(0, MAX_PAGES, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), threads,
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** What the preview serves now. */
    PreviewState state() {
        return state;
    }

    /** Keeps the request open as an event stream for the page at {@code path}. */
    void connect(HttpExchange exchange, String path, String version) throws IOException {
        synchronized (this) {
            if (pages.size() >= MAX_PAGES) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        Page page = new Page(exchange, path, version);
        synchronized (this) {
            pages.add(page);
            if (!page.offer("retry: 1000\n\n") || !update(page, Optional.empty())) {
                drop(page);
            }
        }
    }

    /** Makes {@code next} what the preview serves and tells every open page what changed for it. */
    synchronized void publish(PreviewState next, Optional<StylesheetSwap> swap) {
        state = next;
        for (Page page : List.copyOf(pages)) {
            if (!update(page, swap)) {
                drop(page);
            }
        }
    }

    /** Sends a comment to every page, which also finds the pages that were closed. */
    synchronized void ping() {
        for (Page page : List.copyOf(pages)) {
            if (!page.offer(": ping\n\n")) {
                drop(page);
            }
        }
    }

    /** How many pages are connected. */
    synchronized int pageCount() {
        return pages.size();
    }

    @Override
    public synchronized void close() {
        List.copyOf(pages).forEach(this::drop);
        senders.shutdown();
    }

    /** Brings one page up to date; false when it is gone or does not keep up. */
    private boolean update(Page page, Optional<StylesheetSwap> swap) {
        PreviewState now = state;
        if (now.errors().isPresent()) {
            return page.offer(event("failed", now.errors().get()));
        }
        String version = router.route(page.path, null, now.site()).page().map(ServedFile::version).orElse("");
        if (version.equals(page.version)) {
            return page.offer(event("ok", ""));
        }
        page.version = version;
        if (swap.isPresent()) {
            return page.offer(event("css", swap.get().json(version)));
        }
        return page.offer(event("reload", ""));
    }

    /** Forgets the page; its sender closes its stream once it is free. */
    private void drop(Page page) {
        pages.remove(page);
        page.drop();
    }

    /** One event; every line of the data gets its own {@code data:} field, as the format requires. */
    private static String event(String name, String data) {
        StringBuilder out = new StringBuilder("event: ").append(name).append('\n');
        for (String line : data.split("\\R", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    /** An open page: its event stream, and the events on their way to it. */
    private final class Page {
        private final HttpExchange exchange;
        private final String path;
        private final Deque<byte[]> outbox = new ArrayDeque<>();
        private String version;
        private boolean sending;
        private boolean dropped;

        Page(HttpExchange exchange, String path, String version) {
            this.exchange = exchange;
            this.path = path;
            this.version = version;
        }

        /** Queues an event; false when the page is gone or its outbox is full. */
        synchronized boolean offer(String text) {
            if (dropped || outbox.size() >= OUTBOX) {
                return false;
            }
            outbox.add(text.getBytes(StandardCharsets.UTF_8));
            return startSending();
        }

        synchronized void drop() {
            dropped = true;
            outbox.clear();
            startSending();
        }

        /** Starts a sender unless one runs; false when none can be had. */
        private boolean startSending() {
            if (sending) {
                return true;
            }
            try {
                senders.execute(this::send);
                sending = true;
                return true;
            } catch (RejectedExecutionException e) {
                dropped = true;
                return false;
            }
        }

        /** Writes the outbox until it is empty; closes the stream once the page is dropped. */
        private void send() {
            while (true) {
                byte[] next;
                synchronized (this) {
                    next = dropped ? null : outbox.poll();
                    if (next == null) {
                        sending = false;
                        if (!dropped) {
                            return;
                        }
                    }
                }
                if (next == null) {
                    exchange.close();
                    return;
                }
                try {
                    OutputStream body = exchange.getResponseBody();
                    body.write(next);
                    body.flush();
                } catch (IOException e) {
                    synchronized (LiveReload.this) {
                        LiveReload.this.drop(this);
                    }
                }
            }
        }
    }
}
