package dev.dateline.publish;

import java.nio.file.Path;

/**
 * A new site on its way into the output folder: files are put as the build makes them, and
 * nothing in the output changes until {@link #commit()}. {@link #close()} without a commit
 * throws the new files away and leaves the output as it was.
 */
public sealed interface PendingSite extends SiteSink, AutoCloseable permits StagedSite, SiteUpdate {

    /** The folder the new site is written into, file by file, before the commit. */
    Path folder();

    /** Marks the output as Dateline's and makes it hold exactly the files put. */
    void commit();

    /** How many files the site has. */
    int fileCount();

    /** How many bytes its files hold. */
    long totalBytes();

    /** How many files the commit writes: new ones and ones whose bytes differ from the output's. */
    int changedCount();

    @Override
    void close();
}
