package dev.dateline.render;

import dev.dateline.model.Event;
import dev.dateline.model.ImageSize;
import dev.dateline.model.Media;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The local images of a site's events, read once per build and published under
 * {@code media/} with content-hashed names, so that a changed image gets a new URL.
 */
final class Images {
    static final String FOLDER = "media/";

    private final Map<Path, PublishedImage> bySource;

    private Images(Map<Path, PublishedImage> bySource) {
        this.bySource = bySource;
    }

    static Images of(Site site) {
        Map<Path, PublishedImage> images = new LinkedHashMap<>();
        for (Timeline timeline : site.timelines()) {
            for (Event event : timeline.events()) {
                for (Media media : event.media()) {
                    if (!media.remote()) {
                        images.computeIfAbsent(source(event, media), file -> read(file, media.src()));
                    }
                }
            }
        }
        return new Images(Map.copyOf(images));
    }

    Optional<PublishedImage> find(Event event, Media media) {
        return Optional.ofNullable(bySource.get(source(event, media)));
    }

    /** Every image once, in a stable order. */
    Collection<PublishedImage> all() {
        Map<String, PublishedImage> byPath = new TreeMap<>();
        bySource.values().forEach(image -> byPath.putIfAbsent(image.publishedPath(), image));
        return byPath.values();
    }

    private static Path source(Event event, Media media) {
        return event.file().resolveSibling(media.src()).toAbsolutePath().normalize();
    }

    private static PublishedImage read(Path file, String name) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            ImageSize size = ImageSize.read(bytes).orElseThrow(() -> new IllegalStateException(
                    file + " is not a " + ImageSize.FORMATS + " image; the content check should have said so"));
            return new PublishedImage(FOLDER + Assets.hashed(name, bytes), bytes, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image " + file + ": " + e.getMessage(), e);
        }
    }
}
