/**
 * Synthetic studies for the tests of the server side (browser, strip, servers, workstation): small
 * CT and MR series written with dicom-core, stored into a test Orthanc through the client's STOW-RS.
 * Entry type: {@link org.lumen.viewer.testdata.SyntheticStudies}. Single-threaded.
 */
package org.lumen.viewer.testdata;
