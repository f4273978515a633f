package org.lumen.bench.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this process: the largest heap in use seen by a sampler thread (every millisecond),
 * and the kernel's peak resident set size ({@code VmHWM}). {@link #reset} starts a new heap window;
 * the RSS peak covers the process's whole life, so each scenario runs in its own JVM.
 */
final class MemoryWatch implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile boolean running = true;

    MemoryWatch() {
        sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(this::sample);
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakHeap) {
                peakHeap = used;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    void reset() {
        peakHeap = memory.getHeapMemoryUsage().getUsed();
    }

    long peakHeapBytes() {
        long used = memory.getHeapMemoryUsage().getUsed();
        return Math.max(peakHeap, used);
    }

    long maxHeapBytes() {
        return memory.getHeapMemoryUsage().getMax();
    }

    /** Peak resident set size in bytes, from /proc/self/status, or -1 where there is none. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
