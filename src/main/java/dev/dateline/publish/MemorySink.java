package dev.dateline.publish;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/** Keeps a build's files in memory, for the preview and for tests. */
public final class MemorySink implements SiteSink {
    private final Map<String, byte[]> files = new ConcurrentSkipListMap<>();

    @Override
    public void put(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    public SiteOutput output() {
        return SiteOutput.of(files);
    }
}
