package dev.dateline.site;

import com.sun.net.httpserver.HttpExchange;
import dev.dateline.LoopbackServer;
import dev.dateline.publish.SiteOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Serves a built site from memory on 127.0.0.1 and a free port, the way a static host would. */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "xml", "application/xml", "json", "application/json",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml");

    private final SiteOutput site;
    private final LoopbackServer server;

    SiteServer(SiteOutput site) {
        this.site = site;
        server = new LoopbackServer(this::serve);
    }

    /** The address of the site's root, ending in a slash. */
    String origin() {
        return server.origin() + "/";
    }

    String url(String path) {
        return origin() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        byte[] body = site.files().get(path);
        int status = 200;
        if (body == null) {
            status = 404;
            path = "404.html";
            body = site.files().get(path);
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
