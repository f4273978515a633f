package org.lumen.bench.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.lumen.dicomweb.DicomWebClient;
import org.lumen.dicomweb.QueryEncoding;
import org.lumen.dicomweb.ServerConfig;
import org.lumen.dicomweb.StoreResult;

/**
 * Driver of {@code bench/dicomweb.sh} for our client. Commands:
 * <ul>
 * <li>{@code generate DIR SIZE SLICES}: writes the CT series;</li>
 * <li>{@code store URL DIR...}: STOW-RS of the files, 50 per request;</li>
 * <li>{@code series URL REPEAT}: the whole series in one multipart request, REPEAT timed runs after the warm-ups;</li>
 * <li>{@code frames URL SLICES INFLIGHT REPEAT}: frame 1 of each instance, one request per frame, INFLIGHT at once.</li>
 * </ul>
 * Timed commands print one JSON line: bytes per run, the run times, and peak heap and RSS.
 */
public final class WebBench {
    /**
     * Untimed runs first: at least {@value #MIN_WARM_UPS}, and enough to receive {@value #WARM_UP_PARTS}
     * parts (frames or instances), as a running viewer has before it opens the next series. With three
     * runs of 200 frames (as before 2026-12-04) C2 was still compiling the per-request path during the
     * timed runs (70 ms of compiler CPU per run). bench.js warms Node up by the same rule; curl has no
     * JIT and gets {@value #MIN_WARM_UPS}.
     */
    static final int MIN_WARM_UPS = 3;
    static final int WARM_UP_PARTS = 4000;

    private WebBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: generate DIR SIZE SLICES | store URL DIR | series URL REPEAT"
                    + " | frames URL SLICES INFLIGHT REPEAT");
        }
        switch (args[0]) {
            case "generate" -> CtSeriesWriter.write(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "store" -> store(client(args[1], 6), Path.of(args[2]));
            case "series" -> time("series", 1, Integer.parseInt(args[2]), client(args[1], 6), WebBench::series);
            case "frames" -> {
                int slices = Integer.parseInt(args[2]);
                int inflight = Integer.parseInt(args[3]);
                try (ExecutorService pool = Executors.newFixedThreadPool(inflight)) {
                    DicomWebClient client = client(args[1], Math.max(6, inflight));
                    time("frames", inflight, Integer.parseInt(args[4]), client, c -> frames(c, slices, pool));
                }
            }
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    private static DicomWebClient client(String url, int concurrency) {
        ServerConfig server = ServerConfig.of("bench", URI.create(url)).withQueryEncoding(QueryEncoding.LITERAL)
                .withMaxConcurrentRequests(concurrency);
        return DicomWebClient.builder().server(server).build();
    }

    private static void store(DicomWebClient client, Path dir) throws IOException {
        List<Path> files;
        try (var walk = java.nio.file.Files.list(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".dcm")).sorted().toList();
        }
        for (int from = 0; from < files.size(); from += 50) {
            StoreResult result = client.store(files.subList(from, Math.min(files.size(), from + 50)));
            if (!result.allStored()) {
                throw new IOException("STOW failed: " + result);
            }
        }
        System.err.println("stored " + files.size() + " instances");
    }

    /** What one run received: payload bytes and parts (instances or frames). */
    record Received(long bytes, int parts) {}

    /** One timed unit of work. */
    @FunctionalInterface
    interface Work {
        Received run(DicomWebClient client) throws Exception;
    }

    private static Received series(DicomWebClient client) throws IOException {
        AtomicLong bytes = new AtomicLong();
        byte[] sink = new byte[64 * 1024];
        int parts = client.retrieveSeries(CtSeriesWriter.STUDY, CtSeriesWriter.SERIES, instance -> {
            InputStream in = instance.body();
            for (int n; (n = in.read(sink, 0, sink.length)) >= 0; ) {
                bytes.addAndGet(n);
            }
        });
        return new Received(bytes.get(), parts);
    }

    private static Received frames(DicomWebClient client, int slices, ExecutorService pool) throws Exception {
        List<Future<Long>> results = new ArrayList<>();
        for (int k = 1; k <= slices; k++) {
            String uid = CtSeriesWriter.instanceUid(k);
            results.add(pool.submit(() -> {
                long[] got = {0};
                client.retrieveFrames(CtSeriesWriter.STUDY, CtSeriesWriter.SERIES, uid, new int[] {1}, List.of("*"),
                        frame -> got[0] += frame.data().length);
                return got[0];
            }));
        }
        long bytes = 0;
        for (Future<Long> f : results) {
            bytes += f.get();
        }
        return new Received(bytes, slices);
    }

    private static void time(String scenario, int inflight, int repeat, DicomWebClient client, Work work) throws Exception {
        try (MemoryWatch memory = new MemoryWatch()) {
            Received first = work.run(client);
            long bytes = first.bytes();
            int warmUps = Math.max(MIN_WARM_UPS, (WARM_UP_PARTS + first.parts() - 1) / Math.max(1, first.parts()));
            for (int w = 1; w < warmUps; w++) {
                work.run(client);
            }
            memory.reset();
            double[] seconds = new double[repeat];
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            for (int r = 0; r < repeat; r++) {
                long t0 = System.nanoTime();
                long got = work.run(client).bytes();
                seconds[r] = (System.nanoTime() - t0) / 1e9;
                if (got != bytes) {
                    throw new IOException("run " + r + " received " + got + " bytes, the warm-up " + bytes);
                }
            }
            double cpuPerRun = (os.getProcessCpuTime() - cpu0) / 1e9 / repeat;
            System.out.println(String.format(Locale.ROOT,
                    "{\"tool\":\"lumen\",\"label\":\"%s\",\"scenario\":\"%s\",\"inflight\":%d,\"warmUps\":%d,\"bytes\":%d,\"seconds\":%s,\"cpuSecondsPerRun\":%.4f,"
                            + "\"heapPeakBytes\":%d,\"heapMaxBytes\":%d,\"rssPeakBytes\":%d}",
                    System.getProperty("bench.label", "default"), scenario, inflight, warmUps, bytes, Arrays.toString(seconds), cpuPerRun, memory.peakHeapBytes(), memory.maxHeapBytes(),
                    MemoryWatch.peakRssBytes()));
        }
    }
}
