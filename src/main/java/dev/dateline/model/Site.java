package dev.dateline.model;

import java.util.List;

/** Everything a build publishes: the settings and the timelines, the home timeline first. */
public record Site(SiteConfig config, List<Timeline> timelines) {

    public Site {
        timelines = List.copyOf(timelines);
    }

    public Timeline home() {
        return timelines.get(0);
    }
}
