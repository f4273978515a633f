package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.store.cache.CacheFixture.KEYS;
import static org.lumen.store.cache.CacheFixture.bytes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A series read through {@link EncryptedCache#getAll}: in order, whole, each entry checked on its own. */
class SeriesReadTest {
    private static final StudyRef STUDY = new StudyRef("pacs", "1.2.826.0.1.7");
    private static final String SERIES = "1.2.826.0.1.7.1";
    private static final int COUNT = 24;

    @TempDir
    Path dir;

    private static EntryKey instance(String series, int i) {
        return EntryKey.instance(STUDY.serverId(), STUDY.studyUid(), series, series + "." + i);
    }

    /** Sizes that change from entry to entry (the per-thread file buffer grows and is reused), one streamed. */
    private static byte[] content(int i) {
        return bytes(i == 5 ? 4_200_000 : i % 4 == 0 ? 600_000 : 3_000 + 997 * i, 1000 + i);
    }

    private EncryptedCache filled() throws IOException {
        EncryptedCache cache = EncryptedCache.builder(dir, KEYS).open();
        for (int i = 0; i < COUNT; i++) {
            cache.put(instance(SERIES, i), content(i));
        }
        cache.put(instance("1.2.826.0.1.7.2", 0), bytes(100, 1)); // another series
        cache.put(EntryKey.metadata(STUDY.serverId(), STUDY.studyUid(), SERIES, SERIES + ".0"), bytes(50, 2)); // another part
        return cache;
    }

    @Test
    void theSeriesComesBackInOrderAndWhole() throws IOException {
        try (EncryptedCache cache = filled()) {
            List<EntryKey> keys = cache.entries(STUDY, SERIES, EntryKey.INSTANCE);
            assertThat(keys).hasSize(COUNT).allSatisfy(k -> assertThat(k.part()).isEqualTo("instance"));
            List<EntryKey> shuffled = new ArrayList<>(keys);
            java.util.Collections.shuffle(shuffled, new java.util.Random(3));
            List<Optional<byte[]>> contents = cache.getAll(shuffled);
            for (int n = 0; n < shuffled.size(); n++) {
                int i = Integer.parseInt(shuffled.get(n).instanceUid().substring(SERIES.length() + 1));
                assertThat(contents.get(n)).as("entry %d", i).hasValueSatisfying(c -> assertThat(c).isEqualTo(content(i)));
            }
            assertThat(cache.getAll(List.of())).isEmpty();
        }
    }

    @Test
    void aDamagedEntryIsAMissInItsPlaceAndTheOthersAreWhole() throws IOException {
        List<EntryKey> keys = new ArrayList<>();
        try (EncryptedCache cache = filled()) {
            for (int i = 0; i < COUNT; i++) {
                keys.add(instance(SERIES, i));
            }
        }
        EntryCodec codec = new EntryCodec(KEYS);
        CacheLayout layout = new CacheLayout(dir);
        Path flipped = layout.entryPath(codec.name(keys.get(3)));
        byte[] b = Files.readAllBytes(flipped);
        b[b.length - 5] ^= 1; // in the tag
        Files.write(flipped, b);
        Path truncated = layout.entryPath(codec.name(keys.get(5))); // the streamed one
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(truncated), 3_000_000));
        Path shortened = layout.entryPath(codec.name(keys.get(8)));
        Files.write(shortened, Arrays.copyOf(Files.readAllBytes(shortened), 600));
        List<EntryKey> asked = new ArrayList<>(keys);
        asked.add(instance(SERIES, 999)); // not in the cache
        try (EncryptedCache cache = EncryptedCache.builder(dir, KEYS).open()) {
            List<Optional<byte[]>> contents = cache.getAll(asked);
            for (int i = 0; i < COUNT; i++) {
                if (i == 3 || i == 5 || i == 8) {
                    assertThat(contents.get(i)).as("damaged entry %d", i).isEmpty();
                } else {
                    int at = i;
                    assertThat(contents.get(i)).as("entry %d", i).hasValueSatisfying(c -> assertThat(c).isEqualTo(content(at)));
                }
            }
            assertThat(contents.get(COUNT)).isEmpty();
            assertThat(cache.stats().droppedEntries()).isEqualTo(3);
            assertThat(Files.exists(flipped)).isFalse();
            assertThat(cache.entries(STUDY, SERIES, EntryKey.INSTANCE)).hasSize(COUNT - 3);
        }
    }

    @Test
    void severalSeriesReadsAtOnceWhileEntriesAreWrittenAllComeBackRight() throws Exception {
        try (EncryptedCache cache = filled(); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<EntryKey> keys = cache.entries(STUDY, SERIES, EntryKey.INSTANCE);
            List<Future<Integer>> readers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                readers.add(pool.submit(() -> {
                    int whole = 0;
                    for (int round = 0; round < 4; round++) {
                        List<Optional<byte[]>> contents = cache.getAll(keys);
                        for (int n = 0; n < keys.size(); n++) {
                            int i = Integer.parseInt(keys.get(n).instanceUid().substring(SERIES.length() + 1));
                            assertThat(contents.get(n)).hasValue(content(i));
                            whole++;
                        }
                    }
                    return whole;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    cache.put(instance("1.2.826.0.1.7.3", i), bytes(200_000, i));
                }
                return null;
            });
            for (Future<Integer> r : readers) {
                assertThat(r.get()).isEqualTo(4 * COUNT);
            }
            writer.get();
            assertThat(cache.stats().droppedEntries()).isZero();
        }
    }
}
