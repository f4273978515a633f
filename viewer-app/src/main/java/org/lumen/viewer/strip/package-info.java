/**
 * The series strip of an opened study: one tile per series with its thumbnail, modality,
 * description, instance count and download progress; a tile opens its series in a viewport on
 * double-click or by drag and drop ({@link org.lumen.viewer.layout.SeriesTransfer#FORMAT}, content the
 * Series Instance UID). Entry types: {@link org.lumen.viewer.strip.SeriesStrip} (the view) and
 * {@link org.lumen.viewer.strip.StudyRetrieval} (series list, thumbnails and WADO-RS downloads of one
 * study from one server, no JavaFX).
 *
 * <p>Threading: the strip and its tiles live on the JavaFX application thread.
 * {@link org.lumen.viewer.strip.StudyRetrieval} blocks and runs on the strip's background threads
 * (one for thumbnails, one for downloads, so that thumbnails never wait for a download); progress
 * and results come back through {@code Platform.runLater}. Closing the strip cancels both.
 */
package org.lumen.viewer.strip;
