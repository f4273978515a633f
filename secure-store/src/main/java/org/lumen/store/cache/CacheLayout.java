package org.lumen.store.cache;

import com.google.crypto.tink.Aead;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.crypto.WrongKeyException;
import org.lumen.store.io.AtomicReplace;

/**
 * The files of a cache directory: {@code cache.lumen} (magic and the master key's check),
 * {@code index.lumen} (the encrypted index) and {@code entries/xx/<64 hex>} (the entries, fanned out
 * by the first two digits of their keyed-hash name). Nothing in a path reveals what it holds.
 */
final class CacheLayout {
    static final String KEY_CHECK_PURPOSE = "cache";
    private static final byte[] MARKER_MAGIC = "LUMENCACHE1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX_MAGIC = "LCI1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX_AD = "lumen/cache/index/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PINS_MAGIC = "LCP1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PINS_AD = "lumen/cache/pins/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_INDEX = 512 << 20;

    private final Path root;
    private final Path entries;

    CacheLayout(Path root) {
        this.root = root.toAbsolutePath();
        this.entries = this.root.resolve("entries");
    }

    Path root() {
        return root;
    }

    Path entryPath(String name) {
        return entries.resolve(name.substring(0, 2)).resolve(name);
    }

    Path marker() {
        return root.resolve("cache.lumen");
    }

    /** Creates the directories; a new cache root is made private to its owner where POSIX allows. */
    void createDirectories() throws IOException {
        if (!Files.exists(root)) {
            Files.createDirectories(root);
            if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
        }
        Files.createDirectories(entries);
    }

    /** The key check stored in the marker, or empty when it is missing or not ours. */
    Optional<byte[]> storedKeyCheck() throws IOException {
        if (!Files.isRegularFile(marker())) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(marker());
        if (bytes.length != MARKER_MAGIC.length + 16 || !Arrays.equals(Arrays.copyOf(bytes, MARKER_MAGIC.length), MARKER_MAGIC)) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOfRange(bytes, MARKER_MAGIC.length, bytes.length));
    }

    void writeMarker(StoreKeys keys) throws IOException {
        byte[] check = keys.keyCheck(KEY_CHECK_PURPOSE);
        AtomicReplace.write(marker(), EntryCodec.concat(MARKER_MAGIC, check));
    }

    /** Throws {@link WrongKeyException} when the marker names another key. */
    void requireKey(StoreKeys keys) throws IOException {
        Optional<byte[]> stored = storedKeyCheck();
        if (stored.isPresent() && !keys.matchesKeyCheck(KEY_CHECK_PURPOSE, stored.get())) {
            throw new WrongKeyException(root);
        }
    }

    /** Every entry file; temporary files left by a killed writer (entries, index, marker) are deleted on the way. */
    List<Path> entryFiles() throws IOException {
        return entryFiles(true);
    }

    /** Every entry file; with {@code deleteTemporary}, temporary files are deleted on the way. */
    List<Path> entryFiles(boolean deleteTemporary) throws IOException {
        if (deleteTemporary) {
            try (Stream<Path> top = Files.list(root)) {
                for (Path p : top.filter(AtomicReplace::isTemporary).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(entries, 2)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                if (AtomicReplace.isTemporary(p)) {
                    if (deleteTemporary) {
                        Files.deleteIfExists(p);
                    }
                } else {
                    files.add(p);
                }
            }
        }
        return files;
    }

    Optional<CacheIndex> readIndex(Aead aead) throws IOException {
        Path file = root.resolve("index.lumen");
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_INDEX) {
            return Optional.empty();
        }
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        if (bytes.remaining() < INDEX_MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes.array(), INDEX_MAGIC.length), INDEX_MAGIC)) {
            return Optional.empty();
        }
        try {
            byte[] plain = aead.decrypt(Arrays.copyOfRange(bytes.array(), INDEX_MAGIC.length, bytes.limit()), INDEX_AD);
            return Optional.of(CacheIndex.decode(plain));
        } catch (GeneralSecurityException | IOException e) {
            return Optional.empty();
        }
    }

    void writeIndex(Aead aead, byte[] encoded) throws IOException {
        try {
            AtomicReplace.write(root.resolve("index.lumen"), EntryCodec.concat(INDEX_MAGIC, aead.encrypt(encoded, INDEX_AD)));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the cache index", e);
        }
    }

    /** The pinned studies saved apart from the index; empty when the file is missing or fails authentication. */
    Set<StudyRef> readPins(Aead aead) throws IOException {
        Path file = root.resolve("pins.lumen");
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_INDEX) {
            return Set.of();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < PINS_MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, PINS_MAGIC.length), PINS_MAGIC)) {
            return Set.of();
        }
        Set<StudyRef> pins = new HashSet<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(
                aead.decrypt(Arrays.copyOfRange(bytes, PINS_MAGIC.length, bytes.length), PINS_AD)))) {
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                pins.add(new StudyRef(in.readUTF(), in.readUTF()));
            }
        } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
            return Set.of();
        }
        return pins;
    }

    void writePins(Aead aead, Set<StudyRef> pins) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(plain)) {
            out.writeInt(pins.size());
            for (StudyRef s : pins) {
                out.writeUTF(s.serverId());
                out.writeUTF(s.studyUid());
            }
        }
        try {
            AtomicReplace.write(root.resolve("pins.lumen"), EntryCodec.concat(PINS_MAGIC, aead.encrypt(plain.toByteArray(), PINS_AD)));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot encrypt the cache pins", e);
        }
    }
}
