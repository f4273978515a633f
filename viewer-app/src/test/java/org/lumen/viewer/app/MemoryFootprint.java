package org.lumen.viewer.app;

import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the workstation holds at one moment: heap in use after garbage collection, direct buffer
 * memory (NIO, where the viewports' pixel buffers live), and the renderer's GPU texture bytes.
 *
 * @param heap    heap bytes in use after GC
 * @param direct  direct buffer bytes in use
 * @param texture bytes of volume textures the renderer holds on the GPU
 */
record MemoryFootprint(long heap, long direct, long texture) {
    /** Allowed growth over the baseline. */
    record Tolerance(long heap, long direct, long texture) {}

    /** Measures after settling the heap: GC until used heap stops shrinking (at most 8 rounds). */
    static MemoryFootprint measure(long textureBytes) throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long used = usedHeap();
        for (int round = 0; round < 8 && used < previous; round++) {
            previous = used;
            System.gc();
            Thread.sleep(100); // lets the reference handler run cleaners of released direct buffers
            used = usedHeap();
        }
        long direct = 0;
        for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
            if (pool.getName().equals("direct")) {
                direct = pool.getMemoryUsed();
            }
        }
        return new MemoryFootprint(used, direct, textureBytes);
    }

    /** What grew beyond the tolerance, in words; empty when nothing did. */
    List<String> growthBeyond(MemoryFootprint baseline, Tolerance tolerance) {
        List<String> out = new ArrayList<>();
        check(out, "heap", heap - baseline.heap, tolerance.heap());
        check(out, "direct memory", direct - baseline.direct, tolerance.direct());
        check(out, "GPU textures", texture - baseline.texture, tolerance.texture());
        return out;
    }

    private static void check(List<String> out, String what, long growth, long allowed) {
        if (growth > allowed) {
            out.add(String.format(Locale.ROOT, "%s grew by %.1f MB (allowed %.1f MB)", what, growth / 1e6, allowed / 1e6));
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "heap %.1f MB, direct %.1f MB, GPU textures %.1f MB", heap / 1e6, direct / 1e6, texture / 1e6);
    }
}
