/**
 * The RLE Lossless codec (PS3.5 Annex G, transfer syntax 1.2.840.10008.1.2.5). Entry type:
 * {@link org.lumen.dicom.codec.rle.RleDecoder}, a {@link org.lumen.dicom.codec.FrameDecoder} that
 * reads the 64-byte segment header and decodes each PackBits segment straight into the frame's
 * interleaved samples (8, 16 and 32 bits, one or three samples per pixel, signed or not). Broken
 * frames give {@code DicomFormatException} {@code BAD_PIXEL_DATA} naming the byte offset; sizes are
 * checked before anything is allocated. The decoder is stateless and thread-safe.
 */
package org.lumen.dicom.codec.rle;
