package org.lumen.viewer.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CredentialStoreTest {
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
    void secretToolIsUsedOnlyWithASessionBus() {
        assertThat(SecretToolCredentialStore.find(Map.of("PATH", "/usr/bin:/bin"))).isEmpty();
        assertThat(SecretToolCredentialStore.find(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/x", "PATH", "/nonexistent")))
                .isEmpty();
    }
}
