/**
 * DICOM Part 10 files (PS3.10) and DICOMDIR: {@link org.lumen.dicom.io.Part10Reader} reads a file or
 * stream into a {@link org.lumen.dicom.io.DicomFile} (meta information, data set, transfer syntax),
 * leaving long values in the file as lazily read bulk data; {@link org.lumen.dicom.io.Part10Writer}
 * writes one in explicit or implicit VR little endian, explicit VR big endian or deflated, building
 * the File Meta Information; {@link org.lumen.dicom.io.DicomDirectory} reads a DICOMDIR into a tree
 * of {@link org.lumen.dicom.io.DirectoryRecord}s.
 *
 * <p>Entry points are static and thread-safe; each call works on its own input or output. Bad
 * input fails with {@link org.lumen.dicom.DicomFormatException} naming the problem and the byte
 * offset, never with an out-of-memory error or a hang.
 */
package org.lumen.dicom.io;
