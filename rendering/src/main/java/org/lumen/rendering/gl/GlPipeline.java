package org.lumen.rendering.gl;

import com.jogamp.opengl.GL3;

import org.lumen.dicom.lut.LookupTable;
import org.lumen.dicom.lut.PaletteColorLut;
import org.lumen.dicom.lut.PresentationLut;
import org.lumen.dicom.lut.VoiLut;
import org.lumen.dicom.lut.WindowTransform;
import org.lumen.rendering.DisplayMapping;
import org.lumen.rendering.Interpolation;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.VoxelSteps;

/**
 * The GL state of a {@link GlRenderer} and the two passes that draw a view: accumulate every brick
 * into a float target (blending MAX, MIN or ADD), then map through the {@link DisplayMapping} (window
 * or VOI table, Presentation LUT, or palette) into an RGBA8 target that is read back.
 * Lives on, and is only touched from, the renderer's GL thread.
 */
final class GlPipeline {
    private final GL3 gl;
    private final boolean fp64;
    private final ShaderProgram accumulateSigned;
    private final ShaderProgram accumulateUnsigned;
    private final ShaderProgram display;
    private final LutTextures luts;
    private final int vertexArray;
    private final int[] framebuffers = new int[2];
    private final int[] targets = new int[2];
    private int targetWidth;
    private int targetHeight;
    private final TextureCache cache;
    private VolumeTextures volumeTextures;

    private final PixelReadback readback;

    GlPipeline(GL3 gl, int brickLimit, boolean fp64, long textureBudgetBytes, GlRenderer.Readback readbackMode) {
        this.gl = gl;
        this.readback = new PixelReadback(gl, readbackMode);
        this.cache = new TextureCache(gl, brickLimit, textureBudgetBytes);
        this.fp64 = fp64;
        String precision = fp64 ? "#extension GL_ARB_gpu_shader_fp64 : require\n#define FP64 1\n" : "#define FP64 0\n";
        accumulateSigned = ShaderProgram.link(gl, "fullscreen.vert.glsl", "accumulate.frag.glsl", "#define SIGNED 1\n" + precision);
        accumulateUnsigned = ShaderProgram.link(gl, "fullscreen.vert.glsl", "accumulate.frag.glsl", "#define SIGNED 0\n" + precision);
        display = ShaderProgram.link(gl, "fullscreen.vert.glsl", "display.frag.glsl", "");
        luts = new LutTextures(gl);
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vertexArray = ids[0];
        gl.glGenFramebuffers(2, framebuffers, 0);
        gl.glGenTextures(2, targets, 0);
    }

    RenderedImage render(ViewRequest r) {
        int w = r.width();
        int h = r.height();
        for (int n = 0; n < 16 && gl.glGetError() != GL3.GL_NO_ERROR; n++) {
            // clear errors a failed earlier frame may have left, so they are not blamed on this one
        }
        ensureTargets(w, h);
        volumeTextures = cache.texturesOf(r.volume());
        gl.glBindVertexArray(vertexArray);
        gl.glViewport(0, 0, w, h);
        double offset = r.display() instanceof DisplayMapping.Greyscale g ? g.centerOffset() : 0;
        accumulate(r, (float) offset);
        applyDisplay(r, (float) offset);
        int channels = r.display().channels();
        byte[] pixels = readback.read(w, h, channels);
        checkError("reading back");
        return new RenderedImage(w, h, channels, pixels);
    }

    private void accumulate(ViewRequest r, float offset) {
        VoxelSteps steps = VoxelSteps.of(r);
        SlabMode mode = r.slabMode();
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, framebuffers[0]);
        float start = mode == SlabMode.MIP ? -3.0e38f : mode == SlabMode.MINIP ? 3.0e38f : 0f;
        gl.glClearBufferfv(GL3.GL_COLOR, 0, new float[] {start, 0, 0, 0}, 0);
        gl.glEnable(GL3.GL_BLEND);
        gl.glBlendFunc(GL3.GL_ONE, GL3.GL_ONE);
        switch (mode) {
            case MIP -> gl.glBlendEquationSeparate(GL3.GL_MAX, GL3.GL_MAX);
            case MINIP -> gl.glBlendEquationSeparate(GL3.GL_MIN, GL3.GL_MAX);
            default -> gl.glBlendEquationSeparate(GL3.GL_FUNC_ADD, GL3.GL_FUNC_ADD);
        }
        ShaderProgram p = r.volume().values().signed() ? accumulateSigned : accumulateUnsigned;
        p.use();
        p.set("volume", 0);
        setCoordinates(p, "origin", steps.origin());
        setCoordinates(p, "perColumn", steps.perColumn());
        setCoordinates(p, "perRow", steps.perRow());
        p.set("perSample", steps.perSample());
        p.set("sampleCount", steps.samples().count());
        var g = r.volume().geometry();
        p.set("volumeSize", new int[] {g.columns(), g.rows(), g.slices()});
        p.set("nearest", r.interpolation() == Interpolation.NEAREST ? 1 : 0);
        p.set("mode", switch (mode) {
            case MIP -> 1;
            case MINIP -> 2;
            case NONE, AVERAGE -> 3;
        });
        p.set("useRescale", r.display() instanceof DisplayMapping.Greyscale ? 1 : 0);
        p.set("offset", offset);
        p.set("rescale", 2);
        gl.glActiveTexture(GL3.GL_TEXTURE2);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, volumeTextures.rescaleTexture());
        p.set("slicePositions", 1);
        p.set("irregular", volumeTextures.positionsTexture() != 0 ? 1 : 0);
        gl.glActiveTexture(GL3.GL_TEXTURE1);
        gl.glBindTexture(GL3.GL_TEXTURE_1D, volumeTextures.positionsTexture());
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        for (int b = 0; b < volumeTextures.bricks().size(); b++) {
            BrickLayout.Brick brick = volumeTextures.bricks().get(b);
            gl.glBindTexture(GL3.GL_TEXTURE_3D, volumeTextures.texture(b));
            p.set("brickOrigin", brick.start());
            p.set("coreStart", brick.start());
            p.set("coreEnd", brick.coreEnd());
            gl.glDrawArrays(GL3.GL_TRIANGLES, 0, 3);
        }
        gl.glDisable(GL3.GL_BLEND);
        checkError("accumulating");
    }

    private void setCoordinates(ShaderProgram p, String name, org.lumen.rendering.geometry.Vec3 v) {
        if (fp64) {
            p.setDouble(name, v);
        } else {
            p.set(name, v);
        }
    }

    private void applyDisplay(ViewRequest r, float offset) {
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, framebuffers[1]);
        gl.glDisable(GL3.GL_BLEND);
        display.use();
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, targets[0]);
        display.set("accumulated", 0);
        display.set("average", r.slabMode() == SlabMode.MIP || r.slabMode() == SlabMode.MINIP ? 0 : 1);
        display.set("offset", offset);
        for (String table : new String[] {"voiTable", "presentationTable", "red", "green", "blue"}) {
            display.set(table, unitOf(table));
        }
        switch (r.display()) {
            case DisplayMapping.Greyscale g -> setGreyscale(g);
            case DisplayMapping.Palette p -> {
                display.set("kind", 2);
                PaletteColorLut palette = p.palette();
                LookupTable[] tables = {palette.red(), palette.green(), palette.blue()};
                int[] first = new int[3];
                int[] size = new int[3];
                int[] shift = new int[3];
                for (int c = 0; c < 3; c++) {
                    luts.bind(tables[c], unitOf(c == 0 ? "red" : c == 1 ? "green" : "blue"));
                    first[c] = tables[c].firstMapped();
                    size[c] = tables[c].size();
                    shift[c] = Math.max(0, tables[c].bits() - 8);
                }
                display.set("paletteFirst", first);
                display.set("paletteSize", size);
                display.set("paletteShift", shift);
            }
        }
        gl.glDrawArrays(GL3.GL_TRIANGLES, 0, 3);
        checkError("mapping to display values");
    }

    private void setGreyscale(DisplayMapping.Greyscale g) {
        switch (g.voi()) {
            case WindowTransform w -> {
                display.set("kind", 0);
                display.set("function", switch (w.function()) {
                    case LINEAR -> 0;
                    case LINEAR_EXACT -> 1;
                    case SIGMOID -> 2;
                });
                display.set("width", (float) w.width());
            }
            case VoiLut.Table t -> {
                display.set("kind", 1);
                luts.bind(t.table(), unitOf("voiTable"));
                display.set("voiRange", t.table().firstMapped(), t.table().size());
                display.set("voiMax", (float) t.table().maxOutput());
            }
        }
        switch (g.presentation()) {
            case PresentationLut.Shape shape -> display.set("presentation", shape == PresentationLut.Shape.INVERSE ? 1 : 0);
            case PresentationLut.Table t -> {
                display.set("presentation", 2);
                luts.bind(t.table(), unitOf("presentationTable"));
                display.set("presentationRange", t.table().firstMapped(), t.table().size());
                display.set("presentationMax", (float) t.table().maxOutput());
            }
        }
    }

    /** Texture units of the display pass: 0 holds the accumulated values. */
    private static int unitOf(String table) {
        return switch (table) {
            case "voiTable" -> 1;
            case "presentationTable" -> 2;
            case "red" -> 3;
            case "green" -> 4;
            case "blue" -> 5;
            default -> throw new IllegalArgumentException(table);
        };
    }

    private void ensureTargets(int w, int h) {
        if (w == targetWidth && h == targetHeight) {
            return;
        }
        allocateTarget(0, GL3.GL_RGBA32F, GL3.GL_RGBA, GL3.GL_FLOAT, w, h);
        allocateTarget(1, GL3.GL_RGBA8, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, w, h);
        targetWidth = w;
        targetHeight = h;
    }

    private void allocateTarget(int n, int internalFormat, int format, int type, int w, int h) {
        gl.glBindTexture(GL3.GL_TEXTURE_2D, targets[n]);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_NEAREST);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_NEAREST);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, internalFormat, w, h, 0, format, type, null);
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, framebuffers[n]);
        gl.glFramebufferTexture2D(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_TEXTURE_2D, targets[n], 0);
        int status = gl.glCheckFramebufferStatus(GL3.GL_FRAMEBUFFER);
        if (status != GL3.GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("render target " + n + " incomplete: 0x" + Integer.toHexString(status));
        }
    }

    void release(org.lumen.rendering.volume.Volume volume) {
        cache.release(volume);
    }

    long residentBytes() {
        return cache.residentBytes();
    }

    void releaseAll() {
        cache.clear();
        readback.releaseStaging();
    }

    int residentVolumes() {
        return cache.residentCount();
    }

    void delete() {
        cache.clear();
        luts.clear();
        readback.delete();
        gl.glDeleteFramebuffers(2, framebuffers, 0);
        gl.glDeleteTextures(2, targets, 0);
        int[] ids = {vertexArray};
        gl.glDeleteVertexArrays(1, ids, 0);
        accumulateSigned.delete();
        accumulateUnsigned.delete();
        display.delete();
    }

    private void checkError(String what) {
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            throw new IllegalStateException(what + ": GL error 0x" + Integer.toHexString(error));
        }
    }
}
