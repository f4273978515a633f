/**
 * The JPEG 2000 codec (transfer syntaxes 1.2.840.10008.1.2.4.90 and .91) over jai-imageio's J2K
 * reader. Entry type: {@link org.lumen.dicom.codec.j2k.Jpeg2000Decoder}. We read the main header
 * ourselves ({@code CodestreamHeader}) to check it against the data set and refuse absurd sizes
 * before jai-imageio allocates, unwrap JP2 files that some writers put in Pixel Data
 * ({@code Jp2Boxes}), and copy the reader's raw raster into ints ({@code RasterSamples}). The decoder
 * is stateless and thread-safe (a reader per call). HTJ2K is not supported.
 */
package org.lumen.dicom.codec.j2k;
