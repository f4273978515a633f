/**
 * The DICOM data model of Lumen's own toolkit: {@link org.lumen.dicom.Tag tags},
 * {@link org.lumen.dicom.VR value representations}, {@link org.lumen.dicom.DataSet data sets} of
 * {@link org.lumen.dicom.DicomElement elements} whose {@link org.lumen.dicom.Value values} keep the
 * bytes they were read with, lazily read {@link org.lumen.dicom.BulkData bulk data},
 * {@link org.lumen.dicom.TransferSyntax transfer syntaxes} and the typed
 * {@link org.lumen.dicom.DicomFormatException} that names the problem and the byte offset of bad
 * input.
 *
 * <p>Threading: values are immutable; a {@link org.lumen.dicom.DataSet} is not thread-safe while it
 * is built and may be shared read-only afterwards.
 */
package org.lumen.dicom;
