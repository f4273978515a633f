package org.lumen.dicomweb.internal;

/** What a request fetches; carried as the request's tag so interceptors can apply per-kind rules. */
public enum RequestKind {
    /** QIDO-RS search or WADO-RS metadata: JSON, compressible. */
    JSON(true),
    /** Frames (pixel data). */
    PIXEL(false),
    /** Bulk data. */
    BULK(false),
    /** Part 10 instances. */
    INSTANCE(false),
    /** Rendered images and thumbnails: already compressed. */
    RENDERED(false);

    private final boolean gzipAllowed;

    RequestKind(boolean gzipAllowed) {
        this.gzipAllowed = gzipAllowed;
    }

    /** Whether the response may be content-encoded (gzip). Pixel data never: it costs 25x throughput. */
    public boolean gzipAllowed() {
        return gzipAllowed;
    }
}
