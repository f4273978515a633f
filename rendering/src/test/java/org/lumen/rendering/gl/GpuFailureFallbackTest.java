package org.lumen.rendering.gl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lumen.rendering.Phantoms;
import org.lumen.rendering.RenderedImage;
import org.lumen.rendering.RendererFallback;
import org.lumen.rendering.SlicePlane;
import org.lumen.rendering.ViewRequest;
import org.lumen.rendering.WindowLevel;
import org.lumen.rendering.cpu.CpuRenderer;
import org.lumen.rendering.volume.PixelValues;
import org.lumen.rendering.volume.Volume;

/**
 * Real GPU failures under Xvfb: the context destroyed under the renderer, and a texture allocation the
 * driver refuses. The next frame must come from the CPU renderer, equal to the CPU reference, with one
 * notice.
 */
@Tag("gpu")
class GpuFailureFallbackTest {
    private final ForkJoinPool pool = new ForkJoinPool(2);
    private final CpuRenderer cpu = new CpuRenderer(pool);
    private final List<RendererFallback> notices = new ArrayList<>();
    private final Volume ct = Phantoms.axisAligned(40, 36, 12, 0.7, 0.7, 2, new PixelValues(1, -1024, true), Phantoms.noise(4, 0, 2400, 40, 36));

    @BeforeEach
    void needsGl() {
        try {
            GlRenderer.create().close();
        } catch (GlUnavailableException e) {
            if (Boolean.getBoolean("lumen.requireGpu")) {
                fail("GL is required but unavailable: " + e.getMessage());
            }
            org.junit.jupiter.api.Assumptions.abort("no GL context (run under xvfb-run): " + e.getMessage());
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private ViewRequest view(Volume v) {
        return ViewRequest.slice(v, SlicePlane.axial(v.geometry().center(), 0.5), 50, 44, new WindowLevel(200, 1800));
    }

    @Test
    void aContextDestroyedUnderTheRendererFallsBackToTheCpu() throws GlUnavailableException {
        GlRenderer gl = GlRenderer.create();
        try (FailoverRenderer renderer = new FailoverRenderer(gl, cpu)) {
            renderer.addFallbackListener(notices::add);
            RenderedImage before = renderer.render(view(ct));
            assertThat(renderer.usingGpu()).isTrue();
            assertThat(GoldenImages.compare("failover-before", before, cpu.render(view(ct)), 1)).isLessThanOrEqualTo(1);

            gl.destroyContextUnderRenderer();
            // the bare GL renderer now refuses, without touching the driver
            assertThatThrownBy(() -> gl.render(view(ct))).isInstanceOf(IllegalStateException.class).hasMessageContaining("context was lost");

            RenderedImage after = renderer.render(view(ct));
            assertThat(after).isEqualTo(cpu.render(view(ct)));
            assertThat(renderer.usingGpu()).isFalse();
            assertThat(notices).hasSize(1);
            assertThat(notices.getFirst().reason()).contains("context was lost");
            assertThat(notices.getFirst().from()).contains("OpenGL");
            assertThat(notices.getFirst().message()).contains("now rendering with the CPU reference renderer");
            assertThat(renderer.description()).startsWith("CPU reference renderer").contains("after a GPU failure");
            renderer.render(view(ct));
            assertThat(notices).as("one notice only").hasSize(1);
            List<RendererFallback> late = new ArrayList<>();
            renderer.addFallbackListener(late::add);
            assertThat(late).as("a late listener hears it at once").containsExactlyElementsOf(notices);
        }
    }

    @Test
    void aTextureTheDriverCannotAllocateFallsBackToTheCpu() throws GlUnavailableException {
        GlRenderer gl = GlRenderer.create(Integer.MAX_VALUE, GlRenderer.TEXTURE_BUDGET_BYTES, false);
        int tooWide = gl.max3dTextureSize() + 8;
        Volume wide = Phantoms.axisAligned(tooWide, 3, 2, 0.1, 1, 1, PixelValues.UNSIGNED, (i, j, k) -> (i * 7 + j * 50 + k * 90) % 1000);
        ViewRequest r = ViewRequest.slice(wide, SlicePlane.axial(wide.geometry().center(), 0.5), 60, 8, new WindowLevel(500, 1000));
        try (FailoverRenderer renderer = new FailoverRenderer(gl, cpu)) {
            renderer.addFallbackListener(notices::add);
            RenderedImage image = renderer.render(r);
            assertThat(image).isEqualTo(cpu.render(r));
            assertThat(notices).hasSize(1);
            assertThat(notices.getFirst().reason()).contains("allocating").contains("GL error 0x501");
            assertThat(renderer.fallback()).contains(notices.getFirst());
        }
    }

    @Test
    void anInterruptedCallerIsNotAGpuFailure() throws GlUnavailableException {
        try (FailoverRenderer renderer = new FailoverRenderer(GlRenderer.create(), cpu)) {
            renderer.addFallbackListener(notices::add);
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> renderer.render(view(ct))).isInstanceOf(IllegalStateException.class).hasMessageContaining("interrupted");
            } finally {
                assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
            }
            assertThat(renderer.usingGpu()).isTrue();
            assertThat(notices).isEmpty();
            assertThat(GoldenImages.compare("after-interrupt", renderer.render(view(ct)), cpu.render(view(ct)), 1)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theSelectionWrapsTheGpuSoTheViewerCanListen() {
        RendererSelection s = RendererSelection.select(RendererSelection.Preference.GPU, pool);
        try {
            assertThat(s.usingGpu()).isTrue();
            s.addFallbackListener(notices::add);
            s.gpu().orElseThrow().destroyContextUnderRenderer();
            assertThat(s.renderer().render(view(ct))).isEqualTo(cpu.render(view(ct)));
            assertThat(s.usingGpu()).isFalse();
            assertThat(s.runtimeFallback()).isPresent();
            assertThat(notices).hasSize(1);
        } finally {
            s.renderer().close();
        }
    }
}
