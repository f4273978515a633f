package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.UiTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TokenCheckingProxy;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The server form filled for OAuth 2.0 client credentials against the test authorization server,
 * with a token-checking proxy in front of a real Orthanc: a wrong secret is "Sign-in refused", the
 * right one connects; the secret is not written to servers.json.
 */
@UiTest
class OAuthServerFormUiTest {
    static final String SECRET = "ui-svc-secret-Hk30";
    static final int WAIT_SECONDS = FormFixture.WAIT_SECONDS;

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
        idp.register("lumen-ui", SECRET, TestAuthorizationServer.Method.BASIC);
        proxy = TokenCheckingProxy.start(idp, orthanc.baseUri());
        ServerRegistry registry = new ServerRegistry(new ServerSettingsFile(new ConfigFolder(config)),
                new ServerClients(new SessionCredentialStore(new UnavailableCredentialStore("not in this test"))));
        String css = OAuthServerFormUiTest.class.getResource("/org/lumen/viewer/app/lumen-dark.css").toExternalForm();
        FxToolkit.setupFixture(() -> new ServerSettingsDialog(null, registry, background, List.of(css)).show());
    }

    @AfterEach
    void stop() throws Exception {
        FormFixture.closeWindows();
        background.shutdownNow();
        if (proxy != null) {
            proxy.close();
            idp.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void clientCredentialsConnectAndAWrongSecretIsSignInRefused() throws Exception {
        fx(() -> {
            lookup("#server-name", TextField.class).setText("OAuth Orthanc");
            lookup("#server-url", TextField.class).setText(proxy.dicomWebRoot().toString());
            ChoiceBox<AuthEditor> kind = lookup("#auth-kind", ChoiceBox.class);
            kind.getSelectionModel().select(kind.getItems().stream()
                    .filter(e -> e.kind().equals("oauth2-client-credentials")).findFirst().orElseThrow());
            lookup("#oauth-endpoint", TextField.class).setText(idp.issuer().toString());
            lookup("#oauth-discover", CheckBox.class).setSelected(true);
            lookup("#oauth-client-id", TextField.class).setText("lumen-ui");
            lookup("#oauth-scope", TextField.class).setText("dicomweb");
            lookup("#oauth-client-secret", PasswordField.class).setText("wrong-secret-5120");
            return null;
        });
        robot.clickOn("#test-connection");
        awaitVerdict("Sign-in refused: ");
        assertThat(resultText()).contains("invalid_client").doesNotContain("wrong-secret-5120");
        assertThat(proxy.forwarded()).isZero();

        fx(() -> {
            lookup("#oauth-client-secret", PasswordField.class).setText(SECRET);
            return null;
        });
        robot.clickOn("#test-connection");
        awaitVerdict("Connected to " + proxy.dicomWebRoot());
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
        assertThat(proxy.forwarded()).isEqualTo(1);
        FormFixture.screenshot(lookup("#server-list", javafx.scene.Node.class).getScene(), "server-settings-oauth.png");

        robot.clickOn("#save-server");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.exists(config.resolve(ServerSettingsFile.NAME)));
        assertThat(Files.readString(config.resolve(ServerSettingsFile.NAME)))
                .contains("\"clientId\" : \"lumen-ui\"").doesNotContain(SECRET);
    }

    private <T> T lookup(String query, Class<T> type) {
        return type.cast(robot.lookup(query).query());
    }

    private String resultText() {
        return fx(() -> lookup("#test-result", Label.class).getText());
    }

    /** Waits for the verdict to start with {@code prefix}; the assertion shows the verdict seen when it never does. */
    private void awaitVerdict(String prefix) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> resultText().startsWith(prefix));
        } catch (java.util.concurrent.TimeoutException e) {
            // reported by the assertion below
        }
        assertThat(resultText()).startsWith(prefix);
    }

    private static <T> T fx(Callable<T> call) {
        return FormFixture.fx(call);
    }
}
