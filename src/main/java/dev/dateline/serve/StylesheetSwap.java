package dev.dateline.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stylesheets an edit of the theme's CSS renamed: assets carry a hash of their content in
 * their names, so a changed {@code style.css} is published under a new name. An open page can
 * swap its {@code <link>} to the new name instead of reloading.
 */
record StylesheetSwap(List<Rename> renames) {
    private static final Pattern HASHED_CSS = Pattern.compile("(.*)\\.[0-9a-f]{10}\\.css");

    /** One stylesheet, by the URL paths of its old and new names. */
    record Rename(String from, String to) {
    }

    /** The renames between two builds; empty when anything besides hashed stylesheets came or went. */
    static Optional<StylesheetSwap> between(ServedSite before, ServedSite after, BasePath base) {
        Optional<Map<String, String>> gone = byStem(difference(before.paths(), after.paths()));
        Optional<Map<String, String>> come = byStem(difference(after.paths(), before.paths()));
        if (gone.isEmpty() || come.isEmpty() || gone.get().isEmpty() || !gone.get().keySet().equals(come.get().keySet())) {
            return Optional.empty();
        }
        Map<String, String> removed = gone.get();
        Map<String, String> added = come.get();
        List<Rename> renames = new ArrayList<>();
        removed.forEach((stem, from) -> renames.add(new Rename(base.resolve(from), base.resolve(added.get(stem)))));
        return Optional.of(new StylesheetSwap(List.copyOf(renames)));
    }

    /** {@code {"version":"…","renames":[{"from":"…","to":"…"}]}}; the paths are URL-encoded, so need no escaping. */
    String json(String version) {
        StringBuilder out = new StringBuilder("{\"version\":\"").append(version).append("\",\"renames\":[");
        for (int i = 0; i < renames.size(); i++) {
            Rename r = renames.get(i);
            out.append(i == 0 ? "" : ",").append("{\"from\":\"").append(r.from())
                    .append("\",\"to\":\"").append(r.to()).append("\"}");
        }
        return out.append("]}").toString();
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        return a.stream().filter(path -> !b.contains(path)).sorted().toList();
    }

    /** The paths by their name without the hash; empty when one of them is not a hashed stylesheet. */
    private static Optional<Map<String, String>> byStem(List<String> paths) {
        Map<String, String> out = new HashMap<>();
        for (String path : paths) {
            Matcher m = HASHED_CSS.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
            out.put(m.group(1), path);
        }
        return Optional.of(out);
    }
}
