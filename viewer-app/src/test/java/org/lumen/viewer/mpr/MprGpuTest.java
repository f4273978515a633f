package org.lumen.viewer.mpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.SlabMode;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.gl.GlRenderer;
import org.lumen.rendering.gl.GlUnavailableException;
import org.lumen.rendering.volume.Volume;
import org.lumen.testkit.GpuTest;

/**
 * The MPR views of the 1200-slice {@link LongVolumePhantom} drawn by the GL renderer match the CPU
 * reference within one grey level, with the GL's own texture limit and with bricks of at most
 * {@value #BRICK} voxels a side (three bricks along the slices, as a GPU with a smaller limit would): standard and
 * double-oblique planes, thin and MIP / MinIP / average slabs, at two output scales.
 */
@GpuTest
class MprGpuTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static final WindowLevel WINDOW = new WindowLevel(0, 2400);
    /** Bricks of at most this many voxels a side split the 1200 slices into three bricks. */
    private static final int BRICK = 512;
    private static GlRenderer gl;
    private static GlRenderer bricked;
    private static String unavailable = "";

    @BeforeAll
    static void createGl() {
        try {
            gl = GlRenderer.create();
            bricked = GlRenderer.create(BRICK);
        } catch (GlUnavailableException | RuntimeException | LinkageError e) {
            unavailable = String.valueOf(e.getMessage());
        }
    }

    @AfterAll
    static void close() {
        if (gl != null) {
            gl.close();
        }
        if (bricked != null) {
            bricked.close();
        }
        POOL.shutdownNow();
    }

    @Test
    void glMatchesTheCpuReferenceForObliqueSlabsOfALongVolume() {
        if (gl == null || bricked == null) {
            if (Boolean.getBoolean("lumen.requireGpu")) {
                fail("GL is required (-Dlumen.requireGpu=true) but unavailable: " + unavailable);
            }
            Assumptions.abort("no GL context (run under xvfb-run): " + unavailable);
        }
        Volume volume = LongVolumePhantom.build();
        MprState standard = MprState.initial(volume.geometry()).movedTo(LongVolumePhantom.SPHERE);
        MprState oblique = standard.rotated(MprPlane.AXIAL, 0.5).rotated(MprPlane.CORONAL, -0.3)
                .withSlab(MprPlane.AXIAL, new Slab(SlabMode.MIP, 20))
                .withSlab(MprPlane.CORONAL, new Slab(SlabMode.MINIP, 8))
                .withSlab(MprPlane.SAGITTAL, new Slab(SlabMode.AVERAGE, 15));
        CpuRenderer cpu = new CpuRenderer(POOL);
        for (MprState state : List.of(standard, oblique)) {
            for (MprPlane p : MprPlane.values()) {
                for (double scale : new double[] {1, 1.5}) {
                    MprFraming fit = MprFraming.fitted(state, p, volume.geometry(), 320, 240);
                    MprViewport view = MprViewport.of(state, p, fit, 320, 240, scale);
                    ViewRequest request = view.request(volume, state.slab(p), WINDOW, false);
                    RenderedImage expected = cpu.render(request);
                    for (GlRenderer renderer : List.of(gl, bricked)) {
                        RenderedImage actual = renderer.render(request);
                        int worst = 0;
                        for (int y = 0; y < expected.height(); y++) {
                            for (int x = 0; x < expected.width(); x++) {
                                worst = Math.max(worst, Math.abs(expected.grey(x, y) - actual.grey(x, y)));
                            }
                        }
                        assertThat(worst).as("%s %s at scale %s (%s)", p, state.slab(p), scale, renderer.description()).isLessThanOrEqualTo(1);
                    }
                }
            }
        }
    }
}
