package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.store.cache.CacheFixture.KEYS;
import static org.lumen.store.cache.CacheFixture.bytes;
import static org.lumen.store.cache.CacheFixture.frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvictionTest {
    private static final int ENTRY = 10_000;

    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock();

    /** The size on disk of one entry of {@link #ENTRY} bytes (content plus header and tag). */
    private long entrySize() throws IOException {
        try (EncryptedCache probe = EncryptedCache.builder(dir.resolve("probe"), KEYS).open()) {
            probe.put(frame("0", 1, 1), bytes(ENTRY, 0));
            return probe.stats().sizeBytes();
        }
    }

    @Test
    void evictsTheLeastRecentlyUsedFirstAndStaysUnderTheCap() throws IOException {
        long size = entrySize();
        try (EncryptedCache cache = EncryptedCache.builder(dir.resolve("c"), KEYS).clock(clock).capBytes(4 * size).open()) {
            for (int i = 1; i <= 4; i++) {
                cache.put(frame("1", i, 1), bytes(ENTRY, i));
                clock.advanceSeconds(1);
            }
            assertThat(cache.get(frame("1", 1, 1))).isPresent(); // 1 is now the most recently used
            cache.put(frame("1", 5, 1), bytes(ENTRY, 5));
            assertThat(cache.contains(frame("1", 2, 1))).as("the least recently used goes first").isFalse();
            cache.put(frame("1", 6, 1), bytes(ENTRY, 6));
            assertThat(cache.contains(frame("1", 3, 1))).isFalse();
            assertThat(cache.contains(frame("1", 1, 1))).isTrue();
            assertThat(cache.stats().sizeBytes()).isLessThanOrEqualTo(4 * size);
            assertThat(cache.stats().entryCount()).isEqualTo(4);
            assertThat(CacheFixture.entryFiles(dir.resolve("c"))).hasSize(4);
        }
        // The order survives a restart: a lower cap evicts 4 and 1 next, in that order.
        try (EncryptedCache cache = EncryptedCache.builder(dir.resolve("c"), KEYS).clock(clock).capBytes(2 * size).open()) {
            assertThat(cache.contains(frame("1", 4, 1))).isFalse();
            assertThat(cache.contains(frame("1", 1, 1))).isFalse();
            assertThat(cache.contains(frame("1", 5, 1))).isTrue();
            assertThat(cache.contains(frame("1", 6, 1))).isTrue();
        }
    }

    @Test
    void aMetadataEntryStaysWhileItsInstanceIsCachedAndGoesAfterIt() throws IOException {
        long size = entrySize();
        try (EncryptedCache cache = EncryptedCache.builder(dir.resolve("c"), KEYS).clock(clock).capBytes(4 * size).open()) {
            // The plan written first (the least recently used), then the instances as they arrive.
            for (int i = 1; i <= 2; i++) {
                cache.put(part("metadata", i), bytes(ENTRY, i));
                clock.advanceSeconds(1);
            }
            for (int i = 1; i <= 2; i++) {
                cache.put(part("instance", i), bytes(ENTRY, 10 + i));
                clock.advanceSeconds(1);
            }
            for (int f = 1; f <= 4; f++) {
                cache.put(frame("F", f, 1), bytes(ENTRY, 100 + f));
                clock.advanceSeconds(1);
                for (int i = 1; i <= 2; i++) {
                    if (cache.contains(part("instance", i))) {
                        assertThat(cache.contains(part("metadata", i))).as("after filler %d: the metadata of instance %d, held", f, i).isTrue();
                    }
                }
                assertThat(cache.stats().sizeBytes()).isLessThanOrEqualTo(4 * size);
            }
            assertThat(cache.contains(part("instance", 1))).as("the instances do go, least recently used first").isFalse();
            assertThat(cache.contains(part("metadata", 1))).as("and their metadata after them").isFalse();
        }
    }

    private static EntryKey part(String part, int instance) {
        String study = "1.2.826.0.1.M";
        return new EntryKey("pacs", study, study + ".1", study + ".1." + instance, part);
    }

    @Test
    void neverEvictsAPinnedStudy() throws IOException {
        long size = entrySize();
        StudyRef pinned = frame("P", 1, 1).study();
        try (EncryptedCache cache = EncryptedCache.builder(dir.resolve("c"), KEYS).clock(clock).capBytes(3 * size).open()) {
            cache.pin(pinned);
            for (int i = 1; i <= 3; i++) {
                cache.put(frame("P", i, 1), bytes(ENTRY, i));
            }
            for (int i = 1; i <= 5; i++) {
                cache.put(frame("U", i, 1), bytes(ENTRY, 100 + i));
            }
            for (int i = 1; i <= 3; i++) {
                assertThat(cache.get(frame("P", i, 1))).contains(bytes(ENTRY, i));
            }
            assertThat(cache.stats().pinnedStudies()).isEqualTo(1);
            assertThat(cache.studies()).filteredOn(CachedStudy::pinned).singleElement()
                    .satisfies(s -> assertThat(s.study()).isEqualTo(pinned));
        }
        try (EncryptedCache cache = EncryptedCache.builder(dir.resolve("c"), KEYS).clock(clock).capBytes(3 * size).open()) {
            assertThat(cache.contains(frame("P", 3, 1))).as("pins survive a restart").isTrue();
            cache.unpin(pinned);
            cache.put(frame("U", 9, 1), bytes(ENTRY, 9));
            assertThat(cache.stats().sizeBytes()).isLessThanOrEqualTo(3 * size);
            assertThat(Files.exists(dir.resolve("c/index.lumen"))).isTrue();
        }
    }
}
