package dev.dateline.render;

/** A static file of the theme, published under a name that carries a hash of its bytes. */
public record Asset(String sourceName, String publishedPath, byte[] bytes) {
}
