/**
 * The rendering API: a {@link org.lumen.rendering.Renderer} turns an immutable
 * {@link org.lumen.rendering.ViewRequest} (volume, {@link org.lumen.rendering.SlicePlane}, size,
 * {@link org.lumen.rendering.Interpolation}, {@link org.lumen.rendering.SlabMode},
 * {@link org.lumen.rendering.WindowLevel}, invert) into an 8-bit {@link org.lumen.rendering.RenderedImage}.
 * The exact sampling rules (pixel centres, slab samples, outside the volume) are written on
 * {@code ViewRequest}, {@code SlicePlane} and {@link org.lumen.rendering.SlabSampling}; every
 * implementation follows them. Sub-packages: {@code geometry} (patient coordinates), {@code volume}
 * (series to volume), {@code cpu} (reference renderer), {@code gl} (JOGL renderer, the only package
 * that imports JOGL).
 *
 * <p>Threading: the values here are immutable; renderers may be called from any thread.
 */
package org.lumen.rendering;
