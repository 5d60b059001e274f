package dev.dateline.publish;

import dev.dateline.model.Site;

/**
 * One kind of output a site publishes: its pages, feeds, TimelineJS data, the theme's assets,
 * robots.txt. To add an output, implement this and list it in {@link Publisher}. Implementations
 * are thread-safe: artifacts are written at the same time, each into the same sink.
 */
@FunctionalInterface
public interface SiteArtifact {
    /** Puts this artifact's files of {@code site} into {@code out}, each as soon as it is made. */
    void write(Site site, SiteSink out);
}
