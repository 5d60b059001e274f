package dev.dateline.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers HTTP requests for the preview: the site's files with GitHub Pages' semantics, plus the
 * live-reload script and its event stream under the reserved path. GET and HEAD only; every
 * answer says {@code Cache-Control: no-cache}, so browsers revalidate with their ETag.
 */
final class SiteHandler implements HttpHandler {
    private final SiteRouter router;
    private final ReloadScript reload;
    private final LiveReload live;
    private final AllowedHosts hosts;
    /** Files served beside the site's own: the search index, made after the site. */
    private final Supplier<ServedSite> beside;

    SiteHandler(SiteRouter router, ReloadScript reload, LiveReload live, AllowedHosts hosts, Supplier<ServedSite> beside) {
        this.router = router;
        this.reload = reload;
        this.live = live;
        this.hosts = hosts;
        this.beside = beside;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            URI uri = exchange.getRequestURI();
            Headers headers = exchange.getResponseHeaders();
            headers.set("Cache-Control", "no-cache");
            headers.set("X-Content-Type-Options", "nosniff");
            boolean events = uri.getRawPath().equals(reload.eventsPath());
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                text(exchange, 403, "Forbidden: this preview answers only requests to its own address, such as "
                        + "localhost; to open it under another name, start it with --allow-host NAME");
            } else if (events ? !method.equals("GET") : !method.equals("GET") && !method.equals("HEAD")) {
                headers.set("Allow", events ? "GET" : "GET, HEAD");
                text(exchange, 405, "Method Not Allowed");
            } else if (events) {
                Map<String, String> query = query(uri.getRawQuery());
                live.connect(exchange, query.getOrDefault("path", reload.eventsPath()), query.getOrDefault("version", ""));
                return;
            } else if (uri.getRawPath().equals(reload.scriptPath())) {
                file(exchange, 200, reload.script());
            } else {
                route(exchange, router.route(uri.getRawPath(), uri.getRawQuery(), live.state().site().with(beside.get())));
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
        exchange.close();
    }

    private static void route(HttpExchange exchange, SiteRouter.Route route) throws IOException {
        if (route instanceof SiteRouter.Found found) {
            file(exchange, 200, found.file());
        } else if (route instanceof SiteRouter.NotFound notFound) {
            file(exchange, 404, notFound.file());
        } else if (route instanceof SiteRouter.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            text(exchange, 301, "Moved Permanently");
        } else {
            text(exchange, 400, "Bad Request");
        }
    }

    private static void file(HttpExchange exchange, int status, ServedFile file) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", file.contentType());
        headers.set("ETag", file.etag());
        if (status == 200 && matches(exchange.getRequestHeaders().getFirst("If-None-Match"), file.etag())) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, status, file.body());
    }

    private static void text(HttpExchange exchange, int status, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", MediaTypes.of("x.txt"));
        send(exchange, status, (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Whether an If-None-Match header names the ETag (weak comparison, as RFC 9110 asks for GET). */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }
}
