package org.lumen.testkit.orthanc;

import java.util.Objects;
import org.lumen.testkit.tls.TestCertificates;

/** Whether a test Orthanc serves HTTPS, with which certificates, and whether it demands client certificates. */
sealed interface OrthancTls {

    /** Plain HTTP (the default). */
    record Off() implements OrthancTls {}

    /**
     * HTTPS with the server certificate of {@code certificates}.
     *
     * @param certificates the test PKI
     * @param requireClientCertificates whether clients must present a certificate signed by its CA
     */
    record On(TestCertificates certificates, boolean requireClientCertificates) implements OrthancTls {
        public On {
            Objects.requireNonNull(certificates, "certificates");
        }
    }
}
