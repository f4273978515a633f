package org.lumen.store.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lumen.store.cache.CacheFixture.KEYS;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lumen.store.io.AtomicReplace;

/**
 * Kills a writer process ({@code destroyForcibly}, SIGKILL on Linux) 50 times at random points of
 * its puts and index saves, then checks that every entry whose put returned is served, and that
 * every entry served at all is byte-identical to what was written (no partial entry is ever served).
 */
class CrashDuringWritesTest {
    private static final int KILLS = 50;
    private static final byte[] MASTER = CacheFixture.bytes(32, 1);

    @TempDir
    Path dir;

    @Test
    void killedWritersNeverLeaveAPartialOrWrongEntry() throws IOException, InterruptedException {
        Path cacheDir = dir.resolve("cache");
        Path log = dir.resolve("completed.log");
        Random random = new Random(20261122);
        for (int run = 0; run < KILLS; run++) {
            Process child = startWriter(cacheDir, run, log);
            int linesBeforeKill = random.nextInt(12);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).as("writer %d started", run).isEqualTo("ready");
                for (int line = 0; line < linesBeforeKill; line++) {
                    assertThat(out.readLine()).as("writer %d progress", run).isNotNull();
                }
                child.destroyForcibly();
                assertThat(child.waitFor()).as("writer %d was killed, did not fail", run).isNotZero();
            }
            if (run % 10 == 9) {
                verify(cacheDir, log, run + 1);
            }
        }
    }

    private void verify(Path cacheDir, Path log, int runs) throws IOException {
        List<String> completed = Files.exists(log) ? Files.readAllLines(log) : List.of();
        assertThat(completed).as("some puts completed").isNotEmpty();
        try (EncryptedCache cache = EncryptedCache.builder(cacheDir, KEYS).open()) {
            for (String line : completed) {
                String[] parts = line.split(" ");
                int run = Integer.parseInt(parts[0]);
                int i = Integer.parseInt(parts[1]);
                Optional<byte[]> served = cache.get(CacheWriterProcess.key(run, i));
                assertThat(served).as("completed entry %d of run %d", i, run).isPresent();
                assertThat(served.get()).as("completed entry %d of run %d", i, run).isEqualTo(CacheWriterProcess.payload(run, i));
            }
            long served = 0;
            for (int run = 0; run < runs; run++) {
                for (EntryKey key : cache.entries(new StudyRef("crash", "1.2.3." + run))) {
                    int i = Integer.parseInt(key.instanceUid().substring(key.instanceUid().lastIndexOf('.') + 1));
                    Optional<byte[]> content = cache.get(key);
                    assertThat(content).as("listed entry %s", key).isPresent();
                    assertThat(content.get()).as("served entry %d of run %d", i, run).isEqualTo(CacheWriterProcess.payload(run, i));
                    served++;
                }
            }
            assertThat(served).isGreaterThanOrEqualTo(completed.size());
            assertThat(cache.stats().droppedEntries()).as("no entry failed authentication").isZero();
        }
        try (Stream<Path> files = Files.walk(cacheDir)) {
            assertThat(files.filter(AtomicReplace::isTemporary).toList()).as("leftover temporary files are cleaned").isEmpty();
        }
    }

    private static Process startWriter(Path cacheDir, int run, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CacheWriterProcess.class.getName(), cacheDir.toString(), HexFormat.of().formatHex(MASTER),
                Integer.toString(run), log.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
