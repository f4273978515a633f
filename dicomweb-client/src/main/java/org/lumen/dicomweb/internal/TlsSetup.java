package org.lumen.dicomweb.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import okhttp3.OkHttpClient;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;
import org.lumen.dicomweb.TlsOptions;
import org.lumen.dicomweb.TlsOptions.ClientCertificate;

/**
 * Applies {@link TlsOptions} to an OkHttp client: the system trust manager, combined with one for
 * the extra CA bundles when there are any, and a key manager for the client certificate. OkHttp's
 * hostname verifier is left in place. Stateless.
 */
public final class TlsSetup {
    private TlsSetup() {}

    /** The client with these options; the client itself when they are the defaults. */
    public static OkHttpClient apply(OkHttpClient client, TlsOptions options) throws DicomWebException {
        if (options.isSystemDefault()) {
            return client;
        }
        try {
            X509ExtendedTrustManager trust = systemTrust();
            if (!options.extraCaBundles().isEmpty()) {
                trust = new CombinedTrustManager(trust, extraTrust(options.extraCaBundles()));
            }
            KeyManager[] keys = keyManagers(options.clientCertificate());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, new TrustManager[] {trust}, null);
            return client.newBuilder().sslSocketFactory(context.getSocketFactory(), trust).build();
        } catch (GeneralSecurityException e) {
            throw new DicomWebException(Problem.TLS, -1, "cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static X509ExtendedTrustManager systemTrust() throws GeneralSecurityException {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init((KeyStore) null);
        return only(tmf);
    }

    private static X509ExtendedTrustManager extraTrust(List<Path> bundles)
            throws GeneralSecurityException, DicomWebException {
        KeyStore store = emptyStore();
        int n = 0;
        for (Path bundle : bundles) {
            for (X509Certificate c : PemFiles.certificates(bundle)) {
                store.setCertificateEntry("extra-" + n++, c);
            }
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        return only(tmf);
    }

    private static X509ExtendedTrustManager only(TrustManagerFactory tmf) throws GeneralSecurityException {
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in " + tmf.getAlgorithm());
    }

    private static KeyManager[] keyManagers(ClientCertificate certificate)
            throws GeneralSecurityException, DicomWebException {
        KeyStore store;
        char[] password;
        switch (certificate) {
            case ClientCertificate.None none -> {
                return null;
            }
            case ClientCertificate.Pkcs12 p12 -> {
                password = p12.password();
                store = loadPkcs12(p12.file(), password);
            }
            case ClientCertificate.Pem pem -> {
                List<X509Certificate> chain = PemFiles.certificates(pem.certificateChain());
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                password = Base64.getEncoder().encodeToString(random).toCharArray();
                store = emptyStore();
                store.setKeyEntry("client", PemFiles.privateKey(pem.pkcs8Key()), password,
                        chain.toArray(new X509Certificate[0]));
            }
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, password);
        java.util.Arrays.fill(password, '\0');
        return kmf.getKeyManagers();
    }

    private static KeyStore loadPkcs12(Path file, char[] password) throws DicomWebException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        } catch (IOException e) {
            // The JDK reports a wrong password as an IOException whose cause is UnrecoverableKeyException.
            String why = e.getCause() instanceof java.security.UnrecoverableKeyException
                    ? "wrong password or damaged file" : e.getMessage();
            throw new DicomWebException(Problem.TLS, -1, "cannot read PKCS#12 client certificate " + file + ": " + why, e);
        }
        return store;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot create an empty key store", e);
        }
        return store;
    }
}
