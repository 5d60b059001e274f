package dev.dateline.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Where a build puts its files as they are made; called from several threads at once. */
public interface SiteSink {

    /** Adds the file at {@code path} (from the site root); each path is put once. */
    void put(String path, byte[] bytes);

    /**
     * Adds the file at {@code path} as {@code content} writes it, for files too large to hold in
     * memory whole; a sink that keeps its files in memory collects the bytes.
     */
    default void write(String path, Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            content.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        put(path, bytes.toByteArray());
    }

    /** A file's bytes, written to a stream that the caller closes. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
