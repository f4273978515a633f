package org.lumen.dicom.codec.jpeg;

/**
 * A scan header (T.81 B.2.3): the components of the scan, in order, and its parameters. For the
 * lossless process {@code ss} is the predictor and {@code al} the point transform.
 */
record JpegScan(JpegComponent[] components, int ss, int se, int ah, int al) {
}
