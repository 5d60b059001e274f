package dev.dateline.workflow;

import com.sun.net.httpserver.HttpExchange;
import dev.dateline.LoopbackServer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves release files on 127.0.0.1 the way GitHub does: {@code /OWNER/REPO/releases/download/TAG/NAME}
 * answers with a redirect to where the file is stored. Stands in for {@code GITHUB_SERVER_URL}.
 */
final class ReleaseServer implements AutoCloseable {
    private final Map<String, byte[]> assets = new ConcurrentHashMap<>();
    private final List<String> downloads = new CopyOnWriteArrayList<>();
    private final LoopbackServer server = new LoopbackServer(this::serve);

    /** The server's address, as {@code GITHUB_SERVER_URL} gives it: no slash at the end. */
    String url() {
        return server.origin();
    }

    /** Publishes {@code bytes} as the file {@code name} of the release {@code tag} of {@code repository}. */
    void publish(String repository, String tag, String name, byte[] bytes) {
        assets.put("/" + repository + "/releases/download/" + tag + "/" + name, bytes);
    }

    /** The release files downloaded so far, by their download path. */
    List<String> downloads() {
        return List.copyOf(downloads);
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/storage/")) {
                String download = path.substring("/storage".length());
                byte[] body = assets.get(download);
                if (body != null) {
                    downloads.add(download);
                    exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                    return;
                }
            } else if (assets.containsKey(path)) {
                exchange.getResponseHeaders().set("Location", "/storage" + path);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            exchange.sendResponseHeaders(404, -1);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
