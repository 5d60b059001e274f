package dev.dateline.starter;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published Dateline release: the GitHub repository ({@code owner/name}) whose release it is, and its
 * version. A new site's workflow uses the Dateline action at its tag, {@code owner/name@vX.Y.Z}.
 */
public record Release(String repository, String version) {
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern ACTION = Pattern.compile("(" + REPOSITORY + ")@v(" + VERSION + ")");

    public Release {
        if (!REPOSITORY.matcher(repository).matches() || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("not a release: " + repository + "@v" + version);
        }
    }

    /** The release of {@code owner/name@vX.Y.Z}, if {@code text} is one. */
    public static Optional<Release> parse(String text) {
        Matcher matcher = ACTION.matcher(text);
        return matcher.matches() ? Optional.of(new Release(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    /** The release of version {@code version} published from {@code repository}, if both have that form. */
    public static Optional<Release> of(String repository, String version) {
        return parse(repository + "@v" + version);
    }

    public String tag() {
        return "v" + version;
    }

    /** How a workflow names the Dateline action of this release: {@code owner/name@vX.Y.Z}. */
    @Override
    public String toString() {
        return repository + "@" + tag();
    }
}
