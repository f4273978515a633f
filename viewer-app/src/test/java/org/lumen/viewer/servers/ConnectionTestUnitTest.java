package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.QueryEncoding;

/** The connection test's verdicts against real local sockets: nothing listening, not TLS, bad TLS files. */
class ConnectionTestUnitTest {
    @TempDir
    Path dir;

    private static ServerSettings at(String root, TlsSettings tls) {
        URI uri = URI.create(root);
        return new ServerSettings("t", "Test", uri, uri, uri, new AuthSettings.None(), tls, QueryEncoding.STRICT);
    }

    @Test
    void nothingListeningIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectionTest.Report report = ConnectionTest.run(at("http://127.0.0.1:" + port + "/dicom-web", TlsSettings.none()),
                new char[0], new char[0]);
        assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.UNREACHABLE);
        assertThat(report.message()).startsWith("Unreachable: nothing answers at 127.0.0.1:" + port);
    }

    @Test
    void httpsToAPlainHttpServerIsATlsFailure() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = Thread.ofVirtual().start(() -> {
                try (Socket s = socket.accept(); OutputStream out = s.getOutputStream()) {
                    out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    s.getInputStream().read(new byte[4096]);
                } catch (java.io.IOException e) {
                    // The client hangs up once TLS fails.
                }
            });
            ConnectionTest.Report report = ConnectionTest.run(
                    at("https://127.0.0.1:" + socket.getLocalPort() + "/dicom-web", TlsSettings.none()), new char[0], new char[0]);
            assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.TLS_FAILED);
            assertThat(report.message()).startsWith("TLS failed:");
            server.join();
        }
    }

    @Test
    void unreadableTlsFilesAreBadSettingsNamingTheFile() throws Exception {
        Path pem = Files.writeString(dir.resolve("ca.pem"), "not a certificate");
        ConnectionTest.Report report = ConnectionTest.run(at("https://127.0.0.1:9/dicom-web", new TlsSettings(pem.toString(), "")),
                new char[0], new char[0]);
        assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.BAD_SETTINGS);
        assertThat(report.message()).startsWith("The TLS settings cannot be used").contains(pem + " is not a PEM certificate file");
    }
}
