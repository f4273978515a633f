package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.store.secrets.KdfParameters;
import org.lumen.store.secrets.SecretVaults;

/** The registry persists servers at once and their secrets only in the credential store. */
class ServerRegistryTest {
    @TempDir
    Path dir;

    private ServerRegistry registry(CredentialStore store) throws Exception {
        return new ServerRegistry(new ServerSettingsFile(new ConfigFolder(dir)), new ServerClients(store));
    }

    private CredentialStore vault() {
        return new VaultCredentialStore(SecretVaults.encryptedFile(dir.resolve(CredentialStores.SECRETS_FILE),
                request -> "pass phrase".toCharArray(), new KdfParameters(8, 1, 1)));
    }

    @Test
    void savesReplacesAndRemovesWithSecretsInTheStoreOnly() throws Exception {
        ServerRegistry registry = registry(vault());
        AtomicInteger changes = new AtomicInteger();
        registry.addListener(changes::incrementAndGet);
        ServerSettings north = ServerSettingsFileTest.north();
        registry.save(north, "n0rth-pw".toCharArray(), "key-pw".toCharArray());
        registry.save(ServerSettingsFileTest.south(), "t0ken".toCharArray(), new char[0]);
        assertThat(changes).hasValue(2);

        ServerRegistry reloaded = registry(vault());
        assertThat(reloaded.servers()).containsExactly(north, ServerSettingsFileTest.south());
        assertThat(reloaded.byName("north HOSPITAL")).contains(north);
        assertThat(new String(reloaded.clients().credentials().get(north.secretId()).orElseThrow())).isEqualTo("n0rth-pw");
        assertThat(new String(reloaded.clients().credentials().get(north.clientKeySecretId()).orElseThrow())).isEqualTo("key-pw");
        assertThat(Files.readString(dir.resolve(ServerSettingsFile.NAME))).doesNotContain("n0rth-pw", "t0ken", "key-pw");

        reloaded.save(north.withName("North Site"), new char[0], new char[0]);
        assertThat(reloaded.servers()).extracting(ServerSettings::name).containsExactly("North Site", "South Clinic");
        assertThat(reloaded.clients().credentials().get(north.secretId())).isPresent();

        reloaded.remove(north.id());
        assertThat(registry(vault()).servers()).containsExactly(ServerSettingsFileTest.south());
        assertThat(reloaded.clients().credentials().get(north.secretId())).isEmpty();
    }

    @Test
    void twoServersCannotShareAName() throws Exception {
        ServerRegistry registry = registry(vault());
        registry.save(ServerSettingsFileTest.north(), new char[0], new char[0]);
        ServerSettings clash = ServerSettingsFileTest.south().withName("NORTH hospital");
        assertThatThrownBy(() -> registry.save(clash, new char[0], new char[0])).hasMessageContaining("already named");
        assertThat(registry.servers()).hasSize(1);
    }

    @Test
    void aRefusedSecretStillSavesTheSettingsAndSaysSo() throws Exception {
        ServerRegistry registry = registry(new SessionCredentialStore(new UnavailableCredentialStore("no keyring")));
        assertThatThrownBy(() -> registry.save(ServerSettingsFileTest.north(), "pw".toCharArray(), new char[0]))
                .isInstanceOf(CredentialStoreException.class).hasMessageContaining("not saved");
        assertThat(registry(vault()).servers()).containsExactly(ServerSettingsFileTest.north());
        assertThat(registry.clients().credentials().get(ServerSettingsFileTest.north().secretId())).isPresent();
    }
}
