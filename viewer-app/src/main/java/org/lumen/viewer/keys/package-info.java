/**
 * Key images and measurements kept in the archive: {@link org.lumen.viewer.keys.AnnotationArchive}
 * stores a Key Object Selection and a TID 1500 measurement report (built by dicom-core's
 * {@code org.lumen.dicom.sr}) in the study through STOW-RS, and finds and reads back those of a study
 * (QIDO-RS for its KO and SR series, WADO-RS retrieve) as {@link org.lumen.viewer.keys.ArchivedAnnotations}.
 *
 * <p>Threading: every call blocks on the network; call it from a background task, never the FX thread.
 * A failed save throws {@link org.lumen.viewer.keys.ArchiveSaveException}; the caller keeps its
 * documents and may retry (a retry stores new copies only of what the server did not keep).
 */
package org.lumen.viewer.keys;
