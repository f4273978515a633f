package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.store.cache.CacheFixture.KEYS;
import static org.lumen.store.cache.CacheFixture.bytes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans every byte under the cache directory for anything written to the cache in plain text. */
class NoPlaintextOnDiskTest {
    @TempDir
    Path dir;

    @Test
    void noNameUidOrRunOfPixelBytesCanBeFoundOnDisk() throws IOException {
        String study = "1.2.840.113619.2.55.3.604688119.971.1";
        String series = study + ".77";
        String instance = series + ".12345";
        EntryLabels labels = new EntryLabels("Zyzzyva^Quentin", "PID-998877", "19700101", "Unique Study Description",
                "Unique Series Description", "MR");
        byte[] smallPixels = bytes(64 * 1024, 11);
        byte[] largePixels = bytes(5 * 1024 * 1024, 12);
        byte[] metadata = ("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Zyzzyva^Quentin\"}]},\"0020000D\":\""
                + study + "\"}").getBytes(StandardCharsets.UTF_8);
        try (EncryptedCache cache = EncryptedCache.builder(dir, KEYS).open()) {
            cache.put(EntryKey.frame("my-pacs-server", study, series, instance, 1), labels, smallPixels);
            cache.put(EntryKey.frame("my-pacs-server", study, series, instance, 2), labels, largePixels);
            cache.put(EntryKey.metadata("my-pacs-server", study, series, instance), labels, metadata);
            cache.pin(new StudyRef("my-pacs-server", study));
        }
        List<byte[]> needles = new ArrayList<>();
        for (String text : new String[] {study, series, instance, "Zyzzyva", "PID-998877", "Unique Study", "Unique Series",
                "my-pacs-server", "19700101"}) {
            needles.add(text.getBytes(StandardCharsets.UTF_8));
            needles.add(text.getBytes(StandardCharsets.UTF_16BE));
            needles.add(text.getBytes(StandardCharsets.UTF_16LE));
        }
        for (byte[] pixels : new byte[][] {smallPixels, largePixels}) {
            for (int at = 0; at + 16 <= pixels.length; at += pixels.length / 64) {
                needles.add(Arrays.copyOfRange(pixels, at, at + 16));
            }
        }
        Map<Path, byte[]> files = CacheFixture.snapshot(dir);
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            assertThat(file.getKey().toString()).doesNotContain("1.2.840").doesNotContain("my-pacs");
            for (byte[] needle : needles) {
                assertThat(indexOf(file.getValue(), needle)).as("%s holds %s in plain text", file.getKey(),
                        new String(needle, StandardCharsets.ISO_8859_1)).isEqualTo(-1);
            }
        }
        // The scan itself can fail: the same search finds a needle planted in plain bytes.
        assertThat(indexOf(("xx" + study).getBytes(StandardCharsets.UTF_8), study.getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
