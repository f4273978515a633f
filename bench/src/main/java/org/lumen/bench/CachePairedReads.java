package org.lumen.bench;

import com.google.crypto.tink.Aead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.lumen.store.cache.EncryptedCache;
import org.lumen.store.cache.EntryKey;
import org.lumen.store.cache.StudyRef;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.io.OrderedParallel;

/**
 * Warm reads of the same frame set from the encrypted cache and from plain files, alternated pass
 * by pass, so that load changes on a shared machine hit both sides alike: prints the median and
 * quartiles of the per-pair throughput ratio (cache / plain), first one entry after the other on
 * one thread each ({@code EncryptedCache.get} against {@code Files.readAllBytes}), then as the
 * workstation opens a series ({@code EncryptedCache.getAll} of the series' entries against the plain
 * files read through the same {@link OrderedParallel} on as many threads), and last the ceiling:
 * AES-256-GCM decryption alone of as many ciphertexts held in memory against the plain read. On one
 * thread it also gives the ratio of thread CPU times, which load on a shared machine disturbs less. Then both
 * reads again from the disk rather than the page cache ({@link PageCache} drops both sides' files
 * before each pass): a warm open after a reboot, or of a study read days ago. Complements {@link CacheBenchmark},
 * whose JMH runs measure the two sides minutes apart.
 *
 * <p>Usage: {@code CachePairedReads [frames] [pairs]} (defaults 200 frames of 512 KiB, 40 pairs).
 */
public final class CachePairedReads {
    private static final StudyRef STUDY = new StudyRef("bench", "1.2.3");
    private static final String SERIES = "1.2.3.1";
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
                EntryKey key = EntryKey.instance(STUDY.serverId(), STUDY.studyUid(), SERIES, SERIES + "." + i);
                cache.put(key, frame);
                keys.add(key);
                Path file = root.resolve("plain").resolve("frame-" + i);
                Files.write(file, frame);
                plain.add(file);
            }
            Pass plainOne = () -> total(plain.stream().map(CachePairedReads::readPlain).toList());
            Pass cacheOne = () -> total(keys.stream().map(k -> getOrFail(cache, k)).toList());
            report("warm reads, 1 thread each", frames, pairs, plainOne, cacheOne, true);
            int threads = OrderedParallel.DEFAULT_THREADS;
            Pass plainSeries = () -> total(OrderedParallel.map(plain, threads, Files::readAllBytes));
            Pass cacheSeries = () -> total(cache.getAll(cache.entries(STUDY, SERIES, EntryKey.INSTANCE)).stream()
                    .map(Optional::orElseThrow).toList());
            report("series reads (EncryptedCache.getAll vs plain files), " + threads + " threads each", frames, pairs,
                    plainSeries, cacheSeries, false);
            report("ceiling: AES-256-GCM alone (no file I/O) vs plain files, 1 thread each", frames, pairs, plainOne,
                    decryptOnly(master, frames), true);
            int coldPairs = Math.max(8, pairs / 4);
            Path plainRoot = root.resolve("plain");
            Path cacheRoot = root.resolve("cache");
            report("from the disk (both sides' files dropped from the page cache before each pass), 1 thread each",
                    frames, coldPairs, cold(plainOne, plainRoot), cold(cacheOne, cacheRoot), true);
            report("from the disk, series reads, " + threads + " threads each", frames, coldPairs,
                    cold(plainSeries, plainRoot), cold(cacheSeries, cacheRoot), false);
        }
    }

    /**
     * Not a cache read: the same number of 512 KiB AES-256-GCM ciphertexts, held in memory,
     * authenticated and decrypted into new arrays by the cache's cipher ({@code StoreKeys.aead}: Tink
     * over the JDK's AES/GCM), as the cache does after reading a file. Its ratio to the plain read is
     * the most any cache read could reach with this cipher on this machine.
     */
    private static Pass decryptOnly(byte[] master, int frames) {
        Aead aead = StoreKeys.fromMasterKey(master).aead("bench/ceiling");
        byte[] ad = "bench".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        List<byte[]> sealed = new ArrayList<>();
        Random random = new Random(3);
        byte[] frame = new byte[512 * 512 * 2];
        try {
            for (int i = 0; i < frames; i++) {
                random.nextBytes(frame);
                sealed.add(aead.encrypt(frame, ad));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return () -> {
            long n = 0;
            try {
                for (byte[] s : sealed) {
                    n += aead.decrypt(s, ad).length;
                }
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            return n;
        };
    }

    /** One timed pass: reads the whole set and returns the bytes read. */
    private interface Pass {
        long run() throws IOException;

        /** Untimed preparation before each run. */
        default void before() throws IOException {}
    }

    /** {@code pass}, with the files under {@code root} dropped from the page cache before each run. */
    private static Pass cold(Pass pass, Path root) {
        return new Pass() {
            @Override
            public long run() throws IOException {
                return pass.run();
            }

            @Override
            public void before() throws IOException {
                PageCache.drop(root);
            }
        };
    }

    /** Alternates the two passes (5 warm-up pairs, then {@code pairs} timed) and prints the ratio's median and quartiles. */
    private static void report(String what, int frames, int pairs, Pass plain, Pass cache, boolean cpu) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ratios = new double[pairs];
        double[] cpuRatios = new double[pairs];
        double[] plainRates = new double[pairs];
        long sink = 0;
        for (int pair = -5; pair < pairs; pair++) {
            plain.before();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += plain.run();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            cache.before();
            long c2 = threads.getCurrentThreadCpuTime();
            long t2 = System.nanoTime();
            sink += cache.run();
            long t3 = System.nanoTime();
            long c3 = threads.getCurrentThreadCpuTime();
            if (pair >= 0) {
                ratios[pair] = (double) (t1 - t0) / (t3 - t2);
                cpuRatios[pair] = (double) (c1 - c0) / (c3 - c2);
                plainRates[pair] = frames * 0.5 / ((t1 - t0) / 1e9);
            }
        }
        Arrays.sort(ratios);
        Arrays.sort(cpuRatios);
        Arrays.sort(plainRates);
        System.out.printf("paired %s, %d MiB (%d pairs, %d bytes read): cache/plain throughput median %.2f, "
                + "quartiles %.2f-%.2f (plain median %.0f MiB/s)%s%n", what, frames / 2, pairs, sink,
                ratios[pairs / 2], ratios[pairs / 4], ratios[3 * pairs / 4], plainRates[pairs / 2],
                cpu ? String.format("; by thread CPU time median %.2f", cpuRatios[pairs / 2]) : "");
    }

    private static long total(List<byte[]> contents) {
        long n = 0;
        for (byte[] c : contents) {
            n += c.length;
        }
        return n;
    }

    private static byte[] readPlain(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] getOrFail(EncryptedCache cache, EntryKey key) {
        try {
            return cache.get(key).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
