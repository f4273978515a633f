package org.lumen.store.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.lumen.store.crypto.StoreKeys;

/** Keys, keys of entries, payloads and directory snapshots for the cache tests. */
final class CacheFixture {
    static final StoreKeys KEYS = StoreKeys.fromMasterKey(bytes(32, 1));
    static final StoreKeys OTHER_KEYS = StoreKeys.fromMasterKey(bytes(32, 2));

    private CacheFixture() {}

    static byte[] bytes(int length, long seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    static EntryKey frame(String study, int instance, int frame) {
        return EntryKey.frame("pacs", "1.2.826.0.1." + study, "1.2.826.0.1." + study + ".1",
                "1.2.826.0.1." + study + ".1." + instance, frame);
    }

    /** Every regular file under {@code dir} with its bytes. */
    static Map<Path, byte[]> snapshot(Path dir) {
        Map<Path, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The entry files under {@code dir} (not the marker or index). */
    static List<Path> entryFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir.resolve("entries"))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
