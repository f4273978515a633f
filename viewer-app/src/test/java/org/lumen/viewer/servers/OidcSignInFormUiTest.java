package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.QidoQuery;
import org.lumen.store.secrets.KdfParameters;
import org.lumen.store.secrets.SecretVaults;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.oauth.Browser;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TokenCheckingProxy;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Sign in with browser (OIDC)" in the server form, end to end: the test plays the user's browser
 * (it follows the authorization URL to the app's loopback redirect) against the real test
 * authorization server, and a token-checking proxy in front of a real Orthanc admits only the
 * tokens that server issued. The refresh token lands in the passphrase-encrypted secrets file (not
 * readable on disk), signs in silently at the next start, and a revoked one says "Sign-in expired".
 */
@UiTest
class OidcSignInFormUiTest {
    static final int WAIT_SECONDS = FormFixture.WAIT_SECONDS;
    static final String NAME = "OIDC Orthanc";
    static final KdfParameters CHEAP_KDF = new KdfParameters(8, 1, 1);

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder()
            .preload(PydicomCorpus.testFile("CT_small.dcm")).build();

    @TempDir
    Path config;

    final FxRobot robot = new FxRobot();
    final ExecutorService background = Executors.newSingleThreadExecutor();
    TestAuthorizationServer idp;
    TokenCheckingProxy proxy;

    @BeforeEach
    void start(Orthanc orthanc) throws Exception {
        FormFixture.requireDisplay();
        idp = TestAuthorizationServer.start();
        idp.register("lumen-desktop", "", TestAuthorizationServer.Method.NONE);
        idp.user("u-77", "Dr. Ada Reader");
        proxy = TokenCheckingProxy.start(idp, orthanc.baseUri());
    }

    @AfterEach
    void stop() throws Exception {
        closeWindows();
        background.shutdownNow();
        if (proxy != null) {
            proxy.close();
            idp.close();
        }
    }

    /** The workstation as it starts: servers.json and the encrypted secrets file of {@link #config}. */
    ServerRegistry startWorkstation() throws IOException {
        CredentialStore store = new SessionCredentialStore(new VaultCredentialStore(SecretVaults.encryptedFile(
                config.resolve(CredentialStores.SECRETS_FILE), request -> "test passphrase 42".toCharArray(), CHEAP_KDF)));
        return new ServerRegistry(new ServerSettingsFile(new ConfigFolder(config)), new ServerClients(store));
    }

    void openDialog(ServerRegistry registry, Consumer<URI> browser, Duration signInTimeout) throws Exception {
        closeWindows();
        List<String> css = Stream.of("/org/lumen/viewer/app/lumen-dark.css", "/org/lumen/viewer/browser/lumen-servers.css")
                .map(r -> OidcSignInFormUiTest.class.getResource(r).toExternalForm()).toList();
        FxToolkit.setupFixture(() -> new ServerSettingsDialog(null, registry, background, css, browser, signInTimeout).show());
    }

    @Test
    void signInConnectsKeepsTheTokenEncryptedAndTheNextStartSignsInSilently() throws Exception {
        Browser browser = Browser.honest();
        openDialog(startWorkstation(), browser, Duration.ofMinutes(1));
        fillForm();
        robot.clickOn("#oidc-sign-in");
        awaitText("#oidc-status", "Signed in as Dr. Ada Reader, token valid until ");
        assertThat(browser.opened).singleElement().satisfies(uri -> assertThat(uri.toString())
                .startsWith(idp.authorizationEndpoint() + "?").contains("code_challenge_method=S256", "client_id=lumen-desktop"));
        assertThat(browser.statuses).containsExactly(302, 200);
        assertThat(idp.grants("authorization_code")).isEqualTo(1);
        screenshot(lookup("#server-list", Node.class).getScene(), "server-settings-oidc.png");

        robot.clickOn("#test-connection");
        awaitText("#test-result", "Connected to " + proxy.dicomWebRoot());
        assertThat(proxy.forwarded()).isEqualTo(1);
        assertThat(proxy.rejected()).isZero();

        robot.clickOn("#save-server");
        Path settingsFile = config.resolve(ServerSettingsFile.NAME);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.exists(settingsFile)
                && Files.readString(settingsFile).contains("oidc-browser"));
        assertThat(Files.exists(config.resolve(CredentialStores.SECRETS_FILE))).isTrue();
        assertNoIssuedSecretOnDisk();

        // Next start: a new store over the same encrypted file; the sign-in is renewed silently.
        ServerRegistry second = startWorkstation();
        ServerSettings saved = second.byName(NAME).orElseThrow();
        assertThat(SignInCheck.check(second.clients(), saved)).isEmpty();
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
        assertThat(second.clients().client(saved).search(QidoQuery.studies().build())).hasSize(1);
        assertThat(idp.grants("authorization_code")).isEqualTo(1);
        openDialog(second, browser, Duration.ofMinutes(1));
        awaitText("#oidc-status", "Signed in as Dr. Ada Reader, token valid until ");
        assertThat(browser.opened).hasSize(1);
        assertNoIssuedSecretOnDisk();

        // The identity provider revokes the sign-in: the next start says so, in the status bar and the form.
        idp.revokeRefreshTokens();
        idp.expireAccessTokens();
        ServerRegistry third = startWorkstation();
        List<String> statusBar = new CopyOnWriteArrayList<>();
        SignInCheck.start(third, statusBar::add, background);
        String expired = "Sign-in expired for " + NAME + ": sign in again";
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !statusBar.isEmpty());
        assertThat(statusBar).singleElement().satisfies(s -> assertThat(s).startsWith(expired).contains("invalid_grant"));
        openDialog(third, browser, Duration.ofMinutes(1));
        awaitText("#oidc-status", expired);
        robot.clickOn("#test-connection");
        awaitText("#test-result", expired);
    }

    @Test
    void aSignInCanBeCancelledTimesOutClearlyAndSignOutForgetsIt() throws Exception {
        ServerRegistry registry = startWorkstation();
        List<URI> opened = new CopyOnWriteArrayList<>();
        openDialog(registry, opened::add, Duration.ofSeconds(3)); // a browser in which the user never signs in
        fillForm();
        robot.clickOn("#oidc-sign-in");
        awaitText("#oidc-status", "Waiting for the browser");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(() -> lookup("#oidc-link", TextField.class).isVisible()));
        assertThat(fx(() -> lookup("#oidc-link", TextField.class).getText())).isEqualTo(opened.get(0).toString());
        screenshot(lookup("#server-list", Node.class).getScene(), "server-settings-oidc-waiting.png");
        robot.clickOn("#oidc-cancel");
        awaitText("#oidc-status", "Sign-in cancelled.");
        assertThat(fx(() -> lookup("#oidc-link", TextField.class).isVisible())).isFalse();

        robot.clickOn("#oidc-sign-in");
        awaitText("#oidc-status", "Sign-in timed out: the browser did not come back within 3 seconds. Try again.");
        assertThat(idp.grants("authorization_code")).isZero();

        openDialog(registry, Browser.honest(), Duration.ofMinutes(1));
        fillForm();
        robot.clickOn("#save-server");
        awaitText("#test-result", "Saved " + NAME);
        ServerSettings settings = registry.byName(NAME).orElseThrow();
        robot.clickOn("#oidc-sign-in");
        awaitText("#oidc-status", "Signed in as Dr. Ada Reader");
        assertThat(registry.clients().credentials().get(settings.refreshTokenSecretId().orElseThrow())).isPresent();
        robot.clickOn("#oidc-sign-out");
        awaitText("#oidc-status", "Signed out: the stored sign-in is forgotten.");
        assertThat(registry.clients().credentials().get(settings.refreshTokenSecretId().orElseThrow())).isEmpty();
        robot.clickOn("#test-connection");
        awaitText("#test-result", "Not signed in to " + NAME + ": sign in with Servers");
        assertThat(proxy.forwarded()).isZero();
    }

    @SuppressWarnings("unchecked")
    private void fillForm() {
        fx(() -> {
            lookup("#server-name", TextField.class).setText(NAME);
            lookup("#server-url", TextField.class).setText(proxy.dicomWebRoot().toString());
            ChoiceBox<AuthEditor> kind = lookup("#auth-kind", ChoiceBox.class);
            kind.getSelectionModel().select(kind.getItems().stream()
                    .filter(e -> e.kind().equals("oidc-browser")).findFirst().orElseThrow());
            lookup("#oidc-issuer", TextField.class).setText(idp.issuer().toString());
            lookup("#oidc-client-id", TextField.class).setText("lumen-desktop");
            lookup("#oidc-scope", TextField.class).setText("openid offline_access");
            return null;
        });
    }

    /** No code, access or refresh token the identity provider issued appears in any file of the configuration folder. */
    private void assertNoIssuedSecretOnDisk() throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.walk(config)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.write(Files.readAllBytes(f));
            }
        }
        String asLatin1 = all.toString(StandardCharsets.ISO_8859_1);
        String asUtf16 = new String(all.toByteArray(), StandardCharsets.UTF_16LE)
                + new String(all.toByteArray(), StandardCharsets.UTF_16BE);
        assertThat(idp.issuedSecrets()).isNotEmpty().allSatisfy(secret -> {
            assertThat(asLatin1).doesNotContain(secret);
            assertThat(asUtf16).doesNotContain(secret);
        });
        assertThat(all.size()).isGreaterThan(0);
    }

    private <T> T lookup(String query, Class<T> type) {
        return type.cast(robot.lookup(query).query());
    }

    /** Waits for the label or field {@code query} to start with {@code prefix}; the assertion shows what it said. */
    private void awaitText(String query, String prefix) throws Exception {
        Callable<String> text = () -> {
            Node n = lookup(query, Node.class);
            return n instanceof Label l ? l.getText() : ((TextField) n).getText();
        };
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> fx(text).startsWith(prefix));
        } catch (java.util.concurrent.TimeoutException e) {
            // reported by the assertion below
        }
        assertThat(fx(text)).startsWith(prefix);
    }

    private static <T> T fx(Callable<T> call) {
        return FormFixture.fx(call);
    }

    private static void closeWindows() throws Exception {
        FormFixture.closeWindows();
    }

    private static void screenshot(Scene scene, String name) throws Exception {
        FormFixture.screenshot(scene, name);
    }
}
