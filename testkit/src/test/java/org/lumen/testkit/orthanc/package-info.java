/**
 * Tests of the Orthanc extension: unit tests of the port finder and configuration writer, and
 * integration tests (tag "integration") that start real Orthanc servers, upload, query, kill and
 * restart them. The integration classes run sequentially within a class; each owns its servers.
 */
package org.lumen.testkit.orthanc;
