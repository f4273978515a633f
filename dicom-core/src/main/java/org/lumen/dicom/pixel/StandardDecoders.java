package org.lumen.dicom.pixel;

import org.lumen.dicom.UID;
import org.lumen.dicom.codec.j2k.Jpeg2000Decoder;
import org.lumen.dicom.codec.jpeg.JpegDecoder;
import org.lumen.dicom.codec.jpegls.JpegLsDecoder;
import org.lumen.dicom.codec.rle.RleDecoder;

/**
 * Holds the registry of {@link FrameDecoders#standard()}, built once. HTJ2K is not registered: the
 * JPEG 2000 library on Maven Central does not decode high-throughput code blocks.
 */
final class StandardDecoders {
    private StandardDecoders() {}

    static final FrameDecoders ALL = FrameDecoders.builder()
            .decoder(new JpegDecoder(), UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit, UID.JPEGLossless, UID.JPEGLosslessSV1)
            .decoder(new JpegLsDecoder(), UID.JPEGLSLossless, UID.JPEGLSNearLossless)
            .decoder(new Jpeg2000Decoder(), UID.JPEG2000Lossless, UID.JPEG2000)
            .decoder(new RleDecoder(), UID.RLELossless)
            .build();
}
