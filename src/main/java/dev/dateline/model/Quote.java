package dev.dateline.model;

import java.util.Optional;

/** Words as they were said, in their own language, by an actor. */
public record Quote(String text, String lang, String by, Optional<String> translation, Optional<Source> source) {
}
