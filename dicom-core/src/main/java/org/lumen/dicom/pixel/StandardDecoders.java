package org.lumen.dicom.pixel;

import org.lumen.dicom.UID;
import org.lumen.dicom.codec.jpeg.JpegDecoder;

/** Holds the registry of {@link FrameDecoders#standard()}, built once. */
final class StandardDecoders {
    private StandardDecoders() {}

    static final FrameDecoders ALL = FrameDecoders.builder()
            .decoder(new JpegDecoder(), UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit, UID.JPEGLossless, UID.JPEGLosslessSV1)
            .build();
}
