/**
 * DICOM JSON (PS3.18 Annex F), read and written with Jackson's streaming API (jackson-core only).
 * Entry types: {@link org.lumen.dicom.json.DicomJsonReader} (one object, an array, or an array
 * streamed object by object) and {@link org.lumen.dicom.json.DicomJsonWriter} with
 * {@link org.lumen.dicom.json.JsonOptions}. Attributes given by Bulk Data URI are kept as an
 * empty value plus the URI in {@link org.lumen.dicom.json.JsonDataSet} under their
 * {@link org.lumen.dicom.json.ElementPath}, since {@link org.lumen.dicom.Value} has no variant for
 * a value held elsewhere.
 *
 * <p>Threading: reader and writer are stateless and thread-safe; the data sets they return or
 * take follow {@link org.lumen.dicom.DataSet}'s contract (built by one thread, then shared
 * read-only).
 */
package org.lumen.dicom.json;
