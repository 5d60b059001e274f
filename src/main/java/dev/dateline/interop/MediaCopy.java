package dev.dateline.interop;

import java.nio.file.Path;

/** An image file beside the imported source, to be copied beside the event files as {@code name}. */
public record MediaCopy(Path from, String name) {
}
