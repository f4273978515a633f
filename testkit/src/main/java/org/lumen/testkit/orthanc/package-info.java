/**
 * A real Orthanc DICOMweb server for integration tests.
 *
 * <p>Entry types: {@link org.lumen.testkit.orthanc.OrthancExtension} (registered with
 * {@code @RegisterExtension} in a static field, configured by its builder) or the
 * {@link org.lumen.testkit.orthanc.WithOrthanc} annotation; both hand tests an
 * {@link org.lumen.testkit.orthanc.Orthanc} handle (URLs, credentials, PID, upload, wipe, kill,
 * restart). Each server gets its own temporary directory (configuration, storage, log), a free
 * loopback HTTP port, no DICOM port, and the DICOMweb plugin at {@code /dicom-web/}. A dead server
 * is restarted on the same storage before the next test; a shutdown hook and an orphan reaper keep
 * servers from outliving the JVM that started them. With {@code tls(...)} or
 * {@code tlsRequiringClientCertificates(...)} the handle's URLs are {@code https} and served by a
 * TLS-terminating front ({@code TlsFront}, JDK TLS with the generated certificates of
 * {@link org.lumen.testkit.tls.TestCertificates}) on its own loopback port, because Orthanc
 * 1.10.1's built-in TLS crashes against OpenSSL 3 on Debian 12.
 *
 * <p>Threading: the handle's lifecycle operations are synchronised; its HTTP helpers use the JDK
 * {@link java.net.http.HttpClient} and may be called from any thread. The TLS front accepts on one
 * virtual thread and copies each connection's two directions on two more.
 */
package org.lumen.testkit.orthanc;
