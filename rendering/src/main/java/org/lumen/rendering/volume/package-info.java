/**
 * Volumes assembled from the images of a series.
 *
 * <p>{@link org.lumen.rendering.volume.SeriesVolumeBuilder} is the entry point: it reads each image's
 * {@link org.lumen.rendering.volume.SliceHeader} (position, orientation, spacing, size, frame of
 * reference, rescale), sorts the images along the slice normal by position (never by Instance
 * Number), derives the slice distance, and returns a {@link org.lumen.rendering.volume.StackLayout}
 * with readable {@link org.lumen.rendering.volume.VolumeFinding}s. A
 * {@link org.lumen.rendering.volume.Volume} holds the 16-bit stored values slice by slice and can be
 * partial: slices arrive from decoders (another module) as {@code short[]} arrays, so this package
 * does not depend on any decoder.
 *
 * <p>Threading: the builder is stateless; a {@code Volume} may be filled from any thread while
 * renderers read it (see its documentation); the other types are immutable values.
 */
package org.lumen.rendering.volume;
