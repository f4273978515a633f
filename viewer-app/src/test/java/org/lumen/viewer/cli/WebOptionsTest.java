package org.lumen.viewer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code lumen web} takes its bearer token from ({@code --token}, {@code --token-file},
 * {@code LUMEN_TOKEN}), seen as the Authorization header a real HTTP server on loopback receives;
 * and the exit codes every web subcommand documents in its help.
 */
class WebOptionsTest {
    private static final String ENV_TOKEN = "env-t0ken.abc";
    private static final String FILE_TOKEN = "file-t0ken.xyz";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dicom-web/studies", exchange -> {
            authorizations.add(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("(none)"));
            byte[] body = "[]".getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("Content-Type", "application/dicom+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private int query(Map<String, String> environment, String... options) {
        CliEnvironment env = new CliEnvironment(name -> Optional.ofNullable(environment.get(name)), false, 80, System::nanoTime);
        picocli.CommandLine commandLine = LumenCommand.commandLine(env);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/dicom-web";
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("web", "query", "--url", url),
                java.util.stream.Stream.of(options)).toArray(String[]::new);
        return commandLine.execute(args);
    }

    private void assertNoSecretPrinted() {
        assertThat(out.toString() + err.toString()).doesNotContain(ENV_TOKEN, FILE_TOKEN);
    }

    @Test
    void tokenFromTheEnvironment() {
        assertThat(query(Map.of("LUMEN_TOKEN", ENV_TOKEN))).as(err.toString()).isZero();
        assertThat(authorizations).containsExactly("Bearer " + ENV_TOKEN);
        assertNoSecretPrinted();
    }

    @Test
    void tokenFromAFileWinsOverTheEnvironment() throws IOException {
        Path file = Files.writeString(dir.resolve("token"), "  " + FILE_TOKEN + "\n");
        assertThat(query(Map.of("LUMEN_TOKEN", ENV_TOKEN), "--token-file", file.toString())).as(err.toString()).isZero();
        assertThat(authorizations).containsExactly("Bearer " + FILE_TOKEN);
        assertNoSecretPrinted();
    }

    @Test
    void tokenOnTheCommandLineStillWorks() {
        assertThat(query(Map.of(), "--token", "cli-token")).as(err.toString()).isZero();
        assertThat(authorizations).containsExactly("Bearer cli-token");
    }

    @Test
    void aUserOnTheCommandLineIsNotOverriddenByTheEnvironmentToken() {
        assertThat(query(Map.of("LUMEN_TOKEN", ENV_TOKEN), "--user", "ann", "--password", "pw")).as(err.toString()).isZero();
        assertThat(authorizations).hasSize(1).first().asString().startsWith("Basic ");
    }

    @Test
    void noCredentialsSendsNoAuthorization() {
        assertThat(query(Map.of())).as(err.toString()).isZero();
        assertThat(authorizations).containsExactly("(none)");
    }

    @Test
    void missingTokenFileIsAUsageErrorBeforeAnyRequest() {
        Path missing = dir.resolve("no-such-token");
        assertThat(query(Map.of(), "--token-file", missing.toString())).isEqualTo(LumenCommand.USAGE);
        assertThat(err.toString()).startsWith("lumen: cannot read --token-file " + missing);
        assertThat(authorizations).isEmpty();
    }

    @Test
    void emptyOrMultiLineTokenFilesAndTwoTokenSourcesAreRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThat(query(Map.of(), "--token-file", empty.toString())).isEqualTo(LumenCommand.USAGE);
        Path twoLines = Files.writeString(dir.resolve("two"), FILE_TOKEN + "\nsecond-line\n");
        assertThat(query(Map.of(), "--token-file", twoLines.toString())).isEqualTo(LumenCommand.USAGE);
        Path good = Files.writeString(dir.resolve("good"), FILE_TOKEN);
        assertThat(query(Map.of(), "--token-file", good.toString(), "--token", "x")).isEqualTo(LumenCommand.USAGE);
        assertThat(query(Map.of(), "--token-file", good.toString(), "--user", "ann")).isEqualTo(LumenCommand.USAGE);
        assertThat(authorizations).isEmpty();
        assertNoSecretPrinted();
    }

    @Test
    void everyWebSubcommandDocumentsItsExitCodes() {
        for (String sub : List.of("query", "metadata", "retrieve", "store")) {
            StringWriter help = new StringWriter();
            picocli.CommandLine commandLine = LumenCommand.commandLine();
            commandLine.setOut(new PrintWriter(help, true));
            assertThat(commandLine.execute("web", sub, "--help")).isZero();
            assertThat(help.toString()).as(sub).contains("Exit codes:", "  0 ", "  2 ", "  3   I/O failure", "LUMEN_TOKEN",
                    "--token-file", "--ca-file", "--client-cert", "--client-key", "LUMEN_CLIENT_CERT_PASSWORD",
                    "--oauth-token-url", "--oidc-issuer", "--client-id", "--client-secret-file", "LUMEN_CLIENT_SECRET",
                    "--scope", "--refresh-token-file", "--login", "sign-in refused", "TLS failure");
            assertThat(help.toString()).as(sub).doesNotContain("--client-secret ");
        }
    }
}
