package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lumen.store.cache.CacheFixture.KEYS;
import static org.lumen.store.cache.CacheFixture.OTHER_KEYS;
import static org.lumen.store.cache.CacheFixture.bytes;
import static org.lumen.store.cache.CacheFixture.frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.store.crypto.WrongKeyException;

class EncryptedCacheTest {
    @TempDir
    Path dir;

    private final SettableClock clock = new SettableClock();

    private EncryptedCache open() throws IOException {
        return EncryptedCache.builder(dir, KEYS).clock(clock).open();
    }

    @Test
    void readsEverythingBackAfterARestart() throws IOException {
        EntryLabels labels = new EntryLabels("Doe^Jane", "P-1", "20260101", "CT chest", "Axial", "CT");
        EntryKey small = frame("1", 1, 1);
        EntryKey large = frame("1", 2, 1);
        EntryKey meta = EntryKey.metadata("pacs", small.studyUid(), small.seriesUid(), small.instanceUid());
        EntryKey thumb = EntryKey.thumbnail("pacs", small.studyUid(), small.seriesUid(), small.instanceUid());
        EntryKey empty = frame("1", 3, 1);
        try (EncryptedCache cache = open()) {
            cache.put(small, labels, bytes(1000, 1));
            cache.put(large, labels, bytes(5 * 1024 * 1024 + 17, 2));
            cache.put(meta, labels, "{\"00100010\":{}}".getBytes());
            cache.put(thumb, bytes(5000, 3));
            cache.put(empty, new byte[0]);
        }
        try (EncryptedCache reopened = open()) {
            assertThat(reopened.get(small)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(1000, 1)));
            assertThat(reopened.get(large)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(5 * 1024 * 1024 + 17, 2)));
            assertThat(reopened.get(meta)).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("{\"00100010\":{}}"));
            assertThat(reopened.get(thumb)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(5000, 3)));
            assertThat(reopened.get(empty)).hasValueSatisfying(b -> assertThat(b).isEmpty());
            assertThat(reopened.get(frame("1", 9, 1))).isEmpty();
            assertThat(reopened.stats().entryCount()).isEqualTo(5);
            List<CachedStudy> studies = reopened.studies();
            assertThat(studies).singleElement().satisfies(s -> {
                assertThat(s.labels()).isEqualTo(labels);
                assertThat(s.seriesCount()).isEqualTo(1);
                assertThat(s.entryCount()).isEqualTo(5);
            });
        }
    }

    @Test
    void readsInterruptedByTheirCallerKeepTheEntries() throws Exception {
        EntryKey sealed = frame("1", 1, 1);
        EntryKey streamed = frame("1", 2, 1);
        try (EncryptedCache cache = open()) {
            cache.put(sealed, bytes(4 << 20, 1));
            cache.put(streamed, bytes((4 << 20) + 1, 2));
            // Studies closed while their series are read from the cache: the reading threads are interrupted,
            // most often while the body is read (the longest part). An interrupted read is no damaged entry.
            java.util.concurrent.atomic.AtomicInteger interruptedReads = new java.util.concurrent.atomic.AtomicInteger();
            for (int round = 0; round < 60; round++) {
                EntryKey key = round % 2 == 0 ? sealed : streamed;
                Thread reader = new Thread(() -> {
                    try {
                        cache.get(key);
                    } catch (IOException e) {
                        interruptedReads.incrementAndGet();
                    }
                });
                reader.start();
                java.util.concurrent.locks.LockSupport.parkNanos(200_000L + round * 50_000L);
                reader.interrupt();
                reader.join();
            }
            assertThat(interruptedReads.get()).as("reads the interrupt reached").isPositive();
            assertThat(cache.stats().droppedEntries()).isZero();
            assertThat(cache.get(sealed)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(4 << 20, 1)));
            assertThat(cache.get(streamed)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes((4 << 20) + 1, 2)));
        }
    }

    @Test
    void largeEntriesAreStreamedAndSmallOnesSealedWhole() throws IOException {
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(4 << 20, 1));
            cache.put(frame("1", 2, 1), bytes((4 << 20) + 1, 2));
        }
        List<Integer> modes = new java.util.ArrayList<>();
        for (Path file : CacheFixture.entryFiles(dir)) {
            byte[] b = Files.readAllBytes(file);
            assertThat(new String(b, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("LCE1");
            modes.add(b.length > (4 << 20) + 200 ? b[4] + 10 : b[4]);
        }
        // The 4 MiB entry is one AEAD ciphertext (mode 0); the larger one streams (mode 1, its file is larger).
        assertThat(modes).containsExactlyInAnyOrder(0, 11);
    }

    @Test
    void aFlippedByteIsAMissAndTheEntryIsDropped() throws IOException {
        EntryKey small = frame("1", 1, 1);
        EntryKey large = frame("1", 2, 1);
        try (EncryptedCache cache = open()) {
            cache.put(small, bytes(4000, 1));
            cache.put(large, bytes(5_500_000, 2));
        }
        for (Path file : CacheFixture.entryFiles(dir)) {
            byte[] b = Files.readAllBytes(file);
            b[b.length / 2] ^= 0x40;
            Files.write(file, b);
        }
        try (EncryptedCache cache = open()) {
            assertThat(cache.get(small)).isEmpty();
            assertThat(cache.get(large)).isEmpty();
            assertThat(cache.stats().droppedEntries()).isEqualTo(2);
            assertThat(cache.contains(small)).isFalse();
            assertThat(CacheFixture.entryFiles(dir)).isEmpty();
            cache.put(small, bytes(4000, 1));
            assertThat(cache.get(small)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(4000, 1)));
        }
    }

    @Test
    void anyTruncationOrFlippedByteIsAMissNeverAnException() throws IOException {
        EntryKey key = frame("1", 1, 1);
        java.util.Random random = new java.util.Random(7);
        try (EncryptedCache cache = open()) {
            cache.put(key, bytes(700, 1));
            byte[] good = Files.readAllBytes(CacheFixture.entryFiles(dir).getFirst());
            for (int trial = 0; trial < 120; trial++) {
                cache.put(key, bytes(700, 1));
                Path file = CacheFixture.entryFiles(dir).getFirst();
                byte[] damaged = trial % 2 == 0 ? java.util.Arrays.copyOf(good, random.nextInt(good.length)) : good.clone();
                if (trial % 2 == 1) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 + random.nextInt(255));
                }
                Files.write(file, damaged);
                assertThat(cache.get(key)).as("trial %d", trial).isEmpty();
            }
            assertThat(cache.stats().droppedEntries()).isEqualTo(120);
        }
    }

    @Test
    void aTruncatedStreamingEntryIsAMiss() throws IOException {
        EntryKey large = frame("1", 2, 1);
        try (EncryptedCache cache = open()) {
            cache.put(large, bytes(5_500_000, 2));
            Path file = CacheFixture.entryFiles(dir).getFirst();
            byte[] b = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(b, b.length - (1 << 20) - 100));
            assertThat(cache.get(large)).isEmpty();
            assertThat(cache.stats().droppedEntries()).isEqualTo(1);
        }
    }

    @Test
    void swappedFilesAreBothDetected() throws IOException {
        EntryKey a = frame("1", 1, 1);
        EntryKey b = frame("1", 1, 2);
        try (EncryptedCache cache = open()) {
            cache.put(a, bytes(3000, 1));
            cache.put(b, bytes(3000, 2));
            List<Path> files = CacheFixture.entryFiles(dir);
            assertThat(files).hasSize(2);
            byte[] first = Files.readAllBytes(files.get(0));
            Files.write(files.get(0), Files.readAllBytes(files.get(1)));
            Files.write(files.get(1), first);
            assertThat(cache.get(a)).isEmpty();
            assertThat(cache.get(b)).isEmpty();
            assertThat(cache.stats().droppedEntries()).isEqualTo(2);
        }
    }

    @Test
    void aWrongKeyIsATypedErrorAndTouchesNoFile() throws IOException {
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(3000, 1));
            cache.put(frame("1", 1, 2), bytes(300_000, 2));
            cache.pin(new StudyRef("pacs", frame("1", 1, 1).studyUid()));
        }
        Map<Path, byte[]> before = CacheFixture.snapshot(dir);
        assertThatThrownBy(() -> EncryptedCache.builder(dir, OTHER_KEYS).open()).isInstanceOf(WrongKeyException.class)
                .hasMessageContaining("another key");
        assertThat(CacheFixture.snapshot(dir)).containsExactlyInAnyOrderEntriesOf(before);
        // Even without the key-check marker, a wrong key deletes nothing.
        Files.delete(dir.resolve("cache.lumen"));
        Files.write(dir.resolve("entries/.leftover-of-a-killed-writer.tmp"), new byte[] {1, 2, 3});
        Map<Path, byte[]> withoutMarker = CacheFixture.snapshot(dir);
        assertThatThrownBy(() -> EncryptedCache.builder(dir, OTHER_KEYS).open()).isInstanceOf(WrongKeyException.class);
        assertThat(CacheFixture.snapshot(dir)).containsExactlyInAnyOrderEntriesOf(withoutMarker);
        try (EncryptedCache cache = open()) {
            assertThat(cache.get(frame("1", 1, 2))).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes(300_000, 2)));
            assertThat(cache.stats().pinnedStudies()).isEqualTo(1);
        }
    }

    @Test
    void aLostOrDamagedIndexIsRebuiltFromTheEntries() throws IOException {
        EntryLabels labels = new EntryLabels("Roe^Richard", "P-2", "", "MR head", "T1", "MR");
        try (EncryptedCache cache = open()) {
            for (int i = 1; i <= 5; i++) {
                cache.put(frame("2", i, 1), labels, bytes(2000 + i, i));
            }
        }
        Files.delete(dir.resolve("index.lumen"));
        try (EncryptedCache cache = open()) {
            assertThat(cache.stats().entryCount()).isEqualTo(5);
            assertThat(cache.studies()).singleElement().satisfies(s -> assertThat(s.labels()).isEqualTo(labels));
        }
        byte[] index = Files.readAllBytes(dir.resolve("index.lumen"));
        index[index.length - 5] ^= 1;
        Files.write(dir.resolve("index.lumen"), index);
        try (EncryptedCache cache = open()) {
            for (int i = 1; i <= 5; i++) {
                assertThat(cache.get(frame("2", i, 1))).contains(bytes(2000 + i, i));
            }
        }
    }

    @Test
    void removesOneStudyAndKeepsTheOthers() throws IOException {
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(100, 1));
            cache.put(frame("1", 2, 1), bytes(100, 2));
            cache.put(frame("2", 1, 1), bytes(100, 3));
            cache.pin(frame("1", 1, 1).study());
            assertThat(cache.remove(frame("1", 1, 1).study())).isEqualTo(2);
            assertThat(cache.contains(frame("1", 2, 1))).isFalse();
            assertThat(cache.get(frame("2", 1, 1))).contains(bytes(100, 3));
            assertThat(cache.stats().pinnedStudies()).isZero();
        }
        assertThat(CacheFixture.entryFiles(dir)).hasSize(1);
        try (EncryptedCache cache = open()) {
            assertThat(cache.studies()).extracting(CachedStudy::study).containsExactly(frame("2", 1, 1).study());
        }
    }

    @Test
    void clearRemovesEveryEntryAndPin() throws IOException {
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(100, 1));
            cache.pin(new StudyRef("pacs", frame("1", 1, 1).studyUid()));
            cache.clear();
            assertThat(cache.stats()).isEqualTo(new CacheStats(0, 0, 0, 10L << 30, 0));
            assertThat(CacheFixture.entryFiles(dir)).isEmpty();
            assertThat(cache.get(frame("1", 1, 1))).isEmpty();
        }
    }

    @Test
    void pinsSurviveAnIndexRebuild() throws IOException {
        StudyRef kept = frame("1", 1, 1).study();
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(1000, 1));
            cache.put(frame("2", 1, 1), bytes(1000, 2));
            cache.put(frame("3", 1, 1), bytes(1000, 3));
            cache.pin(kept);
            cache.pin(frame("3", 1, 1).study());
            cache.unpin(frame("3", 1, 1).study());
        }
        Files.delete(dir.resolve("index.lumen"));
        try (EncryptedCache cache = open()) {
            assertThat(cache.studies()).filteredOn(CachedStudy::pinned).extracting(CachedStudy::study).containsExactly(kept);
        }
        byte[] index = Files.readAllBytes(dir.resolve("index.lumen"));
        index[index.length - 3] ^= 1;
        Files.write(dir.resolve("index.lumen"), index);
        // Rebuilt again, under a cap that holds nothing: only the pinned study stays.
        try (EncryptedCache cache = EncryptedCache.builder(dir, KEYS).clock(clock).capBytes(0).open()) {
            assertThat(cache.studies()).extracting(CachedStudy::study).containsExactly(kept);
            assertThat(cache.get(frame("1", 1, 1))).contains(bytes(1000, 1));
        }
    }

    @Test
    void aPinsFileThatFailsAuthenticationPinsNothing() throws IOException {
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(1000, 1));
            cache.pin(frame("1", 1, 1).study());
        }
        byte[] pins = Files.readAllBytes(dir.resolve("pins.lumen"));
        pins[pins.length - 1] ^= 1;
        Files.write(dir.resolve("pins.lumen"), pins);
        Files.delete(dir.resolve("index.lumen"));
        try (EncryptedCache cache = open()) {
            assertThat(cache.stats().entryCount()).isEqualTo(1);
            assertThat(cache.stats().pinnedStudies()).isZero();
        }
    }

    @Test
    void aLowerCapEvictsAtOnceAndSparesPins() throws IOException {
        try (EncryptedCache cache = open()) {
            cache.put(frame("1", 1, 1), bytes(10_000, 1));
            cache.put(frame("2", 1, 1), bytes(10_000, 2));
            cache.put(frame("3", 1, 1), bytes(10_000, 3));
            cache.pin(frame("1", 1, 1).study());
            long one = cache.stats().sizeBytes() / 3;
            cache.setCapBytes(2 * one);
            assertThat(cache.stats().capBytes()).isEqualTo(2 * one);
            assertThat(cache.stats().sizeBytes()).isLessThanOrEqualTo(2 * one);
            assertThat(cache.contains(frame("1", 1, 1))).isTrue();
            assertThat(cache.contains(frame("2", 1, 1))).isFalse();
            assertThat(cache.contains(frame("3", 1, 1))).isTrue();
            assertThatThrownBy(() -> cache.setCapBytes(-1)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(CacheFixture.entryFiles(dir)).hasSize(2);
    }
}
