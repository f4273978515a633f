/**
 * Key images and measurements as DICOM documents, so that they can be stored in the archive and read
 * back on any workstation (ADR 0014).
 *
 * <p>{@link org.lumen.dicom.sr.KeyObjectSelection} is a Key Object Selection Document (TID 2010):
 * {@link org.lumen.dicom.sr.KeyObjectCodec} turns it into a data set and back.
 * {@link org.lumen.dicom.sr.MeasurementReport} is a Comprehensive SR following TID 1500 (Imaging
 * Measurement Report), one TID 1410 measurement group per measurement with its SCOORD on the image
 * and its values as NUM items with UCUM units: {@link org.lumen.dicom.sr.MeasurementReportCodec}
 * turns it into a data set and back. Reading fails with
 * {@link org.lumen.dicom.sr.StructuredReportException} naming what is missing or wrong.
 *
 * <p>Everything here is a pure function of its input: thread-safe, no I/O.
 */
package org.lumen.dicom.sr;
