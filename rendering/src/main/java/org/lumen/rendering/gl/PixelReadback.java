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

    PixelReadback(GL3 gl, GlRenderer.Readback mode) {
        this.gl = gl;
        this.mode = mode;
        if (mode == GlRenderer.Readback.PBO_PAIR) {
            gl.glGenBuffers(2, packBuffers, 0);
        }
    }

    /** The bound framebuffer's {@code w x h} RGBA bytes, row 0 first. */
    ByteBuffer read(int w, int h) {
        ByteBuffer out = ByteBuffer.allocateDirect(w * h * 4);
        gl.glPixelStorei(GL3.GL_PACK_ALIGNMENT, 1);
        if (mode == GlRenderer.Readback.DIRECT) {
            gl.glReadPixels(0, 0, w, h, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, out);
            return out;
        }
        int firstRows = (h + 1) / 2;
        long bytes = (long) w * firstRows * 4;
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
                gl.glReadPixels(0, start[p], w, rows[p], GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, 0L);
            }
        }
        for (int p = 0; p < 2; p++) {
            if (rows[p] > 0) {
                gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, packBuffers[p]);
                ByteBuffer mapped = gl.glMapBufferRange(GL3.GL_PIXEL_PACK_BUFFER, 0, (long) w * rows[p] * 4, GL3.GL_MAP_READ_BIT);
                if (mapped == null) {
                    gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, 0);
                    throw new IllegalStateException("mapping pixel pack buffer " + p + " failed: GL error 0x"
                            + Integer.toHexString(gl.glGetError()));
                }
                out.put(start[p] * w * 4, mapped, 0, w * rows[p] * 4);
                gl.glUnmapBuffer(GL3.GL_PIXEL_PACK_BUFFER);
            }
        }
        gl.glBindBuffer(GL3.GL_PIXEL_PACK_BUFFER, 0);
        return out;
    }

    void delete() {
        if (mode == GlRenderer.Readback.PBO_PAIR) {
            gl.glDeleteBuffers(2, packBuffers, 0);
        }
    }
}
