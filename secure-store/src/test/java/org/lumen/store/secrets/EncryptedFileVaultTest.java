package org.lumen.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileVaultTest {
    static final KdfParameters CHEAP = new KdfParameters(256, 1, 1);

    @TempDir
    Path dir;

    private final List<PassphraseRequest> requests = new ArrayList<>();

    private SecretVault vault(Path file, String passphrase) {
        return SecretVaults.encryptedFile(file, request -> {
            requests.add(request);
            return passphrase.toCharArray();
        }, CHEAP);
    }

    @Test
    void storesReadsAndRemovesSecretsAcrossInstances() throws IOException {
        Path file = dir.resolve("secrets.lumen");
        SecretVault first = vault(file, "correct horse");
        first.put("server/a/password", "s3cr3t-ä€".toCharArray());
        first.put("server/b/token", "tok".toCharArray());
        assertThat(first.get("server/a/password")).hasValueSatisfying(s -> assertThat(s).containsExactly("s3cr3t-ä€".toCharArray()));

        SecretVault reopened = vault(file, "correct horse");
        assertThat(reopened.get("server/b/token")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("tok"));
        reopened.remove("server/b/token");
        assertThat(vault(file, "correct horse").get("server/b/token")).isEmpty();
        assertThat(vault(file, "correct horse").get("server/a/password")).isPresent();
        assertThat(requests).first().isEqualTo(new PassphraseRequest(file.toAbsolutePath(), true));
        assertThat(requests.subList(1, requests.size())).allMatch(r -> !r.creating());
    }

    @Test
    void asksForThePassphraseOncePerInstance() throws IOException {
        Path file = dir.resolve("s");
        SecretVault vault = vault(file, "pw");
        vault.put("a", "1".toCharArray());
        vault.put("b", "2".toCharArray());
        vault.get("a");
        vault.remove("a");
        assertThat(requests).hasSize(1);
    }

    @Test
    void aMissingFileIsEmptyWithoutAskingForAPassphrase() throws IOException {
        assertThat(vault(dir.resolve("none"), "pw").get("x")).isEmpty();
        vault(dir.resolve("none"), "pw").remove("x");
        assertThat(requests).isEmpty();
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void aWrongPassphraseIsATypedErrorAndChangesNothing() throws IOException {
        Path file = dir.resolve("s");
        vault(file, "right").put("id", "value".toCharArray());
        byte[] before = Files.readAllBytes(file);

        SecretVault wrong = vault(file, "wrong");
        assertThatThrownBy(() -> wrong.get("id")).isInstanceOf(WrongPassphraseException.class)
                .hasMessageContaining("wrong passphrase");
        assertThatThrownBy(() -> wrong.put("id", "other".toCharArray())).isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> wrong.remove("id")).isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(file));
        assertThat(vault(file, "right").get("id")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("value"));
    }

    @Test
    void recordsTheKdfParametersAndARandomSaltInTheHeader() throws IOException {
        KdfParameters kdf = new KdfParameters(512, 2, 1);
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SecretVaults.encryptedFile(a, r -> "same".toCharArray(), kdf).put("x", "y".toCharArray());
        SecretVaults.encryptedFile(b, r -> "same".toCharArray(), kdf).put("x", "y".toCharArray());
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(a));
        assertThat(new String(header.array(), 0, 8, StandardCharsets.US_ASCII)).isEqualTo("LUMENSEC");
        assertThat(header.getInt(11)).isEqualTo(512);
        assertThat(header.getInt(15)).isEqualTo(2);
        assertThat(header.get(19)).isEqualTo((byte) 1);
        byte[] saltA = java.util.Arrays.copyOfRange(header.array(), 21, 37);
        byte[] saltB = java.util.Arrays.copyOfRange(Files.readAllBytes(b), 21, 37);
        assertThat(saltA).isNotEqualTo(saltB);
        // A file made with other parameters still opens: they come from its header.
        assertThat(SecretVaults.encryptedFile(a, r -> "same".toCharArray(), CHEAP).get("x")).isPresent();
    }

    @Test
    void neverWritesTheSecretOrItsIdInPlainText() throws IOException {
        Path file = dir.resolve("s");
        vault(file, "pw").put("server/visible-id", "PLAINTEXT-SECRET-42".toCharArray());
        String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(content).doesNotContain("PLAINTEXT-SECRET-42").doesNotContain("visible-id");
    }

    @Test
    void aDamagedFileIsAFormatErrorNamingTheOffsetNotAWrongPassphrase() throws IOException {
        Path file = dir.resolve("s");
        vault(file, "pw").put("id", "value".toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x01;
        Files.write(file, bytes);
        assertThatThrownBy(() -> vault(file, "pw").get("id")).isInstanceOf(SealedFileFormatException.class)
                .hasMessageContaining("at byte 57").hasMessageContaining("damaged or altered");
        Files.write(file, java.util.Arrays.copyOf(bytes, 30));
        assertThatThrownBy(() -> vault(file, "pw").get("id")).isInstanceOf(SealedFileFormatException.class)
                .hasMessageContaining("too short");
        Files.writeString(file, "not our format at all, but long enough for a header check to run");
        assertThatThrownBy(() -> vault(file, "pw").get("id")).isInstanceOf(SealedFileFormatException.class)
                .hasMessageContaining("magic");
    }

    @Test
    void aHeaderAskingForTooMuchMemoryIsRejectedBeforeAnyAllocation() throws IOException {
        Path file = dir.resolve("s");
        vault(file, "pw").put("id", "value".toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer.wrap(bytes).putInt(11, 4 * 1024 * 1024);
        Files.write(file, bytes);
        assertThatThrownBy(() -> vault(file, "pw").get("id")).isInstanceOf(SealedFileFormatException.class)
                .hasMessageContaining("at byte 11").hasMessageContaining("256 MiB");
    }

    @Test
    void aPassphraseSourceThatGivesUpFailsTheCallWithItsReason() {
        SecretVault vault = SecretVaults.encryptedFile(dir.resolve("s"), r -> {
            throw new IOException("cancelled by the user");
        }, CHEAP);
        assertThatThrownBy(() -> vault.put("a", "b".toCharArray())).hasMessage("cancelled by the user");
        assertThat(dir.resolve("s")).doesNotExist();
    }
}
