package dev.dateline.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a request path names in the served site, the way GitHub Pages answers: a file, a folder
 * whose URL lacks its trailing slash, nothing (the site's 404 page), or a path that tries to
 * leave the site. Paths are decoded strictly, segment by segment, and only ever looked up among
 * the site's own files, so no request can reach anything else.
 */
final class SiteRouter {
    private static final String INDEX = "index.html";

    sealed interface Route {
        /** The file the browser gets, whatever the status. */
        default Optional<ServedFile> page() {
            return Optional.empty();
        }
    }

    record Found(ServedFile file) implements Route {
        @Override
        public Optional<ServedFile> page() {
            return Optional.of(file);
        }
    }

    record NotFound(ServedFile file) implements Route {
        @Override
        public Optional<ServedFile> page() {
            return Optional.of(file);
        }
    }

    record Redirect(String location) implements Route {
    }

    record Rejected() implements Route {
    }

    private final BasePath base;

    SiteRouter(BasePath base) {
        this.base = base;
    }

    Route route(String rawPath, String rawQuery, ServedSite site) {
        String query = rawQuery == null ? "" : "?" + rawQuery;
        String prefix = base.value();
        if (!prefix.equals("/") && rawPath.equals(prefix.substring(0, prefix.length() - 1))) {
            return new Redirect(prefix + query);
        }
        if (!rawPath.startsWith(prefix)) {
            return new NotFound(site.notFound());
        }
        String rest = rawPath.substring(prefix.length());
        Optional<List<String>> segments = decode(rest);
        if (segments.isEmpty()) {
            return new Rejected();
        }
        String path = String.join("/", segments.get());
        if (rest.isEmpty() || rest.endsWith("/")) {
            return found(site, path.isEmpty() ? INDEX : path + "/" + INDEX);
        }
        Optional<ServedFile> file = site.file(path);
        if (file.isPresent()) {
            return new Found(file.get());
        }
        if (site.file(path + "/" + INDEX).isPresent()) {
            return new Redirect(prefix + rest + "/" + query);
        }
        return new NotFound(site.notFound());
    }

    private static Route found(ServedSite site, String path) {
        return site.file(path).<Route>map(Found::new).orElseGet(() -> new NotFound(site.notFound()));
    }

    /** The decoded segments of a path below the base, the last one empty for a folder URL. */
    private static Optional<List<String>> decode(String rest) {
        List<String> out = new ArrayList<>();
        String[] raw = rest.split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            boolean last = i == raw.length - 1;
            if (last && raw[i].isEmpty()) {
                break;
            }
            Optional<String> segment = UrlPaths.decodeSegment(raw[i]).filter(SiteRouter::isPlainName);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            out.add(segment.get());
        }
        return Optional.of(out);
    }

    /** A name of one file or folder: no separators, no dot segments, no control characters. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return false;
        }
        return name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20 || c == 0x7f);
    }
}
