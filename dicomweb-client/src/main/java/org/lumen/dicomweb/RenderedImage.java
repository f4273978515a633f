package org.lumen.dicomweb;

import java.util.Objects;

/**
 * A rendered image or thumbnail as returned. The array is not copied.
 *
 * @param mediaType the response's media type, e.g. {@code image/jpeg}
 * @param fromThumbnail true when the server's thumbnail resource answered, false when rendered did
 * @param data the encoded image
 */
public record RenderedImage(String mediaType, boolean fromThumbnail, byte[] data) {
    public RenderedImage {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
    }
}
