package org.lumen.rendering;

import org.lumen.rendering.volume.RgbVolume;

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

    /**
     * Renders a colour view of an RGB volume: each channel sampled and mapped as {@code view} says (its
     * volume is replaced by the channel; its display must be greyscale, {@link #IDENTITY_8_BIT} for 8-bit
     * samples), the three grey images interleaved into one RGB image.
     */
    default RenderedImage renderRgb(RgbVolume rgb, ViewRequest view) {
        if (!(view.display() instanceof DisplayMapping.Greyscale)) {
            throw new IllegalArgumentException("RGB channels are mapped by a greyscale display, not " + view.display());
        }
        byte[] out = new byte[view.width() * view.height() * 3];
        for (int c = 0; c < 3; c++) {
            byte[] channel = render(view.withVolume(rgb.channel(c))).pixels();
            for (int p = 0; p < channel.length; p++) {
                out[p * 3 + c] = channel[p];
            }
        }
        return new RenderedImage(view.width(), view.height(), 3, out);
    }

    /** The window that shows 8-bit samples unchanged: LINEAR, centre 128, width 256 maps x to x on 0..255. */
    WindowLevel IDENTITY_8_BIT = new WindowLevel(128, 256);

    /**
     * Bytes of volume textures this renderer holds on the GPU now (0 for a CPU renderer): the
     * accounting a viewer checks after closing a study.
     */
    default long textureBytes() {
        return 0;
    }

    /** Drops the GPU copy of one volume (a viewer moving on from it); the next render of it uploads again. */
    default void release(org.lumen.rendering.volume.Volume volume) {}

    /** Drops every GPU copy of a volume (when a viewer closes a study); the next render uploads again. */
    default void releaseAll() {}

    /** What renders, for logs and {@code --info}: e.g. "CPU, 2 threads" or "OpenGL 4.5 (llvmpipe)". */
    String description();

    @Override
    void close();
}
