/**
 * Key images and measurements kept in the archive: {@link org.lumen.viewer.keys.AnnotationArchive}
 * stores a Key Object Selection and a TID 1500 measurement report (built by dicom-core's
 * {@code org.lumen.dicom.sr}) in the study through STOW-RS, and finds and reads back those of a study
 * (QIDO-RS for its KO and SR series, WADO-RS retrieve) as {@link org.lumen.viewer.keys.ArchivedAnnotations}.
 *
 * <p>In the workstation, {@link org.lumen.viewer.keys.StudyAnnotations} (the entry type) holds the key
 * images and archived measurements of the study opened from a server: it reads them when the study
 * opens, marks key images (K), saves (Ctrl+S) through a {@link org.lumen.viewer.keys.PendingSave}, and
 * shows progress, outcome and Retry in an {@link org.lumen.viewer.keys.ArchiveNotice}; viewports show a
 * {@link org.lumen.viewer.keys.KeyImageBadge} and draw {@link org.lumen.viewer.keys.ArchivedMeasurement}s
 * read-only. It reads the open images and the reader's measurements through {@link org.lumen.viewer.keys.StudyContent}.
 *
 * <p>Threading: {@code AnnotationArchive} blocks on the network; call it from a background task, never
 * the FX thread. {@code StudyAnnotations}, the notice and the badge are FX-thread only; their network
 * work runs on the "lumen-archive" thread (docs/threading.md).
 * A failed save throws {@link org.lumen.viewer.keys.ArchiveSaveException}; the caller keeps its
 * documents and may retry (a retry stores new copies only of what the server did not keep).
 */
package org.lumen.viewer.keys;
