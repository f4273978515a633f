/**
 * Conformance of dicom-core's pixel decoding with independent reference decoders (dcmtk, GDCM) over
 * Debian's python3-pydicom corpus; the known gaps are listed, with reasons, in
 * {@code known-gaps.txt} next to the test's resources.
 */
package org.lumen.dicom.conformance;
