package org.lumen.store.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The freedesktop Secret Service (GNOME Keyring, KWallet) through libsecret's {@code secret-tool}.
 * Each secret carries the attributes {@code application=org.lumen id=<id>}; the secret travels on
 * standard input and output, never on a command line. Every call is bounded by a timeout, so a bus
 * or keyring that stops answering gives an {@link IOException}, not a hang.
 */
final class SecretServiceVault implements SecretVault {
    static final String APPLICATION = "org.lumen";
    private final Path secretTool;
    private final CommandRunner runner;
    private final Duration timeout;

    SecretServiceVault(Path secretTool, CommandRunner runner, Duration timeout) {
        this.secretTool = Objects.requireNonNull(secretTool, "secretTool");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The Secret Service when {@code secret-tool} is installed, a session bus is configured and a
     * secret service answers a lookup within {@code probeTimeout}.
     */
    static Optional<SecretVault> probe(CommandRunner runner, Duration probeTimeout, Duration timeout) {
        var env = runner.environment();
        boolean busConfigured = !env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank()
                || (env.containsKey("XDG_RUNTIME_DIR") && Files.exists(Path.of(env.get("XDG_RUNTIME_DIR"), "bus")));
        Optional<Path> tool = findOnPath(env.getOrDefault("PATH", ""), "secret-tool");
        if (!busConfigured || tool.isEmpty()) {
            return Optional.empty();
        }
        try {
            CommandRunner.Result probe = runner.run(
                    List.of(tool.get().toString(), "lookup", "application", APPLICATION + ".probe", "id", "probe"),
                    new byte[0], probeTimeout);
            boolean answered = probe.exitCode() == 0 || (probe.exitCode() == 1 && probe.stderr().isEmpty());
            return answered ? Optional.of(new SecretServiceVault(tool.get(), runner, timeout)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String id, char[] secret) throws IOException {
        byte[] bytes = SecretMapCodec.utf8(secret);
        try {
            CommandRunner.Result result = runner.run(
                    command("store", "--label=Lumen: " + requireId(id), "application", APPLICATION, "id", id), bytes, timeout);
            if (result.exitCode() != 0) {
                throw new IOException("the Secret Service refused to store " + id + ": " + result.stderr());
            }
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public Optional<char[]> get(String id) throws IOException {
        CommandRunner.Result result = runner.run(
                command("lookup", "application", APPLICATION, "id", requireId(id)), new byte[0], timeout);
        byte[] out = result.stdout();
        try {
            if (result.exitCode() == 1 && result.stderr().isEmpty() && out.length == 0) {
                return Optional.empty();
            }
            if (result.exitCode() != 0) {
                throw new IOException("the Secret Service failed to look up " + id + ": " + result.stderr());
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(out));
            char[] secret = new char[chars.remaining()];
            chars.get(secret);
            Arrays.fill(chars.array(), '\0');
            return Optional.of(secret);
        } catch (CharacterCodingException e) {
            throw new IOException("the Secret Service returned a secret for " + id + " that is not UTF-8", e);
        } finally {
            Arrays.fill(out, (byte) 0);
        }
    }

    @Override
    public void remove(String id) throws IOException {
        CommandRunner.Result result = runner.run(
                command("clear", "application", APPLICATION, "id", requireId(id)), new byte[0], timeout);
        if (result.exitCode() != 0 && !result.stderr().isEmpty()) {
            throw new IOException("the Secret Service failed to remove " + id + ": " + result.stderr());
        }
    }

    @Override
    public String description() {
        return "the desktop's Secret Service (GNOME Keyring or KWallet, through secret-tool)";
    }

    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(secretTool.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    private static String requireId(String id) {
        if (Objects.requireNonNull(id, "id").isEmpty() || id.length() > 1000) {
            throw new IllegalArgumentException("a secret id must have 1 to 1000 characters");
        }
        return id;
    }

    static Optional<Path> findOnPath(String path, String name) {
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
