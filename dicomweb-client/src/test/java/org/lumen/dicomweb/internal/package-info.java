/**
 * Unit tests of the client internals: the multipart reader fed in one-byte chunks, URL encoding,
 * interceptors. Fast, no network except loopback MockWebServer, no sleeps.
 */
package org.lumen.dicomweb.internal;
