/**
 * Tests of the Part 10 reader and writer and of DICOMDIR reading: every file of the pydicom corpus
 * against what pydicom reports for it, round trips through each native transfer syntax checked by
 * dcmtk's dcmdump, lazily read bulk data of a large sparse file, crafted malformed inputs for each
 * problem, and a Jazzer fuzz test of the stream reader. Reference data comes from Debian's
 * python3-pydicom; nothing here needs ../shared. Tests are independent and may run in parallel.
 */
package org.lumen.dicom.io;
