package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.WithOrthanc;

/** "Test connection" against a real Orthanc with HTTP Basic authentication. */
@WithOrthanc(user = "reader", password = "right-horse-battery")
class ConnectionTestIntegrationTest {
    private static ServerSettings settings(Orthanc orthanc, AuthSettings auth) {
        URI root = orthanc.dicomWebRoot();
        return new ServerSettings("orthanc", "Orthanc", root, root, root, auth, TlsSettings.none(), QueryEncoding.LITERAL);
    }

    @Test
    void rightPasswordConnects(Orthanc orthanc) {
        ConnectionTest.Report report = ConnectionTest.run(settings(orthanc, new AuthSettings.Basic("reader")),
                "right-horse-battery".toCharArray(), new char[0]);
        assertThat(report.outcome()).as(report.message()).isEqualTo(ConnectionTest.Outcome.SUCCESS);
        assertThat(report.message()).startsWith("Connected to " + orthanc.dicomWebRoot());
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailure(Orthanc orthanc) {
        ConnectionTest.Report report = ConnectionTest.run(settings(orthanc, new AuthSettings.Basic("reader")),
                "wrong".toCharArray(), new char[0]);
        assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.AUTH_FAILED);
        assertThat(report.message()).isEqualTo("Authentication failed (HTTP 401): check the user name and password.");
    }

    @Test
    void noCredentialsAtAllIsAnAuthenticationFailure(Orthanc orthanc) {
        ConnectionTest.Report report = ConnectionTest.run(settings(orthanc, new AuthSettings.None()), new char[0], new char[0]);
        assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.AUTH_FAILED);
    }

    @Test
    void aRootThatIsNotDicomWebSaysSo(Orthanc orthanc) {
        URI root = orthanc.baseUri().resolve("/no-such-root");
        ServerSettings wrong = new ServerSettings("o", "O", root, root, root, new AuthSettings.Basic("reader"),
                TlsSettings.none(), QueryEncoding.LITERAL);
        ConnectionTest.Report report = ConnectionTest.run(wrong, "right-horse-battery".toCharArray(), new char[0]);
        assertThat(report.outcome()).isEqualTo(ConnectionTest.Outcome.SERVER_ERROR);
        assertThat(report.message()).contains("404", "does not look like a DICOMweb root");
    }
}
