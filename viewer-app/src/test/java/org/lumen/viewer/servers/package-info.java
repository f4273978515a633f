/**
 * Tests of server settings, their JSON file, credential stores, {@code lumen://} links and the
 * connection test (unit tests on real sockets; integration tests against a real Orthanc).
 */
package org.lumen.viewer.servers;
