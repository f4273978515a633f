package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.dicomweb.QueryEncoding;

class ServerSettingsFileTest {
    @TempDir
    Path dir;

    static ServerSettings north() {
        URI root = URI.create("https://north.example.org/dicom-web");
        return new ServerSettings("north-1", "North Hospital", root, root, root, new AuthSettings.Basic("reader"),
                new TlsSettings("/etc/lumen/north-ca.pem", "/home/r/north-client.p12"), QueryEncoding.STRICT);
    }

    static ServerSettings south() {
        return new ServerSettings("south-2", "South Clinic", URI.create("http://south:8042/qido"),
                URI.create("http://south:8042/wado"), URI.create("http://south:8042/stow"), new AuthSettings.Bearer(),
                TlsSettings.none(), QueryEncoding.LITERAL);
    }

    @Test
    void roundTripsEverySettingAsReadableJsonWithoutSecrets() throws IOException {
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(dir));
        file.save(List.of(north(), south()));
        assertThat(file.load()).containsExactly(north(), south());
        String json = Files.readString(dir.resolve(ServerSettingsFile.NAME));
        assertThat(json).contains("\"name\" : \"North Hospital\"", "\"kind\" : \"basic\"", "\"user\" : \"reader\"",
                "\"queryEncoding\" : \"literal\"", "\"caBundle\" : \"/etc/lumen/north-ca.pem\"")
                .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("token").contains("\n  ");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ServerSettingsFile.NAME);
        }
    }

    @Test
    void oauthClientCredentialsRoundTripWithoutTheSecret() throws IOException {
        URI root = URI.create("https://east.example.org/dicom-web");
        ServerSettings east = new ServerSettings("east-3", "East", root, root, root, new AuthSettings.OAuthClientCredentials(
                URI.create("https://login.example.org/realms/pacs"), true, "lumen", "dicomweb"), TlsSettings.none(),
                QueryEncoding.STRICT);
        ServerSettings west = new ServerSettings("west-4", "West", root, root, root, new AuthSettings.OAuthClientCredentials(
                URI.create("https://login.example.org/token"), false, "lumen-w", ""),
                new TlsSettings("", "/home/r/west.pem", "/home/r/west-key.pem"), QueryEncoding.STRICT);
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(dir));
        file.save(List.of(east, west));
        assertThat(file.load()).containsExactly(east, west);
        assertThat(Files.readString(dir.resolve(ServerSettingsFile.NAME))).contains("\"kind\" : \"oauth2-client-credentials\"",
                "\"issuer\" : \"https://login.example.org/realms/pacs\"", "\"tokenUrl\" : \"https://login.example.org/token\"")
                .doesNotContainIgnoringCase("secret");
    }

    @Test
    void missingFileMeansNoServers() throws IOException {
        assertThat(new ServerSettingsFile(new ConfigFolder(dir.resolve("absent"))).load()).isEmpty();
    }

    @Test
    void brokenFilesAreReportedWithTheProblem() throws IOException {
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(dir));
        Files.writeString(dir.resolve(ServerSettingsFile.NAME), "{\"version\": 1, \"servers\": [");
        assertThatThrownBy(file::load).isInstanceOf(IOException.class).hasMessageContaining("is not valid JSON");
        Files.writeString(dir.resolve(ServerSettingsFile.NAME),
                "{\"version\": 1, \"servers\": [{\"id\": \"a\", \"name\": \"A\", \"qidoRoot\": \"http://a/\", "
                        + "\"wadoRoot\": \"http://a/\", \"stowRoot\": \"http://a/\", \"auth\": {\"kind\": \"kerberos\"}}]}");
        assertThatThrownBy(file::load).hasMessageContaining("server 0: unknown auth kind \"kerberos\"");
        Files.writeString(dir.resolve(ServerSettingsFile.NAME), "[]");
        assertThatThrownBy(file::load).hasMessageContaining("expected {\"version\": 1");
    }

    @Test
    void duplicateNamesAreRefused() {
        ServerSettingsFile file = new ServerSettingsFile(new ConfigFolder(dir));
        assertThatThrownBy(() -> file.save(List.of(north(), south().withName("north hospital"))))
                .hasMessageContaining("two servers are named");
    }

    @Test
    void configFolderFollowsPropertyThenXdgThenHome() {
        assertThat(ConfigFolder.resolve("/tmp/x", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/u").path()).isEqualTo(Path.of("/tmp/x"));
        assertThat(ConfigFolder.resolve("", Map.of("XDG_CONFIG_HOME", "/xdg"), "/home/u").path()).isEqualTo(Path.of("/xdg/lumen"));
        assertThat(ConfigFolder.resolve("", Map.of("XDG_CONFIG_HOME", "relative"), "/home/u").path())
                .isEqualTo(Path.of("/home/u/.config/lumen"));
        assertThat(ConfigFolder.resolve("", Map.of(), "/home/u").path()).isEqualTo(Path.of("/home/u/.config/lumen"));
    }

    @Test
    void settingsRejectBadValues() {
        URI root = URI.create("http://a/");
        assertThatThrownBy(() -> new ServerSettings("bad id", "A", root, root, root, new AuthSettings.None(), TlsSettings.none(),
                QueryEncoding.STRICT)).hasMessageContaining("server id");
        assertThatThrownBy(() -> new ServerSettings("a", " ", root, root, root, new AuthSettings.None(), TlsSettings.none(),
                QueryEncoding.STRICT)).hasMessageContaining("needs a name");
        assertThatThrownBy(() -> new ServerSettings("a", "A", URI.create("ftp://a/"), root, root, new AuthSettings.None(),
                TlsSettings.none(), QueryEncoding.STRICT)).hasMessageContaining("qidoRoot must be an absolute http(s) URI");
        assertThatThrownBy(() -> new AuthSettings.Basic("a:b")).hasMessageContaining("without ':'");
    }
}
