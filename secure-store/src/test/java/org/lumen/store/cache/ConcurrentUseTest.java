package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.store.cache.CacheFixture.KEYS;
import static org.lumen.store.cache.CacheFixture.bytes;
import static org.lumen.store.cache.CacheFixture.frame;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several threads put, re-put, read and flush the same entries: every read is whole and right. */
class ConcurrentUseTest {
    private static final int THREADS = 4;
    private static final int OPS = 150;
    private static final int KEYS_IN_USE = 24;

    @TempDir
    Path dir;

    /** Entry k holds this content whichever thread wrote it. */
    private static byte[] content(int k) {
        return bytes(k % 3 == 0 ? 300_000 : 5_000 + k, k);
    }

    @Test
    void concurrentPutsAndGetsNeverServeAWrongOrPartialEntry() throws Exception {
        List<Future<Integer>> results = new ArrayList<>();
        try (EncryptedCache cache = EncryptedCache.builder(dir, KEYS).open();
                ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                long seed = t;
                results.add(pool.submit(() -> work(cache, new Random(seed))));
            }
            int hits = 0;
            for (Future<Integer> f : results) {
                hits += f.get();
            }
            assertThat(hits).as("reads that found their entry").isPositive();
            assertThat(cache.stats().droppedEntries()).isZero();
        }
        try (EncryptedCache reopened = EncryptedCache.builder(dir, KEYS).open()) {
            for (int k = 0; k < KEYS_IN_USE; k++) {
                Optional<byte[]> back = reopened.get(frame("c", k, 1));
                if (back.isPresent()) {
                    assertThat(back.get()).isEqualTo(content(k));
                }
            }
            assertThat(reopened.stats().entryCount()).isEqualTo(KEYS_IN_USE);
        }
    }

    private static int work(EncryptedCache cache, Random random) throws IOException {
        int hits = 0;
        for (int op = 0; op < OPS; op++) {
            int k = random.nextInt(KEYS_IN_USE);
            switch (random.nextInt(5)) {
                case 0, 1 -> cache.put(frame("c", k, 1), content(k));
                case 2 -> cache.flush();
                default -> {
                    Optional<byte[]> got = cache.get(frame("c", k, 1));
                    if (got.isPresent()) {
                        assertThat(got.get()).isEqualTo(content(k));
                        hits++;
                    }
                }
            }
        }
        for (int k = 0; k < KEYS_IN_USE; k++) {
            cache.put(frame("c", k, 1), content(k));
        }
        return hits;
    }
}
