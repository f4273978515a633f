package org.lumen.rendering;

/**
 * Renders views of volumes: native slices, axial/coronal/sagittal/oblique MPR, thick slabs (MIP,
 * MinIP, average), with zoom, pan, rotation and flips expressed in the request's {@link SlicePlane}.
 *
 * <p>Implementations: {@code org.lumen.rendering.cpu.CpuRenderer} (the reference) and
 * {@code org.lumen.rendering.gl.GlRenderer}; both follow the sampling rules of {@link ViewRequest}
 * and agree within one grey level. {@link #render} may be called from any thread; it blocks until the
 * image is ready. Call {@link #close()} once to release threads or GL resources.
 */
public interface Renderer extends AutoCloseable {
    /** Renders one view. */
    RenderedImage render(ViewRequest request);

    /** What renders, for logs and {@code --info}: e.g. "CPU, 2 threads" or "OpenGL 4.5 (llvmpipe)". */
    String description();

    @Override
    void close();
}
