package dev.dateline.cli;

import dev.dateline.starter.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * What the build of this Dateline recorded about it: its version and, for a release, the GitHub
 * repository ({@code owner/name}) the release is published from.
 */
record BuildInfo(String version, String repository) {
    private static final String RESOURCE = "/dev/dateline/version.properties";

    static BuildInfo read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from Dateline");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildInfo(properties.getProperty("version", ""), properties.getProperty("repository", ""));
    }

    /** The release this Dateline is; empty for a development build (such as 0.2.0-SNAPSHOT). */
    Optional<Release> release() {
        return Release.of(repository, version);
    }
}
