/**
 * Implementation of the DICOMweb client: the streaming {@code multipart/related} reader, the
 * OkHttp interceptors (authentication, retry with backoff, content-encoding rules, body accounting),
 * URL building for QIDO-RS and WADO-RS, and the response handlers that turn bodies into data sets
 * and frames.
 *
 * <p>Entry types: {@link org.lumen.dicomweb.internal.MultipartReader} for multipart bodies;
 * the rest is reached through {@link org.lumen.dicomweb.DicomWebClient}. Nothing here is API.
 *
 * <p>Threading: interceptors are stateless or thread-safe and shared by all calls; readers and
 * part streams belong to the one thread that consumes a response.
 */
package org.lumen.dicomweb.internal;
