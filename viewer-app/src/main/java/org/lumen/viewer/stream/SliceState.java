package org.lumen.viewer.stream;

/** Where one slice of a streamed series stands. Only LOSSLESS is diagnostic; nothing is ever interpolated. */
public enum SliceState {
    /** Not yet received: shown as missing, with no image. */
    MISSING,
    /** A server-rendered lossy preview is shown until the frame arrives, marked PREVIEW / LOSSY. */
    PREVIEW,
    /** The frame arrived in a lossy transfer syntax (the server had no lossless one): marked LOSSY for good. */
    LOSSY,
    /** The frame arrived losslessly. */
    LOSSLESS,
    /** The frame could not be fetched or decoded: shown as missing. */
    FAILED
}
