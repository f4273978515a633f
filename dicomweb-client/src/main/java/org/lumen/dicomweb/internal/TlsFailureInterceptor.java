package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * Turns a failed TLS handshake into a {@link DicomWebException} of problem {@code TLS} that names
 * the certificate problem in words (untrusted issuer, expired, wrong host name, client certificate
 * refused or missing). Such failures are permanent: the retry interceptor does not repeat them.
 * Stateless.
 */
public final class TlsFailureInterceptor implements Interceptor {
    private final String serverName;

    public TlsFailureInterceptor(String serverName) {
        this.serverName = serverName;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            return chain.proceed(chain.request());
        } catch (SSLException e) {
            String host = chain.request().url().host() + ":" + chain.request().url().port();
            throw new DicomWebException(Problem.TLS, -1, "TLS with " + serverName + " (" + host + ") failed: "
                    + describe(e), e);
        }
    }

    /** The problem in words, then the JDK's own message. */
    static String describe(SSLException e) {
        String all = chain(e);
        String why;
        if (has(e, CertificateExpiredException.class)) {
            why = "the server certificate (or one of its issuers) has expired";
        } else if (has(e, CertificateNotYetValidException.class)) {
            why = "the server certificate is not valid yet";
        } else if (e instanceof SSLPeerUnverifiedException || all.contains("not verified")) {
            why = "the server certificate does not name this host (hostname verification failed)";
        } else if (has(e, CertPathBuilderException.class) || has(e, CertPathValidatorException.class)
                || all.contains("PKIX path")) {
            why = "the server certificate is not issued by a trusted certificate authority "
                    + "(add the server's CA bundle to TlsOptions)";
        } else if (all.contains("certificate_required")) {
            why = "the server requires a client certificate and none was presented";
        } else if (all.contains("bad_certificate") || all.contains("unknown_ca")
                || all.contains("certificate_unknown") || all.contains("access_denied")) {
            why = "the server refused the client certificate";
        } else {
            why = "the handshake failed";
        }
        return why + " (" + e.getMessage() + ")";
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getMessage()).append(' ');
        }
        return sb.toString();
    }
}
