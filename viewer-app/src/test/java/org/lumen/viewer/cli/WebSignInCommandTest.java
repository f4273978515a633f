package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TestAuthorizationServer.Method;
import org.lumen.testkit.oauth.TokenCheckingProxy;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;
import picocli.CommandLine;

/**
 * {@code lumen web query} with OAuth 2.0 against the test authorization server and a token-checking
 * proxy in front of a real Orthanc: client credentials (token URL and OIDC discovery), a stored
 * refresh token, a wrong secret (exit 3, no secret printed) and incomplete options (exit 2).
 */
@IntegrationTest
class WebSignInCommandTest {
    static final String SECRET = "cli-svc-secret-Wq27";
    static final String CT_STUDY = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder()
            .preload(PydicomCorpus.testFile("CT_small.dcm")).build();

    @TempDir
    Path dir;

    TestAuthorizationServer idp;
    TokenCheckingProxy proxy;
    final Map<String, String> environment = new HashMap<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start(Orthanc orthanc) throws Exception {
        idp = TestAuthorizationServer.start();
        idp.register("lumen-cli", SECRET, Method.BASIC);
        idp.register("lumen-desktop", "", Method.NONE);
        proxy = TokenCheckingProxy.start(idp, orthanc.baseUri());
    }

    @AfterEach
    void stop() {
        proxy.close();
        idp.close();
    }

    int query(String... options) {
        CliEnvironment env = new CliEnvironment(name -> Optional.ofNullable(environment.get(name)), false, 80, System::nanoTime);
        CommandLine commandLine = LumenCommand.commandLine(env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(Stream.concat(Stream.of("web", "query", "--orthanc", "--url",
                proxy.dicomWebRoot().toString()), Stream.of(options)).toArray(String[]::new));
    }

    @Test
    void clientCredentialsFromTheEnvironmentWithATokenUrl() {
        environment.put("LUMEN_CLIENT_SECRET", SECRET);
        assertThat(query("--oauth-token-url", idp.tokenEndpoint().toString(), "--client-id", "lumen-cli",
                "--scope", "dicomweb")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(CT_STUDY + "\t");
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
        assertThat(proxy.forwarded()).isEqualTo(1);
    }

    @Test
    void clientCredentialsFromASecretFileWithOidcDiscovery() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret"), SECRET + "\n");
        assertThat(query("--oidc-issuer", idp.issuer().toString(), "--client-id", "lumen-cli",
                "--client-secret-file", secret.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(CT_STUDY + "\t");
        assertThat(idp.grants("client_credentials")).isEqualTo(1);
    }

    @Test
    void aStoredRefreshTokenSignsIn() throws Exception {
        Path refresh = Files.writeString(dir.resolve("refresh"), idp.issueRefreshToken("lumen-desktop"));
        assertThat(query("--oidc-issuer", idp.issuer().toString(), "--client-id", "lumen-desktop",
                "--refresh-token-file", refresh.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(CT_STUDY + "\t");
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
    }

    @Test
    void aWrongSecretExitsThreeNamingTheProblemWithoutTheSecret() {
        environment.put("LUMEN_CLIENT_SECRET", "guessed-secret-551");
        assertThat(query("--oauth-token-url", idp.tokenEndpoint().toString(), "--client-id", "lumen-cli"))
                .isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).startsWith("lumen: sign-in failed: ").contains("invalid_client")
                .doesNotContain("guessed-secret-551").doesNotContain(SECRET);
        assertThat(out.toString()).isEmpty();
        assertThat(proxy.forwarded()).isZero();
    }

    @Test
    void incompleteOptionsAreUsageErrorsAndTheSecretIsNeverAnOption() {
        assertThat(query("--oauth-token-url", idp.tokenEndpoint().toString(), "--client-id", "lumen-cli"))
                .isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("client credentials need a secret", "LUMEN_CLIENT_SECRET");
        err.getBuffer().setLength(0);
        assertThat(query("--client-id", "lumen-cli", "--login")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("--oauth-token-url or --oidc-issuer");
        err.getBuffer().setLength(0);
        assertThat(query("--oauth-token-url", idp.tokenEndpoint().toString(), "--client-id", "lumen-cli",
                "--client-secret", SECRET)).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("never taken on the command line", "--client-secret-file")
                .doesNotContain(SECRET);
        assertThat(proxy.forwarded()).isZero();
        assertThat(idp.grants("client_credentials")).isZero();
    }
}
