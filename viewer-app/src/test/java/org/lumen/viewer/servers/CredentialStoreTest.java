package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.store.secrets.KdfParameters;
import org.lumen.store.secrets.PassphraseSource;
import org.lumen.store.secrets.SecretVaults;

class CredentialStoreTest {
    /** Argon2id at its cheapest, so the test spends no time on key derivation. */
    private static final KdfParameters CHEAP_KDF = new KdfParameters(8, 1, 1);

    @Test
    void withoutAKeyringSavingIsRefusedInWordsButTheSessionKeepsTheSecret() {
        SessionCredentialStore store = new SessionCredentialStore(new UnavailableCredentialStore("no keyring here"));
        assertThatThrownBy(() -> store.put("s/auth", "pw".toCharArray())).isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("The password was not saved: no keyring here")
                .hasMessageContaining("never writes secrets in plain text");
        assertThat(store.get("s/auth")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("pw"));
        store.remove("s/auth");
        assertThat(store.get("s/auth")).isEmpty();
        assertThat(store.description()).contains("no keyring here");
    }

    @Test
    void returnedSecretsAreCopies() {
        SessionCredentialStore store = new SessionCredentialStore(new UnavailableCredentialStore("none"));
        char[] typed = "secret".toCharArray();
        assertThatThrownBy(() -> store.put("id", typed)).isInstanceOf(CredentialStoreException.class);
        typed[0] = 'X';
        char[] first = store.get("id").orElseThrow();
        first[1] = 'Y';
        assertThat(new String(store.get("id").orElseThrow())).isEqualTo("secret");
    }

    @Test
    void anEncryptedFileVaultKeepsSecretsAcrossSessionsAndNeverInPlainText(@TempDir Path dir) throws Exception {
        ConfigFolder config = new ConfigFolder(dir);
        PassphraseSource passphrase = request -> "correct horse".toCharArray();
        CredentialStore first = new SessionCredentialStore(new VaultCredentialStore(
                SecretVaults.encryptedFile(config.file(CredentialStores.SECRETS_FILE), passphrase, CHEAP_KDF)));
        first.put("lumen/server/a/auth", "pa55-word".toCharArray());
        CredentialStore second = new VaultCredentialStore(
                SecretVaults.encryptedFile(config.file(CredentialStores.SECRETS_FILE), passphrase, CHEAP_KDF));
        assertThat(second.get("lumen/server/a/auth")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("pa55-word"));
        assertThat(Files.readAllBytes(config.file(CredentialStores.SECRETS_FILE)))
                .asString(java.nio.charset.StandardCharsets.ISO_8859_1).doesNotContain("pa55-word");
    }

    @Test
    void aCancelledPassphraseIsARefusalInWords(@TempDir Path dir) {
        PassphraseSource cancelled = request -> {
            throw new java.io.IOException("no passphrase was given for " + request.file());
        };
        CredentialStore store = new VaultCredentialStore(
                SecretVaults.encryptedFile(dir.resolve("s.lumen"), cancelled, CHEAP_KDF));
        assertThatThrownBy(() -> store.put("id", "x".toCharArray())).isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("The password was not saved in").hasMessageContaining("no passphrase was given");
    }
}
