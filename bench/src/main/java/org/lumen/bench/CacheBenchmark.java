package org.lumen.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.lumen.store.cache.EncryptedCache;
import org.lumen.store.cache.EntryKey;
import org.lumen.store.cache.StudyRef;
import org.lumen.store.crypto.StoreKeys;
import org.lumen.store.io.OrderedParallel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The encrypted cache against its peer, the same bytes as plain files in the same run:
 * {@code readCache} / {@code readPlain} read a warm set of {@code frames} frames of 512 x 512
 * 16-bit (512 KiB each; 200 frames = 100 MiB) per operation; {@code writeCache} / {@code writePlain}
 * write 16 of them per operation with the same durability (temporary file, fsync, atomic rename,
 * directory fsync); these four run on one thread. {@code readSeriesCache} / {@code readSeriesPlain}
 * read the same set the way the workstation opens a cached series (index lookup of the series'
 * instances, decrypted on {@link OrderedParallel#DEFAULT_THREADS} threads) against listing a plain
 * folder and reading its files on as many threads through the same {@link OrderedParallel}.
 * bench/cache.sh prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CacheBenchmark {
    private static final int FRAME_BYTES = 512 * 512 * 2;
    private static final int WRITES_PER_OP = 16;
    private static final StudyRef STUDY = new StudyRef("bench", "1.2.3");
    private static final String SERIES = "1.2.3.1";

    /** Frames in the read set (200 = 100 MiB). */
    @Param({"200"})
    public int frames;

    private Path root;
    private EncryptedCache cache;
    private final List<EntryKey> keys = new ArrayList<>();
    private final List<Path> plainFiles = new ArrayList<>();
    private byte[][] content;
    private int writeRound;

    @Setup(Level.Trial)
    public void fill() throws IOException {
        root = Files.createTempDirectory("lumen-cache-bench");
        byte[] master = new byte[32];
        new Random(1).nextBytes(master);
        cache = EncryptedCache.builder(root.resolve("cache"), StoreKeys.fromMasterKey(master)).capBytes(Long.MAX_VALUE).open();
        Files.createDirectories(root.resolve("plain"));
        Random random = new Random(2);
        content = new byte[frames][FRAME_BYTES];
        for (int i = 0; i < frames; i++) {
            random.nextBytes(content[i]);
            EntryKey key = EntryKey.instance("bench", STUDY.studyUid(), SERIES, SERIES + "." + i);
            cache.put(key, content[i]);
            keys.add(key);
            Path plain = root.resolve("plain").resolve("frame-" + i);
            durableWrite(plain, content[i]);
            plainFiles.add(plain);
        }
        Files.createDirectories(root.resolve("plain-writes"));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        cache.close();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public void readCache(Blackhole sink) throws IOException {
        for (EntryKey key : keys) {
            sink.consume(cache.get(key).orElseThrow());
        }
    }

    /**
     * The workstation's warm open of a cached series, the same calls as StudyCache.instances: the
     * series' entries from the index, decrypted and authenticated into memory on
     * {@link OrderedParallel#DEFAULT_THREADS} threads ({@code EncryptedCache.getAll}).
     */
    @Benchmark
    public void readSeriesCache(Blackhole sink) throws IOException {
        for (Optional<byte[]> content : cache.getAll(cache.entries(STUDY, SERIES, EntryKey.INSTANCE))) {
            sink.consume(content.orElseThrow());
        }
    }

    /** Its peer: the series' files listed from a plain folder and read on as many threads, by the same method. */
    @Benchmark
    public void readSeriesPlain(Blackhole sink) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(root.resolve("plain"))) {
            files = list.toList();
        }
        for (byte[] content : OrderedParallel.map(files, OrderedParallel.DEFAULT_THREADS, Files::readAllBytes)) {
            sink.consume(content);
        }
    }

    @Benchmark
    public void readPlain(Blackhole sink) throws IOException {
        for (Path file : plainFiles) {
            sink.consume(Files.readAllBytes(file));
        }
    }

    @Benchmark
    public void writeCache() throws IOException {
        int round = writeRound++;
        for (int i = 0; i < WRITES_PER_OP; i++) {
            cache.put(EntryKey.frame("bench", "9.9", "9.9.1", "9.9.1." + (i + round % 4 * WRITES_PER_OP), 1),
                    content[i % frames]);
        }
    }

    @Benchmark
    public void writePlain() throws IOException {
        int round = writeRound++;
        for (int i = 0; i < WRITES_PER_OP; i++) {
            durableWrite(root.resolve("plain-writes").resolve("frame-" + (i + round % 4 * WRITES_PER_OP)), content[i % frames]);
        }
    }

    /** The peer's write: what a plain cache needs for the same crash safety. */
    private static void durableWrite(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".w", ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
            out.write(bytes);
            channel.force(true);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel dir = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
    }
}
