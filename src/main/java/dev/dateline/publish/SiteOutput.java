package dev.dateline.publish;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Every file of a built site, by path from the site root, in a stable order. */
public record SiteOutput(SortedMap<String, byte[]> files) {

    public SiteOutput {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    public static SiteOutput of(Map<String, byte[]> files) {
        return new SiteOutput(new TreeMap<>(files));
    }
}
