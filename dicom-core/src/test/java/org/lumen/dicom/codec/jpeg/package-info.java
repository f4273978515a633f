/**
 * Tests of the JPEG decoder against dcmtk's {@code dcmdjpeg}: reference cases from the pydicom
 * corpus, from {@code dcmcjpeg} applied to synthetic images, from the JDK's JPEG writer
 * (restart intervals, sampling factors) and from a small lossless test encoder, built once per run in a temporary folder with the
 * reference tools ({@code ReferenceCorpus}); and malformed bitstreams that must fail with
 * {@code BAD_PIXEL_DATA}. Entry type: {@code JpegDecoderReferenceTest}. Tests run on one thread.
 */
package org.lumen.dicom.codec.jpeg;
