package org.lumen.dicomweb.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.DicomWebException.Problem;

/**
 * Reads PEM certificates (one or more per file) and unencrypted PKCS#8 private keys (RSA, EC,
 * Ed25519), failing with a {@code TLS} {@link DicomWebException} that names the file and the
 * problem. Stateless.
 */
final class PemFiles {
    private static final long MAX_FILE = 4 << 20;

    private PemFiles() {}

    static List<X509Certificate> certificates(Path file) throws DicomWebException {
        byte[] bytes = read(file);
        try {
            List<X509Certificate> out = new ArrayList<>();
            for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                out.add((X509Certificate) c);
            }
            if (out.isEmpty()) {
                throw new DicomWebException(Problem.TLS, file + " holds no PEM certificate");
            }
            return out;
        } catch (CertificateException e) {
            throw new DicomWebException(Problem.TLS, -1, file + " is not a PEM certificate file: " + e.getMessage(), e);
        }
    }

    static PrivateKey privateKey(Path file) throws DicomWebException {
        String text = new String(read(file), StandardCharsets.US_ASCII);
        if (text.contains("BEGIN ENCRYPTED PRIVATE KEY")) {
            throw new DicomWebException(Problem.TLS, file + " holds an encrypted key; use a PKCS#12 file instead");
        }
        if (text.contains("BEGIN RSA PRIVATE KEY") || text.contains("BEGIN EC PRIVATE KEY")) {
            throw new DicomWebException(Problem.TLS, file + " holds a PKCS#1/SEC1 key; convert it to PKCS#8 "
                    + "(openssl pkcs8 -topk8 -nocrypt)");
        }
        int begin = text.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = text.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new DicomWebException(Problem.TLS, file + " holds no '-----BEGIN PRIVATE KEY-----' block");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(text.substring(begin + 27, end));
        } catch (IllegalArgumentException e) {
            throw new DicomWebException(Problem.TLS, file + ": the private key block is not valid base64");
        }
        for (String algorithm : List.of("RSA", "EC", "Ed25519", "RSASSA-PSS")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next key algorithm
            }
        }
        throw new DicomWebException(Problem.TLS, file + " holds a PKCS#8 key of an unsupported algorithm");
    }

    private static byte[] read(Path file) throws DicomWebException {
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new DicomWebException(Problem.TLS, file + " is larger than " + MAX_FILE + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DicomWebException(Problem.TLS, -1, "cannot read " + file + ": " + e, e);
        }
    }
}
