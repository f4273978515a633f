package org.lumen.dicomweb.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.stream.Stream;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts a server chain when the system trust manager does, or else when the trust manager of the
 * extra CA bundles does: extra roots add to the system ones and never replace them. Both are full
 * JDK PKIX trust managers, so path validation, expiry and key usage checks stay. Immutable.
 */
final class CombinedTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager system;
    private final X509ExtendedTrustManager extra;

    CombinedTrustManager(X509ExtendedTrustManager system, X509ExtendedTrustManager extra) {
        this.system = system;
        this.extra = extra;
    }

    @FunctionalInterface
    private interface Check {
        void run(X509ExtendedTrustManager tm) throws CertificateException;
    }

    private void either(Check check) throws CertificateException {
        try {
            check.run(system);
        } catch (CertificateException bySystem) {
            try {
                check.run(extra);
            } catch (CertificateException byExtra) {
                byExtra.addSuppressed(bySystem);
                throw byExtra;
            }
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        either(tm -> tm.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        either(tm -> tm.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        either(tm -> tm.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("this trust manager only checks servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return Stream.concat(Arrays.stream(system.getAcceptedIssuers()), Arrays.stream(extra.getAcceptedIssuers()))
                .toArray(X509Certificate[]::new);
    }
}
