package dev.dateline.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The theme's static files ({@code templates/assets/}), read once, with content-hashed names. */
public final class Assets {
    private final Map<String, Asset> byName;

    private Assets(Map<String, Asset> byName) {
        this.byName = byName;
    }

    public static Assets load(Path folder) {
        Map<String, Asset> assets = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    if (!name.startsWith(".") && !name.contains("/.")) {
                        assets.put(name, asset(name, Files.readAllBytes(file)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Assets(Map.copyOf(assets));
    }

    /** The theme's file {@code name} as it is published under {@code assets/}, from its bytes {@code source}. */
    static Asset asset(String name, byte[] source) {
        byte[] bytes = published(name, source);
        return new Asset(name, "assets/" + hashed(name, bytes), bytes);
    }

    /** Stylesheets are published without their comments and layout whitespace. */
    private static byte[] published(String name, byte[] source) {
        if (!name.endsWith(".css")) {
            return source;
        }
        return CssMinifier.minify(new String(source, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    public Optional<Asset> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<Asset> all() {
        return byName.values().stream().sorted(java.util.Comparator.comparing(Asset::sourceName)).toList();
    }

    static String hashed(String name, byte[] bytes) {
        int dot = name.lastIndexOf('.');
        String stem = dot < 0 ? name : name.substring(0, dot);
        String ext = dot < 0 ? "" : name.substring(dot);
        return stem + "." + hash(bytes) + ext;
    }

    static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
