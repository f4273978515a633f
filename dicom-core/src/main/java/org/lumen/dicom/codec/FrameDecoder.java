package org.lumen.dicom.codec;

import org.lumen.dicom.DicomFormatException;

/**
 * Decodes the compressed bitstream of one frame (the concatenated fragments of that frame). One
 * implementation per family of transfer syntaxes; implementations are stateless and thread-safe.
 */
public interface FrameDecoder {
    /**
     * @param bitstream the frame's compressed bytes
     * @param info      what the data set says the frame holds
     * @throws DicomFormatException {@code BAD_PIXEL_DATA} naming the byte offset in the bitstream
     *                              when it is broken or disagrees with {@code info}
     */
    DecodedFrame decode(byte[] bitstream, FrameInfo info) throws DicomFormatException;
}
