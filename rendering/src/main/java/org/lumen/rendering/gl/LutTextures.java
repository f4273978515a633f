package org.lumen.rendering.gl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.IdentityHashMap;
import java.util.Map;

import com.jogamp.opengl.GL3;

import org.lumen.dicom.lut.LookupTable;

/**
 * Lookup tables as integer texture buffers (GL_R32UI, one texel per entry, at most 65536 entries, the
 * minimum GL_MAX_TEXTURE_BUFFER_SIZE of GL 3.1), so that shaders read entries exactly with
 * {@code texelFetch}. Tables are uploaded once and kept by identity; beyond {@link #KEPT} tables all
 * are dropped and uploaded again on use. GL thread only.
 */
final class LutTextures {
    static final int KEPT = 16;
    private final GL3 gl;
    private final Map<LookupTable, int[]> uploaded = new IdentityHashMap<>();

    LutTextures(GL3 gl) {
        this.gl = gl;
    }

    /** Binds {@code table}'s texture buffer to texture unit {@code unit}. */
    void bind(LookupTable table, int unit) {
        int[] ids = uploaded.get(table);
        if (ids == null) {
            if (uploaded.size() >= KEPT) {
                clear();
            }
            ids = upload(table);
            uploaded.put(table, ids);
        }
        gl.glActiveTexture(GL3.GL_TEXTURE0 + unit);
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, ids[1]);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
    }

    private int[] upload(LookupTable table) {
        int[] entries = table.entries();
        IntBuffer data = ByteBuffer.allocateDirect(entries.length * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        data.put(entries).flip();
        int[] ids = new int[2];
        gl.glGenBuffers(1, ids, 0);
        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, ids[0]);
        gl.glBufferData(GL3.GL_TEXTURE_BUFFER, entries.length * 4L, data, GL3.GL_STATIC_DRAW);
        gl.glGenTextures(1, ids, 1);
        gl.glBindTexture(GL3.GL_TEXTURE_BUFFER, ids[1]);
        gl.glTexBuffer(GL3.GL_TEXTURE_BUFFER, GL3.GL_R32UI, ids[0]);
        gl.glBindBuffer(GL3.GL_TEXTURE_BUFFER, 0);
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            gl.glDeleteTextures(1, ids, 1);
            gl.glDeleteBuffers(1, ids, 0);
            throw new IllegalStateException("uploading a " + entries.length + "-entry lookup table: GL error 0x"
                    + Integer.toHexString(error));
        }
        return ids;
    }

    void clear() {
        for (int[] ids : uploaded.values()) {
            gl.glDeleteTextures(1, ids, 1);
            gl.glDeleteBuffers(1, ids, 0);
        }
        uploaded.clear();
    }
}
