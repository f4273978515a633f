package org.lumen.viewer.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The desktop's Secret Service (GNOME keyring, KWallet) through libsecret's {@code secret-tool}:
 * secrets go through the tool's standard input and output, never its arguments. Each secret is
 * stored with the attributes {@code application=lumen} and {@code id=<id>}.
 */
final class SecretToolCredentialStore implements CredentialStore {
    private static final long TIMEOUT_SECONDS = 30;
    private static final int MAX_SECRET_BYTES = 64 * 1024;
    private final Path tool;

    SecretToolCredentialStore(Path tool) {
        this.tool = tool;
    }

    /** The tool on PATH when a session bus is there to reach the Secret Service. */
    static Optional<Path> find(Map<String, String> env) {
        if (env.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank()) {
            return Optional.empty();
        }
        for (String dir : env.getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "secret-tool"))) {
                return Optional.of(Path.of(dir, "secret-tool"));
            }
        }
        return Optional.empty();
    }

    @Override
    public void put(String id, char[] secret) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(secret));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        try {
            Result result = run(bytes, "store", "--label=Lumen " + id, "application", "lumen", "id", id);
            if (result.exit != 0) {
                throw new CredentialStoreException("The keyring refused to save the secret (secret-tool exit "
                        + result.exit + ")");
            }
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }

    @Override
    public Optional<char[]> get(String id) {
        Result result = run(new byte[0], "lookup", "application", "lumen", "id", id);
        if (result.exit != 0 || result.output.length == 0) {
            return Optional.empty();
        }
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(result.output));
        Arrays.fill(result.output, (byte) 0);
        char[] secret = new char[chars.remaining()];
        chars.get(secret);
        return Optional.of(secret);
    }

    @Override
    public void remove(String id) {
        run(new byte[0], "clear", "application", "lumen", "id", id);
    }

    @Override
    public String description() {
        return "the desktop keyring (Secret Service, via secret-tool)";
    }

    private record Result(int exit, byte[] output) {}

    private Result run(byte[] input, String... args) {
        List<String> command = new ArrayList<>();
        command.add(tool.toString());
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new CredentialStoreException("secret-tool cannot be started: " + e.getMessage(), e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            }
            byte[] output;
            try (InputStream out = process.getInputStream()) {
                output = out.readNBytes(MAX_SECRET_BYTES);
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new CredentialStoreException("secret-tool did not answer within " + TIMEOUT_SECONDS
                        + " s (is the keyring locked?)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            process.destroyForcibly();
            throw new CredentialStoreException("secret-tool failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CredentialStoreException("interrupted while talking to the keyring", e);
        }
    }
}
