package dev.dateline.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code dateline --version}: the version the build recorded. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Dateline " + BuildInfo.read().version()};
    }
}
