package org.lumen.viewer.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The protocols on disk: the user's {@code *.json} files in one folder (normally
 * {@code ~/.config/lumen/protocols/}), then the defaults shipped as resources (CT, MR, CR/DX,
 * current versus prior). A user file with a default's name replaces it. A file that cannot be read is
 * skipped and reported, naming the file and the problem. Blocking I/O: call off the FX thread.
 */
public final class ProtocolFiles {
    /** The shipped defaults, resources next to this class. */
    static final List<String> DEFAULTS = List.of("ct.json", "mr.json", "cr-dx.json", "current-vs-prior.json");
    /** The shipped defaults once read (immutable; read at most a few times if callers race, always the same). */
    private static final AtomicReference<List<HangingProtocol>> SHIPPED = new AtomicReference<>();
    private final Path folder;

    public ProtocolFiles(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public Path folder() {
        return folder;
    }

    /** The user's protocols (file name order), then the defaults they do not replace; problems go to {@code problems}. */
    public List<HangingProtocol> load(Consumer<String> problems) {
        List<HangingProtocol> all = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    try {
                        all.add(read(file));
                    } catch (ProtocolFormatException e) {
                        problems.accept(e.getMessage());
                    }
                }
            } catch (IOException e) {
                problems.accept("Cannot list the protocols in " + folder + ": " + e.getMessage());
            }
        }
        for (HangingProtocol p : defaults()) {
            if (all.stream().noneMatch(u -> u.name().equalsIgnoreCase(p.name()))) {
                all.add(p);
            }
        }
        return List.copyOf(all);
    }

    /**
     * Starts reading the shipped defaults on a daemon thread, for a start that will hang a study soon:
     * {@link #defaults()} then finds them read, and JSON's classes initialised, instead of doing both on
     * the FX thread while the window is built (startup, ADR 0017).
     */
    public static void readDefaultsEarly() {
        Thread reader = new Thread(ProtocolFiles::defaults, "lumen-protocols-early");
        reader.setDaemon(true);
        reader.start();
    }

    /** The shipped default protocols (read once). */
    public static List<HangingProtocol> defaults() {
        List<HangingProtocol> read = SHIPPED.get();
        if (read == null) {
            read = readDefaults();
            SHIPPED.compareAndSet(null, read);
        }
        return read;
    }

    static List<HangingProtocol> readDefaults() {
        List<HangingProtocol> list = new ArrayList<>();
        for (String name : DEFAULTS) {
            try (InputStream in = Objects.requireNonNull(ProtocolFiles.class.getResourceAsStream(name), name)) {
                list.add(ProtocolJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("shipped protocol " + name + " is broken: " + e.getMessage(), e);
            }
        }
        return List.copyOf(list);
    }

    /** Reads one protocol file. */
    public static HangingProtocol read(Path file) throws ProtocolFormatException {
        try {
            return ProtocolJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ProtocolFormatException("Protocol file " + file + " is not usable: " + e.getMessage(), e);
        }
    }

    /** Writes a protocol as {@code <name>.json} in the folder (replacing one of that name); returns the file. */
    public Path save(HangingProtocol protocol) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(fileName(protocol.name()));
        Path part = Files.createTempFile(folder, ".protocol", ".part");
        try {
            Files.writeString(part, ProtocolJson.write(protocol), StandardCharsets.UTF_8);
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return file;
    }

    /** The file name for a protocol name: lower case letters, digits and dashes. */
    static String fileName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return (slug.isEmpty() ? "protocol" : slug) + ".json";
    }
}
