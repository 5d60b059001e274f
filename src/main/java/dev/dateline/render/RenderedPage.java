package dev.dateline.render;

/** One output file: its path from the site root and its bytes. */
public record RenderedPage(String path, byte[] bytes) {
}
