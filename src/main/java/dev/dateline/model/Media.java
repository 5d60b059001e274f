package dev.dateline.model;

import java.util.Optional;

/** An image beside the event file, or a remote resource shown as a link. */
public record Media(String src, String alt, Optional<String> caption, Optional<String> credit) {

    public boolean remote() {
        return src.startsWith("http://") || src.startsWith("https://");
    }
}
