/**
 * Tests of Specific Character Set decoding and encoding against pydicom (run as a subprocess of
 * /usr/bin/python3 over pydicom's charset test files) and against the standard's examples.
 * Single-threaded JUnit tests.
 */
package org.lumen.dicom.charset;
