package org.lumen.testkit.orthanc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrthancConfigurationTest {

    private final WorkDirectory dir = WorkDirectory.create();

    @AfterEach
    void cleanUp() {
        dir.deleteRecursively();
    }

    private static OrthancSettings settings(List<Credentials> users) {
        return new OrthancSettings(users, List.of(), false, Duration.ofSeconds(30), Path.of("/usr/sbin/Orthanc"),
                Path.of("/opt/plugins/libOrthancDicomWeb.so"));
    }

    @Test
    void writesLoopbackOnlyDicomWebConfiguration() throws Exception {
        OrthancConfiguration.write(settings(List.of()), dir, 41234);
        JsonNode c = new ObjectMapper().readTree(Files.readString(dir.configFile()));
        assertThat(c.path("HttpPort").asInt()).isEqualTo(41234);
        assertThat(c.path("RemoteAccessAllowed").asBoolean(true)).isFalse();
        assertThat(c.path("DicomServerEnabled").asBoolean(true)).isFalse();
        assertThat(c.path("AuthenticationEnabled").asBoolean(true)).isFalse();
        assertThat(c.path("StorageDirectory").asText()).isEqualTo(dir.storage().toString());
        assertThat(c.path("Plugins").get(0).asText()).isEqualTo("/opt/plugins/libOrthancDicomWeb.so");
        JsonNode web = c.path("DicomWeb");
        assertThat(web.path("Root").asText()).isEqualTo("/dicom-web/");
        assertThat(web.path("EnableWado").asBoolean()).isTrue();
        assertThat(web.path("Ssl").asBoolean(true)).isFalse();
        assertThat(web.path("StudiesMetadata").asText()).isEqualTo("Full");
        assertThat(web.path("SeriesMetadata").asText()).isEqualTo("Full");
    }

    @Test
    void basicAuthRegistersEveryUser() {
        JsonNode c = OrthancConfiguration.build(settings(List.of(new Credentials("alice", "secret"),
                new Credentials("bob", "pw"))), dir, 8042);
        assertThat(c.path("AuthenticationEnabled").asBoolean()).isTrue();
        assertThat(c.path("RegisteredUsers").path("alice").asText()).isEqualTo("secret");
        assertThat(c.path("RegisteredUsers").path("bob").asText()).isEqualTo("pw");
    }

    @Test
    void rejectsBadPortAndDuplicateUsers() {
        assertThatThrownBy(() -> OrthancConfiguration.build(settings(List.of()), dir, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
        assertThatThrownBy(() -> settings(List.of(new Credentials("a", "1"), new Credentials("a", "2"))))
                .hasMessageContaining("duplicate");
    }

    @Test
    void credentialsMakeABasicHeaderAndHideThePassword() {
        Credentials c = new Credentials("alice", "secret");
        assertThat(c.authorizationHeader()).isEqualTo("Basic YWxpY2U6c2VjcmV0");
        assertThat(c.toString()).doesNotContain("secret");
        assertThatThrownBy(() -> new Credentials("a:b", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
