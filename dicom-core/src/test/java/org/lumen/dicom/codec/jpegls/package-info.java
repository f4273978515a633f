/**
 * Tests of the JPEG-LS decoder: against dcmtk's {@code dcmdjpls} on the pydicom corpus and on
 * synthetic images compressed by {@code dcmcjpls} (2 to 16 bits, signed and unsigned, every
 * interleave mode, near-lossless, custom thresholds), and on broken bitstreams. Tests are
 * independent; the malformed-input test shares its encoded streams read-only.
 */
package org.lumen.dicom.codec.jpegls;
