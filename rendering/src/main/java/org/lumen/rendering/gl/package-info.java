/**
 * The GPU renderer on JOGL 2.6 (the only package of Lumen that imports JOGL):
 * {@link org.lumen.rendering.gl.GlRenderer} renders {@link org.lumen.rendering.ViewRequest}s in an
 * offscreen OpenGL 3.3 core context with the shaders under {@code shaders/} and reads the pixels
 * back; {@link org.lumen.rendering.gl.GpuProbe} and {@link org.lumen.rendering.gl.RendererSelection}
 * decide between it and the CPU renderer without ever crashing; {@link org.lumen.rendering.gl.FailoverRenderer}
 * moves to the CPU renderer, with a notice, when the GPU fails later (lost context, GL error, failed
 * allocation). JOGL's own diagnostics on standard error are captured and logged at DEBUG.
 *
 * <p>Threading: all GL calls run on the renderer's single "lumen-gl" thread, which keeps the context
 * current; the public methods may be called from any thread and block until that thread is done.
 * See docs/threading-rendering.md.
 */
package org.lumen.rendering.gl;
