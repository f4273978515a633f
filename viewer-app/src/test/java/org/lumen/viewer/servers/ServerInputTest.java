package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.lumen.dicomweb.QueryEncoding;

/** The settings dialog's rules, without a display. */
class ServerInputTest {
    private static ServerInput input(String name, String url) {
        return new ServerInput(name, url, false, "", "", "", new AuthSettings.Basic("reader"), "", "", QueryEncoding.LITERAL);
    }

    @Test
    void oneUrlServesAllThreeServices() {
        ServerSettings s = input(" North ", " https://pacs.example.org/dicom-web ").toSettings("n1");
        assertThat(s.name()).isEqualTo("North");
        assertThat(s.qidoRoot()).isEqualTo(URI.create("https://pacs.example.org/dicom-web"));
        assertThat(s.wadoRoot()).isEqualTo(s.qidoRoot());
        assertThat(s.stowRoot()).isEqualTo(s.qidoRoot());
    }

    @Test
    void separateRootsAreUsedAndRoundTrip() {
        ServerInput in = new ServerInput("S", "http://q/qido", true, "http://q/qido", "http://w/wado", "http://s/stow", new AuthSettings.Bearer(),
                "/ca.pem", "/me.p12", QueryEncoding.STRICT);
        ServerSettings s = in.toSettings("s1");
        assertThat(s.wadoRoot()).isEqualTo(URI.create("http://w/wado"));
        assertThat(ServerInput.of(s)).isEqualTo(in);
        assertThat(ServerInput.of(ServerSettingsFileTest.north()).separateRoots()).isFalse();
    }

    @Test
    void problemsAreNamedInWords() {
        assertThatThrownBy(() -> input(" ", "http://a/").toSettings("x")).hasMessage("Give the server a name");
        assertThatThrownBy(() -> input("A", "  ").toSettings("x")).hasMessage("DICOMweb URL is empty");
        assertThatThrownBy(() -> input("A", "pacs.example.org/dicom-web").toSettings("x"))
                .hasMessageContaining("must start with http:// or https://");
        assertThatThrownBy(() -> input("A", "http://a b/").toSettings("x")).hasMessageContaining("is not a URL");
        assertThatThrownBy(() -> input("A", "http://bob:pw@pacs/").toSettings("x"))
                .hasMessageContaining("must not contain a user name or password").hasMessageNotContaining("pw@");
        assertThatThrownBy(() -> new ServerInput("A", "", true, "http://q/", "", "http://s/", new AuthSettings.None(), "", "",
                QueryEncoding.LITERAL).toSettings("x")).hasMessage("WADO-RS URL is empty");
    }

    @Test
    void oauthClientCredentialsKeepNoSecretAndNameTheirProblems() {
        AuthSettings.OAuthClientCredentials oauth = new AuthSettings.OAuthClientCredentials(
                URI.create("https://login.example.org/realms/pacs"), true, " lumen ", " openid  dicomweb ");
        ServerInput in = new ServerInput("O", "https://pacs.example.org/dicom-web", false, "", "", "", oauth, "", "",
                QueryEncoding.STRICT);
        ServerSettings s = in.toSettings("o1");
        assertThat(s.auth()).isEqualTo(oauth);
        assertThat(oauth.clientId()).isEqualTo("lumen");
        assertThat(oauth.scopes()).containsExactly("openid", "dicomweb");
        assertThat(oauth.needsSecret()).isTrue();
        assertThat(ServerInput.of(s).auth()).isEqualTo(oauth);
        assertThat(new AuthSettings.OAuthClientCredentials(URI.create("http://127.0.0.1:9000/token"), false, "c", "").scopes())
                .isEmpty();
        assertThatThrownBy(() -> new AuthSettings.OAuthClientCredentials(URI.create("http://login.example.org/"), true, "c", ""))
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> new AuthSettings.OAuthClientCredentials(URI.create("login.example.org/token"), false, "c", ""))
                .hasMessageStartingWith("The token URL must be an http(s) URL");
        assertThatThrownBy(() -> new AuthSettings.OAuthClientCredentials(URI.create("https://login.example.org/"), true, " ", ""))
                .hasMessage("Give the OAuth client id");
    }

    @Test
    void aPemClientCertificateNeedsItsKeyAndPkcs12NeedsNone() {
        ServerInput pem = new ServerInput("P", "https://pacs/", false, "", "", "", new AuthSettings.None(), "/ca.pem",
                "/me-chain.pem", "/me-key.pem", QueryEncoding.LITERAL);
        ServerSettings s = pem.toSettings("p1");
        assertThat(s.tls().clientKey()).isEqualTo("/me-key.pem");
        assertThat(s.tls().isPkcs12()).isFalse();
        assertThat(ServerInput.of(s).clientKey()).isEqualTo("/me-key.pem");
        assertThat(ServerInput.of(s).toSettings("p1")).isEqualTo(s);
        assertThatThrownBy(() -> new ServerInput("P", "https://pacs/", false, "", "", "", new AuthSettings.None(), "",
                "/me-chain.pem", "", QueryEncoding.LITERAL).toSettings("p")).hasMessageStartingWith("A PEM client certificate needs its private key");
        assertThatThrownBy(() -> new ServerInput("P", "https://pacs/", false, "", "", "", new AuthSettings.None(), "",
                "/me.PFX", "/me-key.pem", QueryEncoding.LITERAL).toSettings("p")).hasMessageContaining("holds its own key");
        assertThatThrownBy(() -> new ServerInput("P", "https://pacs/", false, "", "", "", new AuthSettings.None(), "",
                "", "/me-key.pem", QueryEncoding.LITERAL).toSettings("p")).hasMessage("A client key needs its client certificate");
    }
}
