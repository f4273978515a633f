/**
 * Loading a series of DICOM files from disk into a rendering {@link org.lumen.rendering.volume.Volume}.
 *
 * <p>Entry type: {@link org.lumen.viewer.volume.SeriesVolumeLoader}, which finds the files, reads their
 * headers, plans the stack with {@link org.lumen.rendering.volume.SeriesVolumeBuilder} and decodes each
 * slice into 16-bit stored values (masked or sign-extended to Bits Stored). The result is a
 * {@link org.lumen.viewer.volume.LoadedSeries}.
 *
 * <p>Threading: loading runs on the calling thread and keeps no state between calls; the loaded
 * volume is thread-safe as {@code Volume} documents.
 */
package org.lumen.viewer.volume;
