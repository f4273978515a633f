package org.lumen.rendering.gl;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ShortBuffer;
import java.util.List;

import com.jogamp.opengl.GL3;

import org.lumen.rendering.geometry.VolumeGeometry;
import org.lumen.rendering.volume.SliceState;
import org.lumen.rendering.volume.Volume;

/**
 * The 3D integer textures (GL_R16I for signed, GL_R16UI for unsigned stored values, so texel values
 * are exact) holding one volume, brick by brick, and which slices they hold loaded data of.
 * Uploads slice by slice with glTexSubImage3D, so no buffer larger than one brick slice is allocated.
 * GL thread only.
 */
final class VolumeTextures {
    private final GL3 gl;
    private final Volume volume;
    private final List<BrickLayout.Brick> bricks;
    private final int[] textures;
    private final int positions;
    private final int rescale;
    private final boolean[] uploadedLoaded;
    private ShortBuffer staging;
    private long uploadedVersion = -1;

    VolumeTextures(GL3 gl, Volume volume, int brickLimit) {
        this.gl = gl;
        this.volume = volume;
        VolumeGeometry g = volume.geometry();
        this.bricks = BrickLayout.of(g.columns(), g.rows(), g.slices(), brickLimit);
        this.textures = new int[bricks.size()];
        this.uploadedLoaded = new boolean[g.slices()];
        gl.glGenTextures(textures.length, textures, 0);
        boolean signed = volume.values().signed();
        for (int b = 0; b < textures.length; b++) {
            int[] size = bricks.get(b).size();
            gl.glBindTexture(GL3.GL_TEXTURE_3D, textures[b]);
            gl.glTexParameteri(GL3.GL_TEXTURE_3D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_NEAREST);
            gl.glTexParameteri(GL3.GL_TEXTURE_3D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_NEAREST);
            gl.glTexParameteri(GL3.GL_TEXTURE_3D, GL3.GL_TEXTURE_MAX_LEVEL, 0);
            gl.glTexImage3D(GL3.GL_TEXTURE_3D, 0, signed ? GL3.GL_R16I : GL3.GL_R16UI, size[0], size[1], size[2], 0,
                    GL3.GL_RED_INTEGER, signed ? GL3.GL_SHORT : GL3.GL_UNSIGNED_SHORT, null);
        }
        positions = volume.isRegular() ? 0 : uploadPositions(gl, volume.slicePositions());
        int[] id = new int[1];
        gl.glGenTextures(1, id, 0);
        rescale = id[0];
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            gl.glDeleteTextures(textures.length, textures, 0);
            gl.glDeleteTextures(1, id, 0);
            if (positions != 0) {
                gl.glDeleteTextures(1, new int[] {positions}, 0);
            }
            throw new IllegalStateException("allocating " + textures.length + " volume textures for " + g.columns() + "x"
                    + g.rows() + "x" + g.slices() + " voxels: GL error 0x" + Integer.toHexString(error));
        }
    }

    private static int uploadPositions(GL3 gl, double[] slicePositions) {
        int[] id = new int[1];
        gl.glGenTextures(1, id, 0);
        java.nio.FloatBuffer values = ByteBuffer.allocateDirect(slicePositions.length * 4).order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (double p : slicePositions) {
            values.put((float) p);
        }
        values.flip();
        gl.glBindTexture(GL3.GL_TEXTURE_1D, id[0]);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_1D, GL3.GL_TEXTURE_MAX_LEVEL, 0);
        gl.glTexImage1D(GL3.GL_TEXTURE_1D, 0, GL3.GL_R32F, slicePositions.length, 0, GL3.GL_RED, GL3.GL_FLOAT, values);
        return id[0];
    }

    /**
     * The 2D texture (RG32F, 1024 texels a row) of each slice's rescale: texel {@code (k % 1024, k / 1024)}
     * holds slice k's slope and intercept. Single precision: relative error 6e-8, far below a grey level.
     */
    int rescaleTexture() {
        return rescale;
    }

    private void uploadRescale() {
        int n = volume.geometry().slices();
        int rows = (n + 1023) / 1024;
        java.nio.FloatBuffer values = ByteBuffer.allocateDirect(rows * 1024 * 8).order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int k = 0; k < n; k++) {
            values.put((float) volume.sliceValues(k).slope()).put((float) volume.sliceValues(k).intercept());
        }
        values.position(0).limit(rows * 1024 * 2);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, rescale);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAX_LEVEL, 0);
        gl.glPixelStorei(GL3.GL_UNPACK_ALIGNMENT, 4);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, GL3.GL_RG32F, 1024, rows, 0, GL3.GL_RG, GL3.GL_FLOAT, values);
    }

    /** The 1D texture of slice positions (R32F) of an irregular volume, 0 for a regular one. */
    int positionsTexture() {
        return positions;
    }

    List<BrickLayout.Brick> bricks() {
        return bricks;
    }

    int texture(int brick) {
        return textures[brick];
    }

    /**
     * Brings the textures up to date: the first call uploads every slice (padding for those not loaded),
     * later calls only the slices that became loaded since, so a volume filling slice by slice costs one
     * upload per slice.
     */
    void refresh() {
        long version = volume.version();
        if (version == uploadedVersion) {
            return;
        }
        gl.glPixelStorei(GL3.GL_UNPACK_ALIGNMENT, 2);
        for (int k = 0; k < uploadedLoaded.length; k++) {
            boolean loaded = volume.state(k) == SliceState.LOADED;
            if (uploadedVersion < 0 || loaded && !uploadedLoaded[k]) {
                uploadSlice(k);
                uploadedLoaded[k] = loaded;
            }
        }
        uploadRescale();
        checkError("uploading the volume");
        uploadedVersion = version;
    }

    private void uploadSlice(int k) {
        VolumeGeometry g = volume.geometry();
        short[] slice = volume.sliceData(k);
        int type = volume.values().signed() ? GL3.GL_SHORT : GL3.GL_UNSIGNED_SHORT;
        for (int b = 0; b < textures.length; b++) {
            BrickLayout.Brick brick = bricks.get(b);
            int[] start = brick.start();
            int[] size = brick.size();
            int z = k - start[2];
            if (z < 0 || z >= size[2]) {
                continue;
            }
            if (staging == null || staging.capacity() < size[0] * size[1]) {
                staging = ByteBuffer.allocateDirect(size[0] * size[1] * 2).order(ByteOrder.nativeOrder()).asShortBuffer();
            }
            staging.clear();
            for (int y = 0; y < size[1]; y++) {
                staging.put(slice, (start[1] + y) * g.columns() + start[0], size[0]);
            }
            staging.flip();
            gl.glBindTexture(GL3.GL_TEXTURE_3D, textures[b]);
            gl.glTexSubImage3D(GL3.GL_TEXTURE_3D, 0, 0, 0, z, size[0], size[1], 1, GL3.GL_RED_INTEGER, type, staging);
        }
    }

    /** Bytes of the 16-bit brick textures (the positions and rescale tables, a few bytes per slice, left out). */
    long bytes() {
        long total = 0;
        for (BrickLayout.Brick brick : bricks) {
            int[] size = brick.size();
            total += 2L * size[0] * size[1] * size[2];
        }
        return total;
    }

    void delete() {
        gl.glDeleteTextures(textures.length, textures, 0);
        gl.glDeleteTextures(1, new int[] {rescale}, 0);
        if (positions != 0) {
            gl.glDeleteTextures(1, new int[] {positions}, 0);
        }
    }

    private void checkError(String what) {
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            throw new IllegalStateException(what + ": GL error 0x" + Integer.toHexString(error));
        }
    }
}
