package dev.dateline.serve;

import dev.dateline.publish.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One build of the site as the preview serves it, from memory: every file with its type and
 * ETag, and every HTML page carrying the live-reload script. Immutable.
 */
final class ServedSite {
    static final String NOT_FOUND = "404.html";
    private static final ServedFile PLAIN_NOT_FOUND =
            new ServedFile("Not found\n".getBytes(StandardCharsets.UTF_8), MediaTypes.of("x.txt"), "not-found");
    private static final String UNBUILT_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Dateline preview: the site could not be built</title></head>
            <body>
            <h1>The site could not be built</h1>
            <p>The errors are listed here and where <code>dateline serve</code> runs.
            This page reloads by itself once they are fixed.</p>
            </body>
            </html>
            """;

    private final Map<String, ServedFile> files;
    /** Files served where the site has none (the search index, made after the site), or null. */
    private final ServedSite beside;

    private ServedSite(Map<String, ServedFile> files, ServedSite beside) {
        this.files = Map.copyOf(files);
        this.beside = beside;
    }

    private ServedSite(Map<String, ServedFile> files) {
        this(files, null);
    }

    /** This site, with the files of {@code other} where it has none. */
    ServedSite with(ServedSite other) {
        return new ServedSite(files, other);
    }

    static ServedSite of(SiteOutput output, ReloadScript reload) {
        Map<String, ServedFile> files = new HashMap<>();
        output.files().forEach((path, bytes) -> files.put(path, serve(path, bytes, reload)));
        return new ServedSite(files);
    }

    /** Before the first good build: every URL answers with a page that waits for one. */
    static ServedSite unbuilt(ReloadScript reload) {
        return new ServedSite(Map.of(NOT_FOUND, serve(NOT_FOUND, UNBUILT_PAGE.getBytes(StandardCharsets.UTF_8), reload)));
    }

    Optional<ServedFile> file(String path) {
        ServedFile file = files.get(path);
        return file == null && beside != null ? beside.file(path) : Optional.ofNullable(file);
    }

    /** The site's own 404 page, served for every unknown path. */
    ServedFile notFound() {
        return files.getOrDefault(NOT_FOUND, PLAIN_NOT_FOUND);
    }

    Set<String> paths() {
        return files.keySet();
    }

    private static ServedFile serve(String path, byte[] bytes, ReloadScript reload) {
        String type = MediaTypes.of(path);
        String version = version(bytes);
        byte[] body = type.startsWith("text/html") ? reload.inject(bytes, version) : bytes;
        return new ServedFile(body, type, version);
    }

    private static String version(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
