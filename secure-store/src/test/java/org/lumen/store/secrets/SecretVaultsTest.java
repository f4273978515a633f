package org.lumen.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretVaultsTest {
    @TempDir
    Path dir;

    @Test
    void fallsBackToTheEncryptedFileWithoutASessionBus() {
        SecretVault vault = SecretVaults.open(dir.resolve("secrets.lumen"), r -> "pw".toCharArray(),
                Map.of("PATH", "/usr/bin:/bin"));
        assertThat(vault).isInstanceOf(EncryptedFileVault.class);
        assertThat(vault.description()).contains("secrets.lumen").contains("Argon2id");
    }

    @Test
    void fallsBackWhenTheBusDoesNotExist() {
        SecretVault vault = SecretVaults.open(dir.resolve("secrets.lumen"), r -> "pw".toCharArray(),
                Map.of("PATH", "/usr/bin:/bin", "DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus")));
        assertThat(vault).isInstanceOf(EncryptedFileVault.class);
    }

    @Test
    void aSecretToolThatNeverAnswersIsGivenUpAfterTheTimeout() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, "#!/bin/sh\nexec sleep 600\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        CommandRunner runner = new CommandRunner(Map.of("PATH", bin + ":/usr/bin:/bin",
                "DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent"));
        assertThat(SecretServiceVault.probe(runner, Duration.ofMillis(300), Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void aSecretToolThatReportsAnErrorIsNotUsed() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = bin.resolve("secret-tool");
        Files.writeString(tool, "#!/bin/sh\necho 'Cannot autolaunch D-Bus' >&2\nexit 1\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        CommandRunner runner = new CommandRunner(Map.of("PATH", bin.toString(), "DBUS_SESSION_BUS_ADDRESS", "unix:path=/x"));
        assertThat(SecretServiceVault.probe(runner, Duration.ofSeconds(5), Duration.ofSeconds(5))).isEmpty();
    }
}
