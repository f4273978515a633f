/**
 * Decoders of compressed pixel data, one per family of transfer syntaxes, behind
 * {@link org.lumen.dicom.codec.FrameDecoder}: a frame's bitstream in, a
 * {@link org.lumen.dicom.codec.DecodedFrame} of stored sample values out. Sub-packages hold the
 * codecs (JPEG, JPEG-LS, JPEG 2000, RLE). Decoders are stateless and thread-safe.
 */
package org.lumen.dicom.codec;
