package dev.dateline.render.view;

/**
 * An image or a link to remote media, as shown. For an image {@code href} is the published
 * file and {@code width}/{@code height} its size; for remote media {@code host} names where
 * the link goes. {@code captionHtml} and {@code creditHtml} may be null.
 */
public record MediaView(boolean remote, String href, String alt, Integer width, Integer height, String host,
        String captionHtml, String creditHtml) {

    public MediaView withHref(String newHref) {
        return new MediaView(remote, newHref, alt, width, height, host, captionHtml, creditHtml);
    }
}
