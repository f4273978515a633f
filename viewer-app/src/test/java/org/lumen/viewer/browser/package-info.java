/**
 * Tests of the study browser's query building, recent studies, and the federated search against a
 * real Orthanc (with one unreachable server beside it).
 */
package org.lumen.viewer.browser;
