/**
 * Unit tests of the client internals: the multipart reader fed in one-byte chunks, URL encoding,
 * interceptors, TLS set-up (extra CAs added to the system roots), TLS failure wording, log
 * redaction. Fast, no network except loopback MockWebServer, no sleeps.
 */
package org.lumen.dicomweb.internal;
