package org.lumen.rendering;

import java.util.Objects;

/**
 * A notice that rendering moved from one renderer to another because the first failed (a lost GL
 * context, a GL error, a failed texture allocation): what a viewer shows in its status bar.
 *
 * @param from   the renderer that failed, as its {@link Renderer#description()}
 * @param to     the renderer now used
 * @param reason what went wrong, one line
 */
public record RendererFallback(String from, String to, String reason) {
    public RendererFallback {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for a status bar. */
    public String message() {
        return "GPU rendering failed (" + reason + "); now rendering with the " + to;
    }
}
