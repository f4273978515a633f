package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.lumen.testkit.tls.TestCertificates;
import picocli.CommandLine;

/**
 * {@code lumen web query} over HTTPS against real Orthancs behind the testkit's TLS front, with
 * certificates generated for this run: an extra CA bundle, and client certificates (PKCS#12 with
 * its password from the environment, and PEM) for a server that demands one.
 */
@IntegrationTest
class WebTlsCommandTest {
    static final TestCertificates CERTS = TestCertificates.generate();

    @RegisterExtension
    static final OrthancExtension HTTPS = OrthancExtension.builder().tls(CERTS)
            .preload(PydicomCorpus.testFile("CT_small.dcm")).build();

    @RegisterExtension
    static final OrthancExtension MUTUAL = OrthancExtension.builder().tlsRequiringClientCertificates(CERTS)
            .preload(PydicomCorpus.testFile("CT_small.dcm")).build();

    final Map<String, String> environment = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int query(OrthancExtension server, String... options) {
        CliEnvironment env = new CliEnvironment(name -> Optional.ofNullable(environment.get(name)), false, 80, System::nanoTime);
        CommandLine commandLine = LumenCommand.commandLine(env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(Stream.concat(Stream.of("web", "query", "--orthanc", "--url",
                server.orthanc().dicomWebRoot().toString()), Stream.of(options)).toArray(String[]::new));
    }

    @Test
    void anExtraCaIsTrustedAndWithoutItTheFailureNamesTls() {
        assertThat(HTTPS.orthanc().dicomWebRoot().getScheme()).isEqualTo("https");
        assertThat(query(HTTPS, "--ca-file", CERTS.caCertificate().toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(WebSignInCommandTest.CT_STUDY + "\t");
        out.getBuffer().setLength(0);
        assertThat(query(HTTPS)).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).startsWith("lumen: TLS failure: ").contains("not issued by a trusted certificate authority");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aClientCertificateAsPkcs12OrPemIsPresented() {
        environment.put("LUMEN_CLIENT_CERT_PASSWORD", CERTS.password());
        assertThat(query(MUTUAL, "--ca-file", CERTS.caCertificate().toString(),
                "--client-cert", CERTS.clientPkcs12().toString())).as(err.toString()).isZero();
        assertThat(query(MUTUAL, "--ca-file", CERTS.caCertificate().toString(),
                "--client-cert", CERTS.clientCertificate().toString(), "--client-key", CERTS.clientKey().toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith(WebSignInCommandTest.CT_STUDY));
    }

    @Test
    void aMissingCertificateAWrongPasswordAndAMissingKeyAreNamed() {
        assertThat(query(MUTUAL, "--ca-file", CERTS.caCertificate().toString())).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).startsWith("lumen: TLS failure: ").contains("client certificate");
        err.getBuffer().setLength(0);
        environment.put("LUMEN_CLIENT_CERT_PASSWORD", "not-the-password-7");
        assertThat(query(MUTUAL, "--client-cert", CERTS.clientPkcs12().toString())).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains(CERTS.clientPkcs12().getFileName().toString()).doesNotContain("not-the-password-7");
        err.getBuffer().setLength(0);
        assertThat(query(MUTUAL, "--client-cert", CERTS.clientCertificate().toString())).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("--client-key");
    }
}
