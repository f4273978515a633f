/**
 * Test support for the codec tests: runs the reference tools (dcmtk, GDCM) and a small
 * {@code /usr/bin/python3} + pydicom script ({@code pixel_glue.py}) that extracts frame bitstreams and
 * pixel attributes, reads a reference decoder's uncompressed output as values, and writes synthetic
 * uncompressed images. Entry type: {@link org.lumen.dicom.codec.reference.ReferenceTools}. A missing
 * tool fails the test loudly. Methods are static and keep no state besides the script copied to a
 * temporary file; they are safe to call from parallel tests.
 */
package org.lumen.dicom.codec.reference;
