package org.lumen.rendering.gl;

/**
 * Finds out whether GPU rendering works here, by creating a GL renderer and drawing nothing. Never
 * throws: any failure (no display, no GL 3.3, missing natives) becomes {@link Result.Unavailable}.
 */
public final class GpuProbe {
    private GpuProbe() {}

    /** What the probe found. */
    public sealed interface Result {
        /**
         * A context could be created.
         *
         * @param renderer         GL_RENDERER
         * @param version          GL_VERSION
         * @param max3dTextureSize GL_MAX_3D_TEXTURE_SIZE
         */
        record Available(String renderer, String version, int max3dTextureSize) implements Result {}

        /**
         * No context.
         *
         * @param reason why, for logs and {@code --info}
         */
        record Unavailable(String reason) implements Result {}
    }

    /** Probes once (creates and closes a context; takes up to a few seconds on first use). */
    public static Result probe() {
        try (GlRenderer renderer = GlRenderer.create()) {
            return new Result.Available(renderer.glRenderer(), renderer.glVersion(), renderer.max3dTextureSize());
        } catch (GlUnavailableException e) {
            return new Result.Unavailable(e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            return new Result.Unavailable("GL failed: " + e);
        }
    }
}
