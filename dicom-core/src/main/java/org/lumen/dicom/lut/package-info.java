/**
 * The pixel pipeline building blocks of PS3.3 C.11 and PS3.4 N as immutable values and pure
 * functions: {@link org.lumen.dicom.lut.ModalityLut} (rescale or table),
 * {@link org.lumen.dicom.lut.VoiLut} ({@link org.lumen.dicom.lut.WindowTransform} with LINEAR,
 * LINEAR_EXACT and SIGMOID, or a table), {@link org.lumen.dicom.lut.PresentationLut} (IDENTITY,
 * INVERSE, table; INVERSE is the default for MONOCHROME1), {@link org.lumen.dicom.lut.PaletteColorLut}
 * with {@link org.lumen.dicom.lut.SegmentedPalette} expansion, and
 * {@link org.lumen.dicom.lut.YbrConversions}. {@link org.lumen.dicom.lut.LutAttributes} reads them from
 * a data set; {@link org.lumen.dicom.lut.GreyscalePipeline} chains them for an 8-bit display and
 * precomputes a byte table over a stored value range, the fast path a renderer uses.
 *
 * <p>Threading: everything here is immutable or stateless and may be shared between threads.
 */
package org.lumen.dicom.lut;
