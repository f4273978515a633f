/**
 * Lumen's DICOMweb client: QIDO-RS search, WADO-RS metadata, instance and frame retrieval,
 * rendered images, over OkHttp.
 *
 * <p>Entry type: {@link org.lumen.dicomweb.DicomWebClient}, built with
 * {@code DicomWebClient.builder()} for one {@link org.lumen.dicomweb.ServerConfig}; clients for
 * other servers made with {@code withServer} share the connection pool. Searches are described by
 * {@link org.lumen.dicomweb.QidoQuery}; frames come back as {@link org.lumen.dicomweb.FramePart}s,
 * each labelled with the transfer syntax the server actually sent. Failures are
 * {@link org.lumen.dicomweb.DicomWebException}s.
 *
 * <p>Authentication is an {@link org.lumen.dicomweb.Auth} per server; OAuth 2.0 tokens come from a
 * {@link org.lumen.dicomweb.TokenProvider}, built by {@link org.lumen.dicomweb.OAuth2} (static
 * token, client credentials, refresh token, browser login with PKCE). TLS trust and client
 * certificates are {@link org.lumen.dicomweb.TlsOptions}. docs/dicomweb-auth.md lists every option.
 *
 * <p>Threading: a client is immutable and safe to share between threads; each call blocks the
 * calling thread and streams results to the caller's consumer on that thread. Token providers are
 * thread-safe and renew a token once for all concurrent callers; a browser login blocks the first
 * caller until the user has signed in (or the login timeout passes).
 */
package org.lumen.dicomweb;
