package org.lumen.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.store.secrets.KdfParameters;
import org.lumen.store.secrets.SecretVault;
import org.lumen.store.secrets.SecretVaults;
import org.lumen.store.secrets.WrongPassphraseException;

class StoreKeysTest {
    @TempDir
    Path dir;

    private SecretVault vault(String passphrase) {
        return SecretVaults.encryptedFile(dir.resolve("keys.lumen"), r -> passphrase.toCharArray(), new KdfParameters(256, 1, 1));
    }

    @Test
    void createsTheMasterKeyOnceAndFindsItAgain() throws IOException, GeneralSecurityException {
        StoreKeys first = StoreKeys.open(vault("pw"));
        byte[] sealed = first.aead("test").encrypt("hello".getBytes(StandardCharsets.UTF_8), new byte[0]);
        StoreKeys again = StoreKeys.open(vault("pw"));
        assertThat(new String(again.aead("test").decrypt(sealed, new byte[0]), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(again.keyCheck("cache")).isEqualTo(first.keyCheck("cache"));
        assertThatThrownBy(() -> StoreKeys.open(vault("not it"))).isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void eachPurposeHasItsOwnKey() throws GeneralSecurityException {
        StoreKeys keys = StoreKeys.fromMasterKey(new byte[32]);
        byte[] sealed = keys.aead("a").encrypt(new byte[] {1, 2, 3}, new byte[0]);
        assertThatThrownBy(() -> keys.aead("b").decrypt(sealed, new byte[0])).isInstanceOf(GeneralSecurityException.class);
        assertThat(keys.keyCheck("a")).isNotEqualTo(keys.keyCheck("b"));
        assertThat(keys.keyedHash("a").hex(new byte[] {1})).isNotEqualTo(keys.keyedHash("b").hex(new byte[] {1}));
        assertThat(keys.matchesKeyCheck("a", keys.keyCheck("a"))).isTrue();
        assertThat(StoreKeys.fromMasterKey(new byte[32]).keyCheck("a")).isEqualTo(keys.keyCheck("a"));
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(StoreKeys.fromMasterKey(other).matchesKeyCheck("a", keys.keyCheck("a"))).isFalse();
        assertThatThrownBy(() -> StoreKeys.fromMasterKey(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
