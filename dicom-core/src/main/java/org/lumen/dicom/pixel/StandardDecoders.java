package org.lumen.dicom.pixel;

/** Holds the registry of {@link FrameDecoders#standard()}, built once. */
final class StandardDecoders {
    private StandardDecoders() {}

    static final FrameDecoders ALL = FrameDecoders.builder().build();
}
