package org.lumen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.lumen.store.cache.EncryptedCache;
import org.lumen.store.cache.EntryKey;
import org.lumen.store.crypto.StoreKeys;

/**
 * Warm reads of the same frame set from the encrypted cache and from plain files, alternated pass
 * by pass, so that load changes on a shared machine hit both sides alike: prints the median and
 * quartiles of the per-pair throughput ratio (cache / plain). Complements {@link CacheBenchmark},
 * whose JMH runs measure the two sides minutes apart.
 *
 * <p>Usage: {@code CachePairedReads [frames] [pairs]} (defaults 200 frames of 512 KiB, 40 pairs).
 */
public final class CachePairedReads {
    private CachePairedReads() {}

    public static void main(String[] args) throws IOException {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        Path root = Files.createTempDirectory("lumen-cache-pairs");
        try {
            run(root, frames, pairs);
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void run(Path root, int frames, int pairs) throws IOException {
        byte[] master = new byte[32];
        new Random(1).nextBytes(master);
        Random random = new Random(2);
        List<EntryKey> keys = new ArrayList<>();
        List<Path> plain = new ArrayList<>();
        Files.createDirectories(root.resolve("plain"));
        try (EncryptedCache cache = EncryptedCache.builder(root.resolve("cache"), StoreKeys.fromMasterKey(master))
                .capBytes(Long.MAX_VALUE).open()) {
            byte[] frame = new byte[512 * 512 * 2];
            for (int i = 0; i < frames; i++) {
                random.nextBytes(frame);
                EntryKey key = EntryKey.frame("bench", "1.2.3", "1.2.3.1", "1.2.3.1." + i, 1);
                cache.put(key, frame);
                keys.add(key);
                Path file = root.resolve("plain").resolve("frame-" + i);
                Files.write(file, frame);
                plain.add(file);
            }
            double[] ratios = new double[pairs];
            long sink = 0;
            for (int pair = -5; pair < pairs; pair++) { // 5 warm-up pairs
                long t0 = System.nanoTime();
                for (Path file : plain) {
                    sink += Files.readAllBytes(file).length;
                }
                long t1 = System.nanoTime();
                for (EntryKey key : keys) {
                    sink += cache.get(key).orElseThrow().length;
                }
                long t2 = System.nanoTime();
                if (pair >= 0) {
                    ratios[pair] = (double) (t1 - t0) / (t2 - t1);
                }
            }
            Arrays.sort(ratios);
            System.out.printf("paired warm reads of %d MiB (%d pairs, %d bytes read): cache/plain throughput "
                    + "median %.2f, quartiles %.2f-%.2f%n", frames / 2, pairs, sink,
                    ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4]);
        }
    }
}
