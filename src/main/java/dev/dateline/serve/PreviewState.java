package dev.dateline.serve;

import java.util.Optional;

/** What the preview shows: the last good build, and the report of the latest build when it failed. */
record PreviewState(ServedSite site, Optional<String> errors) {
}
