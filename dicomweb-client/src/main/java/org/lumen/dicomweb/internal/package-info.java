/**
 * Implementation of the DICOMweb client: the streaming {@code multipart/related} reader, the
 * OkHttp interceptors (authentication, retry with backoff, content-encoding rules, body accounting),
 * URL building for QIDO-RS and WADO-RS, and the response handlers that turn bodies into data sets
 * and frames. Also: the OAuth 2.0 machinery behind {@link org.lumen.dicomweb.OAuth2}
 * ({@link org.lumen.dicomweb.internal.TokenEndpoint}, the single-flight
 * {@link org.lumen.dicomweb.internal.GrantTokenProvider}, the grants, the PKCE loopback redirect,
 * discovery), TLS set-up ({@link org.lumen.dicomweb.internal.TlsSetup}) and the redacting request
 * log ({@link org.lumen.dicomweb.internal.RequestLogInterceptor}).
 *
 * <p>Entry types: {@link org.lumen.dicomweb.internal.MultipartReader} for multipart bodies;
 * the rest is reached through {@link org.lumen.dicomweb.DicomWebClient}. Nothing here is API.
 *
 * <p>Threading: interceptors are stateless or thread-safe and shared by all calls; readers and
 * part streams belong to the one thread that consumes a response. The loopback redirect answers on
 * the JDK HTTP server's thread and hands the code over through a future; no lock is held while a
 * token is requested.
 */
package org.lumen.dicomweb.internal;
