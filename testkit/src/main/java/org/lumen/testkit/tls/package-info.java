/**
 * TLS material for tests, generated at test time: {@link org.lumen.testkit.tls.TestCertificates}
 * makes a throw-away certificate authority, a server certificate for {@code 127.0.0.1} and
 * {@code localhost}, and a client certificate (PKCS#12 and PEM + PKCS#8), with the {@code openssl}
 * command line tool (Debian package {@code openssl}; tests fail loudly without it).
 *
 * <p>Entry type: {@link org.lumen.testkit.tls.TestCertificates#generate()}. Threading: a generated
 * set is immutable and may be shared; generation itself runs on the caller's thread.
 */
package org.lumen.testkit.tls;
