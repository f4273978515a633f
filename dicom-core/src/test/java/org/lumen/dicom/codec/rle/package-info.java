/**
 * Tests of the RLE decoder: against dcmtk's {@code dcmdrle} on the pydicom corpus and on synthetic
 * images compressed by {@code dcmcrle}, and on hand-made broken frames (truncations, bad headers,
 * short and long segments, absurd sizes, random corruption). Tests are independent and stateless.
 */
package org.lumen.dicom.codec.rle;
