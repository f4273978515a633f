package org.lumen.dicomweb;

import java.util.Objects;

/**
 * One bulk data part of a STOW-RS request in DICOM JSON: the bytes that a {@code BulkDataURI} in
 * the metadata refers to, sent with that URI as the part's {@code Content-Location}.
 *
 * @param contentLocation the URI, exactly as the metadata's {@code BulkDataURI} names it
 * @param mediaType the part's media type, e.g. {@code application/octet-stream} for native pixel
 *                  data (little endian), or {@code image/jls} for a compressed frame, with a
 *                  {@code transfer-syntax} parameter where needed
 * @param data the bytes (held in memory; a part is one attribute or frame of one instance)
 */
public record BulkDataPart(String contentLocation, String mediaType, byte[] data) {
    public BulkDataPart {
        Objects.requireNonNull(contentLocation, "contentLocation");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(data, "data");
        if (contentLocation.isBlank()) {
            throw new IllegalArgumentException("a bulk data part needs a Content-Location");
        }
    }
}
