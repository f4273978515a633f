package org.lumen.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import org.lumen.rendering.Interpolation;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.volume.Volume;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU reference renderer reslicing a 512 x 512 x 500 signed 16-bit CT volume (250 MiB) to a
 * 512 x 512 image on {@code threads} fork/join threads (2 by default: the target is 8 ms or less on
 * 2 cores). Oblique planes (tilted 20 and 10 degrees, as GpuFrameTime) with trilinear and nearest
 * interpolation, and the peer measured in the same run: the native axial slice (same output, same
 * window, cache-friendly reads), so the oblique cost is reported as a ratio to it.
 *
 * <p>On a shared, oversubscribed machine wall time says little; the auxiliary counters {@code cpuNanos}
 * and {@code renders} give the process CPU time per render, and CPU time / threads estimates the time
 * on that many dedicated cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--enable-native-access=ALL-UNNAMED"})
public class ObliqueResliceBenchmark {
    @Param({"2"})
    public int threads;

    @Param({"512"})
    public int size;

    private ForkJoinPool pool;
    private CpuRenderer renderer;
    private ViewRequest oblique;
    private ViewRequest axial;

    @Setup(Level.Trial)
    public void setUp() {
        Volume volume = SyntheticCt.build(512, 512, 500);
        pool = new ForkJoinPool(threads);
        renderer = new CpuRenderer(pool);
        oblique = GpuFrameTime.request(volume, 3, size);
        SlicePlane native250 = SlicePlane.nativeSlice(volume.geometry(), 250);
        axial = ViewRequest.slice(volume, native250.fittedTo(volume.geometry(), size, size).moved(0), size, size, new WindowLevel(40, 400));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** Process CPU time and renders per iteration (summed by JMH). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final com.sun.management.OperatingSystemMXBean OS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        public long cpuNanos;
        public long renders;

        RenderedImage timed(CpuRenderer renderer, ViewRequest request) {
            long start = OS.getProcessCpuTime();
            RenderedImage image = renderer.render(request);
            cpuNanos += OS.getProcessCpuTime() - start;
            renders++;
            return image;
        }
    }

    @Benchmark
    public RenderedImage obliqueTrilinear(CpuTime cpu) {
        return cpu.timed(renderer, oblique);
    }

    @Benchmark
    public RenderedImage obliqueNearest(CpuTime cpu) {
        return cpu.timed(renderer, oblique.withInterpolation(Interpolation.NEAREST));
    }

    @Benchmark
    public RenderedImage axialTrilinearPeer(CpuTime cpu) {
        return cpu.timed(renderer, axial);
    }
}
