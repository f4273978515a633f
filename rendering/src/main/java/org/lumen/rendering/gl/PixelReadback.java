package org.lumen.rendering.gl;

import java.nio.ByteBuffer;

import com.jogamp.opengl.GL3;

/**
 * Reads the RGBA8 output target back to memory. {@link GlRenderer.Readback#DIRECT}: one
 * {@code glReadPixels} into client memory, which waits for the transfer. {@link GlRenderer.Readback#PBO_PAIR}:
 * the image in two halves, each read into its own pixel pack buffer ({@code glReadPixels} into a
 * bound {@code GL_PIXEL_PACK_BUFFER} returns at once); the first half is mapped and copied out while
 * the second half's transfer is still under way, then the second. Same bytes, same API.
 * GL thread only.
 */
final class PixelReadback {
    private final GL3 gl;
    private final GlRenderer.Readback mode;
    private final int[] packBuffers = new int[2];
    private long capacity;
    private ByteBuffer staging;
    /** Owns {@link #staging}: freed at once when it is replaced or released, not whenever a GC runs. */
    private java.lang.foreign.Arena stagingArena;

    PixelReadback(GL3 gl, GlRenderer.Readback mode) {
        this.gl = gl;
        this.mode = mode;
        if (mode == GlRenderer.Readback.PBO_PAIR) {
            gl.glGenBuffers(2, packBuffers, 0);
        }
    }

    /**
     * The bound framebuffer's {@code w x h} pixels, row 0 first, with only the channels the image has:
     * red alone for grey ({@code GL_RED}), red/green/blue for colour ({@code GL_RGB}). The driver packs
     * the rows tightly into one staging buffer kept between frames, and one bulk copy fills the
     * returned array: no per-frame direct allocation, no per-byte loop, a quarter of the RGBA bytes
     * for grey views.
     */
    byte[] read(int w, int h, int channels) {
        int format = switch (channels) {
            case 1 -> GL3.GL_RED;
            case 3 -> GL3.GL_RGB;
            case 4 -> GL3.GL_RGBA;
            default -> throw new IllegalArgumentException("channels " + channels);
        };
        int rowBytes = w * channels;
        byte[] out = new byte[rowBytes * h];
        gl.glPixelStorei(GL3.GL_PACK_ALIGNMENT, 1);
        if (mode == GlRenderer.Readback.DIRECT) {
            ByteBuffer buffer = staging(out.length);
            gl.glReadPixels(0, 0, w, h, format, GL3.GL_UNSIGNED_BYTE, buffer);
            buffer.get(0, out, 0, out.length);
            return out;
        }
        int firstRows = (h + 1) / 2;
        long bytes = (long) rowBytes * firstRows;
        if (bytes > capacity) {
            for (int id : packBuffers) {
                gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, id);
                gl.glBufferData(GL3.GL_PIXEL_PACK_BUFFER, bytes, null, GL3.GL_STREAM_READ);
            }
            capacity = bytes;
        }
        int[] start = {0, firstRows};
        int[] rows = {firstRows, h - firstRows};
        for (int p = 0; p < 2; p++) {
            if (rows[p] > 0) {
                gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, packBuffers[p]);
                gl.glReadPixels(0, start[p], w, rows[p], format, GL3.GL_UNSIGNED_BYTE, 0L);
            }
        }
        for (int p = 0; p < 2; p++) {
            if (rows[p] > 0) {
                gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, packBuffers[p]);
                int length = rowBytes * rows[p];
                ByteBuffer mapped = gl.glMapBufferRange(GL3.GL_PIXEL_PACK_BUFFER, 0, length, GL3.GL_MAP_READ_BIT);
                if (mapped == null) {
                    gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, 0);
                    throw new IllegalStateException("mapping pixel pack buffer " + p + " failed: GL error 0x"
                            + Integer.toHexString(gl.glGetError()));
                }
                mapped.get(0, out, start[p] * rowBytes, length);
                gl.glUnmapBuffer(GL3.GL_PIXEL_PACK_BUFFER);
            }
        }
        gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, 0);
        return out;
    }

    /**
     * A direct buffer of at least {@code bytes}, reused from frame to frame (GL thread only). Its
     * memory comes from an arena owned here, so a larger replacement or {@link #releaseStaging()}
     * frees the old one deterministically (a plain direct buffer would stay counted until a GC).
     */
    private ByteBuffer staging(int bytes) {
        if (staging == null || staging.capacity() < bytes) {
            releaseStaging();
            stagingArena = java.lang.foreign.Arena.ofConfined();
            staging = stagingArena.allocate(bytes, 64).asByteBuffer();
        }
        return staging.clear();
    }

    /** Frees the staging buffer (a viewer closing its study); the next frame allocates again. GL thread only. */
    void releaseStaging() {
        if (stagingArena != null) {
            staging = null;
            stagingArena.close();
            stagingArena = null;
        }
    }

    void delete() {
        releaseStaging();
        if (mode == GlRenderer.Readback.PBO_PAIR) {
            gl.glDeleteBuffers(2, packBuffers, 0);
        }
    }
}
