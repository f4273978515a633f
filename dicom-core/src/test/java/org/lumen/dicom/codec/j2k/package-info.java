/**
 * Tests of the JPEG 2000 decoder against GDCM's {@code gdcmconv --raw} (OpenJPEG) on the pydicom
 * corpus and on synthetic images compressed by {@code gdcmconv --j2k}, lossless and lossy, and on
 * broken code streams. Where jai-imageio and OpenJPEG disagree the measured difference is pinned.
 */
package org.lumen.dicom.codec.j2k;
