package dev.dateline.model;

import java.util.Optional;

/** Where something was said or reported, named as the story names it. */
public record Source(String name, Optional<String> url, Optional<EdtfDate> published, Optional<String> kind) {
}
