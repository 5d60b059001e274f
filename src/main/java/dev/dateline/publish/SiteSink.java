package dev.dateline.publish;

/** Where a build puts its files as they are made; called from several threads at once. */
public interface SiteSink {

    /** Adds the file at {@code path} (from the site root); each path is put once. */
    void put(String path, byte[] bytes);
}
