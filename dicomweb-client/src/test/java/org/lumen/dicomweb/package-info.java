/**
 * Tests of the public client: fault injection against MockWebServer (drops, 5xx with Retry-After,
 * trickles, malformed multipart, wrong labels, truncated frames) with a check after each test that
 * no connection or response body leaked; integration tests (tag "integration") against a real
 * Orthanc. Sleeps are injected, never real.
 */
package org.lumen.dicomweb;
