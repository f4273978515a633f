/**
 * Stored pixel values out of a data set's pixel data. The entry type is
 * {@link org.lumen.dicom.pixel.PixelDataReader}: it checks the Image Pixel module
 * ({@link org.lumen.dicom.pixel.ImagePixelDescription}), reads native pixel data itself (8, 16 and 32-bit
 * integers, Float and Double Float Pixel Data, 1-bit, planar configuration 1, big endian) and hands
 * each frame of encapsulated pixel data, split by {@link org.lumen.dicom.pixel.EncapsulatedFrames}, to
 * the {@link org.lumen.dicom.codec.FrameDecoder} registered in {@link org.lumen.dicom.pixel.FrameDecoders}
 * for its transfer syntax. Frames come out as {@link org.lumen.dicom.pixel.StoredFrame}s, or all of them
 * as the raw stream of {@code ./lumen dicom pixels} with a {@link org.lumen.dicom.pixel.RawPixelsSummary}.
 *
 * <p>Memory stays bounded by one frame: bulk values are read frame by frame from their file.
 *
 * <p>Threading: {@code ImagePixelDescription}, {@code StoredFrame}, {@code FrameDecoders} and
 * {@code EncapsulatedFrames} are immutable and thread-safe; a {@code PixelDataReader} is used by one
 * thread at a time.
 */
package org.lumen.dicom.pixel;
