package dev.dateline.serve;

/**
 * One response body the preview can send, with its Content-Type and version: a hash of the
 * file as built, which is its ETag and tells an open page whether it is still current.
 */
record ServedFile(byte[] body, String contentType, String version) {

    String etag() {
        return "\"" + version + "\"";
    }
}
