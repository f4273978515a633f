/**
 * Our own JPEG-LS decoder (ITU-T T.87 / ISO 14495-1; transfer syntaxes 1.2.840.10008.1.2.4.80 and
 * .81), written from the standard. Entry type: {@link org.lumen.dicom.codec.jpegls.JpegLsDecoder}.
 * Inside: the marker parser ({@code FrameState}, {@code MarkerReader}), the scan decoder with its
 * line buffers and interleave modes ({@code ScanDecoder}), context modelling and Golomb decoding
 * ({@code ContextModel}), the bit reader that drops stuffed bits ({@code ScanBitReader}) and the
 * coding parameters with their defaults ({@code CodingParameters}, {@link
 * org.lumen.dicom.codec.jpegls.DefaultThresholds}). Output is identical to dcmtk's {@code dcmdjpls}
 * (CharLS 1.x). The decoder is stateless and thread-safe; the classes it uses are per call.
 */
package org.lumen.dicom.codec.jpegls;
