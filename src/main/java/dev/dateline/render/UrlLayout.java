package dev.dateline.render;

import dev.dateline.model.Event;
import dev.dateline.model.Site;
import dev.dateline.model.Timeline;

/**
 * Where each page lives in the output, as paths from the site root, and how one page
 * links to another: always relative, always to a file, so the site also works from disk.
 */
public final class UrlLayout {
    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";
    /** A timeline's Atom feed and its TimelineJS3 data, beside its own page. */
    public static final String FEED = "feed.xml";
    public static final String TIMELINE_JSON = "timeline.json";

    private final Site site;

    public UrlLayout(Site site) {
        this.site = site;
    }

    public boolean isHome(Timeline timeline) {
        return site.home().id().equals(timeline.id());
    }

    /** The page of a timeline: the home page for the home timeline. */
    public String timeline(Timeline timeline) {
        return isHome(timeline) ? HOME : ownTimelinePage(timeline);
    }

    /** The page under the timeline's own id, which exists for the home timeline too. */
    public String ownTimelinePage(Timeline timeline) {
        return timeline.id() + "/index.html";
    }

    public String event(Timeline timeline, Event event) {
        return timeline.id() + "/" + event.id() + "/index.html";
    }

    public String timelineFile(Timeline timeline, String name) {
        return timeline.id() + "/" + name;
    }

    /** A link from the page at {@code from} to the file at {@code to}, both relative to the site root. */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1
                && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder out = new StringBuilder("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            out.append(toParts[i]).append(i < toParts.length - 1 ? "/" : "");
        }
        return out.toString();
    }

    /** The pretty URL of a page, for canonical links: {@code a/b/index.html} becomes {@code a/b/}. */
    public static String pretty(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}
