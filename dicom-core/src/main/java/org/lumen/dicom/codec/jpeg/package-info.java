/**
 * A pure-Java JPEG decoder (ITU-T T.81) for DICOM pixel data: baseline and extended sequential
 * DCT (8 and 12 bit) and lossless process 14, Huffman coded, that reproduces dcmtk's
 * {@code dcmdjpeg} (IJG libjpeg 6b) output value for value.
 *
 * <p>Entry type: {@link org.lumen.dicom.codec.jpeg.JpegDecoder}, a
 * {@link org.lumen.dicom.codec.FrameDecoder}. The rest is package-private: the marker walk
 * ({@code JpegCodestream}, {@code JpegHeaders}), the bit reader and Huffman tables, the scan
 * decoders of the two processes, libjpeg's integer IDCT, upsamplers and colour conversion.
 *
 * <p>Threading: {@code JpegDecoder} is immutable and thread-safe; every decode builds its own
 * state, which is confined to the calling thread.
 */
package org.lumen.dicom.codec.jpeg;
