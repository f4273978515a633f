package org.lumen.store.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Secret Service: a private session bus (dbus-daemon) and an unlocked GNOME Keyring in a
 * temporary home. Needs the Debian packages dbus-daemon, gnome-keyring and libsecret-tools; fails
 * when they are missing.
 */
@Tag("integration")
class SecretServiceVaultTest {
    @TempDir
    Path dir;

    private Process bus;
    private Process keyring;
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void startBusAndKeyring() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        env.put("PATH", "/usr/bin:/bin");
        env.put("HOME", home.toString());
        env.put("XDG_RUNTIME_DIR", runtime.toString());
        env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        bus = start(List.of("dbus-daemon", "--session", "--nofork", "--print-address=1"));
        String address = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(address).as("dbus-daemon printed its address").startsWith("unix:");
        env.put("DBUS_SESSION_BUS_ADDRESS", address);
        keyring = start(List.of("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"));
        keyring.getOutputStream().write("keyring-pw".getBytes(StandardCharsets.UTF_8));
        keyring.getOutputStream().close();
        awaitSecretsOnBus();
    }

    @AfterEach
    void stop() {
        for (Process p : new Process[] {keyring, bus}) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
    }

    @Test
    void storesReadsAndRemovesThroughTheSecretService() throws IOException {
        Optional<SecretVault> found = SecretVaults.osCredentialStore(env);
        assertThat(found).as("the secret service is detected").isPresent();
        SecretVault vault = found.get();
        assertThat(vault.get("server/x/password")).isEmpty();
        vault.put("server/x/password", "pä$$ word\nwith newline".toCharArray());
        assertThat(vault.get("server/x/password")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("pä$$ word\nwith newline"));
        vault.put("server/x/password", "replaced".toCharArray());
        assertThat(vault.get("server/x/password")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("replaced"));
        vault.remove("server/x/password");
        assertThat(vault.get("server/x/password")).isEmpty();
        vault.remove("server/x/password");
        assertThat(SecretVaults.open(dir.resolve("unused"), r -> "pw".toCharArray(), env)).isInstanceOf(SecretServiceVault.class);
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Asks the bus, a bounded number of times, whether the keyring has claimed its name yet. */
    private void awaitSecretsOnBus() throws IOException {
        CommandRunner runner = new CommandRunner(env);
        for (int attempt = 0; attempt < 500; attempt++) {
            CommandRunner.Result r = runner.run(List.of("dbus-send", "--session", "--print-reply",
                    "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.secrets"), new byte[0], java.time.Duration.ofSeconds(5));
            if (new String(r.stdout(), StandardCharsets.UTF_8).contains("boolean true")) {
                return;
            }
            assertThat(keyring.isAlive()).as("gnome-keyring-daemon is running").isTrue();
        }
        throw new AssertionError("gnome-keyring-daemon never claimed org.freedesktop.secrets");
    }
}
