package org.lumen.viewer.cli;

import java.util.concurrent.ForkJoinPool;

import org.lumen.rendering.gl.RendererSelection;

/**
 * Selects the renderer for a command. JOGL's probing diagnostics never reach standard error: the
 * rendering module captures them and logs them at DEBUG (see {@code GlRenderer}); the reason a GPU is
 * not used is kept in the selection's fallback reason.
 */
final class RendererChoice {
    private RendererChoice() {}

    static RendererSelection select(RendererSelection.Preference preference, ForkJoinPool cpuPool) {
        return RendererSelection.select(preference, cpuPool);
    }
}
