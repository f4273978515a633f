package org.lumen.dicomweb.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.junit.jupiter.api.Test;

/** The words for handshake failures that the Orthanc and MockWebServer tests cannot provoke cheaply. */
class TlsFailureInterceptorTest {

    static SSLHandshakeException handshake(String message, Throwable cause) {
        SSLHandshakeException e = new SSLHandshakeException(message);
        e.initCause(cause);
        return e;
    }

    @Test
    void namesExpiredAndNotYetValidCertificates() {
        assertThat(TlsFailureInterceptor.describe(handshake("validity check failed",
                new java.security.cert.CertificateException(new CertificateExpiredException("NotAfter: ...")))))
                .startsWith("the server certificate (or one of its issuers) has expired");
        assertThat(TlsFailureInterceptor.describe(handshake("validity check failed",
                new CertificateNotYetValidException("NotBefore: ...")))).startsWith("the server certificate is not valid yet");
    }

    @Test
    void namesHostnameAndClientCertificateProblems() {
        assertThat(TlsFailureInterceptor.describe(new SSLPeerUnverifiedException("Hostname 10.0.0.1 not verified")))
                .startsWith("the server certificate does not name this host");
        assertThat(TlsFailureInterceptor.describe(handshake("Received fatal alert: bad_certificate", null)))
                .startsWith("the server refused the client certificate");
        assertThat(TlsFailureInterceptor.describe(handshake("Received fatal alert: handshake_failure", null)))
                .isEqualTo("the handshake failed (Received fatal alert: handshake_failure)");
    }
}
