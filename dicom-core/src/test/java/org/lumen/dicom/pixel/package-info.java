/**
 * Tests of stored pixel value reading: synthetic data sets built in code for every native case
 * ({@code NativePixelDataTest}, {@code PixelDataValidationTest}), frame splitting of encapsulated data
 * ({@code EncapsulatedFramesTest}), decoded frame conversion, and a value-for-value comparison with
 * dcmtk over the native files of pydicom's test corpus ({@code PydicomCorpusReferenceTest}, which runs
 * /usr/bin/python3 with pydicom and dcmconv once for the whole class). Tests do not share state and may
 * run in parallel.
 */
package org.lumen.dicom.pixel;
