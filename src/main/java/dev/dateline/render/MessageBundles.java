package dev.dateline.render;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme's site-wide message bundles: {@code messages.properties} and
 * {@code messages_<lang>.properties} (UTF-8) in {@code templates/messages/}. A more
 * specific bundle overrides a general one, as with {@link java.util.ResourceBundle}.
 */
public final class MessageBundles {
    private final Path folder;
    private final Map<Locale, Messages> cache = new ConcurrentHashMap<>();

    public MessageBundles(Path folder) {
        this.folder = folder;
    }

    public Messages forLocale(Locale locale) {
        return cache.computeIfAbsent(locale, this::load);
    }


    private Messages load(Locale locale) {
        Map<String, String> merged = new HashMap<>(read("messages.properties"));
        if (!locale.getLanguage().isEmpty()) {
            merged.putAll(read("messages_" + locale.getLanguage() + ".properties"));
        }
        if (!locale.getCountry().isEmpty()) {
            merged.putAll(read("messages_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties"));
        }
        return new Messages(locale, merged);
    }

    private Map<String, String> read(String name) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new HashMap<>();
        properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
        return out;
    }
}
