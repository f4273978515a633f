package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.DicomWebException;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.TlsOptions;
import org.lumen.store.secrets.KdfParameters;
import org.lumen.store.secrets.SecretVaults;
import org.lumen.testkit.oauth.TestAuthorizationServer;

/**
 * The OpenID sign-in settings and {@link SignIns} without a display, against the real test
 * authorization server (which rotates refresh tokens) and the passphrase-encrypted secrets file.
 */
class OidcSignInTest {
    @TempDir
    Path dir;

    TestAuthorizationServer idp;

    @BeforeEach
    void start() throws Exception {
        idp = TestAuthorizationServer.start();
        idp.register("lumen-desktop", "", TestAuthorizationServer.Method.NONE);
    }

    @AfterEach
    void stop() {
        idp.close();
    }

    CredentialStore vault() {
        return new VaultCredentialStore(SecretVaults.encryptedFile(dir.resolve(CredentialStores.SECRETS_FILE),
                request -> "pass phrase".toCharArray(), new KdfParameters(8, 1, 1)));
    }

    ServerSettings server(URI issuer, String clientId, String scope) {
        URI root = URI.create("https://pacs.example.org/dicom-web");
        return new ServerSettings("srv-oidc1", "North PACS", root, root, root,
                new AuthSettings.OidcSignIn(issuer, clientId, scope), TlsSettings.none(), QueryEncoding.STRICT);
    }

    @Test
    void theSettingsRoundTripWithoutSecretsAndTheTokenKeyNamesIssuerAndClient() throws Exception {
        ServerSettings north = server(idp.issuer(), "lumen-desktop", "openid offline_access");
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(dir));
        file.save(List.of(north));
        assertThat(file.load()).containsExactly(north);
        assertThat(Files.readString(dir.resolve(ServerSettingsFile.NAME)))
                .contains("\"kind\" : \"oidc-browser\"", "\"clientId\" : \"lumen-desktop\"", "openid offline_access");

        String key = north.refreshTokenSecretId().orElseThrow();
        assertThat(key).startsWith("lumen/server/srv-oidc1/oidc-refresh/");
        assertThat(server(idp.issuer(), "lumen-desktop", "openid").refreshTokenSecretId()).contains(key);
        assertThat(server(idp.issuer(), "other-client", "openid").refreshTokenSecretId()).isNotEqualTo(java.util.Optional.of(key));
        assertThat(server(URI.create("https://login.example.org/realms/x"), "lumen-desktop", "").refreshTokenSecretId())
                .isNotEqualTo(java.util.Optional.of(key));
        assertThat(ServerSettingsFileTest.north().refreshTokenSecretId()).isEmpty();

        assertThatThrownBy(() -> new AuthSettings.OidcSignIn(URI.create("http://login.example.org"), "c", ""))
                .hasMessageContaining("must use https");
        assertThatThrownBy(() -> new AuthSettings.OidcSignIn(idp.issuer(), " ", "")).hasMessageContaining("client id");
        assertThatThrownBy(() -> new AuthSettings.OidcSignIn(idp.issuer(), "c", "openid \"x\""))
                .hasMessageContaining("Not a valid OAuth scope");
    }

    @Test
    void aStoredSignInIsRestoredOnceRotatedIntoTheStoreAndSaysWhenItIsMissingOrRefused() throws Exception {
        CredentialStore store = vault();
        SignIns signIns = new SignIns(store);
        ServerSettings north = server(idp.issuer(), "lumen-desktop", "");
        SignIns.Key key = SignIns.Key.of(north, TlsOptions.systemDefaults(), new char[0]);
        assertThatThrownBy(() -> signIns.check(key)).isInstanceOfSatisfying(DicomWebException.class,
                e -> assertThat(e.getMessage()).contains("Not signed in to North PACS: sign in with Servers"));

        String stored = idp.issueRefreshToken("lumen-desktop");
        store.put(key.secretId(), stored.toCharArray());
        // Many requests at the first use after start: one restore, one refresh.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                tokens.add(pool.submit(() -> signIns.tokens(key).current().value()));
            }
            for (Future<String> t : tokens) {
                assertThat(idp.accepts(t.get())).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
        String rotated = new String(vault().get(key.secretId()).orElseThrow());
        assertThat(rotated).isNotEqualTo(stored).isIn(idp.issuedSecrets());

        idp.revokeRefreshTokens();
        idp.expireAccessTokens();
        assertThatThrownBy(() -> new SignIns(vault()).check(key)).isInstanceOfSatisfying(DicomWebException.class, e -> {
            assertThat(e.problem()).isEqualTo(DicomWebException.Problem.AUTHENTICATION);
            assertThat(e.getMessage()).contains("Sign-in expired for North PACS: sign in again", "invalid_grant")
                    .doesNotContain(rotated);
        });
        assertThat(ConnectionTest.explain(north, assertThrows(() -> new SignIns(vault()).tokens(key).current())).message())
                .startsWith("Sign-in expired for North PACS: sign in again");
    }

    private static java.io.IOException assertThrows(org.junit.jupiter.api.function.ThrowingSupplier<?> call) {
        return org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, call::get);
    }

    @Test
    void theServersCaBundleReachesAnIdentityProviderOnHttps() throws Exception {
        org.lumen.testkit.tls.TestCertificates certificates = org.lumen.testkit.tls.TestCertificates.generate();
        try (TestAuthorizationServer https = TestAuthorizationServer.startHttps(certificates, false)) {
            https.register("lumen-desktop", "", TestAuthorizationServer.Method.NONE);
            CredentialStore store = vault();
            URI root = URI.create("https://pacs.example.org/dicom-web");
            ServerSettings trusting = new ServerSettings("srv-oidc2", "Private CA PACS", root, root, root,
                    new AuthSettings.OidcSignIn(https.issuer(), "lumen-desktop", ""),
                    new TlsSettings(certificates.caCertificate().toString(), ""), QueryEncoding.STRICT);
            store.put(trusting.refreshTokenSecretId().orElseThrow(), https.issueRefreshToken("lumen-desktop").toCharArray());
            ServerClients clients = new ServerClients(store);
            assertThat(clients.signIns().check(clients.signInKey(trusting, new char[0], new char[0])).validUntil())
                    .isAfter(java.time.Instant.now());

            ServerSettings untrusting = new ServerSettings("srv-oidc3", "Default trust PACS", root, root, root,
                    trusting.auth(), TlsSettings.none(), QueryEncoding.STRICT);
            store.put(untrusting.refreshTokenSecretId().orElseThrow(), https.issueRefreshToken("lumen-desktop").toCharArray());
            assertThat(SignInCheck.check(clients, untrusting)).startsWith("Could not renew the sign-in for Default trust PACS: ")
                    .contains("identity provider", "not issued by a trusted certificate authority");
            assertThat(https.grants("refresh_token")).isEqualTo(1);
        }
    }

    @Test
    void theRegistryDropsASignInWhenTheIssuerOrClientChangesOrTheServerGoes() throws Exception {
        ServerRegistry registry = new ServerRegistry(new ServerSettingsFile(new ConfigFolder(dir)), new ServerClients(vault()));
        ServerSettings north = server(idp.issuer(), "lumen-desktop", "openid");
        registry.save(north, new char[0], new char[0]);
        String key = north.refreshTokenSecretId().orElseThrow();
        registry.clients().credentials().put(key, "kept-refresh-token-1".toCharArray());

        registry.save(server(idp.issuer(), "lumen-desktop", "openid offline_access"), new char[0], new char[0]);
        assertThat(registry.clients().credentials().get(key)).isPresent();

        ServerSettings moved = server(URI.create("https://login.example.org/realms/pacs"), "lumen-desktop", "openid");
        registry.save(moved, new char[0], new char[0]);
        assertThat(registry.clients().credentials().get(key)).isEmpty();

        String movedKey = moved.refreshTokenSecretId().orElseThrow();
        registry.clients().credentials().put(movedKey, "kept-refresh-token-2".toCharArray());
        registry.remove(moved.id());
        assertThat(registry.clients().credentials().get(movedKey)).isEmpty();
    }

    @Test
    void aPasswordDoesNotBecomeTheClientSecretWhenTheKindChanges() throws Exception {
        ServerRegistry registry = new ServerRegistry(new ServerSettingsFile(new ConfigFolder(dir)), new ServerClients(vault()));
        ServerSettings basic = ServerSettingsFileTest.north();
        registry.save(basic, "basic-pw-1".toCharArray(), new char[0]);
        ServerSettings oidc = new ServerSettings(basic.id(), basic.name(), basic.qidoRoot(), basic.wadoRoot(), basic.stowRoot(),
                new AuthSettings.OidcSignIn(idp.issuer(), "lumen-desktop", ""), TlsSettings.none(), basic.queryEncoding());
        registry.save(oidc, new char[0], new char[0]);
        assertThat(registry.clients().credentials().get(basic.secretId())).isEmpty();
        registry.save(oidc, "google-desktop-secret".toCharArray(), new char[0]);
        assertThat(new String(registry.clients().credentials().get(basic.secretId()).orElseThrow())).isEqualTo("google-desktop-secret");
    }
}
