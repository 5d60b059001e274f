package dev.dateline.render;

import dev.dateline.model.ImageSize;

/** An event's image as published: under a name that carries a hash of its bytes, with its pixel size. */
public record PublishedImage(String publishedPath, byte[] bytes, ImageSize size) {
}
