/**
 * Quality control for technologists: the DICOM tag browser of one instance ({@link org.lumen.viewer.qc.TagNode}
 * rows, search by tag, keyword or value, copy), the side-by-side header diff of two instances or two
 * series ({@link org.lumen.viewer.qc.HeaderDiff}), and per-series completeness
 * ({@link org.lumen.viewer.qc.SeriesCompleteness}: instances the archive reports against instances
 * received, Instance Number gaps and repeats, and the rendering module's geometry findings).
 *
 * <p>The models take {@link org.lumen.viewer.qc.QcSeries} (headers only, no JavaFX) and are unit-tested
 * without a display. The windows are built by {@link org.lumen.viewer.qc.QcWindows}, the entry type the
 * main window uses. Threading: models run on any thread (completeness is computed off the FX thread);
 * the windows live on the JavaFX application thread.
 */
package org.lumen.viewer.qc;
