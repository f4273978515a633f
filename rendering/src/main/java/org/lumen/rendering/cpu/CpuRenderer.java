package org.lumen.rendering.cpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.Renderer;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.VoxelSteps;

/**
 * The reference renderer: double precision throughout, rows split across a {@link ForkJoinPool}.
 * Follows the sampling rules of {@link ViewRequest} exactly; the GPU renderer is tested against it.
 *
 * <p>Thread-safe: concurrent {@link #render} calls share the pool. The pool is injected; this renderer
 * never shuts it down.
 */
public final class CpuRenderer implements Renderer {
    private static final int ROWS_PER_TASK = 16;
    private final ForkJoinPool pool;

    /** A renderer on the given pool (tests inject one; the application may use the common pool). */
    public CpuRenderer(ForkJoinPool pool) {
        this.pool = pool;
    }

    /** A renderer on the common fork/join pool. */
    public CpuRenderer() {
        this(ForkJoinPool.commonPool());
    }

    @Override
    public RenderedImage render(ViewRequest request) {
        VoxelSteps steps = VoxelSteps.of(request);
        int channels = request.display().channels();
        VoxelSampler sampler = new VoxelSampler(request.volume(), request.interpolation(),
                request.display() instanceof org.lumen.rendering.DisplayMapping.Greyscale);
        PixelShader shader = new PixelShader(sampler, steps, request);
        byte[] pixels = new byte[request.width() * request.height() * channels];
        pool.invoke(new Rows(shader, pixels, request.width() * channels, 0, request.height()));
        return new RenderedImage(request.width(), request.height(), channels, pixels);
    }

    @Override
    public String description() {
        return "CPU reference renderer, " + pool.getParallelism() + " threads";
    }

    @Override
    public void close() {
        // the pool belongs to the caller
    }

    private static final class Rows extends RecursiveAction {
        private final PixelShader shader;
        private final byte[] pixels;
        private final int width;
        private final int from;
        private final int to;

        Rows(PixelShader shader, byte[] pixels, int width, int from, int to) {
            this.shader = shader;
            this.pixels = pixels;
            this.width = width;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= ROWS_PER_TASK) {
                for (int y = from; y < to; y++) {
                    shader.shadeRow(y, pixels, y * width);
                }
                return;
            }
            List<ForkJoinTask<?>> halves = new ArrayList<>(2);
            int mid = (from + to) >>> 1;
            halves.add(new Rows(shader, pixels, width, from, mid));
            halves.add(new Rows(shader, pixels, width, mid, to));
            invokeAll(halves);
        }
    }
}
