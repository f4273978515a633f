/**
 * Tests of DICOM JSON: round trips for every VR, pydicom's JSON samples (read by
 * /usr/bin/python3 with pydicom as the reference), dcmtk's dcm2json output, malformed input and a
 * Jazzer fuzz test of the reader. Single-threaded JUnit tests.
 */
package org.lumen.dicom.json;
