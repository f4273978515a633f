/**
 * Tests of the public client: fault injection against MockWebServer (drops, 5xx with Retry-After,
 * trickles, malformed multipart, wrong labels, truncated frames) with a check after each test that
 * no connection or response body leaked; integration tests (tag "integration") against a real
 * Orthanc. Authentication and TLS: token providers against the test authorization server of
 * {@code oauth}, OAuth against Orthanc behind a token-checking proxy, HTTPS Orthancs with generated
 * certificates, and log capture through logback ({@code LogCapture}) to check redaction and that no
 * secret is ever logged. Sleeps are injected, never real; clocks are injected ({@code MutableClock}).
 */
package org.lumen.dicomweb;
