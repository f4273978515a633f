/**
 * The rendering API: a {@link org.lumen.rendering.Renderer} turns an immutable
 * {@link org.lumen.rendering.ViewRequest} (volume, {@link org.lumen.rendering.SlicePlane}, size,
 * {@link org.lumen.rendering.Interpolation}, {@link org.lumen.rendering.SlabMode},
 * {@link org.lumen.rendering.DisplayMapping}) into an 8-bit grey or RGB {@link org.lumen.rendering.RenderedImage}.
 * The display mapping is built from dicom-core's LUT blocks ({@code org.lumen.dicom.lut}): VOI LUT
 * (a {@link org.lumen.rendering.WindowLevel} with LINEAR, LINEAR_EXACT or SIGMOID, or a table),
 * Presentation LUT (IDENTITY, INVERSE for MONOCHROME1, table) or a palette; RGB volumes render
 * channel by channel ({@link org.lumen.rendering.Renderer#renderRgb}). A GPU failure at run time is
 * announced as a {@link org.lumen.rendering.RendererFallback}.
 * The exact sampling rules (pixel centres, slab samples, outside the volume) are written on
 * {@code ViewRequest}, {@code SlicePlane} and {@link org.lumen.rendering.SlabSampling}; every
 * implementation follows them. Sub-packages: {@code geometry} (patient coordinates), {@code volume}
 * (series to volume), {@code cpu} (reference renderer), {@code gl} (JOGL renderer, the only package
 * that imports JOGL).
 *
 * <p>Threading: the values here are immutable; renderers may be called from any thread.
 */
package org.lumen.rendering;
