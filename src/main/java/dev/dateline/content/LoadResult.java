package dev.dateline.content;

import dev.dateline.diagnostics.Diagnostics;
import dev.dateline.model.Site;
import java.util.Optional;

/** The site read from content, present only when there were no errors, and every diagnostic. */
public record LoadResult(Optional<Site> site, Diagnostics diagnostics) {
}
