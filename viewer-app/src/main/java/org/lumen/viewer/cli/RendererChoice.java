package org.lumen.viewer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;

import org.lumen.rendering.gl.RendererSelection;

/**
 * Selects the renderer for a command without JOGL's own diagnostics: JOGL prints handled exceptions
 * (stack traces) to {@code System.err} while it looks for a usable GL, which would break the
 * one-line error contract; the reason a GPU is not used is kept in the selection's fallback reason.
 * Swaps {@code System.err} for the duration of the selection, so call it from the command's thread
 * before other threads write there.
 */
final class RendererChoice {
    private RendererChoice() {}

    static RendererSelection select(RendererSelection.Preference preference, ForkJoinPool cpuPool) {
        if (preference == RendererSelection.Preference.CPU) {
            return RendererSelection.select(preference, cpuPool);
        }
        PrintStream original = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return RendererSelection.select(preference, cpuPool);
        } finally {
            System.setErr(original);
        }
    }
}
