/**
 * Unit tests of the client internals: the multipart reader fed in one-byte chunks, URL encoding,
 * interceptors, TLS set-up (extra CAs added to the system roots), TLS failure wording, log
 * redaction, the read-ahead socket and the timeout heartbeat. Fast, no network except loopback
 * (MockWebServer, a ServerSocket); the heartbeat's tests wait for its sub-second timers.
 */
package org.lumen.dicomweb.internal;
