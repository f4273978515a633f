package org.lumen.rendering.gl;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import org.lumen.rendering.Renderer;
import org.lumen.rendering.cpu.CpuRenderer;

/**
 * Chooses the renderer and says why. Never throws because of GL: when a GL context cannot be created,
 * the CPU reference renderer is chosen with the reason; when one is chosen, it is wrapped in a
 * {@link FailoverRenderer}, so that a GPU failure later falls back to the CPU with a notice
 * ({@link #addFallbackListener}, {@link #runtimeFallback}).
 *
 * @param renderer       the renderer to use (the caller closes it)
 * @param fallbackReason why the CPU renderer was chosen although the GPU was considered
 */
public record RendererSelection(Renderer renderer, Optional<String> fallbackReason) {

    /** Which renderer the user or the command line asks for. */
    public enum Preference {
        /**
         * The GPU when it is a hardware one; the CPU renderer on software rasterizers (Mesa llvmpipe,
         * softpipe, SwiftShader), which measured several times slower than the CPU renderer here.
         */
        AUTO,
        /** The GPU whenever a GL 3.3 core context can be created, software or not. */
        GPU,
        /** Always the CPU renderer. */
        CPU
    }

    /** Selects a renderer; {@code cpuPool} runs the CPU renderer if it is chosen. */
    public static RendererSelection select(Preference preference, ForkJoinPool cpuPool) {
        if (preference == Preference.CPU) {
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.empty());
        }
        GlRenderer gpu;
        try {
            gpu = GlRenderer.create();
        } catch (GlUnavailableException e) {
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.of(e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.of("GL failed: " + e));
        }
        if (preference == Preference.AUTO && isSoftware(gpu.glRenderer())) {
            String reason = "GL renders in software (" + gpu.glRenderer() + "), slower than the CPU renderer";
            gpu.close();
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.of(reason));
        }
        return new RendererSelection(new FailoverRenderer(gpu, new CpuRenderer(cpuPool)), Optional.empty());
    }

    /**
     * Tells {@code listener} when GPU rendering fails and frames come from the CPU renderer from then
     * on (see {@link FailoverRenderer}); never called when the CPU renderer was chosen to begin with.
     */
    public void addFallbackListener(java.util.function.Consumer<org.lumen.rendering.RendererFallback> listener) {
        if (renderer instanceof FailoverRenderer failover) {
            failover.addFallbackListener(listener);
        }
    }

    /** The notice of a GPU failure after selection, if one happened. */
    public Optional<org.lumen.rendering.RendererFallback> runtimeFallback() {
        return renderer instanceof FailoverRenderer failover ? failover.fallback() : Optional.empty();
    }

    /** The GL renderer while frames come from it. */
    public Optional<GlRenderer> gpu() {
        return renderer instanceof FailoverRenderer f && f.usingGpu() && f.gpu() instanceof GlRenderer g ? Optional.of(g) : Optional.empty();
    }

    /** Whether frames come from the GPU now. */
    public boolean usingGpu() {
        return renderer instanceof FailoverRenderer failover && failover.usingGpu();
    }

    /** Whether a GL_RENDERER string names a software rasterizer. */
    public static boolean isSoftware(String glRenderer) {
        String r = glRenderer.toLowerCase(Locale.ROOT);
        return r.contains("llvmpipe") || r.contains("softpipe") || r.contains("swiftshader") || r.contains("software");
    }

    /** One line for {@code --info}: what renders and, after a fallback, why. */
    public String describe() {
        return renderer.description() + fallbackReason.map(r -> " (GPU not used: " + r + ")").orElse("");
    }

    /** Compact constructor: non-null parts. */
    public RendererSelection {
        java.util.Objects.requireNonNull(renderer, "renderer");
        java.util.Objects.requireNonNull(fallbackReason, "fallbackReason");
    }
}
