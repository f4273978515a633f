package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.store.secrets.PassphraseSource;
import org.lumen.testkit.IntegrationTest;
import org.lumen.testkit.data.PydicomCorpus;
import org.lumen.testkit.oauth.TestAuthorizationServer;
import org.lumen.testkit.oauth.TokenCheckingProxy;
import org.lumen.testkit.orthanc.Orthanc;
import org.lumen.testkit.orthanc.OrthancExtension;
import org.lumen.viewer.servers.AuthSettings;
import org.lumen.viewer.servers.ConfigFolder;
import org.lumen.viewer.servers.CredentialStore;
import org.lumen.viewer.servers.CredentialStores;
import org.lumen.viewer.servers.ServerClients;
import org.lumen.viewer.servers.ServerRegistry;
import org.lumen.viewer.servers.ServerSettings;
import org.lumen.viewer.servers.ServerSettingsFile;
import org.lumen.viewer.servers.TlsSettings;
import picocli.CommandLine;

/**
 * {@code lumen web query --server <name>}: the workstation's configured server with the refresh
 * token its browser sign-in stored (in this machine's credential store: the OS one, else the
 * encrypted file), behind a token-checking proxy in front of a real Orthanc. The token the
 * identity provider rotates is stored again, so the next run (and the workstation) stays signed in.
 */
@IntegrationTest
class WebConfiguredServerCommandTest {
    static final String CT_STUDY = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";
    static final String PASSPHRASE = "cli secrets passphrase 7";

    @RegisterExtension
    static final OrthancExtension ORTHANC = OrthancExtension.builder()
            .preload(PydicomCorpus.testFile("CT_small.dcm")).build();

    @TempDir
    Path config;

    TestAuthorizationServer idp;
    TokenCheckingProxy proxy;
    ServerRegistry registry;
    ServerSettings server;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void start(Orthanc orthanc) throws Exception {
        System.setProperty(ConfigFolder.PROPERTY, config.toString());
        idp = TestAuthorizationServer.start();
        idp.register("lumen-desktop", "", TestAuthorizationServer.Method.NONE);
        proxy = TokenCheckingProxy.start(idp, orthanc.baseUri());
        PassphraseSource passphrase = request -> PASSPHRASE.toCharArray();
        registry = new ServerRegistry(new ServerSettingsFile(ConfigFolder.forUser()),
                new ServerClients(CredentialStores.forThisMachine(ConfigFolder.forUser(), passphrase)));
        URI root = proxy.dicomWebRoot();
        server = new ServerSettings("srv-cli-" + UUID.randomUUID().toString().substring(0, 8), "CLI PACS", root, root, root,
                new AuthSettings.OidcSignIn(idp.issuer(), "lumen-desktop", "openid"), TlsSettings.none(), QueryEncoding.LITERAL);
        registry.save(server, new char[0], new char[0]);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            registry.remove(server.id()); // also from the OS credential store, where there is one
        } finally {
            System.clearProperty(ConfigFolder.PROPERTY);
            proxy.close();
            idp.close();
        }
    }

    int web(String... arguments) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Map<String, String> environment = Map.of(ConfiguredServer.PASSPHRASE_VARIABLE, PASSPHRASE);
        CliEnvironment env = new CliEnvironment(name -> Optional.ofNullable(environment.get(name)), false, 80, System::nanoTime);
        CommandLine commandLine = LumenCommand.commandLine(env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }

    @Test
    void theStoredSignInIsUsedAndItsRotatedTokenKept() throws Exception {
        CredentialStore store = registry.clients().credentials();
        String key = server.refreshTokenSecretId().orElseThrow();
        String first = idp.issueRefreshToken("lumen-desktop");
        store.put(key, first.toCharArray());

        assertThat(web("web", "query", "--server", "cli pacs")).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith(CT_STUDY + "\t");
        assertThat(idp.grants("refresh_token")).isEqualTo(1);
        assertThat(err.toString()).doesNotContain(first);

        PassphraseSource passphrase = request -> PASSPHRASE.toCharArray();
        CredentialStore reopened = CredentialStores.forThisMachine(ConfigFolder.forUser(), passphrase);
        String rotated = new String(reopened.get(key).orElseThrow());
        assertThat(rotated).isNotEqualTo(first).isIn(idp.issuedSecrets());
        assertThat(web("web", "query", "--server", "CLI PACS")).as(err.toString()).isZero();
        assertThat(idp.grants("refresh_token")).isEqualTo(2);
        assertThat(proxy.forwarded()).isEqualTo(2);
    }

    @Test
    void aRefusedSignInSaysSignInAgainAndOptionsThatClashAreUsageErrors() throws Exception {
        registry.clients().credentials().put(server.refreshTokenSecretId().orElseThrow(), "revoked-or-never-issued".toCharArray());
        assertThat(web("web", "query", "--server", "CLI PACS")).isEqualTo(LumenCommand.FAILURE);
        assertThat(err.toString()).contains("Sign-in expired for CLI PACS: sign in again").doesNotContain("revoked-or-never-issued");

        assertThat(web("web", "query", "--server", "CLI PACS", "--url", "http://127.0.0.1:9/dicom-web")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("--server takes the server's URL");
        assertThat(web("web", "query", "--server", "Elsewhere")).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).contains("no server named \"Elsewhere\"", "configured: CLI PACS");
        assertThat(proxy.forwarded()).isZero();
    }
}
