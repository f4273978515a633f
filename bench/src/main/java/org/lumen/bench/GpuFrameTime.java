package org.lumen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.geometry.Vec3;
import org.lumen.rendering.gl.GlRenderer;
import org.lumen.rendering.gl.GlUnavailableException;
import org.lumen.rendering.volume.Volume;

/**
 * GPU frame time: oblique trilinear MPR frames of a synthetic CT volume (default 512 x 512 x 500) at
 * 1024 x 1024 with window/level and readback, the plane turned a little every frame; the same frames
 * on the CPU renderer (all cores) for the ratio, and the CPU oblique reslice to 512 x 512 on 2 cores
 * (target 8 ms). Prints one JSON line, then a table.
 *
 * <p>Usage: {@code GpuFrameTime [--frames 300] [--cpu-frames 10] [--reslice-frames 40] [--size 512x512x500] [--view 1024]}
 */
public final class GpuFrameTime {
    private static final WindowLevel WINDOW = new WindowLevel(40, 400);
    /** GL_R16I / GL_R16UI textures (see org.lumen.rendering.gl.VolumeTextures): 2 bytes a voxel. */
    private static final int GPU_BYTES_PER_VOXEL = 2;

    private GpuFrameTime() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = BenchArgs.parse(args);
        long t0 = System.nanoTime();
        Volume volume = SyntheticCt.build(a.columns(), a.rows(), a.slices());
        double buildMs = (System.nanoTime() - t0) / 1e6;
        List<String> json = new ArrayList<>();
        json.add(String.format(Locale.ROOT, "\"volume\":\"%dx%dx%d\",\"view\":%d,\"buildMs\":%.0f,\"cores\":%d,\"java\":\"%s\"", a.columns(),
                a.rows(), a.slices(), a.view(), buildMs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        FrameStats gpu = null;
        RenderedImage gpuFirst = null;
        try (GlRenderer gl = GlRenderer.create()) {
            json.add("\"glRenderer\":" + quote(gl.glRenderer()) + ",\"glVersion\":" + quote(gl.glVersion()));
            long f0 = System.nanoTime();
            gpuFirst = gl.render(request(volume, 0, a.view()));
            double firstMs = (System.nanoTime() - f0) / 1e6;
            gpu = time(gl, volume, a.frames(), a.view());
            Volume copy = sameVoxels(volume);
            long u0 = System.nanoTime();
            gl.render(request(copy, 0, a.view()));
            double uploadMs = (System.nanoTime() - u0) / 1e6 - gpu.medianMs();
            gl.release(copy);
            long bytes = (long) a.columns() * a.rows() * a.slices() * GPU_BYTES_PER_VOXEL;
            json.add(String.format(Locale.ROOT, "\"gpuBytesPerVoxel\":%d,\"gpuTextureMiB\":%.1f,\"firstFrameMs\":%.1f,"
                    + "\"uploadMs\":%.1f,\"uploadGBps\":%.2f,\"gpu\":%s", GPU_BYTES_PER_VOXEL, bytes / 1048576.0, firstMs, uploadMs,
                    bytes / (uploadMs / 1e3) / 1e9, gpu.json()));
        } catch (GlUnavailableException e) {
            json.add("\"glRenderer\":null,\"gpuUnavailable\":" + quote(e.getMessage()));
        }
        ForkJoinPool all = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        ForkJoinPool two = new ForkJoinPool(2);
        try {
            CpuRenderer cpu = new CpuRenderer(all);
            RenderedImage cpuFirst = cpu.render(request(volume, 0, a.view()));
            FrameStats cpuStats = time(cpu, volume, a.cpuFrames(), a.view());
            json.add("\"cpu\":" + cpuStats.json().replace("{", "{\"threads\":" + all.getParallelism() + ","));
            if (gpu != null) {
                json.add(String.format(Locale.ROOT, "\"gpuSpeedup\":%.1f,\"gpuCpuMaxGreyDiff\":%d", cpuStats.medianMs() / gpu.medianMs(),
                        maxDiff(gpuFirst, cpuFirst)));
            }
            FrameStats reslice = time(new CpuRenderer(two), volume, a.resliceFrames(), 512);
            json.add("\"cpuReslice512\":" + reslice.json().replace("{", "{\"threads\":2,\"targetMs\":8,"));
        } finally {
            all.shutdownNow();
            two.shutdownNow();
        }
        String line = "{" + String.join(",", json) + "}";
        System.out.println(line);
        System.out.println(BenchTable.of(line));
    }

    /** Frame {@code f}'s plane: axial tilted 20 degrees about L-R and 10 about A-P, turned by a fraction of a degree per frame. */
    static ViewRequest request(Volume volume, int f, int size) {
        Vec3 axis = new Vec3(1, 1, 1).normalized();
        double turn = Math.toRadians(0.25 * (f % 40) - 5);
        Vec3 right = Vec3.LEFT.rotatedAbout(Vec3.LEFT, Math.toRadians(20)).rotatedAbout(Vec3.POSTERIOR, Math.toRadians(10))
                .rotatedAbout(axis, turn);
        Vec3 down = Vec3.POSTERIOR.rotatedAbout(Vec3.LEFT, Math.toRadians(20)).rotatedAbout(Vec3.POSTERIOR, Math.toRadians(10))
                .rotatedAbout(axis, turn);
        SlicePlane plane = new SlicePlane(volume.geometry().center(), right, down, 1, 1).fittedTo(volume.geometry(), size, size);
        return ViewRequest.slice(volume, plane, size, size, WINDOW);
    }

    private static FrameStats time(Renderer renderer, Volume volume, int frames, int size) {
        for (int w = 0; w < Math.min(5, frames); w++) {
            renderer.render(request(volume, w + 1, size));
        }
        long[] nanos = new long[frames];
        long checksum = 0;
        for (int f = 0; f < frames; f++) {
            ViewRequest r = request(volume, f + 7, size);
            long s = System.nanoTime();
            RenderedImage image = renderer.render(r);
            nanos[f] = System.nanoTime() - s;
            checksum += image.grey(size / 2, size / 2);
        }
        if (checksum < 0) {
            throw new IllegalStateException("impossible checksum");
        }
        return FrameStats.of(nanos);
    }

    private static Volume sameVoxels(Volume v) {
        Volume copy = Volume.allocate(v.geometry(), v.values());
        for (int k = 0; k < v.geometry().slices(); k++) {
            copy.setSlice(k, v.sliceData(k));
        }
        return copy;
    }

    private static int maxDiff(RenderedImage a, RenderedImage b) {
        int worst = 0;
        for (int y = 0; y < a.height(); y++) {
            for (int x = 0; x < a.width(); x++) {
                worst = Math.max(worst, Math.abs(a.grey(x, y) - b.grey(x, y)));
            }
        }
        return worst;
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
