package org.lumen.viewer.servers;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Objects;

/**
 * The user's Lumen configuration folder: the system property {@value #PROPERTY} when set (tests),
 * else {@code $XDG_CONFIG_HOME/lumen}, else {@code ~/.config/lumen}. Files are replaced atomically.
 */
public record ConfigFolder(Path path) {
    /** System property that overrides the folder. */
    public static final String PROPERTY = "lumen.configDir";

    public ConfigFolder {
        Objects.requireNonNull(path, "path");
    }

    /** The folder for this user and process. */
    public static ConfigFolder forUser() {
        return resolve(System.getProperties().getProperty(PROPERTY, ""), System.getenv(), System.getProperty("user.home"));
    }

    static ConfigFolder resolve(String override, Map<String, String> env, String home) {
        if (!override.isBlank()) {
            return new ConfigFolder(Path.of(override));
        }
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        if (!xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return new ConfigFolder(Path.of(xdg, "lumen"));
        }
        return new ConfigFolder(Path.of(home, ".config", "lumen"));
    }

    public Path file(String name) {
        return path.resolve(name);
    }

    /**
     * Replaces {@code name} with {@code content}: written to a temporary file in the same folder,
     * forced to disk, then moved over the old file in one step, so a crash leaves the old or the
     * new file, never half of one.
     */
    public void writeAtomically(String name, byte[] content) throws IOException {
        Files.createDirectories(path);
        Path target = file(name);
        Path temp = Files.createTempFile(path, "." + name, ".part");
        try {
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                var buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
