package org.lumen.viewer.viewport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.gl.GlRenderer;
import org.lumen.rendering.gl.GlUnavailableException;
import org.lumen.testkit.GpuTest;
import org.lumen.viewer.measure.Calibration;

/** A viewport's 2D view drawn by the GL renderer matches the CPU renderer within one grey level. */
@GpuTest
class ViewRenderingGpuTest {
    private static final ForkJoinPool POOL = new ForkJoinPool(2);
    private static GlRenderer gl;
    private static String unavailable = "";

    @BeforeAll
    static void createGl() {
        try {
            gl = GlRenderer.create();
        } catch (GlUnavailableException | RuntimeException | LinkageError e) {
            unavailable = String.valueOf(e.getMessage());
        }
    }

    @AfterAll
    static void close() {
        if (gl != null) {
            gl.close();
        }
        POOL.shutdownNow();
    }

    @Test
    void glMatchesCpuUnderTurnsFlipsZoomAndHiDpi() throws Exception {
        if (gl == null) {
            if (Boolean.getBoolean("lumen.requireGpu")) {
                fail("GL is required (-Dlumen.requireGpu=true) but unavailable: " + unavailable);
            }
            Assumptions.abort("no GL context (run under xvfb-run): " + unavailable);
        }
        SliceVolume slice = ViewRenderingTest.slice("MONOCHROME2");
        Calibration spacing = new Calibration(0.5, 0.25, Calibration.Kind.CALIBRATED);
        DisplayOrientation o = DisplayOrientation.IDENTITY;
        for (int step = 0; step < 8; step++) {
            o = step == 4 ? o.flippedHorizontally() : o.rotatedClockwise();
            ViewGeometry g = new ViewGeometry(40, 30, spacing, 180 + step, 150, new ViewState(1.7 + step * 0.3, step * 3, -step, o));
            ViewRequest request = ViewRendering.request(slice, g, step % 2 == 0 ? 1 : 1.5, new WindowLevel(500, 1000), step % 3 == 0);
            RenderedImage cpu = new CpuRenderer(POOL).render(request);
            RenderedImage gpu = gl.render(request);
            int worst = 0;
            for (int y = 0; y < cpu.height(); y++) {
                for (int x = 0; x < cpu.width(); x++) {
                    worst = Math.max(worst, Math.abs(cpu.grey(x, y) - gpu.grey(x, y)));
                }
            }
            assertThat(worst).as("largest difference, step %d", step).isLessThanOrEqualTo(1);
        }
    }
}
