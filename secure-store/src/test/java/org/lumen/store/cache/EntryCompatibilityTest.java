package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.store.cache.CacheFixture.KEYS;
import static org.lumen.store.cache.CacheFixture.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache written by an earlier build (commit 5a12350) is read back whole by the code of today, one
 * entry at a time and as a series ({@code getAll}): the on-disk format has not changed.
 * The files under {@code golden-v1/} (listed in its {@code files.txt}) were written by that commit's
 * secure-store under {@link CacheFixture#KEYS}: a labelled frame of 1000 bytes, an instance of 70,000
 * and an empty metadata entry, with contents {@code bytes(1000, 11)} and {@code bytes(70_000, 12)}.
 */
class EntryCompatibilityTest {
    static final EntryKey SMALL = EntryKey.frame("pacs", "1.2.826.0.1.9", "1.2.826.0.1.9.1", "1.2.826.0.1.9.1.1", 1);
    static final EntryKey INSTANCE = EntryKey.instance("pacs", "1.2.826.0.1.9", "1.2.826.0.1.9.1", "1.2.826.0.1.9.1.2");
    static final EntryKey EMPTY = EntryKey.metadata("pacs", "1.2.826.0.1.9", "1.2.826.0.1.9.1", "1.2.826.0.1.9.1.3");

    @TempDir
    Path dir;

    @Test
    void aCacheWrittenByAnEarlierBuildIsReadBack() throws IOException {
        copyGolden();
        try (EncryptedCache cache = EncryptedCache.builder(dir, KEYS).open()) {
            assertThat(cache.get(SMALL)).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes(1000, 11)));
            assertThat(cache.get(INSTANCE)).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes(70_000, 12)));
            assertThat(cache.get(EMPTY)).hasValueSatisfying(c -> assertThat(c).isEmpty());
            List<Optional<byte[]>> all = cache.getAll(List.of(INSTANCE, SMALL, EMPTY));
            assertThat(all.get(0)).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes(70_000, 12)));
            assertThat(all.get(1)).hasValueSatisfying(c -> assertThat(c).isEqualTo(bytes(1000, 11)));
            assertThat(cache.studies()).singleElement().satisfies(s -> assertThat(s.labels().patientName()).isEqualTo("DOE^JANE"));
            assertThat(cache.stats().droppedEntries()).isZero();
        }
    }

    private void copyGolden() throws IOException {
        try (InputStream list = getClass().getResourceAsStream("golden-v1/files.txt")) {
            for (String name : new String(list.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).split("\n")) {
                if (name.isBlank()) {
                    continue;
                }
                Path target = dir.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = getClass().getResourceAsStream("golden-v1/" + name)) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
    }
}
