package org.lumen.rendering.gl;

import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

import org.lumen.rendering.Renderer;
import org.lumen.rendering.cpu.CpuRenderer;

/**
 * Chooses the renderer: the GPU one when asked for and a GL context can be created, otherwise the
 * CPU reference renderer, with the reason. Never throws because of GL.
 *
 * @param renderer       the renderer to use (the caller closes it)
 * @param fallbackReason why the CPU renderer was chosen although the GPU was preferred
 */
public record RendererSelection(Renderer renderer, Optional<String> fallbackReason) {

    /** Selects a renderer; {@code cpuPool} runs the CPU renderer if it is chosen. */
    public static RendererSelection select(boolean preferGpu, ForkJoinPool cpuPool) {
        if (!preferGpu) {
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.empty());
        }
        try {
            return new RendererSelection(GlRenderer.create(), Optional.empty());
        } catch (GlUnavailableException e) {
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.of(e.getMessage()));
        } catch (RuntimeException | LinkageError e) {
            return new RendererSelection(new CpuRenderer(cpuPool), Optional.of("GL failed: " + e));
        }
    }

    /** One line for {@code --info}: what renders and, after a fallback, why. */
    public String describe() {
        return renderer.description() + fallbackReason.map(r -> " (GPU not used: " + r + ")").orElse("");
    }
}
