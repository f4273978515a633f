package org.lumen.viewer.app;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lumen.rendering.gl.RendererSelection;

/**
 * The status bar's words for the renderer that draws greyscale views: which one and why, for example
 * "CPU renderer: software GL (llvmpipe)". Colour images and images with LUT tables are always drawn by
 * the CPU rasterizer.
 */
final class RendererNotice {
    /** System property choosing the renderer: auto (default), gpu or cpu. */
    static final String PROPERTY = "lumen.renderer";
    private static final Pattern SOFTWARE = Pattern.compile("GL renders in software \\((\\S+)");

    private RendererNotice() {}

    /** The preference named by {@value #PROPERTY}; unknown values mean AUTO. */
    static RendererSelection.Preference preference() {
        String value = System.getProperty(PROPERTY, "auto").trim().toUpperCase(Locale.ROOT);
        for (RendererSelection.Preference p : RendererSelection.Preference.values()) {
            if (p.name().equals(value)) {
                return p;
            }
        }
        return RendererSelection.Preference.AUTO;
    }

    /** Selects (creating a GL context when the preference allows; seconds on first use), describes, closes. */
    static String probe(RendererSelection.Preference preference) {
        RendererSelection selection = RendererSelection.select(preference, ForkJoinPool.commonPool());
        try {
            return text(selection, preference);
        } finally {
            selection.renderer().close();
        }
    }

    /** The words for a selection. */
    static String text(RendererSelection selection, RendererSelection.Preference preference) {
        String description = selection.renderer().description();
        if (selection.fallbackReason().isPresent()) {
            String reason = selection.fallbackReason().get();
            Matcher m = SOFTWARE.matcher(reason);
            return "CPU renderer: " + (m.find() ? "software GL (" + m.group(1).replaceAll("[,;)]+$", "") + ")" : reason);
        }
        if (description.startsWith("CPU")) {
            return "CPU renderer: " + (preference == RendererSelection.Preference.CPU ? "chosen (" + PROPERTY + "=cpu)" : description);
        }
        return "GPU renderer: " + description;
    }
}
